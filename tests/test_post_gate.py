"""Every way out of the post screen that publishes or copies asks about remaining errors first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from klacht.screens import effects
from test_wizard import BASIC, run

if TYPE_CHECKING:
    import pytest

RISKY = "Bel me op 0612345678, mijn wasmachine is niet geleverd."
KEEP_PUBLIC = [*BASIC[:4], RISKY, *BASIC[5:], "n"]  # n: keep the number in the public text
ASKED = "Toch zo gebruiken?"


def record(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the browser and the clipboard; return what reached either."""
    reached: list[str] = []

    def keep(text: str) -> bool:
        reached.append(text)
        return True

    monkeypatch.setattr(effects, "open_url", keep)
    monkeypatch.setattr(effects, "copy_to_clipboard", keep)
    return reached


def test_open_in_browser_with_errors_asks_and_a_no_opens_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """[p]laatsen with a phone number in the post asks first; no keeps the browser closed."""
    reached = record(monkeypatch)
    script = [*KEEP_PUBLIC, "h", "p", "n", "b", "Mijn wasmachine is niet geleverd.", "a", "a", "n"]
    result, prompter, _ = run(script)
    assert sum(ASKED in p for p in prompter.asked) == 1
    assert reached == []
    assert "0612345678" not in result.post


def test_open_in_browser_after_a_yes_opens_and_accept_asks_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A yes opens the compose page; accepting the same post afterwards is not asked again."""
    reached = record(monkeypatch)
    result, prompter, _ = run([*KEEP_PUBLIC, "h", "p", "j", "a", "a", "n"])
    assert sum(ASKED in p for p in prompter.asked) == 1
    assert len(reached) == 1
    assert "0612345678" in reached[0]
    assert "0612345678" in result.post


def test_copy_with_errors_asks_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """[k]opiëren with a phone number in the post asks first; no copies nothing."""
    reached = record(monkeypatch)
    _, prompter, _ = run([*KEEP_PUBLIC, "h", "k", "n", "a", "j", "a", "n"])
    assert reached == []
    assert sum(ASKED in p for p in prompter.asked) == 2  # the copy, then the accept


def test_a_clean_post_is_copied_and_opened_without_a_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without errors nothing is asked: copy and open go straight through."""
    reached = record(monkeypatch)
    _, prompter, _ = run([*BASIC, "k", "p", "a", "a", "n"])
    assert len(reached) == 2
    assert not any(ASKED in p for p in prompter.asked)
