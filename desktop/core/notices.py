"""Every sentence core shows a person, as a template with its values, so the UI and the CLI translate it.

Core never imports Qt, so it cannot translate; it only builds English sentences. Each sentence is a
``Notice``: a ``str`` whose value is the English text (what is stored in the library, written to logs
and printed in ``--json``: it never changes with the language), and which remembers the template it
was made from and the values that filled it::

    reason = notice(FILE_EMPTY)
    message = notice(FILE_REASON, name="讲话.txt", reason=reason)
    str(message)                            # "讲话.txt: the file is empty"
    localise(message, translate)            # "讲话.txt：文件是空的" in Chinese

Templates are the constants below, each marked ``QT_TRANSLATE_NOOP("core", "…")`` so that
pyside6-lupdate (run by ``build/i18n.py`` over this file) collects them into ``i18n/*.ts`` under the
context "core". A value may itself be a ``Notice`` (a reason inside "{name}: {reason}"); it is
translated too. Placeholders are plain ``{name}`` fields, without format specs: format numbers before
passing them.

``localise(message, translate)`` takes any ``translate(context, text)`` — the CLI passes
``desktop.i18n.translate``, the UI ``QCoreApplication.translate``. A plain ``str`` (a parse warning
read back from the library, an error message that travelled through a Qt signal) is matched against
the known templates and translated when one fits; anything else is returned unchanged.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "core"  # the catalogue context of every template here (lupdate needs it spelled out below)

Translate = Callable[[str, str], str]  # translate(context, source text) → translated text

_TEMPLATES: list[str] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate (in ``context``) and register it as a known template."""
    if context != CONTEXT:
        raise ValueError(f"core templates belong to the context {CONTEXT!r}, not {context!r}")
    _TEMPLATES.append(text)
    return text


# --- composing ------------------------------------------------------------------------------------

FILE_REASON = QT_TRANSLATE_NOOP("core", "{name}: {reason}")  # a file's name and why it failed
UNEXPECTED_ERROR = QT_TRANSLATE_NOOP("core", "unexpected error: {error}")

# --- reading files (desktop/core/formats) ---------------------------------------------------------

FILE_MISSING = QT_TRANSLATE_NOOP("core", "the file does not exist")
FILE_IS_FOLDER = QT_TRANSLATE_NOOP("core", "is a folder, not a file")
FILE_PERMISSION_DENIED = QT_TRANSLATE_NOOP(
    "core", "permission denied: Huidu is not allowed to read this file"
)
FILE_NOT_READ = QT_TRANSLATE_NOOP("core", "the file could not be read ({error})")
FILE_NOT_REGULAR = QT_TRANSLATE_NOOP("core", "is not a regular file (a device, pipe or socket)")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "the file is too large ({size} MB); Huidu reads files up to {limit} MB"
)
FILE_EMPTY = QT_TRANSLATE_NOOP("core", "the file is empty")
FILE_UNSUPPORTED = QT_TRANSLATE_NOOP("core", "{suffix} files are not supported; {hint}")
HINT_SAVE_AS = QT_TRANSLATE_NOOP("core", "save it as .docx or .txt")
HINT_IMAGES = QT_TRANSLATE_NOOP("core", "Huidu cannot read images of text")
HINT_SUPPORTED = QT_TRANSLATE_NOOP("core", "Huidu reads .txt, .md, .docx and .pdf files")

BINARY_FILE = QT_TRANSLATE_NOOP("core", "looks like a binary file, not text")
BINARY_FILE_OF_KIND = QT_TRANSLATE_NOOP("core", "looks like a binary file ({kind}), not text")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("core", "'{encoding}' is not a known text encoding")
CANNOT_DECODE = QT_TRANSLATE_NOOP(
    "core",
    "the file cannot be decoded as {encoding}: byte 0x{byte} at offset {offset} is not valid in that "
    "encoding; choose another encoding or let Huidu detect it",
)
DECODED_NOT_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "decoding the file as {encoding} does not give readable text; "
    "choose another encoding or let Huidu detect it",
)

# what a file really is, by its first bytes (desktop/core/formats/sniff.py)
KIND_PDF = QT_TRANSLATE_NOOP("core", "a PDF document")
KIND_ZIP = QT_TRANSLATE_NOOP("core", "a ZIP archive")
KIND_EMPTY_ZIP = QT_TRANSLATE_NOOP("core", "an empty ZIP archive")
KIND_OLD_OFFICE = QT_TRANSLATE_NOOP("core", "an old Microsoft Office file (.doc/.xls/.ppt)")
KIND_PNG = QT_TRANSLATE_NOOP("core", "a PNG image")
KIND_JPEG = QT_TRANSLATE_NOOP("core", "a JPEG image")
KIND_GIF = QT_TRANSLATE_NOOP("core", "a GIF image")
KIND_TIFF = QT_TRANSLATE_NOOP("core", "a TIFF image")
KIND_PROGRAM = QT_TRANSLATE_NOOP("core", "a program (ELF executable)")
KIND_RAR = QT_TRANSLATE_NOOP("core", "a RAR archive")
KIND_7Z = QT_TRANSLATE_NOOP("core", "a 7-Zip archive")
KIND_GZIP = QT_TRANSLATE_NOOP("core", "a gzip archive")
KIND_SQLITE = QT_TRANSLATE_NOOP("core", "an SQLite database")

PDF_NO_PAGES = QT_TRANSLATE_NOOP("core", "the PDF has no pages")
PDF_SCANNED = QT_TRANSLATE_NOOP(
    "core", "has no text layer (a scanned PDF?); Huidu cannot read images of text"
)
PDF_PAGE_UNREADABLE = QT_TRANSLATE_NOOP("core", "page {page} could not be read ({error})")
PDF_NO_HEADER = QT_TRANSLATE_NOOP(
    "core", "is not a valid PDF file (it has no PDF header; it may be damaged or of another kind)"
)
PDF_ENCRYPTION_UNSUPPORTED = QT_TRANSLATE_NOOP("core", "is encrypted in a way Huidu cannot open ({error})")
PDF_ENCRYPTED = QT_TRANSLATE_NOOP("core", "is encrypted and could not be opened ({error})")
PDF_PASSWORD = QT_TRANSLATE_NOOP(
    "core", "is protected by a password; save an unprotected copy of the PDF and open that"
)
PDF_INVALID = QT_TRANSLATE_NOOP("core", "is not a valid PDF file or is damaged ({error})")

DOCX_NO_TEXT = QT_TRANSLATE_NOOP("core", "the document has no text")
DOCX_INVALID = QT_TRANSLATE_NOOP("core", "is not a valid .docx file ({why})")
DOCX_OLD_WORD = QT_TRANSLATE_NOOP(
    "core",
    "it is an old Word 97–2003 .doc file or a password-protected document; save it as .docx",
)
DOCX_IS_PDF = QT_TRANSLATE_NOOP("core", "it is a PDF document")
DOCX_NOT_ZIP = QT_TRANSLATE_NOOP(
    "core", "it is not a ZIP package; the file may be damaged or of another kind"
)
DOCX_OTHER_OFFICE = QT_TRANSLATE_NOOP("core", "it is an Office file of another kind, not a Word document")
DOCX_PART_MISSING = QT_TRANSLATE_NOOP("core", "a required part is missing: {part}")

# --- parsing (desktop/core/parse): warnings stored with each compilation ---------------------------

NO_SPEECH_TEXT = QT_TRANSLATE_NOOP("core", "no speech text found")
DECLARED_FOUND = QT_TRANSLATE_NOOP("core", "declared {declared} speeches, found {found}")
TOC_ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("core", "table of contents entry not found in the text: {title}")
FRONT_MATTER = QT_TRANSLATE_NOOP("core", "{chars} characters before the first speech belong to no speech")

# --- the library (desktop/core/store) -------------------------------------------------------------

LIBRARY_TOO_NEW = QT_TRANSLATE_NOOP(
    "core",
    "{path} was written by a newer Huidu (library version {found}; this Huidu reads up to {supported}).",
)
LIBRARY_FOLDER_FAILED = QT_TRANSLATE_NOOP("core", "Cannot create the folder for the library {path}: {error}")
LIBRARY_IS_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is a folder, not a library file.")
LIBRARY_OPEN_FAILED = QT_TRANSLATE_NOOP("core", "Cannot open the library {path}: {error}")
LIBRARY_NOT_HUIDU = QT_TRANSLATE_NOOP("core", "{path} is not a Huidu library ({error}).")
LIBRARY_BUSY = QT_TRANSLATE_NOOP("core", "The library is busy (another program is writing to it): {error}")
LIBRARY_BACKUP_FAILED = QT_TRANSLATE_NOOP("core", "Could not back up {path} before upgrading it: {error}")
NO_SUCH_SPEECH = QT_TRANSLATE_NOOP("core", "There is no speech with id {id}.")
NO_SUCH_COMPILATION = QT_TRANSLATE_NOOP("core", "There is no compilation with id {id}.")
NO_SUCH_MARK = QT_TRANSLATE_NOOP("core", "There is no mark {uuid}.")
NO_SUCH_TAG = QT_TRANSLATE_NOOP("core", "There is no tag “{name}”.")
TAG_EXISTS = QT_TRANSLATE_NOOP("core", "A tag named “{name}” already exists.")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("core", "Importing {path} was cancelled; nothing was added.")
NOT_A_WORD = QT_TRANSLATE_NOOP("core", "“{word}” is not a word (empty or containing spaces).")
NOT_A_COLOUR = QT_TRANSLATE_NOOP("core", "“{color}” is not a colour; use one of {choices} or #rrggbb.")
NOT_A_TAG_NAME = QT_TRANSLATE_NOOP(
    "core", "“{name}” is not a tag name (empty, or an empty level between “/”)."
)
TAG_INSIDE_ITSELF = QT_TRANSLATE_NOOP("core", "A tag cannot be moved inside itself (“{old}” → “{new}”).")
NOT_A_STATE = QT_TRANSLATE_NOOP("core", "“{state}” is not a review state; use one of {choices}.")
NOT_A_MARK_STYLE = QT_TRANSLATE_NOOP("core", "“{style}” is not a mark style; use one of {choices}.")
BAD_RATING = QT_TRANSLATE_NOOP("core", "A rating is a whole number from 0 to {max}, not {rating}.")
BAD_SPAN = QT_TRANSLATE_NOOP(
    "core",
    "{start}..{end} is not a passage of speech {id}, which has {length} characters "
    "(need 0 ≤ start < end ≤ {length}).",
)
MARK_QUOTE_LOST = QT_TRANSLATE_NOOP(
    "core", "Mark {mark} would no longer quote its passage; nothing was changed."
)
EMPTY_TITLE = QT_TRANSLATE_NOOP("core", "A speech title cannot be empty.")
MERGE_FIRST = QT_TRANSLATE_NOOP("core", "Speech {id} is the first of its compilation: nothing to merge into.")
OFFSET_OUTSIDE = QT_TRANSLATE_NOOP("core", "Offset {offset} is not inside speech {id} (1 to {last} allowed).")
SPLIT_EMPTY_PART = QT_TRANSLATE_NOOP("core", "Both parts of a split must keep some text.")
SPLIT_CROSSES_MARKS = QT_TRANSLATE_NOOP(
    "core",
    "{count} mark(s) cross offset {offset} of speech {id}; remove or shorten them before splitting there.",
)

# --- exporting (desktop/core/export) --------------------------------------------------------------

EXPORT_CANCELLED = QT_TRANSLATE_NOOP("core", "The export was cancelled; no file was written.")
NOT_A_FORMAT = QT_TRANSLATE_NOOP("core", "“{value}” is not an export format; use one of {choices}.")
NOT_A_GROUPING = QT_TRANSLATE_NOOP("core", "“{value}” is not a grouping; use one of {choices}.")
NOT_A_WORD_STYLE = QT_TRANSLATE_NOOP("core", "“{value}” is not a Word style; use one of {choices}.")
TEMPLATE_NEEDED = QT_TRANSLATE_NOOP("core", "The template style needs a template file (.docx).")
TEMPLATE_NOT_WORD = QT_TRANSLATE_NOOP("core", "{name} is not a Word file (.docx or .dotx).")
TEMPLATE_UNREADABLE = QT_TRANSLATE_NOOP("core", "Cannot read the template {path}: {error}.")
TEMPLATE_INVALID = QT_TRANSLATE_NOOP(
    "core", "{name} is not a Word document or template that can be read ({error})."
)
EXPORT_NO_FOLDER = QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist.")
EXPORT_TO_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name to export to.")
EXPORT_DENIED = QT_TRANSLATE_NOOP(
    "core", "Cannot write {path}: permission denied (is the file open in another program?)."
)
EXPORT_WRITE_FAILED = QT_TRANSLATE_NOOP("core", "Cannot write {path}: {error}.")

TEMPLATES: tuple[str, ...] = tuple(_TEMPLATES)  # every template above, in order

# Placeholders that always hold a whole number: reading a plain string back, they match digits only.
NUMBER_FIELDS = frozenset(
    {"chars", "count", "declared", "found", "id", "last", "length", "limit", "max", "offset", "page"}
    | {"size", "start", "end", "supported"}
)


# --- the message type -----------------------------------------------------------------------------


class Notice(str):
    """An English sentence (its ``str`` value) that remembers its ``template`` and ``values``."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None) -> Notice:
        filled = dict(values or {})
        self = super().__new__(cls, template.format(**filled))
        self.template = template
        self.values = filled
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy keep the template
        return (Notice, (self.template, self.values))


def notice(template: str, /, **values: Any) -> Notice:
    """The sentence ``template.format(**values)``, remembering how it was made (to translate it later)."""
    return Notice(template, values)


def localise(message: str, translate: Translate) -> str:
    """``message`` in the language of ``translate(context, text)``; English when it has no translation.

    A ``Notice`` is translated by its template, its ``Notice`` values with it. A plain ``str`` is
    matched against every known template (the values it holds are then localised the same way);
    a string no template fits comes back unchanged.
    """
    if isinstance(message, Notice):
        values = {
            key: localise(value, translate) if isinstance(value, Notice) else value
            for key, value in message.values.items()
        }
        return _render(message.template, values, translate)
    found = match(message)
    if found is None:
        return str(message)
    template, texts = found
    return _render(template, {key: localise(text, translate) for key, text in texts.items()}, translate)


def localised_message(error: BaseException, translate: Translate) -> str:
    """What ``str(error)`` says, in the language of ``translate`` (for a ``HuiduError`` or any other)."""
    message = getattr(error, "notice", None)
    return localise(message if isinstance(message, str) else str(error), translate)


def match(text: str) -> tuple[str, dict[str, str]] | None:
    """The known template ``text`` was made from and the values that filled it, or ``None``.

    The template with the most fixed text wins. A template with no words of its own ("{name}:
    {reason}") only matches when one of its values is itself a known message.
    """
    for template, pattern, structural in _patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values = found.groupdict()
        if structural and not any(match(value) is not None for value in values.values()):
            continue
        return template, values
    return None


def _render(template: str, values: Mapping[str, Any], translate: Translate) -> str:
    translated = translate(CONTEXT, template) or template
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a placeholder
        return template.format(**values)


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """Each template as a regular expression, most fixed text first.

    A placeholder becomes a non-greedy group (digits only for ``NUMBER_FIELDS``); one used twice must
    hold the same text both times.
    """
    compiled = []
    for template in TEMPLATES:
        parts: list[str] = []
        literal = ""
        seen: set[str] = set()
        for text, field, _spec, _conversion in string.Formatter().parse(template):
            parts.append(re.escape(text))
            literal += text
            if field is None:
                continue
            group = r"-?\d+" if field in NUMBER_FIELDS else ".*?"
            parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>{group})")
            seen.add(field)
        structural = bool(seen) and not any(ch.isalpha() for ch in literal)
        compiled.append((len(literal), template, re.compile("".join(parts), re.DOTALL), structural))
    compiled.sort(key=lambda item: -item[0])  # stable: equal lengths keep the order above
    return tuple((template, pattern, structural) for _, template, pattern, structural in compiled)
