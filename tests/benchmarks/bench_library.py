"""Library benchmarks: import throughput against bare jieba, search latency, import memory.

Measured on synthetic speeches composed from a vocabulary written here plus words drawn from jieba's own
dictionary by frequency (deterministic for a seed), so the figures can be reproduced anywhere.

- import: a 10 MB .txt compilation read, split into speeches, segmented and indexed by
  ``Library.compilations.import_file`` in a fresh process (which also reports its peak RSS), against bare
  jieba segmentation (``jieba.lcut``) of the same text in this process; the ratio of throughputs is the
  figure with a target (≥ 0.8). The agreement of the segmenter used (rjieba) with jieba is reported too.
- search: 100 queries of the kinds a reader types (words, official terms, two words, remembered sentence
  fragments, quoted phrases, quotation patterns with ……, single characters) on a library of 100 MB of
  speeches; p50/p95/max of ``Library.search(query, limit=100)``. The queries run three times and each
  query counts with its median time (the machines are shared; the first pass's p95 is reported too).

``run()`` returns rows for ``tests/benchmarks/run.py``; ``main()`` prints them. ``HUIDU_BENCH_SCALE``
(default 1.0) scales every size, e.g. 0.1 for a quick run.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------------------------------
# Synthetic speeches
# --------------------------------------------------------------------------------------------------

TIMES = (
    "今年以来",
    "过去一年",
    "新时代十年来",
    "当前和今后一个时期",
    "党的十八大以来",
    "近年来",
    "面向未来",
    "在新的征程上",
    "“十四五”时期",
    "从现在起到本世纪中叶",
)
SUBJECTS = (
    "我们",
    "各级党委和政府",
    "广大党员干部",
    "各地区各部门",
    "全省上下",
    "领导干部",
    "各级党组织",
    "全市人民",
    "基层党组织",
    "各级领导班子",
    "有关部门",
    "全体党员",
)
ADVERBS = ("进一步", "切实", "坚定不移地", "始终", "持续", "扎实", "全面", "更加主动地", "深入", "大力")
VERBS = (
    "坚持",
    "推动",
    "加强",
    "深化",
    "完善",
    "落实",
    "推进",
    "提高",
    "健全",
    "统筹",
    "着力抓好",
    "巩固",
    "拓展",
    "优化",
    "强化",
    "促进",
    "保障",
    "加快",
    "守住",
    "筑牢",
)
OBJECTS = (
    "高质量发展",
    "乡村振兴",
    "基层党组织建设",
    "营商环境",
    "科技创新",
    "生态文明建设",
    "全过程人民民主",
    "共同富裕",
    "安全生产",
    "社会治理体系",
    "基层治理",
    "干部队伍建设",
    "作风建设",
    "党风廉政建设",
    "民生保障",
    "稳就业",
    "教育强国建设",
    "医疗卫生服务",
    "养老服务体系",
    "粮食安全",
    "产业链供应链韧性",
    "数字经济",
    "实体经济",
    "区域协调发展",
    "高水平对外开放",
    "全面深化改革",
    "新型城镇化",
    "法治政府建设",
    "意识形态工作",
    "防范化解重大风险",
    "耕地保护",
    "生态环境保护",
    "国有企业改革",
    "民营经济发展",
    "人才队伍建设",
    "新质生产力",
    "现代化产业体系",
    "全国统一大市场",
    "公共服务均等化",
    "城乡融合发展",
)
RESULTS = (
    "取得了显著成效",
    "迈出了坚实步伐",
    "开创了新局面",
    "不断增强",
    "持续提升",
    "得到有效保障",
    "呈现出良好态势",
    "实现了历史性突破",
)
PRINCIPLES = (
    "坚持以人民为中心的发展思想",
    "完整准确全面贯彻新发展理念",
    "牢牢把握高质量发展这个首要任务",
    "坚持稳中求进工作总基调",
    "坚决做到“两个维护”",
    "深刻领悟“两个确立”的决定性意义",
    "时刻胸怀国之大者",
    "坚持全面从严治党",
    "发扬钉钉子精神",
    "把人民群众的急难愁盼作为工作的出发点",
    "坚持把发展经济的着力点放在实体经济上",
    "坚持农业农村优先发展",
    "把科技自立自强作为发展的战略支撑",
    "坚持绿水青山就是金山银山的理念",
    "坚持在法治轨道上推进治理",
    "牢牢掌握意识形态工作领导权",
    "坚持党管干部原则",
    "树立正确政绩观",
    "坚持系统观念和底线思维",
    "以钉钉子精神抓好工作落实",
    "坚持把人才作为第一资源",
    "统筹发展和安全",
    "坚持在发展中保障和改善民生",
    "推动有效市场和有为政府更好结合",
)
SPEAKERS = ("习近平总书记", "总书记", "习近平同志")
SAYS = ("强调", "指出", "说", "深刻指出", "明确要求")
OCCASIONS = (
    "全省经济工作会议",
    "全市干部大会",
    "党风廉政建设工作会议",
    "乡村振兴推进会",
    "县委理论学习中心组集体学习",
    "优化营商环境大会",
    "基层治理现场推进会",
    "组织工作会议",
    "科技创新大会",
    "安全生产工作会议",
)
NUMERALS = "一二三四五六七八九十"


@functools.cache
def _common_words() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The 40,000 most frequent words of jieba's own dictionary, with cumulative frequencies."""
    import jieba

    entries: list[tuple[int, str]] = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, freq, *_ = line.split()
            entries.append((int(freq), word))
    entries.sort(reverse=True)
    top = entries[:40000]
    return tuple(w for _, w in top), tuple(itertools.accumulate(f for f, _ in top))


def _random_words(rng: random.Random, count: int) -> str:
    words, cumulative = _common_words()
    total = cumulative[-1]
    return "".join(words[bisect.bisect(cumulative, rng.random() * total)] for _ in range(count))


def _sentence(rng: random.Random, topic: int) -> str:
    """One sentence; most objects and principles come from the speech's topic, as in real speeches."""

    def obj() -> str:
        if rng.random() < 0.7:
            return OBJECTS[(topic * 5 + rng.randrange(5)) % len(OBJECTS)]
        return rng.choice(OBJECTS)

    def principle() -> str:
        if rng.random() < 0.7:
            return PRINCIPLES[(topic * 3 + rng.randrange(3)) % len(PRINCIPLES)]
        return rng.choice(PRINCIPLES)

    kind = rng.randrange(13)
    pick = rng.choice
    if kind >= 10:
        return f"{_random_words(rng, rng.randint(3, 7))}，{_random_words(rng, rng.randint(3, 8))}。"
    if kind < 3:
        return f"{pick(TIMES)}，{pick(SUBJECTS)}{pick(ADVERBS)}{pick(VERBS)}{obj()}，{obj()}{pick(RESULTS)}。"
    if kind < 5:
        return f"{pick(SUBJECTS)}要{pick(VERBS)}{obj()}，{pick(ADVERBS)}{pick(VERBS)}{obj()}。"
    if kind < 6:
        return f"{pick(SPEAKERS)}{pick(SAYS)}：“{principle()}，{pick(VERBS)}{obj()}。”"
    if kind < 8:
        return f"必须{principle()}，{pick(VERBS)}{obj()}和{obj()}。"
    return f"全年{obj()}投入增长{rng.randint(2, 98)}.{rng.randint(0, 9)}%，{obj()}{pick(RESULTS)}。"


def _paragraph(rng: random.Random, topic: int) -> str:
    return "".join(_sentence(rng, topic) for _ in range(rng.randint(2, 6)))


def generate_speech(rng: random.Random, target_chars: int = 6000) -> tuple[str, str, dict[str, str]]:
    """One speech: (title, body text with "\\n" between paragraphs, meta)."""
    topic = rng.randrange(len(OCCASIONS))
    title = f"在{OCCASIONS[topic]}上的讲话"
    meta = {"date": f"{rng.randint(2013, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"}
    paragraphs: list[str] = ["同志们："]
    size = 0
    heading = 0
    while size < target_chars:
        if heading < len(NUMERALS) and (len(paragraphs) == 1 or rng.random() < 0.12):
            line = f"{NUMERALS[heading]}、{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
            heading += 1
        else:
            line = _paragraph(rng, topic)
        paragraphs.append(line)
        size += len(line) + 1
    return title, "\n".join(paragraphs), meta


def generate_text(chars: int, seed: int = 1) -> str:
    """Plain running text of about ``chars`` characters (for segmentation throughput)."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        paragraph = _paragraph(rng, rng.randrange(len(OCCASIONS)))
        parts.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(parts)


def generate_speeches(megabytes: float, seed: int = 1) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Speeches of 2,000–12,000 characters until about ``megabytes`` of UTF-8 text."""
    rng = random.Random(seed)
    size = 0
    number = 0
    while size < megabytes * 1_000_000:
        number += 1
        title, text, meta = generate_speech(rng, rng.randint(2000, 12000))
        size += len(text.encode("utf-8"))
        yield f"{title}（第{number}场）", text, meta


def compilation_file(megabytes: float, seed: int = 1) -> str:
    """A .txt compilation in the usual layout: title, (date), body; a blank line between speeches."""
    blocks = ["讲话汇编（内部资料）", ""]
    for title, text, meta in generate_speeches(megabytes, seed):
        blocks.append(f"{title}\n（{meta['date']}）\n{text}\n")
    return "\n".join(blocks)


# --------------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------------

IMPORT_MB = 10
SEARCH_MB = 100
IMPORT_RATIO_TARGET = 0.8
SEARCH_P95_TARGET_MS = 20.0
IMPORT_RSS_TARGET_MB = 300.0
SEARCH_PASSES = 3

_IMPORT_SCRIPT = r"""
import json, resource, sys, time
from desktop.core.search import segment
from desktop.core.store import Library
library = Library.open(sys.argv[2])
started = time.perf_counter()
result = library.compilations.import_file(sys.argv[1])
seconds = time.perf_counter() - started
library.close()
# VmHWM: this process's own peak. ru_maxrss would not do: Linux carries it over from the parent
# through fork and exec, so a benchmark run after a bigger one would report the bigger one's peak.
try:
    status = open("/proc/self/status", encoding="ascii").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "speeches": result.speeches, "peak_mb": peak,
                  "segmenter": segment.load()}))
"""


def _scale() -> float:
    return float(os.environ.get("HUIDU_BENCH_SCALE", "1"))


def _row(benchmark: str, value: float, unit: str, target: str, ok: bool) -> dict[str, Any]:
    return {"benchmark": benchmark, "value": value, "unit": unit, "target": target, "ok": ok}


def _token_agreement(text: str) -> float:
    """Share of search-mode tokens rjieba and jieba agree on (1.0: identical lists)."""
    import jieba
    import rjieba

    from desktop.core.search import segment

    segment.python_jieba()  # jieba with our dictionary
    segment.load()  # rjieba with the same words (when it is the backend)
    ours, theirs = rjieba.cut_for_search(text, False), jieba.lcut_for_search(text, HMM=False)  # as indexed
    if ours == theirs:
        return 1.0
    a, b = collections.Counter(ours), collections.Counter(theirs)
    return sum((a & b).values()) / max(sum((a | b).values()), 1)


def bench_import(megabytes: float) -> list[dict[str, Any]]:
    import jieba

    jieba.setLogLevel(50)
    text = compilation_file(megabytes, seed=7)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "汇编.txt"
        source.write_text(text, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", _IMPORT_SCRIPT, str(source), str(Path(folder) / "library.sqlite3")],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    jieba.initialize()
    started = time.perf_counter()
    jieba.lcut(text)
    bare = time.perf_counter() - started
    import_rate = size_mb / measured["seconds"]
    jieba_rate = size_mb / bare
    ratio = import_rate / jieba_rate
    rows = [
        _row(
            f"import+split+index {size_mb:.1f} MB ({measured['speeches']} speeches, {measured['segmenter']})",
            round(import_rate, 2),
            "MB/s",
            "(info)",
            True,
        ),
        _row(f"bare jieba.lcut {size_mb:.1f} MB", round(jieba_rate, 2), "MB/s", "(info)", True),
        _row(
            "import throughput / bare jieba", round(ratio, 2), "x", f">= {IMPORT_RATIO_TARGET}", ratio >= 0.8
        ),
        _row(
            "import peak memory (RSS)",
            round(measured["peak_mb"], 1),
            "MB",
            f"< {IMPORT_RSS_TARGET_MB:.0f}",
            measured["peak_mb"] < IMPORT_RSS_TARGET_MB,
        ),
    ]
    if measured["segmenter"] == "rjieba":
        with tempfile.TemporaryDirectory() as folder:  # the same import with the pure-Python backend
            source = Path(folder) / "汇编.txt"
            source.write_text(text, encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-c", _IMPORT_SCRIPT, str(source), str(Path(folder) / "library.sqlite3")],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT), "HUIDU_SEGMENTER": "jieba"},
                capture_output=True,
                text=True,
                check=True,
            )
        slow = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(
            _row(
                "  same import with pure-Python jieba, / bare jieba",
                round(size_mb / slow["seconds"] / jieba_rate, 2),
                "x",
                "(info)",
                True,
            )
        )
        agreement = _token_agreement(text)
        rows.append(
            _row("rjieba tokens equal to jieba's", round(agreement * 100, 3), "%", "100", agreement == 1.0)
        )
    return rows


def build_search_library(path: Path, megabytes: float, seed: int = 2) -> int:
    """A library of ``megabytes`` of speeches in compilations of 100; returns the number of speeches."""
    from desktop.core.model import Compilation, Speech
    from desktop.core.store import Library

    count = 0
    with Library.open(path) as library:
        batch: list[Speech] = []

        def flush() -> None:
            number = count // 100
            library.compilations.import_parsed(
                Compilation(
                    source=f"汇编{number}.txt",
                    format="txt",
                    encoding="utf-8",
                    title=f"讲话汇编（第{number}辑）",
                    declared_count=len(batch),
                    speeches=tuple(batch),
                )
            )
            batch.clear()

        for title, text, meta in generate_speeches(megabytes, seed):
            batch.append(Speech(title=title, text=text, meta=meta))
            count += 1
            if len(batch) == 100:
                flush()
        if batch:
            flush()
    return count


def search_queries(texts: list[str], seed: int = 5) -> list[str]:
    """100 queries of the kinds a reader types; fragments are cut from the library's own texts."""
    from desktop.core.search.segment import official_words

    rng = random.Random(seed)
    words, _ = _common_words()
    vocabulary = [w for w in words[200:8000] if len(w) >= 2]
    official = official_words()
    queries: list[str] = []
    queries += rng.sample(vocabulary, 15)
    queries += rng.sample(official, 10)
    queries += rng.sample(list(OBJECTS), 5)
    queries += [f"{rng.choice(official)} {rng.choice(vocabulary)}" for _ in range(10)]
    queries += [f"{rng.choice(OBJECTS)} {rng.choice(VERBS)}" for _ in range(5)]
    while len(queries) < 80:  # remembered fragments, 5–16 characters, from anywhere in a speech
        text = rng.choice(texts)
        length = rng.randint(5, 16)
        start = rng.randrange(len(text) - length)
        fragment = text[start : start + length]
        if "\n" not in fragment:
            queries.append(fragment)
    queries += [f'"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"' for _ in range(5)]
    queries += [f"{rng.choice(SPEAKERS)}{rng.choice(SAYS)}：“……”" for _ in range(5)]
    queries += [f"{rng.choice(PRINCIPLES)[:4]}……{rng.choice(OBJECTS)[:2]}" for _ in range(5)]
    queries += [*rng.sample(list("党民核稳潜"), 3), "核潜艇", "量子计算"]
    return queries


def bench_search(megabytes: float) -> list[dict[str, Any]]:
    from desktop.core.store import Library

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        started = time.perf_counter()
        speeches = build_search_library(path, megabytes)
        build = time.perf_counter() - started
        size_mb = path.stat().st_size / 1_000_000
        with Library.open(path) as library:
            rng = random.Random(9)
            ids = rng.sample(range(1, speeches + 1), min(200, speeches))
            texts = [library.speeches.text(i) for i in ids]
            queries = search_queries(texts)
            library.search("发展")  # loads the segmenter and warms the page cache, as any first search does
            passes: list[list[float]] = []
            hits = 0
            for _ in range(SEARCH_PASSES):
                timings = []
                for query in queries:
                    started = time.perf_counter()
                    result = library.search(query, limit=100)
                    timings.append((time.perf_counter() - started) * 1000)
                    hits += len(result.hits)
                passes.append(timings)
    # each query's median over the passes: the machine is shared, and one stray pause is not the search
    medians = sorted(statistics.median(times) for times in zip(*passes, strict=True))
    first = sorted(passes[0])

    def p95(values: list[float]) -> float:
        return values[max(0, round(0.95 * len(values)) - 1)]

    label = f"{megabytes:.0f} MB, {speeches} speeches"
    return [
        _row(f"build search library ({label})", round(megabytes / build, 2), "MB/s", "(info)", True),
        _row("library file size", round(size_mb, 1), "MB", "(info)", True),
        _row(
            f"search p50 ({len(queries)} queries)", round(statistics.median(medians), 2), "ms", "(info)", True
        ),
        _row(
            f"search p95 ({len(queries)} queries, {label})",
            round(p95(medians), 2),
            "ms",
            f"< {SEARCH_P95_TARGET_MS:.0f}",
            p95(medians) < SEARCH_P95_TARGET_MS,
        ),
        _row("search p95, first pass only", round(p95(first), 2), "ms", "(info)", True),
        _row("search max (query median)", round(medians[-1], 2), "ms", "(info)", True),
        _row(
            "search hits per query (mean, limit 100)",
            round(hits / len(queries) / SEARCH_PASSES, 1),
            "hits",
            "(info)",
            True,
        ),
    ]


def run() -> list[dict[str, Any]]:
    scale = _scale()
    return bench_import(IMPORT_MB * scale) + bench_search(SEARCH_MB * scale)


def main() -> list[dict[str, Any]]:
    rows = run()
    for row in rows:
        ok = "yes" if row["ok"] else "NO"
        print(f"{row['benchmark']:<60} {row['value']:>10} {row['unit']:<5} {row['target']:<10} {ok}")
    return rows


if __name__ == "__main__":
    main()
