"""Move to private: take a piece of personal data out of a public text and into the details
of the private message, so the user never retypes it.

Pure functions of text, finding and language; the screens ask, these only compute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.model import PrivateItem
from klacht.writing.hidden import mention
from klacht.writing.texts import table

if TYPE_CHECKING:
    from klacht.model import Finding


def private_detail(finding: Finding, lang: str) -> str:
    """Return the item as a labelled detail for the private message ("Rekeningnummer: NL91…")."""
    kind = finding.rule.removeprefix("privacy.")
    label = table("privacy_labels", lang).get(kind)
    return f"{label}: {finding.text}" if label else finding.text


def private_item(finding: Finding) -> PrivateItem:
    """Return the finding's item as a detail the user sends only privately."""
    return PrivateItem(finding.rule.removeprefix("privacy."), finding.text)


def without_item(text: str, finding: Finding, lang: str) -> str:
    """Return ``text`` with the finding's item replaced by a note that it follows privately."""
    named = mention(private_item(finding).kind, lang)
    return text[: finding.start] + named + text[finding.end :]
