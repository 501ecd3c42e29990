"""The text catalogue: every sentence klacht shows, per language, from ``data/texts/*.yaml``.

Each file holds one area's sentences (``wizard.yaml``, ``errors.yaml``, …) as
``key: {nl: …, en: …, nl-BE: …}``. Keys are unique across files. Belgian Dutch (``nl-BE``)
falls back to ``nl`` where a sentence is the same in both.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from klacht.storage import paths

FALLBACK = {"nl-BE": "nl"}
"""The language whose sentence is used when a key has none in this one."""


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """Return every key of every catalogue file (read once; a duplicate key is a bug)."""
    merged: dict[str, dict[str, Any]] = {}
    folder = resources.files("klacht").joinpath("data", "texts")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        for key, value in paths.packaged_yaml(f"texts/{entry.name}").items():
            if key in merged:
                raise KeyError(f"data/texts/{entry.name}: '{key}' is already defined")
            merged[key] = value
    return merged


def _entry(key: str, lang: str) -> Any:
    by_lang = catalogue()[key]
    if lang not in by_lang and lang in FALLBACK:
        lang = FALLBACK[lang]
    return by_lang[lang]


def t(key: str, lang: str, **values: object) -> str:
    """Return sentence ``key`` in ``lang``, with ``values`` filled in as plain data."""
    template: str = _entry(key, lang)
    return template.format(**{k: str(v) for k, v in values.items()})


def table(key: str, lang: str) -> dict[str, str]:
    """Return the mapping ``key`` in ``lang`` (labels of several things at once)."""
    return dict(_entry(key, lang))
