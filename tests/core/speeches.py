"""Synthetic speeches for parser tests, written for these tests (no real document's text).

Each builder returns text in one of the layouts users' files have; the paragraphs are long enough to
look like speech bodies to the splitter.
"""

from __future__ import annotations

P1 = (
    "今年以来，我们坚持把学习贯彻作为首要政治任务，结合岗位实际，扎实推进各项工作落地见效，"
    "在服务群众中锤炼作风，在攻坚克难中增长才干，取得了阶段性成效。"
)
P2 = (
    "回顾这段经历，我深刻体会到，基层是最好的课堂，群众是最好的老师，实践是最好的磨刀石。"
    "只有俯下身子、沉下心来，才能真正听到群众的心声，解决群众的难题。"
)
P3 = (
    "下一步，我将继续保持昂扬向上的精神状态，以更高的标准、更实的作风、更严的要求，"
    "把各项工作做细做实，努力交出一份让组织放心、让群众满意的答卷。"
)
P4 = "一是坚持学思结合，筑牢思想根基。坚持每天读原著、学原文、悟原理，做到学深悟透、融会贯通、知行合一。"
P5 = "二是坚持知行合一，提升履职本领。主动到矛盾集中、困难较多的地方去，在急难险重任务中经风雨、见世面。"


def body(seed: int = 0) -> list[str]:
    """Four paragraphs, varied by ``seed`` so speeches differ."""
    tail = f"这是第{seed + 1}次交流中提到的体会。"
    return [P1 + tail, P4, P5, P2 + P3]


def numbered_series(count: int = 3, prefix: str = "青年干部座谈会交流发言") -> str:
    parts = []
    for n in range(1, count + 1):
        parts.append(f"{prefix}{n}")
        parts.extend(body(n))
    return "\n".join(parts) + "\n"


def blank_separated(titles: list[str], heading: str | None = None, declared: int | None = None) -> str:
    lines: list[str] = []
    if heading:
        lines.append(heading)
    if declared is not None:
        lines.append(f"（{declared}篇）")
    for number, title in enumerate(titles):
        if number:
            lines.append("")
        lines.append(title)
        lines.extend(body(number))
    return "\n".join(lines) + "\n"


def with_toc(titles: list[str]) -> str:
    lines = ["目  录"]
    for number, title in enumerate(titles, 1):
        lines.append(f"{number}{title}…………{number * 4 - 3}")
    lines += ["", ""]
    for number, title in enumerate(titles):
        lines += [title, "", "同志们："]
        lines.extend(body(number))
        lines.append("")
    return "\n".join(lines)
