"""Quality of the embedded checker on public data (tests/data/spelling, see its README).

Thresholds are the targets of issue 4; benchmarks/bench_spelling.py prints the figures.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from klacht.checks.spelling import check_embedded

DATA = Path(__file__).parent / "data" / "spelling"


def rows(name: str) -> list[dict[str, str]]:
    """Return the rows of one TSV file."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_false_positives_on_correct_dutch_words() -> None:
    """At most 2% of correct Dutch words are flagged, overall and for common words and compounds."""
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for row in rows("correct_words_nl.tsv"):
        total[row["stratum"]] += 1
        flagged[row["stratum"]] += bool(check_embedded(row["word"], lang="nl"))
    for stratum in ("common", "compound"):
        assert flagged[stratum] / total[stratum] <= 0.02, stratum
    assert sum(flagged.values()) / sum(total.values()) <= 0.02


@pytest.mark.parametrize(
    ("name", "lang", "recall", "top3"),
    [("misspellings_nl.tsv", "nl", 0.95, 0.80), ("misspellings_en.tsv", "en", 0.95, 0.80)],
)
def test_recall_and_top3(name: str, lang: str, recall: float, top3: float) -> None:
    """Misspellings are caught (recall) and the correction is among the first three."""
    data = rows(name)
    found = hits = 0
    for row in data:
        right = {row["correction"], *row["alternatives"].split("|")}
        findings = check_embedded(row["wrong"], lang=lang)
        found += bool(findings)
        hits += bool(findings) and any(s in right for s in findings[0].suggestions[:3])
    assert found / len(data) >= recall
    assert hits / len(data) >= top3
