"""Headless library commands: import, list, read, search, mark, tag — for batch use and scripting.

``add_library_commands(subparsers)`` adds them to the ``huidu`` parser; each sets ``handler`` to a
function taking the parsed arguments and returning the exit code (0 ok, 1 a user error, shown as one
sentence on stderr). Every command takes ``--library PATH`` (else ``HUIDU_LIBRARY``, else the user data
directory). ``--json`` output has fixed shapes, documented in ``desktop/core/store/records.py`` and
``desktop/core/search/query.py``; offsets are character offsets into a speech's ``text``. Help,
messages and summaries follow ``--lang`` (``translate("cli", "…")``; core's errors through
``localised_message``); JSON is never translated.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.errors import HuiduError
from desktop.core.notices import UNEXPECTED_ERROR, localise, localised_message, notice
from desktop.core.store import Library
from desktop.core.store.records import COLORS, STATES, STYLES, ImportResult
from desktop.i18n import translate

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


# ---------------------------------------------------------------------------------------------- output


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _err(line: str) -> None:
    sys.stderr.write(line + "\n")


def _open(args: argparse.Namespace) -> Library:
    return Library.open(getattr(args, "library", None))


def _guarded(handler: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except HuiduError as error:
            _err("huidu: " + localised_message(error, translate))
            return 1

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


# ---------------------------------------------------------------------------------------------- import


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus every supported file under named folders (recursively), in order."""
    from desktop.core.formats import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


class _ProgressLine:
    """One line on stderr, rewritten in place on a terminal, a line per file otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.width = 0

    def show(self, text: str) -> None:
        if self.tty:
            sys.stderr.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def done(self) -> None:
        if self.tty and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


def import_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    encoding: str | None = None,
    report: Callable[[str], None] | None = None,
) -> list[ImportResult]:
    """Import files one by one; a file that fails is reported and the rest go on."""
    results = []
    for number, path in enumerate(paths, 1):
        prefix = f"[{number}/{len(paths)}] {path.name}"
        if report:
            report(prefix)
        try:

            def progress(done: int, total: int, prefix: str = prefix) -> None:
                if report and (done == total or done % 20 == 0):
                    line = translate("cli", "{file}: {done}/{total} speeches")
                    report(line.format(file=prefix, done=done, total=total))

            results.append(library.compilations.import_file(path, encoding=encoding, progress=progress))
        except HuiduError as error:  # the error stays English in JSON; the summary translates it
            results.append(ImportResult(path=str(path), status="failed", error=error.notice))
        except Exception as error:  # a bug in a reader or the parser: report it, keep going, keep the log
            log.exception("importing %s failed", path)
            results.append(
                ImportResult(
                    path=str(path),
                    status="failed",
                    error=notice(UNEXPECTED_ERROR, error=repr(error)),
                )
            )
    return results


def _summary(results: list[ImportResult]) -> list[str]:
    def count(status: str) -> int:
        return sum(1 for r in results if r.status == status)

    speeches = sum(r.speeches for r in results if r.status in ("imported", "new-version"))
    summary = translate(
        "cli",
        "Imported {imported} file(s) and {versions} new version(s) ({speeches} speeches); "
        "skipped {duplicates} duplicate(s); {failed} failed.",
    )
    lines = [
        summary.format(
            imported=count("imported"),
            versions=count("new-version"),
            speeches=speeches,
            duplicates=count("duplicate"),
            failed=count("failed"),
        )
    ]
    for r in results:
        if r.status == "new-version":
            line = translate("cli", "new version: {path} (compilation {id}, was {previous})")
        elif r.status == "duplicate":
            line = translate("cli", "duplicate: {path} (already compilation {id})")
        elif r.status == "failed":
            line = translate("cli", "failed: {path}: {error}")
        else:
            continue
        error = localise(r.error, translate) if r.error else r.error
        lines.append(
            "  " + line.format(path=r.path, id=r.compilation_id, previous=r.previous_id, error=error)
        )
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders (recursively): .txt, .docx, .pdf."""
    files = collect_files(args.paths)
    if not files:
        message = translate("cli", "no supported files found in {paths}")
        _err("huidu: " + message.format(paths=", ".join(args.paths)))
        return 1
    progress = _ProgressLine()
    with _open(args) as library:
        results = import_paths(library, files, encoding=args.encoding, report=progress.show)
    progress.done()
    if args.json:
        _print_json([r.to_json() for r in results])
    else:
        for line in _summary(results):
            _out(line)
    return 1 if all(r.status == "failed" for r in results) else 0


# ---------------------------------------------------------------------------------------------- reading


def cmd_speeches(args: argparse.Namespace) -> int:
    """List the speeches in the library."""
    with _open(args) as library:
        speeches = library.speeches.list(include_superseded=args.all)
    if args.json:
        _print_json([s.to_json() for s in speeches])
        return 0
    line = translate("cli", "{id}  {chars} chars  {marks} marks  {title}  〔{compilation}〕")
    old = "  " + translate("cli", "(old version)")
    for s in speeches:
        shown = line.format(
            id=f"{s.id:>6}",
            chars=f"{s.chars:>7}",
            marks=f"{s.marks:>4}",
            title=s.title,
            compilation=s.compilation_title or "—",
        )
        _out(shown + ("" if s.current else old))
    return 0


def cmd_speech(args: argparse.Namespace) -> int:
    """Show one speech: title, metadata, outline and text."""
    with _open(args) as library:
        speech = library.speeches.get(args.id)
    if args.json:
        _print_json(speech.to_json())
        return 0
    _out(speech.title)
    labels = {
        "speaker": translate("cli", "speaker"),
        "occasion": translate("cli", "occasion"),
        "date": translate("cli", "date"),
    }
    for key, value in speech.meta.items():
        _out(f"{labels.get(key, key)}: {value}")
    _out()
    _out(speech.text)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Search speech texts (or, with --marks, mark quotes and notes)."""
    limit = args.limit if args.limit and args.limit > 0 else None
    with _open(args) as library:
        if args.marks:
            marks = library.search_marks(args.query, limit=limit)
            if args.json:
                _print_json([m.to_json() for m in marks])
            else:
                _print_marks(marks)
            return 0
        result = library.search(args.query, limit=limit)
    if args.json:
        _print_json([h.to_json() for h in result.hits])
        return 0
    for hit in result.hits:
        shown = (
            hit.snippet[: hit.snippet_start] + "【" + hit.snippet[hit.snippet_start : hit.snippet_end] + "】"
        )
        shown += hit.snippet[hit.snippet_end :]
        _out(f"{hit.speech_id:>6} {hit.start:>6}-{hit.end:<6} {hit.title}: {shown}")
    summary = translate("cli", "{hits} hit(s) in {speeches} speech(es)")
    summary = summary.format(hits=len(result.hits), speeches=result.speeches)
    _err(summary + (" " + translate("cli", "(more: raise --limit)") if result.truncated else ""))
    return 0


# ---------------------------------------------------------------------------------------------- marks


def _print_marks(marks: Sequence[Any]) -> None:
    for m in marks:
        tags = " ".join(f"#{t}" for t in m.tags)
        note = f"  — {m.note.splitlines()[0]}" if m.note else ""
        where = translate("cli", "speech {id} {start}-{end}").format(id=m.speech_id, start=m.start, end=m.end)
        _out(
            f"{m.uuid}  {where}  {m.color}/{m.style}  {STATES[m.state]}  "
            f"{'★' * m.rating}  {tags}\n    {m.quote}{note}"
        )


def cmd_mark_add(args: argparse.Namespace) -> int:
    with _open(args) as library:
        mark = library.marks.add(
            args.speech,
            args.start,
            args.end,
            color=args.color,
            style=args.style,
            tags=args.tag or (),
            note=args.note.replace("\\n", "\n"),
            state=args.state,
            rating=args.rating,
        )
    if args.json:
        _print_json(mark.to_json())
    else:
        _out(mark.uuid)
    return 0


def cmd_mark_edit(args: argparse.Namespace) -> int:
    with _open(args) as library:
        mark = library.marks.update(
            args.uuid,
            color=args.color,
            style=args.style,
            note=None if args.note is None else args.note.replace("\\n", "\n"),
            state=args.state,
            rating=args.rating,
            tags=args.tag,
        )
    if args.json:
        _print_json(mark.to_json())
    else:
        _print_marks([mark])
    return 0


def cmd_mark_list(args: argparse.Namespace) -> int:
    with _open(args) as library:
        marks = library.marks.list(speech_id=args.speech, tag=args.tag, state=args.state, color=args.color)
    if args.json:
        _print_json([m.to_json() for m in marks])
    else:
        _print_marks(marks)
    return 0


def cmd_mark_remove(args: argparse.Namespace) -> int:
    with _open(args) as library:
        count = library.marks.remove_many(args.uuids)
    _out(translate("cli", "Removed {count} mark(s).").format(count=count))
    return 0


def cmd_mark_all(args: argparse.Namespace) -> int:
    from desktop.core.search.query import mark_all

    with _open(args) as library:
        result = mark_all(
            library, args.query, tag=args.tag, color=args.color, style=args.style, state=args.state
        )
    if args.json:
        _print_json([m.to_json() for m in result.created])
    else:
        message = translate("cli", "Marked {count} hit(s) with #{tag}.")
        message = message.format(count=len(result.created), tag=args.tag)
        if result.already_marked:
            already = translate("cli", "{count} already had it.")
            message += " " + already.format(count=result.already_marked)
        _out(message)
    return 0


# ---------------------------------------------------------------------------------------------- tags


def cmd_tags(args: argparse.Namespace) -> int:
    with _open(args) as library:
        tags = library.tags.list(prefix=args.prefix)
    if args.json:
        _print_json([t.to_json() for t in tags])
        return 0
    shown: set[str] = set()
    for tag in tags:
        levels = tag.name.split("/")
        for depth in range(len(levels) - 1):  # parents that exist only through their children
            parent = "/".join(levels[: depth + 1])
            if parent not in shown:
                shown.add(parent)
                _out(f"{'  ' * depth}{levels[depth]}/")
        shown.add(tag.name)
        color = f"  {tag.color}" if tag.color else ""
        _out(f"{'  ' * (len(levels) - 1)}{levels[-1]}  ({tag.count}){color}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    with _open(args) as library:
        action = args.tag_command
        if action == "create":
            tag = library.tags.create(args.name, args.color)
            _out(translate("cli", "Created #{tag}.").format(tag=tag.name))
        elif action == "rename":
            tag = library.tags.rename(args.old, args.new)
            _out(translate("cli", "Renamed #{old} to #{new}.").format(old=args.old, new=tag.name))
        elif action == "merge":
            tag = library.tags.merge(args.source, args.target)
            message = translate("cli", "Merged #{source} into #{target} ({count} marks).")
            _out(message.format(source=args.source, target=tag.name, count=tag.count))
        elif action == "delete":
            count = library.tags.delete(args.name)
            message = translate(
                "cli", "Deleted #{tag} (it was on {count} marks; they keep their other tags)."
            )
            _out(message.format(tag=args.name, count=count))
        elif action == "color":
            tag = library.tags.set_color(args.name, None if args.color == "none" else args.color)
            if tag.color:
                _out(translate("cli", "#{tag} is now {color}.").format(tag=tag.name, color=tag.color))
            else:
                _out(translate("cli", "#{tag} is now without a colour.").format(tag=tag.name))
    return 0


# ---------------------------------------------------------------------------------------------- words, corrections


def cmd_word(args: argparse.Namespace) -> int:
    with _open(args) as library:
        if args.word_command == "add":
            added = [w for w in args.words if library.words.add(w)]
            _out(translate("cli", "Added {count} word(s).").format(count=len(added)))
            if added and args.reindex:
                library.reindex()
                _out(translate("cli", "Index rebuilt."))
        else:
            for word in library.words.list():
                _out(word)
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    with _open(args) as library:
        if args.correct_command == "rename":
            speech = library.corrections.rename(args.id, args.title)
            _out(translate("cli", "Speech {id} is now “{title}”.").format(id=speech.id, title=speech.title))
        elif args.correct_command == "merge":
            speech = library.corrections.merge_into_previous(args.id, keep_title=not args.drop_title)
            message = translate("cli", "Merged into speech {id} “{title}” ({chars} chars).")
            _out(message.format(id=speech.id, title=speech.title, chars=len(speech.text)))
        else:
            first, second = library.corrections.split(args.id, args.offset, title=args.title)
            message = translate("cli", "Split: {first} “{first_title}” and {second} “{second_title}”.")
            _out(
                message.format(
                    first=first.id, first_title=first.title, second=second.id, second_title=second.title
                )
            )
    return 0


# ---------------------------------------------------------------------------------------------- parser


def _library_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --library given before the subcommand (if the top-level parser has one) is not reset
    parent.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate(
            "cli", "the library file (default: $HUIDU_LIBRARY, else library.sqlite3 in the user data folder)"
        ),
    )
    return parent


def add_library_commands(
    subparsers: argparse._SubParsersAction,
    parents: Sequence[argparse.ArgumentParser] = (),
) -> None:
    """Add the library commands to a ``huidu`` parser's subcommands; each sets ``handler``."""
    common = [*parents, _library_option()]
    color_help = translate("cli", "a colour: {names} or #rrggbb").format(names=", ".join(COLORS))
    states = ", ".join(f"{k} ({v})" for k, v in STATES.items())
    state_help = translate("cli", "review state: {states}").format(states=states)
    json_help = translate("cli", "print JSON")

    def command(name: str, handler: Handler, help_text: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subparsers.add_parser(
            name, parents=common, help=help_text, **kwargs
        )
        parser.set_defaults(handler=_guarded(handler))
        return parser

    p = command(
        "import", cmd_import, translate("cli", "import compilation files and folders into the library")
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=translate("cli", "files or folders (searched recursively)")
    )
    p.add_argument("--encoding", help=translate("cli", "text encoding of .txt files (default: detected)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print one result object per file"))

    p = command("speeches", cmd_speeches, translate("cli", "list the speeches in the library"))
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("cli", "include old versions of re-imported compilations"),
    )
    p.add_argument("--json", action="store_true", help=json_help)

    p = command("speech", cmd_speech, translate("cli", "show one speech"))
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help=json_help)

    p = command(
        "search",
        cmd_search,
        translate("cli", "full-text search (jieba); quotes for phrases, …… for 'anything'"),
    )
    p.add_argument("query")
    p.add_argument(
        "--limit", type=int, default=100, help=translate("cli", "most hits to show (0: all; default 100)")
    )
    p.add_argument(
        "--marks", action="store_true", help=translate("cli", "search mark quotes and notes instead of texts")
    )
    p.add_argument("--json", action="store_true", help=json_help)

    mark = command("mark", _no_action, translate("cli", "add, list, edit and remove marks"))
    mark_sub = mark.add_subparsers(dest="mark_command", required=True, metavar="ACTION")

    def mark_command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser = mark_sub.add_parser(name, parents=common, help=help_text)
        parser.set_defaults(handler=_guarded(handler))
        return parser

    p = mark_command("add", cmd_mark_add, translate("cli", "mark a passage of a speech"))
    p.add_argument("--speech", type=int, required=True, help=translate("cli", "speech id"))
    p.add_argument("--start", type=int, required=True, help=translate("cli", "first character offset"))
    p.add_argument("--end", type=int, required=True, help=translate("cli", "offset after the last character"))
    p.add_argument("--color", default="yellow", help=color_help)
    p.add_argument("--style", default="highlight", choices=STYLES)
    p.add_argument("--tag", action="append", help=translate("cli", "a tag (repeatable; 金句/排比 nests)"))
    p.add_argument("--note", default="", help=translate("cli", "a note (\\n for a new line)"))
    p.add_argument("--state", default="candidate", help=state_help)
    p.add_argument("--rating", type=int, default=0, help=translate("cli", "0 to 5"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = mark_command("edit", cmd_mark_edit, translate("cli", "change a mark"))
    p.add_argument("uuid")
    p.add_argument("--color", help=color_help)
    p.add_argument("--style", choices=STYLES)
    p.add_argument(
        "--tag", action="append", help=translate("cli", "replace the tags with these (repeatable)")
    )
    p.add_argument("--note")
    p.add_argument("--state", help=state_help)
    p.add_argument("--rating", type=int)
    p.add_argument("--json", action="store_true", help=json_help)

    p = mark_command("list", cmd_mark_list, translate("cli", "list marks"))
    p.add_argument("--tag", help=translate("cli", "a tag; includes its sub-tags"))
    p.add_argument("--state", help=state_help)
    p.add_argument("--color")
    p.add_argument("--speech", type=int)
    p.add_argument("--json", action="store_true", help=json_help)

    p = mark_command("remove", cmd_mark_remove, translate("cli", "remove marks"))
    p.add_argument("uuids", nargs="+", metavar="UUID")

    p = mark_command("all", cmd_mark_all, translate("cli", "mark every hit of a search with a tag"))
    p.add_argument("query")
    p.add_argument("--tag", required=True)
    p.add_argument("--color", help=color_help)
    p.add_argument("--style", choices=STYLES)
    p.add_argument("--state", help=state_help)
    p.add_argument("--json", action="store_true", help=json_help)

    p = command("tags", cmd_tags, translate("cli", "list tags with their mark counts"))
    p.add_argument("--prefix", help=translate("cli", "only this tag and its sub-tags"))
    p.add_argument("--json", action="store_true", help=json_help)

    tag = command("tag", cmd_tag, translate("cli", "create, rename, merge, delete or colour a tag"))
    tag_sub = tag.add_subparsers(dest="tag_command", required=True, metavar="ACTION")
    p = tag_sub.add_parser("create", parents=common, help=translate("cli", "create a tag"))
    p.add_argument("name")
    p.add_argument("--color", help=color_help)
    p = tag_sub.add_parser("rename", parents=common, help=translate("cli", "rename a tag (and its sub-tags)"))
    p.add_argument("old")
    p.add_argument("new")
    p = tag_sub.add_parser(
        "merge", parents=common, help=translate("cli", "move a tag's marks to another tag, then delete it")
    )
    p.add_argument("source")
    p.add_argument("target")
    p = tag_sub.add_parser("delete", parents=common, help=translate("cli", "delete a tag (marks stay)"))
    p.add_argument("name")
    p = tag_sub.add_parser(
        "color", parents=common, help=translate("cli", "set a tag's colour ('none' to clear)")
    )
    p.add_argument("name")
    p.add_argument("color")

    word = command("word", cmd_word, translate("cli", "words the segmenter should keep whole"))
    word_sub = word.add_subparsers(dest="word_command", required=True, metavar="ACTION")
    p = word_sub.add_parser("add", parents=common, help=translate("cli", "add words to the dictionary"))
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument(
        "--reindex", action="store_true", help=translate("cli", "segment the library again with them")
    )
    word_sub.add_parser("list", parents=common, help=translate("cli", "list the words added"))

    correct = command(
        "correct", cmd_correct, translate("cli", "correct how a compilation was split into speeches")
    )
    correct_sub = correct.add_subparsers(dest="correct_command", required=True, metavar="ACTION")
    p = correct_sub.add_parser("rename", parents=common, help=translate("cli", "rename a speech"))
    p.add_argument("id", type=int)
    p.add_argument("title")
    p = correct_sub.add_parser(
        "merge", parents=common, help=translate("cli", "merge a speech into the previous one")
    )
    p.add_argument("id", type=int)
    p.add_argument(
        "--drop-title",
        action="store_true",
        help=translate("cli", "do not keep its title as a line of the text"),
    )
    p = correct_sub.add_parser(
        "split", parents=common, help=translate("cli", "split a speech at a character offset")
    )
    p.add_argument("id", type=int)
    p.add_argument("offset", type=int)
    p.add_argument("--title", help=translate("cli", "title of the second part (default: its first line)"))


def _no_action(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires an action first
    return 2


def build_parser() -> argparse.ArgumentParser:
    """A parser with only the library commands (for tests, and until the main CLI includes them)."""
    parser = argparse.ArgumentParser(prog="huidu")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_library_commands(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
