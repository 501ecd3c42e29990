"""Templates, the user's own included, run under limits: time, size, recursion, big numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from klacht.errors import TemplateError
from klacht.writing import render, sandbox

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def own_template(klacht_home: Path) -> Iterator[Path]:
    """Return the path of the user's own `nl/post.j2` (the environment is rebuilt per test)."""
    sandbox.environment.cache_clear()
    folder = klacht_home / "templates" / "nl"
    folder.mkdir(parents=True)
    yield folder / "post.j2"
    sandbox.environment.cache_clear()


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("{% for i in range(10**8) %}x{% endfor %}", "template.too_big"),
        ("{{ 'x' * 10**9 }}", "template.too_big"),
        ("{{ 9 ** 999999 }}", "template.too_big"),
        (
            "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
            "template.too_slow",
        ),
        ("{% for a in range(99999) %}{{ 'xxxxxxxxxx' }}{% endfor %}", "template.too_long"),
        ("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}", "template.too_deep"),
    ],
)
def test_runaway_template_is_a_sentence(own_template: Path, body: str, key: str) -> None:
    """A template that loops, recurses or grows without end stops with a TemplateError."""
    own_template.write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render.render_template("nl", "post", {})
    assert key in str(caught.value)
    assert "post.j2" in str(caught.value)


def test_template_not_utf8_is_a_sentence(own_template: Path) -> None:
    """A user template saved as Latin-1 is named, not a UnicodeDecodeError."""
    own_template.write_bytes("Caf\xe9 {{ 1 }}".encode("latin-1"))
    with pytest.raises(TemplateError, match=r"template\.unreadable"):
        render.render_template("nl", "post", {})
