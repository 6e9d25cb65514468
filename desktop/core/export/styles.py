"""The looks a Word export can take: 公文 (GB/T 9704-2012), plain, or the user's own template.

A style sheet names, for each *role* an export paragraph plays (title, level-1/level-2 heading, quote,
citation, tags-and-note line, …), its fonts, size, alignment, indents and spacing, plus the page setup
and the page-number footer. ``docx_writer`` turns it into Word styles and stamps each run with the
role's fonts.

公文 fonts. GB/T 9704-2012 asks for 方正小标宋简体 (title), 仿宋_GB2312 (body), 黑体 (level-1
headings) and 楷体_GB2312 (level-2 headings), with digits and Latin letters in Times New Roman. Chinese
Windows ships 仿宋, 黑体, 楷体 and 宋体; the ``_GB2312`` faces and 方正小标宋简体 are usually installed
separately (offices have them, home computers often do not). Word has no per-run fallback list, so:

- by default (``font_fallback=False``) runs name the GB/T fonts, exactly as an office template would,
  and the document's font table declares each with a Windows-standard ``altName`` (仿宋_GB2312 → 仿宋,
  楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体) and the GB2312 character set, the hint Word uses to pick
  a substitute when the named font is missing (other programs fall back in their own way: LibreOffice
  asks fontconfig, which picks an installed CJK face);
- with ``font_fallback=True`` runs name the Windows-standard faces directly (仿宋, 黑体, 楷体, and 宋体
  in bold for the title), so the document looks the same on any Chinese Windows without extra fonts.

Every run carries its East Asian font itself (``w:eastAsia``), not only the style: Word and WPS apply
a run's own font first, and pasting an excerpt elsewhere keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

FANGSONG_GB = "仿宋_GB2312"
KAITI_GB = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
SONGTI = "宋体"
YAHEI = "微软雅黑"
LATIN = "Times New Roman"

# The GB/T faces and the Windows-standard face each falls back to.
GB_FALLBACKS: Mapping[str, str] = {FANGSONG_GB: "仿宋", KAITI_GB: "楷体", XIAOBIAOSONG: SONGTI}

ROLES = ("title", "info", "toc_heading", "heading1", "heading2", "quote", "citation", "details", "footer")


@dataclass(frozen=True)
class WordStyle:
    """The Word style a role's paragraphs use: looked up by name, created with ``style_id`` if missing."""

    name: str  # as stored in styles.xml ("heading 1" for Word's built-in Heading 1)
    style_id: str
    builtin: bool = False
    outline_level: int | None = None  # 0 for Heading 1, 1 for Heading 2 (what a TOC field collects)


WORD_STYLES: Mapping[str, WordStyle] = {
    "title": WordStyle("Title", "Title", builtin=True),
    "info": WordStyle("摘录说明", "HuiduInfo"),
    "toc_heading": WordStyle("摘录目录标题", "HuiduTocHeading"),
    "heading1": WordStyle("heading 1", "Heading1", builtin=True, outline_level=0),
    "heading2": WordStyle("heading 2", "Heading2", builtin=True, outline_level=1),
    "quote": WordStyle("摘录", "HuiduQuote"),
    "citation": WordStyle("摘录出处", "HuiduCitation"),
    "details": WordStyle("摘录标签批注", "HuiduDetails"),
    "footer": WordStyle("footer", "Footer", builtin=True),
}


@dataclass(frozen=True)
class Role:
    east_asia: str
    latin: str | None = None  # w:ascii/w:hAnsi; None leaves the style's (theme) Latin font
    size_pt: float | None = None
    bold: bool = False
    align: str | None = None  # "center" | "right" | "both" | "left"
    first_line_chars: float = 0  # first-line indent in characters of this role's size
    left_chars: float = 0
    line_exact_pt: float | None = None
    before_pt: float = 0
    after_pt: float = 0
    keep_next: bool = False
    color: str | None = None  # "rrggbb"

    def indent_twips(self, chars: float) -> int:
        return round(chars * (self.size_pt or 12) * 20)


@dataclass(frozen=True)
class PageSetup:
    width_mm: float
    height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    header_mm: float
    footer_mm: float
    line_pitch_pt: float | None = None  # the document grid's line pitch


@dataclass(frozen=True)
class StyleSheet:
    name: str
    roles: Mapping[str, Role]
    page: PageSetup | None  # None: keep the template's page setup
    footer: str = "none"  # "gongwen" ("— 1 —", odd right / even left), "plain" (centred number), "none"
    numbered_headings: bool = False  # 一、 and （一） before group headings
    restyle_builtins: bool = True  # replace the built-in styles' look (公文); False keeps it (plain)
    font_table: Mapping[str, str] = field(default_factory=dict)  # font → altName declared in fontTable
    excerpt_gap_pt: float = 12  # space after each excerpt's last paragraph


GONGWEN_LINE_PT = 28.95  # 22 lines in the 225 mm type area, as GB/T 9704 lays out a page
GONGWEN_PAGE = PageSetup(
    width_mm=210,
    height_mm=297,
    top_mm=37,
    bottom_mm=35,
    left_mm=28,
    right_mm=26,
    header_mm=15,
    footer_mm=22,  # puts the page number's dashes about 7 mm below the type area
    line_pitch_pt=GONGWEN_LINE_PT,
)


def gongwen(font_fallback: bool = False) -> StyleSheet:
    """GB/T 9704-2012: A4, 37/35/28/26 mm margins, 二号 title, 三号 body, fixed 28.95 pt lines."""

    def face(name: str) -> str:
        return GB_FALLBACKS.get(name, name) if font_fallback else name

    line = GONGWEN_LINE_PT
    body = Role(face(FANGSONG_GB), LATIN, 16, align="both", first_line_chars=2, line_exact_pt=line)
    roles = {
        "title": Role(
            face(XIAOBIAOSONG),
            LATIN,
            22,
            bold=font_fallback,  # 宋体 standing in for 小标宋 needs the weight
            align="center",
            line_exact_pt=36,
            after_pt=6,
        ),
        "info": Role(face(KAITI_GB), LATIN, 16, align="center", line_exact_pt=line, after_pt=line),
        "toc_heading": Role(HEITI, LATIN, 16, align="center", line_exact_pt=line, keep_next=True),
        "heading1": replace(body, east_asia=HEITI, align="left", before_pt=line / 2, keep_next=True),
        "heading2": replace(body, east_asia=face(KAITI_GB), align="left", before_pt=6, keep_next=True),
        "quote": body,
        # Citation and details sit one 三号 indent (32 pt) in, under the quote's first line.
        "citation": Role(face(KAITI_GB), LATIN, 14, align="left", left_chars=32 / 14, line_exact_pt=24),
        "details": Role(face(FANGSONG_GB), LATIN, 14, align="left", left_chars=32 / 14, line_exact_pt=24),
        "footer": Role(SONGTI, SONGTI, 14),
    }
    return StyleSheet(
        name="gongwen",
        roles=roles,
        page=GONGWEN_PAGE,
        footer="gongwen",
        numbered_headings=True,
        restyle_builtins=True,
        font_table={} if font_fallback else dict(GB_FALLBACKS),
    )


PLAIN_PAGE = PageSetup(
    width_mm=210,
    height_mm=297,
    top_mm=25.4,
    bottom_mm=25.4,
    left_mm=31.8,
    right_mm=31.8,
    header_mm=15,
    footer_mm=17.5,
)


def plain() -> StyleSheet:
    """宋体 body, 微软雅黑 titles, Word's built-in heading styles as they are; A4."""
    roles = {
        "title": Role(YAHEI),
        "info": Role(SONGTI, LATIN, 10.5, align="center", after_pt=12, color="595959"),
        "toc_heading": Role(YAHEI, None, 14, bold=True, align="center", after_pt=6),
        "heading1": Role(YAHEI),
        "heading2": Role(YAHEI),
        "quote": Role(SONGTI, LATIN, 12, align="both", first_line_chars=2, after_pt=2),
        "citation": Role(SONGTI, LATIN, 10.5, left_chars=24 / 10.5, after_pt=2, color="595959"),
        "details": Role(SONGTI, LATIN, 10.5, left_chars=24 / 10.5, after_pt=2, color="404040"),
        "footer": Role(SONGTI, LATIN, 10.5),
    }
    return StyleSheet(
        name="plain", roles=roles, page=PLAIN_PAGE, footer="plain", restyle_builtins=False, excerpt_gap_pt=8
    )


def template_sheet(fonts: Mapping[str, str]) -> StyleSheet:
    """The user's template: its page setup and styles stay; runs name the font each style resolves to.

    ``fonts`` maps a role to the East Asian font its style in the template resolves to. Styles the
    template lacks are created from these roles' layout (indents, alignment) without fonts or sizes.
    """
    layout = {
        "title": Role("", align="center", after_pt=6),
        "info": Role("", align="center", after_pt=12),
        "toc_heading": Role("", align="center", keep_next=True),
        "heading1": Role("", bold=True, size_pt=None, before_pt=12, after_pt=6, keep_next=True),
        "heading2": Role("", bold=True, before_pt=6, after_pt=3, keep_next=True),
        "quote": Role("", first_line_chars=2),
        "citation": Role("", left_chars=2),
        "details": Role("", left_chars=2),
        "footer": Role(""),
    }
    roles = {name: replace(role, east_asia=fonts.get(name, SONGTI)) for name, role in layout.items()}
    return StyleSheet(
        name="template", roles=roles, page=None, footer="none", restyle_builtins=False, excerpt_gap_pt=6
    )
