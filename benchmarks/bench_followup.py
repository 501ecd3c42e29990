"""Wall time of the follow-up commands over a store of many complaints.

Run: python benchmarks/bench_followup.py [--complaints N] [--runs R]
Fills a temporary KLACHT_HOME with N posted complaints (each with a reminder, a reply and a
formal letter on record, a post link, and half of them with an open sibling on another
platform), then runs `klacht list --json`, `klacht remind --json`, `klacht show ID --json` and
`klacht export ID`, each in a fresh process, R times, interleaved. The anchor in the same run is
`klacht --version` (start-up alone), so the figure per command is what the store adds to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from klacht.model import Complaint, Event
from klacht.storage.store import Store

START = dt.date(2026, 10, 1)


def fill(home: Path, count: int) -> None:
    """Write ``count`` complaints with a month of follow-up each."""
    os.environ["KLACHT_HOME"] = str(home)
    store = Store(home)
    for n in range(count):
        posted = START + dt.timedelta(n % 20)
        company = f"Bedrijf {n // 2}"
        store.save(
            Complaint(
                id=f"bedrijf-{n}",
                lang="nl" if n % 3 else "en",
                company=company,
                platform="x" if n % 2 else "facebook",
                handle=f"@bedrijf{n // 2}" if n % 2 else f"Bedrijf {n // 2}",
                what="Mijn internet ligt al 5 dagen plat en niemand belt terug.",
                when=posted - dt.timedelta(5),
                outcome="other",
                outcome_detail="Ik wil binnen 2 dagen weer internet.",
                created=posted,
                post="@bedrijf Mijn internet ligt al 5 dagen plat.",
                private_message="Beste klantenservice,\n\nDe details.\n",
                post_url=f"https://x.com/jij/status/18620000000000{n:05d}" if n % 2 else "",
                events=(
                    Event("posted", posted),
                    Event("reminder-sent", posted + dt.timedelta(3)),
                    Event("escalated", posted + dt.timedelta(7)),
                    Event("response", posted + dt.timedelta(9), "we kijken ernaar"),
                    Event("escalated", posted + dt.timedelta(16)),
                ),
            )
        )


def timed(args: list[str], env: dict[str, str]) -> float:
    """Return the wall seconds of one run (its exit code must be 0)."""
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Fill a store, time the commands, print median and best per command."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    klacht = [sys.executable, "-m", "klacht"]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        fill(home, options.complaints)
        env = {**os.environ, "KLACHT_HOME": str(home), "KLACHT_TODAY": "2026-11-15"}
        cases = {
            "--version (anchor)": ["--version"],
            "list --json": ["list", "--json"],
            "remind --json": ["remind", "--json"],
            "show ID --json": ["show", "bedrijf-1", "--json"],
            "export ID": ["export", "bedrijf-1"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(options.runs):
            for name, args in cases.items():
                times[name].append(timed([*klacht, *args], env))
    print(f"{options.complaints} complaints, {options.runs} runs each (seconds)")
    anchor = statistics.median(times["--version (anchor)"])
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:20} median {median:6.3f}  best {min(values):6.3f}  "
            f"x anchor {median / anchor:5.1f}"
        )


if __name__ == "__main__":
    main()
