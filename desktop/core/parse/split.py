"""From a decoded file to a ``Compilation``: cleaning, then splitting, then each speech's inside.

The stages run in a fixed order on one list of ``Line`` objects (see ``lines``): paywall markers and
site boilerplate go first (so they can neither become titles nor stay in a body), PDF damage is
repaired next (so titles and paragraphs are whole), then the compilation heading, the 目录 and the
speech titles are found, and each speech is assembled with its metadata, outline and placeholders.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.core import notices
from desktop.core.model import Compilation, SourceText, Speech
from desktop.core.notices import notice
from desktop.core.parse.boilerplate import (
    BoilerplateResult,
    remove_paywall_markers,
    remove_site_boilerplate,
)
from desktop.core.parse.heading import find_heading
from desktop.core.parse.lines import Line, Removals, split_lines
from desktop.core.parse.meta import META_LINES_MAX, add_meta, meta_field
from desktop.core.parse.outline import outline
from desktop.core.parse.placeholders import find_placeholders
from desktop.core.parse.repair import join_broken_lines, looks_damaged, remove_cjk_spaces
from desktop.core.parse.separators import remove_separators
from desktop.core.parse.text import squash
from desktop.core.parse.titles import layout_titles, numbered_series, strip_leading_number
from desktop.core.parse.toc import find_toc, locate

FRONT_MATTER_WARN = 80  # characters before the first title worth telling the reader about
UNTITLED = "未命名"


def parse_source(source: SourceText) -> Compilation:
    lines, removals, furniture = _clean(source)
    warnings: list[str] = []
    live = [index for index, line in enumerate(lines) if line.live]
    heading = find_heading(lines, live)
    region = [index for index in live if index not in heading.lines]
    _keep_top_level_hints(lines, region)
    split = _find_titles(lines, region, heading.declared_count, removals, warnings)

    if split.titles:
        region = split.region
        _front_matter(lines, region[: bisect_left(region, split.titles[0])], removals, warnings)
        speeches = []
        for number, title_index in enumerate(split.titles):
            stop = split.titles[number + 1] if number + 1 < len(split.titles) else len(lines)
            body = region[bisect_right(region, title_index) : bisect_left(region, stop)]
            title = lines[title_index].text
            if split.numbered_in_front:
                title = strip_leading_number(title)
            speeches.append(_speech(lines, title, title_index, body, removals))
    else:
        only_title = furniture.lead_in_title or furniture.file_name_title or source.name or UNTITLED
        speeches = [_speech(lines, only_title, None, split.region, removals)] if split.region else []

    if not speeches:
        warnings.append(notice(notices.NO_SPEECH_TEXT))
    if split.declared is not None and split.declared != len(speeches):
        warnings.append(notice(notices.DECLARED_FOUND, declared=split.declared, found=len(speeches)))
    return Compilation(
        source=source.source,
        format=source.format,
        encoding=source.encoding,
        title=heading.title or (speeches[0].title if len(speeches) == 1 else None),
        declared_count=split.declared,
        speeches=tuple(speeches),
        warnings=tuple(warnings),
        removed=removals.sorted(),
    )


def _clean(source: SourceText) -> tuple[list[Line], Removals, BoilerplateResult]:
    """Lines of the source with furniture and markers removed and PDF damage repaired."""
    levels = dict(source.title_levels) or dict.fromkeys(source.title_lines, 1)
    lines = split_lines(source.text, levels)
    removals = Removals()
    removals.items.extend(source.removed)
    remove_paywall_markers(lines, source.text, removals)
    furniture = remove_site_boilerplate(lines, removals)
    remove_separators(lines, removals)
    if looks_damaged(lines, source.format):
        remove_cjk_spaces(lines)
        join_broken_lines(lines)
    return lines, removals, furniture


@dataclass
class _Split:
    titles: list[int] | None  # line indices of the speech titles; None: one speech without a title line
    region: list[int]  # the live lines speeches are made of
    declared: int | None
    numbered_in_front: bool = False


def _find_titles(
    lines: list[Line], region: list[int], declared: int | None, removals: Removals, warnings: list[str]
) -> _Split:
    """The evidence in order of strength: a table of contents, a numbered series, layout and vocabulary."""
    toc = find_toc(lines, region)
    if toc is not None:
        for index in toc.lines:
            removals.line(lines[index], "toc")
        table = set(toc.lines)
        region = [index for index in region if index not in table]
        locate(toc, lines, region)
        for entry, found in zip(toc.entries, toc.located, strict=True):
            if found is None:
                warnings.append(notice(notices.TOC_ENTRY_NOT_FOUND, title=entry.title))
        if declared is None:
            declared = len(toc.entries)
        located = [found for found in toc.located if found is not None]
        if located:
            return _Split(located, region, declared)
    series = numbered_series(lines, region, declared)
    if series is not None:
        return _Split(series[0], region, declared, numbered_in_front=series[1])
    candidates = layout_titles(lines, region, declared)
    if len(candidates) >= 2 or (candidates and candidates[0] == region[0]):
        return _Split(candidates, region, declared)
    return _Split(None, region, declared)


def _keep_top_level_hints(lines: list[Line], region: list[int]) -> None:
    """Where the source marks titles at several levels (Heading 1 and Heading 2), only the top level
    can be speech titles; the lower ones are the speeches' own headings."""
    hinted = [lines[index] for index in region if lines[index].hint_level is not None]
    if hinted:
        top = min(line.hint_level for line in hinted if line.hint_level is not None)
        for line in hinted:
            if line.hint_level != top:
                line.hint_level = None


def _front_matter(lines: list[Line], indices: list[int], removals: Removals, warnings: list[str]) -> None:
    chars = sum(len(lines[index].text) for index in indices)
    for index in indices:
        removals.line(lines[index], "front-matter")
    if chars >= FRONT_MATTER_WARN:
        warnings.append(notice(notices.FRONT_MATTER, chars=chars))


def _speech(
    lines: list[Line], title: str, title_index: int | None, body: list[int], removals: Removals
) -> Speech:
    meta: dict[str, str] = {}
    position = 0
    if body and squash(lines[body[0]].text) == squash(title) and title_index is not None:
        removals.line(lines[body[0]], "repeated-title")
        position = 1
    while position < len(body) and position < META_LINES_MAX and title_index is not None:
        field = meta_field(lines[body[position]].text)
        if field is None:
            break
        add_meta(meta, *field)
        position += 1
    paragraphs = [lines[index].text for index in body[position:]]
    offsets = []
    cursor = 0
    for paragraph in paragraphs:
        offsets.append(cursor)
        cursor += len(paragraph) + 1
    text = "\n".join(paragraphs)
    first = title_index if title_index is not None else (body[0] if body else 0)
    last = body[-1] if body else first
    return Speech(
        title=title,
        text=text,
        meta=meta,
        outline=outline(paragraphs, offsets),
        placeholders=find_placeholders(text),
        span=(lines[first].start, lines[last].end),
    )
