"""Entity resolution in the warehouse: CORDIS and ROR over loopback, canonical ids stable across a
refresh with a rename, judgements overriding the matcher, merges and splits recorded, the review list."""

from __future__ import annotations

import csv
import os
from contextlib import ExitStack
from pathlib import Path

import duckdb
import pytest

from landscape.cli import main as cli_main
from landscape.demo import SNAPSHOT_SITES, ensure_snapshot, settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot.server import SnapshotServer
from tests.conftest import TEST_PROJECTS
from warehouse.build import build
from warehouse.org_identity import JUDGEMENT_COLUMNS, judgements_path

SOURCES = ("cordis", "ror")


def refresh(settings: Settings, root: Path) -> Settings:
    with ExitStack() as stack:
        urls = {n: stack.enter_context(SnapshotServer(root / SNAPSHOT_SITES[n])).url for n in SOURCES}
        served = settings_for(urls, dict(settings.env or {}))
        for name in SOURCES:
            ingest(name, served)
    build(settings, with_gx=False)
    return settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(tmp_path / "home")
    return Settings.from_env(env)


@pytest.fixture(scope="module")
def release_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_snapshot(tmp_path_factory.mktemp("identity-r2"), TEST_PROJECTS, release=2)


def rows(settings: Settings, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def mapping(settings: Settings) -> dict[str, str]:
    return dict(rows(settings, "select mention_key, org_id from core.organisation_mention_map"))


def judge(settings: Settings, a: str, b: str, verdict: str) -> None:
    path = judgements_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(JUDGEMENT_COLUMNS)
        writer.writerow([a, b, verdict, "test curator", "checked by hand", "2026-11-29"])


def test_cordis_and_ror_records_of_one_university_become_one_organisation(
    settings: Settings, snapshot_root: Path
) -> None:
    refresh(settings, snapshot_root)
    linked = rows(
        settings,
        "select count(*) from core.canonical_organisations where list_contains(sources, 'cordis') "
        "and list_contains(sources, 'ror')",
    )[0][0]
    assert linked > 20
    # Identifiers of both sides hang off the one canonical id.
    kinds = {r[0] for r in rows(settings, "select distinct id_type from core.organisation_identifiers")}
    assert {"pic", "ror"} <= kinds
    # Two ROR records never share an organisation.
    assert (
        rows(
            settings,
            "select max(n) from (select count(*) n from core.organisation_mentions m "
            "join core.organisation_mention_map x using (mention_key) where m.source = 'ror' group by x.org_id)",
        )[0][0]
        == 1
    )


def test_ids_survive_a_refresh_with_a_renamed_organisation(
    settings: Settings, snapshot_root: Path, release_2: Path
) -> None:
    import json

    refresh(settings, snapshot_root)
    before = mapping(settings)
    renamed = json.loads((release_2 / "cordis" / "truth.json").read_text())["changes_since_release_1"][
        "renamed_organisation"
    ]
    assert renamed, "release 2 of the snapshot renames an organisation"
    refresh(settings, release_2)
    after = mapping(settings)

    key = f"cordis:{renamed['organisationID']}"
    assert after[key] == before[key]
    names = rows(settings, "select name from core.organisation_mentions where mention_key = ?", [key])
    assert names == [(renamed["to"],)] and renamed["to"] != renamed["from"]
    # Nobody was renumbered: every mention of both builds keeps its id unless history says why.
    moved = {k for k in before if k in after and before[k] != after[k]}
    explained = {
        r[0]
        for r in rows(
            settings, "select other_org_id from core.organisation_id_history where event in ('merged', 'split')"
        )
    }
    assert all(before[k] in explained for k in moved)


def test_judgements_override_and_merges_and_splits_are_recorded(settings: Settings, snapshot_root: Path) -> None:
    refresh(settings, snapshot_root)
    linked = rows(
        settings,
        # An organisation of two mentions the matcher linked by evidence weaker than an identifier: a name score
        # or a known name.
        "select e.mention_a, e.mention_b from core.match_evidence e where e.decision = 'linked' "
        "and e.rule in ('name_location', 'same_known_name') and (select count(*) from core.organisation_mention_map x "
        "join core.organisation_mention_map y using (org_id) where x.mention_key = e.mention_a) = 2 "
        # and nothing else strong enough to join either mention elsewhere once they are told apart
        "and not exists (select 1 from core.match_evidence o where o.score >= 0.75 "
        "and (o.mention_a, o.mention_b) <> (e.mention_a, e.mention_b) "
        "and (o.mention_a in (e.mention_a, e.mention_b) or o.mention_b in (e.mention_a, e.mention_b))) "
        "order by e.rule = 'name_location' desc, e.score, e.mention_a, e.mention_b limit 1",
    )[0]
    first = mapping(settings)
    assert first[linked[0]] == first[linked[1]]
    apart = rows(
        settings,
        "select a.mention_key, b.mention_key from core.organisation_mentions a, core.organisation_mentions b "
        "join core.organisation_mention_map xa on true join core.organisation_mention_map xb on true "
        "where a.source = 'cordis' and b.source = 'cordis' and xa.mention_key = a.mention_key "
        "and xb.mention_key = b.mention_key and xa.org_id <> xb.org_id and a.mention_key < b.mention_key "
        # Not the pair to split: moving one of it into another organisation would be no split.
        "and xa.org_id <> ? and xb.org_id <> ? order by a.mention_key, b.mention_key limit 1",
        [first[linked[0]], first[linked[0]]],
    )[0]

    judge(settings, linked[0], linked[1], "not_same")
    judge(settings, apart[0], apart[1], "same")
    judge(settings, apart[0], "cordis:no-such-pic", "same")  # a mistyped key
    refresh(settings, snapshot_root)
    second = mapping(settings)

    assert second[linked[0]] != second[linked[1]]
    assert second[apart[0]] == second[apart[1]]
    events = {
        r[0]
        for r in rows(
            settings,
            "select event from core.organisation_id_history "
            "where build_id = (select max(build_id) from core.organisation_id_history)",
        )
    }
    assert {"split", "merged"} <= events
    applied = dict(rows(settings, "select mention_b, applied from core.match_judgements"))
    assert applied == {linked[1]: True, apart[1]: True, "cordis:no-such-pic": False}


def test_review_lists_uncertain_pairs_with_evidence_and_skips_judged_ones(
    settings: Settings, snapshot_root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    refresh(settings, snapshot_root)
    monkeypatch.setenv("LANDSCAPE_HOME", str(settings.home))
    assert cli_main(["match", "review", "--limit", "5", "--format", "csv"]) == 0
    listed = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert len(listed) == 5 and all(r["features"].startswith("{") and r["score"] for r in listed)
    top = listed[0]
    assert cli_main(["match", "judge", top["mention_a"], top["mention_b"], "unsure", "--who", "t", "--why", "w"]) == 0
    capsys.readouterr()
    build(settings, with_gx=False)
    assert cli_main(["match", "review", "--limit", "5", "--format", "csv"]) == 0
    again = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert (top["mention_a"], top["mention_b"]) not in {(r["mention_a"], r["mention_b"]) for r in again}


def test_match_quality_is_measured_by_every_build_and_shipped_with_the_release(
    settings: Settings, snapshot_root: Path
) -> None:
    import json

    from landscape.release import make_release
    from transforms.known_names import KnownNames
    from transforms.match_quality import HANDWRITTEN_PAIRS, HELD_OUT_2_PAIRS, HELD_OUT_PAIRS, handwritten_scores

    refresh(settings, snapshot_root)
    package = json.loads((make_release(settings).path / "datapackage.json").read_text(encoding="utf-8"))
    for evaluation, path, matches in (
        ("hand_written_development", HANDWRITTEN_PAIRS, 141),
        ("hand_written_held_out", HELD_OUT_PAIRS, 139),
        ("hand_written_held_out_2", HELD_OUT_2_PAIRS, 109),
    ):
        stored = dict(rows(settings, f"select kind, f1 from ops.match_quality where evaluation = '{evaluation}'"))
        measured = handwritten_scores(path)
        assert measured is not None
        overall, per_kind = measured
        assert stored["all"] == pytest.approx(overall.f1) and set(per_kind) <= set(stored)
        assert overall.actual == matches and 0 < overall.f1 < 1
        shipped = {q["kind"]: q for q in package["match_quality"] if q["evaluation"] == evaluation}
        assert shipped["all"]["f1"] == pytest.approx(overall.f1)
        # The same set without the register of known names, so a release says what the register adds.
        alone = dict(
            rows(settings, f"select kind, f1 from ops.match_quality where evaluation = '{evaluation}_names_alone'")
        )
        names_only = handwritten_scores(path, KnownNames([]))
        assert names_only is not None and alone["all"] == pytest.approx(names_only[0].f1)
        assert alone["all"] < overall.f1
