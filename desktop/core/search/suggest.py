"""Ready-made suggestions: quotations to mark, keywords to tag with.

Speeches quote their authorities in a fixed form — 习近平总书记强调：“……”, 总书记深刻指出：“……”,
他说：“……” — so every such quotation is offered as a mark (the lead-in with the quote). The top
keywords of a speech (jieba.analyse TF-IDF) are offered as tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.search import segment

if TYPE_CHECKING:
    from desktop.core.store.library import Library

SAY_VERBS = (
    "深刻指出",
    "明确指出",
    "鲜明指出",
    "指出",
    "强调",
    "反复强调",
    "明确要求",
    "要求",
    "深刻阐明",
    "阐明",
    "说",
    "讲",
    "讲道",
    "写道",
    "提出",
)
MAX_QUOTE = 600
MAX_SPEAKER = 16

_QUOTATION = re.compile(
    r"(?P<verb>" + "|".join(sorted(map(re.escape, SAY_VERBS), key=len, reverse=True)) + r")"
    r"[：:]\s*“(?P<quote>[^“”\n]{2," + str(MAX_QUOTE) + r"})”"
)
_SPEAKER_BOUNDARY = re.compile(r"[。！？；，、：“”\n（）()]")


@dataclass(frozen=True)
class QuotationSuggestion:
    start: int  # where the speaker begins (or the verb, without one)
    end: int  # after the closing ”
    speaker: str
    verb: str
    quote: str
    quote_start: int  # the quotation itself, without the marks
    quote_end: int


@dataclass(frozen=True)
class TagSuggestion:
    name: str
    weight: float
    exists: bool  # the library already has a tag of this name


def find_quotations(text: str) -> list[QuotationSuggestion]:
    found = []
    for match in _QUOTATION.finditer(text):
        verb_start = match.start("verb")
        window_start = max(0, verb_start - MAX_SPEAKER)
        before = text[window_start:verb_start]
        boundaries = list(_SPEAKER_BOUNDARY.finditer(before))
        speaker_start = window_start + (boundaries[-1].end() if boundaries else 0)
        if not boundaries and window_start > 0:
            speaker_start = verb_start  # a long run-up: no clear speaker, start at the verb
        found.append(
            QuotationSuggestion(
                start=speaker_start,
                end=match.end(),
                speaker=text[speaker_start:verb_start].strip(),
                verb=match.group("verb"),
                quote=match.group("quote"),
                quote_start=match.start("quote"),
                quote_end=match.end("quote"),
            )
        )
    return found


def keywords(text: str, count: int = 8) -> list[tuple[str, float]]:
    """The speech's top keywords by jieba's TF-IDF (loads jieba: call from a worker)."""
    segment.python_jieba()  # loads jieba with our dictionaries before jieba.analyse uses it
    import jieba.analyse

    pairs = jieba.analyse.extract_tags(text, topK=count * 2, withWeight=True)
    picked = [(word, float(weight)) for word, weight in pairs if not word.isdigit() and len(word) > 1]
    return picked[:count]


def quotation_suggestions(library: Library, speech_id: int) -> list[QuotationSuggestion]:
    """Quotations in a speech that no mark covers yet."""
    text = library.speeches.text(speech_id)
    marked = [(m.start, m.end) for m in library.marks.list(speech_id=speech_id)]
    return [
        q
        for q in find_quotations(text)
        if not any(s <= q.quote_start and q.quote_end <= e for s, e in marked)
    ]


def tag_suggestions(library: Library, speech_id: int, count: int = 8) -> list[TagSuggestion]:
    existing = {tag.name for tag in library.tags.list()}
    return [
        TagSuggestion(name=word, weight=weight, exists=word in existing)
        for word, weight in keywords(library.speeches.text(speech_id), count)
    ]
