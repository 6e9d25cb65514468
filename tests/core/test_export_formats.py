"""Markdown, CSV and JSON exports, read back with the standard library's readers."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.export import ExportOptions, Fields, Selection, export
from desktop.core.store import Library
from tests.core.test_export_selection import H1, P1, P2, P3, P4, make_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = make_library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def test_markdown_is_grouped_like_the_word_export(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    export(library, ExportOptions(format="md", title="金句 #1", selection=Selection(tags=("金句",))), out)
    text = out.read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line]
    assert lines[0] == "# 金句 #1"
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# 金句 #1",
        "## 金句",
        "### 在全市工作会议上的讲话",
        "### 青年干部座谈会发言",
        "## 金句/排比",
        "### 在全市工作会议上的讲话",
    ]
    assert f"> {P1}" in lines
    assert lines.index(f"> {P3}") + 2 == lines.index(f"> {P4}")  # one quote, two paragraphs
    assert f"——《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月 · {H1}" in lines
    assert "**批注：** 可作开头" in lines
    assert "**批注：** 跨段批注。  " in lines  # control characters gone, a hard line break kept
    assert "\x00" not in text and "\x0b" not in text
    assert text.index(P1) < text.index(P3) < text.index("青年干部要在实践中增长本领") < text.index(P2)


def test_markdown_escapes_syntax_in_quotes() -> None:
    from desktop.core.export.markdown import escape

    assert escape("# 不是标题") == "\\# 不是标题"
    assert escape("*强调*与[链接]") == "\\*强调\\*与\\[链接\\]"
    assert escape("1. 不是列表") == "1\\. 不是列表"


def test_csv_has_a_bom_and_one_row_per_mark(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export(library, ExportOptions(format="csv", grouping="tag"), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8  # the mark under two tags is one row
    assert list(rows[0]) == [
        "编号",
        "摘录",
        "汇编",
        "讲话",
        "讲话人",
        "场合",
        "日期",
        "小标题",
        "标签",
        "批注",
        "状态",
        "颜色",
        "讲话ID",
        "起",
        "止",
        "创建时间",
        "修改时间",
    ]
    assert [r["摘录"] for r in rows[:5]] == ["今天我们召开全市工作会议。", P1, P2, P3 + "\n" + P4, P4]
    first = rows[1]
    assert (first["汇编"], first["讲话"], first["讲话人"], first["小标题"]) == (
        "甲汇编",
        "在全市工作会议上的讲话",
        "张三",
        H1,
    )
    assert (first["标签"], first["批注"], first["状态"]) == ("金句", "可作开头", "入选")
    assert rows[3]["标签"] == "方法; 金句"
    assert rows[3]["批注"] == "跨段批注。\n第二行"
    assert rows[5]["摘录"] == "基层治理面临新情况。"
    assert rows[0]["小标题"] == ""


def test_csv_columns_follow_fields(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export(library, ExportOptions(format="csv", fields=Fields(citation=False, note=False, rating=True)), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert "汇编" not in header and "批注" not in header
    assert "小标题" in header and "评分" in header


def test_json_carries_every_field_and_the_grouping(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    export(library, ExportOptions(format="json", grouping="tag", fields=Fields(note=False)), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["huidu_export"] == 1 and data["grouping"] == "tag" and data["count"] == 8
    marks = {m["uuid"]: m for m in data["marks"]}
    spanning = next(m for m in data["marks"] if m["quote"] == P3 + "\n" + P4)
    assert spanning["note"] == "跨段\x0b批注\x00。\n第二行"  # JSON keeps the data exactly (escaped)
    assert spanning["tags"] == ["方法", "金句"]
    assert spanning["citation"]["heading"] == "二、重点任务"
    assert spanning["citation"]["speaker"] == "张三"
    assert {
        "uuid",
        "speech_id",
        "start",
        "end",
        "color",
        "state",
        "state_label",
        "rating",
        "created_at",
    } <= set(spanning)
    golden = data["groups"][0]
    assert golden["title"] == "金句" and golden["key"] == "tag:金句"
    assert [marks[u]["quote"] for u in golden["groups"][0]["marks"]] == [P1, P3 + "\n" + P4]
    assert data["groups"][-1]["key"] == "untagged"
