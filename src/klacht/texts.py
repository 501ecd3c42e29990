"""The wizard's and commands' own sentences, per language, from ``data/texts.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any


@cache
def _texts() -> dict[str, Any]:
    import yaml  # lazy: start-up time

    path = resources.files("klacht").joinpath("data/texts.yaml")
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def t(key: str, lang: str, **values: object) -> str:
    """Return sentence ``key`` in ``lang``, with ``values`` filled in as plain data."""
    template: str = _texts()[key][lang]
    return template.format(**{k: str(v) for k, v in values.items()})


def table(key: str, lang: str) -> dict[str, str]:
    """Return the mapping ``key`` in ``lang`` (labels of several things at once)."""
    return dict(_texts()[key][lang])
