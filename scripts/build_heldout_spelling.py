"""Build the held-out spelling lists in ``$KLACHT_REAL_DATA/spelling/`` (maintainers, once).

Run: ``python scripts/build_heldout_spelling.py CORRECTIONS_TSV MISSP_DAT`` with

- ``CORRECTIONS_TSV``: OpenTaal/opentaal-wordlist ``elements/corrections.tsv`` at commit
  b250510dda431785f962019167d1415198ff3905 (revised BSD or CC BY 3.0);
- ``MISSP_DAT``: the Birkbeck spelling error corpus ``missp.dat`` (Roger Mitton, Birkbeck,
  University of London; distributed by the Oxford Text Archive, free for research), here the
  copy in swarna93/Assignment-1-NLP at commit 915ecb3de4c354e5d11178b51d3013779dba4964.

It needs ``hunspell`` with the ``nl`` and ``en_US`` dictionaries. Rows already in the
development lists (``misspellings_nl.tsv``, ``misspellings_en.tsv``) are left out. Each source
gives two disjoint random samples (fixed seed): a development list, which the checker may be
tuned on, and a test list, which is only measured (its hash is pinned by
``tests/test_spelling_heldout.py``). The script prints the SHA-256 of each file it writes.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(os.environ["KLACHT_REAL_DATA"]) / "spelling"  # public data is not committed
HEADER = (
    "wrong",
    "correction",
    "alternatives",
    "error_type",
    "hunspell_rejects_wrong",
    "hunspell_accepts_correction",
    "source",
)
NL_SOURCE = (
    "OpenTaal/opentaal-wordlist@b250510dda431785f962019167d1415198ff3905:elements/corrections.tsv"
)
EN_SOURCE = (
    "Birkbeck spelling error corpus missp.dat (Mitton; via swarna93/Assignment-1-NLP@915ecb3)"
)
WORD = re.compile(r"^[^\W\d_]+(?:['\u2019-][^\W\d_]+)*'?$")


def rejected(words: list[str], dic: str) -> set[str]:
    """Return the words hunspell rejects with dictionary ``dic``."""
    out = subprocess.run(
        ["hunspell", "-d", dic, "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split("\n"))


def error_type(wrong: str, right: str) -> str:
    """Return a rough class of the slip, for the per-type figures."""
    if wrong.lower() == right.lower():
        return "case"
    if " " in right:
        return "split_word"
    if "'" in wrong or "'" in right:
        return "apostrophe"
    if "-" in wrong or "-" in right:
        return "hyphen_compound"
    if re.sub(r"(.)\1", r"\1", wrong) == re.sub(r"(.)\1", r"\1", right):
        return "doubled_letter"
    ends = ("d", "t", "dt")
    if wrong.endswith(ends) and right.endswith(ends) and wrong.rstrip("dt") == right.rstrip("dt"):
        return "dt"
    if abs(len(wrong) - len(right)) == 1:
        return "insertion_or_omission"
    return "phonetic_or_typo"


def write(name: str, rows: list[tuple[str, str]], dic: str, source: str) -> None:
    """Write one list with the hunspell columns, and print its hash."""
    bad = rejected([w for w, _ in rows], dic)
    fixes = [p for _, r in rows for p in r.split(" ")]
    bad_fix = rejected(fixes, dic)
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(HEADER)
        for wrong, right in rows:
            accepts = all(p not in bad_fix for p in right.split(" "))
            out.writerow(
                (
                    wrong,
                    right,
                    right,
                    error_type(wrong, right),
                    int(wrong in bad),
                    int(accepts),
                    source,
                )
            )
    print(f"{name}: {len(rows)} rows, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")


def known(name: str) -> set[str]:
    """Return the misspellings of a development list that already exists."""
    with (OUT / name).open(encoding="utf-8", newline="") as fh:
        return {row["wrong"] for row in csv.DictReader(fh, delimiter="\t")}


def dutch(path: Path) -> None:
    """Sample real Dutch slips with a one- or two-word correction hunspell accepts."""
    seen = known("misspellings_nl.tsv")
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("\t")
        right = right.strip()
        if not right or wrong in seen or not WORD.match(wrong) or right.count(" ") > 1:
            continue
        if not all(WORD.match(p) for p in right.split(" ")):
            continue
        pairs.append((wrong, right))
    bad = rejected([w for w, _ in pairs], "nl")
    fixes_bad = rejected([p for _, r in pairs for p in r.split(" ")], "nl")
    pairs = [(w, r) for w, r in pairs if w in bad and all(p not in fixes_bad for p in r.split(" "))]
    rng = random.Random(14)
    rng.shuffle(pairs)
    write("heldout_nl.tsv", sorted(pairs[:600]), "nl", NL_SOURCE)
    write("dev_opentaal_nl.tsv", sorted(pairs[600:900]), "nl", NL_SOURCE)


def english(path: Path) -> None:
    """Sample Birkbeck misspellings of single lower-case words hunspell accepts."""
    seen = known("misspellings_en.tsv")
    pairs = []
    target = ""
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.strip()
        if line.startswith("$"):
            target = line[1:]
            continue
        if not target.isalpha() or not target.islower() or "_" in line or not line.isalpha():
            continue
        if line.lower() == target or line in seen:
            continue
        pairs.append((line, target))
    pairs = sorted(set(pairs))
    bad = rejected([w for w, _ in pairs], "en_US")
    bad_fix = rejected([r for _, r in pairs], "en_US")
    pairs = [(w, r) for w, r in pairs if w in bad and r not in bad_fix]
    rng = random.Random(14)
    rng.shuffle(pairs)
    write("heldout_en.tsv", sorted(pairs[:1000]), "en_US", EN_SOURCE)
    write("dev_birkbeck_en.tsv", sorted(pairs[1000:1500]), "en_US", EN_SOURCE)


def main() -> None:
    """Build the four lists from the two source files."""
    dutch(Path(sys.argv[1]))
    english(Path(sys.argv[2]))


if __name__ == "__main__":
    main()
