"""Move to private: take a piece of personal data out of a public text and into the details
of the private message (the ``reference`` answer), so the user never retypes it.

Pure functions of text, finding and language; the screens ask, these only compute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.writing.texts import t, table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from klacht.model import Finding


def private_detail(finding: Finding, lang: str) -> str:
    """Return the item as a labelled detail for the private message ("Rekeningnummer: NL91…")."""
    kind = finding.rule.removeprefix("privacy.")
    label = table("privacy_labels", lang).get(kind)
    return f"{label}: {finding.text}" if label else finding.text


def without_item(text: str, finding: Finding, lang: str) -> str:
    """Return ``text`` with the finding's item replaced by a short "sent privately" note."""
    return text[: finding.start] + t("privacy_moved_placeholder", lang) + text[finding.end :]


def add_details(reference: str, details: Sequence[str]) -> str:
    """Return ``reference`` with ``details`` added once each, separated by semicolons."""
    parts = [p.strip() for p in reference.split(";") if p.strip()]
    for detail in details:
        if detail not in parts:
            parts.append(detail)
    return "; ".join(parts)


def move_to_private(text: str, finding: Finding, reference: str, *, lang: str) -> tuple[str, str]:
    """Return the public text without the finding's item, and the reference with it added."""
    return without_item(text, finding, lang), add_details(
        reference, [private_detail(finding, lang)]
    )
