"""What kind of answer did the company (or a bystander) give? A rule pack decides, and says why.

The rules live in ``data/replies/reply.<lang>.yaml`` in the tone rules' format (each with its
examples); the second part of a rule's id names the kind (``reply.asks_private.channel``). The
kind of highest priority that any rule found wins: a refusal outweighs a solution, a solution
outweighs a request to go private, and so on down to a bare apology. A company answer in which
no rule finds anything says nothing about the case: ``canned``. A bystander is ``hostile`` when
a hostile cue or an error-level tone finding (an insult, a threat) is in the text, else ``support``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from klacht.checks import check_text, phrasing
from klacht.checks.rules import load_pack_cached
from klacht.model import base_lang
from klacht.writing.texts import t

if TYPE_CHECKING:
    from klacht.checks.rules import Rule
    from klacht.model import Finding

COMPANY_KINDS: Final = (
    "rejects",
    "resolved",
    "offers-solution",
    "asks-private",
    "question",
    "canned",
    "apology-only",
)
"""The kinds of a company's answer, highest priority first."""
BYSTANDER_KINDS: Final = ("hostile", "support")
"""The kinds of a bystander's reply, highest priority first."""
SOURCES: Final = ("company", "bystander")
"""Who wrote the answer."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What an answer is, and the phrases that show it."""

    kind: str
    """One of ``COMPANY_KINDS`` or ``BYSTANDER_KINDS``."""
    reasons: tuple[Finding, ...]
    """The findings of the chosen kind, in text order (empty for a default kind)."""


def pack_dir() -> Path:
    """Return the folder of the reply rule packs."""
    return Path(__file__).parent.parent / "data" / "replies"


def load_reply_rules(lang: str) -> tuple[Rule, ...]:
    """Return the reply rules of ``lang`` (``nl-BE`` uses the Dutch pack).

    Raises:
        DataFileError: a pack is invalid (a bug in klacht's data; the tests load every pack).
    """
    base = base_lang(lang)
    return load_pack_cached(pack_dir() / f"reply.{base}.yaml", lang=base)


def kind_of(rule_id: str) -> str:
    """Return the answer kind a rule id names: ``reply.asks_private.dm`` -> ``asks-private``."""
    return rule_id.split(".")[1].replace("_", "-")


def classify(text: str, *, lang: str, source: str = "company") -> Reading:
    """Return the kind of ``text``, an answer from ``source`` (``company`` or ``bystander``)."""
    kinds = COMPANY_KINDS if source == "company" else BYSTANDER_KINDS
    found = [f for f in phrasing.check(text, load_reply_rules(lang)) if kind_of(f.rule) in kinds]
    if source == "bystander":
        base = base_lang(lang)
        report = check_text(text, lang=base, public=False, spelling=False)
        # The tone rules advise a writer ("describe what happened"); here the writer attacks
        # the user, so a reason says so, once per word.
        found.extend(
            dataclasses.replace(f, message=t("reply_hostile_reason", lang, match=f.text))
            for f in report.findings
            if f.kind == "tone"
            and f.severity == "error"
            and not any(g.start < f.end and f.start < g.end for g in found)
        )
    for kind in kinds:
        reasons = tuple(f for f in found if _kind(f) == kind)
        if reasons:
            return Reading(kind, tuple(sorted(reasons, key=lambda f: f.start)))
    return Reading("canned" if source == "company" else "support", ())


def _kind(finding: Finding) -> str:
    if finding.rule.startswith("reply."):
        return kind_of(finding.rule)
    return "hostile"  # an insult or a threat from the tone rules
