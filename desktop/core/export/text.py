"""Making any string safe to write, and the small pieces of Chinese formatting the exports share.

A mark's quote and note come from imported files and the user's typing; a stray control character
(``\\x0b`` from a Word page break, ``\\x00`` from a broken PDF) is not allowed in XML and would make the
whole .docx fail, so every string goes through ``xml_safe`` before it reaches a writer.
"""

from __future__ import annotations

import re

# Not allowed in XML 1.0 (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) plus the C1
# controls, which are allowed but which no reader shows and some choke on.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")

_DIGITS = "零一二三四五六七八九"


def xml_safe(text: str) -> str:
    """``text`` without characters XML cannot carry; CR and CRLF become LF."""
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (for 一、 and （一） headings)."""
    if n <= 0:
        return str(n)
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _DIGITS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    if ones:
        out += _DIGITS[ones]
    return out


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
