"""Words a user added to the segmentation dictionary, kept in the library and applied when it opens.

New words change how text is cut from then on; ``Library.reindex()`` cuts what is already indexed again.
Exact search does not depend on it (see ``search/index.py``), ranking and suggestions do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import notices
from desktop.core.notices import notice
from desktop.core.search import segment
from desktop.core.store.errors import InvalidValueError
from desktop.core.store.rows import now

if TYPE_CHECKING:
    from desktop.core.store.library import Library


class Words:
    def __init__(self, library: Library) -> None:
        self._lib = library

    def list(self) -> list[str]:
        return [
            row[0] for row in self._lib.conn.execute("SELECT word FROM user_words ORDER BY added_at, word")
        ]

    def add(self, word: str) -> bool:
        """Add a word (one token from now on); False if the library already had it."""
        word = word.strip()
        if not word or any(ch.isspace() for ch in word):
            raise InvalidValueError(notice(notices.NOT_A_WORD, word=word))
        with self._lib.transaction() as conn:
            added = conn.execute(
                "INSERT OR IGNORE INTO user_words (word, added_at) VALUES (?, ?)", (word, now())
            ).rowcount
        segment.add_words([word])
        return bool(added)

    def apply(self) -> None:
        """Give this library's words to the segmenter (cheap: jieba itself is loaded only when used)."""
        segment.add_words(self.list())
