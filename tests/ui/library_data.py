"""A small compilation written for the window tests (see ``library_fixtures`` for the fixtures)."""

from __future__ import annotations

from desktop.core.model import Compilation, OutlineHeading, Speech


def make_speech(title: str, paragraphs: list[str], meta: dict[str, str] | None = None) -> Speech:
    """A speech whose outline and placeholders are found in its text, as the parser would."""
    text = "\n".join(paragraphs)
    outline: list[OutlineHeading] = []
    offset = 0
    for paragraph in paragraphs:
        if paragraph[:2] in ("一、", "二、", "三、"):
            outline.append(OutlineHeading(1, paragraph, offset))
        elif paragraph[:2] in ("一是", "二是", "三是"):
            outline.append(OutlineHeading(5, paragraph[: paragraph.index("。") + 1], offset, run_in=True))
        offset += len(paragraph) + 1
    placeholders = []
    for mark in ("XX", "****", "*镇"):
        start = text.find(mark)
        while start >= 0:
            placeholders.append((start, start + (1 if mark == "*镇" else len(mark))))
            start = text.find(mark, start + len(mark))
    return Speech(
        title=title,
        text=text,
        meta=meta or {},
        outline=tuple(outline),
        placeholders=tuple(sorted(placeholders)),
    )


FIRST = [
    "同志们：",
    "今天召开这次座谈会，主要是听听大家的心里话，也对全市青年干部提几点希望。",
    "一、坚定理想信念，把稳思想之舵",
    "理想信念是干部安身立命的根本。信念坚定，遇到风浪就不会迷失方向。",
    "一是读原著学原理。不满足于看摘要、听转述，要在原原本本中把道理弄懂弄透。",
    "二是带着问题学。把工作中的难点当作学习的起点，学一点、用一点、悟一点。",
    "二、练就过硬本领，挑起时代之担",
    "本领不是天生的，是在摸爬滚打中练出来的；担当不是喊出来的，是在急难险重中扛出来的。",
    "去年我们在*镇开展蹲点调研，发现的问题条条都来自群众最真实的声音。",
    "同志们，青春由奋斗书写，未来靠实干开创。希望大家在XX市高质量发展的新征程上跑出青春的加速度！",
]
SECOND = [
    "****年夏天，我从XX大学毕业，来到*镇工作。老书记说：“基层是一本读不完的书。”",
    "一、把自己当成群众中的一员",
    "鞋底沾了多少泥，心里就装了多少民情。把群众的小事当作自己的大事，把群众的难事当作自己的要事。",
    "二、在解决实际问题中长本事",
    "解决一个实实在在的问题，胜过写十份漂亮的材料。a < b && c > d 也照样显示。",
]
TITLES = [
    "在全市青年干部座谈会上的讲话",
    "扎根基层沃土 在为民服务中淬炼本领",
    "以“三心”涵养担当底气",
    "把论文写在乡村振兴的大地上",
]


def make_compilation(source: str = "/samples/青年干部座谈会.txt", title: str | None = None) -> Compilation:
    speeches = (
        make_speech(TITLES[0], FIRST, {"occasion": "在XX市青年干部座谈会上", "date": "2024年5月"}),
        make_speech(TITLES[1], SECOND),
        make_speech(TITLES[2], ["参加工作六年，我最深的体会是：干部的底气，在于心里装着什么。"]),
        make_speech(TITLES[3], ["论文可以写在期刊上，也可以写在大地上。"]),
    )
    return Compilation(
        source=source,
        format="txt",
        encoding="utf-8",
        title=title or "XX市青年干部座谈会交流发言汇编（5篇）",
        declared_count=5,
        speeches=speeches,
        warnings=("目录列出 5 篇，正文识别出 4 篇",),
    )
