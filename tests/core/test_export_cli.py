"""``huidu export``: arguments become ExportOptions, the handler writes the file and reports it."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pytest
from docx2python import docx2python

from desktop.cli_export import add_export_command, options_from_args
from desktop.core.export import ExportError
from tests.core.test_export_selection import P1, P4, make_library


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="huidu")
    add_export_command(root.add_subparsers(dest="command"))
    return root


def run(argv: list[str]) -> int:
    args = parser().parse_args(["export", *argv])
    return int(args.handler(args))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    make_library(path).close()
    return path


def test_arguments_become_options(tmp_path: Path) -> None:
    args = parser().parse_args(
        [
            "export",
            "--out",
            str(tmp_path / "x.md"),
            "--tag",
            "金句",
            "--tag",
            "方法",
            "--state",
            "selected",
            "--group-by",
            "speech",
            "--from",
            "2024-01-02",
            "--no-note",
            "--rating",
            "--title",
            "摘编",
        ]
    )
    options = options_from_args(args)
    assert options.format == "md"
    assert options.selection.tags == ("金句", "方法")
    assert options.selection.states == ("selected",)
    assert options.selection.created_from is not None and options.selection.created_from.day == 2
    assert options.grouping == "speech" and options.title == "摘编"
    assert not options.fields.note and options.fields.rating
    assert options.style == "gongwen" and options.toc is None


def test_template_implies_the_template_style(tmp_path: Path) -> None:
    args = parser().parse_args(["export", "--out", "a.docx", "--template", "t.docx", "--format", "docx"])
    options = options_from_args(args)
    assert (options.style, options.template) == ("template", Path("t.docx"))


def test_bad_date_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["export", "--out", "a.docx", "--from", "2024/1/2"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_export_docx_from_the_command_line(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "金句.docx"
    code = run(["--library", str(library_path), "--out", str(out), "--tag", "金句", "--state", "入选"])
    assert code == 0
    assert "exported 1 excerpts in 1 groups" in capsys.readouterr().out
    with docx2python(out) as result:
        assert P1 in result.text and P4 not in result.text


def test_export_csv_with_json_report(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "marks.csv"
    assert run(["--library", str(library_path), "--out", str(out), "--min-rating", "4", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "csv" and report["excerpts"] == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["摘录"] for row in csv.DictReader(handle)] == [P4, "青年干部要在实践中增长本领。"]


def test_nothing_matched_warns(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--library", str(library_path), "--out", str(tmp_path / "x.json"), "--query", "无此句"]) == 0
    assert "no marks matched" in capsys.readouterr().err


def test_missing_template_is_a_huidu_error(library_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        run(
            [
                "--library",
                str(library_path),
                "--out",
                str(tmp_path / "x.docx"),
                "--template",
                str(tmp_path / "no.docx"),
            ]
        )
