"""Build the correct-Dutch sentence samples in ``$KLACHT_REAL_DATA/spelling/`` (maintainers).

Run: ``python scripts/build_correct_sentences_nl.py ALPINO_DIR LASSYSMALL_DIR`` with the two
Universal Dependencies treebanks checked out at

- ``UniversalDependencies/UD_Dutch-Alpino`` at 95e374a608d114ec6c6b32f0fbd5f324d29ef286
  (newspaper text from Lassy Small, WR-P-P-H/-L sections),
- ``UniversalDependencies/UD_Dutch-LassySmall`` at 7880e0bc4c8138607c8e9724db2294dc89d4e2b5
  (Wikipedia text),

both CC BY-SA 4.0 (Gosse Bouma, Gertjan van Noord and the UD contributors). Their sentences are
edited, published Dutch: a word flagged in them is a false flag. The development sample is
drawn from the treebanks' ``dev`` files, the test sample from their ``test`` files, so the two
never share a sentence. The test sample is frozen: its SHA-256 is pinned by
``tests/test_spelling_heldout.py``. The script prints the SHA-256 of each file it writes.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

OUT = Path(os.environ["KLACHT_REAL_DATA"]) / "spelling"  # public data is not committed
SEED = 14
SOURCES = (
    ("alpino", "UD_Dutch-Alpino@95e374a"),
    ("lassysmall", "UD_Dutch-LassySmall@7880e0b"),
)
SIZES = {"dev": 100, "test": 150}
"""Sentences per treebank and split."""


def sentences(path: Path) -> list[tuple[str, str]]:
    """Return (sent_id, text) of every sentence of a CoNLL-U file."""
    out: list[tuple[str, str]] = []
    sent_id = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ")
        elif line.startswith("# text = "):
            out.append((sent_id, line.removeprefix("# text = ")))
    return out


def main() -> None:
    """Write ``correct_sentences_nl_dev.tsv`` and ``correct_sentences_nl_test.tsv``."""
    dirs = dict(zip(("alpino", "lassysmall"), map(Path, sys.argv[1:3]), strict=True))
    for split, size in SIZES.items():
        rows: list[tuple[str, str]] = []
        for name, label in SOURCES:
            found = sentences(dirs[name] / f"nl_{name}-ud-{split}.conllu")
            chosen = random.Random(f"{SEED}-{name}-{split}").sample(found, size)
            rows.extend((f"{label}:{split}:{sent_id}", text) for sent_id, text in chosen)
        path = OUT / f"correct_sentences_nl_{split}.tsv"
        lines = ["source\tsentence", *("\t".join(row) for row in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")  # no quoting: read by lines
        print(path.name, hashlib.sha256(path.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
