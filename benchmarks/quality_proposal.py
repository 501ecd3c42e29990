"""How calm the one calmer proposal makes angry texts, and whether it keeps their facts.

For every text with an error-level tone finding (insults, threats, curses) or shouting, the
proposal is made and checked again. Figures per set: the development set
(tests/data/labelled/complaints.tsv), the frozen held-out set (heldout.tsv, never tuned on)
and the HateCheck-NL subset (hateful cases).

- calm: the proposal has no error-level tone finding left
- facts: every number of the text is still in the proposal
- doubled: the proposal has a word twice in a row that the text did not have
- emptied: nothing is left (the whole text was abuse; the wizard then asks the user to write)

A second table, "facts kept", reads tests/data/proposal/facts_{dev,frozen}.tsv: angry words
inside factual sentences, each with the facts that must survive (``|``-separated) and the
sentence a calm person would have written. Per set:

- calm: no error-level tone finding left
- facts: every listed fact is still in the proposal (dates, amounts, references, what happened)
- as written: the proposal equals the expected sentence (a proxy for "still grammatical")
- emptied: nothing is left although the row has facts

Run: ``.venv/bin/python benchmarks/quality_proposal.py`` (add ``-v`` to print each proposal).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Final

from klacht.checks import check_text
from klacht.checks.proposal import propose
from klacht.storage.config import Settings

DATA: Final = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS: Final = {
    "development (complaints.tsv)": (DATA / "labelled" / "complaints.tsv", "text", "lang"),
    "frozen (heldout.tsv)": (DATA / "labelled" / "heldout.tsv", "text", "lang"),
    "HateCheck-NL subset": (DATA / "profanity" / "hatecheck_nl_subset.tsv", "text", None),
}
_DOUBLED: Final = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
OFF: Final = Settings(spelling="off")


def _errors(text: str, lang: str) -> int:
    report = check_text(text, lang=lang, settings=OFF, spelling=False)
    return sum(1 for f in report.findings if f.kind == "tone" and f.severity == "error")


def measure(path: Path, column: str, lang_column: str | None, *, verbose: bool) -> dict[str, int]:
    """Return the counts for one set."""
    counts = {"texts": 0, "calm": 0, "facts": 0, "doubled": 0, "emptied": 0}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, lang = row[column], row[lang_column] if lang_column else "nl"
            report = check_text(text, lang=lang, settings=OFF, spelling=False)
            angry = [f for f in report.findings if f.kind == "tone" and f.severity == "error"]
            form = [f for f in report.findings if f.rule in ("tone.shouting", "tone.punctuation")]
            if not angry and not form:
                continue
            result = propose(text, report.findings, lang=lang).text
            counts["texts"] += 1
            counts["calm"] += _errors(result, lang) == 0
            counts["facts"] += all(n in result for n in re.findall(r"\d+", text))
            counts["doubled"] += bool(_DOUBLED.search(result)) and not _DOUBLED.search(text)
            counts["emptied"] += not result.strip()
            if verbose:
                sys.stdout.write(f"{text}\n  -> {result}\n")
    return counts


FACT_SETS: Final = {
    "development (facts_dev.tsv)": DATA / "proposal" / "facts_dev.tsv",
    "frozen (facts_frozen.tsv)": DATA / "proposal" / "facts_frozen.tsv",
}


def measure_facts(path: Path, *, verbose: bool) -> dict[str, int]:
    """Return the counts for one "facts kept" set."""
    counts = {"texts": 0, "calm": 0, "facts": 0, "written": 0, "emptied": 0}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, lang = row["text"], row["lang"]
            facts = [f for f in row["facts"].split("|") if f]
            report = check_text(text, lang=lang, settings=OFF, spelling=False)
            result = propose(text, report.findings, lang=lang).text
            counts["texts"] += 1
            counts["calm"] += _errors(result, lang) == 0
            counts["facts"] += all(f.lower() in result.lower() for f in facts)
            counts["written"] += " ".join(result.split()) == row["expected"]
            counts["emptied"] += bool(facts) and not result.strip()
            if verbose and " ".join(result.split()) != row["expected"]:
                sys.stdout.write(f"{text}\n  -> {result}\n  != {row['expected']}\n")
    return counts


def main() -> None:
    """Print the figures per set."""
    verbose = "-v" in sys.argv
    for name, (path, column, lang_column) in SETS.items():
        c = measure(path, column, lang_column, verbose=verbose)
        n = c["texts"] or 1
        sys.stdout.write(
            f"{name}: {c['texts']} angry or shouting texts; calm {c['calm'] / n:.0%}, "
            f"facts kept {c['facts'] / n:.0%}, doubled words {c['doubled']}, "
            f"emptied {c['emptied']}\n"
        )
    for name, path in FACT_SETS.items():
        c = measure_facts(path, verbose=verbose and "frozen" not in name)
        n = c["texts"] or 1
        sys.stdout.write(
            f"facts kept, {name}: {c['texts']} sentences; calm {c['calm'] / n:.0%}, "
            f"facts kept {c['facts'] / n:.0%}, as written {c['written'] / n:.0%}, "
            f"emptied {c['emptied']}\n"
        )


if __name__ == "__main__":
    main()
