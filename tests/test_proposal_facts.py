"""The calmer proposal keeps a factual sentence: only the insulting words go, the facts stay."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from klacht.checks import check_text
from klacht.checks.proposal import propose
from klacht.cli import app
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from typer.testing import CliRunner

OFF = Settings(spelling="off")
DATA = Path(__file__).parent / "data" / "proposal"
FROZEN_SHA256 = "09f91a7fbb14181236971188b504bec935e63a73b7adbb3f983d2e72a6d33776"


def calmer(text: str, lang: str = "nl") -> str:
    report = check_text(text, lang=lang, settings=OFF, spelling=False)
    return propose(text, report.findings, lang=lang).text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Die idioten van jullie hebben op 3 november mijn pakket kwijtgemaakt.",
            "Jullie hebben op 3 november mijn pakket kwijtgemaakt.",
        ),
        ("nl", "Die debiele medewerker hing op.", "Die medewerker hing op."),
        (
            "nl",
            "Die klootzak aan de telefoon zei dat ik 30 dagen moest wachten.",
            "Die medewerker aan de telefoon zei dat ik 30 dagen moest wachten.",
        ),
        (
            "nl",
            "De klantenservice, stelletje oplichters, rekende mij 45 euro te veel aan.",
            "De klantenservice rekende mij 45 euro te veel aan.",
        ),
        ("nl", "Mijn kutpakket is al 2 weken onderweg.", "Mijn pakket is al 2 weken onderweg."),
        (
            "nl",
            "Dat oplichtersbedrijf heeft op 6 mei 19,99 euro afgeschreven.",
            "Dat bedrijf heeft op 6 mei 19,99 euro afgeschreven.",
        ),
        (
            "nl-BE",
            "Jullie kloteservice heeft mijn aanvraag van 10 januari verloren.",
            "Jullie service heeft mijn aanvraag van 10 januari verloren.",
        ),
        (
            "en",
            "Your useless idiots lost my parcel on 3 November.",
            "Your employees lost my parcel on 3 November.",
        ),
        (
            "en",
            "That idiot on the phone said I had to wait 30 days.",
            "That employee on the phone said I had to wait 30 days.",
        ),
        (
            "en",
            "Your support desk, a bunch of morons, closed my case 5521.",
            "Your support desk closed my case 5521.",
        ),
    ],
)
def test_an_insult_inside_a_factual_sentence_leaves_the_sentence(
    lang: str, text: str, expected: str
) -> None:
    """Only the insult goes (or a neutral word takes its place): date, amount and deed stay."""
    assert calmer(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dat wijf bij de kassa weigerde mijn bon.",
            "Die medewerker bij de kassa weigerde mijn bon.",
        ),
        (
            "Een sukkel van de webcare sloot mijn vraag.",
            "Een medewerker van de webcare sloot mijn vraag.",
        ),
    ],
)
def test_a_neutral_noun_takes_the_determiner_it_needs(text: str, expected: str) -> None:
    """'dat wijf' becomes 'die medewerker' (a de-word), and a sentence's first 'Een' stays."""
    assert calmer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jullie zijn idioten, mijn pakket is al 5 dagen te laat.",
            "Mijn pakket is al 5 dagen te laat.",
        ),
        ("Stelletje idioten! Mijn pakket is zoek.", "Mijn pakket is zoek."),
        ("Wat een kutbedrijf is KPN, weer geen internet.", "Weer geen internet."),
    ],
)
def test_a_predicate_or_exclamation_still_goes_as_a_clause(text: str, expected: str) -> None:
    """A predicate, a vocative or 'wat een ...' gets no neutral word: the clause goes."""
    result = calmer(text)
    assert "medewerker" not in result
    assert result.endswith(expected)


def test_a_comparison_with_an_insult_goes_with_its_als() -> None:
    """'als een idioot' goes whole: 'Ik ben 3 uur in de wacht gezet', not 'als een 3 uur'."""
    assert calmer("Ik ben als een idioot 3 uur in de wacht gezet.") == (
        "Ik ben 3 uur in de wacht gezet."
    )


def test_a_curse_is_not_turned_into_a_person() -> None:
    """'Krijg de tering' is a curse, not a person: it never becomes 'de medewerker'."""
    assert "medewerker" not in calmer("Krijg allemaal de tering met jullie voorwaarden.")


def test_a_compound_that_is_all_insult_keeps_nothing_of_it() -> None:
    """'kutwijf' has no neutral head to keep: the word does not become 'wijf'."""
    assert "wijf" not in calmer("Dat kutwijf aan de balie gaf mij 20 euro te weinig terug.")


def test_check_json_proposal_keeps_the_facts(runner: CliRunner) -> None:
    """`klacht check --json` proposes the sentence with its date and deed, and it is calm."""
    text = "Die idioten van jullie hebben op 3 november mijn pakket kwijtgemaakt."
    result = runner.invoke(app, ["check", text, "--json"])
    proposal = json.loads(result.output)["proposal"]
    assert proposal == "Jullie hebben op 3 november mijn pakket kwijtgemaakt."
    again = json.loads(runner.invoke(app, ["check", proposal, "--json"]).output)
    assert not [f for f in again["findings"] if f["kind"] == "tone" and f["severity"] == "error"]


def test_calm_answers_keep_what_happened(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """`new --answers F --calm` stores the story with its facts, without the insult."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")
    answers = {
        "company": "PostNL",
        "platform": "x",
        "handle": "@PostNL",
        "what": "Die debiele bezorger heeft mijn pakket op 3 november bij de buren gegooid.",
        "when": "2026-11-03",
        "outcome": "explanation",
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(answers), encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path), "--calm", "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(runner.invoke(app, ["show", "postnl-1", "--json"]).output)
    assert shown["what"] == "Die bezorger heeft mijn pakket op 3 november bij de buren gegooid."
    assert "debiele" not in json.loads(result.output)["post"]


def test_frozen_facts_set_is_unchanged() -> None:
    """The frozen facts-kept set is measured, never tuned on: its hash is pinned."""
    digest = hashlib.sha256((DATA / "facts_frozen.tsv").read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256


def test_development_facts_set_keeps_every_fact() -> None:
    """On the development set, every listed fact survives and nothing is left angry."""
    with (DATA / "facts_dev.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        result = calmer(row["text"], row["lang"])
        facts = [f for f in row["facts"].split("|") if f]
        assert all(f.lower() in result.lower() for f in facts), (row["text"], result)
        report = check_text(result, lang=row["lang"], settings=OFF, spelling=False)
        assert not [f for f in report.findings if f.kind == "tone" and f.severity == "error"]
