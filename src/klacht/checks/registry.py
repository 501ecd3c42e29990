"""One registry of checkers: every check on a text implements ``Checker`` and is listed here.

``check_text`` (in ``klacht.checks``) runs them in order. A checker whose whole family is
disabled is not run at all, and a checker made of rules (the phrasing packs, shouting) skips
each disabled rule before running it, through ``CheckContext.enabled``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Protocol

from klacht.checks import content, length, phrasing, privacy, shouting, vocabulary
from klacht.checks import spelling as spelling_mod
from klacht.checks.rules import load_rules
from klacht.model import base_lang
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from klacht.model import Finding


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What every checker may know about the text it checks."""

    lang: str = "nl"
    """The text's language (``nl``, ``nl-BE``, ``en``)."""
    platform: str | None = None
    """The platform of a post; None for any other text (no length or content checks)."""
    settings: Settings = field(default_factory=Settings)
    """The user's settings (disabled rules, spelling backend)."""
    public: bool = True
    """A public post: private data in it is an error."""
    spelling: bool = True
    """Whether the caller wants spelling checked at all."""
    known_words: tuple[str, ...] = ()
    """The company's name, the handle: never misspelt."""
    messages_lang: str = ""
    """The language messages are in, region kept (``nl-BE``: nummerplaat); "" is ``lang``."""

    @property
    def base_lang(self) -> str:
        """Return ``nl`` or ``en``: the language of the rule packs (nl-BE reads nl's)."""
        return base_lang(self.lang)

    def enabled(self, rule: str) -> bool:
        """Tell whether ``rule`` (an id or a family prefix) is not switched off."""
        return not any(rule == d or rule.startswith(d + ".") for d in self.settings.disabled_rules)


@dataclass(frozen=True, slots=True)
class CheckerResult:
    """What one checker found, and (spelling only) which backend ran and why it fell back."""

    findings: tuple[Finding, ...] = ()
    backend: str | None = None
    """The spelling checker that ran; None for checkers that are not spelling."""
    fallback: str | None = None
    """A note for the user when a configured LanguageTool did not answer."""


class Checker(Protocol):
    """One family of checks on a text."""

    @property
    def family(self) -> str:
        """Return the rule-id prefix of every finding (``tone``, ``privacy``, ``spelling``…)."""
        ...

    def applies(self, ctx: CheckContext) -> bool:
        """Tell whether this checker runs at all for ``ctx``."""
        ...

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the findings on ``text``."""
        ...


class PrivacyChecker:
    """Private data (BSN, IBAN, phone, address…) in a public text."""

    __slots__ = ()
    family: Final = "privacy"

    def applies(self, ctx: CheckContext) -> bool:
        """Only a public text."""
        return ctx.public

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return an error per piece of private data."""
        return CheckerResult(tuple(privacy.check(text, lang=ctx.messages_lang or ctx.lang)))


class PhrasingChecker:
    """The YAML rule packs (built-in and the user's): tone, phrasing."""

    __slots__ = ()
    family: Final = "tone"

    def applies(self, ctx: CheckContext) -> bool:
        """Always (each disabled rule is skipped on its own)."""
        del ctx
        return True

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the findings of every enabled rule.

        Raises:
            DataFileError: a rule pack (built-in or the user's) is invalid.
        """
        rules = tuple(r for r in load_rules(ctx.base_lang) if ctx.enabled(r.id))
        return CheckerResult(tuple(phrasing.check(text, rules)))


class VocabularyChecker:
    """Insults, swear words and curses from the vocabulary, disguised or not; rude emoji."""

    __slots__ = ()
    family: Final = "tone"

    def applies(self, ctx: CheckContext) -> bool:
        """When any of its rules is enabled."""
        rules = (*vocabulary.RULES.values(), vocabulary.EMOJI_RULE, vocabulary.ANGER_RULE)
        return any(ctx.enabled(r) for r in rules)

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the vocabulary findings of the enabled rules."""
        found = vocabulary.check(text, lang=ctx.lang)
        return CheckerResult(tuple(f for f in found if ctx.enabled(f.rule)))


class ShoutingChecker:
    """Capitals and piles of punctuation."""

    __slots__ = ()
    family: Final = "tone"

    def applies(self, ctx: CheckContext) -> bool:
        """When shouting or punctuation is enabled."""
        return ctx.enabled(shouting.CAPS_RULE) or ctx.enabled(shouting.PUNCT_RULE)

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the shouting findings of the enabled rules."""
        found = shouting.check(
            text,
            lang=ctx.lang,
            caps=ctx.enabled(shouting.CAPS_RULE),
            punct=ctx.enabled(shouting.PUNCT_RULE),
        )
        return CheckerResult(tuple(found))


class LengthChecker:
    """A post's length against its platform's limit and target."""

    __slots__ = ()
    family: Final = "length"

    def applies(self, ctx: CheckContext) -> bool:
        """Only a post (a platform is given)."""
        return ctx.platform is not None

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the length finding, if any."""
        assert ctx.platform is not None  # noqa: S101 -- applies() said so
        return CheckerResult(tuple(length.check(text, platform=ctx.platform, lang=ctx.lang)))


class ContentChecker:
    """Does a post name a fact and a request?"""

    __slots__ = ()
    family: Final = "content"

    def applies(self, ctx: CheckContext) -> bool:
        """Only a post (a platform is given)."""
        return ctx.platform is not None

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the content warnings of the enabled rules."""
        found = content.check(text, lang=ctx.lang)
        return CheckerResult(tuple(f for f in found if ctx.enabled(f.rule)))


class SpellingChecker:
    """LanguageTool when configured and answering, else the embedded checker."""

    __slots__ = ()
    family: Final = "spelling"

    def applies(self, ctx: CheckContext) -> bool:
        """When the caller and the settings want spelling."""
        return ctx.spelling and ctx.settings.spelling != "off"

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Return the spelling findings, the backend that ran and any fallback note."""
        result = spelling_mod.check(
            text, lang=ctx.lang, settings=ctx.settings, known_words=ctx.known_words
        )
        return CheckerResult(tuple(result.findings), result.backend, result.fallback)


CHECKERS: Final[tuple[Checker, ...]] = (
    PrivacyChecker(),
    PhrasingChecker(),
    VocabularyChecker(),
    ShoutingChecker(),
    LengthChecker(),
    ContentChecker(),
    SpellingChecker(),
)
"""Every checker, in the order they run."""
