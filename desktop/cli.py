"""The ``huidu`` command: no arguments (or only files) opens the app; subcommands run headless.

Windows consoles default to a legacy code page (GBK on Chinese systems); we reconfigure stdout and
stderr to UTF-8 so Chinese titles and JSON print the same everywhere, whatever the locale says.

Messages and ``--help`` follow ``--lang zh_CN|en`` (else ``HUIDU_LANG``, the app's saved setting, the
system): every string a person reads is written ``translate("cli", "…")`` (``desktop/i18n.py``, no Qt)
so pyside6-lupdate collects it into ``i18n/*.ts``. Messages from core (errors, parse warnings) are
English ``Notice``s that ``desktop.core.notices.localise`` translates (context "core"). JSON output is
never translated.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.errors import HuiduError
from desktop.core.notices import localise, localised_message
from desktop.i18n import (
    LANGUAGES,
    lang_option,
    resolve_language,
    saved_language,
    set_cli_language,
    translate,
    without_lang_option,
)
from desktop.logs import setup_logging

SUBCOMMANDS = {
    "parse",
    "import",
    "speeches",
    "speech",
    "search",
    "mark",
    "tags",
    "tag",
    "word",
    "correct",
    "export",
}


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
        declared = translate("cli", "declared: {declared}, found: {found}")
        out.write(
            declared.format(declared=compilation.declared_count, found=len(compilation.speeches)) + "\n"
        )
    for warning in compilation.warnings:
        shown = localise(warning, translate)
        out.write(translate("cli", "warning: {warning}").format(warning=shown) + "\n")
    chars = translate("cli", "({count} chars)")
    for number, speech in enumerate(compilation.speeches, 1):
        out.write(f"{number:>3}. {speech.title}  {chars.format(count=len(speech.text))}\n")
        labels = {
            "speaker": translate("cli", "speaker"),
            "occasion": translate("cli", "occasion"),
            "date": translate("cli", "date"),
        }
        for key, value in speech.meta.items():
            out.write(f"       {labels.get(key, key)}: {value}\n")
        for heading in speech.outline:
            indent = "  " * heading.level
            text = heading.text if len(heading.text) <= 40 else heading.text[:39] + "…"
            out.write(f"     {indent}{text}\n")
    if compilation.removed:
        removed = translate("cli", "removed: {count} pieces (boilerplate, markers, table of contents…)")
        out.write(removed.format(count=len(compilation.removed)) + "\n")


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
        description=translate(
            "cli",
            "Huidu 汇读 — read, mark and excerpt Chinese speech compilations. "
            "Without a command, opens the app (with the given files).",
        ),
    )
    _add_common_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=translate("cli", "commands"))
    parse = commands.add_parser(
        "parse", help=translate("cli", "split a compilation file into speeches and print them")
    )
    parse.add_argument("file", type=Path, help=translate("cli", "a .txt, .docx or .pdf file"))
    parse.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object"))
    parse.add_argument("--pretty", action="store_true", help=translate("cli", "indent the JSON"))
    parse.add_argument(
        "--encoding", help=translate("cli", "text encoding of a .txt file (default: detected)")
    )
    parse.set_defaults(handler=cmd_parse)
    from desktop.cli_export import add_export_command
    from desktop.cli_library import add_library_commands

    add_library_commands(commands)
    add_export_command(commands)
    return parser


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="version",
        version=f"huidu {__version__}",
        help=translate("cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate(
            "cli", "language of messages and help (default: $HUIDU_LANG, the setting, the system)"
        ),
    )


def choose_language(argv: list[str]) -> str:
    """Set the language of the command's messages from ``--lang`` and its fallbacks; return it."""
    return set_cli_language(resolve_language(lang_option(argv), saved=saved_language())).language


def gui_main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    choose_language(argv)
    gui = argparse.ArgumentParser(prog="huidu", description=translate("cli", "Open the Huidu app."))
    gui.add_argument("files", nargs="*", type=Path, help=translate("cli", "compilation files to open"))
    gui.add_argument("--library", type=Path, help=translate("cli", "the library file to use"))
    gui.add_argument(
        "--sample", action="store_true", help=translate("cli", "open the bundled sample compilation")
    )
    _add_common_options(gui)
    args = gui.parse_args(argv)
    setup_logging()
    from desktop.ui.app import run_app
    from desktop.ui.resources import sample_path

    paths = list(args.files)
    if args.sample:
        paths.insert(0, sample_path())
    return run_app(paths, language=args.lang, library_path=args.library)


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    command = without_lang_option(argv)
    if not command or (command[0] not in SUBCOMMANDS and command[0] not in ("-h", "--help", "--version")):
        return gui_main(argv)
    choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    log_file = setup_logging()
    try:
        return int(handler(args))
    except HuiduError as error:
        sys.stderr.write("huidu: " + localised_message(error, translate) + "\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        logging.getLogger("desktop.cli").exception("unexpected error in %s", argv)
        message = translate("cli", "unexpected error; details are in the log: {path}")
        sys.stderr.write("huidu: " + message.format(path=log_file or "-") + "\n")
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
