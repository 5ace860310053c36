"""Canonical ids survive refreshes; merges, splits and retirements are recorded."""

from __future__ import annotations

from transforms.constrained_groups import ConstrainedGroups
from transforms.org_ids import CREATED, MERGED, RETIRED, SPLIT, assign_ids, new_id


def test_first_build_ids_come_from_the_smallest_mention_key() -> None:
    ids, events = assign_ids({"a": ["a", "b"], "c": ["c"]}, {})
    assert ids == {"a": new_id("a"), "b": new_id("a"), "c": new_id("c")}
    assert sorted(e.event for e in events) == [CREATED, CREATED]
    # The same input gives the same ids: nothing depends on order or time.
    assert assign_ids({"c": ["c"], "a": ["b", "a"]}, {})[0] == ids


def test_ids_stay_when_groups_gain_mentions_or_roots_change() -> None:
    first, _ = assign_ids({"a": ["a", "b"], "c": ["c"]}, {})
    # Next build: a new mention "0" sorts first and becomes the root; the id must not move.
    ids, events = assign_ids({"0": ["0", "a", "b"], "c": ["c"]}, first)
    assert ids["0"] == ids["a"] == first["a"] and ids["c"] == first["c"]
    assert events == []


def test_a_merge_keeps_the_bigger_id_and_records_the_other() -> None:
    first, _ = assign_ids({"a": ["a", "b"], "c": ["c"]}, {})
    ids, events = assign_ids({"a": ["a", "b", "c"]}, first)
    assert set(ids.values()) == {first["a"]}
    assert [(e.event, e.org_id, e.other_org_id, e.mentions) for e in events] == [(MERGED, first["a"], first["c"], 1)]


def test_a_split_keeps_the_id_with_the_larger_part_and_gives_the_rest_a_new_one() -> None:
    first, _ = assign_ids({"a": ["a", "b", "c"]}, {})
    ids, events = assign_ids({"a": ["a", "b"], "c": ["c"]}, first)
    assert ids["a"] == ids["b"] == first["a"]
    assert ids["c"] != first["a"]
    assert [(e.event, e.org_id, e.other_org_id) for e in events] == [(SPLIT, ids["c"], first["a"])]


def test_vanished_ids_are_retired() -> None:
    first, _ = assign_ids({"a": ["a"], "z": ["z"]}, {})
    _, events = assign_ids({"a": ["a"]}, first)
    assert [(e.event, e.org_id) for e in events] == [(RETIRED, first["z"])]


def test_groups_refuse_two_exclusive_values_and_judged_pairs() -> None:
    groups = ConstrainedGroups({"r1": {"ror": "01"}, "r2": {"ror": "02"}, "x": {"ror": None}, "y": {}, "z": {}})
    groups.union("r1", "x")
    assert groups.conflict("x", "r2") == "ror"  # x joined r1's group: its ROR id now counts
    groups.forbid("y", "z")
    groups.union("y", "r2")
    assert groups.conflict("r2", "z") == "judged_not_same"
    assert groups.conflict("r1", "y", kinds=()) is None  # only the kinds asked for are checked
    assert groups.groups() == {"r1": ["r1", "x"], "r2": ["r2", "y"], "z": ["z"]}
