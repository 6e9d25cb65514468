"""Anchoring a passage so it can be found again: the quote plus a little context on each side.

Offsets alone break as soon as a text changes (a new version of a file, a merged speech); the W3C Web
Annotation model's TextQuoteSelector does not. A mark keeps ``exact`` (the quoted passage) and up to 32
characters of ``prefix`` and ``suffix``; ``locate`` finds the best occurrence of the quote in a text,
preferring the one whose surroundings agree most with the saved context and, on a tie, the one nearest
the old position.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class QuoteSelector:
    exact: str
    prefix: str
    suffix: str


def select(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> QuoteSelector:
    """The selector of ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad span {start}..{end} for a text of {len(text)} characters")
    return QuoteSelector(
        exact=text[start:end], prefix=text[max(0, start - context) : start], suffix=text[end : end + context]
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle`` in ``text``."""
    if not needle:
        return []
    found = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def locate(text: str, selector: QuoteSelector, hint: int | None = None) -> tuple[int, int] | None:
    """Where the selector's quote is in ``text`` now, or None if the quote is gone."""
    candidates = occurrences(text, selector.exact)
    if not candidates:
        return None
    size = len(selector.exact)

    def score(start: int) -> tuple[int, int]:
        before = text[max(0, start - len(selector.prefix)) : start]
        after = text[start + size : start + size + len(selector.suffix)]
        context = _common_suffix(before, selector.prefix) + _common_prefix(after, selector.suffix)
        distance = abs(start - hint) if hint is not None else 0
        return (-context, distance)

    best = min(candidates, key=score)
    return best, best + size
