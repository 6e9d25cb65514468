"""``huidu parse`` end to end, as a user's script would run it (a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.speeches import numbered_series

ROOT = Path(__file__).resolve().parents[2]


def huidu(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_parse_json_shape(tmp_path: Path) -> None:
    path = tmp_path / "青年干部交流发言.txt"
    path.write_text(numbered_series(2), encoding="gb18030")
    result = huidu("parse", "--json", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert set(data) == {
        "source",
        "format",
        "encoding",
        "title",
        "declared_count",
        "warnings",
        "removed",
        "speeches",
    }
    assert data["format"] == "txt" and data["encoding"] == "gb18030"
    assert [s["title"] for s in data["speeches"]] == ["青年干部座谈会交流发言1", "青年干部座谈会交流发言2"]
    speech = data["speeches"][0]
    assert set(speech) == {"title", "text", "meta", "outline", "placeholders", "span"}
    assert set(speech["outline"][0]) == {"level", "text", "offset"}


def test_output_is_utf8_even_on_a_gbk_console(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(numbered_series(2).replace("交流发言", "交流發言㐀"), encoding="utf-8")
    result = huidu("parse", str(path), env={"PYTHONIOENCODING": "gbk"})
    assert result.returncode == 0, result.stderr
    assert "交流發言㐀1" in result.stdout.decode("utf-8")


def test_unreadable_files_give_one_clear_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a zip")
    for path in (empty, binary, broken, tmp_path / "missing.txt"):
        result = huidu("parse", str(path))
        assert result.returncode == 1
        message = result.stderr.decode("utf-8")
        assert path.name in message
        assert "Traceback" not in message
        assert len(message.strip().splitlines()) == 1


def test_plain_output_is_a_readable_tree(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(numbered_series(2), encoding="utf-8")
    out = huidu("parse", str(path)).stdout.decode("utf-8")
    assert "  1. 青年干部座谈会交流发言1" in out
    assert "一是坚持学思结合，筑牢思想根基。" in out
