"""The rule-pack loader: validation with helpful errors, user packs, caching."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from klacht.checks import check_text
from klacht.checks import rules as rules_mod
from klacht.checks.rules import EXTENDS, load_pack, load_pack_cached, load_rules
from klacht.errors import DataFileError, Says
from klacht.storage import paths
from klacht.writing.texts import t

if TYPE_CHECKING:
    from pathlib import Path

    from klacht.checks.rules import Rule

GOOD = """
- id: own.word
  extends: existence
  level: warning
  message: "Liever niet '{match}'."
  tokens: [klantonvriendelijk]
  examples:
    fail: ["Wat klantonvriendelijk."]
    pass: ["Wat vriendelijk."]
"""


def said(value: str | Says | None, lang: str = "nl") -> str:
    """Return an error's message or hint as the user reads it in ``lang``."""
    return t(value.key, lang, **value.values) if isinstance(value, Says) else str(value)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_packs_load_for_both_languages() -> None:
    """The built-in packs load for nl and en, each with its own rules."""
    nl = load_rules("nl")
    en = load_rules("en")
    assert {r.lang for r in nl} == {"nl"}
    assert {r.lang for r in en} == {"en"}
    assert any(r.id == "tone.insult" for r in nl)


def test_good_pack_parses(tmp_path: Path) -> None:
    """A valid pack yields its rules with their examples."""
    (rule,) = load_pack(_write(tmp_path, "own.nl.yaml", GOOD))
    assert rule.id == "own.word"
    assert rule.level == "warning"
    assert rule.fail == ("Wat klantonvriendelijk.",)


@pytest.mark.parametrize(
    ("old", "new", "match"),
    [
        (
            "  level: warning\n",
            "  level: warning\n  colour: red\n",
            r"own\.nl\.yaml.*own\.word.*colour",
        ),
        ("  message: \"Liever niet '{match}'.\"\n", "", r"own\.nl\.yaml.*own\.word.*message"),
        ("extends: existence", "extends: spelling", r"own\.word.*spelling"),
        ("level: warning", "level: fatal", r"own\.nl\.yaml.*own\.word.*fatal"),
        ("id: own.word", "id: Word", r"own\.nl\.yaml.*Word"),
        ('    pass: ["Wat vriendelijk."]\n', "", r"own\.word.*examples"),
        ("tokens: [klantonvriendelijk]", "patterns: ['(unclosed']", r"own\.word.*patroon"),
        ("tokens: [klantonvriendelijk]", "tokens: klantonvriendelijk", r"own\.word.*tokens"),
    ],
)
def test_invalid_rule_names_file_and_id(tmp_path: Path, old: str, new: str, match: str) -> None:
    """An invalid rule is refused with the file, the rule id and what is wrong."""
    assert old in GOOD
    path = _write(tmp_path, "own.nl.yaml", GOOD.replace(old, new))
    with pytest.raises(DataFileError) as info:
        load_pack(path)
    assert re.search(match, said(info.value.message)), said(info.value.message)


def test_unknown_extends_lists_the_allowed_values(tmp_path: Path) -> None:
    """An unknown extends is refused with a hint listing the allowed check types."""
    path = _write(tmp_path, "own.nl.yaml", GOOD.replace("existence", "magic"))
    with pytest.raises(DataFileError) as info:
        load_pack(path)
    assert all(e in said(info.value.hint) for e in EXTENDS)


def test_broken_yaml_is_a_data_file_error(tmp_path: Path) -> None:
    """A pack that is not YAML is refused, naming the file."""
    path = _write(tmp_path, "own.nl.yaml", "- id: [unclosed\n")
    with pytest.raises(DataFileError, match=r"own\.nl\.yaml"):
        load_pack(path)


def test_python_tags_are_not_evaluated(tmp_path: Path) -> None:
    """A pack with a python/object tag is refused: only safe_load is used."""
    path = _write(tmp_path, "own.nl.yaml", "- !!python/object/apply:os.system ['true']\n")
    with pytest.raises(DataFileError):
        load_pack(path)


def test_pack_without_language_is_refused(tmp_path: Path) -> None:
    """A pack whose language cannot be told is refused with a hint."""
    path = _write(tmp_path, "own.yaml", GOOD)
    with pytest.raises(DataFileError, match=r"own\.yaml"):
        load_pack(path)


def test_mapping_pack_with_lang_key(tmp_path: Path) -> None:
    """A pack may say its language in a top-level mapping."""
    body = "lang: en\nrules:\n" + "".join("  " + line + "\n" for line in GOOD.strip().splitlines())
    (rule,) = load_pack(_write(tmp_path, "mine.yaml", body))
    assert rule.lang == "en"


def test_user_pack_is_used_by_check_text() -> None:
    """A pack in the config folder's rules/ is loaded and its rule fires."""
    _write(paths.config_dir() / "rules", "own.nl.yaml", GOOD)
    report = check_text("Wat klantonvriendelijk van jullie.", lang="nl", spelling=False)
    assert "own.word" in {f.rule for f in report.findings}
    en = check_text("Wat klantonvriendelijk.", lang="en", spelling=False)
    assert "own.word" not in {f.rule for f in en.findings}


def test_user_pack_cannot_reuse_a_builtin_id() -> None:
    """A user rule with a built-in id is refused, naming both files."""
    _write(paths.config_dir() / "rules", "own.nl.yaml", GOOD.replace("own.word", "tone.insult"))
    with pytest.raises(DataFileError, match=r"tone\.insult"):
        load_rules("nl")


def test_edited_user_pack_is_read_again() -> None:
    """The cache notices a changed file (its mtime is part of the key)."""
    import os

    path = _write(paths.config_dir() / "rules", "own.nl.yaml", GOOD)
    assert any(r.id == "own.word" for r in load_rules("nl"))
    path.write_text(GOOD.replace("own.word", "own.other"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + 5))
    ids = {r.id for r in load_rules("nl")}
    assert "own.other" in ids
    assert "own.word" not in ids


def _cache_files() -> list[Path]:
    folder = paths.cache_dir() / "rules"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pack was parsed again")

    monkeypatch.setattr(rules_mod, "load_pack", refuse)


def test_cached_pack_equals_the_parsed_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second load comes from the cache file and gives the very same rules."""
    path = rules_mod.builtin_dir() / "tone.nl.yaml"
    parsed = load_pack(path, lang="nl")
    assert load_pack_cached(path, lang="nl") == parsed
    assert len(_cache_files()) == 1
    _no_parsing(monkeypatch)
    cached = load_pack_cached(path, lang="nl")
    assert cached == parsed
    assert all(isinstance(r.swap, tuple) and isinstance(r.tokens, tuple) for r in cached)
    hash(cached)  # the rule engine caches compiled checks keyed on these rules


def test_edited_pack_is_not_served_from_a_stale_cache(tmp_path: Path) -> None:
    """A pack edited behind the cache's back (same size, same mtime) is parsed again."""
    import os

    path = _write(tmp_path, "own.nl.yaml", GOOD)
    assert [r.id for r in load_pack_cached(path, lang="nl")] == ["own.word"]
    stat = path.stat()
    path.write_text(GOOD.replace("own.word", "own.wore"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert [r.id for r in load_pack_cached(path, lang="nl")] == ["own.wore"]


def test_other_version_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache written by another klacht version is not used."""
    import klacht

    path = _write(tmp_path, "own.nl.yaml", GOOD)
    load_pack_cached(path, lang="nl")
    monkeypatch.setattr(klacht, "__version__", "0.0.0-other")
    calls: list[Path] = []
    real = rules_mod.load_pack

    def counting(p: Path, *, lang: str | None = None) -> tuple[Rule, ...]:
        calls.append(p)
        return real(p, lang=lang)

    monkeypatch.setattr(rules_mod, "load_pack", counting)
    assert [r.id for r in load_pack_cached(path, lang="nl")] == ["own.word"]
    assert calls == [path]


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{not json", b"[]", b'{"head": 1}', b"\xff\xfe", b'{"head": "x", "rules": [1]}'],
)
def test_corrupt_cache_is_ignored_and_replaced(tmp_path: Path, garbage: bytes) -> None:
    """A damaged cache file gives the parsed rules and is written anew."""
    path = _write(tmp_path, "own.nl.yaml", GOOD)
    expected = load_pack(path, lang="nl")
    load_pack_cached(path, lang="nl")
    (cache_file,) = _cache_files()
    cache_file.write_bytes(garbage)
    assert load_pack_cached(path, lang="nl") == expected
    assert cache_file.read_bytes() != garbage


def test_corrupt_cached_rule_is_ignored(tmp_path: Path) -> None:
    """A cache whose key matches but whose rules are mangled is not trusted."""
    import json

    path = _write(tmp_path, "own.nl.yaml", GOOD)
    expected = load_pack_cached(path, lang="nl")
    (cache_file,) = _cache_files()
    raw = json.loads(cache_file.read_text(encoding="utf-8"))
    raw["rules"][0]["ignorecase"] = {"no": "bool"}
    cache_file.write_text(json.dumps(raw), encoding="utf-8")
    assert load_pack_cached(path, lang="nl") == expected


def test_unwritable_cache_folder_is_fine() -> None:
    """When the cache folder cannot be made, packs still load (parsed every time)."""
    paths.cache_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.cache_dir().write_text("a file where the folder should be", encoding="utf-8")
    path = _write(paths.config_dir() / "rules", "own.nl.yaml", GOOD)
    assert [r.id for r in load_pack_cached(path, lang="nl")] == ["own.word"]
    assert [r.id for r in load_pack_cached(path, lang="nl")] == ["own.word"]
    report = check_text("Wat klantonvriendelijk van jullie.", lang="nl", spelling=False)
    assert "own.word" in {f.rule for f in report.findings}


def test_invalid_pack_is_never_cached(tmp_path: Path) -> None:
    """A pack that fails validation raises every time and leaves no cache file."""
    path = _write(tmp_path, "own.nl.yaml", GOOD.replace("level: warning", "level: loud"))
    for _ in range(2):
        with pytest.raises(DataFileError, match="loud"):
            load_pack_cached(path, lang="nl")
    assert _cache_files() == []


def test_other_language_pack_is_not_read(tmp_path: Path) -> None:
    """A pack named for the other language gives no rules and no cache file."""
    path = _write(tmp_path, "own.en.yaml", GOOD)
    assert load_pack_cached(path, lang="nl") == ()
    assert _cache_files() == []
