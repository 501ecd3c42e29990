"""Build the wheel, install it (not editable) and run it: a file missing from it fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel without isolation and install it with pip into a private folder."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheels = list(out.glob("klacht-*.whl"))
    assert len(wheels) == 1
    target = out / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-compile",
            "--target",
            str(target),
            str(wheels[0]),
        ],
        check=True,
        capture_output=True,
    )
    return target


def run_installed(
    target: Path, cwd: Path, home: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "KLACHT_HOME": str(home),
        "KLACHT_TODAY": "2026-11-23",
    }
    return subprocess.run(
        [sys.executable, "-m", "klacht", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_wheel_ships_templates_and_data(installed: Path) -> None:
    """The wheel holds every template and data file of the source tree."""
    wheel = next(installed.parent.glob("klacht-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*.j2"):
        assert f"klacht/templates/{template.relative_to(ROOT / 'templates')}" in names
    for data in (ROOT / "src" / "klacht" / "data").rglob("*"):
        if data.is_file():
            assert f"klacht/data/{data.relative_to(ROOT / 'src' / 'klacht' / 'data')}" in names


def test_installed_wheel_runs_new_and_check(installed: Path, tmp_path: Path) -> None:
    """The installed wheel (not the source tree) writes a complaint from an answers file."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "lang: en\ncompany: Bol\nplatform: bluesky\nhandle: bol.bsky.social\n"
        "what: The washing machine I ordered never arrived.\nwhen: 2026-11-20\n"
        "reference: order 99887766\noutcome: refund\n",
        encoding="utf-8",
    )
    where = run_installed(installed, tmp_path, tmp_path / "home", "--help")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import klacht; print(klacht.__file__)"],
        env={**os.environ, "PYTHONPATH": str(installed)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.startswith(str(installed))
    result = run_installed(
        installed, tmp_path, tmp_path / "home", "new", "--answers", str(answers), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["post"].startswith("@bol.bsky.social The washing machine I ordered")
    assert data["schedule"]
    assert (tmp_path / "home" / "complaints" / "bol-1.json").exists()
    check = run_installed(
        installed,
        tmp_path,
        tmp_path / "home",
        "check",
        "--json",
        "--lang",
        "en",
        "Hello @bol, my parcel never arrived.",
    )
    assert check.returncode in (0, 1), check.stderr
    assert "findings" in json.loads(check.stdout)


def test_wheel_metadata_names_the_word_list_licences(installed: Path) -> None:
    """The wheel's metadata lists klacht's licence and every word list's licence file."""
    wheel = next(installed.parent.glob("klacht-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = archive.read(name).decode("utf-8")
    files = {
        line.split(": ", 1)[1]
        for line in metadata.splitlines()
        if line.startswith("License-File: ")
    }
    shipped = {p.name for p in (ROOT / "src/klacht/data/wordlists").glob("LICENSE-*.txt")}
    assert "LICENSE" in files
    assert shipped <= {Path(f).name for f in files}
    assert "License-Expression: MIT AND (BSD-3-Clause OR CC-BY-3.0)" in metadata
