"""Speed of ``klacht check`` on a 280-character post.

Run: ``.venv/bin/python benchmarks/bench_check.py [N]``. Prints the median cold-process wall
time of ``klacht check`` (a new process each run, spelling off and on, with and without
``--platform x``) and the warm per-call time of ``check_text`` in one process.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POST = (
    "@KPN Sinds 12 oktober heb ik geen internet meer op de Dorpsstraat. De monteur kwam op "
    "3 en 10 november niet opdagen, en niemand belde terug. Ik heb nooit een bevestiging "
    "ontvangen van de nieuwe afspraak. Graag deze week een monteur en een korting op de "
    "rekening van december 2026."
)
assert len(POST) == 280, len(POST)
FIRST_CALL = (
    "import sys, time; t = time.perf_counter(); from klacht.checks import check_text; "
    "check_text(sys.argv[1], spelling=False{extra}); print(time.perf_counter() - t)"
)


def _cold(args: list[str], home: Path, n: int) -> float:
    env = {**os.environ, "KLACHT_HOME": str(home)}
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "klacht", "check", POST, *args],
            env=env,
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _warm(n: int, **kwargs: object) -> float:
    from klacht.checks import check_text

    check_text(POST, **kwargs)  # type: ignore[arg-type]  # first call loads and caches
    start = time.perf_counter()
    for _ in range(n):
        check_text(POST, **kwargs)  # type: ignore[arg-type]
    return (time.perf_counter() - start) / n


def main() -> None:
    """Print the figures."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    print(f"post: {len(POST)} characters; median of {n} runs\n")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        _cold([], home, 1)  # warm the OS file cache
        (home / "config.yaml").write_text('spelling: "off"\n', encoding="utf-8")
        off = _cold([], home, n)
        off_x = _cold(["--platform", "x"], home, n)
        (home / "config.yaml").write_text('spelling: "embedded"\n', encoding="utf-8")
        on = _cold([], home, n)
        python = statistics.median(_time([sys.executable, "-c", "pass"]) for _ in range(n))
        hunspell = _hunspell(home, n)
        first = _first_call("", home, n)
        first_x = _first_call(", platform='x'", home, n)
    print("cold process (python -m klacht check ...)")
    print(f"  bare python start-up                  {python * 1000:7.1f} ms")
    print(f"  spelling off                          {off * 1000:7.1f} ms")
    print(f"  spelling off, --platform x            {off_x * 1000:7.1f} ms")
    print(f"  spelling embedded                     {on * 1000:7.1f} ms")
    if hunspell is not None:
        print(f"  anchor: hunspell -d nl -l, same post  {hunspell * 1000:7.1f} ms")
        print(f"  ratio spelling off / hunspell         {off / hunspell:7.2f}  (issue 8: <= 1.5)")
        print(f"  ratio spelling embedded / hunspell    {on / hunspell:7.2f}")
    print("cold first check_text call in a new process (imports + rule packs, no CLI)")
    print(f"  spelling=False                        {first * 1000:7.1f} ms")
    print(f"  spelling=False, platform=x            {first_x * 1000:7.1f} ms")
    os.environ["KLACHT_HOME"] = tempfile.mkdtemp()
    warm_n = n * 20
    print(f"\nwarm in-process check_text (mean of {warm_n} calls)")
    print(f"  spelling=False                        {_warm(warm_n, spelling=False) * 1000:7.3f} ms")
    print(
        f"  spelling=False, platform=x            "
        f"{_warm(warm_n, spelling=False, platform='x') * 1000:7.3f} ms"
    )
    print(f"  spelling=True (auto)                  {_warm(warm_n, spelling=True) * 1000:7.3f} ms")


def _first_call(extra: str, home: Path, n: int) -> float:
    env = {**os.environ, "KLACHT_HOME": str(home)}
    code = FIRST_CALL.format(extra=extra)
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code, POST],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(n)
    ]
    return statistics.median(runs)


def _hunspell(home: Path, n: int) -> float | None:
    """Return the median cold time of ``hunspell -d nl -l`` on the post (None: not installed)."""
    if not shutil.which("hunspell"):
        print("hunspell not installed: no anchor")
        return None
    env = {**os.environ, "KLACHT_HOME": str(home)}
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(
            ["hunspell", "-d", "nl", "-l"],
            input=POST.encode(),
            env=env,
            check=False,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=False)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
