"""The tag manager: rename, merge, delete and colour change the library, and the tree shows the counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.store import Library
from desktop.ui.tag_manager import (
    COUNT_COLUMN,
    NAME_COLUMN,
    MergeTagsDialog,
    TagManagerDialog,
)
from desktop.ui.tag_tree import build_tag_tree
from tests.ui.test_search_panel import (
    GRASSROOTS,
    VILLAGE,
    clipped_labels,
    make_library,
    save_screenshot,
    speaking,
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(make_library(tmp_path))
    base = GRASSROOTS.index("基层党组织")
    library.marks.add(1, base, base + 5, tags=["金句", "金句/排比"])
    library.marks.add(1, GRASSROOTS.index("枫桥经验"), GRASSROOTS.index("枫桥经验") + 4, tags=["金句/排比"])
    library.marks.add(2, VILLAGE.index("乡村振兴"), VILLAGE.index("乡村振兴") + 4, tags=["方法", "名句"])
    library.marks.add(2, VILLAGE.index("高质量发展"), VILLAGE.index("高质量发展") + 5, tags=["名句"])
    library.marks.add(2, 0, 4, tags=["修辞/比喻/暗喻"])
    library.tags.set_color("金句", "red")
    yield library
    library.close()


@pytest.fixture
def dialog(qtbot: QtBot, library: Library) -> TagManagerDialog:
    dialog = TagManagerDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_tree_shows_hierarchy_colours_and_counts(dialog: TagManagerDialog) -> None:
    assert dialog.tag_row("金句") == ("金句", "1", "3")
    assert dialog.tag_row("金句/排比") == ("排比", "2", "")
    assert dialog.tag_row("名句") == ("名句", "2", "")
    assert dialog.tag_row("修辞") == ("修辞", "—", "1")  # exists only through its sub-tags
    assert dialog.tag_row("修辞/比喻/暗喻") == ("暗喻", "1", "")
    child = dialog.model.index_of("金句/排比")
    assert dialog.model.parent(child) == dialog.model.index_of("金句")
    assert dialog.summary_label.text() == "5 tags"
    roots = build_tag_tree(dialog.library.tags.list())
    assert [node.name for node in roots] == ["修辞", "名句", "方法", "金句"]
    assert not dialog.model.index_of("金句").data(Qt.ItemDataRole.DecorationRole).isNull()


def test_rename_by_editing_the_name_moves_the_sub_tags(qtbot: QtBot, dialog: TagManagerDialog) -> None:
    dialog.select_names(["金句"])
    assert dialog.rename_button.isEnabled()
    with qtbot.waitSignal(dialog.libraryChanged):
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        editor = dialog.view.findChild(QLineEdit)
        assert editor is not None and editor.text() == "金句"  # the full name: “/” moves it elsewhere
        editor.setText("名言")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    names = [tag.name for tag in dialog.library.tags.list()]
    assert "金句" not in names and {"名言", "名言/排比"} <= set(names)
    assert dialog.library.marks.list(speech_id=1)[0].tags == ("名言", "名言/排比")
    assert dialog.tag_row("名言") == ("名言", "1", "3")
    assert dialog.selected_names() == ["名言"]


def test_renaming_onto_an_existing_tag_offers_to_merge(
    qtbot: QtBot, dialog: TagManagerDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.libraryChanged):
        assert dialog.rename_tag("方法", "名句")
    assert dialog.tag_row("方法") is None
    assert dialog.tag_row("名句") == ("名句", "2", "")  # the mark that had both carries 名句 once


def test_merge_two_selected_tags_into_one(qtbot: QtBot, dialog: TagManagerDialog) -> None:
    dialog.select_names(["名句", "方法"])
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = dialog.findChild(MergeTagsDialog)
    assert merge is not None and merge.isVisible()
    assert (
        merge.intro.text() == "Merge 2 tags into one. Their 3 marks will carry the tag chosen here instead."
    )
    merge.target.setCurrentText("金句")  # any name: an existing tag outside the selection
    with qtbot.waitSignal(dialog.libraryChanged):
        merge.buttons.button(merge.buttons.StandardButton.Ok).click()
    assert {t.name for t in dialog.library.tags.list()} == {"金句", "金句/排比", "修辞/比喻/暗喻"}
    assert dialog.library.tags.get("金句").count == 3
    assert dialog.tag_row("金句") == ("金句", "3", "5")


def test_delete_asks_how_many_marks_carry_it_then_deletes(qtbot: QtBot, dialog: TagManagerDialog) -> None:
    dialog.select_names(["名句"])
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "deleteTagsConfirmation")
    assert box is not None and box.isVisible()
    assert box.text() == "Delete the tag “名句”?"
    assert box.informativeText().startswith("2 marks carry it.")
    box.button(QMessageBox.StandardButton.Cancel).click()  # nothing happens
    assert dialog.library.tags.get("名句").count == 2

    dialog.select_names(["名句"])
    box = dialog.ask_delete()
    assert box is not None
    confirm = box.findChild(QPushButton, "confirmDeleteButton")
    assert confirm is not None
    with qtbot.waitSignal(dialog.libraryChanged):
        confirm.click()
    assert "名句" not in {t.name for t in dialog.library.tags.list()}
    assert dialog.library.marks.count() == 5  # the marks stay
    assert dialog.tag_row("名句") is None
    assert dialog.summary_label.text() == "4 tags"


def test_colour_from_the_palette_and_none(qtbot: QtBot, dialog: TagManagerDialog) -> None:
    dialog.select_names(["名句", "方法"])
    assert dialog.color_button.isEnabled()
    green = next(a for a in dialog.color_menu.actions() if a.data() == "green")
    with qtbot.waitSignal(dialog.libraryChanged):
        green.trigger()
    assert dialog.library.tags.get("名句").color == "green"
    assert dialog.library.tags.get("方法").color == "green"
    assert "Green" in str(dialog.model.index_of("名句").data(Qt.ItemDataRole.ToolTipRole))
    with qtbot.waitSignal(dialog.libraryChanged):
        dialog.no_color_action.trigger()
    assert dialog.library.tags.get("名句").color is None


def test_implied_parents_cannot_be_merged_deleted_or_coloured(dialog: TagManagerDialog) -> None:
    dialog.select_names(["修辞"])
    assert dialog.selected_names(existing_only=False) == ["修辞"]
    assert dialog.rename_button.isEnabled()
    assert not dialog.delete_button.isEnabled() and not dialog.color_button.isEnabled()


def test_filter_keeps_the_parents_of_what_matches(dialog: TagManagerDialog) -> None:
    dialog.filter_edit.setText("排比")
    proxy = dialog.proxy
    assert proxy.rowCount() == 1
    parent = proxy.index(0, NAME_COLUMN)
    assert parent.data() == "金句" and proxy.index(0, NAME_COLUMN, parent).data() == "排比"
    assert proxy.index(0, COUNT_COLUMN, parent).data() == "2"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_tag_manager(
    language: str, qtbot: QtBot, dialog: TagManagerDialog, artifacts_dir: Path
) -> None:
    qtbot.waitExposed(dialog)
    with speaking(language):
        dialog.select_names(["金句/排比"])
        assert clipped_labels(dialog) == []
        if language == "zh_CN":
            assert dialog.windowTitle() == "标签"
            assert dialog.model.headerData(COUNT_COLUMN, Qt.Orientation.Horizontal) == "标注"
        save_screenshot(dialog, "tag_manager", language, artifacts_dir)
