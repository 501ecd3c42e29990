"""Reading answers files of growing size with klacht's one YAML reader, against plain PyYAML.

Run: python benchmarks/bench_answers.py [--runs N]

Each size (1 KB to the 10 MB cap) is an answers file whose ``impact`` holds that much text in
short lines, plus an 11 MB file that the cap refuses. The anchor, in the same run, is
``yaml.load(text, Loader=yaml.CSafeLoader)`` on the same text: the reader adds the duplicate-key,
depth, tag and text-as-typed checks on top of the same C parser. The best of N runs is printed,
with the time per MB, so the growth can be read (about linear is the aim).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from klacht.errors import DataFileError
from klacht.storage.yamlfile import MAX_FILE_BYTES, parse_yaml, read_yaml_mapping

HEAD = "company: Bol\nplatform: x\nhandle: '@bolcom'\nwhen: 2026-11-20\noutcome: refund\n"
SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)


def answers_text(size: int, *, items: bool = False) -> str:
    """Return an answers file of about ``size`` bytes: a long ``impact``, or a long list."""
    line = "  Het duurde weken, bestelnummer 0123456, om 12:30:45 gebeld.\n"
    if items:  # the worst shape for a reader: one small value per line
        line = "  - 0123456\n"
    body = line * max(1, (size - len(HEAD)) // len(line))
    return HEAD + ("tried:\n" if items else "impact: |\n") + body


def best(runs: int, work: object) -> float:
    """Return the best wall time of ``runs`` calls of ``work`` in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print(f"{'size':>10} {'klacht s':>9} {'s/MB':>7} {'PyYAML s':>9} {'ratio':>6}")
    for size, items in [(size, False) for size in SIZES] + [(size, True) for size in SIZES]:
        if size == SIZES[0]:
            print("one long text" if not items else "one short value per line")
        text = answers_text(size, items=items)
        ours = best(runs, lambda t=text: parse_yaml(t, source="a.yaml", text_keys=True))
        anchor = best(runs, lambda t=text: yaml.load(t, Loader=yaml.CSafeLoader))
        megabytes = len(text.encode()) / 1e6
        ratio = ours / anchor
        print(f"{len(text):>10} {ours:>9.4f} {ours / megabytes:>7.3f} {anchor:>9.4f} {ratio:>6.2f}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huge.yaml"
        path.write_text(answers_text(MAX_FILE_BYTES + 1_000_000), encoding="utf-8")
        start = time.perf_counter()
        try:
            read_yaml_mapping(path, text_keys=True)
        except DataFileError as err:
            print(
                f"{path.stat().st_size:>10} refused in {time.perf_counter() - start:.4f} s: {err}"
            )


if __name__ == "__main__":
    main()
