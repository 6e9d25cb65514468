"""Lines that only separate: rules of dashes or stars between speeches, and end markers such as （完）.

They carry no words, so they are dropped (and recorded); the gap they leave still counts as a gap,
which is the evidence the splitter wants before a title.
"""

from __future__ import annotations

import re

from desktop.core.parse.lines import Line, Removals

_RULE_RE = re.compile(r"^[-—–─━=＝*＊_＿~～·•.。…#＃+＋<>《》\s]{3,}$")
_END_RE = re.compile(
    r"^[（(【\[<〈—\-\s]*(?:全文)?完[）)】\]>〉—\-\s]*$|^[（(]?\s*end\s*[）)]?$", re.IGNORECASE
)


def remove_separators(lines: list[Line], removals: Removals) -> None:
    for line in lines:
        if not line.live or len(line.text) > 40:
            continue
        if _RULE_RE.match(line.text):
            removals.line(line, "separator")
        elif _END_RE.match(line.text):
            removals.line(line, "end-marker")
