"""Run every benchmark and print one table of figures.

    .venv/bin/python -m tests.benchmarks.run            # all benchmarks
    .venv/bin/python -m tests.benchmarks.run parse      # only bench_parse
    HUIDU_BENCH_SCALE=0.1 .venv/bin/python -m tests.benchmarks.run   # a quick, smaller run

Each ``bench_*.py`` module has ``run() -> list[dict]`` with rows {benchmark, value, unit, target, ok}.
Each module runs in a process of its own, so one benchmark's imports (jieba, Qt) and memory peak
cannot colour the next one's start-up time or RSS. Exits non-zero when a target is missed.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(n == f"bench_{a}" or n == a for a in argv)]
    if len(argv) == 2 and argv[0] == "--one":  # the child: one module, rows as JSON on stdout
        rows = importlib.import_module(f"tests.benchmarks.{argv[1]}").run()
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    rows = []
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        child = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.run", "--one", name],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=HERE.parent.parent,
        )
        if child.returncode != 0:
            rows.append(
                {
                    "benchmark": f"{name} failed",
                    "value": child.returncode,
                    "unit": "exit",
                    "target": "0",
                    "ok": False,
                }
            )
            continue
        rows.extend(json.loads(child.stdout.strip().splitlines()[-1]))
    width = max([len(str(r["benchmark"])) for r in rows] + [9])
    print(f"{'benchmark':<{width}}  {'value':>10}  {'unit':<6}  {'target':<18}  ok")
    print("-" * (width + 44))
    for row in rows:
        ok = "yes" if row["ok"] else "NO"
        print(f"{row['benchmark']:<{width}}  {row['value']:>10}  {row['unit']:<6}  {row['target']:<18}  {ok}")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
