"""Encoding detection on bytes (no files): the Chinese-first order and the GB18030/Big5 contest."""

from __future__ import annotations

import codecs
import random

import pytest

from desktop.core.formats.common_hanzi import COMMON_HANZI, common_hanzi_count
from desktop.core.formats.encoding import Decoded, NotTextError, decode_explicit, detect, looks_like_text
from tests.core.fixtures_formats import SPEECH, TRADITIONAL_SPEECH


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + SPEECH.encode("utf-8"), "utf-8-sig"),
        (SPEECH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SPEECH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SPEECH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SPEECH.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + SPEECH.encode("utf-32-be"), "utf-32-be"),
        (SPEECH.encode("utf-16-le"), "utf-16-le"),
        (SPEECH.encode("utf-16-be"), "utf-16-be"),
        (SPEECH.encode("gbk"), "gb18030"),
        (TRADITIONAL_SPEECH.encode("big5"), "big5"),
    ],
)
def test_detects_encoding(data: bytes, encoding: str) -> None:
    decoded = detect(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") in (SPEECH, TRADITIONAL_SPEECH)


def test_gb18030_four_byte_characters() -> None:
    text = "㐀字与𠀀字都在GB18030里。" + SPEECH
    data = text.encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    decoded = detect(data)
    assert (decoded.encoding, decoded.text) == ("gb18030", text)


def test_traditional_text_stored_as_gb18030_stays_gb18030() -> None:
    decoded = detect(TRADITIONAL_SPEECH.encode("gb18030"))
    assert (decoded.encoding, decoded.text) == ("gb18030", TRADITIONAL_SPEECH)


def test_big5_bytes_also_decode_as_gb18030_but_lose_the_contest() -> None:
    data = TRADITIONAL_SPEECH.encode("big5")
    wrong = data.decode("gb18030")  # succeeds, but is a scatter of rare characters
    assert common_hanzi_count(wrong) < common_hanzi_count(TRADITIONAL_SPEECH) / 4
    assert detect(data).encoding == "big5"


def test_truncated_utf8_is_still_utf8() -> None:
    data = (SPEECH * 3).encode("utf-8")[:-1]  # cut inside the last character
    decoded = detect(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("\ufffd")


def test_gbk_with_one_damaged_byte_is_gb18030() -> None:
    data = bytearray((SPEECH * 3).encode("gbk"))
    data[10] = 0xFF
    assert detect(bytes(data)).encoding == "gb18030"


def test_nul_bytes_in_non_utf16_data_mean_binary() -> None:
    with pytest.raises(NotTextError, match="binary"):
        detect(b"abc\x00\x01\x02\x03" * 3 + b"x")


def test_random_bytes_are_binary() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(NotTextError, match="binary"):
        detect(data)


def test_control_character_soup_is_binary() -> None:
    with pytest.raises(NotTextError, match="binary"):
        detect(bytes(range(1, 32)) * 20)


def test_explicit_encoding_overrides_detection() -> None:
    data = SPEECH.encode("gbk")
    decoded = decode_explicit(data, "GBK")
    assert (decoded.encoding, decoded.text) == ("gbk", SPEECH)


def test_wrong_explicit_encoding_names_the_encoding() -> None:
    with pytest.raises(NotTextError, match="utf-8") as info:
        decode_explicit(SPEECH.encode("gbk"), "utf8")
    assert "offset" in info.value.reason


def test_unknown_explicit_encoding() -> None:
    with pytest.raises(NotTextError, match="not a known text encoding"):
        decode_explicit(b"abc", "klingon-8")


def test_explicit_encoding_that_yields_control_characters_is_refused() -> None:
    with pytest.raises(NotTextError, match="readable text"):
        decode_explicit(SPEECH.encode("utf-16-le"), "latin-1")


def test_common_hanzi_table_is_chinese_only() -> None:
    assert len(COMMON_HANZI) > 200
    assert all("\u4e00" <= ch <= "\u9fff" for ch in COMMON_HANZI)


def test_looks_like_text_tolerates_a_few_controls() -> None:
    assert looks_like_text("正文" * 100 + "\x1b[0m")
    assert not looks_like_text("\x01\x02\x03正文")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_pure_chinese_utf16_without_bom_or_ascii(codec: str) -> None:
    text = SPEECH.replace("\n", "")  # no ASCII at all: no NUL bytes unless a U+xx00 character occurs
    for sample in (text, "一" + text):  # "一" is U+4E00: its low byte is NUL
        decoded = detect(sample.encode(codec))
        assert (decoded.encoding, decoded.text) == (codec, sample)


def test_english_utf16_without_bom() -> None:
    text = "Speech at the spring tree-planting meeting.\nThank you all.\n"
    assert detect(text.encode("utf-16-le")) == detect(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))


@pytest.mark.parametrize("word", ["通知", "党委", "通知明天"])
def test_short_gbk_that_happens_to_be_valid_utf8(word: str) -> None:
    data = word.encode("gbk")
    decoded = detect(data)
    assert (decoded.encoding, decoded.text) == ("gb18030", word)


@pytest.mark.parametrize("text", ["Café déjà vu", "“quoted” — text", "Ελληνικά και 中文"])
def test_real_utf8_without_chinese_stays_utf8(text: str) -> None:
    assert detect(text.encode("utf-8")) == Decoded(text, "utf-8")
