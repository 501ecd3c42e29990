"""Open complaints about the same company: one complaint, followed up, beats a second post."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from klacht.followup.lifecycle import is_open, label, status
from klacht.model import Finding
from klacht.writing.platforms import PLATFORMS
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterable

    from klacht.model import Complaint


def _name_key(name: str) -> str:
    """Return a company name reduced to its letters and digits (``Bol.com`` -> ``bolcom``)."""
    ascii_name = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in ascii_name if ch.isalnum())


def _same_company(c: Complaint, company: str, handle: str) -> bool:
    if company and _name_key(c.company) == _name_key(company):
        return True
    return bool(handle) and c.handle.lower() == handle.strip().lower()


def open_about(
    complaints: Iterable[Complaint], *, company: str, handle: str = "", exclude: str = ""
) -> list[Complaint]:
    """Return the open complaints about ``company`` (by name or by account), oldest first."""
    return [
        c
        for c in complaints
        if c.id != exclude and is_open(c) and _same_company(c, company, handle)
    ]


def open_findings(complaint: Complaint, complaints: Iterable[Complaint]) -> list[Finding]:
    """Return a content warning per open complaint about the same company, naming its id.

    On another platform it is the same complaint posted twice (cross-posting); on the same one
    it is a second post where a follow-up of the first one fits.
    """
    lang = complaint.lang
    post = complaint.post
    start = post.find(complaint.handle) if complaint.handle else -1
    start, end = (start, start + len(complaint.handle)) if start >= 0 else (0, 0)
    findings = []
    for other in open_about(
        complaints, company=complaint.company, handle=complaint.handle, exclude=complaint.id
    ):
        platform = PLATFORMS[other.platform].label
        if other.platform != complaint.platform:
            rule, message = (
                "content.cross_post",
                t("open_other_platform", lang, platform=platform, id=other.id),
            )
        else:
            state = label(lang, status(other))
            rule, message = (
                "content.open_complaint",
                t(
                    "open_same_company",
                    lang,
                    company=other.company,
                    id=other.id,
                    platform=platform,
                    status=state,
                ),
            )
        findings.append(Finding("content", rule, "warning", start, end, post[start:end], message))
    return findings
