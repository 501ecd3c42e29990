"""What klacht knows about each platform: limits, handle forms, search and compose links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote, quote_plus


@dataclass(frozen=True, slots=True)
class Platform:
    """One platform's facts."""

    name: str
    """Id as in the contract (``x``, ``bluesky``, ...)."""
    label: str
    """How people call it."""
    limit: int
    """The platform's hard limit, in its own unit of counting."""
    target: int
    """What klacht aims for: short posts work better than long ones."""
    handle_re: re.Pattern[str]
    """A valid handle (after normalisation)."""
    handle_example: str
    """An example handle, shown when one is refused."""
    search_url: str
    """Where to look for the official account; ``{q}`` is the company name."""
    compose_url: str = ""
    """A prefilled-compose page; ``{text}`` is the post; empty when there is none."""


_AT_NAME = r"@[A-Za-z0-9_]{1,15}"
PLATFORMS: Final[dict[str, Platform]] = {
    p.name: p
    for p in (
        Platform(
            "x",
            "X (Twitter)",
            280,
            280,
            re.compile(rf"^{_AT_NAME}$"),
            "@bolcom",
            "https://x.com/search?q={q}&f=user",
            "https://x.com/intent/post?text={text}",
        ),
        Platform(
            "bluesky",
            "Bluesky",
            300,
            300,
            re.compile(r"^@(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"),
            "@bol.bsky.social",
            "https://bsky.app/search?q={q}",
            "https://bsky.app/intent/compose?text={text}",
        ),
        Platform(
            "mastodon",
            "Mastodon",
            500,
            400,
            re.compile(r"^@[A-Za-z0-9_]{1,30}@([a-z0-9-]+\.)+[a-z]{2,63}$"),
            "@ns@mastodon.nl",
            "https://mastodon.social/search?q={q}",
        ),
        Platform(
            "threads",
            "Threads",
            500,
            400,
            re.compile(r"^@[A-Za-z0-9._]{1,30}$"),
            "@bol",
            "https://www.threads.net/search?q={q}",
            "https://www.threads.net/intent/post?text={text}",
        ),
        Platform(
            "facebook",
            "Facebook",
            63206,
            600,
            re.compile(r"^@?[\w.\-'\u2019& ]{2,75}$"),  # a page name: Zoë's Café
            "bol",
            "https://www.facebook.com/search/pages?q={q}",
        ),
        Platform(
            "instagram",
            "Instagram",
            2200,
            600,
            re.compile(r"^@[A-Za-z0-9._]{1,30}$"),
            "@bol",
            "https://www.instagram.com/explore/search/keyword/?q={q}",
        ),
        Platform(
            "linkedin",
            "LinkedIn",
            3000,
            700,
            re.compile(r"^@?[\w.&\-'\u2019 ]{2,100}$"),
            "bol",
            "https://www.linkedin.com/search/results/companies/?keywords={q}",
            "https://www.linkedin.com/feed/?shareActive=true&text={text}",
        ),
        Platform(
            "email",
            "e-mail",
            20000,
            1500,
            re.compile(r"^[A-Za-z0-9._%+\-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,63}$"),
            "klantenservice@bedrijf.nl",
            "https://duckduckgo.com/?q={q}+klantenservice+e-mail",
            "mailto:{handle}?subject={subject}&body={text}",
        ),
    )
}


def normalize_handle(platform: str, handle: str) -> str:
    """Return the handle in its canonical form (``bol`` -> ``@bol`` on X), unvalidated."""
    handle = handle.strip()
    if platform in ("x", "bluesky", "threads", "instagram", "mastodon"):
        for prefix in ("https://", "http://", "www."):
            handle = handle.removeprefix(prefix)
        for site in (
            "x.com/",
            "twitter.com/",
            "bsky.app/profile/",
            "threads.net/",
            "www.threads.net/",
            "instagram.com/",
        ):
            handle = handle.removeprefix(site)
        handle = handle.rstrip("/")
        if not handle.startswith("@"):
            handle = "@" + handle
    if platform == "bluesky":
        handle = handle.lower()
    return handle


def handle_is_valid(platform: str, handle: str) -> bool:
    """Tell whether a normalised handle has the platform's form."""
    return bool(PLATFORMS[platform].handle_re.match(handle))


def search_link(platform: str, company: str) -> str:
    """Return a link that searches the platform for the company's account."""
    return PLATFORMS[platform].search_url.format(q=quote_plus(company))


def compose_link(platform: str, text: str, *, handle: str = "", subject: str = "") -> str:
    """Return the prefilled-compose page for the post, or ``""`` where there is none."""
    url = PLATFORMS[platform].compose_url
    if not url:
        return ""
    if platform == "email":  # RFC 6068: line breaks in a mailto body are CRLF
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return url.format(text=quote(text, safe=""), handle=handle, subject=quote(subject, safe=""))
