"""Redaction masks in a speech: the places where a name, a number or a date was blanked out.

Compilations shared publicly mask names and figures: ``*镇``, ``**年``, ``****年``, ``XX市``, ``XXX``,
``×××``, ``○○``. We report each mask as a span of the speech text so the reader can show it greyed and a
search or an export can treat it as "something was here". Words are never changed.
"""

from __future__ import annotations

import re

_MASK_RE = re.compile(
    r"[*＊]+"  # asterisks, any run
    r"|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])"  # XX, XXX, ×××
    r"|(?<![A-Za-z])[XＸ×](?=[市县区镇乡村省局委办厅部处科同年月日])"  # a single X before an administrative word
    r"|[○□]{2,}"
)


def find_placeholders(text: str) -> tuple[tuple[int, int], ...]:
    if not any(ch in text for ch in "*＊XxＸｘ×○□"):
        return ()
    return tuple(match.span() for match in _MASK_RE.finditer(text))
