"""Files the user names on the command line: texts to read, and paths to write to.

Inputs are capped (a text at ``MAX_TEXT_BYTES``, any other file at ``MAX_FILE_BYTES``), so an
endless input (``/dev/zero``, a FIFO) is a sentence rather than all of the memory. An output
path must be a regular file or nothing yet: klacht never writes through a symlink or into a
device or FIFO, and the caller asks before it replaces an existing file.
"""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING, Final

from klacht.errors import DataFileError, KlachtError, os_reason, says
from klacht.storage.yamlfile import MAX_FILE_BYTES, read_text

if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO

MAX_TEXT_BYTES: Final = 1024 * 1024
"""The longest text klacht checks (1 MB: a post is under 3 KB, a long letter under 30 KB)."""

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_BYTES",
    "output_exists",
    "read_bytes_capped",
    "read_capped",
    "read_stream",
    "refuse_undecodable",
]


def read_stream(stream: TextIO, *, name: str = "-", max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read standard input (or another stream) up to ``max_bytes``, as ``--file`` reads a file.

    The bytes are decoded here, strictly: whatever error handler the stream was opened with
    (Python's UTF-8 mode lets bad bytes through as ``?``), bad bytes are refused.

    Raises:
        DataFileError: the stream holds more than that, or is not UTF-8 text.
    """
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text-only stream: its characters are all there is
        try:
            text = stream.read(max_bytes + 1)
        except UnicodeDecodeError as err:
            raise DataFileError(
                says("storage.file_not_utf8", file=name, offset=err.start)
            ) from None
        data = text.encode("utf-8", "surrogateescape")
    else:
        data = binary.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DataFileError(
            says("storage.file_too_big", file=name, limit=f"{max_bytes // 1024 // 1024} MB")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataFileError(says("storage.file_not_utf8", file=name, offset=err.start)) from None


def refuse_undecodable(text: str, *, name: str) -> str:
    """Return ``text`` when it is all characters; refuse bytes that were not UTF-8.

    Arguments reach Python with such bytes kept as lone surrogates (``caf\udce9``).

    Raises:
        DataFileError: ``text`` holds such a byte (its position named).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise DataFileError(says("storage.file_not_utf8", file=name, offset=err.start)) from None
    return text


def read_capped(path: Path, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Return the UTF-8 text of a file the user named, refused when over ``max_bytes``.

    Raises:
        DataFileError: missing, unreadable, not UTF-8 or too large (the path named).
    """
    try:
        return read_text(path, max_bytes=max_bytes)
    except FileNotFoundError:
        raise DataFileError(says("storage.file_missing", file=path)) from None


def output_exists(path: Path) -> bool:
    """Return whether a regular file is at ``path`` (the caller asks before replacing it).

    Raises:
        KlachtError: ``path`` is a symlink, a folder, a device, a FIFO or a socket (exit 2).
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    except OSError as err:
        raise KlachtError(
            says("storage.file_unreadable", file=path, reason=os_reason(err))
        ) from None
    if stat.S_ISLNK(info.st_mode):
        raise KlachtError(says("storage.output_symlink", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise KlachtError(says("storage.output_special", path=path))
    return True


def read_bytes_capped(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes | None:
    """Return the bytes of an existing output file (None when there is none), capped.

    Raises:
        KlachtError: not a regular file (see :func:`output_exists`), unreadable or too large.
    """
    if not output_exists(path):
        return None
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise DataFileError(
            says("storage.file_unreadable", file=path, reason=os_reason(err))
        ) from None
    if len(data) > max_bytes:
        raise DataFileError(
            says("storage.file_too_big", file=path, limit=f"{max_bytes // 1024 // 1024} MB")
        )
    return data
