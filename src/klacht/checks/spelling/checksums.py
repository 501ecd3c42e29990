"""SHA-256 checksums recorded for downloaded files, so only what klacht fetched is trusted.

The record is one file, ``downloaded.sha256`` in the download folder, in ``sha256sum`` format
(the digest, two spaces, the path relative to the folder), written owner-only.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Final

from klacht.storage import paths

if TYPE_CHECKING:
    from pathlib import Path

RECORD: Final = "downloaded.sha256"


def sha256(path: Path) -> str:
    """Return the SHA-256 of a file (hex), or "" when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def recorded(folder: Path) -> dict[str, str]:
    """Return path (relative to ``folder``) -> SHA-256 as recorded; leniently, {} if none."""
    try:
        text = (folder / RECORD).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        digest, _, name = line.partition("  ")
        if len(digest) == 64 and name:
            out[name] = digest
    return out


def record(folder: Path, file: Path) -> None:
    """Record the SHA-256 of ``file`` (inside ``folder``), replacing an older record of it.

    Raises:
        OSError: the record cannot be written.
    """
    name = file.relative_to(folder).as_posix()
    lines = {k: v for k, v in recorded(folder).items() if k != name}
    lines[name] = sha256(file)
    paths.write_private(folder / RECORD, "".join(f"{v}  {k}\n" for k, v in sorted(lines.items())))


def verified(folder: Path, file: Path) -> bool:
    """Tell whether ``file`` (inside ``folder``) has the SHA-256 recorded for it."""
    expected = recorded(folder).get(file.relative_to(folder).as_posix())
    return expected is not None and expected == sha256(file)
