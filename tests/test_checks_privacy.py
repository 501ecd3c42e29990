"""Private data in public texts: found with the field's validators, only when public."""

from __future__ import annotations

import pytest

from klacht.checks import check_text


def _privacy(text: str, *, public: bool = True, lang: str = "nl") -> dict[str, str]:
    report = check_text(text, lang=lang, spelling=False, public=public)
    return {f.rule: f.text for f in report.findings if f.kind == "privacy"}


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("Mijn BSN is 111222333.", "privacy.bsn", "111222333"),
        ("BSN 1112.22.333 graag.", "privacy.bsn", "1112.22.333"),
        ("Stort terug op NL91ABNA0417164300.", "privacy.iban", "NL91ABNA0417164300"),
        ("Stort terug op NL91 ABNA 0417 1643 00 a.u.b.", "privacy.iban", "NL91 ABNA 0417 1643 00"),
        ("Rekening BE71 0961 2345 6769.", "privacy.iban", "BE71 0961 2345 6769"),
        ("Bel 06-12345678.", "privacy.phone", "06-12345678"),
        ("Bel +32 470 12 34 56.", "privacy.phone", "+32 470 12 34 56"),
        ("Mail jan@example.org.", "privacy.email", "jan@example.org"),
        ("Naar 2511 CV 12 graag.", "privacy.postcode", "2511 CV 12"),
        ("Ik woon op de Dorpsstraat 14.", "privacy.address", "Dorpsstraat 14"),
        ("Klantnummer 40221875 wacht.", "privacy.reference", "40221875"),
        ("Order number 1029384756 is late.", "privacy.reference", "1029384756"),
    ],
)
def test_private_data_is_found(text: str, rule: str, span: str) -> None:
    """Each kind of private data is an error with the exact span."""
    found = _privacy(text)
    assert found.get(rule) == span


@pytest.mark.parametrize(
    "text",
    [
        "Mijn BSN is 111222334.",  # fails the 11-proof
        "Stort terug op NL91ABNA0417164301.",  # mod 97 fails
        "Ik heb 0800-0123 al tien keer gebeld.",  # service line
        "Zie @NS_online of @ns@mastodon.nl",
        "Het bestand was 1500 MB groot.",
        "Ik betaalde op 20-11-2026 € 123.456,00.",
        "Al 14 dagen wachten op 1 pakket.",
        "Om 14:06 belde ik, en om 06:30 weer.",
    ],
)
def test_near_misses_are_not_private(text: str) -> None:
    """Numbers that only look private (bad checksums, dates, service lines) pass."""
    assert not _privacy(text)


def test_private_text_reports_nothing() -> None:
    """With public=False (a private message) private data is not reported."""
    text = "BSN 111222333, IBAN NL91ABNA0417164300, bel 06-12345678, jan@example.org"
    assert len(_privacy(text)) == 4
    assert not _privacy(text, public=False)


def test_privacy_is_an_error_with_advice_in_the_users_language() -> None:
    """The message says to move it to the private message, in Dutch or English."""
    nl = check_text("Bel 06-12345678.", lang="nl", spelling=False).findings
    en = check_text("Call 06-12345678.", lang="en", spelling=False).findings
    assert [f.severity for f in nl if f.kind == "privacy"] == ["error"]
    assert "privébericht" in next(f.message for f in nl if f.kind == "privacy")
    assert "private message" in next(f.message for f in en if f.kind == "privacy")


def test_no_tone_finding_inside_private_data() -> None:
    """A reference like 'ZK-ABCD-1187' is privacy, not shouting."""
    report = check_text("Dossiernummer ZAAK-KLACHT-1187 staat open.", spelling=False)
    rules = {f.rule for f in report.findings}
    assert "privacy.reference" in rules
    assert "tone.shouting" not in rules
