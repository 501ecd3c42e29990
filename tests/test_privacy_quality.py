"""The privacy guard measured: shared cases, the development set, and the frozen messy set."""

from __future__ import annotations

import hashlib
from pathlib import Path

DATA = Path(__file__).parent / "data"
FROZEN = DATA / "privacy-messy" / "frozen.tsv"
FROZEN_SHA256 = "32e3fafd270c9df4e283f9b9214866eb78eb5027a9f1d4c941fe14da98a170fd"


def test_frozen_set_is_unchanged() -> None:
    """The frozen messy set is never edited after it was written (tuning happens on dev)."""
    digest = hashlib.sha256(FROZEN.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256
