"""The interactive ``klacht new``: walks the questions, checks the words, shapes the post."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from klacht.checks import check_text
from klacht.errors import KlachtError
from klacht.model import Account
from klacht.screens import effects, ui
from klacht.screens.review import Prompter, pick, review_text
from klacht.writing import platforms
from klacht.writing.answers import Invalid, Question, label, questions, steps, validate_answer
from klacht.writing.compose import context_from_answers, length_meter, render_post
from klacht.writing.render import format_date
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping, Sequence

    from rich.console import Console

    from klacht.model import Finding
    from klacht.storage.config import Settings

BACK = "<"
CLEAR = "-"
CHECKED_FIELDS = ("what", "tried", "impact", "outcome_detail")


@dataclass
class Draft:
    """The wizard's state, saved after every answer so Ctrl-C loses nothing."""

    id: str
    lang: str
    answers: dict[str, str] = field(default_factory=dict)
    step: int = 0
    post: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the wizard hands back: validated answers, the accepted post, whether it is posted."""

    answers: dict[str, str]
    post: str
    posted: bool


class AddressBook(Protocol):
    """Where verified accounts are looked up and kept (``storage.addressbook``; a dict in tests)."""

    def lookup(self, company: str, platform: str) -> Account | None:
        """Return the remembered account, if any."""

    def remember(self, account: Account) -> object:
        """Keep a verified account."""


class Wizard:
    """One run of the wizard."""

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
    ) -> None:
        """Ask with ``prompter``; call ``save_draft`` after every answer; accounts in ``book``.

        ``after_answer(name, answers)`` and ``ask_post_url(platform)`` are the follow-through's
        hooks (``screens.follow_hooks``): open complaints, Mastodon, the post's link.
        """
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
            if back_to != "tone":
                first = next(i for i, q in enumerate(self.questions) if q.step == back_to)
                self.ask_questions(first, stop_after_step=back_to)
        self._header("save")
        posted = self.p.confirm(t("posted_question", self.lang), default=False)
        answers = dict(self.draft.answers)
        if posted and self.ask_post_url is not None:
            url = self.ask_post_url(answers.get("platform", ""))
            if url:
                answers["post_url"] = url
        return Outcome(answers, self.draft.post, posted)

    def _step_number(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps, start=1) if s.id == step_id)

    def _header(self, step_id: str) -> None:
        step = self.steps[self._step_number(step_id) - 1]
        title = t(
            "step_header",
            self.lang,
            n=self._step_number(step_id),
            total=len(self.steps),
            title=step.title[self.lang],
        )
        self.p.header(title, step.why[self.lang])

    def ask_questions(self, start: int, stop_after_step: str | None = None) -> None:
        """Ask from question ``start`` on; ``<`` goes back one question."""
        index = start
        shown_step = ""
        while index < len(self.questions):
            question = self.questions[index]
            past = stop_after_step and (
                self._step_number(question.step) > self._step_number(stop_after_step)
            )
            if past:
                break
            if question.step != shown_step:
                self._header(question.step)
                shown_step = question.step
            moved = self.ask_one(question, first=index == 0)
            index = max(index + moved, 0)
            self.draft.step = index
            self.save_draft(self.draft)

    def ask_one(self, question: Question, *, first: bool) -> int:
        """Ask one question until its answer is valid; return +1 (next) or -1 (back)."""
        if question.name == "handle" and self.offer_known_account():
            return 1
        if question.name == "handle":
            company = self.draft.answers.get("company", "")
            link = platforms.search_link(self.draft.answers.get("platform", "x"), company)
            self.p.say(t("verify_tips", self.lang, link=link), style="dim")
        error = None
        while True:
            default = self.draft.answers.get(question.name, question.default)
            choices = [(c, self._choice_label(question, c)) for c in question.choices]
            hint = question.help[self.lang] if question.help else None
            if question.optional and default:
                hint = t("clear_hint", self.lang)
            shown = dict(choices).get(default, default) if default else None
            raw = pick(
                self.p.ask(
                    question.prompt[self.lang],
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

    # -- tone ---------------------------------------------------------------------------------
    def review_tone(self) -> None:
        """Check the user's own words and offer calmer, correct versions (never unasked)."""
        self._header("tone")
        clean = True
        for name in CHECKED_FIELDS:
            text = self.draft.answers.get(name, "")
            if text:
                clean = self.review_field(name, text) and clean
        if clean:
            self.p.say(t("tone_ok", self.lang), style="green")

    def _known_words(self) -> tuple[str, ...]:
        answers = self.draft.answers
        return (answers.get("company", ""), answers.get("handle", ""))

    def review_field(self, name: str, text: str) -> bool:
        """Review one answer's findings; return True when there were none."""
        report = check_text(
            text, lang=self.lang, settings=self.settings, known_words=self._known_words()
        )
        if not report.findings:
            return True
        field_name = table("field_names", self.lang).get(name, name)
        self.p.say(t("field_label", self.lang, name=field_name), style="bold")
        self._print_findings(text, report.findings)
        before = text
        text = review_text(
            self.p,
            self.lang,
            text,
            report.findings,
            recheck=lambda changed: (
                check_text(
                    changed, lang=self.lang, settings=self.settings, known_words=self._known_words()
                ).findings
            ),
            edit=lambda current: self._edit_line(name, current),
            console=self.console,
        )
        remaining = check_text(
            text,
            lang=self.lang,
            settings=self.settings,
            spelling=False,
            known_words=self._known_words(),
        )
        if any(f.kind == "privacy" for f in remaining.findings):
            self.p.say(t("private_in_text", self.lang), style="yellow")
        if remaining.has_errors:
            if text != before:  # unchanged findings were shown just above
                self._print_findings(text, remaining.findings)
            choice = self.p.ask(t("finding_menu", self.lang)).strip().lower()
            if choice in ("b", "e"):
                text = self._edit_line(name, text)
        self.draft.answers[name] = text
        self.save_draft(self.draft)
        return False

    def _edit_line(self, name: str, text: str) -> str:
        question = next(q for q in self.questions if q.name == name)
        error = None
        while True:
            raw = self.p.ask(t("new_text", self.lang), default=text, error=error)
            try:
                return validate_answer(
                    question, raw, self.draft.answers, today=self.today, lang=self.lang
                )
            except Invalid as err:
                error = str(err)

    def _print_findings(
        self, text: str, findings: Sequence[Finding], *, show_text: bool = True
    ) -> None:
        console = self.console
        if console is not None:
            ui.print_findings(console, text, findings, lang=self.lang, show_text=show_text)
        else:
            for f in findings:
                self.p.say(f"{f.severity}: '{f.text}' {f.message}")

    # -- the post -----------------------------------------------------------------------------
    def review_post(self) -> str | None:
        """Show the post with its length and findings; return a step id to go back to, or None."""
        self._header("post")
        answers = self.draft.answers
        ctx = context_from_answers({**answers, "lang": self.lang}, today=self.today)
        if not self.draft.post:
            self.draft.post = render_post(ctx)
            self.save_draft(self.draft)
        platform = platforms.PLATFORMS[ctx.platform]
        while True:
            post = self.draft.post
            meter = length_meter(post, ctx.platform, self.lang)
            self.p.show_text(t("post_title", self.lang, platform=platform.label), post, meter)
            report = check_text(
                post,
                lang=self.lang,
                platform=ctx.platform,
                settings=self.settings,
                known_words=self._known_words(),
            )
            self._say_fallback(report.fallback)
            if report.findings:  # the post is in the panel just above
                self._print_findings(post, report.findings, show_text=False)
            compose = platforms.compose_link(ctx.platform, post, handle=ctx.handle)
            menu = t("post_menu", self.lang, open=t("post_menu_open", self.lang) if compose else "")
            choice = self.p.ask(menu).strip().lower()
            nl = self.lang == "nl"
            if choice in ("a", ""):
                risky = report.has_errors  # private data, insults, or over the limit
                if not risky or self.p.confirm(t("accept_with_errors", self.lang), default=False):
                    return None
                continue
            if choice == ("b" if nl else "e"):
                self.draft.post = self._edit_post(post)
            elif choice == ("o" if nl else "r"):
                edited = post != render_post(ctx)
                if not edited or self.p.confirm(
                    t("drop_edit_regenerate", self.lang), default=False
                ):
                    self.draft.post = render_post(ctx)
            elif choice == ("t" if nl else "b"):
                back = self.p.ask(t("which_step", self.lang)).strip()
                ids = ["channel", "facts", "outcome", "tone"]
                edited = post != render_post(ctx)
                if not (back.isdigit() and 1 <= int(back) <= len(ids)):
                    self.p.say(t("unknown_choice", self.lang), style="yellow")
                elif not edited or self.p.confirm(t("drop_edit", self.lang), default=False):
                    return ids[int(back) - 1]
            elif choice == ("k" if nl else "c"):
                done = effects.copy_to_clipboard(post)
                self.p.say(t("copied" if done else "copy_failed", self.lang))
            elif compose and choice == ("p" if nl else "o"):
                done = effects.open_url(compose)
                self.p.say(
                    t("opened", self.lang) if done else t("open_failed", self.lang, url=compose)
                )
            else:
                self.p.say(t("unknown_choice", self.lang), style="yellow")
            self.save_draft(self.draft)

    def _say_fallback(self, note: str | None) -> None:
        """Say (once) that the configured LanguageTool did not answer and why."""
        if note and not self.fallback_said:
            self.p.say(note, style="yellow")
            self.fallback_said = True

    def _edit_post(self, post: str) -> str:
        try:
            edited = effects.edit_in_editor(post)
        except (OSError, subprocess.SubprocessError) as err:
            self.p.say(t("editor_failed", self.lang, error=err), style="yellow")
            edited = None
        if edited is None:
            edited = self.p.ask(t("edit_inline", self.lang), default=None)
        from klacht.model import strip_controls  # lazy: start-up time

        # Keep paragraphs (a blank line), fold everything else into single spaces.
        paragraphs = strip_controls(edited).replace("\r\n", "\n").split("\n\n")
        edited = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
        return edited or post
