"""Keep the translation catalogues in step with the code, and compile them for the app.

    .venv/bin/python build/i18n.py            # update i18n/*.ts from the code, compile i18n/*.qm
    .venv/bin/python build/i18n.py --check    # fail if a .ts is out of date or zh_CN is unfinished
    .venv/bin/python build/i18n.py --qm-dir DIR --no-update   # only compile, into DIR

pyside6-lupdate reads every ``.py`` under ``desktop/ui``, ``desktop/cli*.py``, ``desktop/i18n.py`` and
``desktop/core/notices.py`` (the templates of core's messages, context "core") and merges what it
finds (``self.tr(...)``, ``translate("cli", ...)``, ``QT_TRANSLATE_NOOP(...)``) into
``i18n/huidu_zh_CN.ts`` and ``i18n/huidu_en.ts``, dropping strings the code no longer uses.
English is the source language, so ``huidu_en.ts`` gets each plain string copied as its own
translation; only its plural (numerus) forms are written by hand. pyside6-lrelease then compiles
both into ``.qm`` files (build outputs, git-ignored) that the app and the frozen build load.

``--check`` changes nothing: it runs lupdate on copies and compares the *messages* (not line
numbers, so moving code does not make the catalogue stale), then checks every zh_CN message is
translated with the same placeholders and a keyboard mnemonic where the English has one.
Running the script twice gives the same files.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = Path("i18n")
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "tr_cli"}


def ts_name(language: str) -> str:
    return f"huidu_{language}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """What lupdate reads, relative to ``root`` (so the ``.ts`` locations are the same on every machine)."""
    desktop = root / "desktop"
    files = [*sorted((desktop / "ui").rglob("*.py")), *sorted(desktop.glob("cli*.py")), desktop / "i18n.py"]
    files.append(desktop / "core" / "notices.py")  # the templates of core's messages (context "core")
    return [path.relative_to(root) for path in files if path.is_file()]


def qt_tool(name: str) -> list[str]:
    """The command for a Qt tool shipped in the PySide6 wheel (``lupdate``, ``lrelease``)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if os.name == "nt" else name)
    if exe.is_file():
        return [str(exe)]
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is None:
        raise SystemExit(f"i18n: cannot find Qt's {name} (install PySide6-Essentials)")
    return [wrapper]


def run(command: Sequence[str], cwd: Path, quiet: bool) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        raise SystemExit(f"i18n: {' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    if not quiet and result.stdout.strip():
        print(result.stdout.rstrip())


def lupdate(ts_files: Sequence[Path], root: Path = ROOT, quiet: bool = False) -> None:
    """Merge the code's strings into ``ts_files`` (created when missing), dropping vanished ones."""
    command = [*qt_tool("lupdate"), *map(str, source_files(root))]
    command += ["-ts", *map(str, ts_files)]
    command += ["-source-language", SOURCE_LANGUAGE, "-no-obsolete", "-locations", "relative"]
    if quiet:
        command.append("-silent")
    run(command, root, quiet)


_PLAIN_UNFINISHED = re.compile(
    r"(<message>(?:(?!</message>).)*?<source>(?P<source>[^<]*)</source>(?:(?!</message>).)*?)"
    r'<translation type="unfinished">[^<]*</translation>',
    re.DOTALL,
)


def fill_source_language(ts_path: Path) -> bool:
    """In the English catalogue, translate each plain string as itself; ``True`` if the file changed.

    A textual edit (not an XML round trip) keeps lupdate's own layout, so the next run of lupdate
    rewrites nothing. Plural messages (``<message numerus="yes">``) are left for a person.
    """
    text = ts_path.read_text(encoding="utf-8")
    filled = _PLAIN_UNFINISHED.sub(
        lambda m: f"{m.group(1)}<translation>{m.group('source')}</translation>", text
    )
    if filled == text:
        return False
    ts_path.write_text(filled, encoding="utf-8", newline="\n")
    return True


def lrelease(ts_files: Iterable[Path], out_dir: Path, root: Path = ROOT, quiet: bool = False) -> list[Path]:
    """Compile each ``.ts`` to ``out_dir/<same name>.qm``, leaving unfinished translations out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files:
        qm = out_dir / ts.with_suffix(".qm").name
        run([*qt_tool("lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)], root, quiet)
        written.append(qm)
    return written


# --- reading and judging a catalogue ----------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or its numerus forms
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in {"obsolete", "vanished"}:
                continue
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms,
                    unfinished=kind == "unfinished",
                )
            )
    return messages


PLACEHOLDER = re.compile(r"%L?\d+|%L?n|%\([a-z_]+\)[sdr]|%[sdr]|\{[a-z_]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def placeholders(text: str) -> list[str]:
    return sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text.replace("&&", "")))


def translation_problems(messages: Iterable[Message], language: str) -> list[str]:
    """Unfinished or empty translations, lost placeholders, lost keyboard mnemonics."""
    problems = []
    for message in messages:
        if message.unfinished or not message.forms or not all(message.forms):
            problems.append(f"{language}: untranslated {message.where()}")
            continue
        for form in message.forms:
            wanted, got = placeholders(message.source), placeholders(form)
            if message.numerus:  # a plural form may spell the number out ("one speech"): %n is optional
                wanted = [p for p in wanted if p != "%n"]
                got = [p for p in got if p != "%n"]
            if wanted != got:
                problems.append(f"{language}: placeholders {got} ≠ {wanted} in {message.where()} → {form!r}")
            if MNEMONIC.search(message.source) and not MNEMONIC.search(form):
                problems.append(f"{language}: no &mnemonic in {form!r} for {message.where()}")
    return problems


def sync_problems(expected: Iterable[Message], actual: Iterable[Message], language: str) -> list[str]:
    """Messages in the code but not the catalogue (missing), and the other way round (stale)."""
    want = {m.key: m for m in expected}
    have = {m.key: m for m in actual}
    missing = [f"{language}: missing {want[key].where()}" for key in want if key not in have]
    stale = [f"{language}: no longer in the code {have[key].where()}" for key in have if key not in want]
    return missing + stale


def source_problems(root: Path = ROOT) -> list[str]:
    """Calls lupdate would miss or mangle: f-strings in ``tr()``, literals in ``tr_cli()``."""
    problems = []
    for relative in source_files(root):
        tree = ast.parse((root / relative).read_text(encoding="utf-8"), filename=str(relative))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if name not in TRANSLATE_CALLS:
                continue
            where = f"{relative}:{node.lineno}"
            if any(isinstance(arg, ast.JoinedStr) for arg in node.args[:2]):
                problems.append(f"{where}: an f-string in {name}() cannot be translated; use %1 or {{name}}")
            if name == "tr_cli" and node.args and isinstance(node.args[0], ast.Constant):
                problems.append(f'{where}: lupdate cannot see tr_cli("…"); write translate("cli", "…")')
    return problems


def check(root: Path = ROOT, i18n_dir: Path | None = None) -> list[str]:
    """Everything wrong with the catalogues in ``i18n_dir`` (default ``root/i18n``); empty when in step."""
    i18n_dir = root / I18N if i18n_dir is None else i18n_dir
    problems = source_problems(root)
    with tempfile.TemporaryDirectory(prefix="huidu-i18n-") as tmp:
        copies = []
        for language in LANGUAGES:
            copy = Path(tmp) / ts_name(language)
            if (i18n_dir / ts_name(language)).is_file():
                shutil.copyfile(i18n_dir / ts_name(language), copy)
            copies.append(copy)
        lupdate(copies, root, quiet=True)
        fill_source_language(Path(tmp) / ts_name(SOURCE_LANGUAGE))
        for language, copy in zip(LANGUAGES, copies, strict=True):
            path = i18n_dir / ts_name(language)
            if not path.is_file():
                problems.append(f"{language}: {path} does not exist; run build/i18n.py")
                continue
            actual = read_ts(path)
            problems += sync_problems(read_ts(copy), actual, language)
            problems += translation_problems(actual, language)
    return problems


def update(root: Path = ROOT, quiet: bool = False) -> list[Path]:
    ts_files = [I18N / ts_name(language) for language in LANGUAGES]
    (root / I18N).mkdir(exist_ok=True)
    lupdate(ts_files, root, quiet)
    if fill_source_language(root / I18N / ts_name(SOURCE_LANGUAGE)) and not quiet:
        print(f"filled the English catalogue's plain strings in {ts_name(SOURCE_LANGUAGE)}")
    return [root / ts for ts in ts_files]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if the catalogues are stale"
    )
    parser.add_argument("--no-update", action="store_true", help="do not run lupdate, only compile")
    parser.add_argument("--qm-dir", type=Path, help="where to write the .qm files (default: i18n/)")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)

    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"i18n: {len(problems)} problem(s); run build/i18n.py and translate", file=sys.stderr)
            return 1
        if not args.quiet:
            print("i18n: catalogues are in step with the code and fully translated")
        return 0

    ts_files = [ROOT / I18N / ts_name(language) for language in LANGUAGES]
    if not args.no_update:
        ts_files = update(quiet=args.quiet)
        for language, ts in zip(LANGUAGES, ts_files, strict=True):
            for problem in translation_problems(read_ts(ts), language):
                print(f"warning: {problem}", file=sys.stderr)
    for qm in lrelease(ts_files, args.qm_dir or ROOT / I18N, quiet=args.quiet):
        if not args.quiet:
            print(f"compiled {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
