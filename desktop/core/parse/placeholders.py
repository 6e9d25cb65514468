"""Redaction masks in a speech: the places where a name, a number or a date was blanked out.

Compilations shared publicly mask names and figures: ``*镇``, ``**年``, ``****年``, ``XX市``, ``XXX``,
``×××``, ``○○``. We report each mask as a span of the speech text so the reader can show it greyed and a
search or an export can treat it as "something was here". Words are never changed.
"""

from __future__ import annotations

import re

# One character class up front keeps the scan at C speed; the finer rules run on the few hits.
_CANDIDATE_RE = re.compile("[*＊]+|[XxＸｘ×]+|[○□]{2,}")
_ADMIN_AFTER = frozenset("市县区镇乡村省局委办厅部处科同年月日")


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def find_placeholders(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for match in _CANDIDATE_RE.finditer(text):
        start, end = match.span()
        first = text[start]
        if first in "Xx\uff38\uff58\u00d7":
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if _is_ascii_letter(before) or _is_ascii_letter(after):
                continue
            if end - start == 1 and (first not in "X\uff38\u00d7" or after not in _ADMIN_AFTER):
                continue
        spans.append((start, end))
    return tuple(spans)
