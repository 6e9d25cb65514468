"""The translation catalogues and the command line's languages, without a window.

``build/i18n.py --check`` is what keeps ``i18n/*.ts`` honest: these tests run it on the real
catalogues (they must pass) and on doctored copies (each must fail for its reason), then check the
Qt-free side in ``desktop/i18n.py``: choosing the language, reading a ``.ts``, and ``huidu`` itself
speaking Chinese or English with its JSON unchanged.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"


def load_build_i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("huidu_build_i18n", ROOT / "build" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


build = load_build_i18n()


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    """A copy of i18n/*.ts to doctor."""
    out = tmp_path / "i18n"
    out.mkdir()
    for path in I18N.glob("huidu_*.ts"):
        shutil.copyfile(path, out / path.name)
    return out


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- the real catalogues ---------------------------------------------------------------------


def test_the_catalogues_are_in_step_with_the_code_and_translated() -> None:
    assert build.check() == []


def test_both_catalogues_hold_the_same_messages() -> None:
    zh = {m.key for m in build.read_ts(I18N / "huidu_zh_CN.ts")}
    en = {m.key for m in build.read_ts(I18N / "huidu_en.ts")}
    assert zh == en
    assert ("MainWindow", "&File", "", False) in zh
    assert any(context == "cli" for context, *_ in zh)


def test_the_file_menu_is_wenjian_and_english_plurals_exist() -> None:
    zh = {(m.context, m.source): m.forms for m in build.read_ts(I18N / "huidu_zh_CN.ts")}
    en = {(m.context, m.source): m.forms for m in build.read_ts(I18N / "huidu_en.ts")}
    assert zh[("MainWindow", "&File")] == ("文件(&F)",)
    assert en[("MainWindow", "%n speeches")] == ("%n speech", "%n speeches")


def test_glossary_terms_are_used_and_rejected_ones_are_not() -> None:
    translations = " ".join(" ".join(m.forms) for m in build.read_ts(I18N / "huidu_zh_CN.ts"))
    assert "讲话" in translations and "汇编" in translations
    for rejected in ("发言(?!人)", "资料库", "演讲", "语料"):  # see i18n/GLOSSARY.md
        assert re.search(rejected, translations) is None, rejected


# --- the check fails for each kind of problem ------------------------------------------------


def test_check_fails_on_an_unfinished_zh_cn_message(catalogues: Path) -> None:
    edit(
        catalogues / "huidu_zh_CN.ts",
        "<translation>文件(&amp;F)</translation>",
        '<translation type="unfinished"></translation>',
    )
    assert build.check(ROOT, catalogues) == ["zh_CN: untranslated [MainWindow] '&File'"]


def test_check_fails_on_an_empty_translation(catalogues: Path) -> None:
    edit(catalogues / "huidu_zh_CN.ts", "<translation>打开汇编</translation>", "<translation></translation>")
    assert build.check(ROOT, catalogues) == ["zh_CN: untranslated [MainWindow] 'Open Compilation'"]


def test_check_fails_when_a_source_string_is_missing(catalogues: Path) -> None:
    path = catalogues / "huidu_zh_CN.ts"
    text = path.read_text(encoding="utf-8")
    message = re.search(
        r"\s*<message>\s*<location[^>]*/>\s*<source>&amp;Go</source>.*?</message>", text, re.S
    )
    assert message is not None
    path.write_text(text.replace(message.group(0), ""), encoding="utf-8")
    assert build.check(ROOT, catalogues) == ["zh_CN: missing [MainWindow] '&Go'"]


def test_check_fails_when_a_catalogue_holds_a_string_the_code_dropped(catalogues: Path) -> None:
    edit(catalogues / "huidu_en.ts", "<source>&amp;Go</source>", "<source>&amp;Went</source>")
    problems = build.check(ROOT, catalogues)
    assert "en: missing [MainWindow] '&Go'" in problems
    assert "en: no longer in the code [MainWindow] '&Went'" in problems


def test_check_fails_on_a_lost_placeholder_or_mnemonic(catalogues: Path) -> None:
    edit(catalogues / "huidu_zh_CN.ts", "标称 %1 篇，识别出 %2 篇", "标称 %1 篇")
    edit(catalogues / "huidu_zh_CN.ts", "退出(&amp;Q)", "退出")
    problems = build.check(ROOT, catalogues)
    assert len(problems) == 2
    assert problems[0].startswith("zh_CN: placeholders ['%1'] ≠ ['%1', '%2']")
    assert problems[1] == "zh_CN: no &mnemonic in '退出' for [MainWindow] '&Quit'"


def test_check_fails_on_an_unfinished_english_plural(catalogues: Path) -> None:
    edit(catalogues / "huidu_en.ts", "<numerusform>%n speech</numerusform>", "<numerusform></numerusform>")
    assert build.check(ROOT, catalogues) == ["en: untranslated [MainWindow] '%n speeches'"]


def test_check_fails_without_a_catalogue(tmp_path: Path) -> None:
    problems = build.check(ROOT, tmp_path)
    assert any("does not exist" in problem for problem in problems)


def test_the_check_command_exits_non_zero_on_problems(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build, "check", lambda: ["zh_CN: untranslated [MainWindow] '&File'"])
    assert build.main(["--check"]) == 1
    assert "untranslated [MainWindow] '&File'" in capsys.readouterr().err
    monkeypatch.setattr(build, "check", lambda: [])
    assert build.main(["--check", "--quiet"]) == 0


def test_source_problems_catch_f_strings_and_literal_tr_cli(tmp_path: Path) -> None:
    ui = tmp_path / "desktop" / "ui"
    ui.mkdir(parents=True)
    (tmp_path / "desktop" / "i18n.py").write_text("", encoding="utf-8")
    (ui / "pane.py").write_text(
        "class Pane:\n"
        "    def f(self, n):\n"
        '        self.tr(f"{n} speeches")\n'
        '        tr_cli("hello")\n'
        '        translate("cli", "fine")\n'
        "        tr_cli(MARKED)\n",
        encoding="utf-8",
    )
    problems = build.source_problems(tmp_path)
    assert len(problems) == 2
    assert problems[0].startswith("desktop/ui/pane.py:3: an f-string in tr()")
    assert problems[1].startswith("desktop/ui/pane.py:4: lupdate cannot see tr_cli")


def test_filling_the_english_catalogue_is_idempotent_and_leaves_plurals(tmp_path: Path) -> None:
    path = tmp_path / "huidu_en.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="en">\n<context>\n'
        "    <name>W</name>\n"
        "    <message>\n        <source>a &amp; b</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n files</source>\n'
        '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
        "        </translation>\n    </message>\n"
        "    <message>\n        <source>kept</source>\n        <translation>Kept!</translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    assert build.fill_source_language(path) is True
    assert build.fill_source_language(path) is False
    messages = {m.source: m for m in build.read_ts(path)}
    assert messages["a & b"].forms == ("a & b",) and not messages["a & b"].unfinished
    assert messages["%n files"].unfinished
    assert messages["kept"].forms == ("Kept!",)


def test_the_qm_files_compile(tmp_path: Path) -> None:
    written = build.lrelease([I18N / "huidu_zh_CN.ts", I18N / "huidu_en.ts"], tmp_path, quiet=True)
    assert [path.name for path in written] == ["huidu_zh_CN.qm", "huidu_en.qm"]
    assert all(path.stat().st_size > 100 for path in written)


# --- choosing the language (desktop/i18n.py) -------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("zh", "zh_CN"),
        ("Chinese (Simplified)_China", "zh_CN"),
        ("en_US.UTF-8", "en"),
        ("de_DE", "en"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("system", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize(tag: str | None, expected: str | None) -> None:
    assert i18n.normalize(tag) == expected


def test_resolution_order_is_lang_then_env_then_setting_then_system() -> None:
    env = {"HUIDU_LANG": "en"}
    assert i18n.resolve_language("zh_CN", environ=env, saved="en", system=["en"]) == "zh_CN"
    assert i18n.resolve_language(None, environ=env, saved="zh_CN", system=["zh"]) == "en"
    assert i18n.resolve_language(None, environ={}, saved="zh_CN", system=["en"]) == "zh_CN"
    assert i18n.resolve_language(None, environ={}, saved=None, system=["zh-Hans-CN"]) == "zh_CN"
    assert i18n.resolve_language(None, environ={}, saved=None, system=["fr_FR"]) == "en"
    assert i18n.resolve_language(None, environ={}, saved=None, system=[]) == "en"


def test_system_language_from_the_environment_like_the_c_library() -> None:
    assert i18n.system_language_tags({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"})[0] == "zh_CN"
    assert i18n.system_language_tags({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"})[0] == "zh_CN.UTF-8"
    assert i18n.system_language_tags({"LANG": "C.UTF-8"}) == []
    assert i18n.resolve_language(None, environ={"LANG": "zh_CN.GB18030"}, saved=None) == "zh_CN"


def test_saved_language_reads_the_ini_the_app_writes(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert i18n.saved_language(path) is None  # no file yet
    path.write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    assert i18n.saved_language(path) == "zh_CN"
    path.write_text("[ui]\nlanguage=system\n", encoding="utf-8")
    assert i18n.saved_language(path) is None
    path.write_bytes(b"\xff\xfe not an ini")
    assert i18n.saved_language(path) is None
    assert i18n.settings_path({"HUIDU_SETTINGS": str(path)}) == path


def test_lang_option_is_found_before_parsing() -> None:
    assert i18n.lang_option(["--lang", "zh_CN", "parse", "a.txt"]) == "zh_CN"
    assert i18n.lang_option(["parse", "--lang=en", "a.txt"]) == "en"
    assert i18n.lang_option(["parse", "--", "--lang", "zh_CN"]) is None
    assert i18n.without_lang_option(["--lang", "zh_CN", "parse", "a.txt"]) == ["parse", "a.txt"]
    assert i18n.without_lang_option(["--lang=en", "-h"]) == ["-h"]


def test_the_translator_reads_finished_messages_and_plurals(tmp_path: Path) -> None:
    zh = i18n.Translator.load("zh_CN", I18N)
    assert zh.translate("cli", "commands") == "命令"
    assert zh.translate("MainWindow", "%n speeches", None, 3) == "3 篇讲话"
    assert zh.translate("cli", "not in the catalogue") == "not in the catalogue"
    en = i18n.Translator.load("en", I18N)
    assert en.translate("MainWindow", "%n speeches", None, 1) == "1 speech"
    assert en.translate("MainWindow", "%n speeches", None, 2) == "2 speeches"
    missing = i18n.Translator.load("zh_CN", tmp_path)  # no catalogue: the English source
    assert missing.translate("cli", "commands") == "commands"


def test_every_cli_string_has_a_chinese_translation() -> None:
    zh = i18n.read_catalogue(I18N / "huidu_zh_CN.ts")
    cli = [m for m in build.read_ts(I18N / "huidu_zh_CN.ts") if m.context in {"cli", "argparse"}]
    assert len(cli) > 20
    assert all((m.context, m.source, m.comment) in zh for m in cli)


# --- huidu itself ----------------------------------------------------------------------------


def huidu(*args: str, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in {"HUIDU_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    }
    env.update({"LANG": "C.UTF-8", "HUIDU_SETTINGS": os.devnull})
    if lang_env:
        env["HUIDU_LANG"] = lang_env
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_help_in_chinese_and_english() -> None:
    zh = huidu("--lang", "zh_CN", "--help")
    assert zh.returncode == 0
    assert zh.stdout.startswith("用法：huidu")
    assert "显示此帮助信息并退出" in zh.stdout and "把汇编文件拆分成单篇讲话并输出" in zh.stdout
    en = huidu("--lang", "en", "--help")
    assert en.stdout.startswith("usage: huidu")
    assert "split a compilation file into speeches" in en.stdout
    assert huidu("--help").stdout == en.stdout  # C locale, no setting: English
    assert huidu("--help", lang_env="zh_CN").stdout == zh.stdout  # HUIDU_LANG


def test_errors_follow_the_language() -> None:
    result = huidu("--lang", "zh_CN", "parse")
    assert result.returncode == 2
    assert "huidu parse：错误：缺少必需的参数：file" in result.stderr
    assert "invalid choice" in huidu("--lang", "fr", "parse").stderr


def test_plain_output_is_translated_and_json_is_not() -> None:
    sample = str(ROOT / "resources" / "samples" / "示例讲话汇编.txt")
    zh = huidu("--lang", "zh_CN", "parse", sample)
    assert zh.returncode == 0, zh.stderr
    assert "标称 4 篇，识别出 4 篇" in zh.stdout and " 字）" in zh.stdout
    en = huidu("--lang", "en", "parse", sample)
    assert "declared: 4, found: 4" in en.stdout and " chars)" in en.stdout
    zh_json = huidu("--lang", "zh_CN", "parse", "--json", sample)
    en_json = huidu("parse", "--json", sample)
    assert zh_json.stdout == en_json.stdout
    assert json.loads(zh_json.stdout)["declared_count"] == 4


def test_the_command_line_translates_without_loading_qt() -> None:
    code = (
        "import contextlib, io, sys\n"
        "import desktop.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):\n"
        "    desktop.cli.main(['--lang', 'zh_CN', '--help'])\n"
        "assert out.getvalue().startswith('用法：'), out.getvalue()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
