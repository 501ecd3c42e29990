"""LanguageTool: a configured server, the public API (opt-in), or a local server (Java >= 17).

Checks go to ``/v2/check`` over plain ``urllib`` with the user's timeout: language-tool-python
queries with a fixed 300-second timeout through ``requests``, retries by restarting servers and
turns some HTTP errors into a ``KeyError``, none of which suits a fall-back that must be quick.
language-tool-python does what it is best at: finding Java, downloading LanguageTool (with a
progress bar, only from ``klacht spelling download``) and starting and stopping the local
server. Every failure becomes ``SpellcheckUnavailable``; the caller falls back.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from klacht.checks.spelling import checksums
from klacht.checks.spelling.transport import HTTPStatusError as HTTPStatusError
from klacht.checks.spelling.transport import exchange
from klacht.errors import SpellcheckUnavailable, os_reason, says
from klacht.storage import paths

if TYPE_CHECKING:
    from klacht.model import Finding, Severity
    from klacht.storage.config import Settings

PUBLIC_URL: Final = "https://api.languagetool.org/v2/"
PUBLIC_MAX_CHARS: Final = 20_000
"""The public API refuses longer texts (and limits bytes per minute)."""
PUBLIC_MAX_PER_MINUTE: Final = 20
"""The public API's request limit for anonymous users."""
JAVA_MIN: Final = 17
_LANG_CODES: Final = {
    "nl": "nl",
    "nl-nl": "nl",
    "nl-be": "nl-BE",
    "en": "en-US",
    "en-us": "en-US",
    "en-gb": "en-GB",
}
_WARNING_TYPES: Final = frozenset({"misspelling", "grammar", "typographical", "duplication"})
_public_calls: list[float] = []
_local: dict[str, Any] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Target:
    """Where LanguageTool runs."""

    kind: str
    """``server`` (the user's URL), ``public`` (opted in) or ``local`` (started by klacht)."""
    url: str
    """Base URL ending in ``/v2/``; empty for ``local`` until the server runs."""


def base_url(url: str) -> str:
    """Return a server URL as the ``/v2/`` base (``http://host:8081`` -> ``.../v2/``)."""
    url = url.strip().rstrip("/")
    if url.endswith("/v2"):
        return url + "/"
    return url + "/v2/"


def configured(settings: Settings) -> Target | None:
    """Return the LanguageTool the user set up, or None (then only the embedded checker runs)."""
    if settings.languagetool_url:
        return Target("server", base_url(settings.languagetool_url))
    if settings.languagetool_public_api:
        return Target("public", PUBLIC_URL)
    if settings.languagetool_local:
        return Target("local", "")
    return None


def language_code(lang: str) -> str:
    """Return LanguageTool's code for klacht's ``nl``, ``nl-BE``, ``en``, ``en-GB``."""
    return _LANG_CODES.get(lang.lower(), "nl" if lang.lower().startswith("nl") else "en-US")


# -- HTTP --------------------------------------------------------------------------------------


def _request(url: str, *, data: dict[str, str] | None, timeout: float) -> Any:
    """GET (no data) or POST a form, and return the decoded JSON; failures raise.

    One deadline covers the whole exchange (``transport.exchange``): a server that drips its
    headers or its body a byte at a time is given up on when the deadline passes (a plain
    socket timeout restarts with every byte).
    """
    if not url.startswith(("http://", "https://")):
        raise SpellcheckUnavailable(f"Geen http(s)-adres: {url}")
    return exchange(url, data=data, timeout=timeout)


def languages(url: str, *, timeout: float) -> list[str]:
    """Return the language codes a server offers (``/v2/languages``); raise if it fails."""
    data = _request(url + "languages", data=None, timeout=timeout)
    if not isinstance(data, list):
        raise SpellcheckUnavailable("LanguageTool gaf een onverwacht antwoord.")
    return [str(e.get("longCode")) for e in data if isinstance(e, dict) and e.get("longCode")]


def _public_allowed(text: str) -> None:
    if len(text) > PUBLIC_MAX_CHARS:
        raise SpellcheckUnavailable("Te lang voor de publieke LanguageTool-dienst.")
    now = time.monotonic()
    with _lock:
        _public_calls[:] = [t for t in _public_calls if now - t < 60.0]
        if len(_public_calls) >= PUBLIC_MAX_PER_MINUTE:
            raise SpellcheckUnavailable("Limiet van de publieke LanguageTool-dienst bereikt.")
        _public_calls.append(now)


def check(
    text: str, *, lang: str, settings: Settings, target: Target, known: tuple[str, ...] = ()
) -> list[Finding]:
    """Return LanguageTool's findings on ``text``; raise SpellcheckUnavailable on any failure."""
    url = target.url
    if target.kind == "local":
        url = local_url()
    if target.kind == "public":
        _public_allowed(text)
    try:
        data = _request(
            url + "check",
            data={"text": text, "language": language_code(lang)},
            timeout=settings.languagetool_timeout,
        )
    except HTTPStatusError as err:
        if target.kind == "public" and err.status in (426, 429):
            with _lock:  # rate-limited: stop asking for a minute
                _public_calls[:] = [time.monotonic()] * PUBLIC_MAX_PER_MINUTE
        raise
    return to_findings(text, data, known=known)


# -- JSON to findings --------------------------------------------------------------------------


def _utf16_to_index(text: str) -> list[int]:
    """Map UTF-16 offsets (LanguageTool counts like Java) to Python string indexes."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return table


def to_findings(text: str, data: Any, *, known: tuple[str, ...] = ()) -> list[Finding]:
    """Turn a ``/v2/check`` answer into findings; a malformed answer raises."""
    from klacht.checks.spelling import load_dictionary, skipped_spans
    from klacht.model import Finding

    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        raise SpellcheckUnavailable("LanguageTool gaf een onverwacht antwoord.")
    table = _utf16_to_index(text)
    mine = {w.lower() for w in known} | {w.lower() for w in load_dictionary()}
    mine |= {w.lstrip("@#") for w in mine}
    skips = skipped_spans(text)
    findings: list[Finding] = []
    try:
        for match in data["matches"]:
            offset, length = int(match["offset"]), int(match["length"])
            if offset < 0 or length < 0 or offset + length >= len(table):
                raise SpellcheckUnavailable("LanguageTool gaf een positie buiten de tekst.")
            start, end = table[offset], table[offset + length]
            rule = match.get("rule") or {}
            issue = str(rule.get("issueType", "misspelling"))
            piece = text[start:end]
            if issue == "misspelling" and (
                piece.lower() in mine
                or piece.isupper()
                or any(s <= start and end <= e for s, e in skips)
            ):
                continue
            severity: Severity = "warning" if issue in _WARNING_TYPES else "info"
            suggestions = tuple(
                str(r["value"]) for r in (match.get("replacements") or [])[:5] if "value" in r
            )
            findings.append(
                Finding(
                    kind="spelling",
                    rule=f"lt.{rule.get('id', 'UNKNOWN')}",
                    severity=severity,
                    start=start,
                    end=end,
                    text=piece,
                    message=str(match.get("message") or match.get("shortMessage") or ""),
                    suggestions=suggestions,
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise SpellcheckUnavailable("LanguageTool gaf een onverwacht antwoord.") from err
    return findings


# -- the local server --------------------------------------------------------------------------


def lt_dir() -> Path:
    """Return where klacht keeps the LanguageTool download (inside klacht's cache)."""
    return paths.cache_dir() / "languagetool"


def java_version() -> int | None:
    """Return the major version of the ``java`` on PATH, or None when there is none."""
    java = shutil.which("java")
    if not java:
        return None
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def downloaded() -> Path | None:
    """Return the LanguageTool server jar if klacht downloaded it, else None.

    A jar counts only when its SHA-256 matches the one ``download`` recorded, so a jar that
    got into the folder any other way (planted, half-written, swapped) is not started.
    ``LTP_JAR_DIR_PATH`` (language-tool-python's setting) points at a LanguageTool the user
    installed elsewhere; it counts as downloaded.
    """

    own = os.environ.get("LTP_JAR_DIR_PATH")
    if own and (Path(own) / "languagetool-server.jar").is_file():
        return Path(own) / "languagetool-server.jar"
    folder = lt_dir()
    if not folder.is_dir():
        return None
    paths.check_private(folder.parent)  # a jar another user planted never counts
    paths.check_private(folder)
    for jar in sorted(folder.glob("LanguageTool-*/languagetool-server.jar"), reverse=True):
        if checksums.verified(folder, jar):
            return jar
    return None


def _use_klacht_folder() -> None:
    os.environ["LTP_PATH"] = str(paths.ensure_private_dir(lt_dir()))


def download() -> Path:
    """Download LanguageTool with a progress bar; raise SpellcheckUnavailable when it fails."""
    version = java_version()
    if version is None or version < JAVA_MIN:
        raise SpellcheckUnavailable(f"Java {JAVA_MIN} of nieuwer is nodig.")
    _use_klacht_folder()
    try:
        from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

        LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION).download()
    except Exception as err:  # the library raises requests, OS and its own errors alike
        # Said in the user's words: the library's own message is English (urllib3's, often).
        raise SpellcheckUnavailable(says("lt_download_failed")) from err
    jar = lt_dir() / f"LanguageTool-{LTP_DOWNLOAD_VERSION}" / "languagetool-server.jar"
    if not jar.is_file():
        raise SpellcheckUnavailable("Downloaden lukte niet: geen LanguageTool gevonden.")
    try:
        checksums.record(lt_dir(), jar)
    except OSError as err:
        raise SpellcheckUnavailable(says("lt_download_unsaved", reason=os_reason(err))) from err
    return jar


def local_url() -> str:
    """Start the local server once per process (never downloading) and return its base URL."""
    with _lock:
        if "url" in _local:
            return str(_local["url"])
        if "error" in _local:
            raise SpellcheckUnavailable(str(_local["error"]))
        try:
            version = java_version()
            if version is None or version < JAVA_MIN:
                raise SpellcheckUnavailable(f"Java {JAVA_MIN} of nieuwer is nodig.")
            if downloaded() is None:
                raise SpellcheckUnavailable("LanguageTool is niet gedownload.")
            _use_klacht_folder()
            try:
                import language_tool_python

                tool = language_tool_python.LanguageTool("nl")
            except Exception as err:  # start-up failures come in many types
                raise SpellcheckUnavailable(f"LanguageTool startte niet: {err}") from err
            atexit.register(tool.close)  # never leave the server running after klacht exits
            _local["tool"] = tool
            _local["url"] = base_url(f"http://{tool.host}:{tool.port}")
            return str(_local["url"])
        except SpellcheckUnavailable as err:
            _local["error"] = str(err)
            raise


def stop_local() -> None:
    """Stop the local server if this process started one."""
    with _lock:
        tool = _local.pop("tool", None)
        _local.pop("url", None)
        _local.pop("error", None)
    if tool is not None:
        tool.close()
