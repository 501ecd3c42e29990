"""Cold wall time of `klacht --help`, `klacht check` and `klacht new --answers`.

Run: python benchmarks/bench_cli.py [--runs N]
Each command runs in a fresh process (what a user waits for); the median and the best of N
runs are printed, and the peak memory (max RSS) of the last run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWERS = """\
company: Bol
platform: x
handle: "@bolcom"
what: Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb.
when: 2026-11-20
tried: Op 21 november gebeld en gemaild.
reference: bestelnummer 1234567890
outcome: refund
"""
POST = (
    "@bolcom Mijn wasmachine is niet geleverd, terwijl ik op 10 november betaald heb. "
    "Dit gebeurde op 20 november. Wat ik al deed: op 21 november gebeld en gemaild. "
    "Ik vraag jullie mijn geld terug te betalen. Mijn gegevens stuur ik graag in een privébericht."
)


def timed(args: list[str], env: dict[str, str], runs: int) -> tuple[float, float, int]:
    """Return median and best wall seconds over ``runs``, and the children's max RSS in KiB."""
    times = []
    rss = 0
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _, _, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        child.returncode = 0  # reaped by wait4 above
        rss = max(rss, usage.ru_maxrss)
    return statistics.median(times), min(times), rss


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    exe = str(Path(sys.executable).with_name("klacht"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KLACHT_HOME": tmp}
        answers = Path(tmp) / "a.yaml"
        answers.write_text(ANSWERS, encoding="utf-8")
        cases = {
            "klacht --help": [exe, "--help"],
            "klacht check POST (x)": [exe, "check", "--platform", "x", POST],
            "klacht new --answers --json": [exe, "new", "--answers", str(answers), "--json"],
        }
        print(f"{'command':<32} {'median':>9} {'best':>9}   (runs={runs})")
        for name, args in cases.items():
            median, best, rss = timed(args, env, runs)
            figures = f"{median * 1000:>7.0f}ms {best * 1000:>7.0f}ms"
            print(f"{name:<32} {figures}   max RSS {rss // 1024} MiB")


if __name__ == "__main__":
    main()
