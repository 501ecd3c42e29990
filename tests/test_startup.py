"""Start-up work: what a cold ``klacht check`` loads, and the caches that spare it work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

from klacht import __version__
from klacht.storage import paths

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

POST = "@KPN Sinds 12 oktober geen internet. Graag deze week een monteur, bel 0612345678."

PROBE = """
import sys
from klacht.cli import main
sys.argv = ["klacht", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(",".join(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def _loaded(*args: str) -> set[str]:
    """Return the top-level modules a fresh ``klacht ARGS`` process has imported."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ),
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    return set(done.stderr.strip().splitlines()[-1].split(","))


def _read_data() -> Callable[[str], dict[str, Any]]:
    """Return ``packaged_yaml`` without its in-process memo (each call reads again)."""
    read: Callable[[str], dict[str, Any]] = paths.packaged_yaml.__wrapped__
    return read


def _cache_file(name: str) -> Path:
    return paths.cache_dir() / "data" / f"{name.replace('/', '.')}.json"


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_check_without_config_imports_no_yaml(output: list[str]) -> None:
    """Once klacht's data is cached, checking a post with no config.yaml never imports PyYAML."""
    _loaded("check", "--platform", "x", *output, POST)  # the first run fills the caches
    assert "yaml" not in _loaded("check", "--platform", "x", *output, POST)


def test_check_with_config_still_reads_it(klacht_home: Path) -> None:
    """With a config.yaml, check reads it (PyYAML is imported when there is YAML to parse)."""
    klacht_home.mkdir(mode=0o700)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    assert "yaml" in _loaded("check", "--platform", "x", POST)


def test_packaged_data_is_cached_and_equal_to_the_parsed_file() -> None:
    """Reading klacht's own data writes a cache that gives the same mapping without parsing."""
    read = _read_data()
    parsed = read("privacy.yaml")
    cached = json.loads(_cache_file("privacy.yaml").read_text(encoding="utf-8"))
    assert cached["value"] == parsed
    assert cached["head"] == f"{__version__} data/privacy.yaml"
    assert read("privacy.yaml") == parsed


def test_packaged_data_comes_from_a_current_cache() -> None:
    """A cache whose version and source text match is used as it is (no parsing)."""
    read = _read_data()
    read("privacy.yaml")
    path = _cache_file("privacy.yaml")
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["value"] = {"marker": ["from the cache"]}
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert read("privacy.yaml") == {"marker": ["from the cache"]}


@pytest.mark.parametrize(
    "spoil",
    [
        lambda raw: {**raw, "source": raw["source"] + "# edited\n"},
        lambda raw: {**raw, "head": "0.0.0 data/privacy.yaml"},
        lambda raw: {"value": raw["value"]},
        lambda raw: "not a mapping",
    ],
)
def test_stale_or_corrupt_data_cache_is_ignored(spoil: Callable[[Any], Any]) -> None:
    """A cache of another text or version, or a broken one, is ignored and written anew."""
    read = _read_data()
    parsed = read("privacy.yaml")
    path = _cache_file("privacy.yaml")
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["value"] = {"marker": ["stale"]}
    path.write_text(json.dumps(spoil(raw)), encoding="utf-8")
    assert read("privacy.yaml") == parsed
    assert json.loads(path.read_text(encoding="utf-8"))["value"] == parsed


def test_data_cache_writable_by_others_is_not_trusted() -> None:
    """A cache file another user could have written is not used: the data is parsed again."""
    read = _read_data()
    parsed = read("privacy.yaml")
    path = _cache_file("privacy.yaml")
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["value"] = {"marker": ["planted"]}
    path.write_text(json.dumps(raw), encoding="utf-8")
    path.chmod(0o666)
    assert read("privacy.yaml") == parsed


def test_unwritable_data_cache_only_means_parsing(klacht_home: Path) -> None:
    """When the cache folder cannot be made, the data is still read correctly."""
    klacht_home.mkdir(mode=0o700)
    (klacht_home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    read = _read_data()
    assert read("privacy.yaml") == read("privacy.yaml")
    assert "cues" in read("privacy.yaml")
