"""Posts and letters read like a person wrote them, for ten messy stories (nl, nl-BE, en)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from klacht.cli import app
from klacht.writing.answers import validate_answers
from klacht.writing.compose import context_from_answers, render_post, render_private, sentence
from klacht.writing.prose import ask_all, ask_detail

if TYPE_CHECKING:
    from pytest_regressions.file_regression import FileRegressionFixture
    from typer.testing import CliRunner

STORIES = Path(__file__).parent / "data" / "stories"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def signed(klacht_home: Path) -> None:
    """Spelling off and a name to sign with: these tests read the texts."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\nname: Sam de Vries\n", "utf-8")


def answers(**fields: Any) -> dict[str, str]:
    raw = {
        "company": "PostNL",
        "platform": "x",
        "handle": "@PostNL",
        "when": "2026-11-18",
        "outcome": "explanation",
        **fields,
    }
    return validate_answers(raw, today=TODAY)


@pytest.mark.parametrize("name", sorted(p.stem for p in STORIES.glob("*.yaml")))
def test_golden_stories(
    name: str, runner: CliRunner, file_regression: FileRegressionFixture
) -> None:
    """Each story's post and private message, as `new --answers F --json` writes them."""
    args = ["new", "--answers", str(STORIES / f"{name}.yaml"), "--json"]
    result = runner.invoke(app, [*args, "--calm"] if name == "04" else args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    parts = [f"== post ({data['platform']}, {data['length']}/{data['limit']})", data["post"]]
    if data.get("subject"):
        parts += ["== subject", data["subject"]]
    if data["private_message"]:
        parts += ["== private message", data["private_message"].rstrip()]
    file_regression.check("\n".join(parts) + "\n", extension=".txt")


@pytest.mark.parametrize(
    ("lang", "what", "said"),
    [
        ("nl", "mijn pakket is al 5 dagen zoek", "Het begon op 18 november."),
        ("nl-BE", "sinds 3 weken valt mijn internet elke avond uit", "Het begon op 18 november."),
        ("en", "my broadband has been down for 4 days now", "It started on 18 November."),
    ],
)
def test_a_story_still_going_on_says_when_it_began(lang: str, what: str, said: str) -> None:
    """'al 5 dagen zoek' is followed by 'Het begon op 18 november', never 'Dat was op'."""
    ctx = context_from_answers(answers(lang=lang, what=what), today=TODAY)
    post = render_post(ctx)
    assert said in post
    assert "Dat was" not in post
    assert "That was" not in post
    assert said.replace(".", " 2026.") in render_private(ctx)


def test_a_finished_event_still_says_that_was() -> None:
    """A story that is over keeps 'Dat was op 18 november'."""
    ctx = context_from_answers(
        answers(what="mijn pakket werd bij de buren afgeleverd"), today=TODAY
    )
    assert "Dat was op 18 november." in render_post(ctx)


def test_the_day_follows_the_first_sentence_of_a_long_story() -> None:
    """In a letter the day is told after the first sentence, not after the last one."""
    what = "Mijn jaarafrekening klopt niet. Ik heb een foto van de meter."
    ctx = context_from_answers(answers(what=what, platform="email", handle="a@b.nl"), today=TODAY)
    letter = render_private(ctx)
    assert (
        "Mijn jaarafrekening klopt niet. Dat was op 18 november 2026. "
        "Ik heb een foto van de meter." in letter
    )


@pytest.mark.parametrize(
    "what", ["wasmachine geleverd op de 18e maar hij lekt", "besteld op 18 nov, nooit gekomen"]
)
def test_a_day_written_short_is_not_said_twice(what: str) -> None:
    """'op de 18e' and '18 nov' name the day already: no 'Dat was op 18 november'."""
    ctx = context_from_answers(answers(what=what), today=TODAY)
    assert "18 november" not in render_post(ctx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "dit is niet normaal. de verkoper zegt niks",
            "Dit is niet normaal. De verkoper zegt niks.",
        ),
        ("NIET OKE!!! ik heb geen wasmachine", "NIET OKE!!! Ik heb geen wasmachine."),
        ("bijv. een laptop of i.p.v. de oude", "Bijv. een laptop of i.p.v. de oude."),
        ("wacht... nog steeds niks", "Wacht... nog steeds niks."),
    ],
)
def test_every_sentence_of_a_story_starts_with_a_capital(text: str, expected: str) -> None:
    """Sentences typed in lower case get their capital, but not after an abbreviation or '...'."""
    assert sentence(text) == expected


@pytest.mark.parametrize(
    ("lang", "detail", "expected"),
    [
        (
            "nl-BE",
            "het teveel betaalde bedrag van €70 terugstorten",
            "Kunt u het teveel betaalde bedrag van €70 terugstorten?",
        ),
        ("nl", "mijn abonnement opzeggen", "Kunnen jullie mijn abonnement opzeggen?"),
        ("en", "refund the £30 fee", "Could you refund the £30 fee?"),
        (
            "nl",
            "de verzendkosten",
            "Ik zou graag de verzendkosten willen. Kunnen jullie dat regelen?",
        ),
    ],
)
def test_a_request_in_own_words_becomes_a_question(lang: str, detail: str, expected: str) -> None:
    """A Dutch verb phrase becomes 'Kunt u ... terugstorten?', not 'Ik zou graag ... willen'."""
    assert ask_detail(detail, lang) == expected


def test_the_letters_ask_once_for_outcome_and_own_words() -> None:
    """The letters join the outcome and the consumer's verb phrase in one question."""
    assert ask_all("refund", "het bedrag van €70 terugstorten", "nl-BE") == (
        "Kunt u mijn geld terugbetalen en het bedrag van €70 terugstorten?"
    )
