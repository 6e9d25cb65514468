"""Searching the library: every occurrence of what the reader typed, best speeches first.

A query is a list of terms, all of which must occur in a speech. Terms are separated by spaces; a term in
ASCII double quotes may contain spaces ("phrase search"; a space there matches any spacing, none
included, as Chinese text has no spaces between words). Chinese is searched as written: a term is found
as an exact substring (ASCII letters ignore case), so 基层 finds 基层党组织 and a sentence fragment is
found whatever jieba makes of its edges. Inside a term, …… (or ...) stands for "anything up to the end
of the line": 习近平总书记强调：“……” finds each such quotation whole.

How a search runs (the why of the two indexes is in ``index.py``). Every speech's text is checked for the
exact terms before it yields hits, so the indexes only decide which speeches are read, and in what order:

- Words — every term is one jieba word (发展, 基层, 党风廉政建设, GDP): the terms are segmented the way the
  index was and matched on ``speech_fts``, ranked by FTS5 bm25; speeches where jieba cut the word into
  other pieces follow, found through the bigram index.
- Fragments — anything else (民为中心的发展思, 5.2%, 习近平总书记强调：“……”): the terms are phrases of
  character bigrams on ``speech_grams``, ranked by bm25 over those exact phrases. One pass finds and
  ranks; ranking a long fragment through its jieba tokens instead costs a pass over every row of every
  token, which is what makes naive FTS slow on a large library.

Hits come out speech by speech in rank order, each with its offsets and a snippet, until ``limit``.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import sqlite3
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.search import index, segment

if TYPE_CHECKING:
    from desktop.core.store.library import Library
    from desktop.core.store.records import Mark

SNIPPET_CONTEXT = 20
WILDCARD_SPAN = 300  # how far …… reaches (characters, within one line)
_WILDCARD = re.compile(r"……|\.\.\.")
_BATCH = 16  # most speech texts read at a time


@dataclass(frozen=True)
class Term:
    text: str
    parts: tuple[str, ...]  # the term split at its wildcards

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The term as a regular expression: …… spans a line, spaces match any spacing (even none)."""
        gap = f"[^\\n]{{0,{WILDCARD_SPAN}}}?"
        pieces = [r"\s*".join(re.escape(w) for w in part.split()) for part in self.parts]
        return re.compile(gap.join(p for p in pieces if p), re.IGNORECASE)


@dataclass(frozen=True)
class SearchHit:
    speech_id: int
    title: str
    start: int
    end: int
    snippet: str
    snippet_start: int = 0  # where the hit begins inside the snippet
    snippet_end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "speech_id": self.speech_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    query: str
    terms: tuple[Term, ...]
    hits: tuple[SearchHit, ...] = ()
    truncated: bool = False  # stopped at the limit: there are more hits
    ranked_by: str = field(default="", compare=False)  # "words" | "fragments" | "scan", for diagnostics

    @property
    def speeches(self) -> int:
        """How many speeches the hits come from."""
        return len({hit.speech_id for hit in self.hits})


def parse_query(query: str) -> tuple[Term, ...]:
    """Split a query into terms: spaces separate them, "double quotes" keep one together."""
    raw: list[str] = []
    for quoted, bare in re.findall(r'"([^"]*)"|(\S+)', query):
        if quoted:
            raw.append(quoted)
        elif bare:
            raw.append(bare.strip('"'))
    terms = []
    for text in dict.fromkeys(t for t in raw if t.strip()):
        parts = tuple(p for p in _WILDCARD.split(text) if p.strip())
        if parts:
            terms.append(Term(text=text, parts=parts))
    return tuple(terms)


def _phrase(chars: str) -> str:
    if len(chars) == 1:
        return f'"{chars}"*'
    return '"' + " ".join(a + b for a, b in itertools.pairwise(chars)) + '"'


def grams_expression(terms: tuple[Term, ...]) -> str | None:
    """The FTS5 query on ``speech_grams`` that every speech containing all terms matches."""
    groups = []
    for term in terms:
        phrases = [_phrase(chars) for chars in (index.gram_chars(part) for part in term.parts) if chars]
        if len(phrases) > 1:  # parts joined by …… lie within a line of each other
            groups.append(f"NEAR({' '.join(phrases)}, {WILDCARD_SPAN})")
        elif phrases:
            groups.append(phrases[0])
    groups = list(dict.fromkeys(groups))
    return " AND ".join(groups) if groups else None


def word_token(term: Term) -> str | None:
    """The term as the single jieba token it is (发展, 基层党组织, gdp), or None for a fragment."""
    if len(term.parts) != 1:
        return None
    chars = index.gram_chars(term.parts[0])
    return chars if chars and chars in segment.query_tokens(term.parts[0]) else None


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _superseded(conn: sqlite3.Connection) -> set[int]:
    """Speeches of old versions of re-imported compilations: kept for their marks, not searched."""
    rows = conn.execute(
        """SELECT s.id FROM speeches s JOIN compilations c ON c.id = s.compilation_id
           WHERE c.superseded_by IS NOT NULL"""
    )
    return {row[0] for row in rows}


def _words_order(conn: sqlite3.Connection, words: list[str], terms: tuple[Term, ...]) -> Iterator[int]:
    """Speeches ranked by bm25 on the words' jieba tokens, then any the bigrams find that jieba cut apart."""
    seen: set[int] = set()
    expression = " AND ".join(_fts_quote(w) for w in dict.fromkeys(words))
    sql = "SELECT rowid FROM speech_fts WHERE speech_fts MATCH ? ORDER BY rank"
    for (rowid,) in conn.execute(sql, (expression,)):
        seen.add(rowid)
        yield rowid
    grams = grams_expression(terms)
    if grams is not None:  # only read when the ranked speeches did not give enough hits
        rest = [
            r for (r,) in conn.execute("SELECT rowid FROM speech_grams WHERE speech_grams MATCH ?", (grams,))
        ]
        yield from (r for r in rest if r not in seen)


def _fragments_order(conn: sqlite3.Connection, expression: str) -> Iterator[int]:
    sql = "SELECT rowid FROM speech_grams WHERE speech_grams MATCH ? ORDER BY rank"
    for (rowid,) in conn.execute(sql, (expression,)):
        yield rowid


def _scan_order(conn: sqlite3.Connection, terms: tuple[Term, ...]) -> Iterator[int]:
    """Terms without a letter or digit (：“) are not indexed: read the speeches holding the first one."""
    sql = "SELECT id FROM speeches WHERE instr(text, ?) > 0 ORDER BY id"
    for (rowid,) in conn.execute(sql, (terms[0].parts[0],)):
        yield rowid


def _texts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, str]]:
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, title, text FROM speeches WHERE id IN ({marks})", ids)
    return {row[0]: (row[1], row[2]) for row in rows}


def find_occurrences(text: str, terms: tuple[Term, ...]) -> list[tuple[int, int]] | None:
    """(start, end) of every occurrence of every term, in text order; None unless all terms occur."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        found = [(m.start(), m.end()) for m in term.pattern.finditer(text) if m.end() > m.start()]
        if not found:
            return None
        spans.extend(found)
    return sorted(set(spans))


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    lead = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    snippet = (lead + text[left:right] + tail).replace("\n", " ")
    begin = len(lead) + start - left
    return snippet, begin, begin + end - start


def _iter_hits(
    conn: sqlite3.Connection, terms: tuple[Term, ...], order: Iterable[int]
) -> Generator[SearchHit, None, None]:
    excluded = _superseded(conn)
    ids = (i for i in order if i not in excluded)
    size = 2  # a common word fills the page from the first speeches: read few texts first, then more
    while batch := list(itertools.islice(ids, size)):
        size = min(size * 2, _BATCH)
        loaded = _texts(conn, batch)
        for speech_id in batch:
            title, text = loaded[speech_id]
            for start, end in find_occurrences(text, terms) or ():
                snippet, s_start, s_end = _snippet(text, start, end)
                yield SearchHit(speech_id, title, start, end, snippet, s_start, s_end)


def search(library: Library, query: str, *, limit: int | None = 100) -> SearchResult:
    """Every occurrence of the query's terms in speeches containing all of them, best speeches first.

    ``limit`` caps the number of hits (None: all). Old versions of re-imported compilations are left out.
    """
    terms = parse_query(query)
    if not terms:
        return SearchResult(query=query, terms=terms)
    conn = library.conn
    words = [word_token(term) for term in terms]
    grams = grams_expression(terms)
    order: Iterable[int]
    if all(words):
        order, ranked_by = _words_order(conn, [w for w in words if w], terms), "words"
    elif grams is not None:
        order, ranked_by = _fragments_order(conn, grams), "fragments"
    else:
        order, ranked_by = _scan_order(conn, terms), "scan"
    hits: list[SearchHit] = []
    truncated = False
    stream = _iter_hits(conn, terms, order)
    try:
        for hit in stream:
            if limit is not None and len(hits) >= limit:
                truncated = True
                break
            hits.append(hit)
    finally:  # finish the FTS statements now, not whenever the generators are collected
        stream.close()
        if isinstance(order, Generator):
            order.close()
    return SearchResult(query=query, terms=terms, hits=tuple(hits), truncated=truncated, ranked_by=ranked_by)


def search_marks(library: Library, query: str, *, limit: int | None = 100) -> list[Mark]:
    """Marks whose quote or note contains every term, ranked by bm25 on their jieba tokens."""
    terms = parse_query(query)
    if not terms:
        return []
    conn = library.conn
    matching = []
    for mark_id, uuid, quote, note in conn.execute("SELECT id, uuid, quote, note FROM marks ORDER BY id"):
        body = f"{quote}\n{note}"
        if all(term.pattern.search(body) for term in terms):
            matching.append((mark_id, uuid))
    if not matching:
        return []
    position = {mark_id: i for i, (mark_id, _) in enumerate(matching)}
    tokens = segment.query_tokens(" ".join(p for t in terms for p in t.parts))
    ranks: dict[int, int] = {}
    if tokens:
        expression = " OR ".join(_fts_quote(t) for t in tokens)
        for i, (rowid,) in enumerate(
            conn.execute("SELECT rowid FROM mark_fts WHERE mark_fts MATCH ? ORDER BY rank", (expression,))
        ):
            ranks[rowid] = i
    ordered = sorted(matching, key=lambda m: (ranks.get(m[0], math.inf), position[m[0]]))
    if limit is not None:
        ordered = ordered[:limit]
    return library.marks.get_many([uuid for _, uuid in ordered])


@dataclass(frozen=True)
class MarkAllResult:
    created: tuple[Mark, ...]
    already_marked: int  # hits that already had a mark with this span and tag
    search: SearchResult


def mark_all(
    library: Library,
    query: str,
    *,
    tag: str,
    color: str | None = None,
    style: str | None = None,
    state: str | None = None,
    note: str = "",
) -> MarkAllResult:
    """Mark every hit of ``query`` with ``tag`` (and a colour) as one action; running it again adds nothing."""
    from desktop.core.store.marks import MarkSpec
    from desktop.core.store.records import DEFAULT_COLOR, DEFAULT_STATE, DEFAULT_STYLE
    from desktop.core.store.tags import normalize_tag_name

    # Search, check and write as one action, so two runs at once cannot both create the same marks.
    with library.transaction():
        name = normalize_tag_name(tag)
        result = search(library, query, limit=None)
        existing = {
            (row[0], row[1], row[2])
            for row in library.conn.execute(
                """SELECT m.speech_id, m.start, m."end" FROM marks m
                   JOIN mark_tags mt ON mt.mark_id = m.id JOIN tags t ON t.id = mt.tag_id WHERE t.name = ?""",
                (name,),
            )
        }
        specs = [
            MarkSpec(
                speech_id=hit.speech_id,
                start=hit.start,
                end=hit.end,
                color=color or DEFAULT_COLOR,
                style=style or DEFAULT_STYLE,
                tags=(name,),
                note=note,
                state=state or DEFAULT_STATE,
            )
            for hit in result.hits
            if (hit.speech_id, hit.start, hit.end) not in existing
        ]
        created = library.marks.add_many(specs) if specs else []
    return MarkAllResult(created=tuple(created), already_marked=len(result.hits) - len(specs), search=result)
