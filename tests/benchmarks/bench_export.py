"""Export speed: 5,000 excerpts to a 公文 .docx in under 3 s (selection, citations and writing included).

The library is built once in a temporary folder: one compilation of 50 speeches with outlines, 100 marks
per speech with tags, notes and states. ``HUIDU_BENCH_SCALE`` scales the number of marks.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from desktop.core.export import ExportOptions, export
from desktop.core.model import Compilation, OutlineHeading, Speech
from desktop.core.store import Library, MarkSpec

TARGET_SECONDS = 3.0
SPEECHES = 50
SENTENCES = (
    "我们要坚持以人民为中心的发展思想，切实把惠民生的事办实、暖民心的事办细、顺民意的事办好。",
    "各级党组织要进一步加强基层治理能力建设，推动2024年各项任务落地见效。",
    "要统筹发展和安全，守住不发生系统性风险的底线，确保经济持续健康发展。",
    "广大党员干部要发扬钉钉子精神，一张蓝图绘到底，一任接着一任干。",
    "Practice makes perfect：干部的本领是在实践中练出来的。",
)
TAGS = ("金句", "金句/排比", "金句/对仗", "方法", "方法/调查研究", "民生", "作风")


def _compilation(rng: random.Random) -> Compilation:
    speeches = []
    for number in range(SPEECHES):
        text, outline = "", []
        for part in range(10):
            heading = f"{'一二三四五六七八九十'[part]}、第{part + 1}部分要求"
            outline.append(OutlineHeading(1, heading, len(text)))
            text += heading + "\n" + "\n".join(rng.choice(SENTENCES) for _ in range(12)) + "\n"
        speeches.append(
            Speech(
                title=f"在全市第{number + 1}次工作会议上的讲话",
                text=text.rstrip("\n"),
                meta={"speaker": "张三", "date": "2024年5月"},
                outline=tuple(outline),
            )
        )
    return Compilation(
        source="bench.txt",
        format="txt",
        encoding="utf-8",
        title="基准讲话汇编",
        declared_count=None,
        speeches=tuple(speeches),
    )


def build_library(path: Path, marks: int) -> Library:
    rng = random.Random(5000)
    library = Library.open(path)
    library.compilations.import_parsed(_compilation(rng))
    specs: list[MarkSpec] = []
    summaries = library.speeches.list()
    per_speech = -(-marks // len(summaries))
    for summary in summaries:
        text = library.speeches.text(summary.id)
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        for n in range(per_speech):
            if len(specs) == marks:
                break
            start = starts[n % len(starts)] + rng.randrange(0, 5)
            specs.append(
                MarkSpec(
                    summary.id,
                    start,
                    start + rng.randrange(12, 40),
                    tags=[rng.choice(TAGS)],
                    note="可用于开头；注意上下文。" if n % 3 == 0 else "",
                    state=rng.choice(("candidate", "selected", "rejected")),
                    rating=rng.randrange(0, 6),
                )
            )
    library.marks.add_many(specs)
    return library


def _median_seconds(runs: int, work: Any) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[dict[str, Any]]:
    scale = float(os.environ.get("HUIDU_BENCH_SCALE", "1"))
    marks = max(100, int(5000 * scale))
    rows: list[dict[str, Any]] = []
    with TemporaryDirectory() as folder:
        work = Path(folder)
        library = build_library(work / "library.sqlite3", marks)
        try:
            cases = [
                (f"export {marks:,} excerpts to .docx (公文, by tag)", ExportOptions(), "out.docx", True),
                (
                    f"export {marks:,} excerpts to .docx (plain, by speech)",
                    ExportOptions(style="plain", grouping="speech"),
                    "p.docx",
                    False,
                ),
                (f"export {marks:,} excerpts to Markdown", ExportOptions(format="md"), "out.md", False),
                (f"export {marks:,} excerpts to CSV", ExportOptions(format="csv"), "out.csv", False),
            ]
            for name, options, filename, gated in cases:
                target = work / filename
                seconds = _median_seconds(3, lambda o=options, t=target: export(library, o, t))
                rows.append(
                    {
                        "benchmark": name,
                        "value": round(seconds, 2),
                        "unit": "s",
                        "target": f"< {TARGET_SECONDS:.0f}" if gated else "(info)",
                        "ok": seconds < TARGET_SECONDS if gated else True,
                    }
                )
            size = (work / "out.docx").stat().st_size / 1_000_000
            rows.append(
                {
                    "benchmark": "  .docx size",
                    "value": round(size, 2),
                    "unit": "MB",
                    "target": "(info)",
                    "ok": True,
                }
            )
        finally:
            library.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
