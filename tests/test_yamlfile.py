"""The one YAML reader: text stays text, bad files are sentences naming file, line and key."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from klacht.errors import DataFileError, ExitCode, Says
from klacht.storage import yamlfile
from klacht.storage.yamlfile import parse_yaml, read_yaml, read_yaml_mapping
from klacht.writing import texts

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0123456", "0123456"),
        ("12:30:45", "12:30:45"),
        ("0x1F", "0x1F"),
        ("0o17", "0o17"),
        ("1_000", "1_000"),
        ("yes", "yes"),
        ("off", "off"),
        ("1e3", "1e3"),
        (".nan", ".nan"),
        ("2026-11-40", "2026-11-40"),
        ("2026-11-20", "2026-11-20"),
        ("9" * 5000, "9" * 5000),
        ("'0123'", "0123"),
        ('"Foo [/] Bar"', "Foo [/] Bar"),
        ("", None),
        ("~", None),
        ("null", None),
    ],
)
def test_text_values_stay_as_typed(typed: str, expected: str | None) -> None:
    """With every key read as text, a plain scalar is the string typed; only empty/null is None."""
    assert parse_yaml(f"reference: {typed}\n", source="a.yaml", text_keys=True) == {
        "reference": expected
    }


def test_text_keys_reach_into_lists_and_leave_other_keys_typed() -> None:
    """Items of a text key's list are text; other keys follow YAML 1.1 (true, 1.5, dates)."""
    raw = parse_yaml(
        "tokens: [no, 0x1F]\nflag: true\nwait: 1.5\nday: 2026-11-20\n",
        source="p.yaml",
        text_keys={"tokens"},
    )
    assert raw == {
        "tokens": ["no", "0x1F"],
        "flag": True,
        "wait": 1.5,
        "day": dt.date(2026, 11, 20),
    }


def test_keys_are_always_strings() -> None:
    """A key such as `no:` or `14:` is the text typed, never False or 14."""
    assert parse_yaml("no: 1\n14: 2\n", source="s.yaml") == {"no": 1, "14": 2}


@pytest.mark.parametrize(
    ("text", "key", "values"),
    [
        ("a: 1\nb: 2\na: 3\n", "yaml.duplicate_key", {"line": 3, "field": "a"}),
        ("s:\n  r: 1\n  r: 2\n", "yaml.duplicate_key", {"line": 3, "field": "s.r"}),
        ("when: 2025-11-31\n", "yaml.bad_value", {"line": 1, "field": "when"}),
        ("n: " + "9" * 5000 + "\n", "yaml.bad_value", {"line": 1, "field": "n"}),
        ("a: [1\n", "yaml.invalid", {"line": 2}),
        ("a: &x 1\nb: *x\n", "yaml.alias", {"line": 1}),
        ("a: !!python/object/apply:os.system [ls]\n", "yaml.tag", {"line": 1}),
        ("a: !!set {x}\n", "yaml.tag", {"line": 1}),
        ("a: 1\n---\nb: 2\n", "yaml.documents", {"line": 2}),
        ("? [a]\n: b\n", "yaml.complex_key", {"line": 1}),
        ("- " * 40 + "x\n", "yaml.too_deep", {"line": 1, "limit": yamlfile.MAX_DEPTH}),
        ("a: " + "[" * 60 + "]" * 60 + "\n", "yaml.too_deep", {"line": 1}),
        ("a: \x00\n", "yaml.invalid", {"line": 1}),
    ],
)
def test_bad_yaml_is_a_sentence_naming_file_line_and_key(
    text: str, key: str, values: dict[str, object]
) -> None:
    """Each hostile document gives a DataFileError (exit 2) with the file, the line and the key."""
    with pytest.raises(DataFileError) as caught:
        parse_yaml(text, source="answers.yaml")
    err = caught.value
    assert isinstance(err.message, Says)
    assert err.message.key == key
    assert err.exit_code == ExitCode.BAD_INPUT
    assert err.message.values["file"] == "answers.yaml"
    assert values.items() <= err.message.values.items()
    for lang in ("nl", "en"):
        assert texts.t(key, lang, **err.message.values).startswith("answers.yaml")


def test_deep_block_nesting_is_refused_before_recursion() -> None:
    """Thousands of nested mappings are refused, never a RecursionError."""
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(3000))
    with pytest.raises(DataFileError, match=r"yaml\.too_deep"):
        parse_yaml(text, source="deep.yaml")


def test_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    """A file over the size cap is refused without being read whole."""
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"storage.file_too_big.*big\.yaml"):
        read_yaml(path, max_bytes=1000)


def test_not_utf8_is_a_sentence(tmp_path: Path) -> None:
    """A Latin-1 file is named, with the position of the first bad byte."""
    path = tmp_path / "latin.yaml"
    path.write_bytes("what: caf\xe9\n".encode("latin-1"))
    with pytest.raises(DataFileError) as caught:
        read_yaml(path)
    assert isinstance(caught.value.message, Says)
    assert caught.value.message.key == "storage.file_not_utf8"
    assert caught.value.message.values["offset"] == 9


def test_a_folder_is_unreadable_not_a_traceback(tmp_path: Path) -> None:
    """Reading a folder as a YAML file is a DataFileError naming it."""
    with pytest.raises(DataFileError, match=r"storage\.file_unreadable"):
        read_yaml(tmp_path)


def test_missing_file_is_none_and_empty_file_is_empty(tmp_path: Path) -> None:
    """A missing mapping file is None; an empty one is an empty mapping; a list is refused."""
    assert read_yaml_mapping(tmp_path / "nope.yaml") is None
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    assert read_yaml_mapping(tmp_path / "empty.yaml") == {}
    (tmp_path / "list.yaml").write_text("- a\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"yaml\.not_mapping"):
        read_yaml_mapping(tmp_path / "list.yaml")


def test_bom_is_dropped(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark (as Notepad writes it) is not part of the first key."""
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfcompany: Bol\n")
    assert read_yaml_mapping(path, text_keys=True) == {"company": "Bol"}
