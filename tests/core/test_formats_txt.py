"""Text files through ``read_file``: encodings, line breaks, empty and binary files."""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import UnreadableFileError
from desktop.core.formats import read_file
from tests.core.fixtures_formats import SPEECH, TRADITIONAL_SPEECH


def write(tmp_path: Path, data: bytes, name: str = "讲话汇编.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (SPEECH.encode("utf-8"), "utf-8", SPEECH),
        (codecs.BOM_UTF8 + SPEECH.encode("utf-8"), "utf-8-sig", SPEECH),
        (codecs.BOM_UTF16_LE + SPEECH.encode("utf-16-le"), "utf-16-le", SPEECH),
        (codecs.BOM_UTF16_BE + SPEECH.encode("utf-16-be"), "utf-16-be", SPEECH),
        (SPEECH.encode("utf-16-le"), "utf-16-le", SPEECH),
        (SPEECH.encode("gbk"), "gb18030", SPEECH),
        ((SPEECH + "\n㐀与𠀀").encode("gb18030"), "gb18030", SPEECH + "\n㐀与𠀀"),
        (TRADITIONAL_SPEECH.encode("big5"), "big5", TRADITIONAL_SPEECH),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "gbk", "gb18030", "big5"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str, expected: str) -> None:
    source = read_file(write(tmp_path, data))
    assert source.encoding == encoding
    assert source.text == expected
    assert not source.text.startswith("\ufeff")
    assert (source.format, source.name) == ("txt", "讲话汇编")
    assert source.source == str(tmp_path / "讲话汇编.txt")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_breaks_become_lf(tmp_path: Path, newline: str) -> None:
    path = write(tmp_path, SPEECH.replace("\n", newline).encode("gbk"))
    assert read_file(path).text == SPEECH


def test_mixed_line_breaks(tmp_path: Path) -> None:
    path = write(tmp_path, "第一行\r\n第二行\r第三行\n第四行".encode())
    assert read_file(path).text == "第一行\n第二行\n第三行\n第四行"


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, SPEECH.encode("gbk"))
    assert read_file(path).encoding == "gb18030"
    forced = read_file(path, encoding="GB2312")
    assert (forced.encoding, forced.text) == ("gb2312", SPEECH)
    big5 = write(tmp_path, TRADITIONAL_SPEECH.encode("big5"), name="繁體.txt")
    assert read_file(big5, encoding="cp950").encoding == "cp950"


def test_explicit_encoding_giving_garbage_is_refused(tmp_path: Path) -> None:
    # Big5 bytes decode as GB18030 without error, but into private-use characters: tell the user.
    path = write(tmp_path, TRADITIONAL_SPEECH.encode("big5"))
    with pytest.raises(UnreadableFileError, match="as gb18030 does not give readable text"):
        read_file(path, encoding="gb18030")


def test_explicit_utf8_strips_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path, codecs.BOM_UTF8 + SPEECH.encode("utf-8"))
    assert read_file(path, encoding="utf-8").text == SPEECH


def test_wrong_explicit_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, SPEECH.encode("gbk"))
    with pytest.raises(UnreadableFileError, match=r"讲话汇编\.txt: .*cannot be decoded as utf-8"):
        read_file(path, encoding="utf-8")


def test_unknown_explicit_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, SPEECH.encode("utf-8"))
    with pytest.raises(UnreadableFileError, match="not a known text encoding"):
        read_file(path, encoding="no-such-codec")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \r\n\t\n",
        "\u3000\u3000\n".encode(),
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
    ],
    ids=["empty", "whitespace", "ideographic-space", "bom-only", "utf16-whitespace"],
)
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnreadableFileError, match="the file is empty"):
        read_file(write(tmp_path, data))


def test_png_named_txt(tmp_path: Path) -> None:
    rng = random.Random(3)
    data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000))
    with pytest.raises(UnreadableFileError, match=r"binary file \(a PNG image\), not text"):
        read_file(write(tmp_path, data))


def test_random_bytes_named_txt(tmp_path: Path) -> None:
    rng = random.Random(5)
    data = bytes(rng.randrange(1, 256) for _ in range(3000))  # no NUL: only the byte soup check catches it
    with pytest.raises(UnreadableFileError, match="looks like a binary file, not text"):
        read_file(write(tmp_path, data))


def test_nul_bytes_in_gb_text(tmp_path: Path) -> None:
    data = SPEECH.encode("gbk") + b"\x00\x00\x01" + SPEECH.encode("gbk")
    with pytest.raises(UnreadableFileError, match="binary"):
        read_file(write(tmp_path, data))


def test_zip_named_txt(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("讲话.txt", SPEECH)
    with pytest.raises(UnreadableFileError, match=r"binary file \(a ZIP archive\)"):
        read_file(write(tmp_path, buffer.getvalue()))


def test_elf_named_txt(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="ELF"):
        read_file(write(tmp_path, b"\x7fELF\x02\x01\x01" + b"\x00" * 100))


@pytest.mark.parametrize("suffix", [".text", ".md", ".TXT"])
def test_other_text_suffixes(tmp_path: Path, suffix: str) -> None:
    source = read_file(write(tmp_path, SPEECH.encode("utf-8"), name="讲话" + suffix))
    assert (source.format, source.text, source.name) == ("txt", SPEECH, "讲话")
