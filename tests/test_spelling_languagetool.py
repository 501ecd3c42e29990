"""The LanguageTool adapter against a stand-in server, and its fall-backs to embedded."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fake_languagetool import FakeLanguageTool, dead_url
from klacht.checks import spelling
from klacht.checks.spelling import checksums, languagetool
from klacht.errors import SpellcheckUnavailable
from klacht.storage.config import Settings

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    """A running stand-in LanguageTool server."""
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh_limits() -> Iterator[None]:
    """Reset the public-API rate counter and any local-server state between tests."""
    languagetool._public_calls.clear()
    languagetool._local.clear()
    yield
    languagetool.stop_local()
    languagetool._public_calls.clear()
    languagetool._local.clear()


@pytest.fixture
def fake_java(tmp_path: Path, klacht_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake `java` first on PATH whose LanguageTool server is the stand-in; the pid file."""
    import fake_languagetool

    bindir = tmp_path / "bin"
    bindir.mkdir()
    pidfile = tmp_path / "pids"
    java = bindir / "java"
    java.write_text(
        fake_languagetool.FAKE_JAVA.format(
            python=sys.executable, script=fake_languagetool.__file__, pidfile=pidfile
        ),
        encoding="utf-8",
    )
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION

    jar_dir = klacht_home / "cache" / "languagetool" / f"LanguageTool-{LTP_DOWNLOAD_VERSION}"
    jar_dir.mkdir(parents=True)
    (jar_dir / "languagetool-server.jar").write_bytes(b"PK fake jar")
    checksums.record(languagetool.lt_dir(), jar_dir / "languagetool-server.jar")  # downloaded
    return pidfile


def gone(pid: int) -> bool:
    """Wait (boundedly) for a process to end; tell whether it did."""
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def server_settings(url: str, **kw: object) -> Settings:
    """Settings pointing at a self-hosted server."""
    return Settings(languagetool_url=url, languagetool_timeout=1.0, **kw)  # type: ignore[arg-type]


def test_server_findings_carry_rule_offsets_and_suggestions(fake: FakeLanguageTool) -> None:
    """A configured server's matches become spelling findings with lt.-prefixed rule ids."""
    text = "Mijn vlucht is geanuleerd."
    findings, backend, _ = spelling.check(text, lang="nl", settings=server_settings(fake.url))
    assert backend == "languagetool:server"
    [f] = findings
    assert f.rule == "lt.MORFOLOGIK_RULE_NL_NL"
    assert f.kind == "spelling"
    assert f.severity == "warning"
    assert text[f.start : f.end] == f.text == "geanuleerd"
    assert f.suggestions == ("geannuleerd", "geannuleerde")
    assert fake.behaviour.requests[-1]["language"] == "nl"


def test_offsets_after_emoji_are_converted_from_utf16(fake: FakeLanguageTool) -> None:
    """LanguageTool counts UTF-16 units; an emoji before the error must not shift the span."""
    text = "Boos 😡😡 want geanuleerd"
    findings, *_ = spelling.check(text, lang="nl", settings=server_settings(fake.url))
    assert [f.text for f in findings] == ["geanuleerd"]
    assert text[findings[0].start : findings[0].end] == "geanuleerd"


def test_belgian_dutch_is_sent_as_nl_be(fake: FakeLanguageTool) -> None:
    """lang nl-BE asks the server for Belgian Dutch and gets its rules."""
    text = "Mijn gsm-nummer staat erbij, de vlucht is geanuleerd."
    findings, backend, _ = spelling.check(text, lang="nl-BE", settings=server_settings(fake.url))
    assert backend == "languagetool:server"
    assert fake.behaviour.requests[-1]["language"] == "nl-BE"
    rules = {f.rule: f.severity for f in findings}
    assert rules == {"lt.MORFOLOGIK_RULE_NL_BE": "warning", "lt.NL_BE_LOCALE": "info"}


def test_english_grammar_and_spelling(fake: FakeLanguageTool) -> None:
    """English goes as en-US; grammar matches are warnings with their replacement."""
    text = "I did not recieve an refund."
    findings, *_ = spelling.check(text, lang="en", settings=server_settings(fake.url))
    assert fake.behaviour.requests[-1]["language"] == "en-US"
    assert [(f.text, f.suggestions[0]) for f in findings] == [
        ("recieve", "receive"),
        ("an refund", "a refund"),
    ]


def test_known_words_and_acronyms_are_not_flagged_by_languagetool(fake: FakeLanguageTool) -> None:
    """The company's name, acronyms and handles never come back as misspellings."""
    text = "Beste Bolcom en KLM, mijn vlucht is geanuleerd."
    findings, *_ = spelling.check(
        text, lang="nl", settings=server_settings(fake.url), known_words=("Bolcom",)
    )
    assert [f.text for f in findings] == ["geanuleerd"]


@pytest.mark.parametrize("status", [400, 403, 413, 429, 500, 503])
def test_http_errors_fall_back_to_embedded(fake: FakeLanguageTool, status: int) -> None:
    """A 4xx or 5xx answer makes the embedded checker run, and the result says so."""
    fake.behaviour.status = status
    findings, backend, _ = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=server_settings(fake.url)
    )
    assert backend == "embedded"
    assert [f.rule for f in findings] == ["spelling.unknown"]
    assert findings[0].suggestions[0] == "geannuleerd"


def test_slow_server_beyond_timeout_falls_back(fake: FakeLanguageTool) -> None:
    """A server slower than languagetool_timeout is given up on."""
    fake.behaviour.delay = 1.5
    settings = Settings(languagetool_url=fake.url, languagetool_timeout=0.3)
    _, backend, _ = spelling.check("Mijn vlucht is geanuleerd.", lang="nl", settings=settings)
    assert backend == "embedded"


def test_dead_port_falls_back() -> None:
    """Nothing listening at the configured URL means the embedded checker runs."""
    findings, backend, _ = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=server_settings(dead_url())
    )
    assert backend == "embedded"
    assert findings


@pytest.mark.parametrize(
    "body",
    [
        b"<html>502 Bad Gateway</html>",
        b'{"matches": [{"offset": 0',
        b'{"software": {}}',
        b'{"matches": [{"offset": "x", "length": 3}]}',
        b'{"matches": [{"offset": 9999, "length": 3, "rule": {}}]}',
        b"[]",
        b"\xff\xfe",
    ],
)
def test_malformed_answers_fall_back(fake: FakeLanguageTool, body: bytes) -> None:
    """Bad JSON, the wrong shape or offsets outside the text never crash klacht."""
    fake.behaviour.body = body
    _, backend, _ = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=server_settings(fake.url)
    )
    assert backend == "embedded"


def test_nothing_configured_means_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """auto with no server, no opt-in and no local LanguageTool never opens a connection."""

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(languagetool, "_request", boom)
    _, backend, _ = spelling.check("Mijn vlucht is geanuleerd.", lang="nl", settings=Settings())
    assert backend == "embedded"


def test_embedded_setting_ignores_a_configured_server(fake: FakeLanguageTool) -> None:
    """spelling: embedded keeps the text on the machine even when a server is set."""
    settings = Settings(spelling="embedded", languagetool_url=fake.url)
    _, backend, _ = spelling.check("Mijn vlucht is geanuleerd.", lang="nl", settings=settings)
    assert backend == "embedded"
    assert fake.behaviour.requests == []


def test_off_runs_nothing(fake: FakeLanguageTool) -> None:
    """spelling: off returns no findings and names no checker."""
    settings = Settings(spelling="off", languagetool_url=fake.url)
    assert spelling.check("geanuleerd", lang="nl", settings=settings) == ([], "off", None)
    assert fake.behaviour.requests == []


def test_public_api_only_after_opt_in(
    fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the opt-in recorded, the public API is used and named."""
    monkeypatch.setattr(languagetool, "PUBLIC_URL", fake.url + "/v2/")
    settings = Settings(languagetool_public_api=True)
    findings, backend, _ = spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)
    assert backend == "languagetool:public"
    assert [f.text for f in findings] == ["geanuleerd"]


def test_public_api_text_size_limit(
    fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text over the public API's size limit is not sent; the embedded checker runs."""
    monkeypatch.setattr(languagetool, "PUBLIC_URL", fake.url + "/v2/")
    text = "woord " * (languagetool.PUBLIC_MAX_CHARS // 6 + 1)
    _, backend, _ = spelling.check(text, lang="nl", settings=Settings(languagetool_public_api=True))
    assert backend == "embedded"
    assert fake.behaviour.requests == []


def test_public_api_rate_limit(fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the public API's requests per minute, klacht stops asking and falls back."""
    monkeypatch.setattr(languagetool, "PUBLIC_URL", fake.url + "/v2/")
    settings = Settings(languagetool_public_api=True)
    backends = [
        spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)[1]
        for _ in range(languagetool.PUBLIC_MAX_PER_MINUTE + 2)
    ]
    assert backends.count("languagetool:public") == languagetool.PUBLIC_MAX_PER_MINUTE
    assert backends[-2:] == ["embedded", "embedded"]
    assert len(fake.behaviour.requests) == languagetool.PUBLIC_MAX_PER_MINUTE


def test_local_without_java_falls_back_and_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    """languagetool_local without Java >= 17 falls back; nothing is downloaded."""
    monkeypatch.setattr(languagetool, "java_version", lambda: 11)

    def no_download() -> None:
        raise AssertionError("download started")

    monkeypatch.setattr(languagetool, "download", no_download)
    _, backend, _ = spelling.check(
        "geanuleerd", lang="nl", settings=Settings(languagetool_local=True)
    )
    assert backend == "embedded"


def test_local_not_downloaded_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """languagetool_local before `klacht spelling download` falls back to embedded."""
    monkeypatch.setattr(languagetool, "java_version", lambda: 17)
    monkeypatch.setattr(languagetool, "downloaded", lambda: None)
    _, backend, _ = spelling.check(
        "geanuleerd", lang="nl", settings=Settings(languagetool_local=True)
    )
    assert backend == "embedded"


def test_local_server_is_started_once_and_reused(
    fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once running, the local server's URL is reused for every check in the process."""
    monkeypatch.setitem(languagetool._local, "url", fake.url + "/v2/")
    settings = Settings(languagetool_local=True, languagetool_timeout=1.0)
    for _ in range(3):
        _, backend, _ = spelling.check("geanuleerd", lang="nl", settings=settings)
        assert backend == "languagetool:local"
    assert len(fake.behaviour.requests) == 3


def test_languages_endpoint(fake: FakeLanguageTool) -> None:
    """The server's language list is read from /v2/languages."""
    codes = languagetool.languages(languagetool.base_url(fake.url), timeout=1.0)
    assert {"nl", "nl-BE", "en-US", "en-GB"} <= set(codes)


def test_languages_of_a_dead_server_raise() -> None:
    """Asking a dead server for its languages raises SpellcheckUnavailable."""
    with pytest.raises(SpellcheckUnavailable):
        languagetool.languages(languagetool.base_url(dead_url()), timeout=0.5)


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://localhost:8081", "http://localhost:8081/v2/"),
        ("http://localhost:8081/", "http://localhost:8081/v2/"),
        ("https://lt.example.org/v2", "https://lt.example.org/v2/"),
        ("https://lt.example.org/v2/", "https://lt.example.org/v2/"),
    ],
)
def test_base_url(url: str, base: str) -> None:
    """Server URLs are normalised to the /v2/ base, with or without it given."""
    assert languagetool.base_url(url) == base


@pytest.mark.parametrize(
    ("lang", "code"),
    [("nl", "nl"), ("nl-NL", "nl"), ("nl-BE", "nl-BE"), ("en", "en-US"), ("en-GB", "en-GB")],
)
def test_language_codes(lang: str, code: str) -> None:
    """klacht's languages map to LanguageTool's codes."""
    assert languagetool.language_code(lang) == code


def test_java_version_parses_a_fake_java(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Java major version is read from `java -version` (old and new formats)."""
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    java = tmp_path / "java"
    for output, major in (
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_392"', 8),
    ):
        java.write_text(f"#!/bin/sh\necho '{output}' >&2\n", encoding="utf-8")
        java.chmod(0o755)
        monkeypatch.setenv("PATH", str(tmp_path))
        assert languagetool.java_version() == major
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert languagetool.java_version() is None


@pytest.mark.languagetool
def test_real_server() -> None:
    """Against a real LanguageTool (KLACHT_LT_SERVER), a Dutch typo is found with a fix."""
    url = os.environ.get("KLACHT_LT_SERVER")
    if not url:
        pytest.skip("KLACHT_LT_SERVER is not set")
    settings = Settings(languagetool_url=url, languagetool_timeout=10.0)
    findings, backend, _ = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=settings
    )
    assert backend == "languagetool:server"
    assert any(f.text == "geanuleerd" and "geannuleerd" in f.suggestions for f in findings)


def test_chat_abbreviations_are_added_to_languagetool_findings(fake: FakeLanguageTool) -> None:
    """klacht's chat-abbreviation findings join LanguageTool's, unless LanguageTool has the span."""
    text = "Ik wil zsm reactie, mijn vlucht is geanuleerd, mss morgen?"
    findings, backend, _ = spelling.check(text, lang="nl", settings=server_settings(fake.url))
    assert backend == "languagetool:server"
    assert [(f.text, f.rule) for f in findings] == [
        ("zsm", "spelling.abbreviation"),
        ("geanuleerd", "lt.MORFOLOGIK_RULE_NL_NL"),
        ("mss", "lt.NL_SIMPLE_REPLACE"),
    ]


def test_checker_chain() -> None:
    """LanguageTool comes first when configured; the embedded checker is always the last resort."""
    assert [c.name for c in spelling.checkers(Settings())] == ["embedded"]
    chain = spelling.checkers(Settings(languagetool_url="http://localhost:8081"))
    assert [c.name for c in chain] == ["languagetool:server", "embedded"]
    assert [
        c.name
        for c in spelling.checkers(Settings(spelling="embedded", languagetool_public_api=True))
    ] == ["embedded"]


def test_local_server_started_once_reused_and_stopped(fake_java: Path) -> None:
    """The local server starts on first use, serves every later check, and stops on request."""
    settings = Settings(languagetool_local=True, languagetool_timeout=2.0)
    for _ in range(3):
        findings, backend, _ = spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)
        assert backend == "languagetool:local"
        assert [f.text for f in findings] == ["geanuleerd"]
    pids = fake_java.read_text(encoding="utf-8").split()
    assert len(pids) == 1
    languagetool.stop_local()
    assert gone(int(pids[0]))


def test_local_server_does_not_outlive_klacht(fake_java: Path, klacht_home: Path) -> None:
    """A klacht process that started the local server leaves none running when it exits."""
    code = (
        "from klacht.checks import spelling; from klacht.storage.config import Settings;"
        "s = Settings(languagetool_local=True, languagetool_timeout=2.0);"
        "print(spelling.check('Vlucht geanuleerd.', lang='nl', settings=s)[1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, KLACHT_HOME=str(klacht_home)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == "languagetool:local", result.stderr
    [pid] = fake_java.read_text(encoding="utf-8").split()
    assert gone(int(pid))


def test_public_api_backs_off_after_429(
    fake: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the public API says 429 (too many requests), klacht stops asking for a while."""
    monkeypatch.setattr(languagetool, "PUBLIC_URL", fake.url + "/v2/")
    settings = Settings(languagetool_public_api=True)
    fake.behaviour.status = 429
    assert spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)[1] == "embedded"
    fake.behaviour.status = 200
    assert spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)[1] == "embedded"
    assert len(fake.behaviour.requests) == 1


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(max_size=40),
    offset=st.integers(min_value=-3, max_value=60),
    length=st.integers(min_value=-2, max_value=60),
)
def test_any_answer_gives_valid_spans_or_a_fallback(text: str, offset: int, length: int) -> None:
    """Whatever offsets a server sends, findings match their slice or the answer is refused."""
    answer = {"matches": [{"offset": offset, "length": length, "message": "x", "rule": {}}]}
    try:
        findings = languagetool.to_findings(text, answer)
    except SpellcheckUnavailable:
        return
    for f in findings:
        assert text[f.start : f.end] == f.text


def test_a_dripping_server_does_not_pass_the_deadline(fake: FakeLanguageTool) -> None:
    """A server sending a byte every 0.2 s is given up on after the overall timeout."""
    fake.behaviour.drip = 0.2
    settings = Settings(languagetool_url=fake.url, languagetool_timeout=0.5)
    start = time.monotonic()
    _, backend, note = spelling.check("Mijn vlucht is geanuleerd.", lang="nl", settings=settings)
    waited = time.monotonic() - start
    assert backend == "embedded"
    assert note
    assert waited < 5  # the body alone would take over a minute


def test_a_server_dripping_its_headers_does_not_pass_the_deadline(
    fake: FakeLanguageTool,
) -> None:
    """A server sending its status line and headers a byte every 0.1 s is given up on in time."""
    fake.behaviour.header_drip = 0.1
    settings = Settings(languagetool_url=fake.url, languagetool_timeout=0.5)
    start = time.monotonic()
    findings, backend, note = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=settings
    )
    waited = time.monotonic() - start
    assert backend == "embedded"
    assert note is not None and "traag" in note
    assert findings[0].suggestions[0] == "geannuleerd"
    assert waited < 2.5  # the headers alone take over 25 s


def test_a_server_answering_within_the_deadline_is_used(fake: FakeLanguageTool) -> None:
    """Headers dripped slowly but finished well before the deadline still count as an answer."""
    fake.behaviour.header_drip = 0.001
    settings = Settings(languagetool_url=fake.url, languagetool_timeout=5.0)
    findings, backend, _ = spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)
    assert backend == "languagetool:server"
    assert [f.text for f in findings] == ["geanuleerd"]


def test_only_a_jar_with_the_checksum_recorded_at_download_counts(klacht_home: Path) -> None:
    """A jar put in klacht's LanguageTool folder without a download record is not started."""
    folder = languagetool.lt_dir()
    jar = folder / "LanguageTool-6.4" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"planted")
    folder.chmod(0o700)
    folder.parent.chmod(0o700)
    assert languagetool.downloaded() is None
    checksums.record(folder, jar)
    assert languagetool.downloaded() == jar
    jar.write_bytes(b"swapped after the download")
    assert languagetool.downloaded() is None


def test_a_planted_jar_falls_back_without_starting_java(fake_java: Path, klacht_home: Path) -> None:
    """languagetool_local with a jar whose checksum does not match falls back; Java never runs."""
    jar = next(languagetool.lt_dir().glob("LanguageTool-*/languagetool-server.jar"))
    jar.write_bytes(b"planted")
    settings = Settings(languagetool_local=True, languagetool_timeout=2.0)
    _, backend, note = spelling.check("Vlucht geanuleerd.", lang="nl", settings=settings)
    assert backend == "embedded"
    assert note is not None and "gedownload" in note
    assert not fake_java.exists()


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b'{"matches": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"],
)
def test_deeply_nested_json_falls_back(fake: FakeLanguageTool, body: bytes) -> None:
    """A deeply nested JSON answer (RecursionError in the parser) gives way to the embedded one."""
    fake.behaviour.body = body
    findings, backend, _ = spelling.check(
        "Mijn vlucht is geanuleerd.", lang="nl", settings=server_settings(fake.url)
    )
    assert backend == "embedded"
    assert findings[0].suggestions[0] == "geannuleerd"
