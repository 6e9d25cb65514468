"""Build the release: a one-folder frozen Huidu and, with ``--installer``, its Windows installer.

    python build/freeze.py               # compile translations, PyInstaller, smoke-test the result
    python build/freeze.py --installer   # … then makensis packaging/windows/huidu.nsi
    python build/freeze.py --clean       # … starting from an empty PyInstaller cache

Everything lands in ``build/out/`` (git-ignored): ``work/`` is PyInstaller's scratch space,
``dist/Huidu/`` the program folder, ``Huidu-<version>-Setup.exe`` the installer.

PyInstaller freezes for the platform it runs on: the real release is made on Windows with a Windows
Python (packaging/README.md), by this same script. On Linux it makes a Linux build — which proves the spec
collects everything (resources, jieba's dictionary, translations) and that the frozen CLI works — and
``--installer`` then proves the NSIS script compiles, packaging whatever ``dist/`` holds.

The smoke test runs the frozen programs, not the checkout: ``huidu parse --json`` on the bundled sample
must find its 4 speeches; the files the app looks up at run time must be in the bundle; ``--lang``
must switch the CLI's language; an import and a search in a scratch library exercise jieba with the
bundled dictionary; the app must start (offscreen) and stay up.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "huidu.spec"
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "huidu.nsi"
I18N_SCRIPT = ROOT / "build" / "i18n.py"
SAMPLE = ROOT / "resources" / "samples" / "示例讲话汇编.txt"
SAMPLE_SPEECHES = 4
APP_DIR_NAME = "Huidu"  # the spec's COLLECT name
GUI_NAME = "huidu-gui"
CLI_NAME = "huidu"
CONTENTS_DIR = "_internal"  # PyInstaller >= 6 keeps everything but the programs in here
GUI_STAYS_UP_S = 6.0

# Files the frozen app opens by path at run time (relative to the contents folder), beyond our own i18n.
BUNDLED_FILES = (
    "resources/icons/huidu.svg",
    "resources/samples/示例讲话汇编.txt",
    "resources/jieba_userdict.txt",
    "jieba/dict.txt",
    "jieba/analyse/idf.txt",
)


class FreezeError(Exception):
    """A step failed; the message says which and why."""


@dataclass(frozen=True)
class Layout:
    """Where a build puts things, under one output folder."""

    out: Path

    @property
    def work(self) -> Path:
        return self.out / "work"

    @property
    def dist(self) -> Path:
        return self.out / "dist"

    @property
    def app(self) -> Path:
        return self.dist / APP_DIR_NAME

    @property
    def contents(self) -> Path:
        return self.app / CONTENTS_DIR

    @property
    def icon(self) -> Path:
        return self.work / "huidu" / "huidu.ico"  # the spec renders it into its work folder

    def program(self, name: str) -> Path:
        return self.app / (f"{name}.exe" if sys.platform == "win32" else name)

    def installer(self, version: str) -> Path:
        return self.out / f"{APP_DIR_NAME}-{version}-Setup.exe"


def say(message: str) -> None:
    print(f"[freeze] {message}", flush=True)


def read_version(root: Path = ROOT) -> str:
    tree = ast.parse((root / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise FreezeError("desktop/__init__.py has no __version__")


def windows_version_quad(version: str) -> str:
    """``1.2.3rc1`` → ``1.2.3.0``: the four numbers Windows' version resources insist on."""
    numbers: list[str] = []
    for part in version.split("+")[0].split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(str(int(digits or "0")))
        if digits != part:
            break
    return ".".join([*numbers, "0", "0", "0", "0"][:4])


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def mebibytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def run(command: Sequence[str | Path], what: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a step, echoing its output; fail with ``what`` in the message."""
    args = [str(part) for part in command]
    say("$ " + " ".join(args))
    result = subprocess.run(args, cwd=ROOT, text=True, encoding="utf-8", errors="replace", **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise FreezeError(f"{what} failed (exit status {result.returncode})")
    return result


# --- the steps ---------------------------------------------------------------------------------------


def compile_translations() -> None:
    if not I18N_SCRIPT.is_file():
        say("build/i18n.py not found: the build carries whatever i18n/*.qm exist")
        return
    # --no-update: a release ships the catalogues as committed; it compiles them, it does not rewrite them
    # from the code (`build/i18n.py --check` is what tells whether they are in step).
    run([sys.executable, I18N_SCRIPT, "--no-update"], "compiling the translations (build/i18n.py)")


def freeze(layout: Layout, clean: bool) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as error:
        raise FreezeError("PyInstaller is not installed: pip install -e .[freeze]") from error
    if layout.app.exists():
        shutil.rmtree(layout.app)  # PyInstaller asks before replacing it otherwise
    command: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    command += ["--distpath", layout.dist, "--workpath", layout.work]
    if clean:
        command.append("--clean")
    started = time.monotonic()
    run([*command, SPEC], "PyInstaller")
    return time.monotonic() - started


def scratch_env(scratch: Path) -> dict[str, str]:
    """The environment for running the frozen programs: nothing of the user's is read or written."""
    return {
        **os.environ,
        "HUIDU_LIBRARY": str(scratch / "library.sqlite3"),
        "HUIDU_SETTINGS": str(scratch / "settings.ini"),
        "HUIDU_LOG_DIR": str(scratch / "logs"),
        "HUIDU_SEGMENTER": "jieba",  # jieba's own dictionary is the bundled file under test
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }


def frozen(
    layout: Layout, name: str, args: Sequence[str | Path], env: Mapping[str, str]
) -> subprocess.CompletedProcess[str]:
    command = [str(layout.program(name)), *map(str, args)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=dict(env),
        cwd=layout.app,
        timeout=300,
    )


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()[-2000:]
        raise FreezeError(f"smoke test: {what} exited with {result.returncode}:\n{detail}")
    return result.stdout


def check_bundle(layout: Layout) -> None:
    wanted = list(BUNDLED_FILES)
    for catalogue in sorted((ROOT / "i18n").glob("huidu_*.ts")):
        wanted += [f"i18n/{catalogue.name}", f"i18n/{catalogue.stem}.qm"]
    missing = [name for name in wanted if not (layout.contents / name).is_file()]
    if missing:
        raise FreezeError(f"smoke test: missing from {layout.contents}: {', '.join(missing)}")
    say(f"bundle holds resources, jieba's dictionaries and {len(wanted) - len(BUNDLED_FILES)} i18n files")


def check_parse(layout: Layout, env: Mapping[str, str]) -> None:
    out = expect_ok(frozen(layout, CLI_NAME, ["parse", "--json", SAMPLE], env), "huidu parse --json")
    speeches = json.loads(out)["speeches"]
    if len(speeches) != SAMPLE_SPEECHES:
        raise FreezeError(f"smoke test: the sample gave {len(speeches)} speeches, not {SAMPLE_SPEECHES}")
    say(f"frozen `huidu parse --json` found the sample's {len(speeches)} speeches")


def translated_cli_strings(catalogue: Path) -> int:
    """How many command-line strings a ``.ts`` file translates (the CLI reads the ``.ts`` at run time)."""
    if not catalogue.is_file():
        return 0
    from desktop.i18n import read_catalogue

    return sum(
        1 for context, _source, _comment in read_catalogue(catalogue) if context in {"cli", "argparse"}
    )


def check_languages(layout: Layout, env: Mapping[str, str]) -> None:
    if not translated_cli_strings(ROOT / "i18n" / "huidu_zh_CN.ts"):
        say("i18n/huidu_zh_CN.ts translates no command-line strings yet: language check skipped")
        return
    helps = {
        lang: expect_ok(frozen(layout, CLI_NAME, ["--lang", lang, "--help"], env), f"huidu --lang {lang}")
        for lang in ("en", "zh_CN")
    }
    if helps["en"] == helps["zh_CN"]:
        raise FreezeError("smoke test: `huidu --lang zh_CN --help` is English: the catalogue is not bundled")
    say("frozen CLI speaks Chinese with --lang zh_CN")


def check_library(layout: Layout, env: Mapping[str, str]) -> None:
    help_text = expect_ok(frozen(layout, CLI_NAME, ["--lang", "en", "--help"], env), "huidu --help")
    if not {"import", "search"} <= set(help_text.split()):
        say("no import/search commands yet: library check skipped")
        return
    expect_ok(frozen(layout, CLI_NAME, ["import", SAMPLE], env), "huidu import")
    out = expect_ok(frozen(layout, CLI_NAME, ["search", "基层", "--json"], env), "huidu search")
    hits = json.loads(out)
    if not hits:
        raise FreezeError("smoke test: searching the imported sample for 基层 found nothing")
    say(f"frozen import + search work (jieba with the bundled dictionary): {len(hits)} hits for 基层")


def check_gui(layout: Layout, env: Mapping[str, str]) -> None:
    expect_ok(frozen(layout, GUI_NAME, ["--help"], env), "huidu-gui --help")
    process = subprocess.Popen(
        [str(layout.program(GUI_NAME)), "--sample"],
        env=dict(env),
        cwd=layout.app,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        output, _ = process.communicate(timeout=GUI_STAYS_UP_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        say(
            f"frozen app started offscreen with the sample and was still running after {GUI_STAYS_UP_S:.0f} s"
        )
        return
    text = output.decode("utf-8", "replace").strip()[-2000:]
    raise FreezeError(f"smoke test: the frozen app quit at once (exit status {process.returncode}):\n{text}")


def smoke_test(layout: Layout) -> None:
    with tempfile.TemporaryDirectory(prefix="huidu-smoke-") as scratch:
        env = scratch_env(Path(scratch))
        check_bundle(layout)
        check_parse(layout, env)
        check_languages(layout, env)
        check_library(layout, env)
        check_gui(layout, env)


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "-") / "NSIS" / "makensis.exe"
        if candidate.is_file():
            return str(candidate)
    raise FreezeError(
        "makensis not found: install NSIS 3 (Windows: nsis.sourceforge.io; Debian: apt install nsis)"
    )


def build_installer(layout: Layout, version: str) -> Path:
    if sys.platform != "win32":
        say("not on Windows: this installer wraps a Linux build and only proves the NSIS script compiles")
    target = layout.installer(version)
    target.unlink(missing_ok=True)
    switch = "/" if sys.platform == "win32" else "-"  # makensis's option prefix on each system
    command: list[str | Path] = [find_makensis(), f"{switch}V2"]
    if sys.platform == "win32":
        command.append("/WX")  # warnings are errors; elsewhere "no huidu-gui.exe" is expected
    defines = {
        "VERSION": version,
        "VERSION_QUAD": windows_version_quad(version),
        "DIST_DIR": layout.app,
        "OUTFILE": target,
    }
    if layout.icon.is_file():
        defines["ICON"] = layout.icon
    command += [f"{switch}D{name}={value}" for name, value in defines.items()]
    run([*command, NSIS_SCRIPT], "makensis")
    if not target.is_file():
        raise FreezeError(f"makensis reported success but wrote no {target}")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="also build the Windows installer (NSIS)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-smoke", action="store_true", help="skip running the frozen programs")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "out", help="output folder")
    args = parser.parse_args(argv)
    layout = Layout(args.out.resolve())
    try:
        version = read_version()
        say(f"Huidu {version} on {sys.platform}, Python {sys.version.split()[0]}")
        compile_translations()
        seconds = freeze(layout, args.clean)
        say(f"PyInstaller took {seconds:.0f} s; {layout.app} is {mebibytes(folder_size(layout.app))}")
        if not args.no_smoke:
            smoke_test(layout)
        if args.installer:
            started = time.monotonic()
            installer = build_installer(layout, version)
            size = mebibytes(installer.stat().st_size)
            say(f"makensis took {time.monotonic() - started:.0f} s; {installer} is {size}")
    except FreezeError as error:
        say(f"FAILED: {error}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
