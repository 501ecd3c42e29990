"""The registry of checkers: one protocol, disabled rules skipped before they run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from klacht.checks import check_text, phrasing, registry
from klacht.checks.registry import CheckContext, CheckerResult
from klacht.model import Finding
from klacht.storage.config import Settings

if TYPE_CHECKING:
    import pytest


@dataclass
class Spy:
    """A checker that records whether it ran."""

    family: str = "content"
    ran: list[str] = field(default_factory=list)

    def applies(self, ctx: CheckContext) -> bool:
        """Always."""
        del ctx
        return True

    def run(self, text: str, ctx: CheckContext) -> CheckerResult:
        """Record the call and find the whole text."""
        del ctx
        self.ran.append(text)
        return CheckerResult(
            (Finding("content", "content.spy", "warning", 0, len(text), text, "spy"),)
        )


def test_every_checker_family_is_listed_once() -> None:
    """The registry holds privacy, tone, length, content and spelling checkers."""
    families = {c.family for c in registry.CHECKERS}
    assert families == {"privacy", "tone", "length", "content", "spelling"}


def test_a_disabled_family_is_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A checker whose family is disabled never runs; an enabled one does."""
    spy = Spy()
    monkeypatch.setattr(registry, "CHECKERS", (spy,))
    off = check_text("Hallo.", spelling=False, settings=Settings(disabled_rules=("content",)))
    assert spy.ran == []
    assert off.findings == ()
    on = check_text("Hallo.", spelling=False)
    assert spy.ran == ["Hallo."]
    assert [f.rule for f in on.findings] == ["content.spy"]


def test_disabled_rules_are_not_given_to_the_phrasing_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The phrasing engine never sees a disabled rule: it is skipped before it runs."""
    seen: list[str] = []

    def spy_check(text: str, rules: tuple[object, ...]) -> list[Finding]:
        del text
        seen.extend(str(getattr(r, "id", "")) for r in rules)
        return []

    monkeypatch.setattr(phrasing, "check", spy_check)
    check_text("Stelletje oplichters", spelling=False, settings=Settings(disabled_rules=("tone",)))
    assert seen == []
    check_text("Stelletje oplichters", spelling=False)
    assert seen
    assert all(rid for rid in seen)


def test_shouting_rules_switch_off_one_by_one() -> None:
    """Disabling tone.shouting keeps tone.punctuation, and the other way round."""
    text = "DIT IS ECHT ONACCEPTABEL!!!"
    caps_off = check_text(
        text, spelling=False, settings=Settings(disabled_rules=("tone.shouting",))
    )
    rules = {f.rule for f in caps_off.findings}
    assert "tone.punctuation" in rules
    assert "tone.shouting" not in rules
    punct_off = check_text(
        text, spelling=False, settings=Settings(disabled_rules=("tone.punctuation",))
    )
    rules = {f.rule for f in punct_off.findings}
    assert "tone.shouting" in rules
    assert "tone.punctuation" not in rules


def test_content_checks_are_their_own_checker() -> None:
    """Content warnings come from the content checker, not from inside the length check."""
    from klacht.checks import length

    assert all(f.kind == "length" for f in length.check("Hoi", platform="x"))
    report = check_text("Hoi", platform="x", spelling=False)
    assert {"content.no_fact", "content.no_request"} <= {f.rule for f in report.findings}
    quiet = check_text(
        "Hoi", platform="x", spelling=False, settings=Settings(disabled_rules=("content",))
    )
    assert not any(f.kind == "content" for f in quiet.findings)


def test_spelling_off_reports_the_off_backend() -> None:
    """Spelling disabled as a family: the report's backend is off and there is no note."""
    report = check_text("Mijn vlucht.", settings=Settings(disabled_rules=("spelling",)))
    assert report.backend == "off"
    assert report.fallback is None
