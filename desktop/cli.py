"""The ``huidu`` command: no arguments (or only files) opens the app; subcommands run headless.

Windows consoles default to a legacy code page (GBK on Chinese systems); we reconfigure stdout and
stderr to UTF-8 so Chinese titles and JSON print the same everywhere, whatever the locale says.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.errors import HuiduError

SUBCOMMANDS = {"parse", "import", "speeches", "speech", "search", "mark", "tags", "tag", "export"}


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _print_tree(compilation: Any) -> None:
    out = sys.stdout
    head = compilation.title or Path(compilation.source).name
    out.write(f"{head}  [{compilation.format}, {compilation.encoding or '-'}]\n")
    if compilation.declared_count is not None:
        out.write(f"declared: {compilation.declared_count}, found: {len(compilation.speeches)}\n")
    for warning in compilation.warnings:
        out.write(f"warning: {warning}\n")
    for number, speech in enumerate(compilation.speeches, 1):
        out.write(f"{number:>3}. {speech.title}  ({len(speech.text)} chars)\n")
        for key, value in speech.meta.items():
            out.write(f"       {key}: {value}\n")
        for heading in speech.outline:
            indent = "  " * heading.level
            text = heading.text if len(heading.text) <= 40 else heading.text[:39] + "…"
            out.write(f"     {indent}{text}\n")
    if compilation.removed:
        out.write(f"removed: {len(compilation.removed)} pieces (boilerplate, markers, table of contents…)\n")


def cmd_parse(args: argparse.Namespace) -> int:
    from desktop.core.parse import parse_file

    compilation = parse_file(args.file, encoding=args.encoding)
    if args.json:
        json.dump(compilation.to_json(), sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
        sys.stdout.write("\n")
    else:
        _print_tree(compilation)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huidu",
        description="Huidu 汇读 — read, mark and excerpt Chinese speech compilations. "
        "Without a command, opens the app (with the given files).",
    )
    parser.add_argument("--version", action="version", version=f"huidu {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser("parse", help="split a compilation file into speeches and print them")
    parse.add_argument("file", type=Path, help="a .txt, .docx or .pdf file")
    parse.add_argument("--json", action="store_true", help="print one JSON object")
    parse.add_argument("--pretty", action="store_true", help="indent the JSON")
    parse.add_argument("--encoding", help="text encoding of a .txt file (default: detected)")
    parse.set_defaults(handler=cmd_parse)
    try:
        from desktop.cli_library import add_library_commands
    except ImportError:  # the library commands are optional while they are being built
        pass
    else:
        add_library_commands(commands)
    return parser


def gui_main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui = argparse.ArgumentParser(prog="huidu", description="Open the Huidu app.")
    gui.add_argument("files", nargs="*", type=Path, help="compilation files to open")
    gui.add_argument("--library", type=Path, help="the library file to use")
    gui.add_argument("--sample", action="store_true", help="open the bundled sample compilation")
    args = gui.parse_args(argv)
    from desktop.ui.app import run_app

    paths = list(args.files)
    if args.sample:
        paths.insert(0, sample_path())
    return run_app(paths)


def sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "samples" / "示例讲话汇编.txt"


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version"):
        return gui_main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except HuiduError as error:
        sys.stderr.write(f"huidu: {error}\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
