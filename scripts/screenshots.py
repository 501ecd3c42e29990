"""Make the README's screenshots: the wizard, `klacht check` and `klacht show`, as SVG.

Run: python scripts/screenshots.py [--out docs/screenshots]

Each command runs as a user runs it, in a pseudo-terminal (pexpect) with colour, in a fresh
KLACHT_HOME with today pinned; its output goes through rich's own export
(``Console(record=True)``, ``Text.from_ansi``, ``save_svg``), so the pictures show what klacht
prints now. Rerun it after changing a screen; a prompt that no longer appears stops it.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

import pexpect
from rich.console import Console
from rich.terminal_theme import MONOKAI
from rich.text import Text

WIDTH = 88
TODAY = "2026-11-23"
ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-12
tried: op 14 november gebeld; ze zouden terugbellen.
reference: bestelnummer 1234567890
outcome: refund
"""
ANGRY_POST = (
    "@bolcom Dit is echt de SLECHTSTE service ooit!!! Mijn wasmachine is nog steeds niet "
    "geleverd. Bel me op 0612345678, mijn bestelnummer is 1234567890."
)
WIZARD = (
    ("Over welk bedrijf", "Bol"),
    ("Via welk kanaal", "1"),
    ("officiële account", "@bolcom"),
    ("adresboek", "n"),
    (
        "Wat is er gebeurd",
        "Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.",
    ),
    ("Wanneer gebeurde het", "12 november"),
    ("al geprobeerd", "op 14 november gebeld"),
    ("dossiernummer", "bestelnummer 1234567890"),
    ("betekent dit", ""),
    ("Wat wil je dat het bedrijf doet", "1"),
    ("Zeg het concreet", "mijn € 649 terug"),
)


def spawn(home: Path, *args: str) -> pexpect.spawn:
    """Start ``klacht ARGS`` in a colour pseudo-terminal of WIDTH columns."""
    env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": TODAY, "TERM": "xterm-256color"}
    env |= {"COLUMNS": str(WIDTH), "LINES": "60", "FORCE_COLOR": "1"}
    for name in ("EDITOR", "VISUAL", "NO_COLOR"):
        env.pop(name, None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "klacht", *args],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(60, WIDTH),
    )


def run(home: Path, *args: str) -> str:
    """Return what ``klacht ARGS`` prints in the terminal."""
    child = spawn(home, *args)
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before)


def save(screen: str, title: str, path: Path) -> None:
    """Write ``screen`` (terminal output with ANSI colours) as an SVG through rich's export."""
    console = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True)
    console.print(Text.from_ansi(screen.replace("\r\n", "\n").rstrip()))
    console.save_svg(str(path), title=title, theme=MONOKAI)
    sys.stdout.write(f"wrote {path}\n")


class Transcript(list[str]):
    """pexpect's ``logfile_read``: keeps everything the child printed."""

    def write(self, data: str) -> None:
        """Keep a chunk of output."""
        self.append(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""


def main() -> None:
    """Write the three screenshots."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        (home / "config.yaml").write_text("spelling: embedded\n", encoding="utf-8")
        answers = home / "antwoorden.yaml"
        answers.write_text(ANSWERS, encoding="utf-8")
        run(home, "new", "--answers", str(answers), "--json")
        save(run(home, "show", "bol-1"), "klacht show bol-1", out / "show.svg")
        save(
            run(home, "check", "--platform", "x", ANGRY_POST),
            "klacht check --platform x",
            out / "check.svg",
        )
        child_home = home / "wizard"
        child_home.mkdir()
        (child_home / "config.yaml").write_text("spelling: embedded\n", encoding="utf-8")
        save(wizard_transcript(child_home), "klacht new", out / "wizard.svg")


def wizard_transcript(home: Path) -> str:
    """Walk the wizard with a scripted consumer; return all it showed up to the proposal."""
    child = spawn(home, "new")
    transcript = Transcript()
    child.logfile_read = transcript
    for prompt, keys in WIZARD:
        child.expect(prompt)
        child.sendline(keys)
    child.expect(r"\[a\]kkoord")
    child.sendintr()  # the picture ends at the proposal; the draft stays in the temp folder
    child.expect(pexpect.EOF)
    child.close()
    screen = "".join(transcript)
    return screen[: screen.rfind("[a]kkoord")] + screen[screen.rfind("[a]kkoord") :].split("\n")[0]


if __name__ == "__main__":
    main()
