"""Settings › Language: follow the system, 简体中文 or English — applied at once, kept for next time.

The choice is stored under ``ui/language`` ("system", "zh_CN" or "en") in the INI file that
``desktop.i18n.settings_path()`` names, so the command line, which never imports Qt, reads the same
setting with ``configparser``. Applying it swaps the application's translators
(``desktop.ui.app.Translations``); every open window then retranslates itself on
``QEvent.LanguageChange`` — the open compilation, the selected speech and the scroll position stay.
A ``--lang`` or ``HUIDU_LANG`` given at start-up wins over the saved choice for that session, until
the user picks a language here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import EN, ENDONYMS, LANGUAGE_KEY, SYSTEM, ZH_CN, resolve_language, settings_path
from desktop.ui.app import translations

LANGUAGE_CHOICES = (SYSTEM, ZH_CN, EN)
DIALOG_WIDTH_EM = 36


def open_settings() -> QSettings:
    """The settings file shared with the command line (INI, at ``desktop.i18n.settings_path()``)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def saved_choice() -> str:
    """What Settings › Language holds: "system" (the default), "zh_CN" or "en"."""
    value = open_settings().value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGE_CHOICES else SYSTEM


def system_language() -> str:
    """The language "follow the system" means here: the system's first preferred UI language."""
    return resolve_language(None, environ={}, saved=None, system=QLocale.system().uiLanguages())


def startup_language(explicit: str | None = None) -> str:
    """``--lang`` > ``HUIDU_LANG`` > the saved choice > the system's language."""
    choice = saved_choice()
    saved = None if choice == SYSTEM else choice
    return resolve_language(explicit, saved=saved, system=QLocale.system().uiLanguages())


def language_for_choice(choice: str) -> str:
    return system_language() if choice == SYSTEM else choice


def apply_language_choice(choice: str) -> str:
    """Save ``choice`` and switch the interface to it now; returns the language now spoken."""
    if choice not in LANGUAGE_CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()  # the command line may read it a moment later
    language = language_for_choice(choice)
    if translations().language != language:
        translations().apply(language)
    return language


def choice_label(choice: str) -> str:
    """How a choice is named in menus: "follow the system" is translated, languages name themselves."""
    if choice == SYSTEM:
        text = QCoreApplication.translate("SettingsDialog", "Follow the System (%1)")
        return text.replace("%1", ENDONYMS[system_language()])
    return ENDONYMS[choice]


class SettingsDialog(QDialog):
    """The settings window; Apply and OK switch the language at once, Cancel leaves it as it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for choice in LANGUAGE_CHOICES:
            self.language_combo.addItem("", choice)
        self.language_combo.setCurrentIndex(LANGUAGE_CHOICES.index(saved_choice()))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("languageNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        # Wide enough for the note on one line in either language, measured in CJK characters.
        self.setMinimumWidth(round(self.fontMetrics().horizontalAdvance("中") * DIALOG_WIDTH_EM))

    def selected_choice(self) -> str:
        return str(self.language_combo.currentData())

    def apply(self) -> None:
        apply_language_choice(self.selected_choice())

    def accept(self) -> None:
        self.apply()
        super().accept()

    def retranslateUi(self) -> None:  # Qt's name for it, as uic writes it
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        for index, choice in enumerate(LANGUAGE_CHOICES):
            self.language_combo.setItemText(index, choice_label(choice))
        self.note_label.setText(
            self.tr("The command line follows this setting too, unless --lang or HUIDU_LANG says otherwise.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
