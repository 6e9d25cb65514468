"""PDF files built with reportlab: text layer in page order, furniture dropped and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import UnreadableFileError
from desktop.core.formats import read_file
from tests.core.fixtures_formats import SPEECH_BODY, SPEECH_TITLE, write_pdf, write_picture_pdf

HEADER = "全市春季植树工作会议材料汇编"
PAGES = [
    [SPEECH_TITLE, *SPEECH_BODY[:2]],
    list(SPEECH_BODY[2:4]),
    list(SPEECH_BODY[4:6]),
    [SPEECH_BODY[6]],
]


def test_pages_in_order_with_furniture_dropped_and_recorded(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "讲话汇编.pdf", PAGES, header=HEADER, footer="- {n} -")
    source = read_file(path)
    assert source.text.split("\n") == [line for page in PAGES for line in page]
    assert (source.format, source.encoding, source.name) == ("pdf", None, "讲话汇编")
    assert source.title_lines == frozenset()

    headers = [r for r in source.removed if r.reason == "running-header"]
    numbers = [r for r in source.removed if r.reason == "page-number"]
    assert [r.text.strip() for r in headers] == [HEADER] * 4
    assert [r.text.strip() for r in numbers] == ["- 1 -", "- 2 -", "- 3 -", "- 4 -"]
    # each removal sits, as an empty span, where its line was: before page n's first line / at the end
    page_starts = []
    offset = 0
    for page in PAGES:
        page_starts.append(offset)
        offset += sum(len(line) + 1 for line in page)
    assert [r.span for r in headers] == [(start, start) for start in page_starts]
    assert [r.span for r in numbers] == [(start, start) for start in [*page_starts[1:], len(source.text)]]
    for removal in source.removed:
        start, end = removal.span
        assert start == end and (start == 0 or source.text[start - 1] == "\n" or start == len(source.text))


@pytest.mark.parametrize("footer", ["第 {n} 页", "— {n} —", "{n}", "Page {n}", "{n} / 4"])
def test_page_number_styles(tmp_path: Path, footer: str) -> None:
    source = read_file(write_pdf(tmp_path / "页码.pdf", PAGES, footer=footer))
    assert source.text.split("\n") == [line for page in PAGES for line in page]
    assert [r.reason for r in source.removed] == ["page-number"] * 4


def test_bare_numbers_with_offset(tmp_path: Path) -> None:
    source = read_file(write_pdf(tmp_path / "续页.pdf", PAGES, footer="{n}0"))  # 10, 20 …: no offset fits
    assert source.removed == ()
    shifted = [[f"{n + 11}", *page] for n, page in enumerate(PAGES, start=1)]  # pages start at 12
    source = read_file(write_pdf(tmp_path / "偏移.pdf", shifted, footer=None))
    assert [r.text for r in source.removed] == ["12", "13", "14", "15"]


def test_few_pages_keep_their_first_lines(tmp_path: Path) -> None:
    # A repeated first line on 2 pages is not enough evidence for a running header.
    source = read_file(write_pdf(tmp_path / "两页.pdf", PAGES[:2], header=HEADER, footer=None))
    assert source.text.split("\n")[0] == HEADER
    assert source.removed == ()


def test_no_text_layer(tmp_path: Path) -> None:
    path = write_picture_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(UnreadableFileError, match=r"has no text layer \(a scanned PDF\?\)"):
        read_file(path)


def test_only_page_numbers_is_still_a_scan(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "只有页码.pdf", [[], [], []], footer="- {n} -")
    with pytest.raises(UnreadableFileError, match="has no text layer"):
        read_file(path)


def test_corrupt_pdf(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "完整.pdf", PAGES).read_bytes()
    path = tmp_path / "损坏.pdf"
    path.write_bytes(whole[:200])
    with pytest.raises(UnreadableFileError, match=r"损坏\.pdf: is not a valid PDF file"):
        read_file(path)


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "假的.pdf"
    path.write_text("同志们：今天开会。", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="has no PDF header"):
        read_file(path)


def test_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "明文.pdf", PAGES)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="mima", owner_password="mima", algorithm="RC4-128")
    path = tmp_path / "加密.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UnreadableFileError, match="protected by a password"):
        read_file(path)


def test_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "明文.pdf", PAGES)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "限制打印.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert read_file(path).text.split("\n")[0] == SPEECH_TITLE


def test_a_page_that_fails_is_recorded_not_lost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    path = write_pdf(tmp_path / "坏页.pdf", PAGES, footer=None)
    original = PageObject.extract_text
    calls = iter(range(100))

    def flaky(self: PageObject, *args: object, **kwargs: object) -> str:
        if next(calls) == 1:
            raise ValueError("damaged content stream")
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    source = read_file(path)
    assert source.text.split("\n") == [*PAGES[0], *PAGES[2], *PAGES[3]]
    (removal,) = source.removed
    assert removal.reason == "unreadable-page"
    assert "page 2" in removal.text and "damaged content stream" in removal.text
    offset = sum(len(line) + 1 for line in PAGES[0])
    assert removal.span == (offset, offset)
