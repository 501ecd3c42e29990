"""How often ``klacht reply`` names the right kind of answer, and how fast it reads one.

Run: ``.venv/bin/python benchmarks/quality_reply.py`` (add ``-v`` to list the misses).
The development set (``tests/data/replies/dev.tsv``) is the one the reply rules were tuned on;
the frozen set was written first and is only measured. Per set: accuracy overall, per language
and per kind, then the time per answer next to an anchor in the same run: Python's ``re``
searching the same texts for one literal, the least any rule engine can do.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Final

from klacht.followup.reply import classify

DATA: Final = Path(__file__).resolve().parent.parent / "tests" / "data" / "replies"


def rows(name: str) -> list[dict[str, str]]:
    """Return the labelled answers of one set."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def measure(name: str, *, verbose: bool) -> None:
    """Print accuracy (overall, per language, per kind) and speed for one set."""
    data = rows(name)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for r in data:
        got = classify(r["text"], lang=r["lang"], source=r["from"]).kind
        for key in ("all", r["lang"], r["kind"]):
            total[key] += 1
            right[key] += got == r["kind"]
        if verbose and got != r["kind"]:
            sys.stdout.write(f"  miss: {r['lang']} {r['kind']} -> {got}: {r['text']}\n")
    line = " ".join(f"{k}={right[k]}/{total[k]}" for k in sorted(total) if k != "all")
    acc = right["all"] / total["all"]
    sys.stdout.write(f"{name}: {right['all']}/{total['all']} = {acc:.1%}  ({line})\n")
    start = time.perf_counter()
    for r in data:
        classify(r["text"], lang=r["lang"], source=r["from"])
    ours = (time.perf_counter() - start) / len(data)
    needle = re.compile(r"\bdm\b", re.IGNORECASE)
    start = time.perf_counter()
    for r in data:
        needle.search(r["text"])
    anchor = (time.perf_counter() - start) / len(data)
    sys.stdout.write(
        f"  speed: {ours * 1e6:.0f} µs per answer (anchor re.search: {anchor * 1e6:.1f} µs)\n"
    )


def main() -> None:
    """Measure both sets."""
    verbose = "-v" in sys.argv
    classify("warm-up", lang="nl")
    classify("warm-up", lang="en")
    for name in ("dev.tsv", "frozen.tsv"):
        measure(name, verbose=verbose)


if __name__ == "__main__":
    main()
