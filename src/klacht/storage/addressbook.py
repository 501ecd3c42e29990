"""The user's own address book of verified company accounts (``addressbook.yaml``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import yaml

from klacht.model import Account
from klacht.storage import paths
from klacht.storage.paths import write_private
from klacht.storage.store import slugify
from klacht.storage.yamlfile import read_yaml_mapping

if TYPE_CHECKING:
    from pathlib import Path


def addressbook_path() -> Path:
    """Return the path of ``addressbook.yaml``."""
    return paths.data_dir() / "addressbook.yaml"


def _load_raw(path: Path) -> dict[str, Any]:
    paths.check_private(path)
    return read_yaml_mapping(path, text_keys={"name", "handle", "verified_on"}) or {}


def lookup(company: str, platform: str, path: Path | None = None) -> Account | None:
    """Return the remembered account of ``company`` on ``platform``, if any."""
    raw = _load_raw(path or addressbook_path())
    entry = raw.get(slugify(company))
    if not isinstance(entry, dict):
        return None
    account = (entry.get("accounts") or {}).get(platform)
    if not isinstance(account, dict) or not account.get("handle"):
        return None
    verified = account.get("verified_on")
    if isinstance(verified, str):
        try:
            verified = dt.date.fromisoformat(verified)
        except ValueError:
            verified = None
    return Account(
        company=str(entry.get("name", company)),
        platform=platform,
        handle=str(account["handle"]),
        verified_on=verified if isinstance(verified, dt.date) else None,
        webcare=bool(account.get("webcare", False)),
    )


def remember(account: Account, path: Path | None = None) -> Path:
    """Add or update an account in the address book (owner-only file, under a lock)."""
    from filelock import FileLock  # lazy: ~30 ms (it loads asyncio); only a write needs it

    path = path or addressbook_path()
    paths.ensure_private_dir(path.parent)
    with FileLock(str(path) + ".lock", timeout=10, mode=0o600):
        raw = _load_raw(path)
        entry = raw.setdefault(slugify(account.company), {"name": account.company})
        entry.setdefault("accounts", {})[account.platform] = {
            "handle": account.handle,
            "verified_on": account.verified_on.isoformat() if account.verified_on else None,
            "webcare": account.webcare,
        }
        write_private(path, yaml.safe_dump(raw, allow_unicode=True, sort_keys=True))
    return path
