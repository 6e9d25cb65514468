"""Core's messages as ``Notice``s: English as stored, translated by template when shown."""

from __future__ import annotations

import ast
import json
import pickle
import string
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop import i18n
from desktop.core import notices
from desktop.core.errors import HuiduError, UnreadableFileError
from desktop.core.formats import read_file
from desktop.core.notices import (
    TEMPLATES,
    Notice,
    localise,
    localised_message,
    match,
    notice,
)
from desktop.core.parse import parse_text
from desktop.core.store.errors import UnknownSpeechError, UnknownTagError
from tests.core.speeches import blank_separated, numbered_series, with_toc

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "i18n" / "huidu_zh_CN.ts"

FAKE = {
    notices.FILE_REASON: "{name}：{reason}",
    notices.FILE_EMPTY: "文件是空的",
    notices.BINARY_FILE_OF_KIND: "看起来是二进制文件（{kind}），不是文本",
    notices.KIND_PNG: "PNG 图片",
    notices.DECLARED_FOUND: "标称 {declared} 篇讲话，识别出 {found} 篇",
}


def fake_translate(context: str, text: str) -> str:
    return FAKE.get(text, text) if context == "core" else text


def zh_translate() -> i18n.Translator:
    return i18n.Translator.load("zh_CN", ROOT / "i18n")


def fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


# --- the Notice ---------------------------------------------------------------------------------


def test_a_notice_is_its_english_text_and_remembers_how_it_was_made() -> None:
    reason = notice(notices.FILE_EMPTY)
    message = notice(notices.FILE_REASON, name="讲话.txt", reason=reason)
    assert message == "讲话.txt: the file is empty"
    assert isinstance(message, str)
    assert type(str(message)) is str and str(message) == "讲话.txt: the file is empty"
    assert message.template == notices.FILE_REASON
    assert message.values == {"name": "讲话.txt", "reason": reason}
    assert json.dumps([message], ensure_ascii=False) == '["讲话.txt: the file is empty"]'
    by_text: dict[str, int] = {message: 1}
    assert by_text["讲话.txt: the file is empty"] == 1  # hashes like its text


def test_a_notice_survives_pickling_with_its_template() -> None:
    message = notice(notices.DECLARED_FOUND, declared=5, found=4)
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and isinstance(copy, Notice)
    assert copy.template == notices.DECLARED_FOUND and copy.values == {"declared": 5, "found": 4}


def test_templates_are_registered_once_in_the_core_context() -> None:
    assert len(TEMPLATES) == len(set(TEMPLATES)) > 50
    assert notices.FILE_REASON in TEMPLATES and notices.KIND_SQLITE in TEMPLATES
    with pytest.raises(ValueError, match="context"):
        notices.QT_TRANSLATE_NOOP("cli", "not a core template")
    assert "not a core template" not in TEMPLATES


# --- translating --------------------------------------------------------------------------------


def test_localise_translates_by_template_and_nested_notices_too() -> None:
    kind = notice(notices.KIND_PNG)
    reason = notice(notices.BINARY_FILE_OF_KIND, kind=kind)
    message = notice(notices.FILE_REASON, name="picture.txt", reason=reason)
    assert localise(message, fake_translate) == "picture.txt：看起来是二进制文件（PNG 图片），不是文本"
    assert str(message) == "picture.txt: looks like a binary file (a PNG image), not text"
    assert localise(message, lambda context, text: text) == str(message)  # English: unchanged


def test_a_translation_that_breaks_a_placeholder_falls_back_to_english() -> None:
    def broken(context: str, text: str) -> str:
        return "标称 {declared} 篇，识别出 {missing} 篇" if text == notices.DECLARED_FOUND else text

    message = notice(notices.DECLARED_FOUND, declared=5, found=4)
    assert localise(message, broken) == "declared 5 speeches, found 4"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            blank_separated(["踔厉奋发勇毅前行", "不负韶华砥砺前行"], heading="青年干部交流发言汇编（3篇）"),
            "标称 3 篇讲话，识别出 2 篇",
        ),
        ("\n \n", "没有找到讲话正文"),
        ("这是一段很长的前言。" * 12 + "\n" + numbered_series(2), "字不属于任何讲话"),
        (
            with_toc(["在全市挂职干部座谈会上的讲话", "在全区青年干部培训班上的讲话"]).replace(
                "\n在全区青年干部培训班上的讲话\n", "\n在全区青年干部培训会上的讲话\n"
            ),
            "目录条目在正文中找不到：在全区青年干部培训班上的讲话",
        ),
    ],
    ids=["declared-found", "no-speech-text", "front-matter", "toc-entry-not-found"],
)
def test_parse_warnings_read_back_as_plain_strings_are_translated(text: str, expected: str) -> None:
    warnings = parse_text(text).warnings
    assert warnings and all(isinstance(w, Notice) for w in warnings)
    stored = [str(w) for w in json.loads(json.dumps(list(warnings)))]  # as the library gives them back
    assert all(type(w) is str for w in stored)
    zh = zh_translate()
    shown = [localise(w, zh.translate) for w in stored]
    assert shown == [localise(w, zh.translate) for w in warnings]  # the same as from the Notice
    assert any(expected in line for line in shown), shown
    assert all(line != w for line, w in zip(shown, stored, strict=True))


@pytest.mark.parametrize(
    ("template", "values"),
    [
        (notices.DECLARED_FOUND, {"declared": "5", "found": "4"}),
        (notices.TOC_ENTRY_NOT_FOUND, {"title": "在全区青年干部培训班上的讲话：一、坚持"}),
        (notices.NO_SPEECH_TEXT, {}),
        (notices.FRONT_MATTER, {"chars": "120"}),
    ],
)
def test_each_parse_warning_template_matches_its_own_text(template: str, values: dict[str, str]) -> None:
    assert match(template.format(**values)) == (template, values)


def test_a_plain_error_message_is_matched_through_its_reason() -> None:
    text = "空文件.txt: the file is empty"
    assert localise(text, fake_translate) == "空文件.txt：文件是空的"
    text = "picture.txt: looks like a binary file (a PNG image), not text"
    assert localise(text, fake_translate) == "picture.txt：看起来是二进制文件（PNG 图片），不是文本"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "something no template says",
        "标题: 正文",  # "{name}: {reason}" only fits when the reason is a known message
        "the file is empty, or so it seems",
        "declared five speeches, found four, said the title",
    ],
)
def test_unknown_strings_pass_through(text: str) -> None:
    assert localise(text, fake_translate) == text
    assert localise(text, zh_translate().translate) == text


def test_repeated_placeholders_must_agree() -> None:
    span = notice(notices.BAD_SPAN, start=5, end=2, id=1, length=30)
    assert match(str(span)) == (notices.BAD_SPAN, {"start": "5", "end": "2", "id": "1", "length": "30"})
    assert match(str(span).replace("≤ 30)", "≤ 31)")) is None
    negative = notice(notices.BAD_SPAN, start=-1, end=2, id=1, length=30)
    assert match(str(negative)) == (notices.BAD_SPAN, {"start": "-1", "end": "2", "id": "1", "length": "30"})


# --- errors -------------------------------------------------------------------------------------


def test_errors_carry_notices_and_translate(tmp_path: Path) -> None:
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFileError) as caught:
        read_file(empty)
    error = caught.value
    assert str(error) == "空文件.txt: the file is empty"
    assert isinstance(error.notice, Notice) and error.notice.template == notices.FILE_REASON
    assert isinstance(error.reason, Notice) and error.reason.template == notices.FILE_EMPTY
    zh = zh_translate()
    assert localised_message(error, zh.translate) == "空文件.txt：文件是空的"
    assert localised_message(UnknownSpeechError(99), zh.translate) == "没有 id 为 99 的讲话。"
    assert localised_message(UnknownTagError("金句"), zh.translate) == "没有标签“金句”。"
    assert localised_message(UnknownSpeechError(99), fake_translate) == "There is no speech with id 99."
    assert localised_message(HuiduError("a plain sentence"), zh.translate) == "a plain sentence"
    assert localised_message(ValueError("not ours"), zh.translate) == "not ours"


def huidu_error_names() -> set[str]:
    import desktop.core.export.options
    import desktop.core.store.errors  # noqa: F401

    names: set[str] = set()
    pending: list[type] = [HuiduError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return names


def test_core_raises_no_untranslatable_sentences() -> None:
    """Every HuiduError in core gets a Notice (or a value), never a literal or an f-string."""
    names = huidu_error_names() | {"NotTextError"}
    offenders = []
    for path in sorted((ROOT / "desktop" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            is_warning = (
                name == "append"
                and isinstance(func, ast.Attribute)
                and getattr(func.value, "id", "") == "warnings"
            )
            if name not in names and not is_warning:
                continue
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr) or (
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(…)")
    assert offenders == []


# --- the catalogue ------------------------------------------------------------------------------


def test_every_template_has_a_chinese_translation_with_the_same_placeholders() -> None:
    translations: dict[str, str] = {}
    for context in ElementTree.parse(ZH_TS).getroot().iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                translations[message.findtext("source") or ""] = translation.text
    missing = [template for template in TEMPLATES if template not in translations]
    assert missing == []
    for template in TEMPLATES:
        assert fields(translations[template]) == fields(template), template
