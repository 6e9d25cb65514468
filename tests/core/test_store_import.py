"""Importing compilations: what is stored, duplicates, new versions of changed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import HuiduError
from desktop.core.model import Removal, Speech
from desktop.core.store import ImportCancelledError, UnknownSpeechError
from tests.core.test_store_support import (
    GRASSROOTS_TEXT,
    compilation,
    compilation_file_text,
    discipline,
    grassroots,
    open_library,
    village,
)


def counts(library: object) -> tuple[int, ...]:
    conn = library.conn  # type: ignore[attr-defined]
    return tuple(
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("sources", "compilations", "speeches", "speech_fts")
    )


def test_import_stores_speeches_with_text_meta_and_outline(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        parsed = compilation()
        parsed = type(parsed)(**{**parsed.__dict__, "removed": (Removal("boilerplate", "内部资料", (0, 4)),)})
        result = library.compilations.import_parsed(parsed, path=tmp_path / "讲话汇编.txt")
        assert (result.status, result.speeches) == ("imported", 3)

        record = library.compilations.get(result.compilation_id)
        assert (record.title, record.declared_count, record.version, record.superseded_by) == (
            "讲话汇编",
            3,
            1,
            None,
        )
        assert record.warnings == ("目录说有 3 篇",)
        assert record.removed == (Removal("boilerplate", "内部资料", (0, 4)),)
        assert record.source.path == str((tmp_path / "讲话汇编.txt").resolve())
        assert record.source.format == "txt" and record.source.encoding == "utf-8"

        summaries = library.speeches.list()
        assert [s.title for s in summaries] == [grassroots().title, village().title, discipline().title]
        assert summaries[0].to_json() == {
            "id": 1,
            "compilation": result.compilation_id,
            "title": grassroots().title,
            "chars": len(GRASSROOTS_TEXT),
            "marks": 0,
        }
        speech = library.speeches.get(1)
        assert speech.text == GRASSROOTS_TEXT
        assert speech.meta == {"speaker": "王明", "date": "2023年3月1日"}
        assert speech.outline == grassroots().outline
        assert speech.to_json() == {
            "id": 1,
            "title": grassroots().title,
            "meta": {"speaker": "王明", "date": "2023年3月1日"},
            "text": GRASSROOTS_TEXT,
            "outline": [h.to_json() for h in grassroots().outline],
        }


def test_importing_the_same_content_twice_creates_nothing(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        first = library.compilations.import_parsed(compilation())
        before = counts(library)
        again = library.compilations.import_parsed(compilation())
        assert again.status == "duplicate" and again.compilation_id == first.compilation_id
        assert counts(library) == before


def test_import_file_reads_parses_and_deduplicates_by_content(tmp_path: Path) -> None:
    source = tmp_path / "汇编一.txt"
    source.write_text(compilation_file_text(grassroots(), village()), encoding="utf-8")
    copy = tmp_path / "副本.txt"
    copy.write_bytes(source.read_bytes())
    seen: list[tuple[int, int]] = []
    with open_library(tmp_path) as library:
        result = library.compilations.import_file(
            source, progress=lambda done, total: seen.append((done, total))
        )
        assert result.status == "imported" and result.speeches == 2
        assert seen[-1] == (2, 2)
        texts = [library.speeches.get(s.id).text for s in library.speeches.list()]
        assert "基层党组织是党的全部工作和战斗力的基础" in texts[0]
        before = counts(library)
        duplicate = library.compilations.import_file(copy)
        assert duplicate.status == "duplicate" and counts(library) == before


def test_a_changed_file_becomes_a_new_version_and_the_old_one_keeps_its_marks(tmp_path: Path) -> None:
    source = tmp_path / "汇编.txt"
    source.write_text(compilation_file_text(grassroots(), village()), encoding="utf-8")
    with open_library(tmp_path) as library:
        first = library.compilations.import_file(source)
        old_speech = library.speeches.list()[0].id
        mark = library.marks.add(old_speech, 5, 12, tags=["标题"])

        source.write_text(compilation_file_text(grassroots(), village(), discipline()), encoding="utf-8")
        second = library.compilations.import_file(source)
        assert second.status == "new-version" and second.previous_id == first.compilation_id

        versions = library.compilations.versions(second.compilation_id)
        assert [(v.id, v.version) for v in versions] == [
            (first.compilation_id, 1),
            (second.compilation_id, 2),
        ]
        assert versions[0].superseded_by == second.compilation_id
        assert versions[0].lineage == versions[1].lineage == first.compilation_id
        assert library.marks.get(mark.uuid).speech_id == old_speech  # kept until re-anchoring

        current = library.speeches.list()
        assert len(current) == 3 and all(s.compilation_id == second.compilation_id for s in current)
        everything = library.speeches.list(include_superseded=True)
        assert len(everything) == 5 and sum(not s.current for s in everything) == 2
        assert [c.id for c in library.compilations.list()] == [second.compilation_id]
        # search shows the current version only
        assert {h.speech_id for h in library.search("枫桥经验").hits} == {current[0].id}


def test_texts_survive_the_source_file_being_deleted(tmp_path: Path) -> None:
    source = tmp_path / "汇编.txt"
    source.write_text(compilation_file_text(grassroots()), encoding="utf-8")
    with open_library(tmp_path) as library:
        library.compilations.import_file(source)
        source.unlink()
        assert library.speeches.get(1).text.endswith("让群众在家门口办成事。")


def test_an_unreadable_file_is_a_user_error(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        with pytest.raises(HuiduError):
            library.compilations.import_file(tmp_path / "不存在.txt")
        binary = tmp_path / "坏.txt"
        binary.write_bytes(bytes(range(256)) * 4)
        with pytest.raises(HuiduError):
            library.compilations.import_file(binary)
        assert counts(library) == (0, 0, 0, 0)


def test_unknown_speech(tmp_path: Path) -> None:
    with open_library(tmp_path) as library, pytest.raises(UnknownSpeechError, match="no speech with id 42"):
        library.speeches.get(42)


def test_an_empty_speech_text_is_stored(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        library.compilations.import_parsed(compilation(Speech(title="只有标题", text="")))
        assert library.speeches.get(1).text == ""
        assert library.search("标题").hits == ()


def test_a_cancelled_import_adds_nothing(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with open_library(tmp_path) as library:
        with pytest.raises(ImportCancelledError):
            library.compilations.import_parsed(compilation(), cancelled=cancelled)
        assert counts(library) == (0, 0, 0, 0)
        assert library.compilations.import_parsed(compilation()).status == "imported"
