"""Where klacht keeps its files: ``$KLACHT_HOME``, else the platform's folders."""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any


def _home() -> Path | None:
    value = os.environ.get("KLACHT_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Return the folder for complaints, drafts and the address book."""
    home = _home()
    if home is not None:
        return home
    import platformdirs

    return platformdirs.user_data_path("klacht")


def config_dir() -> Path:
    """Return the folder for config, personal dictionary, own rules and templates."""
    home = _home()
    if home is not None:
        return home
    import platformdirs

    return platformdirs.user_config_path("klacht")


def cache_dir() -> Path:
    """Return the folder for caches (LanguageTool download, compiled word lists)."""
    home = _home()
    if home is not None:
        return home / "cache"
    import platformdirs

    return platformdirs.user_cache_path("klacht")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (owner-only) if needed and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically with mode 0600 (temp file, fsync, replace)."""
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(0o600)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


@cache
def packaged_yaml(name: str) -> dict[str, Any]:
    """Return klacht's own data file ``data/NAME`` as a mapping (the one YAML reader, read once)."""
    from importlib import resources  # lazy: start-up time

    from klacht.storage.yamlfile import ensure_mapping, parse_yaml  # lazy: imports pyyaml

    text = resources.files("klacht").joinpath("data", name).read_text(encoding="utf-8")
    source = f"data/{name}"
    return ensure_mapping(parse_yaml(text, source=source), source=source)
