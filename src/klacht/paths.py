"""Where klacht keeps its files: ``$KLACHT_HOME``, else the platform's folders."""

from __future__ import annotations

import os
from pathlib import Path


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
