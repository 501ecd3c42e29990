"""The wizard's questions and their validators, shared by the prompts and ``--answers``."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import KlachtError
from klacht.model import LANGS, OUTCOMES, PLATFORMS, strip_controls
from klacht.writing import platforms
from klacht.writing.dates import parse_date
from klacht.writing.questions import (
    Question,
    data,
    label,
    load_questions,
    message,
)
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

REQUIRED_KEYS: Final = ("company", "platform", "handle", "what", "when", "outcome")
OPTIONAL_KEYS: Final = (
    "lang",
    "tried",
    "reference",
    "impact",
    "outcome_detail",
    "posted_on",
    "post_url",
)
MAX_LENGTH: Final = {"what": 1000, "company": 80}
DEFAULT_MAX: Final = 500
_KEEP_NEWLINES: Final = ("what", "tried", "impact")


def questions() -> list[Question]:
    """Return the wizard's questions in order, checked (a broken file is a DataFileError)."""
    return load_questions(VALIDATORS)


def clean_input(name: str, value: str) -> str:
    """Strip control characters and surrounding space; keep newlines only in long answers."""
    if name not in _KEEP_NEWLINES:
        value = value.replace("\n", " ")
    value = value.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    value = strip_controls(value)
    return "\n".join(" ".join(line.split()) for line in value.strip().split("\n")).strip()


class Invalid(ValueError):  # noqa: N818 -- read as "the answer is invalid"
    """An answer that is refused; ``str()`` is the message for the user."""


class TooLong(Invalid):
    """An answer over its length limit: the wizard gives it back to shorten, never drops it."""


class UnknownOutcome(Invalid):
    """An outcome klacht does not know; ``part`` is the word (an answers file lists keys)."""

    def __init__(self, text: str, part: str) -> None:
        """Keep the wizard's message (``text``) and the word that was not understood."""
        super().__init__(text)
        self.part = part


def _text(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers, today, lang
    return value


def _company(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers, today
    if len(value) < 2:
        raise Invalid(message("too_short", lang, min=2))
    return value


def _what(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers, today
    if len(value) < 10:
        raise Invalid(message("too_short", lang, min=10))
    return value


def _platform(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers, today
    value = value.lower()
    if value == "twitter":
        value = "x"
    if value not in PLATFORMS:
        raise Invalid(message("platform", lang, choices=", ".join(PLATFORMS)))
    return value


def _handle(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del today
    platform = answers.get("platform", "x")
    if platform not in PLATFORMS:
        return value  # the platform's own problem is reported on its own
    handle = platforms.normalize_handle(platform, value)
    if not platforms.handle_is_valid(platform, handle):
        info = platforms.PLATFORMS[platform]
        raise Invalid(
            message(
                "handle",
                lang,
                value=value,
                platform=info.label,
                example=platforms.handle_example(platform, lang),
            )
        )
    return handle


def _date(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers
    try:
        day = parse_date(value, today)
    except ValueError:
        raise Invalid(message("date", lang, value=value)) from None
    if day > today:
        raise Invalid(message("future", lang, value=day.isoformat()))
    if day < today - dt.timedelta(days=5 * 366):
        raise Invalid(message("too_old", lang, value=day.isoformat()))
    return day.isoformat()


_OUTCOME_SPLIT: Final = re.compile(r"\s*(?:[,;/&+]|\b(?:en|and|of|or)\b)\s*|(?<=\d)\s+(?=\d)")


def outcome_word(part: str) -> str | None:
    """Return the outcome a number, key, label or typed word stands for ("vergoeding")."""
    part = part.strip().strip(".!").lower()
    if part.isdigit():
        number = int(part)
        return OUTCOMES[number - 1] if 1 <= number <= len(OUTCOMES) else None
    if part in OUTCOMES:
        return part
    raw = data()
    words: list[tuple[str, str]] = [
        (str(w).lower(), key) for key, ws in raw["outcome_words"].items() for w in ws
    ]
    words += [
        (str(text).lower(), key)
        for key, by_lang in raw["labels"]["outcome"].items()
        for text in by_lang.values()
    ]
    for word, key in sorted(words, key=lambda p: -len(p[0])):
        if part == word or re.search(rf"\b{re.escape(word)}\b", part):
            return key
    return None


def _outcome(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del answers, today
    keys: list[str] = []
    for part in _OUTCOME_SPLIT.split(value):
        if not part or not part.strip():
            continue
        key = outcome_word(part)
        if key is None:
            labels = ", ".join(
                f"{i} {label('outcome', o, lang)}" for i, o in enumerate(OUTCOMES, start=1)
            )
            raise UnknownOutcome(
                message("outcome", lang, value=part.strip(), choices=labels), part.strip()
            )
        if key not in keys:
            keys.append(key)
    if not keys:
        raise Invalid(message("required", lang))
    return ",".join(keys)


def _outcome_detail(value: str, answers: Mapping[str, str], today: dt.date, lang: str) -> str:
    del today
    if not value and "other" in answers.get("outcome", "").split(","):
        raise Invalid(message("other_detail", lang))
    return value


VALIDATORS: Final[dict[str, Callable[[str, Mapping[str, str], dt.date, str], str]]] = {
    "text": _text,
    "company": _company,
    "what": _what,
    "platform": _platform,
    "handle": _handle,
    "date": _date,
    "outcome": _outcome,
    "outcome_detail": _outcome_detail,
}


def validate_answer(
    question: Question, raw: str, answers: Mapping[str, str], *, today: dt.date, lang: str
) -> str:
    """Return the cleaned, normalised answer, or raise Invalid with the reason."""
    value = clean_input(question.name, raw)
    if not value and question.default is not None:
        value = question.default
    limit = MAX_LENGTH.get(question.name, DEFAULT_MAX)
    if len(value) > limit:
        raise TooLong(message("too_long", lang, max=limit))
    if not value and not question.optional:
        raise Invalid(message("required", lang))
    return VALIDATORS[question.validate](value, answers, today, lang)


def _check_posted_on(posted: object, when: str, today: dt.date, lang: str) -> str:
    """Return what is wrong with ``posted_on`` (empty when nothing is)."""
    text = posted.isoformat() if isinstance(posted, dt.date) else str(posted)
    try:
        day = parse_date(text, today)
    except ValueError:
        return message("date", lang, value=text)
    if day > today:
        return message("posted_future", lang, value=day.isoformat())
    if when and day.isoformat() < when:
        return message("posted_before", lang, value=day.isoformat())
    return ""


def post_url_problem(url: object, platform: str, lang: str) -> str:
    """Return what is wrong with a link to the posted post (empty when nothing is)."""
    if platform not in PLATFORMS:
        return ""  # the platform's own problem is reported on its own
    info = platforms.PLATFORMS[platform]
    example = platforms.POST_URL_EXAMPLES.get(platform)
    if example is None:
        return t("post_url_no_link", lang, platform=info.label)
    try:
        platforms.normalize_post_url(platform, str(url))
    except ValueError:
        return t("post_url_invalid", lang, url=str(url), platform=info.label, example=example)
    return ""


def validate_answers(raw: Mapping[Any, Any], *, today: dt.date) -> dict[str, str]:
    """Validate an answers file's mapping; raise KlachtError naming every problem."""
    lang = raw.get("lang", "nl")
    problems: list[str] = []
    if lang not in LANGS:
        problems.append(message("lang", "nl"))
        lang = "nl"
    for key in raw:
        if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            problems.append(message("unknown_key", lang, value=key))
    answers: dict[str, str] = {"lang": lang}
    for question in questions():
        value = raw.get(question.name)
        if value is None:
            if question.name in REQUIRED_KEYS:
                problems.append(message("missing_key", lang, value=question.name))
                continue
            value = ""
        if isinstance(value, dt.date):
            value = value.isoformat()  # YAML reads 2026-11-20 as a date
        elif question.name == "outcome" and isinstance(value, list):
            value = ", ".join(str(v) for v in value)  # outcome: [repair, compensation]
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # an unquoted order number such as 1234567890
        if not isinstance(value, str):
            problems.append(message("not_text", lang, value=question.name))
            continue
        if question.name in REQUIRED_KEYS and not value.strip():
            # A file's empty value (``outcome: []``) is missing, never the wizard's default.
            problems.append(t("answers_required_empty", lang, name=question.name))
            continue
        try:
            answers[question.name] = validate_answer(
                question, value, answers, today=today, lang=lang
            )
        except UnknownOutcome as err:
            keys = ", ".join(f"{o} ({label('outcome', o, lang)})" for o in OUTCOMES)
            problems.append(t("answers_outcome_unknown", lang, value=err.part, keys=keys))
        except Invalid as err:
            problems.append(f"{question.name}: {err}")
    posted = raw.get("posted_on")
    if posted is not None:
        problem = _check_posted_on(posted, answers.get("when", ""), today, lang)
        if problem:
            problems.append(f"posted_on: {problem}")
        else:
            answers["posted_on"] = parse_date(str(posted), today).isoformat()
    url = raw.get("post_url")
    if url is not None:
        problem = post_url_problem(url, answers.get("platform", ""), lang)
        if problem:
            problems.append(f"post_url: {problem}")
        else:
            answers["post_url"] = platforms.normalize_post_url(answers["platform"], str(url))
    if problems:
        head = t("answers.invalid", lang)
        raise KlachtError(head + "\n" + "\n".join(f"  - {p}" for p in problems))
    return answers
