"""The wizard's post step and the private message: shown, checked, edited, accepted."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

from klacht.checks import check_text
from klacht.model import strip_controls
from klacht.screens import effects
from klacht.writing import platforms
from klacht.writing.compose import (
    context_from_answers,
    email_subject,
    length_meter,
    render_post,
    render_private,
)
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from klacht.model import Finding
    from klacht.screens.review import Prompter
    from klacht.screens.wizard import Draft
    from klacht.storage.config import Settings
    from klacht.writing.compose import LetterContext

STEP_IDS = ("channel", "facts", "outcome", "tone")
"""The steps "terug naar een stap" can go back to, in order."""


class PostReview:
    """The post and private-message screens, mixed into ``Wizard``."""

    p: Prompter
    draft: Draft
    lang: str
    today: dt.date
    settings: Settings
    fallback_said: bool
    save_draft: Callable[[Draft], None]
    console: Console | None

    def _header(self, step_id: str) -> None:
        raise NotImplementedError

    def _known_words(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _print_findings(
        self, text: str, findings: Sequence[Finding], *, show_text: bool = True
    ) -> None:
        raise NotImplementedError

    def letter_context(self) -> LetterContext:
        """Return the letter context of the answers so far, in the phrasing the user is on."""
        answers = {**self.draft.answers, "lang": self.lang}
        return context_from_answers(
            answers,
            today=self.today,
            variant=self.draft.variant,
            name=self.draft.name,
            private_items=self.draft.private_items,
        )

    def review_post(self) -> str | None:
        """Show the post with its length and findings; return a step id to go back to, or None."""
        self._header("post")
        ctx = self.letter_context()
        if not self.draft.post:
            self.draft.post = render_post(ctx)
            self.save_draft(self.draft)
        email = ctx.platform == "email"
        label = platforms.PLATFORMS[ctx.platform].label
        title = t("email_title", self.lang) if email else t("post_title", self.lang, platform=label)
        subject = email_subject(ctx) if email else ""
        agreed = ""  # the text the user chose to use despite its errors
        while True:
            ctx = self.letter_context()
            post = self.draft.post
            footer = subject or length_meter(post, ctx.platform, self.lang)
            self.p.show_text(title, post, footer)
            report = check_text(
                post,
                lang=self.lang,
                platform=ctx.platform,
                settings=self.settings,
                public=not email,
                known_words=self._known_words(),
            )
            self._say_fallback(report.fallback)
            if report.findings:  # the post is in the panel just above
                self._print_findings(post, report.findings, show_text=False)
            compose = platforms.compose_link(
                ctx.platform,
                post,
                handle=ctx.handle,
                subject=subject,
                instance=self.settings.mastodon_instance,
            )
            menu = t("post_menu", self.lang, open=t("post_menu_open", self.lang) if compose else "")
            choice = self.p.ask(menu).strip().lower()
            nl = self.lang.startswith("nl")
            # Accepting, copying and opening the compose page all pass the same question.
            use = choice in ("a", "", "k" if nl else "c") or (
                compose and choice == ("p" if nl else "o")
            )
            if use and report.has_errors and agreed != post:
                if not self.p.confirm(t("accept_with_errors", self.lang), default=False):
                    continue
                agreed = post  # asked once per text: copying, then accepting, asks no more
            if choice in ("a", ""):
                return None
            if choice == ("b" if nl else "e"):
                self.draft.post = self._edit_text(post)
            elif choice == ("o" if nl else "r"):
                edited = post != render_post(ctx)
                if not edited or self.p.confirm(
                    t("drop_edit_regenerate", self.lang), default=False
                ):
                    self.draft.variant += 1  # another phrasing
                    self.draft.post = render_post(self.letter_context())
            elif choice == ("t" if nl else "b"):
                back = self.p.ask(t("which_step", self.lang)).strip()
                edited = post != render_post(ctx)
                if not (back.isdigit() and 1 <= int(back) <= len(STEP_IDS)):
                    self.p.say(t("unknown_choice", self.lang), style="yellow")
                elif not edited or self.p.confirm(t("drop_edit", self.lang), default=False):
                    return STEP_IDS[int(back) - 1]
            elif choice == ("k" if nl else "c"):
                if effects.copy_to_clipboard(post):
                    self.p.say(t("copied", self.lang))
                elif self.console is not None:  # plain, no border: a selection copies the text
                    self.p.say(t("copy_plain", self.lang))
                    self.console.print(post, markup=False, soft_wrap=True, highlight=False)
                else:
                    self.p.say(t("copy_failed", self.lang))
            elif compose and choice == ("p" if nl else "o"):
                done = effects.open_url(compose)
                self.p.say(
                    t("opened", self.lang) if done else t("open_failed", self.lang, url=compose)
                )
            else:
                self.p.say(t("unknown_choice", self.lang), style="yellow")
            self.save_draft(self.draft)

    def review_private(self) -> None:
        """Show the private message, checked (private details are fine there); let it be edited."""
        ctx = self.letter_context()
        if ctx.platform == "email":
            return  # the e-mail is the letter itself, reviewed as the post
        if not self.draft.private:
            self.draft.private = render_private(ctx)
            self.save_draft(self.draft)
        while True:
            text = self.draft.private
            self.p.show_text(t("private_title", self.lang), text)
            report = check_text(
                text,
                lang=self.lang,
                settings=self.settings,
                public=False,
                known_words=(*self._known_words(), ctx.reference),
            )
            findings = [f for f in report.findings if f.kind != "privacy"]
            if findings:
                self._print_findings(text, findings, show_text=False)
            choice = self.p.ask(t("private_menu", self.lang)).strip().lower()
            if choice in ("a", ""):
                return
            if choice in ("b", "e"):
                self.draft.private = self._edit_text(text, paragraphs=True) + "\n"
                self.save_draft(self.draft)
            else:
                self.p.say(t("unknown_choice", self.lang), style="yellow")

    def _say_fallback(self, note: str | None) -> None:
        """Say (once) that the configured LanguageTool did not answer and why."""
        if note and not self.fallback_said:
            self.p.say(note, style="yellow")
            self.fallback_said = True

    def _edit_block(self, prompt: str, block: str) -> str:
        """Edit one paragraph on the input line; an unchanged one keeps its line breaks."""
        edited = self.p.edit(prompt, block)
        return block if edited == " ".join(block.split()) else edited

    def _edit_text(self, text: str, *, paragraphs: bool = False) -> str:
        """Edit ``text`` prefilled: in ``$EDITOR`` when set, else inline, line by line."""
        try:
            edited = effects.edit_in_editor(text)
        except (OSError, subprocess.SubprocessError) as err:
            self.p.say(t("editor_failed", self.lang, error=err), style="yellow")
            edited = None
        if edited is None:
            blocks = text.strip().split("\n\n") if paragraphs else [text]
            prompts = [
                t("edit_paragraph", self.lang, n=i, total=len(blocks))
                if paragraphs
                else t("edit_inline", self.lang)
                for i in range(1, len(blocks) + 1)
            ]
            edited = "\n\n".join(
                self._edit_block(prompt, block)
                for prompt, block in zip(prompts, blocks, strict=True)
            )
        # Keep paragraphs (a blank line); in a post, fold everything else into single spaces.
        parts = strip_controls(edited).replace("\r\n", "\n").split("\n\n")
        if paragraphs:
            kept = [
                "\n".join(line.rstrip() for line in part.strip("\n").split("\n"))
                for part in parts
                if part.strip()
            ]
        else:
            kept = [" ".join(part.split()) for part in parts if part.strip()]
        return "\n\n".join(kept) or text
