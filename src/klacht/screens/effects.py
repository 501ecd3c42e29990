"""Side effects a screen offers: the clipboard, the browser, the editor.

Apart from ``ui`` so that printing findings (every ``klacht check``) does not import what
only the wizard and the follow-up walk use (webbrowser, subprocess, tempfile: about 30 ms).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
import webbrowser
from pathlib import Path

from klacht.storage import paths


def copy_to_clipboard(text: str) -> bool:
    """Copy ``text`` with the system's clipboard tool; return whether that worked."""
    for command in (
        ["wl-copy"],
        ["xclip", "-selection", "clipboard"],
        ["xsel", "-b", "-i"],
        ["pbcopy"],
        ["clip.exe"],
    ):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, input=text.encode(), check=True, timeout=5)
            except (OSError, subprocess.SubprocessError):
                continue
            return True
    return False


def open_url(url: str) -> bool:
    """Open ``url`` in the user's browser; return whether one was started."""
    try:
        return webbrowser.open(url)
    except webbrowser.Error:
        return False


def edit_in_editor(text: str) -> str | None:
    """Let the user edit ``text`` in ``$VISUAL``/``$EDITOR``; None when there is none."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        return None
    # Mode 0600 and inside klacht's own folder: the file holds the post.
    folder = paths.ensure_private_dir(paths.cache_dir())
    fd, name = tempfile.mkstemp(prefix="klacht-", suffix=".txt", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        try:
            command = shlex.split(editor)
        except ValueError as err:  # unbalanced quotes in $EDITOR
            raise OSError(f"$EDITOR: {err}") from err
        subprocess.run([*command, str(path)], check=True)
        return path.read_text(encoding="utf-8").strip()
    finally:
        path.unlink(missing_ok=True)
