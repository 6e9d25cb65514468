"""Deterministic synthetic compilation text for benchmarks (our own vocabulary, no real documents).

Paragraphs run 200–450 characters, headings and run-in headings included, close to the seed files'
shape (their paragraphs average about 300–600 characters).
"""

from __future__ import annotations

import random

SUBJECTS = ["我们", "广大党员干部", "青年干部", "各级党组织", "基层单位", "全体同志", "机关干部", "挂职干部"]
VERBS = ["坚持", "推进", "落实", "深化", "强化", "提升", "健全", "完善", "聚焦", "统筹"]
OBJECTS = [
    "基层治理",
    "高质量发展",
    "乡村振兴",
    "作风建设",
    "营商环境",
    "民生保障",
    "党建引领",
    "安全生产",
    "理论学习",
    "调查研究",
    "招商引资",
    "城市更新",
    "生态保护",
    "数字政府",
    "人才培养",
    "文明创建",
]
TAILS = [
    "取得了明显成效",
    "迈出了坚实步伐",
    "形成了良好氛围",
    "打下了坚实基础",
    "还存在一些短板",
    "需要久久为功",
]
MASKS = ["*镇", "XX市", "**年", "XXX同志"] + [""] * 28  # about one mask in 200 characters, as in the seeds


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}，"
        f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}{rng.choice(MASKS)}，{rng.choice(TAILS)}。"
    )


def paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(sentences))


def speech_lines(rng: random.Random, number: int) -> list[str]:
    lines = [f"在全市{rng.choice(OBJECTS)}工作推进会上的讲话（第{number}场）", "（2024年5月）", "同志们："]
    lines.append(paragraph(rng, 6))
    for section, numeral in enumerate("一二三"):
        lines.append(f"{numeral}、{rng.choice(VERBS)}{rng.choice(OBJECTS)}")
        for point, ordinal in enumerate("一二三"):
            lines.append(
                f"{ordinal}是{rng.choice(VERBS)}{rng.choice(OBJECTS)}。"
                + paragraph(rng, 8 + (section + point) % 8)
            )
    lines.append(paragraph(rng, 6))
    return lines


def compilation_text(target_bytes: int, seed: int = 7) -> str:
    """A compilation of blank-line separated speeches of about ``target_bytes`` UTF-8 bytes."""
    rng = random.Random(seed)
    parts: list[str] = ["全市重点工作推进会讲话汇编", ""]
    size = 0
    number = 0
    while size < target_bytes:
        number += 1
        block = "\n".join(speech_lines(rng, number)) + "\n\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "\n".join(parts)
