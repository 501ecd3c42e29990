"""Content checks on a post: a concrete fact and a request; only when a platform is given."""

from __future__ import annotations

import pytest

from klacht.checks import check_text


def _rules(text: str, platform: str | None = "x", lang: str = "nl") -> set[str]:
    report = check_text(text, lang=lang, platform=platform, spelling=False)
    return {f.rule for f in report.findings}


def test_vague_post_gets_both_warnings() -> None:
    """A post with no fact and no request gets content.no_fact and content.no_request."""
    rules = _rules("Jullie service is echt niet goed.")
    assert {"content.no_fact", "content.no_request"} <= rules


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Op 12 oktober besteld, nog niets ontvangen. Graag terugbetaling.", "nl"),
        ("Mijn Fairphone is sinds dinsdag stuk. Kunnen jullie hem repareren?", "nl"),
        ("Ordered on 12 October, nothing arrived. Please refund me.", "en"),
    ],
)
def test_concrete_post_with_request_is_clean(text: str, lang: str) -> None:
    """A post with a date or product and a request gets no content warning."""
    assert not {r for r in _rules(text, lang=lang) if r.startswith("content.")}


def test_fact_without_request_warns_only_for_the_request() -> None:
    """A dated fact without a request gets only content.no_request."""
    rules = _rules("Mijn pakket van 3 mei is nog steeds niet bezorgd.")
    assert "content.no_request" in rules
    assert "content.no_fact" not in rules


def test_no_content_checks_without_a_platform() -> None:
    """Arbitrary text (no platform) gets no content warnings."""
    assert not {r for r in _rules("Slecht.", platform=None) if r.startswith("content.")}


def test_content_findings_are_warnings_over_the_whole_text() -> None:
    """Content findings are warnings spanning the whole post."""
    text = "Slecht geregeld."
    report = check_text(text, platform="bluesky", spelling=False)
    content = [f for f in report.findings if f.kind == "content"]
    assert content
    assert all(f.severity == "warning" and (f.start, f.end) == (0, len(text)) for f in content)
