"""Tags: create, rename, merge, delete, colour, count, and the "/" hierarchy."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.store import InvalidValueError, Library, Tag, TagExistsError, UnknownTagError
from tests.core.test_store_support import stocked_library


def names(library: Library) -> list[tuple[str, int]]:
    return [(t.name, t.count) for t in library.tags.list()]


def test_create_colour_and_count(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert library.tags.create("金句", "red") == Tag("金句", "red", 0)
        with pytest.raises(TagExistsError):
            library.tags.create(" 金句 ")
        library.marks.add(1, 0, 3, tags=["金句"])
        library.marks.add(2, 0, 3, tags=["金句", "引语"])
        assert names(library) == [("引语", 1), ("金句", 2)]
        assert library.tags.set_color("金句", "#00FF00").color == "#00ff00"
        assert library.tags.set_color("金句", None).color is None
        assert [t.to_json() for t in library.tags.list()][1] == {"name": "金句", "color": None, "count": 2}
        with pytest.raises(InvalidValueError):
            library.tags.set_color("金句", "rainbow")
        with pytest.raises(UnknownTagError):
            library.tags.set_color("没有", "red")


@pytest.mark.parametrize("bad", ["", "  ", "金句/", "/排比", "金句//排比"])
def test_bad_names_are_refused(tmp_path: Path, bad: str) -> None:
    with stocked_library(tmp_path) as library, pytest.raises(InvalidValueError):
        library.tags.create(bad)


def test_names_are_normalized(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert library.tags.create(" 金句 / 排比 ").name == "金句/排比"


def test_hierarchy_filters_by_prefix(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        for name in ["金句", "金句/排比", "金句/对仗", "金句排比", "引语"]:
            library.tags.create(name)
        assert [t.name for t in library.tags.list(prefix="金句")] == ["金句", "金句/对仗", "金句/排比"]
        assert library.tags.get("金句/排比").parent == "金句"
        assert library.tags.get("金句").parent is None


def test_rename_moves_the_descendants_and_keeps_marks(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        a = library.marks.add(1, 0, 3, tags=["金句", "引语"])
        b = library.marks.add(1, 4, 8, tags=["金句/排比"])
        renamed = library.tags.rename("金句", "名句")
        assert renamed == Tag("名句", None, 1)
        assert names(library) == [("名句", 1), ("名句/排比", 1), ("引语", 1)]
        assert library.marks.get(a.uuid).tags == ("名句", "引语")
        assert library.marks.get(b.uuid).tags == ("名句/排比",)


def test_rename_a_parent_that_exists_only_through_children(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        library.marks.add(1, 0, 3, tags=["金句/排比"])
        library.tags.rename("金句", "名句")
        assert names(library) == [("名句/排比", 1)]


def test_rename_conflicts_are_refused(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        library.tags.create("金句")
        library.tags.create("名句")
        with pytest.raises(TagExistsError):
            library.tags.rename("金句", "名句")
        with pytest.raises(UnknownTagError):
            library.tags.rename("没有", "别的")
        with pytest.raises(InvalidValueError):
            library.tags.rename("金句", "金句/子")
        assert [t.name for t in library.tags.list()] == ["名句", "金句"]


def test_merge_keeps_every_other_tag(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        a = library.marks.add(1, 0, 3, tags=["好句", "引语"])
        b = library.marks.add(1, 4, 8, tags=["好句", "金句"])
        c = library.marks.add(2, 0, 3, tags=["金句"])
        merged = library.tags.merge("好句", "金句")
        assert merged.count == 3
        assert library.marks.get(a.uuid).tags == ("引语", "金句")
        assert library.marks.get(b.uuid).tags == ("金句",)
        assert library.marks.get(c.uuid).tags == ("金句",)
        assert names(library) == [("引语", 1), ("金句", 3)]
        with pytest.raises(UnknownTagError):
            library.tags.merge("好句", "金句")


def test_merge_into_a_new_tag_creates_it(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        library.marks.add(1, 0, 3, tags=["旧"])
        assert library.tags.merge("旧", "新/子") == Tag("新/子", None, 1)


def test_delete_keeps_the_marks(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(1, 0, 3, tags=["金句", "引语"])
        assert library.tags.delete("金句") == 1
        assert library.marks.get(mark.uuid).tags == ("引语",)
        assert names(library) == [("引语", 1)]
        with pytest.raises(UnknownTagError):
            library.tags.delete("金句")


def test_rename_onto_a_name_that_is_itself_moved_away(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.tags.create("a/b")
        library.tags.create("a/b/b")
        library.tags.rename("a/b", "a")  # a/b/b becomes a/b, which a/b has just left
        assert sorted(tag.name for tag in library.tags.list()) == ["a", "a/b"]
