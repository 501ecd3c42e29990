"""Test data shared by several test modules: a complaint factory and one handle per platform."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from klacht.model import Complaint

HANDLES = {
    "x": "@bolcom",
    "bluesky": "@bol.bsky.social",
    "mastodon": "@bol@mastodon.nl",
    "threads": "@bol",
    "facebook": "bol",
    "instagram": "@bol",
    "linkedin": "bol",
    "email": "klantenservice@bol.com",
}
"""A valid official account per platform."""


def complaint(**fields: Any) -> Complaint:
    """Return a complaint about Bol.com on X; ``fields`` override any attribute."""
    base = Complaint(
        id="bolcom-1",
        lang="nl",
        company="Bol.com",
        platform="x",
        handle="@bolcom",
        what="mijn bestelling is nooit aangekomen",
        when=dt.date(2026, 11, 1),
        outcome="refund",
        created=dt.date(2026, 11, 2),
    )
    return dataclasses.replace(base, **fields)
