"""The Dutch calm check on real-world language: who a rough word is aimed at decides its level."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from klacht.checks import check_text, lexicon

if TYPE_CHECKING:
    from types import ModuleType


def _tone(text: str) -> dict[str, str]:
    """Return each tone finding's text with its worst severity."""
    report = check_text(text, lang="nl", spelling=False)
    found: dict[str, str] = {}
    for f in report.findings:
        if f.kind == "tone" and found.get(f.text) != "error":
            found[f.text] = f.severity
    return found


def _worst(text: str) -> str | None:
    report = check_text(text, lang="nl", spelling=False)
    levels = {f.severity for f in report.findings if f.kind == "tone"}
    return next((s for s in ("error", "warning", "info") if s in levels), None)


@pytest.mark.parametrize(
    "text",
    [
        "De banden van de fiets waren na een maand versleten.",
        "Ik kan jullie mail toch niet negeren?",
        "Het vliegtuig had drie uur vertraging.",
        "De klerenhanger in de kast brak af.",
        "De getuige van het ongeluk belde de politie.",
        "Het verhoor van de bezorger leverde niets op.",
        "Jullie reclame overtuigt me niet.",
        "Mijn neef is een recidief inbreker, zegt de agent.",
        "Er zat rotzooi in de leiding, de loodgieter komt morgen.",
        "Het voertuig van de monteur stond verkeerd geparkeerd.",
    ],
)
def test_words_that_merely_contain_an_insult_are_clean(text: str) -> None:
    """A prefix, a plural or another word that holds a term (versleten, negeren) is no insult."""
    assert _tone(text) == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ze scholden me in de winkel uit voor oplichter.", "oplichter"),
        ("Klootzak is ook een Nederlands woord.", "Klootzak"),
        ("Hij riep: vuile hoer!", "hoer"),
        ("Bij de kassa noemden ze mij \u2018sukkel\u2019 en lachten.", "sukkel"),
        ("Ik ben echt een sukkel, ik vergat de bon.", "sukkel"),
        ("Het was idioot duur voor zo'n klein pakket.", "idioot"),
    ],
)
def test_reported_mentioned_or_self_aimed_words_are_warnings(text: str, word: str) -> None:
    """What others shouted, a word talked about, or a name for oneself: warned, no error."""
    assert _tone(text).get(word) == "warning", _tone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dat zei ik gisteren al tegen jou, mongool.",
        "Ze zeggen het allemaal, jij vuile hoer.",
    ],
)
def test_a_name_called_at_the_reader_stays_an_error(text: str) -> None:
    """A name said to the reader (jij ..., ', mongool.') is an error even near a report."""
    assert _worst(text) == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Tering, weer geen trein.",
        "Wat een kutweer, het pakket is doorweekt.",
        "Wat een kankerweer vandaag.",
        "Ernstige verlamming en kanker op korte termijn zijn bijwerkingen.",
    ],
)
def test_a_curse_about_a_thing_is_a_warning(text: str) -> None:
    """A curse or swear word about the weather, a train or an illness insults nobody."""
    assert _worst(text) in ("warning", None)


@pytest.mark.parametrize(
    "text",
    [
        "Kankerbedrijf, altijd hetzelfde.",
        "Kanker Marokkaan.",
        "Kut communisten.",
        "Tering jullie, waar blijft mijn geld?",
        "Vuile landverraders zijn het.",
        "Krijg kanker met je abonnement.",
        "Respectloos stuk vreten aan de telefoon.",
        "Die vuile hond van de klantenservice hing op.",
        "Pleurislijers, geef me mijn geld terug.",
        "Hou je bek, ik wil mijn geld terug.",
        "Jullie kunnen opzouten met je voorwaarden.",
        "Wat een achterlijk bedrijf.",
    ],
)
def test_a_curse_or_insult_aimed_at_people_is_an_error(text: str) -> None:
    """Aimed at the company, the reader or a group of people, a curse or insult is an error."""
    assert _worst(text) == "error", _tone(text)


@pytest.mark.parametrize(
    "text",
    [
        "In die oorlog werden vrouwen verkracht en gemarteld.",
        "Ik doe niet mee aan dit achterlijke plan.",
    ],
)
def test_a_report_of_violence_or_a_judged_plan_is_no_error(text: str) -> None:
    """History told in the third person, or a harsh word about a plan, is no threat or insult."""
    assert _worst(text) != "error"


@pytest.mark.parametrize(
    "word", ["onderkruipsel", "proleet", "spleetoog", "landverraders", "gezever", "kkr"]
)
def test_new_vocabulary_is_in_the_lexicon(word: str) -> None:
    """Insults, slurs, accusations, contempt and chat curses of real posts are in tone.tsv."""
    assert lexicon.lookup(word, "nl") is not None


def test_innocent_terms_are_never_findings() -> None:
    """A word listed as innocent (kleren) stops the compound search: no klere-nhanger."""
    assert lexicon.vocabulary("nl")["kleren"].category == lexicon.INNOCENT
    assert lexicon.lookup("klerenhanger", "nl") is None
    assert lexicon.lookup("klerezooi", "nl") is not None


def _quality() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "quality_checks.py"
    spec = importlib.util.spec_from_file_location("quality_checks_nl", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quality_checks_nl"] = module
    spec.loader.exec_module(module)
    return module


def test_real_posts_outside_the_repository_list_misses_only_for_development(
    tmp_path: Path,
) -> None:
    """--real measures a folder of TSVs; only a file named *dev* keeps the rows it misses."""
    rows = "id\ttext\tlang\tlabel\n1\tIk wacht al een week op mijn pakket.\tnl\tabusive\n"
    (tmp_path / "x_dev_nl.tsv").write_text(rows, encoding="utf-8")
    (tmp_path / "x_sample_nl.tsv").write_text(rows, encoding="utf-8")
    rates = {r.name: r for r in _quality().real_rates(tmp_path)}
    dev = rates["x_dev_nl: abusive with an error"]
    frozen = rates["x_sample_nl: abusive with an error"]
    assert (dev.hits, dev.total, len(dev.wrong)) == (0, 1, 1)
    assert (frozen.hits, frozen.total, frozen.wrong) == (0, 1, ())
