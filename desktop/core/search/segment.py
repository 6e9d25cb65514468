"""Word segmentation for the index and for queries, loaded lazily.

jieba takes about a second to load its dictionary, so nothing here touches it at import time: the first
call that needs words loads it (callers that must not wait — the GUI at start-up — call ``load()`` from a
worker first). ``rjieba`` (jieba-rs) is used when it is installed: it produces the same tokens as jieba
(checked by the tests and the benchmark on our corpus) about ten times faster. ``HUIDU_SEGMENTER=jieba``
or ``=rjieba`` forces one.

Both run without jieba's HMM for unknown words. With it, rjieba and jieba disagree on a handful of
boundaries per ten megabytes (rjieba: 常在, jieba: 常 在); without it their tokens are identical, so an
index built by one is queried correctly by the other. Search does not need the HMM: a name jieba does not
know (谢伏瞻) is split into characters and found through the bigram index like any other fragment.

The official vocabulary in ``resources/jieba_userdict.txt`` and the words a user added to a library are
given to the segmenter, so 高质量发展 or 全面从严治党 stay one token. Search-mode segmentation also emits
the dictionary words inside long words (基层党组织 → 基层 党组 组织 党组织 基层党组织), which lets a query
for 基层 find it.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Protocol

log = logging.getLogger(__name__)


class _Backend(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...
    def cut_for_search(self, text: str) -> list[str]: ...
    def add_word(self, word: str) -> None: ...


class _Jieba:
    name = "jieba"

    def __init__(self) -> None:
        self.module = _python_jieba_module()

    def cut(self, text: str) -> list[str]:
        return self.module.lcut(text, HMM=False)

    def cut_for_search(self, text: str) -> list[str]:
        return self.module.lcut_for_search(text, HMM=False)

    def add_word(self, word: str) -> None:
        self.module.add_word(word)


class _RJieba:
    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self.module = rjieba
        self.module.cut("")  # builds the default dictionary now rather than on the first real cut

    def cut(self, text: str) -> list[str]:
        return self.module.cut(text, False)

    def cut_for_search(self, text: str) -> list[str]:
        return self.module.cut_for_search(text, False)

    def add_word(self, word: str) -> None:
        self.module.add_word(word, None, None)


_lock = threading.RLock()
_backend: _Backend | None = None
_python_jieba: ModuleType | None = None
_user_words: list[str] = []  # words added at run time, given to every backend when it loads
_applied: dict[str, set[str]] = {}  # backend name → words it already has


def userdict_path() -> Path:
    """``resources/jieba_userdict.txt`` in a checkout or next to a frozen build."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    return base / "resources" / "jieba_userdict.txt"


def official_words() -> list[str]:
    path = userdict_path()
    if not path.exists():
        log.warning("user dictionary %s is missing", path)
        return []
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0].strip()
        if word and not word.startswith("#"):
            words.append(word)
    return words


def _python_jieba_module() -> ModuleType:
    global _python_jieba
    with _lock:
        if _python_jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _python_jieba = jieba
            _apply_words("jieba-python", jieba.add_word, [*official_words(), *_user_words])
        return _python_jieba


def _apply_words(key: str, add: Callable[[str], None], words: Iterable[str]) -> None:
    done = _applied.setdefault(key, set())
    for word in words:
        if word not in done:
            add(word)
            done.add(word)


def _choose_backend() -> _Backend:
    wanted = os.environ.get("HUIDU_SEGMENTER", "").strip().lower()
    if wanted != "jieba":
        try:
            return _RJieba()
        except ImportError:
            if wanted == "rjieba":
                raise
    return _Jieba()


def load() -> str:
    """Load the segmenter and its dictionaries now (idempotent, thread-safe); returns the backend's name."""
    global _backend
    with _lock:
        if _backend is None:
            backend = _choose_backend()
            if backend.name != "jieba":  # the python backend applied them itself
                _apply_words(backend.name, backend.add_word, [*official_words(), *_user_words])
            _backend = backend
            log.info("segmenter %s loaded", backend.name)
        return _backend.name


def is_loaded() -> bool:
    return _backend is not None


def _loaded() -> _Backend:
    if _backend is None:
        load()
    assert _backend is not None
    return _backend


def add_words(words: Iterable[str]) -> None:
    """Make words single tokens from now on (for every backend, including one loaded later)."""
    with _lock:
        fresh = [w.strip() for w in words if w.strip() and w.strip() not in _user_words]
        _user_words.extend(fresh)
        if _backend is not None:
            _apply_words(_backend.name, _backend.add_word, fresh)
        if _python_jieba is not None:
            _apply_words("jieba-python", _python_jieba.add_word, fresh)


_NOT_WORD = re.compile(r"[\W_]+")


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def index_text(text: str) -> str:
    """Search-mode tokens of a text, space-joined and lower-cased, punctuation and spaces dropped.

    Done on the joined string (one regular-expression pass) rather than token by token: filtering
    tokens in Python cost seven times the segmentation itself.
    """
    joined = " ".join(_loaded().cut_for_search(text))
    return _NOT_WORD.sub(" ", joined).strip().lower()


def index_tokens(text: str) -> list[str]:
    """Search-mode tokens of a text, lower-cased, without punctuation or spaces."""
    return index_text(text).split()


def query_tokens(text: str) -> list[str]:
    """A query's tokens, segmented the way the index was (search mode), each once, in order."""
    seen: dict[str, None] = {}
    for token in index_tokens(text):
        seen.setdefault(token, None)
    return list(seen)


def words(text: str) -> list[str]:
    """Precise-mode words (for display and keyword work), punctuation dropped."""
    return [t for t in _loaded().cut(text) if _is_word(t)]


def python_jieba() -> ModuleType:
    """The jieba module itself, with our dictionaries (jieba.analyse needs it even when rjieba segments)."""
    return _python_jieba_module()
