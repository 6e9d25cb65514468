"""Make the pictures in this folder: a 公文-style export of the sample compilation, rendered by LibreOffice.

    .venv/bin/python docs/export/render_sample.py            # needs soffice and pdftoppm on PATH

Imports ``resources/samples/示例讲话汇编.txt`` into a temporary library, marks 20 passages (tags, notes,
review states), exports them grouped by tag in the 公文 style, converts the .docx to PDF with LibreOffice
(headless) and renders pages 1 and 2 at 80 dpi to ``gongwen-page-1.png`` and ``gongwen-page-2.png``.
Then it converts once more with ``fontconfig-aliases.conf``, which maps the 公文 font names onto the
installed Noto CJK faces (仿宋/楷体/宋体/小标宋 → Noto Serif CJK SC, 黑体 → Noto Sans CJK SC), and
renders page 1 to ``gongwen-page-1-aliased.png``. Prints the fonts fontconfig offers for Chinese and
the fonts each PDF ended up using.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from desktop.core.export import ExportOptions, export
from desktop.core.store import Library

HERE = Path(__file__).resolve().parent
ALIASES = HERE / "fontconfig-aliases.conf"
SAMPLE = HERE.parent.parent / "resources" / "samples" / "示例讲话汇编.txt"

# (speech number, passage, tags, note, state)
PASSAGES = [
    (1, "理想信念是干部安身立命的根本。", ["金句"], "可作开头。", "selected"),
    (
        1,
        "信念坚定，遇到风浪就不会迷失方向；信念动摇，再好的条件也会走偏走散。",
        ["金句/对仗"],
        "",
        "selected",
    ),
    (1, "学习是成长的阶梯。", ["金句"], "", "candidate"),
    (
        1,
        "信念不是挂在嘴上的口号，而是刻在行动里的标尺。",
        ["金句/对仗"],
        "与“知行合一”一节呼应。",
        "selected",
    ),
    (
        1,
        "越是任务艰巨，越能看出一个干部的成色；越是矛盾集中，越能检验一个干部的定力。",
        ["金句/排比"],
        "",
        "selected",
    ),
    (
        1,
        "本领不是天生的，是在摸爬滚打中练出来的；担当不是喊出来的，是在急难险重中扛出来的。",
        ["金句/对仗"],
        "",
        "selected",
    ),
    (
        1,
        "要多到田间地头、车间工地、社区楼栋走一走，把情况摸清，把问题找准，把对策想透。",
        ["方法"],
        "",
        "candidate",
    ),
    (1, "同样一件事，讲群众听得懂的话，办群众看得见的事，效果就大不一样。", ["方法"], "", "selected"),
    (1, "要从小事小节上严起，做到慎初、慎微、慎独，把好第一道关口。", ["作风"], "", "candidate"),
    (1, "青春由奋斗书写，未来靠实干开创。", ["金句"], "结尾可用。", "selected"),
    (2, "基层是一本读不完的书，就看你肯不肯弯下腰去读。", ["金句"], "老书记的话，生动。", "selected"),
    (2, "鞋底沾了多少泥，心里就装了多少民情。", ["金句/对仗", "方法"], "", "selected"),
    (2, "解决一个实实在在的问题，胜过写十份漂亮的材料。", ["作风"], "", "candidate"),
    (3, "干部的底气，不在职务高低，而在心里装着什么。", ["金句"], "", "selected"),
    (
        3,
        "面对诱惑，想一想为了谁；面对困难，想一想依靠谁；面对成绩，想一想我是谁。",
        ["金句/排比"],
        "三问式，可借鉴。",
        "selected",
    ),
    (3, "话要说三遍，事要跑三趟，理要讲三回。", ["方法"], "", "candidate"),
    (3, "初心如炬，照亮前路；耐心如水，滴水穿石；细心如针，穿针引线。", ["金句/排比"], "", "selected"),
    (4, "书本上的答案和田野里的问题，中间隔着一段需要用脚丈量的距离。", ["金句"], "", "selected"),
    (
        4,
        "我用了三个月时间走遍全村一百二十多户，把每户的人口、收入、产业和难处都记在本子上。",
        ["方法"],
        "",
        "candidate",
    ),
    (
        4,
        "论文可以写在期刊上，也可以写在大地上；而写在大地上的那一篇，读者是千千万万的乡亲。",
        ["金句/对仗"],
        "",
        "selected",
    ),
]


def build_library(path: Path) -> Library:
    library = Library.open(path)
    result = library.compilations.import_file(SAMPLE)
    assert result.compilation_id is not None
    speeches = library.speeches.list(compilation_id=result.compilation_id)
    for number, passage, tags, note, state in PASSAGES:
        speech = speeches[number - 1]
        start = library.speeches.text(speech.id).index(passage)
        library.marks.add(speech.id, start, start + len(passage), tags=tags, note=note, state=state)
    return library


def main() -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        library = build_library(work / "library.sqlite3")
        options = ExportOptions(
            title="青年干部座谈会发言摘编", grouping="tag", export_date=date(2026, 11, 23)
        )
        docx = work / "gongwen.docx"
        print(export(library, options, docx).to_json())
        library.close()
        print(subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout)
        for suffix, environment in (
            ("", None),
            ("-aliased", {**os.environ, "FONTCONFIG_FILE": str(ALIASES)}),
        ):
            out = work / f"pdf{suffix}"
            command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)]
            subprocess.run(command, check=True, env=environment)
            pdf = out / "gongwen.pdf"
            for page in (1, 2) if not suffix else (1,):
                stem = work / f"page-{page}{suffix}"
                pages = ["-f", str(page), "-l", str(page), "-singlefile"]
                subprocess.run([pdftoppm, "-png", "-r", "80", *pages, str(pdf), str(stem)], check=True)
                shutil.copy(stem.with_suffix(".png"), HERE / f"gongwen-page-{page}{suffix}.png")
            if shutil.which("pdffonts"):
                print(subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
