"""The headless library commands, run as a script would: arguments in, text or JSON out, exit codes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli_library
from tests.core.test_store_support import (
    GRASSROOTS_TEXT,
    compilation_file_text,
    discipline,
    grassroots,
    village,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "子目录").mkdir(parents=True)
    (folder / "汇编一.txt").write_text(compilation_file_text(grassroots(), village()), encoding="utf-8")
    (folder / "子目录" / "汇编二.TXT").write_text(compilation_file_text(discipline()), encoding="utf-8")
    (folder / "子目录" / "副本.txt").write_bytes((folder / "汇编一.txt").read_bytes())
    (folder / "子目录" / "坏.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "照片.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a compilation")
    return folder


def run(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str, str]:
    code = cli_library.main([*args[:1], "--library", str(library), *args[1:]] if args else [])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> object:
    code, out, err = run(capsys, library, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def imported(capsys: pytest.CaptureFixture[str], library: Path, docs: Path) -> None:
    code, _, err = run(capsys, library, "import", str(docs))
    assert code == 0, err


def test_import_reports_imported_duplicates_and_failures(
    capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path
) -> None:
    code, out, err = run(capsys, library_path, "import", str(docs))
    assert code == 0
    assert "Imported 2 file(s)" in out and "(3 speeches)" in out
    assert "skipped 1 duplicate(s); 1 failed" in out
    assert "duplicate:" in out  # 汇编一.txt and 子目录/副本.txt have the same bytes: one of them
    assert "failed:" in out and "坏.txt" in out
    assert "[1/4]" in err and "[4/4]" in err  # the progress line
    assert "照片.jpg" not in out + err  # folders bring supported files only

    results = run_json(capsys, library_path, "import", str(docs / "汇编一.txt"))
    assert results == [
        {
            "path": str(docs / "汇编一.txt"),
            "status": "duplicate",
            "compilation": 1,
            "speeches": 2,
            "previous": 1,
            "error": None,
        }
    ]


def test_import_fails_only_if_everything_failed(
    capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path
) -> None:
    code, out, _ = run(capsys, library_path, "import", str(docs / "子目录" / "坏.txt"), str(docs / "无.txt"))
    assert code == 1 and "2 failed" in out and "无.txt:" in out
    code, out, _ = run(capsys, library_path, "import", str(docs / "照片.jpg"))
    assert code == 1 and "1 failed" in out and "照片.jpg" in out
    code, out, _ = run(
        capsys, library_path, "import", str(docs / "子目录" / "坏.txt"), str(docs / "汇编一.txt")
    )
    assert code == 0 and "1 failed" in out


def test_speeches_and_speech(capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path) -> None:
    imported(capsys, library_path, docs)
    speeches = run_json(capsys, library_path, "speeches")
    assert isinstance(speeches, list) and len(speeches) == 3
    assert set(speeches[0]) == {"id", "compilation", "title", "chars", "marks"}
    assert speeches[0]["title"] == grassroots().title
    speech = run_json(capsys, library_path, "speech", "1")
    assert isinstance(speech, dict) and set(speech) == {"id", "title", "meta", "text", "outline"}
    assert speech["meta"]["speaker"] == "王明" and "枫桥经验" in speech["text"]
    code, out, _ = run(capsys, library_path, "speech", "1")
    assert code == 0 and out.startswith(grassroots().title)
    code, _, err = run(capsys, library_path, "speech", "99")
    assert code == 1 and err.strip() == "huidu: There is no speech with id 99."
    code, out, _ = run(capsys, library_path, "speeches")
    assert code == 0 and grassroots().title in out


def test_search(capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path) -> None:
    imported(capsys, library_path, docs)
    hits = run_json(capsys, library_path, "search", "基层")
    assert isinstance(hits, list) and len(hits) == 8
    assert set(hits[0]) == {"speech_id", "title", "start", "end", "snippet"}
    text = run_json(capsys, library_path, "speech", str(hits[0]["speech_id"]))["text"]  # type: ignore[index]
    assert text[hits[0]["start"] : hits[0]["end"]] == "基层"
    code, out, err = run(capsys, library_path, "search", "枫桥经验", "--limit", "1")
    assert code == 0 and "【枫桥经验】" in out and "1 hit(s)" in err


def test_marks_round_trip(capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path) -> None:
    imported(capsys, library_path, docs)
    start = GRASSROOTS_TEXT.index("枫桥经验")
    code, out, err = run(
        capsys,
        library_path,
        "mark",
        "add",
        "--speech",
        "1",
        "--start",
        str(start),
        "--end",
        str(start + 4),
        "--color",
        "green",
        "--tag",
        "金句/排比",
        "--tag",
        "基层",
        "--note",
        r"第一行\n第二行",
        "--state",
        "入选",
        "--rating",
        "4",
    )
    assert code == 0, err
    uuid = out.strip()
    marks = run_json(capsys, library_path, "mark", "list", "--tag", "金句")
    assert marks == [
        {
            "uuid": uuid,
            "speech_id": 1,
            "start": start,
            "end": start + 4,
            "quote": "枫桥经验",
            "color": "green",
            "style": "highlight",
            "tags": ["基层", "金句/排比"],
            "note": "第一行\n第二行",
            "state": "selected",
            "rating": 4,
        }
    ]
    assert run_json(capsys, library_path, "mark", "list", "--state", "candidate") == []
    assert len(run_json(capsys, library_path, "search", "第二行", "--marks")) == 1  # type: ignore[arg-type]
    code, _, err = run(capsys, library_path, "mark", "add", "--speech", "1", "--start", "5", "--end", "2")
    assert code == 1 and "not a passage" in err
    code, out, _ = run(capsys, library_path, "mark", "edit", uuid, "--state", "rejected", "--rating", "1")
    assert code == 0 and "弃用" in out
    code, out, _ = run(capsys, library_path, "mark", "remove", uuid)
    assert code == 0 and "Removed 1" in out
    assert run_json(capsys, library_path, "mark", "list") == []
    code, _, err = run(capsys, library_path, "mark", "remove", uuid)
    assert code == 1 and "no mark" in err


def test_mark_all_and_tags(capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path) -> None:
    imported(capsys, library_path, docs)
    code, out, _ = run(
        capsys, library_path, "mark", "all", "基层治理", "--tag", "主题/治理", "--color", "blue"
    )
    assert code == 0 and "Marked 2 hit(s)" in out
    code, out, _ = run(capsys, library_path, "mark", "all", "习近平总书记强调：“……”", "--tag", "引语")
    assert code == 0 and "Marked 1 hit(s)" in out
    assert run_json(capsys, library_path, "tags") == [
        {"name": "主题/治理", "color": None, "count": 2},
        {"name": "引语", "color": None, "count": 1},
    ]
    code, out, _ = run(capsys, library_path, "tags")
    assert out.splitlines() == ["主题/", "  治理  (2)", "引语  (1)"]
    assert run(capsys, library_path, "tag", "rename", "主题", "专题")[0] == 0
    assert run(capsys, library_path, "tag", "merge", "引语", "专题/治理")[0] == 0
    assert run(capsys, library_path, "tag", "color", "专题/治理", "red")[0] == 0
    assert run_json(capsys, library_path, "tags") == [{"name": "专题/治理", "color": "red", "count": 3}]
    assert run(capsys, library_path, "tag", "create", "新标签", "--color", "purple")[0] == 0
    code, out, _ = run(capsys, library_path, "tag", "delete", "专题/治理")
    assert code == 0 and "3 marks" in out
    assert run_json(capsys, library_path, "tags") == [{"name": "新标签", "color": "purple", "count": 0}]
    code, _, err = run(capsys, library_path, "tag", "delete", "专题/治理")
    assert code == 1 and "no tag" in err


def test_words_and_corrections(capsys: pytest.CaptureFixture[str], library_path: Path, docs: Path) -> None:
    imported(capsys, library_path, docs)
    code, out, _ = run(capsys, library_path, "word", "add", "家门口办成事", "--reindex")
    assert code == 0 and "Added 1" in out and "rebuilt" in out
    assert run(capsys, library_path, "word", "list")[1].split() == ["家门口办成事"]
    assert run(capsys, library_path, "correct", "rename", "2", "新标题")[0] == 0
    assert run(capsys, library_path, "correct", "merge", "2")[0] == 0
    offset = GRASSROOTS_TEXT.index("二、")
    code, out, _ = run(capsys, library_path, "correct", "split", "1", str(offset))
    assert code == 0 and "二、推进基层治理现代化" in out
    titles = [s["title"] for s in run_json(capsys, library_path, "speeches")]  # type: ignore[index, union-attr]
    assert titles == [grassroots().title, "二、推进基层治理现代化", discipline().title]


def test_library_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUIDU_LIBRARY", str(tmp_path / "env.sqlite3"))
    assert cli_library.main(["import", str(docs / "汇编一.txt")]) == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_registration_into_another_parser(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="huidu")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("parse")
    cli_library.add_library_commands(sub)
    args = parser.parse_args(["mark", "list", "--library", str(tmp_path / "x.sqlite3"), "--tag", "金句"])
    assert args.library == str(tmp_path / "x.sqlite3") and args.tag == "金句"
    assert args.handler(args) == 0


def test_runs_as_a_program(tmp_path: Path, docs: Path) -> None:
    library = str(tmp_path / "p.sqlite3")
    command = [sys.executable, "-m", "desktop.cli_library"]
    subprocess.run([*command, "import", str(docs / "汇编一.txt"), "--library", library], check=True, cwd=ROOT)
    out = subprocess.run(
        [*command, "search", "乡村必振兴", "--json", "--library", library],
        check=True,
        cwd=ROOT,
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
    ).stdout
    assert json.loads(out.decode("utf-8"))[0]["title"] == village().title
