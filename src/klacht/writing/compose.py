"""From answers to texts: the public post that fits the platform, and the private message."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from klacht.model import Complaint, Event, PrivateItem
from klacht.writing import counting, hidden, prose, render
from klacht.writing.platforms import PLATFORMS
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

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
    variant: int = 0
    """Which of the phrasings to use ("opnieuw" takes the next one)."""
    name: str = ""
    """The consumer's name, for the letters' sign-off (``name`` in config.yaml)."""
    private_items: tuple[PrivateItem, ...] = ()
    """Details the user sends only privately: the public post names them instead."""

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
    def outcomes(self) -> tuple[str, ...]:
        """Return the chosen outcome ids (several may be chosen)."""
        return prose.outcomes(self.outcome)

    @property
    def day(self) -> str:
        """Return how a post names the day: ``gisteren``, ``3 november``, ``3 november 2025``."""
        return prose.day_phrase(self.when, self.written, self.lang)

    @property
    def day_in_story(self) -> bool:
        """Tell whether the story names the day already (then the post does not repeat it)."""
        return prose.mentions_day(self.what, self.when, self.lang, self.written)

    @property
    def tried_own(self) -> bool:
        """Tell whether what was tried is a sentence of its own ("Ik heb gebeld")."""
        return prose.own_sentence(self.tried, self.lang)

    @property
    def impact_own(self) -> bool:
        """Tell whether the impact is a sentence of its own ("Ik kwam te laat")."""
        return prose.own_sentence(self.impact, self.lang)

    @property
    def request(self) -> str:
        """Return the request that ends the post: the consumer's words, else the outcomes."""
        return prose.ask_detail(self.outcome_detail, self.lang) or prose.ask_for(
            self.outcome, self.lang
        )

    @property
    def request_long(self) -> str:
        """Return the request for the letters: the outcomes asked, then the consumer's words."""
        return prose.ask_all(self.outcome, self.outcome_detail, self.lang)

    @property
    def what_first(self) -> str:
        """Return the story's first sentence: the day is told right after it, not at the end."""
        return _split_story(self.what)[0]

    @property
    def what_rest(self) -> str:
        """Return the story after its first sentence ("" for a one-sentence story)."""
        return _split_story(self.what)[1]

    @property
    def ongoing(self) -> bool:
        """Tell whether the story is still going on ("al 5 dagen"): the day is when it began."""
        return prose.ongoing(self.what_first, self.lang)


def sentence(text: str, capital: bool = True) -> str:
    """Return ``text`` as a sentence: a capital first letter (optional), a full stop at the end.

    A sentence inside the text that starts in lower case gets its capital too ("... niet
    normaal. de verkoper" -> "De verkoper"), except after an abbreviation ("bijv. een").
    """
    text = " ".join(text.split())
    if not text:
        return text
    if capital:
        text = text[0].upper() + text[1:]
    text = prose.capitalise_sentences(text)
    if text[-1] not in ".!?…":
        text += "."
    return text


def _split_story(what: str) -> tuple[str, str]:
    """Return the story as a sentence, cut after its first sentence."""
    return prose.split_first(sentence(what))


def context_from_answers(
    answers: Mapping[str, str],
    *,
    today: dt.date | None = None,
    variant: int = 0,
    name: str = "",
    private_items: Sequence[PrivateItem] = (),
) -> LetterContext:
    """Build the letter context from validated answers (written ``today``)."""
    return LetterContext(
        written=today,
        variant=variant,
        name=name,
        private_items=tuple(private_items),
        lang=answers.get("lang", "nl"),
        company=answers["company"],
        platform=answers["platform"],
        handle=answers["handle"],
        what=answers["what"],
        when=dt.date.fromisoformat(answers["when"]),
        tried=prose.said(answers.get("tried", "")),
        reference=prose.said(answers.get("reference", "")),
        impact=prose.said(answers.get("impact", "")),
        outcome=answers["outcome"],
        outcome_detail=answers.get("outcome_detail", ""),
    )


def context_from_complaint(complaint: Complaint, *, name: str = "") -> LetterContext:
    """Build the letter context of a stored complaint (for the follow-up letters)."""
    own = ("written", "variant", "name")
    names = [n for n in LetterContext.__dataclass_fields__ if n not in own]
    return LetterContext(
        **{n: getattr(complaint, n) for n in names}, written=complaint.created, name=name
    )


SUBJECT_WORDS_MAX = 60
"""Characters of the story an e-mail subject takes at most."""
TOP_LEVEL = 5
"""The post with every optional part: 5 all, 4 no close, 3 no impact, 2 no tried, 1 no date."""


def _render_post(ctx: LetterContext, level: int, what: str | None = None) -> str:
    if what is not None:
        ctx = dataclasses.replace(ctx, what=what)
    text = render.render_template(ctx.lang, "post", {"c": ctx, "level": level})
    return " ".join(text.split())


def render_post(ctx: LetterContext) -> str:
    """Return the public post that fits the platform (see ``fit_post``)."""
    return fit_post(ctx)[0]


def fit_post(ctx: LetterContext) -> tuple[str, str]:
    """Return the post and, when the story had to be shortened, the shortened story ("" if not).

    Optional parts go first (the close, the impact, what was tried, the date). Then whole
    sentences of the story go from its end; the first sentence always stays. Only a first
    sentence that cannot fit on its own is cut, at a word, with an ellipsis (the wizard shows
    that and asks). The request always stays whole.
    """
    if ctx.platform == "email":  # an e-mail is a letter: nothing to fit
        return render_private(ctx).rstrip("\n"), ""
    ctx = hidden.public_context(ctx)
    limit = PLATFORMS[ctx.platform].target

    def fits(story: str | None, level: int = 0) -> bool:
        return counting.measure(_render_post(ctx, level, story), ctx.platform) <= limit

    for level in range(TOP_LEVEL, -1, -1):
        if fits(None, level):
            return _render_post(ctx, level), ""
    sentences = _SENTENCE_END.split(ctx.what.strip())
    for keep in range(len(sentences) - 1, 0, -1):
        whole = " ".join(sentences[:keep])
        for level in (1, 0):
            if fits(whole, level):
                return _render_post(ctx, level, whole), whole
    words = sentences[0].split()

    def by_words(n: int) -> str:
        return " ".join(words[:n]).rstrip(".,;:") + ELLIPSIS

    # The longest prefix that fits, by bisection (the length grows with the word count).
    low, high = 3, max(len(words) - 1, 3)  # keep at least a few words of the problem
    while low < high:
        middle = (low + high + 1) // 2
        if fits(by_words(middle)):
            low = middle
        else:
            high = middle - 1
    shorter = by_words(low)
    return _render_post(ctx, 0, shorter), shorter


def length_meter(post: str, platform: str, lang: str) -> str:
    """Return ``259 van 280 tekens``, with the softer target when it is below the limit."""
    info = PLATFORMS[platform]
    n = counting.measure(post, platform)
    key = "length_meter" if info.target < info.limit else "length_meter_limit"
    return t(key, lang, n=n, limit=info.limit, target=info.target)


def render_private(ctx: LetterContext) -> str:
    """Return the private message with every detail, for a DM or an e-mail."""
    text = render.render_template(ctx.lang, "private", {"c": ctx})
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip() + "\n"


def email_subject(ctx: LetterContext) -> str:
    """Return the e-mail's subject: the story's first words, and the reference when there is one."""
    first = _SENTENCE_END.split(" ".join(ctx.what.split()))[0].rstrip(".!?")
    if len(first) > SUBJECT_WORDS_MAX:
        first = first[:SUBJECT_WORDS_MAX].rsplit(" ", 1)[0].rstrip(",;:") + ELLIPSIS
    topic = first[:1].upper() + first[1:]
    if ctx.reference:
        return t("email_subject_ref", ctx.lang, topic=topic, reference=ctx.reference)
    return t("email_subject", ctx.lang, topic=topic)


def build_complaint(
    answers: Mapping[str, str],
    *,
    complaint_id: str,
    today: dt.date,
    post: str | None = None,
    posted_on: dt.date | None = None,
    private_message: str | None = None,
    name: str = "",
    private_items: Sequence[PrivateItem] = (),
) -> Complaint:
    """Return the complaint for validated answers, with its texts (as edited, when given).

    ``name`` signs the letters (the ``name`` in config.yaml); ``private_items`` are the details
    the user moved to the private message.
    """
    ctx = context_from_answers(answers, today=today, name=name, private_items=private_items)
    if private_message is None and ctx.platform == "email":
        private_message = ""  # the e-mail is the letter: there is no separate message
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
        tried=answers.get("tried", ""),  # stored as typed; the letters leave out "niks"
        reference=answers.get("reference", ""),
        impact=answers.get("impact", ""),
        outcome_detail=ctx.outcome_detail,
        post=post if post is not None else render_post(ctx),
        private_message=private_message if private_message is not None else render_private(ctx),
        post_url=answers.get("post_url", ""),
        private_items=ctx.private_items,
        events=events,
    )
