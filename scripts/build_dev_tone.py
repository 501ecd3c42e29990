"""Build the tone development sets in ``tests/data/labelled/`` (a maintainer script, run once).

Run: ``python scripts/build_dev_tone.py OLID_TRAINING_TSV DAVIDSON_CSV`` with

- ``OLID_TRAINING_TSV``: ``olid-training-v1.0.tsv`` from idontflow/OLID at commit
  66fa62b2 (OLID 1.0, Zampieri et al., NAACL 2019; the authors ask to be cited);
- ``DAVIDSON_CSV``: ``data/labeled_data.csv`` from t-davidson/hate-speech-and-offensive-language
  at commit cb50f7e9 (MIT).

Rows are written in the frozen set's form (``id``, ``text``, ``lang``, ``label``; whitespace
runs folded, HTML entities decoded). Every row whose id or text is in ``tests/data/frozen/``
is left out, so the development sets and the frozen set are disjoint. The samples are seeded
(``random.Random(SEED)``), so a rerun writes the same files; the script prints their SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data"
OUT = ROOT / "labelled"
FROZEN = ROOT / "frozen"
SEED = 20261203
OLID_ROWS = 2000
DAVIDSON_PER_LABEL = 1000


def clean(text: str) -> str:
    """Fold whitespace runs and decode HTML entities, as the frozen set does."""
    return " ".join(html.unescape(text).split())


def frozen_keys() -> tuple[set[str], set[str]]:
    """Return the ids (``olid-86426``, ``davidson-67``) and texts of the frozen set."""
    ids: set[str] = set()
    texts: set[str] = set()
    for path in FROZEN.glob("*.tsv"):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                ids.add(row["id"])
                texts.add(row["text"])
    return ids, texts


def write(name: str, rows: list[tuple[str, str, str, str]]) -> None:
    """Write ``rows`` (id, text, lang, label) sorted by label and id; print the hash."""
    path = OUT / name
    rows.sort(key=lambda r: (r[3], int(r[0].split("-")[1])))
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("id\ttext\tlang\tlabel\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"{name}: {len(rows)} rows, sha256 {digest}")


def olid(path: Path, ids: set[str], texts: set[str]) -> list[tuple[str, str, str, str]]:
    """A seeded sample of the OLID training set, sub-task A (OFF -> abusive, NOT -> not)."""
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = clean(row["tweet"])
            key = f"olid-{row['id']}"
            if key in ids or text in texts or "\t" in text:
                continue
            label = "abusive" if row["subtask_a"] == "OFF" else "not"
            rows.append((key, text, "en", label))
    return random.Random(SEED).sample(rows, OLID_ROWS)


def davidson(path: Path, ids: set[str], texts: set[str]) -> list[tuple[str, str, str, str]]:
    """A seeded sample of Davidson: hate and offensive -> abusive, neither -> not."""
    by_label: dict[str, list[tuple[str, str, str, str]]] = {"abusive": [], "not": []}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = clean(row["tweet"])
            key = f"davidson-{row['']}"
            if key in ids or text in texts or "\t" in text:
                continue
            label = "not" if row["class"] == "2" else "abusive"
            by_label[label].append((key, text, "en", label))
    rng = random.Random(SEED)
    return [r for rows in by_label.values() for r in rng.sample(rows, DAVIDSON_PER_LABEL)]


def main(argv: list[str]) -> None:
    """Write both development files."""
    ids, texts = frozen_keys()
    write("olid_train_en.tsv", olid(Path(argv[0]), ids, texts))
    write("davidson_dev_en.tsv", davidson(Path(argv[1]), ids, texts))


if __name__ == "__main__":
    main(sys.argv[1:])
