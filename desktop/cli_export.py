"""``huidu export``: write selected marks to .docx (公文/plain/template), Markdown, CSV or JSON.

    huidu export --out 金句.docx --tag 金句 --state selected --group-by tag --style gongwen
    huidu export --out marks.csv                     # the format follows the suffix unless --format says

Register it with ``add_export_command(subparsers)``; the handler returns the exit code and lets
``HuiduError``s (bad option, unreadable template, unwritable file) propagate to the caller's handler.
Help and messages are written ``translate("cli", "…")`` (see i18n/README.md); the JSON result is not.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop.core.export import (
    DOCX_STYLES,
    FORMATS,
    GROUPINGS,
    ExportOptions,
    Fields,
    Selection,
    export,
    format_for,
)
from desktop.i18n import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        message = translate("cli", "“{text}” is not a date; write it as YYYY-MM-DD.")
        raise argparse.ArgumentTypeError(message.format(text=text)) from exc


def add_export_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help=translate("cli", "export marks to Word, Markdown, CSV or JSON"),
        description=translate(
            "cli",
            "Export marks, grouped and cited, to a .docx (公文 or plain style, or your template), "
            "Markdown, CSV (for Excel) or JSON. Filters combine; repeated filters match any of their values.",
        ),
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    parser.add_argument(
        "--format", choices=FORMATS, help=translate("cli", "default: from the file's suffix, else docx")
    )
    parser.add_argument(
        "--library",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("cli", "the library file (default: HUIDU_LIBRARY or the app's)"),
    )
    chosen = parser.add_argument_group(translate("cli", "which marks"))
    chosen.add_argument(
        "--tag", action="append", default=[], metavar="T", help=translate("cli", "tag (includes its subtags)")
    )
    chosen.add_argument(
        "--all-tags", action="store_true", help=translate("cli", "a mark needs every --tag, not any")
    )
    chosen.add_argument(
        "--state",
        action="append",
        default=[],
        metavar="S",
        help=translate("cli", "candidate/selected/rejected"),
    )
    chosen.add_argument(
        "--color", action="append", default=[], metavar="C", help=translate("cli", "mark colour")
    )
    chosen.add_argument("--min-rating", type=int, metavar="N", help=translate("cli", "rating at least N"))
    chosen.add_argument(
        "--compilation",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help=translate("cli", "marks in this compilation"),
    )
    chosen.add_argument(
        "--speech",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help=translate("cli", "marks in this speech"),
    )
    chosen.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help=translate("cli", "marked on or after"),
    )
    chosen.add_argument(
        "--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help=translate("cli", "marked on or before")
    )
    chosen.add_argument(
        "--query", default="", metavar="TEXT", help=translate("cli", "text in the quote or the note")
    )
    layout = parser.add_argument_group(translate("cli", "layout"))
    layout.add_argument(
        "--group-by",
        choices=GROUPINGS,
        default="tag",
        help=translate("cli", "how the excerpts are grouped (default: tag)"),
    )
    layout.add_argument(
        "--style",
        choices=[s for s in DOCX_STYLES if s != "template"],
        default="gongwen",
        help=translate("cli", "Word style: gongwen (公文) or plain; default: gongwen"),
    )
    layout.add_argument(
        "--template", type=Path, metavar="FILE.docx", help=translate("cli", "use this Word template's styles")
    )
    layout.add_argument(
        "--font-fallback",
        action="store_true",
        help=translate("cli", "公文 fonts: 仿宋/楷体/宋体 instead of the _GB2312 faces"),
    )
    layout.add_argument("--title", default="摘录汇编", help=translate("cli", "the document's title"))
    toc = layout.add_mutually_exclusive_group()
    toc.add_argument(
        "--toc",
        dest="toc",
        action="store_true",
        default=None,
        help=translate("cli", "always add a table of contents"),
    )
    toc.add_argument(
        "--no-toc", dest="toc", action="store_false", help=translate("cli", "never add a table of contents")
    )
    leave_out = parser.add_argument_group(translate("cli", "leave out"))
    leave_out_help = {
        "quote": translate("cli", "leave out the quote"),
        "citation": translate("cli", "leave out the citation"),
        "heading": translate("cli", "leave out the heading"),
        "tags": translate("cli", "leave out the tags"),
        "note": translate("cli", "leave out the note"),
        "state": translate("cli", "leave out the state"),
    }
    for name, help_text in leave_out_help.items():
        leave_out.add_argument(f"--no-{name}", action="store_true", help=help_text)
    leave_out.add_argument(
        "--rating", action="store_true", help=translate("cli", "show the rating (left out by default)")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    parser.set_defaults(handler=cmd_export)
    return parser


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    selection = Selection(
        tags=tuple(args.tag),
        all_tags=args.all_tags,
        colors=tuple(args.color),
        states=tuple(args.state),
        min_rating=args.min_rating,
        compilation_ids=tuple(args.compilation),
        speech_ids=tuple(args.speech),
        created_from=args.date_from,
        created_to=args.date_to,
        text=args.query,
    )
    fields = Fields(
        quote=not args.no_quote,
        citation=not args.no_citation,
        heading=not args.no_heading,
        tags=not args.no_tags,
        note=not args.no_note,
        state=not args.no_state,
        rating=args.rating,
    )
    return ExportOptions(
        selection=selection,
        grouping=args.group_by,
        format=format_for(args.out, args.format),
        style="template" if args.template else args.style,
        template=args.template,
        font_fallback=args.font_fallback,
        fields=fields,
        title=args.title,
        toc=args.toc,
    )


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.core.store import Library

    options = options_from_args(args).checked()
    with Library.open(getattr(args, "library", None)) as library:
        result = export(library, options, args.out)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        done = translate("cli", "exported {excerpts} excerpts in {groups} groups to {path} ({format})")
        sys.stdout.write(
            done.format(
                excerpts=result.excerpts, groups=result.groups, path=result.path, format=result.format
            )
            + "\n"
        )
    if result.excerpts == 0:
        empty = translate("cli", "no marks matched the filters; the file holds no excerpts.")
        sys.stderr.write("huidu: " + empty + "\n")
    return 0
