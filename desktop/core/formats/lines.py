"""Newline normalisation shared by every reader.

Each reader ends with the same contract (lines joined by "\\n"), so the one rule for what counts as a
line break lives here: CRLF, lone CR and the Unicode line/paragraph separators become LF, and one leading
BOM character is dropped. Nothing else is touched: repairing text is the parser's job, not the reader's.
"""

from __future__ import annotations

import re

_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029]")


def normalise_newlines(text: str) -> str:
    """CRLF/CR/U+2028/U+2029 → LF, and strip one leading byte-order-mark character."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _BREAKS.sub("\n", text)
