"""One JSON file per complaint, written atomically, owner-only, under a lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import unicodedata
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import NotFoundError, StoreError, os_reason, says
from klacht.model import EVENTS, LANGS, OUTCOMES, PLATFORMS, Complaint, Event, PrivateItem
from klacht.storage import paths
from klacht.storage.paths import write_private

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

SCHEMA_VERSION: Final = 1
MAX_FILE_BYTES: Final = 10 * 1024 * 1024
"""A stored complaint is a few KB; anything over 10 MB is not one of ours."""
LOCK_PATIENCE: Final = (0.3, 5.0)
"""Seconds to wait for a busy lock before saying so, and in all before giving up."""
_ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")


def slugify(name: str) -> str:
    """Return a short lowercase ASCII slug of a company name (``Bol.com`` -> ``bolcom``)."""

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    glued = re.sub(r"[.']", "", ascii_name.lower())  # Bol.com -> bolcom, McDonald's -> mcdonalds
    slug = re.sub(r"[^a-z0-9]+", "-", glued).strip("-")
    return slug[:20].strip("-") or "klacht"


def complaint_to_raw(complaint: Complaint) -> dict[str, Any]:
    """Return the on-disk shape of a complaint."""
    raw = asdict(complaint)
    raw["when"] = complaint.when.isoformat()
    raw["created"] = complaint.created.isoformat()
    raw["events"] = [
        {"event": e.event, "date": e.date.isoformat(), "note": e.note} for e in complaint.events
    ]
    return {"schema_version": SCHEMA_VERSION, **raw}


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Migrate an older on-disk shape to the current one (version 1 is the first)."""
    version = raw.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # true and 1.0 equal 1, too
        raise ValueError(f"unknown schema_version {version!r}")
    return raw


def complaint_from_raw(raw: dict[str, Any]) -> Complaint:
    """Build a complaint from its on-disk shape; raise ValueError/KeyError/TypeError if broken."""
    raw = dict(_upgrade(raw))
    raw.pop("schema_version")
    known = {f.name for f in fields(Complaint)}
    values = {k: v for k, v in raw.items() if k in known}
    values["when"] = dt.date.fromisoformat(values["when"])
    values["created"] = dt.date.fromisoformat(values["created"])
    values["events"] = tuple(
        Event(e["event"], dt.date.fromisoformat(e["date"]), e.get("note", ""))
        for e in values.get("events", ())
    )
    values["private_items"] = tuple(
        PrivateItem(i["kind"], i["text"]) for i in values.get("private_items", ())
    )
    complaint = Complaint(**values)
    _check_values(complaint)
    return complaint


def _check_values(complaint: Complaint) -> None:
    """Refuse values no klacht writes (a hand-edited file), so no command trips over them."""
    for name, value, allowed in (
        ("lang", complaint.lang, LANGS),
        ("platform", complaint.platform, PLATFORMS),
        *(("outcome", o, OUTCOMES) for o in complaint.outcome.split(",")),  # several may be
        *(("event", e.event, EVENTS) for e in complaint.events),
    ):
        if value not in allowed:
            raise ValueError(f"{name} '{value}' is not one of {', '.join(allowed)}")
    texts = (
        complaint.id,
        complaint.company,
        complaint.handle,
        complaint.what,
        complaint.post,
        complaint.private_message,
        complaint.post_url,
        complaint.tried,
        complaint.reference,
        complaint.impact,
        complaint.outcome_detail,
        *(e.note for e in complaint.events),
        *(i.kind for i in complaint.private_items),
        *(i.text for i in complaint.private_items),
    )
    if not all(isinstance(t, str) for t in texts):
        raise ValueError("a text field is not text")


def id_order(complaint_id: str) -> tuple[str, int]:
    """Return the sort key of an id: ``concept-2`` comes before ``concept-10``."""
    prefix, _, number = complaint_id.rpartition("-")
    return (prefix, int(number)) if number.isdigit() else (complaint_id, -1)


class Store:
    """The complaints and drafts under one data folder."""

    def __init__(
        self, root: Path | None = None, *, on_wait: Callable[[], None] | None = None
    ) -> None:
        """Use ``root`` or the data folder of ``paths``; ``on_wait`` says a lock is busy."""
        self.root = root if root is not None else paths.data_dir()
        self.on_wait = on_wait

    @property
    def complaints_dir(self) -> Path:
        """Return the folder of finished complaints."""
        return self.root / "complaints"

    @property
    def drafts_dir(self) -> Path:
        """Return the folder of unfinished wizard runs."""
        return self.root / "drafts"

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the store-wide lock for read-modify-write.

        A busy lock is waited for a short while (``on_wait`` is called once), then refused.

        Raises:
            StoreError: the folder is unsafe, the lock cannot be made or stays busy (exit 1).
        """
        from filelock import FileLock, Timeout  # lazy: only commands that write need it

        try:
            paths.ensure_private_dir(self.root)
        except OSError as err:
            raise paths.os_error("storage.dir_failed", self.root, err) from None
        path = self.root / ".lock"
        lock = FileLock(path, mode=0o600)
        first, total = LOCK_PATIENCE
        try:
            try:
                lock.acquire(timeout=first)
            except Timeout:
                if self.on_wait is not None:
                    self.on_wait()
                lock.acquire(timeout=total - first)
        except Timeout:
            raise StoreError(says("storage.busy", path=path, seconds=int(total))) from None
        except OSError as err:
            # Read-only or not ours: removing the lock would not help, the folder is the problem
            unwritable = err.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
            fix = "storage.dir_unwritable" if unwritable else "storage.lock_failed_fix"
            raise StoreError(
                says("storage.lock_failed", path=path, reason=os_reason(err)),
                hint=says(fix, path=path, folder=self.root),
            ) from None
        try:
            yield
        finally:
            lock.release()

    def path_for(self, complaint_id: str) -> Path:
        """Return the file of complaint ``complaint_id``; refuse ids that are not ids."""
        if not _ID_RE.match(complaint_id):
            raise NotFoundError(says("err_bad_id", id=complaint_id))
        return self.complaints_dir / f"{complaint_id}.json"

    def new_id(self, company: str) -> str:
        """Return a fresh id such as ``bolcom-3`` (call under the lock).

        Both folders must be listable, and a name in use in either (a file, a link, anything)
        is never given out again; ``save(..., new=True)`` then creates the file exclusively.
        """
        used = {p.name for p in self._entries(self.complaints_dir)}
        used |= {p.name for p in self._entries(self.drafts_dir)}
        slug = slugify(company)
        n = 1
        while f"{slug}-{n}.json" in used or self._taken(f"{slug}-{n}.json"):
            n += 1
        return f"{slug}-{n}"

    def _taken(self, name: str) -> bool:
        return any(
            os.path.lexists(folder / name) for folder in (self.complaints_dir, self.drafts_dir)
        )

    def _entries(self, folder: Path) -> list[Path]:
        """Return every entry of ``folder`` (none when it does not exist yet).

        Raises:
            StoreError: the folder is unsafe or cannot be listed (exit 1), so that no command
                takes an unlistable folder for an empty one.
        """
        paths.check_private(self.root)
        paths.check_private(folder)
        try:
            with os.scandir(folder) as entries:
                return sorted(folder / entry.name for entry in entries)
        except FileNotFoundError:
            return []
        except OSError as err:
            raise StoreError(
                says("storage.unlistable", path=folder, reason=os_reason(err)),
                hint=says("storage.unlistable_fix", path=folder),
            ) from None

    def _files(self, folder: Path) -> list[Path]:
        """Return the complaint files of ``folder`` (``<id>.json``); other entries are strays."""
        return [p for p in self._entries(folder) if _is_store_file(p)]

    def stray_files(self) -> list[Path]:
        """Return entries of the complaints and drafts folders that are no klacht file.

        ``Notes Backup.json`` or ``x.txt`` is skipped by every command; commands name them.
        """
        return [
            path
            for folder in (self.complaints_dir, self.drafts_dir)
            for path in self._entries(folder)
            if not _is_store_file(path) and not path.name.startswith(".")
        ]

    def _read_json(self, path: Path) -> dict[str, Any]:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ValueError("too large")
            raw = json.loads(data.decode("utf-8"))
        except FileNotFoundError:
            raise
        except (OSError, ValueError, RecursionError) as err:
            raise StoreError(
                says("storage.file_broken", path=path, reason=os_reason(err)),
                hint=says("storage.file_broken_fix"),
            ) from None
        if not isinstance(raw, dict):
            raise StoreError(
                says("storage.file_broken", path=path, reason=os_reason(ValueError())),
                hint=says("storage.file_broken_fix"),
            )
        return raw

    def load(self, complaint_id: str) -> Complaint:
        """Return the stored complaint ``complaint_id``."""
        path = self.path_for(complaint_id)
        try:
            raw = self._read_json(path)
        except FileNotFoundError as err:
            raise NotFoundError(
                says("err_no_complaint", id=complaint_id), hint=says("hint_list")
            ) from err
        try:
            complaint = complaint_from_raw(raw)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise StoreError(  # the detail names the field to fix in a hand-edited file
                says("storage.file_broken", path=path, reason=str(err)),
                hint=says("storage.file_broken_fix"),
            ) from None
        if complaint.id != complaint_id:
            raise StoreError(
                says("storage.id_mismatch", path=path, id=complaint.id),
                hint=says("storage.file_broken_fix"),
            )
        return complaint

    def all(self) -> list[Complaint]:
        """Return every stored complaint, oldest id first; an unreadable file is an error."""
        result = []
        for path in self._files(self.complaints_dir):
            result.append(self.load(path.stem))
        return sorted(result, key=lambda c: (c.created, id_order(c.id)))

    def readable(self) -> tuple[list[Complaint], list[StoreError]]:
        """Return every complaint that can be read (oldest first), and why each other cannot.

        One damaged file must not hide the others from ``list`` and ``remind``.
        """
        result, broken = [], []
        for path in self._files(self.complaints_dir):
            try:
                result.append(self.load(path.stem))
            except StoreError as err:
                broken.append(err)
        return sorted(result, key=lambda c: (c.created, id_order(c.id))), broken

    def save(self, complaint: Complaint, *, new: bool = False) -> Path:
        """Write ``complaint``; never overwrite a file that does not parse.

        With ``new`` the file must not exist yet: it is created exclusively (never replacing
        a complaint another process or an unlistable folder hid from ``new_id``).
        """
        path = self.path_for(complaint.id)
        if not new and os.path.lexists(path):
            self.load(complaint.id)  # raises StoreError on an unreadable or foreign file
        text = json.dumps(complaint_to_raw(complaint), ensure_ascii=False, indent=2) + "\n"
        _write(path, text, exclusive=new)
        return path

    # Drafts: what the wizard has so far, saved after every answer.
    def save_draft(self, draft_id: str, lang: str, answers: dict[str, str], step: int) -> Path:
        """Write the wizard's answers so far."""
        path = self.drafts_dir / f"{draft_id}.json"
        raw = {
            "schema_version": SCHEMA_VERSION,
            "id": draft_id,
            "lang": lang,
            "step": step,
            "answers": answers,
        }
        _write(path, json.dumps(raw, ensure_ascii=False, indent=2) + "\n")
        return path

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        """Return a saved draft: ``{"id", "lang", "step", "answers"}``."""
        if not _ID_RE.match(draft_id):
            raise NotFoundError(says("err_bad_draft_id", id=draft_id))
        path = self.drafts_dir / f"{draft_id}.json"
        try:
            raw = self._read_json(path)
        except FileNotFoundError as err:
            raise NotFoundError(says("err_no_draft", id=draft_id)) from err
        answers = raw.get("answers")
        step = raw.get("step", 0)
        valid = (
            type(raw.get("schema_version")) is int
            and raw.get("schema_version") == SCHEMA_VERSION
            and raw.get("id") == draft_id
            and isinstance(answers, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in answers.items())
            and type(step) is int
            and step >= 0
            and raw.get("lang") in LANGS
        )
        if not valid:
            raise StoreError(
                says("storage.file_broken", path=path, reason=os_reason(ValueError())),
                hint=says("storage.file_broken_fix"),
            )
        return raw

    def draft_ids(self) -> list[str]:
        """Return the ids of the saved drafts, in order."""
        return sorted((p.stem for p in self._files(self.drafts_dir)), key=id_order)

    def delete(self, complaint_id: str) -> None:
        """Remove a stored complaint (the caller asked the user first)."""
        path = self.path_for(complaint_id)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            raise StoreError(f"Kan {path} niet verwijderen: {err.strerror}") from err

    def delete_draft(self, draft_id: str) -> None:
        """Remove a finished draft."""
        with contextlib.suppress(FileNotFoundError):
            (self.drafts_dir / f"{draft_id}.json").unlink()


def _is_store_file(path: Path) -> bool:
    """Return whether ``path`` is named like a complaint or draft (``bolcom-1.json``)."""
    return path.suffix == ".json" and bool(_ID_RE.match(path.stem))


def _write(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write a store file owner-only; a failure is a StoreError naming the path (exit 1)."""
    try:
        write_private(path, text, exclusive=exclusive)
    except FileExistsError:
        raise StoreError(says("storage.name_taken", path=path)) from None
    except OSError as err:
        raise paths.os_error("storage.write_failed", path, err) from None
