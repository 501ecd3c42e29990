"""What klacht knows about each platform: limits, handle forms, search and compose links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote, quote_plus

from klacht.writing.texts import t


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
    handle_re: str
    """A regular expression of a valid handle (after normalisation); compiled when used, by
    ``re``'s own cache, so that a command that checks no handle compiles none."""
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
            rf"^{_AT_NAME}$",
            "@bolcom",
            "https://x.com/search?q={q}&f=user",
            "https://x.com/intent/tweet?text={text}",
        ),
        Platform(
            "bluesky",
            "Bluesky",
            300,
            300,
            r"^@(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
            "@bol.bsky.social",
            "https://bsky.app/search?q={q}",
            "https://bsky.app/intent/compose?text={text}",
        ),
        Platform(
            "mastodon",
            "Mastodon",
            500,
            400,
            r"^@[A-Za-z0-9_]{1,30}@([a-z0-9-]+\.)+[a-z]{2,63}$",
            "@ns@mastodon.nl",
            "https://mastodon.social/search?q={q}",
            "https://{instance}/share?text={text}",  # every instance has /share
        ),
        Platform(
            "threads",
            "Threads",
            500,
            400,
            r"^@[A-Za-z0-9._]{1,30}$",
            "@bol",
            "https://www.threads.com/search?q={q}",
            "https://www.threads.com/intent/post?text={text}",
        ),
        Platform(
            "facebook",
            "Facebook",
            63206,
            600,
            r"^@?[\w.\-'\u2019& ]{2,75}$",  # a page name: Zoë's Café
            "bol",
            "https://www.facebook.com/search/pages?q={q}",
        ),
        Platform(
            "instagram",
            "Instagram",
            2200,
            600,
            r"^@[A-Za-z0-9._]{1,30}$",
            "@bol",
            "https://www.instagram.com/explore/search/keyword/?q={q}",
        ),
        Platform(
            "linkedin",
            "LinkedIn",
            3000,
            700,
            r"^@?[\w.&\-'\u2019 ]{2,100}$",
            "bol",
            # LinkedIn documents only share-offsite?url=, which shares a link, not a text.
            "https://www.linkedin.com/search/results/companies/?keywords={q}",
        ),
        Platform(
            "email",
            "e-mail",
            20000,
            1500,
            r"^[A-Za-z0-9._%+\-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,63}$",
            "klantenservice@bedrijf.nl",
            "https://duckduckgo.com/?q={q}",  # the company and words in the user's language
            "mailto:{handle}?subject={subject}&body={text}",
        ),
    )
}


# A profile or page link, as people copy it from the browser: the account is in the path.
_PROFILE_URL: Final = {
    "facebook": re.compile(
        r"^(?:https?://)?(?:(?:www|m|web|business)\.)?(?:facebook|fb)\.com/(?:pg/)?"
        r"(?!profile\.php)(?P<name>[\w.\-]{2,75})/?(?:[?#]\S*)?$",
        re.IGNORECASE,
    ),
    "linkedin": re.compile(
        r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:company|showcase|school)/"
        r"(?P<name>[\w.\-]{2,100})/?(?:[?#]\S*)?$",
        re.IGNORECASE,
    ),
    "mastodon": re.compile(
        r"^(?:https?://)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,63})/@(?P<name>\w{1,30})/?$",
        re.IGNORECASE,
    ),
}


def normalize_handle(platform: str, handle: str) -> str:
    """Return the handle in its canonical form (``bol`` -> ``@bol`` on X), unvalidated.

    A profile or page link gives its account: ``facebook.com/Proximus`` -> ``Proximus``,
    ``https://mastodon.nl/@ns`` -> ``@ns@mastodon.nl``.
    """
    handle = handle.strip()
    url = _PROFILE_URL.get(platform)
    if url is not None and (match := url.match(handle)):
        name = match["name"]
        return f"@{name}@{match['host'].lower()}" if platform == "mastodon" else name
    if platform in ("x", "bluesky", "threads", "instagram", "mastodon"):
        for prefix in ("https://", "http://", "www."):
            handle = handle.removeprefix(prefix)
        for site in (
            "x.com/",
            "twitter.com/",
            "bsky.app/profile/",
            "threads.net/",
            "www.threads.net/",
            "threads.com/",
            "www.threads.com/",
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
    return re.match(PLATFORMS[platform].handle_re, handle) is not None


def search_link(platform: str, company: str, lang: str = "nl") -> str:
    """Return a link that searches the platform for the company's account (in ``lang``)."""
    query = f"{company} {t('email_search_words', lang)}" if platform == "email" else company
    return PLATFORMS[platform].search_url.format(q=quote_plus(query))


def handle_example(platform: str, lang: str) -> str:
    """Return an example account for ``platform``: an e-mail address in the user's language."""
    if platform == "email":
        return t("email_handle_example", lang)
    return PLATFORMS[platform].handle_example


def compose_link(
    platform: str, text: str, *, handle: str = "", subject: str = "", instance: str = ""
) -> str:
    """Return the prefilled-compose page for the post, or ``""`` where there is none.

    Mastodon has no central site: its link goes through the user's ``instance``
    (``mastodon.nl``), and there is none without one.
    """
    url = PLATFORMS[platform].compose_url
    if not url or ("{instance}" in url and not instance):
        return ""
    if platform == "email":  # RFC 6068: line breaks in a mailto body are CRLF
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return url.format(
        text=quote(text, safe=""),
        handle=handle,
        subject=quote(subject, safe=""),
        instance=instance,
    )


_POST_URL_RE: Final[dict[str, str]] = {
    # Text, compiled when used (re's own cache): `check` never reads a post link.
    "x": (
        r"^https://(?:www\.|mobile\.)?(?:x|twitter)\.com/\w{1,15}/status(?:es)?/(?P<id>\d{1,25})"
        r"(?:[/?#]\S*)?$"
    ),
    "bluesky": r"^https://bsky\.app/profile/[\w.:-]{3,253}/post/[a-z0-9]{5,20}/?$",
    "mastodon": (
        r"^https://(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,63})/"
        r"(?:@[\w.-]{1,30}(?:@[\w.-]+)?|users/[\w.-]{1,30}/statuses)/\d{1,25}/?$"
    ),
    "threads": (
        r"^https://(?:www\.)?threads\.(?:net|com)/@[\w.]{1,30}/post/[\w-]{5,20}(?:[/?#]\S*)?$"
    ),
    "facebook": r"^https://(?:(?:www|m|web)\.)?(?:facebook\.com|fb\.com)/\S+$",
    "instagram": r"^https://(?:www\.)?instagram\.com/(?:p|reel)/[\w-]{5,40}/?\S*$",
    "linkedin": r"^https://(?:www\.)?linkedin\.com/(?:posts|feed/update)/\S+$",
}
POST_URL_EXAMPLES: Final = {
    "x": "https://x.com/jouwnaam/status/1862000000000000000",
    "bluesky": "https://bsky.app/profile/jij.bsky.social/post/3lbxyz2abcd2k",
    "mastodon": "https://mastodon.nl/@jij/113512345678901234",
    "threads": "https://www.threads.com/@jij/post/DCabc123XYZ",
    "facebook": "https://www.facebook.com/bol/posts/pfbid0abc",
    "instagram": "https://www.instagram.com/p/DCabc123XYZ/",
    "linkedin": "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000000/",
}
"""One link of the right form per platform, shown when a post link is refused."""


def normalize_post_url(platform: str, url: str) -> str:
    """Return the link to a public post in canonical form; ValueError when it is none.

    Only ``https`` links of the platform's own site are accepted (on Mastodon, any instance):
    the link is opened in a browser later, so it must be where the user's post really is.
    """
    url = url.strip()
    if url.startswith("http://"):
        url = "https://" + url.removeprefix("http://")
    pattern = _POST_URL_RE.get(platform)
    if pattern is None or len(url) > 500 or not re.match(pattern, url):
        raise ValueError(url)
    return url.replace("twitter.com/", "x.com/", 1) if platform == "x" else url


def post_instance(platform: str, post_url: str) -> str:
    """Return the Mastodon instance a post lives on (the user's own), or ``""``."""
    match = re.match(_POST_URL_RE["mastodon"], post_url) if platform == "mastodon" else None
    return match.group("host") if match else ""


def reply_link(
    platform: str, text: str, *, handle: str = "", post_url: str = "", instance: str = ""
) -> str:
    """Return a link for a public follow-up to the post: a prefilled reply where the platform
    has one (X ``in_reply_to``), else the post itself (reply there), else a new prefilled post.
    """
    if platform == "x" and (match := re.match(_POST_URL_RE["x"], post_url)):
        return f"https://x.com/intent/tweet?in_reply_to={match['id']}&text={quote(text, safe='')}"
    if post_url:
        return post_url
    return compose_link(platform, text, handle=handle, instance=instance)
