"""One JSON file per complaint, written atomically, owner-only, under a lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import NotFoundError, StoreError, says
from klacht.model import EVENTS, LANGS, OUTCOMES, PLATFORMS, Complaint, Event
from klacht.storage import paths
from klacht.storage.paths import write_private

if TYPE_CHECKING:
    from pathlib import Path

    from filelock import FileLock

SCHEMA_VERSION: Final = 1
_ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")


def slugify(name: str) -> str:
    """Return a short lowercase ASCII slug of a company name (``Bol.com`` -> ``bolcom``)."""
    import unicodedata

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
    if version != SCHEMA_VERSION:
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
    )
    if not all(isinstance(t, str) for t in texts):
        raise ValueError("a text field is not text")


class Store:
    """The complaints and drafts under one data folder."""

    def __init__(self, root: Path | None = None) -> None:
        """Use ``root`` or the data folder of ``paths``."""
        self.root = root if root is not None else paths.data_dir()

    @property
    def complaints_dir(self) -> Path:
        """Return the folder of finished complaints."""
        return self.root / "complaints"

    @property
    def drafts_dir(self) -> Path:
        """Return the folder of unfinished wizard runs."""
        return self.root / "drafts"

    def lock(self) -> FileLock:
        """Return the store-wide lock for read-modify-write."""
        from filelock import FileLock

        try:
            paths.ensure_private_dir(self.root)
        except OSError as err:
            raise StoreError(f"Kan de map {self.root} niet aanmaken: {err.strerror}") from err
        return FileLock(self.root / ".lock", timeout=10, mode=0o600)

    def path_for(self, complaint_id: str) -> Path:
        """Return the file of complaint ``complaint_id``; refuse ids that are not ids."""
        if not _ID_RE.match(complaint_id):
            raise NotFoundError(says("err_bad_id", id=complaint_id))
        return self.complaints_dir / f"{complaint_id}.json"

    def new_id(self, company: str) -> str:
        """Return a fresh id such as ``bolcom-3`` (call under the lock)."""
        used = {p.stem for p in self._files(self.complaints_dir)}
        used |= {p.stem for p in self._files(self.drafts_dir)}
        slug = slugify(company)
        n = 1
        while f"{slug}-{n}" in used:
            n += 1
        return f"{slug}-{n}"

    @staticmethod
    def _files(folder: Path) -> list[Path]:
        try:
            return sorted(folder.glob("*.json"))
        except OSError:
            return []

    def _read_json(self, path: Path) -> dict[str, Any]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise
        except (OSError, ValueError) as err:
            raise StoreError(
                f"Het bestand {path} is onleesbaar ({err}); klacht laat het ongemoeid.",
                hint="Herstel of verplaats het bestand en probeer het opnieuw.",
            ) from err
        if not isinstance(raw, dict):
            raise StoreError(f"Het bestand {path} is geen klacht; klacht laat het ongemoeid.")
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
            return complaint_from_raw(raw)
        except (KeyError, TypeError, ValueError) as err:
            raise StoreError(
                f"Het bestand {path} is beschadigd ({err}); klacht laat het ongemoeid."
            ) from err

    def all(self) -> list[Complaint]:
        """Return every stored complaint, oldest id first; an unreadable file is an error."""
        result = []
        for path in self._files(self.complaints_dir):
            result.append(self.load(path.stem))
        return sorted(result, key=lambda c: (c.created, c.id))

    def save(self, complaint: Complaint) -> Path:
        """Write ``complaint``; never overwrite a file that does not parse."""
        path = self.path_for(complaint.id)
        if path.exists():
            self._read_json(path)  # raises StoreError on an unreadable file
        text = json.dumps(complaint_to_raw(complaint), ensure_ascii=False, indent=2) + "\n"
        try:
            write_private(path, text)
        except OSError as err:
            raise StoreError(f"Kan {path} niet schrijven: {err.strerror}") from err
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
        try:
            write_private(path, json.dumps(raw, ensure_ascii=False, indent=2) + "\n")
        except OSError as err:
            raise StoreError(f"Kan {path} niet schrijven: {err.strerror}") from err
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
            isinstance(answers, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in answers.items())
            and isinstance(step, int)
            and step >= 0
            and raw.get("lang") in LANGS
        )
        if not valid:
            raise StoreError(f"Het concept {path} is beschadigd; klacht laat het ongemoeid.")
        return raw

    def draft_ids(self) -> list[str]:
        """Return the ids of the saved drafts, in order."""
        return [p.stem for p in self._files(self.drafts_dir)]

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
