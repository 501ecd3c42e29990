"""From answers to texts: the public post that fits the platform, and the private message."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from klacht.model import Complaint, Event
from klacht.storage import paths
from klacht.writing import counting, render
from klacht.writing.platforms import PLATFORMS

if TYPE_CHECKING:
    from collections.abc import Mapping

ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class LetterContext:
    """What the templates see: cleaned, validated values, never raw answers."""

    lang: str
    """``nl`` or ``en``."""
    company: str
    """The company's name."""
    platform: str
    """The platform id."""
    handle: str
    """The official account."""
    what: str
    """What happened."""
    when: dt.date
    """When it happened."""
    tried: str
    """What was already tried."""
    reference: str
    """Private reference numbers."""
    impact: str
    """What it means for the consumer."""
    outcome: str
    """The outcome id."""
    outcome_detail: str
    """The concrete request, in the consumer's words."""
    written: dt.date | None = None
    """The day the post is written: a date in another year is shown with its year."""

    @property
    def when_with_year(self) -> bool:
        """Tell whether the post must name the year (it is not this year's)."""
        return self.written is None or self.written.year != self.when.year

    @property
    def mention(self) -> str:
        """Return how the post addresses the company: ``@handle``; nothing in an e-mail."""
        if self.platform == "email":
            return ""
        return self.handle if self.handle.startswith("@") else "@" + self.handle

    @property
    def request(self) -> str:
        """Return the short request that ends the post."""
        return _request(self, "short")

    @property
    def request_long(self) -> str:
        """Return the request for the private message."""
        return _request(self, "long")


def _requests() -> dict[str, Any]:
    return paths.packaged_yaml("requests.yaml")


def _request(ctx: LetterContext, form: str) -> str:
    table = _requests()[ctx.lang]
    key = "detail" if ctx.outcome_detail else ctx.outcome
    # str.replace, not str.format: the detail is the user's text and stays data.
    text: str = table[key][form].replace("{detail}", sentence(ctx.outcome_detail, capital=False))
    return text


def sentence(text: str, capital: bool = True) -> str:
    """Return ``text`` as a sentence: a capital first letter (optional), a full stop at the end."""
    text = " ".join(text.split())
    if not text:
        return text
    if capital:
        text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    return text


def context_from_answers(
    answers: Mapping[str, str], *, today: dt.date | None = None
) -> LetterContext:
    """Build the letter context from validated answers (written ``today``)."""
    return LetterContext(
        written=today,
        lang=answers.get("lang", "nl"),
        company=answers["company"],
        platform=answers["platform"],
        handle=answers["handle"],
        what=answers["what"],
        when=dt.date.fromisoformat(answers["when"]),
        tried=answers.get("tried", ""),
        reference=answers.get("reference", ""),
        impact=answers.get("impact", ""),
        outcome=answers["outcome"],
        outcome_detail=answers.get("outcome_detail", ""),
    )


def context_from_complaint(complaint: Complaint) -> LetterContext:
    """Build the letter context of a stored complaint (for the follow-up letters)."""
    names = [n for n in LetterContext.__dataclass_fields__ if n != "written"]
    return LetterContext(
        **{name: getattr(complaint, name) for name in names}, written=complaint.created
    )


def _render_post(ctx: LetterContext, level: int, what: str | None = None) -> str:
    if what is not None:
        ctx = dataclasses.replace(ctx, what=what)
    text = render.render_template(ctx.lang, "post", {"c": ctx, "level": level})
    return " ".join(text.split())


def render_post(ctx: LetterContext) -> str:
    """Return the public post that fits the platform (see ``fit_post``)."""
    return fit_post(ctx)[0]


def fit_post(ctx: LetterContext) -> tuple[str, str]:
    """Return the post and, when the story had to be cut, the shortened story ("" if not).

    Optional parts go first (impact, then what was tried). Then the story is cut: at a
    sentence end when that keeps most of it, else at a word, with an ellipsis. The request
    always stays whole. The platform's target length is aimed for.
    """
    limit = PLATFORMS[ctx.platform].target

    def fits(story: str | None, level: int = 0) -> bool:
        return counting.measure(_render_post(ctx, level, story), ctx.platform) <= limit

    for level in (3, 2, 1, 0):
        if fits(None, level):
            return _render_post(ctx, level), ""
    words = ctx.what.split()

    def by_words(n: int) -> str:
        return " ".join(words[:n]).rstrip(".,;:") + ELLIPSIS

    # The longest prefix that fits, by bisection (the length grows with the word count).
    low, high = 3, len(words) - 1  # keep at least a few words of the problem
    while low < high:
        middle = (low + high + 1) // 2
        if fits(by_words(middle)):
            low = middle
        else:
            high = middle - 1
    shorter = by_words(low)
    sentences = _SENTENCE_END.split(ctx.what.strip())
    while len(sentences) > 1:
        sentences.pop()
        whole = " ".join(sentences)
        if len(whole) < 0.75 * len(shorter):  # too much of the story would go
            break
        if fits(whole):
            shorter = whole
            break
    return _render_post(ctx, 0, shorter), shorter


def length_meter(post: str, platform: str, lang: str) -> str:
    """Return ``259 van 280 tekens``, with the softer target when it is below the limit."""
    from klacht.writing.texts import t  # lazy: only where a post is shown

    info = PLATFORMS[platform]
    n = counting.measure(post, platform)
    key = "length_meter" if info.target < info.limit else "length_meter_limit"
    return t(key, lang, n=n, limit=info.limit, target=info.target)


def render_private(ctx: LetterContext) -> str:
    """Return the private message with every detail, for a DM or an e-mail."""
    text = render.render_template(ctx.lang, "private", {"c": ctx})
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip() + "\n"


def build_complaint(
    answers: Mapping[str, str],
    *,
    complaint_id: str,
    today: dt.date,
    post: str | None = None,
    posted_on: dt.date | None = None,
) -> Complaint:
    """Return the complaint for validated answers, with its texts (``post`` if edited)."""
    ctx = context_from_answers(answers, today=today)
    events = (Event("posted", posted_on),) if posted_on is not None else ()
    return Complaint(
        id=complaint_id,
        lang=ctx.lang,
        company=ctx.company,
        platform=ctx.platform,
        handle=ctx.handle,
        what=ctx.what,
        when=ctx.when,
        outcome=ctx.outcome,
        created=today,
        tried=ctx.tried,
        reference=ctx.reference,
        impact=ctx.impact,
        outcome_detail=ctx.outcome_detail,
        post=post if post is not None else render_post(ctx),
        private_message=render_private(ctx),
        post_url=answers.get("post_url", ""),
        events=events,
    )
