"""Build the Dutch real posts from IMSyPP-NL (a maintainer script, run once; nothing committed).

Run: ``KLACHT_REAL_DATA=DIR python scripts/build_imsypp_nl.py EVALUATION_CSV`` with
``EVALUATION_CSV`` = ``IMSyPP_NL_evaluation.csv`` from textgain/IMSyPP-DATA at commit
435c4831cbc8001554e358862674345d208a73a1 (2,858 Dutch and Flemish comments, each labelled by
at least two annotators). ``offensive`` and ``violent`` become ``abusive``, ``appropriate``
becomes ``not``; ``inappropriate`` (untargeted swearing) is left out. The source's
``-*-*-*-`` placeholder for mentions and links is removed, whitespace runs folded, HTML entities
decoded and duplicates dropped. 500 abusive and 500 not-offensive rows, drawn with
``random.Random(20261202)``, are the frozen sample ``DIR/frozen/imsypp_sample_nl.tsv``
(measured, never tuned on); every other row is the development set
``DIR/labelled/imsypp_dev_nl.tsv``. The script prints the SHA-256 of both files.
"""

from __future__ import annotations

import csv
import hashlib
import html
import os
import random
import re
import sys
from pathlib import Path

LABEL = {"0. appropriate": "not", "2. offensive": "abusive", "3. violent": "abusive"}
SEED = 20261202
PER_LABEL = 500


def rows(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Return the cleaned, deduplicated (id, text, label) rows: abusive ones, then the others."""
    seen: set[str] = set()
    abusive: list[tuple[str, str, str]] = []
    harmless: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            label = LABEL.get(row["type"])
            if label is None:
                continue
            text = re.sub(r"\s+", " ", html.unescape(row["doc"]).replace("-*-*-*-", " ")).strip()
            if not text or text in seen:
                continue
            seen.add(text)
            (abusive if label == "abusive" else harmless).append(
                (f"imsypp-nl-eval-{i}", text, label)
            )
    return abusive, harmless


def write(path: Path, picked: list[tuple[str, str, str]]) -> None:
    """Write ``picked`` in source order as id, text, lang, label; print its SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    picked = sorted(picked, key=lambda r: int(r[0].rsplit("-", 1)[1]))
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("id\ttext\tlang\tlabel\n")
        for id_, text, label in picked:
            f.write(f"{id_}\t{text}\tnl\t{label}\n")
    print(path, hashlib.sha256(path.read_bytes()).hexdigest())


def main(argv: list[str]) -> None:
    """Write the frozen sample and the development rows."""
    root = Path(os.environ["KLACHT_REAL_DATA"])
    abusive, harmless = rows(Path(argv[0]))
    rng = random.Random(SEED)
    frozen = rng.sample(abusive, PER_LABEL) + rng.sample(harmless, PER_LABEL)
    chosen = {r[0] for r in frozen}
    write(root / "frozen" / "imsypp_sample_nl.tsv", frozen)
    write(
        root / "labelled" / "imsypp_dev_nl.tsv",
        [r for r in abusive + harmless if r[0] not in chosen],
    )


if __name__ == "__main__":
    main(sys.argv[1:])
