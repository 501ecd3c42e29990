"""The user's settings: ``config.yaml`` in the config folder, human-written YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from klacht.errors import DataFileError
from klacht.storage import paths
from klacht.storage.paths import write_private
from klacht.storage.yamlfile import read_yaml_mapping

if TYPE_CHECKING:
    from pathlib import Path

SPELLING_BACKENDS: Final = ("auto", "embedded", "languagetool", "off")
_KEYS: Final = {
    "lang",
    "name",
    "timezone",
    "disabled_rules",
    "spelling",
    "languagetool_url",
    "languagetool_public_api",
    "languagetool_local",
    "languagetool_timeout",
    "schedule",
    "mastodon_instance",
}
_TEXT_KEYS: Final = frozenset(
    {"lang", "timezone", "disabled_rules", "spelling", "languagetool_url", "mastodon_instance"}
)
"""Read as typed: ``spelling: off`` is ``off``, ``lang: no`` is refused, not ``False``."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user configured; every field has a private, offline default."""

    lang: str = "nl"
    """Default language of the wizard."""
    name: str = ""
    """The consumer's name, to sign the letters (asked once by the wizard)."""
    timezone: str = "Europe/Amsterdam"
    """Time zone for dates and the calendar."""
    disabled_rules: tuple[str, ...] = ()
    """Rule ids or id prefixes (``tone.absolute``, ``tone``) that are switched off."""
    spelling: str = "auto"
    """``auto``, ``embedded``, ``languagetool`` or ``off``."""
    languagetool_url: str = ""
    """A self-hosted LanguageTool server (``http://localhost:8081``)."""
    languagetool_public_api: bool = False
    """The user opted in to sending text to the public LanguageTool API."""
    languagetool_local: bool = False
    """The user asked klacht to run a local LanguageTool server (needs Java >= 17)."""
    languagetool_timeout: float = 1.5
    """Seconds ``auto`` waits for LanguageTool before it falls back."""
    schedule: dict[str, Any] = field(default_factory=dict)
    """Overrides of the follow-up ladder (see ``data/schedule.yaml``)."""
    mastodon_instance: str = ""
    """The user's own Mastodon server (``mastodon.nl``): compose links go through it."""


def _spelling_value(value: object) -> str:
    """Return the spelling setting; YAML 1.1 reads a bare ``off`` as ``False``."""
    return "off" if value is False else str(value)


def _check_timezone(path: Path, name: str) -> None:

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DataFileError(
            f"{path}: onbekende tijdzone '{name}'.", hint="Bijvoorbeeld Europe/Amsterdam."
        ) from None


def config_path() -> Path:
    """Return the path of ``config.yaml``."""
    return paths.config_dir() / "config.yaml"


def load_settings(path: Path | None = None) -> Settings:
    """Read ``config.yaml``; a missing file gives the defaults, a bad one a DataFileError."""
    path = path or config_path()
    paths.check_private(path.parent)  # another user must not be able to plant a config
    paths.check_private(path)
    raw = read_yaml_mapping(path, text_keys=_TEXT_KEYS)
    if raw is None:
        return Settings()
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise DataFileError(
            f"{path}: onbekende sleutel(s) {', '.join(map(str, unknown))}.",
            hint=f"Toegestaan: {', '.join(sorted(_KEYS))}.",
        )
    try:
        settings = Settings(
            lang=str(raw.get("lang", "nl")),
            name=" ".join(str(raw.get("name") or "").split()),
            timezone=str(raw.get("timezone", "Europe/Amsterdam")),
            disabled_rules=_rule_ids(raw.get("disabled_rules")),
            spelling=_spelling_value(raw.get("spelling", "auto")),
            languagetool_url=str(raw.get("languagetool_url") or ""),
            languagetool_public_api=_flag(raw, "languagetool_public_api"),
            languagetool_local=_flag(raw, "languagetool_local"),
            languagetool_timeout=float(raw.get("languagetool_timeout", 1.5)),
            schedule=dict(raw.get("schedule") or {}),
            mastodon_instance=_instance(raw.get("mastodon_instance")),
        )
    except (TypeError, ValueError) as err:
        raise DataFileError(f"{path}: ongeldige waarde ({err}).") from err
    if settings.spelling not in SPELLING_BACKENDS:
        raise DataFileError(
            f"{path}: spelling moet een van {', '.join(SPELLING_BACKENDS)} zijn, "
            f"niet '{settings.spelling}'."
        )
    _check_timezone(path, settings.timezone)
    if settings.lang not in ("nl", "nl-BE", "en"):
        raise DataFileError(f"{path}: lang moet nl, nl-BE of en zijn, niet '{settings.lang}'.")
    _check_languagetool(settings, path)
    return settings


def _rule_ids(value: object) -> tuple[str, ...]:
    """Read ``disabled_rules``: a list of ids, or one id as a string (``disabled_rules: tone``)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("disabled_rules moet een lijst met regel-ids zijn")
    return tuple(value)


_INSTANCE_RE: Final = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def _instance(value: object) -> str:
    """Return config.yaml's Mastodon server name, or ``""`` when there is none."""
    if value is None or value == "":
        return ""
    return instance_name(str(value))


def instance_name(value: str) -> str:
    """Return a Mastodon server name (``mastodon.nl``) from a name, a link or an account.

    Raises:
        ValueError: it is none of those.
    """
    name = str(value).strip().lower().removeprefix("https://").removeprefix("http://")
    name = name.split("/")[0].lstrip("@")
    if "@" in name:  # a whole account, @jij@mastodon.nl
        name = name.rsplit("@", 1)[1]
    if not _INSTANCE_RE.match(name):
        raise ValueError(f"mastodon_instance '{value}' is geen servernaam zoals mastodon.nl")
    return name


def _flag(raw: dict[str, Any], key: str) -> bool:
    """Read a yes/no opt-in strictly: only YAML ``true`` switches it on (a quoted "no" is no)."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} moet true of false zijn")
    return value


def _check_languagetool(settings: Settings, path: Path) -> None:
    """Refuse LanguageTool settings that cannot work (spelling part of the config)."""
    url = settings.languagetool_url
    if url and not url.startswith(("http://", "https://")):
        raise DataFileError(f"{path}: languagetool_url moet met http:// of https:// beginnen.")
    timeout = settings.languagetool_timeout
    if not 0.1 <= timeout <= 60:  # also refuses NaN
        raise DataFileError(
            f"{path}: languagetool_timeout moet tussen 0.1 en 60 seconden liggen, niet {timeout}."
        )


def save_setting(key: str, value: object, path: Path | None = None) -> None:
    """Set one key in ``config.yaml``, keeping the others (used for opt-ins)."""
    path = path or config_path()
    load_settings(path)  # refuse to rewrite a broken file
    raw = read_yaml_mapping(path, text_keys=_TEXT_KEYS) or {}
    raw[key] = value
    write_private(path, yaml.safe_dump(raw, allow_unicode=True, sort_keys=True))
