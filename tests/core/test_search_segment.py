"""Segmentation: lazy loading, the official-vocabulary dictionary, user words, rjieba agreeing with jieba."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.search import segment
from desktop.core.store import InvalidValueError
from tests.benchmarks.bench_library import generate_text
from tests.core.test_store_support import open_library

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_core_does_not_load_jieba() -> None:
    code = (
        "import sys\n"
        "import desktop.core.store, desktop.core.search.query, desktop.core.search.suggest, desktop.cli_library\n"
        "from desktop.core.search import segment\n"
        "assert not segment.is_loaded()\n"
        "assert 'jieba' not in sys.modules and 'rjieba' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_opening_a_library_does_not_load_jieba(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.core.store import Library\n"
        f"Library.open({str(tmp_path / 'l.sqlite3')!r}).close()\n"
        "assert 'jieba' not in sys.modules and 'rjieba' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_user_dictionary_has_the_official_vocabulary() -> None:
    words = segment.official_words()
    assert len(words) >= 100
    for word in ["高质量发展", "乡村振兴", "全面从严治党", "国之大者", "两个维护", "新发展理念"]:
        assert word in words


@pytest.mark.parametrize(
    "word", ["高质量发展", "乡村振兴", "全面从严治党", "国之大者", "两个维护", "新发展理念"]
)
def test_official_terms_are_one_token(word: str) -> None:
    assert word in segment.words(f"我们要坚持{word}的要求")
    assert word in segment.index_tokens(f"我们要坚持{word}的要求")


def test_search_mode_emits_the_words_inside_long_words() -> None:
    tokens = segment.index_tokens("加强基层党组织建设")
    assert {"基层", "组织", "党组织", "基层党组织"} <= set(tokens)


def test_tokens_drop_punctuation_and_lower_case() -> None:
    assert segment.index_tokens("GDP增长，“稳”字当头。") == ["gdp", "增长", "稳", "字", "当头"]
    assert segment.query_tokens("发展 发展") == ["发展"]


def test_user_words_become_tokens_and_are_kept_in_the_library(tmp_path: Path) -> None:
    word = "赣鄱红色基因库"
    with open_library(tmp_path) as library:
        assert library.words.add(word) is True
        assert library.words.add(word) is False
        assert word in segment.words(f"建设{word}工程")
        assert library.words.list() == [word]
        with pytest.raises(InvalidValueError):
            library.words.add("两 个")


def test_rjieba_and_jieba_agree_on_our_corpus() -> None:
    pytest.importorskip("rjieba")
    rjieba_backend = segment._RJieba()
    jieba_backend = segment._Jieba()
    for word in segment.official_words():
        rjieba_backend.add_word(word)
    rng = random.Random(3)
    words = segment.official_words()
    text = generate_text(60_000, seed=11) + "。".join(
        f"要{rng.choice(words)}和{rng.choice(words)}" for _ in range(300)
    )
    assert rjieba_backend.cut_for_search(text) == jieba_backend.cut_for_search(text)
    assert rjieba_backend.cut(text) == jieba_backend.cut(text)


def test_reindex_applies_new_words_to_what_is_indexed(tmp_path: Path) -> None:
    from desktop.core.model import Speech
    from tests.core.test_store_support import compilation

    word = "乡村工匠学院"
    with open_library(tmp_path) as library:
        library.compilations.import_parsed(compilation(Speech(title="甲", text=f"办好{word}。")))

        def indexed() -> str:
            return str(library.conn.execute("SELECT tokens FROM speech_fts WHERE rowid = 1").fetchone()[0])

        assert word not in indexed().split()
        library.words.add(word)
        library.reindex()
        assert word in indexed().split()
        assert library.search(word).ranked_by == "words"
        assert [h.start for h in library.search(word).hits] == [2]
        assert library.integrity_check() == "ok"
