"""Character classes and small predicates shared by the parser's stages.

Kept in one place so that "what counts as a CJK character", "what ends a sentence" and "what starts an
enumerated heading" mean the same thing to cleaning, splitting and the outline.
"""

from __future__ import annotations

import re

# CJK ideographs (BMP + extension A), plus the compatibility block; used inside regex classes.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width punctuation that belongs to running Chinese text.
CJK_PUNCT = "，。、；：？！…—·“”‘’《》〈〉「」『』【】（）〔〕〝〞"
SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』）)】》〞\"'"
# A line ending in one of these is a finished sentence or clause (after dropping closers).
LINE_FINISHED = SENTENCE_END + "：:"

CN_NUM = "一二三四五六七八九十百零〇两"
FW_DIGITS = "０１２３４５６７８９"

_FW_TRANS = str.maketrans(FW_DIGITS, "0123456789")
_CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

_WS_RE = re.compile(r"\s+")
_SQUASH_RE = re.compile(r"[\s·・.．。，,、:：;；!！?？“”‘’\"'《》〈〉（）()【】\[\]—\-_…]+")
_CJK_RE = re.compile(f"[{CJK}]")


def to_int(number: str) -> int | None:
    """Arabic, full-width or Chinese numerals (up to the hundreds) → int."""
    number = number.translate(_FW_TRANS)
    if number.isdigit():
        return int(number)
    total, current = 0, 0
    for ch in number:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def squash(text: str) -> str:
    """Text with whitespace and punctuation removed: for comparing titles across layouts."""
    return _SQUASH_RE.sub("", text)


def strip_ws(text: str) -> str:
    return _WS_RE.sub("", text)


def is_finished(line: str) -> bool:
    """True when a line ends a sentence or clause (so it is not a title, nor broken mid-sentence)."""
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in LINE_FINISHED


def cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))
