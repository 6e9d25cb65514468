"""Shared builders for the store and search tests: synthetic speeches written for these tests.

(A module of helpers, named so it sits with the tests it serves; it holds no tests itself.)
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.model import Compilation, OutlineHeading, Speech
from desktop.core.store import Library

GRASSROOTS_TEXT = (
    "同志们：\n"
    "一、提高政治站位，加强基层党组织建设\n"
    "基层党组织是党的全部工作和战斗力的基础。我们要推动基层党组织建设全面进步、全面过硬。\n"
    "习近平总书记强调：“基层是一切工作的落脚点。”各级党委要把抓基层打基础作为长远之计。\n"
    "二、推进基层治理现代化\n"
    "要坚持和发展新时代枫桥经验，推进基层治理体系和治理能力现代化，让群众在家门口办成事。"
)
VILLAGE_TEXT = (
    "全面推进乡村振兴，是新时代“三农”工作的总抓手。\n"
    "总书记深刻指出：“民族要复兴，乡村必振兴。”我们要坚持以人民为中心的发展思想，推动高质量发展。\n"
    "要加强农村基层组织建设，健全自治、法治、德治相结合的乡村治理体系。"
)
DISCIPLINE_TEXT = (
    "全面从严治党永远在路上。我们要时刻胸怀国之大者，坚决做到“两个维护”。\n"
    "他说：“打铁必须自身硬。”要锲而不舍落实中央八项规定精神，持续纠治形式主义、官僚主义。"
)


def grassroots() -> Speech:
    return Speech(
        title="在全市基层治理工作会议上的讲话",
        text=GRASSROOTS_TEXT,
        meta={"speaker": "王明", "date": "2023年3月1日"},
        outline=(
            OutlineHeading(1, "一、提高政治站位，加强基层党组织建设", GRASSROOTS_TEXT.index("一、")),
            OutlineHeading(1, "二、推进基层治理现代化", GRASSROOTS_TEXT.index("二、")),
        ),
    )


def village() -> Speech:
    return Speech(title="在乡村振兴推进会上的讲话", text=VILLAGE_TEXT, meta={"speaker": "李华"})


def discipline() -> Speech:
    return Speech(title="在党风廉政建设工作会议上的讲话", text=DISCIPLINE_TEXT)


def compilation(
    *speeches: Speech, source: str = "讲话汇编.txt", title: str | None = "讲话汇编"
) -> Compilation:
    chosen = speeches or (grassroots(), village(), discipline())
    return Compilation(
        source=source,
        format="txt",
        encoding="utf-8",
        title=title,
        declared_count=len(chosen),
        speeches=tuple(chosen),
        warnings=("目录说有 3 篇",),
    )


def open_library(tmp_path: Path, name: str = "library.sqlite3") -> Library:
    return Library.open(tmp_path / name)


def stocked_library(tmp_path: Path) -> Library:
    """A library holding the three speeches above (ids 1, 2, 3)."""
    library = open_library(tmp_path)
    library.compilations.import_parsed(compilation())
    return library


def compilation_file_text(*speeches: Speech) -> str:
    """A .txt compilation in the layout the parser reads: title, (date), speaker, body; blank lines between."""
    blocks = []
    for speech in speeches:
        lines = [speech.title]
        if "date" in speech.meta:
            lines.append(f"（{speech.meta['date']}）")
        if "speaker" in speech.meta:
            lines.append(speech.meta["speaker"])
        lines.append(speech.text)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
