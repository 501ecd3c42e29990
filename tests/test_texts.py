"""The text catalogue: every key in every language, placeholders that agree."""

from __future__ import annotations

import string

import pytest

from klacht.writing import texts

LANGS = ("nl", "nl-BE", "en")


def _fields(value: object) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_fields(v) for v in value.values())) if value else set()
    return {name for _, name, _, _ in string.Formatter().parse(str(value)) if name}


@pytest.mark.parametrize("key", sorted(texts.catalogue()))
def test_every_key_exists_in_every_language(key: str) -> None:
    """Each sentence resolves in nl, nl-BE (own or Dutch) and en, with the same placeholders."""
    fields = {lang: _fields(texts._entry(key, lang)) for lang in LANGS}
    assert fields["nl"] == fields["en"] == fields["nl-BE"], fields


def test_belgian_dutch_falls_back_to_dutch() -> None:
    """A key without an nl-BE sentence gives the Dutch one."""
    assert texts.t("first_question", "nl-BE") == texts.t("first_question", "nl")
