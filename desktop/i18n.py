"""Which language Huidu speaks, decided the same way by the app and the command line.

The choice, first match wins: ``--lang`` > the ``HUIDU_LANG`` environment variable > the language
saved in Settings > the system's language. Anything Chinese (``zh``, ``zh_TW``, ``zh-Hans-CN``…)
means Simplified Chinese, anything else English: Huidu ships exactly these two.

The app translates with Qt (``QTranslator`` and compiled ``.qm`` files, see ``desktop/ui/app.py``).
The command line must start fast and without Qt, so it reads the same catalogues' XML sources
(``i18n/huidu_<lang>.ts``) with ``xml.etree``: one catalogue, two readers, no second format to keep
in step. Strings for the command line are written ``translate("cli", "…")``; pyside6-lupdate
extracts calls named ``translate`` from Python, so they land in the ``.ts`` files next to the
window's ``self.tr("…")`` strings (``build/i18n.py`` runs it; i18n/README.md has the rules).

The saved setting lives in an INI file (``settings_path()``) that the app writes through
``QSettings(path, QSettings.Format.IniFormat)`` and the command line reads with ``configparser``.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import locale
import os
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from pathlib import Path

ZH_CN = "zh_CN"
EN = "en"
LANGUAGES = (ZH_CN, EN)
SYSTEM = "system"  # the saved setting that means "follow the system"
LANGUAGE_ENV = "HUIDU_LANG"
SETTINGS_ENV = "HUIDU_SETTINGS"
LANGUAGE_KEY = "ui/language"  # QSettings key: section "ui", option "language"
CATALOGUE_PREFIX = "huidu_"

# Names of the languages in themselves, for the language menu: never translated.
ENDONYMS = {ZH_CN: "简体中文", EN: "English"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for extraction into ``context`` without translating it here (as in C++ Qt)."""
    return text


def normalize(tag: str | None) -> str | None:
    """``zh_CN`` or ``en`` for a language tag or locale name; ``None`` when it names no language."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].split(":")[0].replace("-", "_")
    if not tag or tag.casefold() in {SYSTEM, "c", "posix"}:
        return None
    if tag.casefold().startswith("zh") or tag.casefold().startswith("chinese"):
        return ZH_CN
    return EN


# --- where things are --------------------------------------------------------------------------


def catalogue_dir() -> Path:
    """``i18n/`` in a checkout, or in the bundle of a frozen build."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if bundle is not None:
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"


def settings_path(environ: Mapping[str, str] | None = None) -> Path:
    """The settings file: ``HUIDU_SETTINGS`` if set, else ``settings.ini`` in the user config folder."""
    env = (os.environ if environ is None else environ).get(SETTINGS_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("Huidu", appauthor=False)) / "settings.ini"


def saved_language(path: Path | None = None) -> str | None:
    """The language saved in Settings, or ``None`` for "follow the system" (or no readable file)."""
    path = settings_path() if path is None else path
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    section, option = LANGUAGE_KEY.split("/")
    return normalize(parser.get(section, option, fallback=None))


# --- choosing ----------------------------------------------------------------------------------


def system_language_tags(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's preferred languages without Qt, best first, as the C library would see them."""
    env = os.environ if environ is None else environ
    tags = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    tags += [env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)]
    if sys.platform == "win32" and environ is None:
        tags.append(_windows_ui_language())
    if environ is None:
        with contextlib.suppress(ValueError):
            tags.append(locale.getlocale()[0] or "")  # Windows: 'Chinese (Simplified)_China'
    return [tag for tag in tags if normalize(tag) is not None]


def _windows_ui_language() -> str:
    import ctypes

    lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return "zh_CN" if lang_id & 0x3FF == 0x04 else "en"  # 0x04: LANG_CHINESE


def resolve_language(
    explicit: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    saved: str | None = None,
    system: Sequence[str] | None = None,
) -> str:
    """``--lang`` > ``HUIDU_LANG`` > the saved setting > the system's languages > English.

    ``saved`` is what Settings stored (``None``/``"system"`` defers to the system); ``system`` the
    system's language tags, best first (the app passes ``QLocale.system().uiLanguages()``).
    """
    env = os.environ if environ is None else environ
    system_tags = system_language_tags(environ) if system is None else system
    for candidate in (explicit, env.get(LANGUAGE_ENV), saved, *system_tags):
        chosen = normalize(candidate)
        if chosen is not None:
            return chosen
    return EN


# --- the command line's translator --------------------------------------------------------------

Catalogue = dict[tuple[str, str, str], tuple[str, ...]]  # (context, source, comment) → forms


def read_catalogue(path: Path) -> Catalogue:
    """The finished translations of a ``.ts`` file (unfinished, obsolete and empty ones are left out)."""
    catalogue: Catalogue = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            if forms and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                catalogue[key] = tuple(forms)
    return catalogue


def plural_form(language: str, n: int) -> int:
    """Which numerus form ``n`` takes: Chinese has one, English two (one / other)."""
    return 0 if language == ZH_CN or n == 1 else 1


class Translator:
    """Qt's ``QCoreApplication.translate`` semantics over a ``.ts`` catalogue, without Qt."""

    def __init__(self, language: str = EN, catalogue: Catalogue | None = None) -> None:
        self.language = language
        self.catalogue: Catalogue = catalogue or {}

    @classmethod
    def load(cls, language: str, directory: Path | None = None) -> Translator:
        path = (catalogue_dir() if directory is None else directory) / f"{CATALOGUE_PREFIX}{language}.ts"
        try:
            return cls(language, read_catalogue(path))
        except (OSError, ElementTree.ParseError):
            return cls(language)  # fall back to the English source strings

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.catalogue.get((context, text, disambiguation or ""))
        result = text
        if forms:
            result = forms[min(plural_form(self.language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return result.replace("%n", str(n)) if n >= 0 else result


_translator = Translator()


def set_cli_language(language: str, directory: Path | None = None) -> Translator:
    """Make ``translate``/``tr_cli`` speak ``language`` (and argparse's own messages with them)."""
    global _translator
    _translator = Translator.load(language, directory)
    _install_argparse_translation()
    return _translator


def cli_language() -> str:
    return _translator.language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for code that must not import Qt. lupdate extracts these calls."""
    return _translator.translate(context, text, disambiguation, n)


def tr_cli(text: str, n: int = -1) -> str:
    """Translate a string already marked for context "cli" (e.g. a ``QT_TRANSLATE_NOOP`` constant).

    lupdate does not see this name: a literal written here would never reach the ``.ts`` files
    (``build/i18n.py --check`` refuses it). Write ``translate("cli", "…")`` for literals.
    """
    return _translator.translate("cli", text, None, n)


def lang_option(argv: Sequence[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` (before any ``--``), read before parsing."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def without_lang_option(argv: Sequence[str]) -> list[str]:
    """``argv`` without its ``--lang`` option (to see which command comes first)."""
    out: list[str] = []
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            return out + list(argv[i:])
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


# argparse writes its own words ("usage:", "options", its error messages) through gettext, bound
# at import as ``argparse._``/``argparse.ngettext``. Pointing those two names at our catalogue is
# the one way to have ``--help`` and parse errors in the chosen language; the strings are marked
# here so lupdate puts them in the catalogue (context "argparse"). Strings argparse adds in other
# Python versions stay English.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_gettext(message: str) -> str:
    return _translator.translate("argparse", message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _translator.translate("argparse", singular if n == 1 else plural)


def _install_argparse_translation() -> None:
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 — argparse has no public hook for this
    setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010
