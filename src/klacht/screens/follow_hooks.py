"""The wizard's follow-through questions, as hooks: open complaints, the post's link, Mastodon.

The wizard calls ``after_answer`` after each answer and ``ask_post_url`` once the user says
the post is out; it knows nothing else about them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from klacht.followup.lifecycle import label, next_step, status
from klacht.followup.siblings import open_about
from klacht.model import base_lang
from klacht.storage.config import instance_name
from klacht.writing import platforms
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping, Sequence

    from klacht.model import Complaint
    from klacht.screens.review import Prompter
    from klacht.storage.config import Settings


class FollowOpenInstead(Exception):  # noqa: N818 -- a choice the user made, not an error
    """The user chose to follow up an open complaint instead of drafting a new one."""

    def __init__(self, complaint_id: str) -> None:
        """Remember which complaint the user chose."""
        super().__init__(complaint_id)
        self.complaint_id = complaint_id


class FollowHooks:
    """What the wizard asks for the follow-through, on top of its own questions."""

    def __init__(
        self,
        prompter: Prompter,
        complaints: Sequence[Complaint],
        *,
        today: dt.date,
        settings: Settings,
        save_instance: Callable[[str], None],
    ) -> None:
        """Ask with ``prompter``; ``complaints`` are the stored ones; keep an instance with
        ``save_instance`` (config.yaml)."""
        self.p = prompter
        self.complaints = list(complaints)
        self.today = today
        self.settings = settings
        self.save_instance = save_instance
        self.offered: set[str] = set()

    @property
    def lang(self) -> str:
        """Return the wizard's language."""
        return self.p.lang

    def after_answer(self, name: str, answers: Mapping[str, str]) -> None:
        """React to an answer: offer an open complaint about the company, ask for Mastodon.

        Raises:
            FollowOpenInstead: the user chose to follow up an open complaint.
        """
        if name in ("company", "handle"):
            self.offer_open(answers.get("company", ""), answers.get("handle", ""))
        if name == "platform" and answers.get(name) == "mastodon":
            self.ask_instance()

    def offer_open(self, company: str, handle: str) -> None:
        """Say which open complaint is about the same company, its next step, and offer it."""
        for c in open_about(self.complaints, company=company, handle=handle):
            if c.id in self.offered:
                continue
            self.offered.add(c.id)
            where = platforms.PLATFORMS[c.platform].label
            state = label(self.lang, status(c))
            self.p.say(
                t(
                    "open_found",
                    self.lang,
                    company=c.company,
                    id=c.id,
                    platform=where,
                    status=state,
                ),
                style="yellow",
            )
            nxt = next_step(c, today=self.today, settings=self.settings)
            if nxt is not None:
                when = format_date(nxt.date, base_lang(self.lang))
                self.p.say(t("open_next", self.lang, label=label(self.lang, nxt.action), date=when))
            if self.p.confirm(t("open_follow_instead", self.lang), default=True):
                raise FollowOpenInstead(c.id)

    def ask_instance(self) -> None:
        """Ask once for the user's own Mastodon server and keep it in config.yaml."""
        if self.settings.mastodon_instance:
            return
        error = None
        while True:
            raw = self.p.ask(t("mastodon_instance_question", self.lang), error=error).strip()
            if not raw:
                return
            try:
                name = instance_name(raw)
            except ValueError:
                error = t("mastodon_instance_invalid", self.lang, value=raw)
                continue
            self.save_instance(name)
            self.settings = dataclasses.replace(self.settings, mastodon_instance=name)
            return

    def ask_post_url(self, platform: str) -> str:
        """Ask for the link to the post just placed (optional); return it or ``""``."""
        example = platforms.POST_URL_EXAMPLES.get(platform)
        if example is None:
            return ""  # e-mail: no public post
        hint = t("post_url_hint", self.lang, example=example)
        error = None
        while True:
            raw = self.p.ask(t("post_url_question", self.lang), hint=hint, error=error).strip()
            if not raw:
                return ""
            try:
                return platforms.normalize_post_url(platform, raw)
            except ValueError:
                info = platforms.PLATFORMS[platform]
                error = t(
                    "post_url_invalid", self.lang, url=raw, platform=info.label, example=example
                )
