"""Cold wall time of `klacht --help`, `klacht check` (several posts and options) and `klacht new`.

Run: python benchmarks/bench_cli.py [--runs N] [--only SUBSTRING]

The budget (issue 11) is checked against anchors measured in the same run, so a loaded machine
slows both sides alike: `klacht check` (human output and --json) within 1.5x of
`hunspell -d nl -l` on the same post, and each command within 1.5x of its bare imports (a
Python that imports only the third-party modules the command loads, found by running it once).
Each command runs in a fresh process (what a user waits for); the median and the best of N
runs are printed, and the peak memory (max RSS) of the runs. The cases run interleaved (one
run of each case per round), so a burst of load on the machine hits every case alike.
Spelling is on (the default, ``auto``: the embedded checker offline) unless the case says off.

Byte code: an installed wheel has its ``.pyc`` files, but a shell with
``PYTHONDONTWRITEBYTECODE=1`` and an editable install compiles klacht's modules from source on
every start (about 40 ms). By default the runs write and reuse byte code in a temporary
``PYTHONPYCACHEPREFIX`` (as installed, and the source tree stays untouched); ``--no-bytecode``
measures with the environment as it is.
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
# 280 characters of plain Dutch: every code point weighs 1 on X, nothing looks like a URL.
POST = (
    "@KPN Sinds 12 oktober heb ik geen internet meer op de Dorpsstraat. De monteur kwam op "
    "3 en 10 november niet opdagen, en niemand belde terug. Ik heb nooit een bevestiging "
    "ontvangen van de nieuwe afspraak. Graag deze week een monteur en een korting op de "
    "rekening van december 2026."
)
# A domain and a euro sign: twitter-text's URL and weight rules apply.
POST_SHOP = (
    "@bolcom Mijn wasmachine van € 499 is nog steeds niet geleverd, terwijl ik op 10 november "
    "via bol.com betaald heb. Op 21 november gebeld en gemaild, geen antwoord. Ik vraag jullie "
    "mijn geld deze week terug te betalen. Mijn gegevens stuur ik graag in een privébericht. "
    "Groet, Sanne."
)
assert len(POST) == len(POST_SHOP) == 280, (len(POST), len(POST_SHOP))


BUDGET = 1.5
"""How much slower than its anchor a command may be."""
PROBE = """
import sys
from klacht.cli import main
sys.argv = ["klacht", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
skip = set(sys.stdlib_module_names) | {"klacht", "__main__", "cython_runtime"}
tops = {m.split(".")[0] for m in list(sys.modules)}
print(",".join(sorted(t for t in tops if t not in skip and not t.startswith("_"))), file=sys.stderr)
"""


def bare_imports(args: list[str], env: dict[str, str]) -> list[str]:
    """Return the third-party top-level modules that ``klacht ARGS`` imports."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return done.stderr.strip().splitlines()[-1].split(",")


def timed(args: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, int]:
    """Return the wall seconds of one run (``stdin`` fed to it) and its max RSS in KiB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if stdin is not None and child.stdin is not None:
        child.stdin.write(stdin.encode("utf-8"))
        child.stdin.close()
    _, _, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = 0  # reaped by wait4 above
    return elapsed, usage.ru_maxrss


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument("--no-bytecode", action="store_true", help="keep PYTHONDONTWRITEBYTECODE")
    parser.add_argument(
        "--tree",
        action="append",
        default=[],
        metavar="LABEL=SRC",
        help="also run klacht from another source folder (put first on PYTHONPATH); repeatable, "
        "e.g. --tree before=/tmp/before/src: every tree runs each round, so load hits all alike",
    )
    options = parser.parse_args()
    runs = options.runs
    exe = str(Path(sys.executable).with_name("klacht"))
    with (
        tempfile.TemporaryDirectory() as on,
        tempfile.TemporaryDirectory() as off,
        tempfile.TemporaryDirectory() as pycache,
    ):
        base = dict(os.environ)
        if not options.no_bytecode:
            base.pop("PYTHONDONTWRITEBYTECODE", None)
            base["PYTHONPYCACHEPREFIX"] = pycache
        env_on = {**base, "KLACHT_HOME": on}
        env_off = {**base, "KLACHT_HOME": off}
        (Path(off) / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")
        answers = Path(on) / "a.yaml"
        answers.write_text(ANSWERS, encoding="utf-8")
        x = [exe, "check", "--platform", "x"]
        new = ["new", "--answers", str(answers), "--json"]
        py = sys.executable
        cases: dict[str, tuple[list[str], dict[str, str], str | None]] = {
            "klacht --help": ([exe, "--help"], env_on, None),
            "check -p x POST": ([*x, POST], env_on, None),
            "check -p x POST_SHOP (bol.com, €)": ([*x, POST_SHOP], env_on, None),
            "check -p x --json POST": ([*x, "--json", POST], env_on, None),
            "check -p x POST (spelling off)": ([*x, POST], env_off, None),
            "new --answers --json": ([exe, *new], env_on, None),
            ANCHOR_HUNSPELL: (["hunspell", "-d", "nl", "-l"], env_on, POST + "\n"),
        }
        for name, args in (("check", ["check", "--platform", "x", POST]), ("new", new)):
            modules = bare_imports(args, env_on)
            cases[f"bare imports of {name}"] = (
                [py, "-c", f"import {', '.join(modules)}"],
                env_on,
                None,
            )
            print(f"bare imports of {name}: {', '.join(modules)}")
        cases = {k: v for k, v in cases.items() if options.only in k}
        if options.tree:
            trees = dict(tree.split("=", 1) for tree in options.tree)
            cases = {
                f"{name} [{label}]": (args, {**env, "PYTHONPATH": src}, stdin)
                for name, (args, env, stdin) in cases.items()
                for label, src in trees.items()
            }
        for args, env, stdin in cases.values():  # warm the OS file cache and on-disk caches
            timed(args, env, stdin)
        times: dict[str, list[float]] = {name: [] for name in cases}
        rss: dict[str, int] = dict.fromkeys(cases, 0)
        for _ in range(runs):
            for name, (args, env, stdin) in cases.items():
                elapsed, peak = timed(args, env, stdin)
                times[name].append(elapsed)
                rss[name] = max(rss[name], peak)
        mode = "from source" if options.no_bytecode else "byte code cached"
        width = max(36, *(len(name) for name in cases))
        print(f"{'command':<{width}} {'median':>9} {'best':>9}   (runs={runs}, {mode})")
        for name, spent in times.items():
            median, best = statistics.median(spent), min(spent)
            figures = f"{median * 1000:>7.0f}ms {best * 1000:>7.0f}ms"
            print(f"{name:<{width}} {figures}   max RSS {rss[name] // 1024} MiB")
        medians = {name: statistics.median(spent) for name, spent in times.items()}
        print_budget(medians)


ANCHOR_HUNSPELL = "hunspell -d nl -l POST (anchor)"
BUDGETS = (
    ("check -p x POST", ANCHOR_HUNSPELL),
    ("check -p x --json POST", ANCHOR_HUNSPELL),
    ("check -p x POST", "bare imports of check"),
    ("new --answers --json", "bare imports of new"),
)


def print_budget(medians: dict[str, float]) -> None:
    """Print each command's median against its anchor's, and whether it is within budget."""
    print(f"\nbudget: at most {BUDGET}x the anchor (medians of the same run)")
    for command, anchor in BUDGETS:
        if command in medians and anchor in medians:
            ratio = medians[command] / medians[anchor]
            verdict = "within budget" if ratio <= BUDGET else "OVER budget"
            print(f"  {command} / {anchor}: {ratio:.2f}x  {verdict}")


if __name__ == "__main__":
    main()
