"""The domain's values: complaints, their events, findings and schedule items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    import datetime as dt

LANGS: Final = ("nl", "nl-BE", "en")
PLATFORMS: Final = (
    "x",
    "bluesky",
    "mastodon",
    "threads",
    "facebook",
    "instagram",
    "linkedin",
    "email",
)
OUTCOMES: Final = (
    "refund",
    "repair",
    "replacement",
    "compensation",
    "explanation",
    "contact",
    "cancellation",
    "other",
)
EVENTS: Final = (
    "posted",
    "reminder-sent",
    "escalated",
    "response",
    "resolved",
    "rejected",
    "thanked",
)

_CONTROL_RE: Final = re.compile(
    # Not U+200C/U+200D (zero-width (non-)joiner): emoji sequences and some scripts need them.
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def base_lang(lang: str) -> str:
    """Return ``nl`` or ``en``: the language of a text's words (Belgian Dutch is Dutch).

    The one test of "is this Dutch": ``nl-BE`` has its own sentences in the catalogue, but its
    words, rules and dates are Dutch ones.
    """
    return "nl" if lang.startswith("nl") else "en"


def strip_controls(text: str) -> str:
    """Remove control characters (ANSI escapes, bidi overrides, zero-width marks); keep newlines."""
    return _CONTROL_RE.sub("", text)


Severity = Literal["error", "warning", "info"]
Kind = Literal["spelling", "tone", "privacy", "length", "content"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a text."""

    kind: Kind
    """Which family of check found it."""
    rule: str
    """Dotted rule id, such as ``tone.insult``."""
    severity: Severity
    """``error`` blocks, ``warning`` advises, ``info`` tells."""
    start: int
    """Character offset of the first character of the match."""
    end: int
    """Character offset just past the match."""
    text: str
    """The matched slice of the checked text."""
    message: str
    """What is wrong and what to do, in the user's language."""
    suggestions: tuple[str, ...] = ()
    """Replacements for the slice, best first."""
    fixable: bool = False
    """Whether ``suggestions[0]`` is a safe mechanical fix (applied with the user's yes)."""

    def to_json(self) -> dict[str, object]:
        """Return the contract's JSON shape."""
        return {
            "kind": self.kind,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened to a complaint, on a date."""

    event: str
    """One of ``EVENTS``."""
    date: dt.date
    """The day it happened."""
    note: str = ""
    """What the company said, a case number they gave."""


@dataclass(frozen=True, slots=True)
class PrivateItem:
    """A piece of personal data the user chose to send only privately."""

    kind: str
    """What it is (``phone``, ``iban``…: the privacy rule's last part), named in public texts."""
    text: str
    """The item as it stands in the answers; private texts keep it, public ones name it."""


@dataclass(frozen=True, slots=True)
class Complaint:
    """A complaint: the answers, the rendered texts and the timeline."""

    id: str
    """Short id such as ``bol-1``."""
    lang: str
    """``nl`` or ``en``."""
    company: str
    """The company's name."""
    platform: str
    """One of ``PLATFORMS``."""
    handle: str
    """The official account (or e-mail address for ``email``)."""
    what: str
    """What happened, in the consumer's words."""
    when: dt.date
    """The day it happened."""
    outcome: str
    """One of ``OUTCOMES``."""
    created: dt.date
    """The day the complaint was drafted."""
    tried: str = ""
    """Earlier contact: how and when."""
    reference: str = ""
    """Order, customer or case numbers: private."""
    impact: str = ""
    """What the problem costs the consumer."""
    outcome_detail: str = ""
    """The concrete request in the consumer's words."""
    post: str = ""
    """The public post."""
    private_message: str = ""
    """The private message with the details."""
    post_url: str = ""
    """The link to the public post once it is out; public follow-ups reply to it."""
    private_items: tuple[PrivateItem, ...] = ()
    """Details of the answers the user moved to the private message: kept out of public texts."""
    events: tuple[Event, ...] = field(default=())
    """The timeline, oldest first."""

    def dated(self, name: str) -> list[Event]:
        """Return the events called ``name``, oldest first."""
        return [e for e in self.events if e.event == name]


@dataclass(frozen=True, slots=True)
class Account:
    """A company account the user verified (an address book entry)."""

    company: str
    """The company's name."""
    platform: str
    """The platform id."""
    handle: str
    """The verified account."""
    verified_on: dt.date | None
    """When the user checked it."""
    webcare: bool = False
    """Whether it is the dedicated customer-care account."""


@dataclass(frozen=True, slots=True)
class ScheduleItem:
    """One step of the follow-up: what to do on which day, and the text for it."""

    date: dt.date
    """The day the step is due."""
    action: str
    """``reminder``, ``escalate``, ``formal``, ``disputes`` or ``thanks``."""
    text: str = ""
    """Ready to post or send."""
