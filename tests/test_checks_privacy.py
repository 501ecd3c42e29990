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
        "Stort terug op NL91ABNA04171643.",  # too short for a Dutch account
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


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("Mail naar naam at gmail punt com", "privacy.email", "naam at gmail punt com"),
        ("Mail j.jansen(at)hotmail(dot)nl", "privacy.email", "j.jansen(at)hotmail(dot)nl"),
        ("Mail piet [at] ziggo [punt] nl", "privacy.email", "piet [at] ziggo [punt] nl"),
        (
            "Mail karin.bakker apenstaartje outlook.com",
            "privacy.email",
            "karin.bakker apenstaartje outlook.com",
        ),
        ("Ik ben geboren op 14-03-1985.", "privacy.birth_date", "14-03-1985"),
        ("Mijn geboortedatum 1-1-1962 klopt niet.", "privacy.birth_date", "1-1-1962"),
        ("geb. 12/08/1990", "privacy.birth_date", "12/08/1990"),
        ("mijn geboortedatum (3 maart 1979)", "privacy.birth_date", "3 maart 1979"),
        ("Mijn kenteken GX-123-B.", "privacy.plate", "GX-123-B"),
        ("De auto met 12-ABC-3 is weg.", "privacy.plate", "12-ABC-3"),
        ("Kenteken JF847V is weggesleept.", "privacy.plate", "JF847V"),
        ("Mijn nummerplaat 1-ABC-123.", "privacy.plate", "1-ABC-123"),
        ("Rijksregisternummer 85.07.30-033.28", "privacy.national_number", "85.07.30-033.28"),
        ("Bel mij op 03 234 56 78.", "privacy.phone", "03 234 56 78"),
        (
            "Ik woon Grote Markt 5 bus 2, 2000 Antwerpen.",
            "privacy.address",
            "Grote Markt 5 bus 2, 2000 Antwerpen",
        ),
        ("Kaart 4111 1111 1111 1111 belast.", "privacy.card", "4111 1111 1111 1111"),
        ("Paspoort NW3F12345 afgekeurd.", "privacy.passport", "NW3F12345"),
        ("BSN 23 45 67 892 staat fout.", "privacy.bsn", "23 45 67 892"),
        ("Bel 06-99833420.", "privacy.phone", "06-99833420"),
        ("Bel +31 6 7834 4876.", "privacy.phone", "+31 6 7834 4876"),
        ("Stort op BE60 9990 0000 0070.", "privacy.iban", "BE60 9990 0000 0070"),
    ],
)
def test_issue_examples_are_found(text: str, rule: str, span: str) -> None:
    """Every messy form the issue lists is found, with the exact span."""
    found = _privacy(text, lang="nl-BE" if "Antwerpen" in text else "nl")
    assert found.get(rule) == span


@pytest.mark.parametrize(
    "text",
    [
        "Jullie klantenservice op 088 - 123 4567 neemt nooit op",
        "KvK 12345678 staat op de factuur.",
        "EAN 8711234567890 op de doos.",
        "serienummer 0612345678 van de router",
        "model RX-100-V is stuk",
        "vlucht KL1775 en trein 3547 vielen uit",
        "Ik betaalde € 1.299,00 op 06-11-2026.",
        "Mail klantenservice@bol.com of info at example dot com",
    ],
)
def test_company_numbers_and_things_are_left_alone(text: str) -> None:
    """The company's own numbers, firm and product codes, trips, amounts and dates pass."""
    assert not _privacy(text)


def test_new_kinds_are_errors_only_in_public() -> None:
    """Dates of birth, plates and cards are errors in public and nothing with --private."""
    text = "geboren op 14-03-1985, kenteken GX-123-B, kaart 4111 1111 1111 1111"
    report = check_text(text, spelling=False)
    assert {f.severity for f in report.findings if f.kind == "privacy"} == {"error"}
    assert len(_privacy(text)) == 3
    assert not _privacy(text, public=False)
