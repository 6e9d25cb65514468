"""Outline headings and redaction placeholders inside a speech."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.outline import heading_level, outline
from desktop.core.parse.placeholders import find_placeholders
from tests.core.speeches import P1, P2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、提高政治站位", 1),
        ("十二、其他事项", 1),
        ("（一）加强组织领导", 2),
        ("(三)强化督促检查", 2),
        ("1.明确工作目标", 3),
        ("１．明确工作目标", 3),
        ("（1）细化任务分工", 4),
        ("②压实工作责任", 4),
        ("第一，要加强学习。", 5),
        ("第二、要融入工作。", 5),
        ("一是转变身份。", 5),
        ("三要躬身学习。", 5),
        ("首先，要提高认识。", 5),
        ("1.5亿元的项目落地", None),
        ("2023年是关键之年", None),
        ("一如既往抓落实", None),
        ("同志们：", None),
    ],
)
def test_heading_levels(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_standalone_and_run_in_headings() -> None:
    paragraphs = [
        "一、主要感受",
        P1,
        "一是转变身份、迅速融入，一如既往勤学习。" + P2,
        "二是设身处地，推己及人。",
        P2,
    ]
    offsets = []
    cursor = 0
    for paragraph in paragraphs:
        offsets.append(cursor)
        cursor += len(paragraph) + 1
    headings = outline(paragraphs, offsets)
    assert [(h.level, h.text, h.run_in) for h in headings] == [
        (1, "一、主要感受", False),
        (5, "一是转变身份、迅速融入，一如既往勤学习。", True),
        (5, "二是设身处地，推己及人。", False),
    ]
    assert [h.offset for h in headings] == [offsets[0], offsets[2], offsets[3]]


def test_unnumbered_short_heading_between_paragraphs() -> None:
    (speech,) = parse_text("\n".join(["学习体会", P1, "坚定理想信念", P2, P1])).speeches
    assert [h.text for h in speech.outline] == ["坚定理想信念"]
    assert speech.text[speech.outline[0].offset :].startswith("坚定理想信念")


def test_outline_offsets_point_into_the_speech_text() -> None:
    text = "\n".join(["学习体会", P1, "一、提高站位", P2, "（一）加强学习。" + P1, "二、狠抓落实", P2])
    (speech,) = parse_text(text).speeches
    assert [h.level for h in speech.outline] == [1, 2, 1]
    for heading in speech.outline:
        assert speech.text[heading.offset :].startswith(heading.text)


@pytest.mark.parametrize(
    ("text", "masks"),
    [
        ("我到*镇挂职", ["*"]),
        ("工作已经**年了", ["**"]),
        ("****年大学毕业", ["****"]),
        ("XX市委和XXX同志", ["XX", "XXX"]),
        ("×××同志在X市工作", ["×××", "X"]),
        ("○○县的同志", ["○○"]),
        ("二〇〇〇年的XXL号衣服", []),
        ("Windows XP 系统", []),
    ],
)
def test_placeholders(text: str, masks: list[str]) -> None:
    assert [text[a:b] for a, b in find_placeholders(text)] == masks


def test_short_paragraph_of_two_sentences_has_a_run_in_heading() -> None:
    paragraphs = ["三是练就软功夫。群众工作无小事。", "最后，要加强纪律。"]
    assert [(h.text, h.run_in) for h in outline(paragraphs, [0, 17])] == [("三是练就软功夫。", True)]


def test_last_closes_a_first_then_sequence() -> None:
    paragraphs = ["首先，要提高认识。" + P1, "其次，要狠抓落实。" + P2, "最后，要加强纪律。" + P1]
    offsets = [0, len(paragraphs[0]) + 1, len(paragraphs[0]) + len(paragraphs[1]) + 2]
    assert [h.text for h in outline(paragraphs, offsets)] == [
        "首先，要提高认识。",
        "其次，要狠抓落实。",
        "最后，要加强纪律。",
    ]
