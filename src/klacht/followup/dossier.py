"""The dossier of one complaint as Markdown: facts, texts, timeline with notes, next steps."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.followup import lifecycle as followup
from klacht.model import LANGS, strip_controls
from klacht.writing.anchoring import anchor
from klacht.writing.platforms import PLATFORMS
from klacht.writing.render import format_date
from klacht.writing.texts import t

if TYPE_CHECKING:
    import datetime as dt

    from klacht.model import Complaint
    from klacht.storage.config import Settings

_INLINE_RE: Final = re.compile(r"([\\`*_\[\]<>|#~])")


def inline(text: str) -> str:
    """Return user text safe inside a Markdown line: one line, markup characters escaped."""
    return _INLINE_RE.sub(r"\\\1", " ".join(text.split()))


def fenced(text: str) -> str:
    """Return ``text`` verbatim in a fenced block longer than any backtick run inside it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text.strip()}\n{fence}"


def render_dossier(complaint: Complaint, *, today: dt.date, settings: Settings) -> str:
    """Return the complaint's dossier as Markdown, in its language."""
    lang = complaint.lang if complaint.lang in LANGS else "nl"
    w = followup.words("dossier", lang)
    c = complaint

    def day(value: dt.date) -> str:
        return format_date(value, lang)

    channel = PLATFORMS[c.platform].label if c.platform in PLATFORMS else c.platform
    status = followup.label(lang, followup.status(c))
    lines = [
        f"# {w['title'].format(company=inline(c.company))}",
        "",
        f"_{w['meta'].format(id=c.id, status=status, today=day(today))}_",
        "",
        f"## {w['facts']}",
        "",
        f"- **{w['company']}:** {inline(c.company)}",
        f"- **{w['platform']}:** {channel}, {inline(c.handle)}",
        f"- **{w['when']}:** {day(c.when)}",
        f"- **{w['what']}:** {inline(anchor(c.what, lang, c.created))}",
    ]
    for key in ("tried", "impact", "reference"):
        value: str = getattr(c, key)
        if value.strip():
            lines.append(f"- **{w[key]}:** {inline(anchor(value, lang, c.created))}")
    wants = followup.wants_text(c)
    if wants:
        lines.append(f"- **{w['request']}:** {inline(wants)}")
    if c.post_url:
        lines.append(f"- **{t('post_link', lang)}:** <{c.post_url}>")
    policy = followup.policy_for(settings)  # once for the texts sent and the steps ahead
    sent = followup.sent_texts(c, settings=settings, policy=policy)
    if sent:  # every text that went out, with its date, as it read that day
        lines += ["", f"## {t('sent_texts', lang)}"]
        for key, on, text in sent:
            name = w[key] if key in ("post", "private") else followup.label(lang, key)
            heading = t("sent_on", lang, label=name, date=day(on))
            lines += ["", f"### {inline(heading)}", "", fenced(strip_controls(text))]
    else:
        lines += ["", f"## {w['texts']}"]
        texts = [(key, text) for key, text in (("post", c.post), ("private", c.private_message))]
        for key, text in texts:
            if text.strip():
                lines += ["", f"### {w[key]}", "", fenced(strip_controls(text))]
        if not any(text.strip() for _, text in texts):
            lines += ["", w["none"]]
    lines += ["", f"## {w['timeline']}", ""]
    events = followup.timeline(c)
    if not events:
        lines.append(w["no_events"])
    for e in events:
        note = f" — {w['note']}: {inline(e.note)}" if e.note.strip() else ""
        lines.append(f"- {day(e.date)}: {followup.label(lang, e.event)}{note}")
    lines += ["", f"## {w['next']}", ""]
    items = followup.plan(c, today=today, settings=settings, policy=policy)
    if not items:
        lines.append(w["none"])
    lines += [f"- {day(i.date)}: {followup.label(lang, i.action, c.platform)}" for i in items]
    lines += ["", w["attach"], "", f"_{w['disclaimer']}_", ""]
    return "\n".join(strip_controls(line) for line in lines)
