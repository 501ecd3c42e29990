"""The store and the folders under hostile neighbours: permissions, strays, ids, locks."""

from __future__ import annotations

import fcntl
import json
import os
import stat
from typing import TYPE_CHECKING

import pytest

from factories import complaint
from klacht.cli import app
from klacht.errors import ExitCode, StoreError
from klacht.storage import store as store_module
from klacht.storage.store import Store, complaint_to_raw

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

ROOT = os.geteuid() == 0


def saved(home: Path, complaint_id: str = "bol-1") -> Path:
    store = Store(home)
    return store.save(complaint(id=complaint_id, company="Bol"))


def test_unlistable_folder_is_exit_1_and_never_reuses_an_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A complaints folder that cannot be listed stops new_id; bol-1 is never overwritten."""
    path = saved(tmp_path)
    before = path.read_bytes()

    def refuse(folder: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    store = Store(tmp_path)
    with pytest.raises(StoreError) as caught:
        store.new_id("Bol")
    assert caught.value.exit_code == ExitCode.FINDINGS
    assert "complaints" in str(caught.value)
    with pytest.raises(StoreError):
        store.all()
    assert path.read_bytes() == before


def test_new_complaint_never_replaces_an_existing_file(tmp_path: Path) -> None:
    """Saving a new complaint under a name that exists (hidden or raced) is refused."""
    path = saved(tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="name_taken"):
        Store(tmp_path).save(complaint(id="bol-1", company="Other"), new=True)
    assert path.read_bytes() == before


def test_new_id_skips_names_taken_by_anything(tmp_path: Path) -> None:
    """A symlink or folder named like the next id is never given out."""
    saved(tmp_path)
    (tmp_path / "complaints" / "bol-2.json").symlink_to(tmp_path / "nowhere")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "bol-3.json").mkdir()
    assert Store(tmp_path).new_id("Bol") == "bol-4"


def test_stray_files_are_named_and_skipped(runner: CliRunner, klacht_home: Path) -> None:
    """`Notes Backup.json` in complaints/ is named on stderr; list and remind still work."""
    saved(klacht_home)
    stray = klacht_home / "complaints" / "Notes Backup.json"
    stray.write_text("{}", encoding="utf-8")
    for command in (["list", "--json"], ["remind", "--json"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert "Notes Backup.json" in result.stderr
        json.loads(result.stdout)
    assert [c["id"] for c in json.loads(runner.invoke(app, ["list", "--json"]).stdout)] == ["bol-1"]


def test_id_must_match_the_file_name(runner: CliRunner, klacht_home: Path) -> None:
    """A file whose id differs from its name is refused, so it never receives others' events."""
    path = saved(klacht_home)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["id"] = "bol-9"
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = runner.invoke(app, ["log", "bol-1", "resolved"])
    assert result.exit_code == 1
    assert "bol-9" in result.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == "bol-9"


@pytest.mark.parametrize("version", [True, 1.0, "1", 99, None])
def test_schema_version_must_be_an_int_klacht_knows(tmp_path: Path, version: object) -> None:
    """`schema_version: true`, `1.0`, `"1"` or `99` are refused in complaints and drafts."""
    store = Store(tmp_path)
    raw = complaint_to_raw(complaint(id="bol-1"))
    raw["schema_version"] = version
    (tmp_path / "complaints").mkdir(mode=0o700)
    (tmp_path / "complaints" / "bol-1.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(StoreError):
        store.load("bol-1")
    draft = {"schema_version": version, "id": "concept-1", "lang": "nl", "step": 0, "answers": {}}
    (tmp_path / "drafts").mkdir(mode=0o700)
    (tmp_path / "drafts" / "concept-1.json").write_text(json.dumps(draft), encoding="utf-8")
    with pytest.raises(StoreError):
        store.load_draft("concept-1")


def test_deeply_nested_json_is_a_sentence(runner: CliRunner, klacht_home: Path) -> None:
    """A stored file of 100 000 nested lists is named as damaged: exit 1, no RecursionError."""
    folder = klacht_home / "complaints"
    folder.mkdir(parents=True, mode=0o700)
    (folder / "bol-1.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = runner.invoke(app, ["show", "bol-1"])
    assert result.exit_code == 1
    assert "bol-1.json" in result.stderr


def test_busy_lock_waits_then_exits_1(
    runner: CliRunner, klacht_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock held by another process: a waiting message, then exit 1 naming the lock."""
    saved(klacht_home)
    monkeypatch.setattr(store_module, "LOCK_PATIENCE", (0.05, 0.3))
    with (klacht_home / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(app, ["log", "bol-1", "resolved"])
    assert result.exit_code == 1
    assert "even wachten" in result.stderr
    assert ".lock" in result.stderr
    raw = json.loads((klacht_home / "complaints" / "bol-1.json").read_text(encoding="utf-8"))
    assert [e["event"] for e in raw["events"]] == [e.event for e in complaint().events]


def test_lock_that_is_a_folder_is_a_sentence(runner: CliRunner, klacht_home: Path) -> None:
    """A `.lock` folder gives exit 1 and says how to fix it."""
    saved(klacht_home)
    (klacht_home / ".lock").mkdir()
    result = runner.invoke(app, ["log", "bol-1", "resolved"])
    assert result.exit_code == 1
    assert ".lock" in result.stderr
    assert "Traceback" not in result.output


def test_world_writable_config_is_refused(runner: CliRunner, klacht_home: Path) -> None:
    """A config.yaml others can write is refused with exit 1 and the chmod that fixes it."""
    klacht_home.mkdir(mode=0o700)
    config = klacht_home / "config.yaml"
    config.write_text("spelling: off\n", encoding="utf-8")
    config.chmod(0o666)
    result = runner.invoke(app, ["check", "Hallo daar."])
    assert result.exit_code == 1
    assert "chmod go-w" in result.stderr
    assert "config.yaml" in result.stderr


def test_world_writable_home_is_refused(runner: CliRunner, klacht_home: Path) -> None:
    """A KLACHT_HOME others can write is refused before anything is read from or put in it."""
    saved(klacht_home)
    klacht_home.chmod(0o777)
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 1
    assert str(klacht_home) in result.stderr


@pytest.mark.skipif(not ROOT, reason="needs root to give a folder to another user")
def test_folder_of_another_user_is_refused(runner: CliRunner, klacht_home: Path) -> None:
    """A KLACHT_HOME owned by someone else is refused (exit 1), as ssh refuses such a folder."""
    saved(klacht_home)
    os.chown(klacht_home, 65534, 65534)
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 1
    assert "chown" in result.stderr


def test_planted_languagetool_counts_only_in_a_private_folder(klacht_home: Path) -> None:
    """A LanguageTool folder others can write is refused instead of counted as downloaded."""
    from klacht.checks.spelling import languagetool

    jar = languagetool.lt_dir() / "LanguageTool-6.0" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"")
    languagetool.lt_dir().chmod(0o777)
    with pytest.raises(StoreError, match="writable_by_others"):
        languagetool.downloaded()


def test_read_only_home_is_a_sentence(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KLACHT_HOME that cannot be created is exit 1 with its path, never a traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KLACHT_HOME", str(blocker / "home"))
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "company: Bol\nplatform: x\nhandle: '@bolcom'\nwhen: 2026-11-20\noutcome: refund\n"
        "what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["new", "--answers", str(answers)])
    assert result.exit_code == 1, result.output
    assert str(blocker) in result.stderr


def test_umask_000_gives_owner_only_folders_and_files(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under umask 000 every folder klacht makes is 0700 and every file 0600."""
    home = tmp_path / "a" / "b" / "home"
    monkeypatch.setenv("KLACHT_HOME", str(home))
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "company: Bol\nplatform: x\nhandle: '@bolcom'\nwhen: 2026-11-20\noutcome: refund\n"
        "what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.\n",
        encoding="utf-8",
    )
    old = os.umask(0)
    try:
        assert runner.invoke(app, ["new", "--answers", str(answers)]).exit_code == 0
        assert runner.invoke(app, ["spelling", "add", "wasmachinekast"]).exit_code == 0
        assert runner.invoke(app, ["log", "bol-1", "response"]).exit_code == 0
        assert runner.invoke(app, ["check", "Hallo daar, dit is een test."]).exit_code == 0
    finally:
        os.umask(old)
    made = [tmp_path / "a", tmp_path / "a" / "b", *home.rglob("*"), home]
    assert len(made) > 5
    for path in made:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
