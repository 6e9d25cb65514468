"""Bytes → str for plain-text files, Chinese-first.

Detection runs from the most certain evidence to the least, and stops at the first answer:

1. a byte-order mark (UTF-32 before UTF-16, since FF FE 00 00 also starts with FF FE);
2. NUL bytes, which never occur in UTF-8 or GB/Big5 text: either UTF-16 without a BOM (ASCII
   characters put a zero byte at every other position) or a binary file. Both byte orders are tried;
   the one that gives plausible text (nearly all ASCII/CJK, with the normal share of very common
   hanzi) wins — this also tells LE from BE for pure-Chinese text, where zero-byte parity does not;
3. strict UTF-8, the modern default, which practically never validates by accident — except for a
   few GBK characters in a short file ("通知" is valid UTF-8: "֪ͨ"). So UTF-8 made only of two-byte
   non-Latin letters (Greek, Hebrew, combining marks…) yields to GB18030 if that gives pure CJK;
4. GB18030 and Big5 (cp950 = Big5 + Microsoft's extensions). Big5 bytes nearly always also decode
   as GB18030, so when both succeed the text with more *very common* hanzi wins (the wrong codec gives a
   scatter of rare characters); ties go to GB18030, the mainland default and superset of GBK/GB2312.
   The same contest admits decodings with at most 0.5% bad bytes (a truncated download, one damaged
   character) — including UTF-8 — as long as they contain common hanzi, and strict UTF-16 that looks
   plausible (pure-Chinese UTF-16 without BOM has no NUL bytes, so step 2 does not see it);
5. charset-normalizer as the last guesser.

A result must still look like text (few control/unassigned characters), otherwise the file is binary.
Encoding names are reported normalised ("utf-8", "utf-8-sig", "utf-16-le", "gb18030", "big5", …).
This module knows nothing about paths: it raises ``NotTextError`` and the caller adds the file name.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from desktop.core import notices
from desktop.core.formats.common_hanzi import common_hanzi_count
from desktop.core.notices import notice


class NotTextError(ValueError):
    """The bytes could not be decoded as text; ``reason`` is one sentence for the user (a ``Notice``)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


BINARY_REASON = notices.BINARY_FILE


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 256 * 1024  # bytes/characters looked at for statistics (decoding always uses everything)
_MAX_BAD_SHARE = 0.02  # control/unassigned characters tolerated in real text
_MAX_REPLACED_SHARE = 0.005  # undecodable bytes tolerated in the lenient pass
# cp950 = Big5 + Microsoft's extensions; UTF-8 here only ever with some bad bytes (strict came earlier)
_CONTESTANTS = ("gb18030", "big5", "cp950", "utf-8", "utf-16-le", "utf-16-be")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a\x1b")  # \x1a: DOS end-of-file, \x1b: ANSI colour codes


def normalise_encoding_name(name: str) -> str:
    """Python's canonical codec name ("UTF8" → "utf-8", "cp936" → "gbk"); raises ``LookupError``."""
    return codecs.lookup(name).name


def decode_explicit(data: bytes, encoding: str) -> Decoded:
    """Decode with the encoding the user chose; a wrong choice is an error, never a silent mess."""
    try:
        name = normalise_encoding_name(encoding)
    except LookupError as exc:
        raise NotTextError(notice(notices.UNKNOWN_ENCODING, encoding=encoding)) from exc
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        byte = f"{data[exc.start]:02x}"
        raise NotTextError(notice(notices.CANNOT_DECODE, encoding=name, byte=byte, offset=exc.start)) from exc
    if not looks_like_text(text):
        raise NotTextError(notice(notices.DECODED_NOT_TEXT, encoding=name))
    return Decoded(text, name)


def detect(data: bytes) -> Decoded:
    """Guess the encoding of ``data`` (see the module docstring for the order) and decode it."""
    for attempt in (_by_bom, _by_nul_bytes, _strict_utf8, _chinese_codecs, _charset_normalizer):
        found = attempt(data)
        if found is not None and looks_like_text(found.text):
            return found
    raise NotTextError(notice(BINARY_REASON))


def looks_like_text(text: str) -> bool:
    """Few enough control, private-use, unassigned or replacement characters to be real text."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    bad = sum(1 for ch in sample if _is_bad_char(ch))
    return bad <= len(sample) * _MAX_BAD_SHARE


def _is_bad_char(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    if ch < " " or "\x7f" <= ch <= "\x9f":
        return ch not in _TEXT_CONTROLS
    if ch < "\u3000":  # fast path: Latin, punctuation, etc.
        return False
    return unicodedata.category(ch) in ("Cs", "Co", "Cn")


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _by_bom(data: bytes) -> Decoded | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec)
            if text is not None:
                return Decoded(text, codec)
    return None


def _by_nul_bytes(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM, or — if NUL bytes are present and it is not UTF-16 — binary."""
    if b"\x00" not in data[:_SAMPLE]:
        return None
    if len(data) % 2 == 0:
        candidates = []
        for codec in ("utf-16-le", "utf-16-be"):
            text = _strict(data, codec)
            if text is not None and "\x00" not in text and _plausible_utf16(text[:_SAMPLE]):
                candidates.append(Decoded(text, codec))
        if candidates:
            return max(candidates, key=lambda d: common_hanzi_count(d.text[:_SAMPLE]))
    raise NotTextError(notice(BINARY_REASON))


def _plausible_utf16(text: str) -> bool:
    """Nearly all ASCII/CJK, and hanzi (if any) with the usual share of very common ones.

    Any even-length bytes decode as UTF-16 into *some* characters, mostly spread over the whole BMP;
    real text stays in a few blocks, and real Chinese uses the most frequent hanzi all the time.
    """
    if not text:
        return False
    hanzi = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    usual = hanzi + sum(
        1
        for ch in text
        if " " <= ch <= "~" or ch in "\t\n\r" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
    )
    if usual < 0.9 * len(text):
        return False
    return hanzi == 0 or common_hanzi_count(text) >= 0.1 * hanzi


def _strict_utf8(data: bytes) -> Decoded | None:
    text = _strict(data, "utf-8")
    if text is None:
        return None
    if _is_accidental_utf8(text):
        gb = _strict(data, "gb18030")
        if gb is not None and all(_is_cjk(ch) for ch in gb if not ch.isascii()):
            return Decoded(gb, "gb18030")
    return Decoded(text, "utf-8")


def _is_accidental_utf8(text: str) -> bool:
    """Non-ASCII, all of it two-byte non-Latin UTF-8 (Greek, Hebrew, combining marks …): the shape of a
    few GBK characters that happen to be valid UTF-8 — the classic "联通" trap of short files."""
    if text.isascii():
        return False
    return all(ch.isascii() or "\u0250" <= ch <= "\u07ff" for ch in text)  # stops at the first hanzi


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def _chinese_codecs(data: bytes) -> Decoded | None:
    """GB18030 vs Big5 (vs UTF-8 with a few bad bytes, vs UTF-16 without NULs): the decoding richest
    in common hanzi wins.

    A lenient decoding (some bytes replaced) only counts if it yields common hanzi at all, so that a
    Latin-1 file falls through to charset-normalizer instead of becoming GB18030 with holes. UTF-16 is
    here for pure-Chinese text without a BOM (no ASCII, hence no NUL bytes); it must decode strictly
    and look plausible, since any even number of bytes decodes to *something* in UTF-16.
    """
    limit = max(1, int(len(data) * _MAX_REPLACED_SHARE))
    best: Decoded | None = None
    best_key: tuple[int, int, int] | None = None
    for rank, codec in enumerate(_CONTESTANTS):  # earlier wins ties
        if codec.startswith("utf-16"):
            strict = _strict(data, codec) if len(data) % 2 == 0 else None
            if strict is None or not _plausible_utf16(strict[:_SAMPLE]):
                continue
            text = strict
        else:
            text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad > limit:
            continue
        common = common_hanzi_count(text[:_SAMPLE])
        if bad and not common:
            continue
        key = (common, -bad, -rank)
        if best_key is None or key > best_key:
            best, best_key = Decoded(text, codec), key
    return best


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # the last resort: imported only when needed

    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        name = normalise_encoding_name(best.encoding)
    except LookupError:
        name = best.encoding
    return Decoded(str(best), name)
