"""Growth of the spelling check with text size: it must stay about linear (hostile input).

Run: ``.venv/bin/python benchmarks/bench_spelling_growth.py``

For each hostile pattern (a run of ``@``, one endless word, repeated words, dotted and plus
runs that tempt an e-mail pattern) it times the embedded spelling check (tokenizing included)
on 1 KB, 10 KB, 100 KB and 1 MB, and prints the seconds and the growth factor of each tenfold
step (about 10 is linear; 100 would be quadratic). The anchor in the same run is
``hunspell -d nl -l`` on the same 1 MB of repeated words.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from itertools import pairwise

from klacht.checks.spelling import check_embedded

PATTERNS = {
    "@ x N": "@",
    "niemand (no spaces)": "niemand",
    "niemand + space": "niemand ",
    "nooit + space": "nooit ",
    "x. x N": "x.",
    "a+ x N": "a+",
    "@a x N": "@a",
}
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def main() -> None:
    """Print the timings and growth factors."""
    check_embedded("warm up", lang="nl")
    print(f"{'pattern':22}" + "".join(f"{s:>11,}" for s in SIZES) + "   growth per x10")
    for name, unit in PATTERNS.items():
        times = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            check_embedded(text, lang="nl")
            times.append(time.perf_counter() - start)
        growth = " ".join(f"{b / max(a, 1e-4):5.1f}" for a, b in pairwise(times))
        print(f"{name:22}" + "".join(f"{t:10.3f}s" for t in times) + f"   {growth}")
    if shutil.which("hunspell"):
        text = "niemand " * 125_000
        start = time.perf_counter()
        subprocess.run(["hunspell", "-d", "nl", "-l"], input=text, text=True, capture_output=True)
        print(
            f"anchor: hunspell -d nl -l on 1 MB of 'niemand ': {time.perf_counter() - start:.3f}s"
        )


if __name__ == "__main__":
    main()
