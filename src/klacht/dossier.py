"""The dossier of one complaint as Markdown: facts, texts, timeline with notes, next steps."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht import followup
from klacht.platforms import PLATFORMS
from klacht.render import format_date

if TYPE_CHECKING:
    import datetime as dt

    from klacht.config import Settings
    from klacht.model import Complaint

WORDS: Final = {
    "nl": {
        "title": "Dossier: klacht over {company}",
        "meta": "Klacht {id} · status: {status} · dossier gemaakt op {today}",
        "facts": "Feiten",
        "company": "Bedrijf",
        "platform": "Kanaal",
        "when": "Datum van het voorval",
        "what": "Wat er gebeurde",
        "tried": "Eerder contact",
        "impact": "Gevolgen",
        "reference": "Referentie",
        "request": "Verzoek",
        "texts": "Teksten",
        "post": "Openbaar bericht",
        "private": "Privébericht",
        "timeline": "Tijdlijn",
        "no_events": "Nog niets vastgelegd.",
        "note": "notitie",
        "next": "Volgende stappen",
        "none": "Geen.",
        "attach": "Voeg bewijzen toe: bestelbevestiging of factuur, foto's, e-mails en de "
        "reacties van het bedrijf.",
        "disclaimer": "Gemaakt met klacht. De stappen zijn tips, geen juridisch advies.",
    },
    "en": {
        "title": "Dossier: complaint about {company}",
        "meta": "Complaint {id} · status: {status} · dossier made on {today}",
        "facts": "Facts",
        "company": "Company",
        "platform": "Channel",
        "when": "Date of the incident",
        "what": "What happened",
        "tried": "Earlier contact",
        "impact": "Consequences",
        "reference": "Reference",
        "request": "Request",
        "texts": "Texts",
        "post": "Public post",
        "private": "Private message",
        "timeline": "Timeline",
        "no_events": "Nothing recorded yet.",
        "note": "note",
        "next": "Next steps",
        "none": "None.",
        "attach": "Attach evidence: order confirmation or invoice, photos, e-mails and the "
        "company's replies.",
        "disclaimer": "Made with klacht. The steps are tips, not legal advice.",
    },
}
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
    from klacht.model import strip_controls

    lang = complaint.lang if complaint.lang in WORDS else "nl"
    w = WORDS[lang]
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
        f"- **{w['what']}:** {inline(c.what)}",
    ]
    for key in ("tried", "impact", "reference"):
        value: str = getattr(c, key)
        if value.strip():
            lines.append(f"- **{w[key]}:** {inline(value)}")
    lines.append(f"- **{w['request']}:** {inline(followup.request_text(c))}")
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
    items = followup.plan(c, today=today, settings=settings)
    if not items:
        lines.append(w["none"])
    lines += [f"- {day(i.date)}: {followup.label(lang, i.action)}" for i in items]
    lines += ["", w["attach"], "", f"_{w['disclaimer']}_", ""]
    return "\n".join(strip_controls(line) for line in lines)
