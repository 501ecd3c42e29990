"""The wizard's tone step: each answer in the user's own words, checked, with a calmer proposal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.checks import check_text
from klacht.checks.privacy_move import private_item
from klacht.screens import ui
from klacht.screens.review import offer_private_moves, private_details, review_text
from klacht.writing.answers import Invalid, validate_answer
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from klacht.model import Finding
    from klacht.screens.review import Prompter
    from klacht.screens.wizard import Draft
    from klacht.storage.config import Settings
    from klacht.writing.questions import Question

CHECKED_FIELDS = ("what", "tried", "impact", "outcome_detail")
"""The answers in the user's own words: checked, and calmed with the user's yes."""


class ToneReview:
    """The tone step, mixed into ``Wizard`` (it uses the wizard's prompter, draft and settings)."""

    p: Prompter
    draft: Draft
    lang: str
    today: dt.date
    settings: Settings
    console: Console | None
    questions: list[Question]
    save_draft: Callable[[Draft], None]

    def _header(self, step_id: str) -> None:
        raise NotImplementedError

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
        """Return the words never flagged as misspelt: the company, its account, the signer."""
        answers = self.draft.answers
        name = self.draft.name or self.settings.name
        return (answers.get("company", ""), answers.get("handle", ""), name)

    def _check(self, text: str, *, spelling: bool = True) -> Sequence[Finding]:
        """Check an answer; a detail already moved to the private message is no finding."""
        findings = check_text(
            text,
            lang=self.lang,
            settings=self.settings,
            spelling=spelling,
            known_words=self._known_words(),
        ).findings
        moved = self.draft.private_items
        return [f for f in findings if not (f.kind == "privacy" and private_item(f) in moved)]

    def review_field(self, name: str, text: str) -> bool:
        """Review one answer's findings; return True when there were none."""
        findings = self._check(text)
        if not findings:
            return True
        field_name = table("field_names", self.lang).get(name, name)
        self.p.say(t("field_label", self.lang, name=field_name), style="bold")
        self._print_findings(text, findings)
        before = text
        text = review_text(
            self.p,
            self.lang,
            text,
            findings,
            recheck=self._check,
            edit=lambda current: self._edit_line(name, current),
            console=self.console,
        )
        text = self._valid_or_edit(name, text)
        remaining = self._check(text, spelling=False)
        if any(f.kind == "privacy" for f in remaining):
            # The answer keeps the item (private texts need it); only public texts name it.
            _, moved = offer_private_moves(self.p, self.lang, text, remaining)
            if moved:
                self.draft.private_items += [private_item(f) for f in moved]
                details = private_details(moved, self.lang)
                self.p.say(t("privacy_moved", self.lang, details=details), style="green")
                remaining = self._check(text, spelling=False)
        if any(f.kind == "privacy" for f in remaining):
            self.p.say(t("private_in_text", self.lang), style="yellow")
        if any(f.severity == "error" for f in remaining):
            if text != before:  # unchanged findings were shown just above
                self._print_findings(text, remaining)
            choice = self.p.ask(t("finding_menu", self.lang)).strip().lower()
            if choice in ("b", "e"):
                text = self._edit_line(name, text)
        self.draft.answers[name] = text
        self.save_draft(self.draft)
        return False

    def _question(self, name: str) -> Question:
        return next(q for q in self.questions if q.name == name)

    def _valid_or_edit(self, name: str, text: str) -> str:
        """Return ``text`` when it is still a valid answer, else let the user fix it."""
        try:
            return validate_answer(
                self._question(name), text, self.draft.answers, today=self.today, lang=self.lang
            )
        except Invalid as err:
            self.p.say(str(err), style="yellow")
            return self._edit_line(name, text)

    def _edit_line(self, name: str, text: str) -> str:
        question = self._question(name)
        error = None
        while True:
            raw = self.p.edit(t("new_text", self.lang), text, error=error)
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
