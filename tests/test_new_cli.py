from __future__ import annotations

import json
import stat
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from factories import HANDLES
from klacht.cli import app
from klacht.model import PLATFORMS

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

LIMITS = {"x": 280, "bluesky": 300, "mastodon": 500, "threads": 500}


def answers(**extra: Any) -> dict[str, Any]:
    return {
        "company": "Bol",
        "platform": "x",
        "handle": "@bolcom",
        "what": "Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.",
        "when": "2026-11-20",
        "tried": "Op 21 november gebeld.",
        "reference": "bestelnummer 1234567890",
        "outcome": "refund",
        **extra,
    }


@pytest.fixture
def spelling_off(klacht_home: Path) -> None:
    """Switch spelling off, for tests about other things than spelling."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text("spelling: 'off'\n", encoding="utf-8")


def write(tmp_path: Path, data: object, name: str = "a.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def stored(home: Path) -> list[Path]:
    folder = home / "complaints"
    return sorted(folder.glob("*.json")) if folder.exists() else []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("platform", PLATFORMS)
def test_answers_json_for_every_platform(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, lang: str, platform: str
) -> None:
    """`new --answers --json` works for each platform and language, and saves the complaint."""
    path = write(tmp_path, answers(lang=lang, platform=platform, handle=HANDLES[platform]))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    email = {"subject"} if platform == "email" else set()
    assert set(data) == {
        "id",
        "lang",
        "platform",
        "post",
        "length",
        "limit",
        "private_message",
        "findings",
        "schedule",
        *email,
    }
    assert data["id"] == "bol-1"
    assert data["lang"] == lang
    assert data["platform"] == platform
    assert data["length"] <= data["limit"]
    if platform in LIMITS:
        assert data["limit"] == LIMITS[platform]
    if platform == "email":  # the e-mail is the private letter itself
        assert "1234567890" in data["post"]
        assert "1234567890" in data["subject"]
        assert data["private_message"] == ""
    else:
        assert "1234567890" not in data["post"]
        assert "1234567890" in data["private_message"]
    assert data["schedule"], "a follow-up schedule"
    first = data["schedule"][0]
    assert first["action"] == "reminder"
    assert first["date"] == "2026-11-26"  # posted today (23rd) + 3 days
    for finding in data["findings"]:
        assert set(finding) == {
            "kind",
            "rule",
            "severity",
            "start",
            "end",
            "text",
            "message",
            "suggestions",
        }
        assert data["post"][finding["start"] : finding["end"]] == finding["text"]
    files = stored(klacht_home)
    assert [p.name for p in files] == ["bol-1.json"]
    saved = json.loads(files[0].read_text(encoding="utf-8"))
    assert saved["post"] == data["post"]
    assert saved["events"] == [{"event": "posted", "date": "2026-11-23", "note": ""}]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600


def test_posted_on_moves_the_schedule(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """posted_on is the day the schedule counts from."""
    path = write(tmp_path, answers(posted_on="2026-11-21"))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["schedule"][0]["date"] == "2026-11-24"


def test_lang_option_wins_over_the_file(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """--lang en on the command line wins over the file's lang."""
    path = write(tmp_path, answers(lang="nl"))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["lang"] == "en"
    assert "That was on 20 November." in data["post"]


@pytest.mark.parametrize(
    ("data", "needles"),
    [
        ({"company": "Bol"}, ["'platform'", "'handle'", "'what'", "'when'", "'outcome'"]),
        (answers(platform="myspace"), ["platform:"]),
        (answers(when="2030-01-01"), ["when:", "toekomst"]),
        (answers(when="31-02"), ["when:"]),
        (answers(outcome="revenge"), ["outcome:"]),
        (answers(colour="red", mood="angry"), ["'colour'", "'mood'"]),
        (answers(handle="not a handle!"), ["handle:"]),
        (answers(lang="de"), ["lang"]),
        (["a", "list"], ["mapping"]),
    ],
)
def test_bad_answers_exit_2_and_store_nothing(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, data: object, needles: list[str]
) -> None:
    """Each problem is named on stderr, exit code 2, no traceback, nothing stored."""
    path = write(tmp_path, data)
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 2
    for needle in needles:
        assert needle in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert stored(klacht_home) == []


def test_missing_and_broken_files(runner: CliRunner, tmp_path: Path) -> None:
    """A missing answers file and invalid YAML are refused with exit 2."""
    result = runner.invoke(app, ["new", "--answers", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "bestaat niet" in result.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("company: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(broken)])
    assert result.exit_code == 2
    assert "YAML" in result.stderr


def test_yaml_tags_are_not_executed(runner: CliRunner, tmp_path: Path) -> None:
    """A python/object tag in an answers file is refused (safe_load), not run."""
    path = tmp_path / "evil.yaml"
    path.write_text("company: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2


def test_user_text_is_literal_in_output(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """Template syntax and rich markup in answers come out literally on the terminal."""
    data = answers(company="{{ 7*7 }}", what="[bold]Niet[/bold] geleverd op {{ 7*7 }} dagen.")
    path = write(tmp_path, data)
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 0, result.output
    assert "[bold]Niet[/bold] geleverd op {{ 7*7 }} dagen." in result.stdout
    assert "{{ 7*7 }}" in result.stdout
    assert " 49 " not in result.stdout


def test_numeric_reference_is_accepted(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """An unquoted order number in YAML is taken as text, and stays private."""
    path = tmp_path / "a.yaml"
    path.write_text(
        yaml.safe_dump(answers(reference=None)).replace("reference: null", "reference: 1234567890"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "1234567890" in data["private_message"]
    assert "1234567890" not in data["post"]


def test_second_complaint_gets_next_id(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """Two complaints about the same company get ids bol-1 and bol-2."""
    path = write(tmp_path, answers())
    ids = [
        json.loads(runner.invoke(app, ["new", "--answers", str(path), "--json"]).stdout)["id"]
        for _ in range(2)
    ]
    assert ids == ["bol-1", "bol-2"]


def test_json_needs_answers(runner: CliRunner) -> None:
    """--json without --answers is refused: the wizard is interactive."""
    result = runner.invoke(app, ["new", "--json"])
    assert result.exit_code == 2


def test_wizard_needs_a_terminal(runner: CliRunner) -> None:
    """Without a terminal and without --answers, klacht new explains and exits 2."""
    result = runner.invoke(app, ["new"], input="")
    assert result.exit_code == 2
    assert "--answers" in result.stderr


def test_resume_needs_a_terminal(runner: CliRunner, klacht_home: Path) -> None:
    """--resume of an existing draft without a terminal exits 2 and keeps the draft."""
    from klacht.storage.store import Store

    Store().save_draft("concept-1", "nl", {"company": "Bol"}, 1)
    result = runner.invoke(app, ["new", "--resume", "concept-1"], input="")
    assert result.exit_code == 2
    assert "--answers" in result.stderr
    assert (klacht_home / "drafts" / "concept-1.json").exists()


def test_unknown_draft(runner: CliRunner) -> None:
    """--resume with an unknown draft id exits 2."""
    result = runner.invoke(app, ["new", "--resume", "concept-9"])
    assert result.exit_code == 2
    assert "concept-9" in result.stderr


@pytest.mark.parametrize("args", [["--lang", "de"], ["--platform", "myspace"]])
def test_bad_options(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    """A bad --lang or --platform exits 2."""
    path = write(tmp_path, answers())
    result = runner.invoke(app, ["new", "--answers", str(path), *args])
    assert result.exit_code == 2


def test_unreadable_store_file_is_named(
    runner: CliRunner, tmp_path: Path, klacht_home: Path, spelling_off: None
) -> None:
    """A broken complaint file blocks nothing else but is never overwritten."""
    (klacht_home / "complaints").mkdir(parents=True)
    broken = klacht_home / "complaints" / "bol-1.json"
    broken.write_text("{oops", encoding="utf-8")
    path = write(tmp_path, answers())
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "bol-2"
    assert broken.read_text(encoding="utf-8") == "{oops"


def test_shortened_story_is_reported(runner: CliRunner, tmp_path: Path, spelling_off: None) -> None:
    """A story cut to fit X loses whole sentences and says so in an info finding."""
    story = (
        "Mijn wasmachine is op 3 november besteld en zou op 10 november worden geleverd. "
        "Er kwam niemand. Op 12 november opnieuw niemand. Mijn buurvrouw was de hele dag thuis. "
        "De chauffeur belde niet aan, maar de app zegt dat ik niet thuis was. Dat klopt niet."
    )
    path = write(tmp_path, answers(what=story, when="2026-11-10"))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    shortened = [f for f in data["findings"] if f["rule"] == "length.shortened"]
    assert len(shortened) == 1
    assert shortened[0]["severity"] == "info"
    assert data["post"][shortened[0]["start"] : shortened[0]["end"]] == shortened[0]["text"]
    assert shortened[0]["text"].endswith("Mijn buurvrouw was de hele dag thuis.")
    assert "…" not in data["post"]
    assert "Dat klopt niet." in data["private_message"]


def test_languagetool_fallback_goes_to_stderr(
    runner: CliRunner, tmp_path: Path, klacht_home: Path
) -> None:
    """A configured LanguageTool that is down is named on stderr; stdout stays clean JSON."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "config.yaml").write_text(
        "spelling: languagetool\nlanguagetool_url: http://127.0.0.1:9\nlanguagetool_timeout: 0.2\n",
        encoding="utf-8",
    )
    path = write(tmp_path, answers())
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "bol-1"
    assert "LanguageTool" in result.stderr


def test_english_answers_get_an_english_error_label(runner: CliRunner, tmp_path: Path) -> None:
    """An English answers file with a problem is reported as 'Error:', in English."""
    path = write(tmp_path, answers(lang="en", when="2030-01-01"))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Invalid answers file:")
    assert "future" in result.stderr


def test_lowercase_long_story_is_reported_as_shortened(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """A story typed without a capital is still found in the post when it was cut."""
    story = "de bezorger " + " ".join(["heeft mijn pakket weer niet gebracht"] * 10) + "."
    path = write(tmp_path, answers(what=story))
    result = runner.invoke(app, ["new", "--answers", str(path), "--json"])
    data = json.loads(result.stdout)
    found = [f for f in data["findings"] if f["rule"] == "length.shortened"]
    assert len(found) == 1
    assert found[0]["text"].startswith("De bezorger heeft")
    assert found[0]["text"].endswith("…")


def test_post_with_findings_is_printed_once(
    runner: CliRunner, tmp_path: Path, spelling_off: None
) -> None:
    """Without --json the post is shown once, in its panel, with the findings below it."""
    path = write(tmp_path, answers(what="Jullie zijn echt NOOIT bereikbaar, al weken niet."))
    result = runner.invoke(app, ["new", "--answers", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("al weken niet.") == 2  # the post, and the private message
