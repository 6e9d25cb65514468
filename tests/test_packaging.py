"""The release path: packaging/huidu.spec, the NSIS installer in packaging/windows/, build/freeze.py.

Fast checks always run: the spec is executed with stand-ins for PyInstaller's classes (so what it would
build is inspected without building), the installer scripts are read, and — when ``makensis`` is
installed — the installer is compiled around a tiny fake program folder. The real freeze takes ~30 s and
~200 MB, so it runs only when asked: ``HUIDU_TEST_FREEZE=1 pytest -m slow tests/test_packaging.py``.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "huidu.spec"
NSIS_DIR = PACKAGING / "windows"
NSIS_MAIN = NSIS_DIR / "huidu.nsi"
NSIS_PARTS = ("install.nsh", "uninstall.nsh", "install_pages.nsh", "language-zh_CN.nsh", "language-en.nsh")
MAKENSIS = shutil.which("makensis")


# --- the spec, run against stand-ins for PyInstaller ---------------------------------------------------


@dataclass
class Built:
    """What the spec asked PyInstaller to build."""

    analyses: list[dict[str, Any]] = field(default_factory=list)
    exes: list[dict[str, Any]] = field(default_factory=list)
    collects: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    namespace: dict[str, Any] = field(default_factory=dict)


# What a real analysis collects, in PyInstaller's (destination, source, type) form, including data the
# spec is meant to drop.
COLLECTED_DATAS = [
    ("resources/icons/huidu.svg", "x", "DATA"),
    ("jieba/dict.txt", "x", "DATA"),
    ("jieba/lac_small/model_baseline/crfw", "x", "DATA"),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "x", "DATA"),
    ("PySide6/Qt/translations/qtbase_en.qm", "x", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
    ("PySide6\\translations\\qt_fr.qm", "x", "DATA"),
]


def run_spec(workpath: Path, monkeypatch: pytest.MonkeyPatch) -> Built:
    built = Built()

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            built.analyses.append({"scripts": scripts, **kwargs})
            self.pure: list[Any] = []
            self.scripts: list[Any] = []
            self.binaries: list[Any] = []
            self.datas = list(COLLECTED_DATAS)

    class PYZ:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pass

    class EXE:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.exes.append(kwargs)

    class COLLECT:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.collects.append((args, kwargs))

    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.cli"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller", ModuleType("PyInstaller"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils", ModuleType("PyInstaller.utils"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    built.namespace = {
        "SPEC": str(SPEC),
        "SPECPATH": str(PACKAGING),
        "specnm": "huidu",
        "workpath": str(workpath),
        "DISTPATH": str(workpath / "dist"),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "os": os,
    }
    exec(compile(SPEC.read_bytes(), str(SPEC), "exec"), built.namespace)
    return built


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Built:
    return run_spec(tmp_path, monkeypatch)


def test_spec_parses_as_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_spec_freezes_two_programs_from_files_that_exist(built: Built) -> None:
    scripts = [Path(script) for analysis in built.analyses for script in analysis["scripts"]]
    assert [script.name for script in scripts] == ["launch_gui.py", "launch_cli.py"]
    assert all(script.is_file() for script in scripts)
    for analysis in built.analyses:
        assert str(ROOT) in analysis["pathex"]
        assert "desktop.cli" in analysis["hiddenimports"]
        for source, _dest in analysis["datas"]:
            assert Path(source).exists(), source
    programs = {exe["name"]: exe for exe in built.exes}
    assert set(programs) == {"huidu-gui", "huidu"}  # distinct on a case-insensitive file system
    assert programs["huidu-gui"]["console"] is False
    assert programs["huidu"]["console"] is True
    assert all(exe["exclude_binaries"] for exe in built.exes)  # one folder, not one file
    assert len(built.collects) == 1
    assert built.collects[0][1]["name"] == "Huidu"


def test_spec_bundles_resources_and_translations(built: Built) -> None:
    datas = {(Path(source), dest) for source, dest in built.analyses[0]["datas"]}
    assert (ROOT / "resources", "resources") in datas
    for catalogue in [*ROOT.glob("i18n/huidu_*.ts"), *ROOT.glob("i18n/huidu_*.qm")]:
        assert (catalogue, "i18n") in datas  # the CLI reads the .ts, the app the .qm


def test_spec_drops_data_the_app_never_reads(built: Built) -> None:
    args = built.collects[0][0]
    kept = {entry[0] for toc in args if isinstance(toc, list) for entry in toc}
    assert "jieba/dict.txt" in kept
    assert "resources/icons/huidu.svg" in kept
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in kept
    assert "PySide6/Qt/translations/qtbase_en.qm" in kept
    assert "jieba/lac_small/model_baseline/crfw" not in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "PySide6\\translations\\qt_fr.qm" not in kept


def test_spec_excludes_heavy_qt_modules(built: Built) -> None:
    excludes = set(built.analyses[0]["excludes"])
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"):
        assert f"PySide6.{module}" in excludes
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):  # QtSvg draws the SVG icon
        assert f"PySide6.{needed}" not in excludes


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_code_imports_what_the_spec_excludes(built: Built) -> None:
    """An excluded module the code imports would fail only in the frozen app, so refuse it here."""
    excluded = set(built.namespace["QT_EXCLUDES"]) | set(built.namespace["PYTHON_EXCLUDES"])
    sources = [*ROOT.glob("desktop/**/*.py"), *PACKAGING.glob("launch_*.py")]
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources
        for name in imported_modules(path)
        if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    }
    assert not offenders


def test_spec_renders_the_windows_icon(built: Built, tmp_path: Path) -> None:
    icon = built.namespace["ICON"]
    if icon is None:  # the spec warned and builds with PyInstaller's icon
        assert importlib.util.find_spec("PIL") is None
    else:
        assert Path(icon) == tmp_path / "huidu.ico"
        assert Path(icon).read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header


def test_make_icon_writes_every_size(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    target = tmp_path / "huidu.ico"
    result = subprocess.run(
        [sys.executable, PACKAGING / "make_icon.py", ROOT / "resources/icons/huidu.svg", target],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with image_module.open(target) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


# --- the installer scripts -----------------------------------------------------------------------------


def nsis_text(name: str) -> str:
    raw = (NSIS_DIR / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name} needs a UTF-8 byte-order mark for makensis"
    return raw.decode("utf-8-sig")


def without_comment(line: str) -> str:
    """An NSIS line up to its comment (``;`` or ``#`` outside quotes)."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'`":
            quote = char
        elif char in ";#":
            return line[:index]
    return line


def code_lines(text: str) -> list[str]:
    """The script's statements, without comments or blank lines."""
    return [code for line in text.splitlines() if (code := without_comment(line).strip())]


def test_installer_is_one_script_including_its_parts() -> None:
    main = nsis_text("huidu.nsi")
    assert "Unicode true" in code_lines(main)
    included = re.findall(r'^!include "([^"]+\.nsh)"', main, flags=re.MULTILINE)
    ours = [name for name in included if (NSIS_DIR / name).is_file()]
    assert sorted(ours) == sorted(NSIS_PARTS)
    assert ours.index("language-zh_CN.nsh") < ours.index("language-en.nsh")  # first = default
    for part in NSIS_PARTS:
        assert "!include" not in "\n".join(code_lines(nsis_text(part))), f"{part} includes on its own"


def test_installer_languages_define_the_same_strings() -> None:
    def strings(name: str, language: str) -> set[str]:
        text = nsis_text(name)
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in text
        return set(re.findall(r"^LangString (\w+) ", text, flags=re.MULTILINE))

    chinese = strings("language-zh_CN.nsh", "SimpChinese")
    english = strings("language-en.nsh", "English")
    assert chinese == english
    used = set(re.findall(r"\$\((\w+)\)", "\n".join(nsis_text(n) for n in ("huidu.nsi", *NSIS_PARTS))))
    assert {name for name in used if not name.startswith("^")} <= chinese


def test_installer_registers_with_add_remove_programs() -> None:
    main = nsis_text("huidu.nsi")
    install = nsis_text("install.nsh")
    assert '!define PRODUCT_NAME "汇读 Huidu"' in main
    assert '!define SHORTCUT_NAME "汇读"' in main
    assert r"Uninstall\${PRODUCT_KEY}" in main
    assert r'InstallDir "$PROGRAMFILES64\${PRODUCT_KEY}"' in main
    assert "RequestExecutionLevel admin" in main
    for value in ("DisplayName", "DisplayVersion", "Publisher", "UninstallString", "DisplayIcon"):
        assert re.search(rf'WriteRegStr HKLM "\$\{{UNINSTALL_KEY\}}" "{value}"', install), value
    assert re.search(r'WriteRegDWORD HKLM "\$\{UNINSTALL_KEY\}" "EstimatedSize"', install)
    assert r"$SMPROGRAMS\${SHORTCUT_NAME}.lnk" in install
    assert r"$DESKTOP\${SHORTCUT_NAME}.lnk" in install
    assert 'DeleteRegKey HKLM "${UNINSTALL_KEY}"' in nsis_text("uninstall.nsh")


USER_FOLDERS = re.compile(r"\$(APPDATA|LOCALAPPDATA|PROFILE|DOCUMENTS)\b", re.IGNORECASE)
REMOVAL = re.compile(r"^(Delete|RMDir)\b(?:\s+/\w+)*\s+\"?([^\"\s]+)")
PLACED_BY_INSTALLER = ("$INSTDIR\\", "$SMPROGRAMS\\", "$DESKTOP\\")


@pytest.mark.parametrize("name", ["huidu.nsi", *NSIS_PARTS])
def test_installer_never_deletes_the_users_library(name: str) -> None:
    """The library, settings and logs (in %LOCALAPPDATA%/%APPDATA%) survive uninstalling and updating:
    the scripts never name those folders, and remove only what the installer placed."""
    for line in code_lines(nsis_text(name)):
        assert not USER_FOLDERS.search(line), f"{name}: {line!r} names the user's folders"
        removal = REMOVAL.match(line)
        if removal is None:
            continue
        target = removal.group(2)
        if name == "huidu.nsi" and target == "${FILE}":
            continue  # DELETE_PROGRAM_FILE's body: its callers are checked below
        assert target.startswith(PLACED_BY_INSTALLER) or line == 'RMDir "$INSTDIR"', (
            f"{name}: {line!r} removes something the installer did not put there"
        )
        assert ".." not in target, f"{name}: {line!r} climbs out of where the installer put things"
        assert not (removal.group(1) == "RMDir" and "/r" in line and target.rstrip("\\") == "$INSTDIR")
    for line in code_lines(nsis_text(name)):
        if line.startswith("!insertmacro DELETE_PROGRAM_FILE"):
            target = line.split(None, 2)[2]
            assert target.startswith('"$INSTDIR\\') and ".." not in target, line


def test_uninstaller_says_why_the_library_stays() -> None:
    uninstall = nsis_text("uninstall.nsh")
    assert "THE USER'S DATA IS NEVER DELETED" in uninstall
    assert "UN_KEEPS_LIBRARY" in nsis_text("install_pages.nsh")


# --- compiling the installer ---------------------------------------------------------------------------


def fake_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "dist" / "Huidu"
    (dist / "_internal" / "resources" / "samples").mkdir(parents=True)
    (dist / "huidu-gui.exe").write_bytes(b"MZ gui")
    (dist / "huidu.exe").write_bytes(b"MZ cli")
    (dist / "_internal" / "base_library.zip").write_bytes(b"PK")
    (dist / "_internal" / "resources" / "samples" / "示例讲话汇编.txt").write_text("汇读", encoding="utf-8")
    return dist


def makensis(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert MAKENSIS is not None
    return subprocess.run(
        [MAKENSIS, "-V2", *map(str, args), NSIS_MAIN],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
    )


@pytest.mark.skipif(MAKENSIS is None, reason="makensis is not installed (Debian: apt install nsis)")
def test_installer_compiles_around_any_dist_folder(tmp_path: Path) -> None:
    setup = tmp_path / "Huidu-1.2.3-Setup.exe"
    result = makensis("-WX", "-DVERSION=1.2.3", f"-DDIST_DIR={fake_dist(tmp_path)}", f"-DOUTFILE={setup}")
    assert result.returncode == 0, result.stdout + result.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert "汇读 Huidu".encode("utf-16-le") in data  # Unicode installer: the Chinese name survives


@pytest.mark.skipif(MAKENSIS is None, reason="makensis is not installed (Debian: apt install nsis)")
def test_installer_refuses_to_compile_without_a_version(tmp_path: Path) -> None:
    setup = tmp_path / "Setup.exe"
    result = makensis(f"-DDIST_DIR={fake_dist(tmp_path)}", f"-DOUTFILE={setup}")
    assert result.returncode != 0
    assert "DVERSION" in result.stdout + result.stderr
    assert not setup.exists()


# --- build/freeze.py -----------------------------------------------------------------------------------


def load_freeze() -> ModuleType:
    spec = importlib.util.spec_from_file_location("huidu_freeze", ROOT / "build" / "freeze.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("version", "quad"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2", "1.2.0.0"),
        ("2.0.1rc1", "2.0.1.0"),
        ("1.4.0.dev3", "1.4.0.0"),
        ("3", "3.0.0.0"),
    ],
)
def test_windows_version_quad(version: str, quad: str) -> None:
    assert load_freeze().windows_version_quad(version) == quad


def test_freeze_reads_the_version_the_package_declares() -> None:
    from desktop import __version__

    assert load_freeze().read_version() == __version__


def test_freeze_and_spec_agree_on_names(built: Built) -> None:
    freeze = load_freeze()
    assert freeze.SPEC == SPEC
    assert freeze.NSIS_SCRIPT == NSIS_MAIN
    assert {freeze.GUI_NAME, freeze.CLI_NAME} == {exe["name"] for exe in built.exes}
    assert built.collects[0][1]["name"] == freeze.APP_DIR_NAME
    main = nsis_text("huidu.nsi")
    assert f'!define GUI_EXE "{freeze.GUI_NAME}.exe"' in main
    assert f'!define CLI_EXE "{freeze.CLI_NAME}.exe"' in main
    for relative in freeze.BUNDLED_FILES:
        if relative.startswith("resources/"):
            assert (ROOT / relative).is_file()


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("HUIDU_TEST_FREEZE") != "1", reason="the real freeze takes ~30 s: set HUIDU_TEST_FREEZE=1"
)
def test_real_freeze_passes_its_smoke_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    command = [sys.executable, ROOT / "build" / "freeze.py", "--out", tmp_path]
    if MAKENSIS:
        command.append("--installer")
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "found the sample's 4 speeches" in result.stdout
