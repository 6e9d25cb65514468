"""``huidu`` speaks the chosen language in errors, warnings and summaries; its JSON never changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.speeches import blank_separated

ROOT = Path(__file__).resolve().parents[2]


def huidu(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"HUIDU_LANG", "LANGUAGE", "LC_ALL"}}
    env.update({"LANG": "C.UTF-8", "HUIDU_SETTINGS": os.devnull, "PYTHONIOENCODING": "utf-8"})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_a_file_error_is_one_line_in_the_chosen_language(tmp_path: Path) -> None:
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    zh = huidu("--lang", "zh_CN", "parse", str(empty))
    assert zh.returncode == 1
    assert zh.stderr.splitlines() == ["huidu: 空文件.txt：文件是空的"]
    en = huidu("--lang", "en", "parse", str(empty))
    assert en.returncode == 1
    assert en.stderr.splitlines() == ["huidu: 空文件.txt: the file is empty"]


def test_nested_reasons_are_translated_too(tmp_path: Path) -> None:
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    zh = huidu("--lang", "zh_CN", "parse", str(picture))
    assert zh.returncode == 1
    assert zh.stderr.strip() == "huidu: picture.txt：看起来是二进制文件（PNG 图片），不是文本"


def test_warnings_are_translated_in_the_tree_but_not_in_json(tmp_path: Path) -> None:
    path = tmp_path / "汇编.txt"
    text = blank_separated(["踔厉奋发勇毅前行", "不负韶华砥砺前行"], heading="青年干部交流发言汇编（3篇）")
    path.write_text(text, encoding="utf-8")
    zh = huidu("--lang", "zh_CN", "parse", str(path))
    assert zh.returncode == 0, zh.stderr
    assert "警告：标称 3 篇讲话，识别出 2 篇" in zh.stdout
    en = huidu("--lang", "en", "parse", str(path))
    assert "warning: declared 3 speeches, found 2" in en.stdout

    zh_json = huidu("--lang", "zh_CN", "parse", "--json", str(path))
    en_json = huidu("--lang", "en", "parse", "--json", str(path))
    assert zh_json.returncode == en_json.returncode == 0
    assert zh_json.stdout == en_json.stdout
    assert json.loads(zh_json.stdout)["warnings"] == ["declared 3 speeches, found 2"]


def test_library_commands_speak_the_language_and_keep_json_english(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite3")
    broken = tmp_path / "坏.txt"
    broken.write_bytes(bytes(range(256)) * 8)

    zh = huidu("--lang", "zh_CN", "import", str(broken), "--library", library)
    assert zh.returncode == 1
    assert "跳过 0 个重复文件；1 个失败。" in zh.stdout
    assert "失败：" in zh.stdout and "坏.txt：看起来是二进制文件，不是文本" in zh.stdout

    zh_json = huidu("--lang", "zh_CN", "import", str(broken), "--library", library, "--json")
    en_json = huidu("--lang", "en", "import", str(broken), "--library", library, "--json")
    assert zh_json.stdout == en_json.stdout
    assert json.loads(zh_json.stdout)[0]["error"] == "坏.txt: looks like a binary file, not text"

    missing = huidu("--lang", "zh_CN", "speech", "99", "--library", library)
    assert missing.returncode == 1 and missing.stderr.strip() == "huidu: 没有 id 为 99 的讲话。"
    assert huidu("--lang", "en", "speech", "99", "--library", library).stderr.strip() == (
        "huidu: There is no speech with id 99."
    )
