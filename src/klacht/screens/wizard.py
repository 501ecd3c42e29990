"""The interactive ``klacht new``: walks the questions, checks the words, shapes the post."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from klacht.errors import KlachtError
from klacht.model import Account, PrivateItem
from klacht.screens.post import PostReview
from klacht.screens.review import Prompter, pick
from klacht.screens.tone import CHECKED_FIELDS, ToneReview
from klacht.writing import platforms, prose
from klacht.writing.answers import Invalid, TooLong, questions, validate_answer
from klacht.writing.questions import Question, in_lang, label, message, steps
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping

    from rich.console import Console

    from klacht.storage.config import Settings

BACK = "<"
CLEAR = "-"


@dataclass
class Draft:
    """The wizard's state, saved after every answer so Ctrl-C loses nothing."""

    id: str
    lang: str
    answers: dict[str, str] = field(default_factory=dict)
    step: int = 0
    post: str = ""
    private: str = ""
    """The private message as the user accepted or edited it ("" until it is shown)."""
    variant: int = 0
    """Which phrasing the post is in ("opnieuw" takes the next)."""
    name: str = ""
    """The name that signs the letters."""
    private_items: list[PrivateItem] = field(default_factory=list)
    """Details of the answers the user moved to the private message."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the wizard hands back: the answers, the accepted texts, whether the post is out."""

    answers: dict[str, str]
    post: str
    posted: bool
    private_message: str | None = None
    """The accepted private message (None: render it from the answers)."""
    name: str = ""
    """The name the user gave to sign letters with, when it was asked (keep it in config)."""
    private_items: tuple[PrivateItem, ...] = ()
    """Details of the answers that only private texts show (public ones name them)."""


class AddressBook(Protocol):
    """Where verified accounts are looked up and kept (``storage.addressbook``; a dict in tests)."""

    def lookup(self, company: str, platform: str) -> Account | None:
        """Return the remembered account, if any."""

    def remember(self, account: Account) -> object:
        """Keep a verified account."""


class Wizard(ToneReview, PostReview):
    """One run of the wizard: the questions here, the tone and post steps mixed in."""

    def __init__(
        self,
        prompter: Prompter,
        draft: Draft,
        *,
        today: dt.date,
        settings: Settings,
        save_draft: Callable[[Draft], None],
        book: AddressBook,
        console: Console | None = None,
        after_answer: Callable[[str, Mapping[str, str]], None] | None = None,
        ask_post_url: Callable[[str], str] | None = None,
        given: frozenset[str] = frozenset(),
    ) -> None:
        """Ask with ``prompter``; call ``save_draft`` after every answer; accounts in ``book``.

        ``after_answer(name, answers)`` and ``ask_post_url(platform)`` are the follow-through's
        hooks (``screens.follow_hooks``): open complaints, Mastodon, the post's link.
        ``given`` names the questions the command line answered (``--platform``): never asked.
        """
        self.given = given
        self.p = prompter
        self.draft = draft
        self.lang = draft.lang
        self.today = today
        self.settings = settings
        self.save_draft = save_draft
        self.book = book
        self.console = console
        self.after_answer = after_answer
        self.ask_post_url = ask_post_url
        self.fallback_said = False
        self.questions = questions()
        self.steps = steps()
        self.draft.name = self.draft.name or settings.name

    # -- questions ---------------------------------------------------------------------------
    def run(self) -> Outcome:
        """Ask everything, review the words, shape the post; return the result."""
        self.p.say(t("intro", self.lang), style="dim")
        self.ask_questions(self.draft.step)
        while True:
            self.review_tone()
            back_to = self.review_post()
            if back_to is None:
                break
            self.draft.post = ""
            self.draft.private = ""
            if back_to != "tone":
                first = next(i for i, q in enumerate(self.questions) if q.step == back_to)
                self.ask_questions(first, stop_after_step=back_to)
        asked_name = self.ask_name()
        self.review_private()
        self._header("save")
        posted = self.p.confirm(t("posted_question", self.lang), default=False)
        answers = dict(self.draft.answers)
        if posted and self.ask_post_url is not None:
            url = self.ask_post_url(answers.get("platform", ""))
            if url:
                answers["post_url"] = url
        private = self.draft.private or None
        told = " ".join(answers.get(name, "") for name in CHECKED_FIELDS)
        kept = tuple(i for i in dict.fromkeys(self.draft.private_items) if i.text in told)
        return Outcome(answers, self.draft.post, posted, private, asked_name, kept)

    def ask_name(self) -> str:
        """Ask once for the name that signs the letters; return it when it was asked."""
        if self.draft.name:
            return ""
        name = " ".join(
            self.p.ask(t("ask_name", self.lang), hint=t("ask_name_hint", self.lang)).split()
        )
        self.draft.name = name
        self.draft.private = ""  # signed now
        self.save_draft(self.draft)
        return name

    def _step_number(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps, start=1) if s.id == step_id)

    def _header(self, step_id: str) -> None:
        step = self.steps[self._step_number(step_id) - 1]
        title = t(
            "step_header",
            self.lang,
            n=self._step_number(step_id),
            total=len(self.steps),
            title=in_lang(step.title, self.lang),
        )
        self.p.header(title, in_lang(step.why, self.lang))

    def ask_questions(self, start: int, stop_after_step: str | None = None) -> None:
        """Ask from question ``start`` on; ``<`` goes back one question."""
        index = start
        shown_step = ""
        direction = 1
        while index < len(self.questions):
            question = self.questions[index]
            if question.name in self.given and question.name in self.draft.answers:
                direction = direction if index + direction >= 0 else 1
                index += direction  # answered on the command line: pass it either way
                continue
            past = stop_after_step and (
                self._step_number(question.step) > self._step_number(stop_after_step)
            )
            if past:
                break
            if question.step != shown_step:
                self._header(question.step)
                shown_step = question.step
            moved = self.ask_one(question, first=index == 0)
            direction = moved
            index = max(index + moved, 0)
            self.draft.step = index
            self.save_draft(self.draft)

    def ask_one(self, question: Question, *, first: bool) -> int:
        """Ask one question until its answer is valid; return +1 (next) or -1 (back)."""
        if question.name == "handle" and self.offer_known_account():
            return 1
        if question.name == "handle":
            company = self.draft.answers.get("company", "")
            platform = self.draft.answers.get("platform", "x")
            link = platforms.search_link(platform, company, self.lang)
            tips = "email_tips" if platform == "email" else "verify_tips"
            self.p.say(t(tips, self.lang, link=link), style="dim")
        error = None
        too_long: str | None = None  # a pasted story over the limit comes back to be shortened
        while True:
            default = self.draft.answers.get(question.name, question.default)
            choices = [(c, self._choice_label(question, c)) for c in question.choices]
            hint = in_lang(question.help, self.lang) if question.help else None
            if question.name == "outcome_detail":
                other = "other" in prose.outcomes(self.draft.answers.get("outcome", ""))
                hint = message("detail_needed" if other else "detail_optional", self.lang)
            if question.optional and default:
                hint = t("clear_hint", self.lang)
            shown = dict(choices).get(default, default) if default else None
            if too_long is not None:
                raw = self.p.edit(in_lang(question.prompt, self.lang), too_long, error=error)
                too_long = None
            else:
                raw = pick(
                    self.p.ask(
                        in_lang(question.prompt, self.lang),
                        default=shown,
                        hint=hint,
                        error=error,
                        choices=choices,
                    ),
                    choices,
                )
            if raw.strip() == BACK:
                if first:
                    error = t("first_question", self.lang)
                    continue
                return -1
            if question.optional and raw.strip() == CLEAR:
                raw = ""
            try:
                value = validate_answer(
                    question, raw, self.draft.answers, today=self.today, lang=self.lang
                )
            except TooLong as err:
                error, too_long = str(err), raw
                continue
            except Invalid as err:
                error = str(err)
                continue
            self.draft.answers[question.name] = value
            if question.name == "platform" and default != value:
                self.draft.answers.pop("handle", None)  # a handle is per platform
            if question.name == "handle":
                self.offer_remember(value)
            if self.after_answer is not None:
                self.after_answer(question.name, self.draft.answers)
            return 1

    def _choice_label(self, question: Question, choice: str) -> str:
        if question.name == "platform":
            return platforms.PLATFORMS[choice].label
        if question.name == "outcome":
            return label("outcome", choice, self.lang)
        return choice

    # -- the official account -----------------------------------------------------------------
    def offer_known_account(self) -> bool:
        """Offer the address book's account; return True when the user takes it."""
        company = self.draft.answers.get("company", "")
        platform = self.draft.answers.get("platform", "x")
        account = self._lookup(company, platform)
        if account is None:
            return False
        date = format_date(account.verified_on, self.lang) if account.verified_on else "?"
        webcare = t("webcare_tag", self.lang) if account.webcare else ""
        prompt = t("found_account", self.lang, handle=account.handle, date=date, webcare=webcare)
        if not self.p.confirm(prompt, default=True):
            return False
        self.draft.answers["handle"] = account.handle
        return True

    def offer_remember(self, handle: str) -> None:
        """Offer to keep a verified account in the address book."""
        company = self.draft.answers["company"]
        platform = self.draft.answers["platform"]
        known = self._lookup(company, platform)
        if known is not None and known.handle == handle:
            return
        prompt = t("remember_account", self.lang, handle=handle, company=company)
        if not self.p.confirm(prompt, default=False):
            return
        webcare = self.p.confirm(t("is_webcare", self.lang), default=False)
        try:
            self.book.remember(Account(company, platform, handle, self.today, webcare))
        except KlachtError as err:
            self.p.say(t("addressbook_broken", self.lang, error=err), style="yellow")
            return
        self.p.say(t("remembered", self.lang), style="green")

    def _lookup(self, company: str, platform: str) -> Account | None:
        """Look the account up; a broken address book is reported, not fatal."""
        try:
            return self.book.lookup(company, platform)
        except KlachtError as err:
            self.p.say(t("addressbook_broken", self.lang, error=err), style="yellow")
            return None
