"""The wizard's and commands' own sentences, per language, from ``data/texts.yaml``."""

from __future__ import annotations

from typing import Any

from klacht.storage import paths


def _texts() -> dict[str, Any]:
    return paths.packaged_yaml("texts.yaml")


def t(key: str, lang: str, **values: object) -> str:
    """Return sentence ``key`` in ``lang``, with ``values`` filled in as plain data."""
    template: str = _texts()[key][lang]
    return template.format(**{k: str(v) for k, v in values.items()})


def table(key: str, lang: str) -> dict[str, str]:
    """Return the mapping ``key`` in ``lang`` (labels of several things at once)."""
    return dict(_texts()[key][lang])
