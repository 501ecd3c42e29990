from __future__ import annotations

import datetime as dt
import json
import stat
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klacht.errors import NotFoundError, StoreError
from klacht.model import EVENTS, OUTCOMES, PLATFORMS, Complaint, Event
from klacht.storage.store import SCHEMA_VERSION, Store, slugify

if TYPE_CHECKING:
    from pathlib import Path


def make(complaint_id: str = "bol-1", **extra: object) -> Complaint:
    values: dict[str, object] = {
        "id": complaint_id,
        "lang": "nl",
        "company": "Bol",
        "platform": "x",
        "handle": "@bolcom",
        "what": "Niet geleverd.",
        "when": dt.date(2026, 11, 20),
        "outcome": "refund",
        "created": dt.date(2026, 11, 23),
        **extra,
    }
    return Complaint(**values)  # type: ignore[arg-type]


def test_round_trip_and_schema_version(tmp_path: Path) -> None:
    """A saved complaint loads back equal, and the file carries a schema version."""
    store = Store(tmp_path)
    complaint = make(events=(Event("posted", dt.date(2026, 11, 23), "via X"),))
    path = store.save(complaint)
    assert store.load("bol-1") == complaint
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_files_are_owner_only(tmp_path: Path) -> None:
    """Complaint files are readable by the owner only (0600), their folder 0700."""
    store = Store(tmp_path / "data")
    path = store.save(make())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_unreadable_file_is_named_and_never_overwritten(tmp_path: Path) -> None:
    """A file that does not parse is named in the error and left byte for byte."""
    store = Store(tmp_path)
    path = store.save(make())
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(StoreError, match=r"bol-1\.json"):
        store.load("bol-1")
    with pytest.raises(StoreError, match=r"bol-1\.json"):
        store.save(make())
    assert path.read_text(encoding="utf-8") == "{ not json"


def test_unknown_schema_is_refused(tmp_path: Path) -> None:
    """A file from a newer klacht (unknown schema_version) is an error, not a guess."""
    store = Store(tmp_path)
    path = store.save(make())
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["schema_version"] = 99
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(StoreError, match="schema_version"):
        store.load("bol-1")


def test_unknown_id(tmp_path: Path) -> None:
    """Loading an id that does not exist raises NotFoundError; a path is never an id."""
    store = Store(tmp_path)
    with pytest.raises(NotFoundError):
        store.load("nope-1")
    with pytest.raises(NotFoundError):
        store.load("../etc/passwd")


def test_new_ids_count_up_per_company(tmp_path: Path) -> None:
    """Ids are a slug of the company and a free number."""
    store = Store(tmp_path)
    assert store.new_id("Bol.com") == "bolcom-1"
    store.save(make("bolcom-1"))
    assert store.new_id("Bol.com") == "bolcom-2"
    assert slugify("Café Über!") == "cafe-uber"
    assert slugify("???") == "klacht"


def test_no_temp_files_left(tmp_path: Path) -> None:
    """Atomic writes leave no temporary files behind."""
    store = Store(tmp_path)
    store.save(make())
    store.save(make())
    assert [p.name for p in (tmp_path / "complaints").iterdir()] == ["bol-1.json"]


def test_drafts_round_trip(tmp_path: Path) -> None:
    """A draft keeps its answers and step, and is gone once deleted."""
    store = Store(tmp_path)
    store.save_draft("concept-1", "en", {"company": "Bol"}, 2)
    draft = store.load_draft("concept-1")
    assert draft["answers"] == {"company": "Bol"}
    assert draft["step"] == 2
    store.delete_draft("concept-1")
    with pytest.raises(NotFoundError):
        store.load_draft("concept-1")


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    what=texts,
    reference=texts,
    platform=st.sampled_from(PLATFORMS),
    outcome=st.sampled_from(OUTCOMES),
    events=st.lists(st.tuples(st.sampled_from(EVENTS), st.dates(), texts), max_size=4),
)
def test_any_complaint_round_trips(
    tmp_path: Path,
    what: str,
    reference: str,
    platform: str,
    outcome: str,
    events: list[tuple[str, dt.date, str]],
) -> None:
    """Whatever the text, the store gives back exactly what it was given."""
    store = Store(tmp_path)
    complaint = make(
        what=what,
        reference=reference,
        platform=platform,
        outcome=outcome,
        events=tuple(Event(*e) for e in events),
    )
    store.save(complaint)
    assert store.load("bol-1") == complaint


@pytest.mark.parametrize(
    ("key", "value"),
    [("lang", "fr"), ("platform", "myspace"), ("outcome", "revenge"), ("what", 42)],
)
def test_hand_edited_values_are_refused(tmp_path: Path, key: str, value: object) -> None:
    """A value no klacht writes (edited by hand) is a StoreError naming the file."""
    store = Store(tmp_path)
    path = store.save(make())
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw[key] = value
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(StoreError, match=r"bol-1\.json"):
        store.load("bol-1")


def test_unknown_event_is_refused(tmp_path: Path) -> None:
    """An event name no klacht writes makes the file unreadable, not a crash."""
    store = Store(tmp_path)
    path = store.save(make(events=(Event("posted", dt.date(2026, 11, 23)),)))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["events"].append({"event": "bogus", "date": "2026-11-24", "note": ""})
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(StoreError, match="bogus"):
        store.load("bol-1")


@pytest.mark.parametrize(
    "raw",
    [
        {"schema_version": 1, "id": "concept-1", "lang": "nl", "step": "x", "answers": {}},
        {"schema_version": 1, "id": "concept-1", "lang": "de", "step": 0, "answers": {}},
        {"schema_version": 1, "id": "concept-1", "lang": "nl", "step": 0, "answers": {"a": 1}},
        {"schema_version": 1, "id": "concept-1", "lang": "nl", "step": 0, "answers": []},
    ],
)
def test_damaged_draft_is_refused(tmp_path: Path, raw: dict[str, object]) -> None:
    """A damaged draft is a StoreError, never a traceback."""
    store = Store(tmp_path)
    store.drafts_dir.mkdir(parents=True)
    (store.drafts_dir / "concept-1.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(StoreError, match=r"concept-1\.json"):
        store.load_draft("concept-1")


def test_lock_file_is_owner_only(tmp_path: Path) -> None:
    """Even the (empty) lock file is created for the owner only."""
    store = Store(tmp_path)
    with store.lock():
        assert stat.S_IMODE((tmp_path / ".lock").stat().st_mode) == 0o600
