"""The dispatcher: extensions, sniffing by content, file-system errors, the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

from desktop.core.errors import UnreadableFileError
from desktop.core.formats import SUPPORTED_SUFFIXES, files, read_file
from tests.core.fixtures_formats import SPEECH, SPEECH_BODY, SPEECH_TITLE, write_pdf


def write_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading(SPEECH_TITLE, level=1)
    for line in SPEECH_BODY:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_supported_suffixes() -> None:
    assert {".txt", ".text", ".md", ".docx", ".pdf"} == set(SUPPORTED_SUFFIXES)


def test_path_may_be_a_string(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    source = read_file(str(path))
    assert (source.text, source.source, source.name) == (SPEECH, str(path), "讲话")


def test_docx_suffix_is_case_insensitive(tmp_path: Path) -> None:
    source = read_file(write_docx(tmp_path / "讲话.DOCX"))
    assert (source.format, source.name, source.title_lines) == ("docx", "讲话", frozenset({0}))


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "讲话.txt", [[SPEECH_TITLE, *SPEECH_BODY]], footer=None)
    source = read_file(path)
    assert (source.format, source.encoding, source.name) == ("pdf", None, "讲话")
    assert source.text.split("\n")[0] == SPEECH_TITLE


def test_docx_named_txt_or_pdf_is_read_as_docx(tmp_path: Path) -> None:
    for name in ("讲话.txt", "讲话.pdf"):
        source = read_file(write_docx(tmp_path / name))
        assert source.format == "docx"
        assert source.text == SPEECH


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("讲话.doc", r"\.doc files are not supported; save it as \.docx or \.txt"),
        ("表格.xlsx", r"\.xlsx files are not supported; Huidu reads \.txt, \.md, \.docx and \.pdf files"),
        ("照片.JPG", r"\.jpg files are not supported; Huidu cannot read images of text"),
    ],
)
def test_unsupported_extensions(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(SPEECH.encode("utf-8"))
    with pytest.raises(UnreadableFileError, match=message):
        read_file(path)


@pytest.mark.parametrize("name", ["讲话", "王某某同志在2024.3.5会议上的讲话", "会议纪要.1号"])
def test_names_without_a_real_extension_are_sniffed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(SPEECH.encode("gb18030"))
    source = read_file(path)
    assert (source.format, source.encoding, source.name) == ("txt", "gb18030", name)
    assert read_file(write_docx(tmp_path / (name + "（副本）"))).format == "docx"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"不存在\.txt: the file does not exist"):
        read_file(tmp_path / "不存在.txt")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "文件夹.txt"
    folder.mkdir()
    with pytest.raises(UnreadableFileError, match="is a folder, not a file"):
        read_file(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "受限.txt"
    path.write_text(SPEECH, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError, match="permission denied"):
            read_file(path)
    finally:
        path.chmod(0o600)


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "巨大.txt"
    path.write_text(SPEECH, encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 16)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read despite the size limit"))
    with pytest.raises(UnreadableFileError, match=r"the file is too large .*Huidu reads files up to"):
        read_file(path)


def test_default_size_limit() -> None:
    assert files.MAX_FILE_BYTES == 200 * 1024 * 1024


def test_unreadable_error_keeps_the_path(tmp_path: Path) -> None:
    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFileError) as info:
        read_file(path)
    assert info.value.path == path
    assert info.value.reason == "the file is empty"


def test_permission_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Works as root too, where chmod 0 does not stop reads.
    path = tmp_path / "受限.txt"
    path.write_text(SPEECH, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UnreadableFileError, match=r"受限\.txt: permission denied"):
        read_file(path)
