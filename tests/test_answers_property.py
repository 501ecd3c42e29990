"""Property: any answers file either stores a complaint holding its values exactly, or nothing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from klacht.cli import app

BASE = {
    "company": "Bol",
    "platform": "x",
    "handle": "@bolcom",
    "what": "Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.",
    "when": "2026-11-20",
    "outcome": "refund",
}
# What people type: words, numbers that look like YAML 1.1 octals, times, hex, booleans.
plain = st.from_regex(r"[0-9A-Za-z][0-9A-Za-z:._+#-]{0,13}", fullmatch=True)
words = (
    st.text(
        st.characters(categories=["L", "N", "P", "Zs"], exclude_characters="\u2028\u2029\x85"),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(lambda v: v[:1].isalnum())  # klacht drops a reference of only punctuation
)  # ';' alone is no answer


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    key=st.sampled_from(["reference", "impact", "tried", "company"]),
    value=st.one_of(plain, words),
    quoted=st.booleans(),
)
def test_answers_are_stored_exactly_or_not_at_all(
    tmp_path: Path, key: str, value: str, quoted: bool
) -> None:
    """A value typed plain or quoted is stored as typed (white space folded), or not at all."""
    home = Path(tempfile.mkdtemp(dir=tmp_path)) / "home"
    typed = json.dumps(value, ensure_ascii=False) if quoted else value
    lines = [f"{k}: {json.dumps(v)}" for k, v in BASE.items() if k != key]
    path = home.with_suffix(".yaml")
    path.write_text("\n".join([*lines, f"{key}: {typed}"]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["new", "--answers", str(path), "--json"], env={"KLACHT_HOME": str(home)}
    )
    folder = home / "complaints"
    files = sorted(folder.glob("*.json")) if folder.exists() else []
    if result.exit_code != 0:
        assert result.exit_code == 2, result.output
        assert files == []
        return
    assert len(files) == 1
    stored = json.loads(files[0].read_text(encoding="utf-8"))
    assert stored[key] == " ".join(value.split())  # klacht folds runs of white space, no more
