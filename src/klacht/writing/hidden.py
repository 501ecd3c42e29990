"""Details sent only privately: public texts name them ("het telefoonnummer dat ik privé stuur").

The answers keep every detail as the user typed it, so the private message, the letters and the
dossier stay complete; only a public text swaps the user's private items for a mention.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

from klacht.model import PrivateItem
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    from collections.abc import Iterable

    from klacht.writing.compose import LetterContext


def mention(kind: str, lang: str) -> str:
    """Return how a public text names a detail of ``kind`` that follows in a private message."""
    return table("privacy_mentions", lang).get(kind) or t("privacy_moved_placeholder", lang)


def hide(text: str, items: Iterable[PrivateItem], lang: str) -> str:
    """Return ``text`` with every private item replaced by its mention (longest item first)."""
    for item in sorted(items, key=lambda i: len(i.text), reverse=True):
        if item.text:
            text = text.replace(item.text, mention(item.kind, lang))
    return text


def public_context(ctx: LetterContext) -> LetterContext:
    """Return ``ctx`` with the private items in the user's own words named, not shown."""
    if not ctx.private_items:
        return ctx
    items, lang = ctx.private_items, ctx.lang
    return dataclasses.replace(
        ctx,
        what=hide(ctx.what, items, lang),
        tried=hide(ctx.tried, items, lang),
        impact=hide(ctx.impact, items, lang),
        outcome_detail=hide(ctx.outcome_detail, items, lang),
    )


def items_to_text(items: Iterable[PrivateItem]) -> str:
    """Return the items as one line of JSON (a wizard draft keeps only texts)."""
    return json.dumps([[i.kind, i.text] for i in items], ensure_ascii=False)


def items_from_text(text: str) -> list[PrivateItem]:
    """Return the items ``items_to_text`` wrote; nothing for an empty or damaged value."""
    try:
        raw = json.loads(text) if text else []
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    return [
        PrivateItem(pair[0], pair[1])
        for pair in raw
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, str) for v in pair)
    ]
