"""`klacht spelling status|add|setup|download`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
import yaml

from fake_languagetool import FakeLanguageTool
from klacht.checks.spelling import languagetool
from klacht.cli import app
from klacht.errors import SpellcheckUnavailable
from klacht.storage.config import config_path, load_settings

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner


def saved() -> dict[str, object]:
    """Return config.yaml as written."""
    data = yaml.safe_load(config_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_status_by_default_is_embedded(runner: CliRunner) -> None:
    """With nothing set up, status names the embedded checker, Java and the download."""
    result = runner.invoke(app, ["spelling", "status"])
    assert result.exit_code == 0
    assert "embedded" in result.stdout
    assert "Java:" in result.stdout
    assert "LanguageTool gedownload: nee" in result.stdout


def test_status_reports_a_reachable_server(runner: CliRunner) -> None:
    """status asks a configured server for its languages and says it answers."""
    with FakeLanguageTool() as fake:
        assert runner.invoke(app, ["spelling", "setup", "--server", fake.url]).exit_code == 0
        result = runner.invoke(app, ["spelling", "status"])
    assert result.exit_code == 0
    assert "languagetool:server" in result.stdout
    assert "bereikbaar, 4 talen" in result.stdout


def test_add_word(runner: CliRunner, klacht_home: Path) -> None:
    """`spelling add` writes the personal dictionary, and `check` then accepts the word."""
    before = runner.invoke(app, ["check", "Mijn Fietsjefix is kapot.", "--json"]).stdout
    assert "Fietsjefix" in str(json.loads(before)["findings"])
    result = runner.invoke(app, ["spelling", "add", "Fietsjefix"])
    assert result.exit_code == 0
    assert "Fietsjefix" in result.stdout
    assert (klacht_home / "dictionary.txt").read_text(encoding="utf-8") == "Fietsjefix\n"
    checked = runner.invoke(app, ["check", "Mijn Fietsjefix is kapot.", "--json"])
    assert "Fietsjefix" not in str(json.loads(checked.stdout)["findings"])
    again = runner.invoke(app, ["spelling", "add", "Fietsjefix"])
    assert "stond al" in again.stdout


def test_add_refuses_two_words(runner: CliRunner) -> None:
    """Adding more than one word at once is bad input (exit 2)."""
    result = runner.invoke(app, ["spelling", "add", "twee woorden"])
    assert result.exit_code == 2
    assert "Fout" in result.stderr


def test_setup_server(runner: CliRunner) -> None:
    """--server records the URL and switches the other LanguageTool options off."""
    result = runner.invoke(app, ["spelling", "setup", "--server", "http://localhost:8081"])
    assert result.exit_code == 0
    assert saved()["languagetool_url"] == "http://localhost:8081"
    settings = load_settings()
    assert settings.spelling == "auto"
    assert not settings.languagetool_public_api


def test_setup_server_refuses_a_non_http_url(runner: CliRunner) -> None:
    """A server address must be http(s); anything else is refused with exit 2."""
    result = runner.invoke(app, ["spelling", "setup", "--server", "localhost:8081"])
    assert result.exit_code == 2
    assert not config_path().exists()


def test_setup_needs_exactly_one_choice(runner: CliRunner) -> None:
    """No choice, or two, is bad input."""
    assert runner.invoke(app, ["spelling", "setup"]).exit_code == 2
    assert runner.invoke(app, ["spelling", "setup", "--public", "--embedded"]).exit_code == 2


def test_setup_public_declined_changes_nothing(runner: CliRunner) -> None:
    """The public API is not switched on when the user says no, and the warning was shown."""
    result = runner.invoke(app, ["spelling", "setup", "--public"], input="n\n")
    assert "verlaat je tekst je computer" in " ".join(result.stdout.split())
    assert not config_path().exists()
    assert not load_settings().languagetool_public_api


def test_setup_public_confirmed(runner: CliRunner) -> None:
    """Saying yes records the opt-in in config.yaml."""
    result = runner.invoke(app, ["spelling", "setup", "--public"], input="j\n")
    assert result.exit_code == 0, result.output
    assert "languagetool.org" in result.stdout
    assert load_settings().languagetool_public_api is True


def test_setup_public_with_yes_flag(runner: CliRunner) -> None:
    """--yes skips the question but still says the text leaves the machine."""
    result = runner.invoke(app, ["spelling", "setup", "--public", "--yes"])
    assert result.exit_code == 0
    assert "verlaat je tekst je computer" in " ".join(result.stdout.split())
    assert load_settings().languagetool_public_api is True


def test_setup_embedded_switches_everything_off(runner: CliRunner) -> None:
    """--embedded undoes the LanguageTool choices."""
    runner.invoke(app, ["spelling", "setup", "--public", "--yes"])
    result = runner.invoke(app, ["spelling", "setup", "--embedded"])
    assert result.exit_code == 0
    settings = load_settings()
    assert (settings.spelling, settings.languagetool_public_api) == ("embedded", False)


def test_setup_local_without_java(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """--local without Java 17 is refused and nothing is saved."""
    monkeypatch.setattr(languagetool, "java_version", lambda: None)
    result = runner.invoke(app, ["spelling", "setup", "--local"])
    assert result.exit_code == 2
    assert "Java 17" in result.stderr
    assert not config_path().exists()


def test_setup_local_with_java(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """--local with Java records the choice and says the download is still needed."""
    monkeypatch.setattr(languagetool, "java_version", lambda: 21)
    result = runner.invoke(app, ["spelling", "setup", "--local"])
    assert result.exit_code == 0
    assert "klacht spelling download" in result.stdout
    assert load_settings().languagetool_local is True


def test_download_without_java(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """download refuses cleanly (exit 1) when there is no Java."""
    monkeypatch.setattr(languagetool, "java_version", lambda: None)
    result = runner.invoke(app, ["spelling", "download"])
    assert result.exit_code == 1
    assert "Java 17" in result.stderr
    assert "Traceback" not in result.output


def test_download_with_old_java(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """download names the Java version it found when that is too old."""
    monkeypatch.setattr(languagetool, "java_version", lambda: 11)
    result = runner.invoke(app, ["spelling", "download"])
    assert result.exit_code == 1
    assert "gevonden: 11" in result.stderr


def test_download_offline(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A download that fails (offline) ends with a clear message and exit 1."""
    monkeypatch.setattr(languagetool, "java_version", lambda: 17)

    def offline() -> None:
        raise SpellcheckUnavailable("Downloaden lukte niet: geen verbinding")

    monkeypatch.setattr(languagetool, "download", offline)
    result = runner.invoke(app, ["spelling", "download"])
    assert result.exit_code == 1
    assert "geen verbinding" in result.stderr
    assert "internetverbinding" in result.stderr


def test_download_refuses_with_a_fake_old_java_on_path(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real `java -version` call that reports Java 11 stops the download before it starts."""
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n", "utf-8")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", str(java.parent))
    result = runner.invoke(app, ["spelling", "download"])
    assert result.exit_code == 1
    assert "gevonden: 11" in result.stderr


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ('languagetool_public_api: "no"\n', "true of false"),
        ("languagetool_local: 1\n", "true of false"),
        ("languagetool_url: ftp://x\n", "http://"),
        ("languagetool_timeout: 0\n", "languagetool_timeout"),
        ("languagetool_timeout: .nan\n", "languagetool_timeout"),
    ],
)
def test_bad_languagetool_settings_are_refused(line: str, phrase: str) -> None:
    """A quoted "no" never opts in to the public API; unusable URLs and timeouts are refused."""
    from klacht.errors import DataFileError

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(line, encoding="utf-8")
    with pytest.raises(DataFileError, match=phrase):
        load_settings()


def test_check_json_names_languagetool_or_the_fallback(runner: CliRunner) -> None:
    """`klacht check --json` reports languagetool:server, and embedded once the server is gone."""
    import json

    with FakeLanguageTool() as fake:
        runner.invoke(app, ["spelling", "setup", "--server", fake.url])
        result = runner.invoke(app, ["check", "Mijn vlucht is geanuleerd.", "--json"])
        data = json.loads(result.stdout)
        assert data["backend"] == {"spelling": "languagetool:server"}
        assert [f["rule"] for f in data["findings"]] == ["lt.MORFOLOGIK_RULE_NL_NL"]
    result = runner.invoke(app, ["check", "Mijn vlucht is geanuleerd.", "--json"])
    data = json.loads(result.stdout)
    assert data["backend"] == {"spelling": "embedded"}
    assert [f["rule"] for f in data["findings"]] == ["spelling.unknown"]
    assert result.exit_code == 0


def test_download_against_an_unreachable_host_fails_cleanly(klacht_home: Path) -> None:
    """The real download, pointed at a dead loopback port, ends with exit 1 and a message."""
    import os
    import subprocess
    import sys

    from fake_languagetool import dead_url

    env = dict(os.environ, KLACHT_HOME=str(klacht_home))
    for name in ("RELEASE", "ARCHIVE", "NEW_RELEASES", "SNAPSHOT"):
        env[f"LTP_DOWNLOAD_HOST_{name}"] = dead_url() + "/"
    result = subprocess.run(
        [sys.executable, "-m", "klacht", "spelling", "download"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Fout:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list((klacht_home / "cache").glob("**/*.jar"))


def test_a_jar_folder_of_the_users_own_counts_as_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LTP_JAR_DIR_PATH with a server jar means LanguageTool is there."""
    (tmp_path / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path))
    assert languagetool.downloaded() == tmp_path / "languagetool-server.jar"
    monkeypatch.delenv("LTP_JAR_DIR_PATH")
    assert languagetool.downloaded() is None


def test_add_keeps_an_unreadable_dictionary(runner: CliRunner, klacht_home: Path) -> None:
    """`spelling add` on a dictionary with a bad byte names the file, exits 2, changes nothing."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    path = klacht_home / "dictionary.txt"
    path.write_bytes(b"woord1\n\xff\n")
    result = runner.invoke(app, ["spelling", "add", "nieuw"])
    assert result.exit_code == 2
    assert "dictionary.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == b"woord1\n\xff\n"


@pytest.mark.parametrize("word", ["nieuw\x1b[31m", "a/b", "foo\x07", "<b>", "../x"])
def test_add_refuses_non_word_characters(runner: CliRunner, klacht_home: Path, word: str) -> None:
    """Control characters, slashes and markup are refused in Dutch with exit 2; nothing written."""
    result = runner.invoke(app, ["spelling", "add", word])
    assert result.exit_code == 2
    assert "Fout:" in result.stderr
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "letters" in result.stderr
    assert not (klacht_home / "dictionary.txt").exists()


def test_status_with_an_unreadable_dictionary(runner: CliRunner, klacht_home: Path) -> None:
    """status says the personal dictionary cannot be read instead of counting zero words."""
    klacht_home.mkdir(parents=True, exist_ok=True)
    (klacht_home / "dictionary.txt").write_bytes(b"woord1\n\xff\n")
    result = runner.invoke(app, ["spelling", "status"])
    assert result.exit_code == 0
    assert "niet te lezen" in result.stdout


def test_status_counts_words_in_dutch(runner: CliRunner, klacht_home: Path) -> None:
    """status says 'leeg', '1 woord' and 'N woorden' as Dutch does."""
    assert "nog leeg" in runner.invoke(app, ["spelling", "status"]).stdout
    runner.invoke(app, ["spelling", "add", "Fietsjefix"])
    assert "1 woord " in runner.invoke(app, ["spelling", "status"]).stdout
    runner.invoke(app, ["spelling", "add", "Zalandu"])
    assert "2 woorden" in runner.invoke(app, ["spelling", "status"]).stdout


def test_spelling_help_lists_whole_short_helps(runner: CliRunner) -> None:
    """`spelling --help` shows each command's short help whole, not cut at an abbreviation."""
    result = runner.invoke(app, ["spelling", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "(ca." not in result.stdout
    [line] = [ln for ln in result.stdout.splitlines() if ln.strip().startswith("download")]
    assert "250 MB" in line
    assert line.rstrip().endswith("Java 17+).")


def test_check_says_so_on_stderr_when_languagetool_falls_back(runner: CliRunner) -> None:
    """`check --json` with a dead LanguageTool: clean JSON naming embedded, one note on stderr."""
    import json

    from fake_languagetool import dead_url

    assert runner.invoke(app, ["spelling", "setup", "--server", dead_url()]).exit_code == 0
    result = runner.invoke(app, ["check", "Mijn vlucht is geanuleerd.", "--json"])
    assert json.loads(result.stdout)["backend"] == {"spelling": "embedded"}
    assert result.stderr.count("LanguageTool (languagetool:server)") == 1
    assert "ingebouwde controle" in result.stderr
