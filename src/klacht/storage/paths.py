"""Where klacht keeps its files: ``$KLACHT_HOME``, else the platform's folders."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from klacht import __version__
from klacht.errors import StoreError, os_reason, says
from klacht.storage.yamlfile import ensure_mapping, parse_yaml


def _home() -> Path | None:
    value = os.environ.get("KLACHT_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Return the folder for complaints, drafts and the address book."""
    home = _home()
    if home is not None:
        return home
    return platformdirs.user_data_path("klacht")


def config_dir() -> Path:
    """Return the folder for config, personal dictionary, own rules and templates."""
    home = _home()
    if home is not None:
        return home
    return platformdirs.user_config_path("klacht")


def cache_dir() -> Path:
    """Return the folder for caches (LanguageTool download, compiled word lists)."""
    home = _home()
    if home is not None:
        return home / "cache"
    return platformdirs.user_cache_path("klacht")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents owner-only (0700 whatever the umask); return it.

    An existing folder must be safe (see :func:`check_private`).

    Raises:
        OSError: a folder cannot be made (callers say what it was for).
        StoreError: another user owns or can write the folder (exit 1).
    """
    missing: list[Path] = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by a klacht running alongside: checked below like any other
        new.chmod(0o700)  # mkdir's mode is cut by the umask, and 0700 is what we want
    check_private(path)
    return path


def check_private(path: Path) -> None:
    """Refuse a file or folder that another user owns or can write, as ssh does (exit 1).

    A folder or file that does not exist is fine: klacht makes it owner-only.

    Raises:
        StoreError: naming the path and the command that fixes it.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as err:
        raise os_error("storage.unreadable", path, err) from None
    if info.st_uid not in (os.getuid(), 0):
        raise StoreError(
            says("storage.not_owner", path=path), hint=says("storage.not_owner_fix", path=path)
        )
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise StoreError(
            says("storage.writable_by_others", path=path),
            hint=says("storage.writable_by_others_fix", path=path),
        )


def os_error(key: str, path: Path, err: OSError) -> StoreError:
    """Return a StoreError (exit 1) saying catalogue sentence ``key`` about ``path``."""
    return StoreError(says(key, path=path, reason=os_reason(err)))


def write_private(path: Path, text: str, *, exclusive: bool = False, durable: bool = True) -> None:
    """Write ``text`` to ``path`` atomically with mode 0600 (temp file, fsync, replace).

    With ``exclusive`` the file is linked into place only if nothing has that name yet.
    Without ``durable`` there is no fsync: for caches, which are checked when read, and
    where a file lost in a crash only costs time.

    Raises:
        OSError: the file cannot be written; FileExistsError when ``exclusive`` and taken.
        StoreError: another user owns or can write the folder (exit 1).
    """
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        Path(tmp).chmod(0o600)
        if exclusive:
            os.link(tmp, path)  # fails when the name exists, unlike replace
            Path(tmp).unlink()
        else:
            Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


@cache
def packaged_yaml(name: str) -> dict[str, Any]:
    """Return klacht's own data file ``data/NAME`` as a mapping (the one YAML reader, read once).

    The parsed value is also kept as JSON in ``cache_dir() / "data"``, with klacht's version
    and the file's whole text, and used only while both are equal: so a cold ``klacht check``
    does not import PyYAML (about 12 ms) to read ``privacy.yaml``, and never sees stale data.
    A value JSON cannot hold (a date) is not cached; a cache that is missing, corrupt or
    cannot be written only means parsing again.
    """
    text = resources.files("klacht").joinpath("data", name).read_text(encoding="utf-8")
    head = f"{__version__} data/{name}"
    cache_file = cache_dir() / "data" / f"{name.replace('/', '.')}.json"
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, StoreError):
        check_private(cache_file.parent)  # nobody else may plant klacht's data
        check_private(cache_file)
        cached = json.loads(cache_file.read_bytes())
        if cached["head"] == head and cached["source"] == text:
            value: dict[str, Any] = cached["value"]
            return value
    source = f"data/{name}"
    value = ensure_mapping(parse_yaml(text, source=source), source=source)
    # A date makes json.dumps raise TypeError: that file is not cached (keys are text already).
    with contextlib.suppress(OSError, ValueError, TypeError, StoreError):  # no cache, still right
        dumped = json.dumps({"head": head, "source": text, "value": value}, ensure_ascii=False)
        write_private(cache_file, dumped, durable=False)
    return value
