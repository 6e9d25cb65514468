"""Parser throughput: splitting runs at ≥ 30 MB/s and scales linearly (1 MB and 20 MB)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from desktop.core.model import SourceText
from desktop.core.parse import parse_file, parse_source
from tests.benchmarks.corpus import compilation_text

TARGET_MB_S = 30.0


def _best_of(runs: int, work: Any) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def run() -> list[dict[str, Any]]:
    scale = float(os.environ.get("HUIDU_BENCH_SCALE", "1"))
    rows: list[dict[str, Any]] = []
    rates = {}
    for megabytes in (1, 20):
        size = int(megabytes * scale * 1_000_000)
        text = compilation_text(size)
        actual_mb = len(text.encode("utf-8")) / 1_000_000
        source = SourceText(text=text, format="txt", name="bench")
        speeches = len(parse_source(source).speeches)
        seconds = _best_of(3 if megabytes == 1 else 2, lambda source=source: parse_source(source))
        rate = actual_mb / seconds
        rates[megabytes] = rate
        rows.append(
            {
                "benchmark": f"split {actual_mb:.1f} MB ({speeches} speeches)",
                "value": round(rate, 1),
                "unit": "MB/s",
                "target": f">= {TARGET_MB_S:.0f}",
                "ok": rate >= TARGET_MB_S,
            }
        )
        if megabytes == 20:
            with TemporaryDirectory() as folder:
                path = Path(folder) / "bench.txt"
                path.write_text(text, encoding="gb18030")
                seconds = _best_of(1, lambda path=path: parse_file(path))
            rows.append(
                {
                    "benchmark": f"read GB18030 + split {actual_mb:.1f} MB",
                    "value": round(actual_mb / seconds, 1),
                    "unit": "MB/s",
                    "target": "(info)",
                    "ok": True,
                }
            )
    ratio = rates[20] / rates[1]
    rows.append(
        {
            "benchmark": "split scaling: rate at 20 MB / rate at 1 MB",
            "value": round(ratio, 2),
            "unit": "x",
            "target": ">= 0.8 (linear)",
            "ok": ratio >= 0.8,
        }
    )
    return rows
