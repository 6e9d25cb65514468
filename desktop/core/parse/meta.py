"""Speaker, occasion and date lines that follow a speech's title.

"——在全市……会议上的讲话", "（2023年4月）", "市委书记 张三", "发言人：李四": they describe the speech
rather than belong to its body, so they become ``Speech.meta`` fields (``occasion``, ``date``,
``speaker``) when they directly follow the title.
"""

from __future__ import annotations

import re

from desktop.core.parse.text import CJK

_YEAR = r"(?:[0-9０-９]{4}|[一二三四五六七八九〇零○]{4})\s*年"
_MONTH_DAY = (
    r"(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[日号])?)?"
)
_DATE_RE = re.compile(rf"^[（(]?\s*(?P<value>{_YEAR}{_MONTH_DAY})\s*[）)]?$")
_OCCASION_RE = re.compile(r"^[—–\-－─]{1,4}\s*(?P<value>.{2,80})$")
_PAREN_RE = re.compile(r"^[（(](?P<value>[^（()）]{2,60})[）)]$")
_SPEAKER_KEY_RE = re.compile(
    r"^(?:发言人|主讲人|讲话人|报告人|作者|演讲人|发言单位|单位|署名)\s*[:：]\s*(?P<value>.{1,40})$"
)
_POSITIONS = "书记|副书记|市长|县长|区长|镇长|乡长|局长|主任|部长|主席|院长|校长|处长|科长|委员|代表|组长|经理|董事长|同志"
_SPEAKER_RE = re.compile(
    rf"^(?P<value>(?:[^\s，。：:；]{{0,24}}(?:{_POSITIONS})\s*[{CJK}·]{{0,4}})|[{CJK}·]{{2,4}}|"
    rf"[^\s，。：:；]{{2,20}}\s+[{CJK}·]{{2,4}})$"
)
_NOT_A_NAME = re.compile(r"们$|^大家|^各位|^尊敬|^亲爱|好$|^谢谢")
META_LINES_MAX = 4


def meta_field(text: str) -> tuple[str, str] | None:
    """``(key, value)`` when the line is a metadata line, else None."""
    if len(text) > 90:
        return None
    if match := _OCCASION_RE.match(text):
        return "occasion", match.group("value").strip()
    if match := _DATE_RE.match(text):
        return "date", match.group("value").strip()
    if match := _PAREN_RE.match(text):
        value = match.group("value").strip()
        if re.search(_YEAR, value) or value.startswith("在"):
            return ("date" if _DATE_RE.match(value) else "occasion"), value
        return None
    if match := _SPEAKER_KEY_RE.match(text):
        return "speaker", match.group("value").strip()
    if len(text) <= 30 and not _NOT_A_NAME.search(text) and (match := _SPEAKER_RE.match(text)):
        return "speaker", match.group("value").strip()
    return None


def add_meta(meta: dict[str, str], key: str, value: str) -> None:
    meta[key] = f"{meta[key]} {value}" if key in meta else value
