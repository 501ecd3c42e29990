"""Quality thresholds on the labelled complaints, the private-data cases and HateCheck-NL.

The figures themselves are printed by benchmarks/quality_checks.py; here only the thresholds
of issue 3 are asserted.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType


def _load_quality() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "quality_checks.py"
    spec = importlib.util.spec_from_file_location("quality_checks", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quality_checks"] = module
    spec.loader.exec_module(module)
    return module


quality = _load_quality()


@pytest.fixture(scope="module")
def labelled() -> dict[str, float]:
    """The labelled-set rates by name."""
    return {r.name: r.value for r in quality.labelled_rates()}


def test_labelled_set_is_big_enough() -> None:
    """The labelled set has at least 200 sentences in Dutch and English."""
    text = (quality.DATA / "labelled" / "complaints.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:]]
    assert len(rows) >= 200
    assert {r[1] for r in rows} == {"nl", "en"}


@pytest.mark.parametrize("label", ["insult", "shouting", "threat"])
def test_recall_on_insults_shouting_threats(labelled: dict[str, float], label: str) -> None:
    """Recall on insults, shouting and threats is at least 0.95."""
    assert labelled[f"labelled recall {label}"] >= 0.95


def test_private_recall_on_labelled(labelled: dict[str, float]) -> None:
    """Private data in the labelled set is found (recall >= 0.98)."""
    assert labelled["labelled recall private"] >= 0.98


def test_calm_complaints_rarely_get_errors(labelled: dict[str, float]) -> None:
    """At most 2 % of calm complaints get an error-level finding."""
    assert labelled["labelled calm error-level false alarms"] <= 0.02


def test_private_data_cases() -> None:
    """On private_data_cases.tsv: recall >= 0.98 and false alarms <= 2 %."""
    recall, alarms = quality.private_rates()
    assert recall.value >= 0.98, recall.wrong
    assert alarms.value <= 0.02, alarms.wrong


def test_private_data_not_reported_when_private() -> None:
    """With public=False no privacy finding is reported on any case."""
    assert quality.private_off_rate().hits == 0


def test_hatecheck_homonyms_and_neutral_statements_get_no_errors() -> None:
    """Innocent homonyms and neutral or positive statements get no error (<= 2 %)."""
    rates = {r.name: r for r in quality.hatecheck_rates()}
    for name in (
        "hatecheck false alarms innocent homonyms",
        "hatecheck false alarms neutral statements",
        "hatecheck false alarms positive statements",
    ):
        assert rates[name].value <= 0.02, rates[name].wrong
