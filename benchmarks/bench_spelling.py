"""Speed and quality of the embedded spelling checker.

Run: ``.venv/bin/python benchmarks/bench_spelling.py [-v]`` (``-v`` lists the misses).

Prints cold load time (a fresh process), per-post warm check time, a comparison with
``hunspell -d nl -l`` on the same post (when hunspell is installed), the false-positive rate
on the 2000 correct Dutch words by stratum, warnings on correct published Dutch sentences next to
``hunspell -d nl -l``'s flags on the same sentences (development and frozen test samples), and
recall and top-1/top-3 correction accuracy on
the Dutch and English misspellings (tests/data/spelling/, see its README for provenance).
"""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "spelling"
EXTERNAL = frozenset(
    {
        "heldout_nl.tsv",
        "heldout_en.tsv",
        "dev_opentaal_nl.tsv",
        "dev_birkbeck_en.tsv",
        "correct_sentences_nl_dev.tsv",
        "correct_sentences_nl_test.tsv",
    }
)
"""Lists cut from public data sets, which are not committed: they live in
``$KLACHT_REAL_DATA/spelling/`` (tests/data/spelling/README.md says how to build them)."""
PYTHON = sys.executable

POSTS = (
    "Hallo @KLM, mijn vlucht KL1234 van 20-11 is al 3x geannuleerd en jullie klantenservice "
    "reageert niet. Het terugbelverzoek van vorige week is nooit beantwoord. Ik wil graag mijn "
    "geld terug binnen 14 dagen. #klm https://www.klm.nl",
    "Beste @NS_online, vanochtend stond ik een uur op het perron in Utrecht zonder informatie. "
    "De trein van 8.12 uur viel uit en de vervangende bussen kwamen niet. Kunnen jullie mijn "
    "abonnement compenseren? Mijn klantnummer stuur ik in een privébericht.",
    "@bolcom Mijn bestelling is nog steeds niet bezorgd, terwijl de track-and-trace al drie "
    "dagen zegt dat het pakket onderweg is. Het webcareteam belooft steeds dat het morgen "
    "komt. Ik wil dat het zsm wordt opgelost, of mijn geld terug.",
    "@Coolblue de wasmachine die ik vorige maand kocht lekt water en de monteur is niet "
    "gekomen. Ik heb twee keer een afspraak gemaakt en beide keren vrij genomen van mijn werk.",
    "Hi @British_Airways, my suitcase did not arrive in Amsterdam and nobody has answered my "
    "claim for twelve days. Please tell me when I will get my luggage back or a refund.",
    "@KPN al drie weken geen internet en de monteur is twee keer niet gekomen. Ik heb "
    "ondertussen vier keer gebelt en steeds word ik doorverbonden. Mss kunnen jullie mij "
    "eindelijk een keer terugbellen in plaats van een automatisch antwoordt te sturen?",
    "Hello @Ryanair, my flight was cancelled and I still didnt recieve the refund you promised "
    "in your email. Please transfer the money this week.",
)
LANGS = ("nl", "nl", "nl", "nl", "en", "nl", "en")


def data_path(name: str) -> Path | None:
    """Return where list ``name`` lies, or None for an outside list without KLACHT_REAL_DATA."""
    if name not in EXTERNAL:
        return DATA / name
    root = os.environ.get("KLACHT_REAL_DATA")
    return Path(root) / "spelling" / name if root else None


def _path(name: str) -> Path:
    path = data_path(name)
    assert path is not None, name
    return path


def _rows(name: str) -> list[dict[str, str]]:
    with _path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _run(cmd: list[str], stdin: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, input=stdin, text=True, capture_output=True, env=env, check=False)
    return time.perf_counter() - start


def timing() -> None:
    """Print cold and warm timings."""
    env = dict(os.environ)
    home = tempfile.mkdtemp(prefix="klacht-bench-")
    env["KLACHT_HOME"] = home
    post = POSTS[0]
    cold_code = (
        "import sys,time; t=time.perf_counter();"
        "from klacht.checks.spelling import check_embedded;"
        "check_embedded(sys.stdin.read(), lang='nl');"
        "print(time.perf_counter()-t)"
    )
    inner = []
    for _ in range(5):
        out = subprocess.run(
            [PYTHON, "-c", cold_code], input=post, text=True, capture_output=True, env=env
        )
        inner.append(float(out.stdout.strip()))
    spell_proc = [_run([PYTHON, "-c", cold_code], post, env) for _ in range(5)]
    klacht = [_run([PYTHON, "-m", "klacht", "check", "-", "--json"], post, env) for _ in range(5)]
    print("== speed (post of", len(post), "characters) ==")
    print(f"embedded cold load + check, in process   : {statistics.median(inner) * 1000:7.1f} ms")
    print(
        f"python process: import + embedded check  : {statistics.median(spell_proc) * 1000:7.1f} ms"
    )
    print(f"cold `klacht check - --json`             : {statistics.median(klacht) * 1000:7.1f} ms")
    if shutil.which("hunspell"):
        hun = [_run(["hunspell", "-d", "nl", "-l"], post, env) for _ in range(5)]
        h = statistics.median(hun)
        print(f"cold `hunspell -d nl -l`                 : {h * 1000:7.1f} ms")
        print(
            f"ratio spell process / hunspell           : {statistics.median(spell_proc) / h:7.2f}"
        )
        print(f"ratio klacht check / hunspell            : {statistics.median(klacht) / h:7.2f}")
    else:
        print("hunspell not installed: no baseline")

    from klacht.checks.spelling import _embedded, check_embedded

    for text, lang in zip(POSTS, LANGS, strict=True):
        check_embedded(text, lang=lang)
    times = []
    for _ in range(20):
        for text, lang in zip(POSTS, LANGS, strict=True):
            for code in ("nl", "en"):
                _embedded(code)._suggestions.clear()  # measure the work, not the cache
            start = time.perf_counter()
            check_embedded(text, lang=lang)
            times.append(time.perf_counter() - start)
    times.sort()
    print(
        f"warm per-post check ({len(POSTS)} posts, 2 with typos; suggestion cache cleared): "
        f"median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms, max {times[-1] * 1000:.2f} ms"
    )
    shutil.rmtree(home, ignore_errors=True)


def false_positives() -> None:
    """Print the false-positive rate on the correct Dutch words, by stratum."""
    from klacht.checks.spelling import check_embedded

    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for row in _rows("correct_words_nl.tsv"):
        total[row["stratum"]] += 1
        if check_embedded(row["word"], lang="nl"):
            flagged[row["stratum"]] += 1
            examples.setdefault(row["stratum"], []).append(row["word"])
    print("== false positives on correct_words_nl.tsv ==")
    for stratum in sorted(total):
        rate = flagged[stratum] / total[stratum]
        print(
            f"{stratum:24} {flagged[stratum]:4}/{total[stratum]:4} = {rate:6.2%}  "
            f"{' '.join(examples.get(stratum, [])[:6])}"
        )
    all_rate = sum(flagged.values()) / sum(total.values())
    print(f"{'all':24} {sum(flagged.values()):4}/{sum(total.values()):4} = {all_rate:6.2%}")


def novel_compounds(sample: int = 400) -> None:
    """Print how often listed long words, hidden from the list, are still accepted.

    This estimates false alarms on compounds the list lacks (the test data only has listed
    words). Words the compound splitter cannot split at all are counted separately.
    """
    import random

    from klacht.checks.spelling import _embedded

    checker = _embedded("nl")
    wl = checker.words
    words: list[str] = []
    for key in wl._index:
        bucket = wl._load(key)
        words.extend(w for w in bucket.words if len(w) >= 10 and w.isalpha() and w.islower())
    words.sort()
    rng = random.Random(7)
    chosen = rng.sample(words, sample)
    splittable = accepted = 0
    for word in chosen:
        bucket = wl._bucket(word)
        original = bucket.words
        bucket.words = original - {word}
        try:
            if checker._compound(word):
                splittable += 1
                accepted += checker.accepts(word)
        finally:
            bucket.words = original
    print("== novel compounds (listed words of 10+ letters hidden from the list) ==")
    print(
        f"splittable {splittable}/{sample}; of those accepted {accepted}/{splittable} = "
        f"{accepted / splittable:.1%} (the rest: flagged, mostly near a listed spelling)"
    )


def corrections(name: str, lang: str, *, verbose: bool) -> None:
    """Print recall and top-1/top-3 accuracy on one misspellings file."""
    from klacht.checks.spelling import check_embedded

    stats: dict[str, Counter[str]] = {"all": Counter(), "dictionary-detectable": Counter()}
    by_type: dict[str, Counter[str]] = {}
    misses: list[str] = []
    times: list[float] = []
    for row in _rows(name):
        wrong = row["wrong"]
        right = {row["correction"], *row["alternatives"].split("|")}
        start = time.perf_counter()
        findings = check_embedded(wrong, lang=lang)
        times.append(time.perf_counter() - start)
        suggestions = findings[0].suggestions if findings else ()
        found = bool(findings)
        top1 = bool(suggestions) and suggestions[0] in right
        top3 = any(s in right for s in suggestions[:3])
        keys = ["all"]
        if row["hunspell_rejects_wrong"] == "1":
            keys.append("dictionary-detectable")
        for key in keys:
            stats[key].update(n=1, found=found, top1=top1, top3=top3)
        t = by_type.setdefault(row["error_type"], Counter())
        t.update(n=1, found=found, top1=top1, top3=top3)
        if not top3:
            misses.append(
                f"{wrong} -> {row['correction']}: {list(suggestions[:3])}"
                if found
                else f"{wrong} (not flagged)"
            )
    print(f"== {name} ({lang}) ==")
    if stats["all"]["n"] == stats["dictionary-detectable"]["n"]:
        print("(no real-word errors in this file: both rows below are the same set)")
    for key, c in stats.items():
        n = c["n"] or 1
        print(
            f"{key:22} n={c['n']:3} recall {c['found'] / n:.3f}  top-1 {c['top1'] / n:.3f}  "
            f"top-3 {c['top3'] / n:.3f}"
        )
    times.sort()
    print(
        f"time per misspelt word (flag + suggestions): median {statistics.median(times) * 1000:.1f}"
        f" ms, p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"
    )
    for key, c in sorted(by_type.items()):
        n = c["n"]
        print(
            f"  {key:22} n={n:3} recall {c['found'] / n:.2f}  top-1 {c['top1'] / n:.2f}  "
            f"top-3 {c['top3'] / n:.2f}"
        )
    if verbose:
        for line in misses:
            print("   miss:", line)


def _hunspell_suggestions(words: list[str], dic: str) -> list[tuple[bool, list[str]]]:
    """Return (flagged, suggestions) per word from ``hunspell -d DIC -a``."""
    out = subprocess.run(
        ["hunspell", "-d", dic, "-a"],
        input="\n".join("^" + w for w in words) + "\n",
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    result = []
    for block in out.split("\n\n")[: len(words)]:
        line = block.strip().split("\n")[-1] if block.strip() else ""
        if line.startswith("&"):
            result.append((True, [x.strip() for x in line.split(":", 1)[1].split(",")]))
        else:
            result.append((line.startswith("#"), []))
    return result


def heldout(name: str, lang: str, dic: str) -> None:
    """Print klacht's and hunspell's top-1/top-3 on a frozen held-out list (or a dev list)."""
    from klacht.checks.spelling import check_embedded

    rows = _rows(name)
    theirs = (
        _hunspell_suggestions([r["wrong"] for r in rows], dic)
        if shutil.which("hunspell")
        else [(False, [])] * len(rows)
    )
    print(f"== {name} ({lang}), hunspell -d {dic} on the same list ==")
    tally = {"klacht": Counter[str](), "hunspell": Counter[str]()}
    for row, (h_flag, h_sugg) in zip(rows, theirs, strict=True):
        right = {row["correction"], *row["alternatives"].split("|")}
        findings = check_embedded(row["wrong"], lang=lang)
        mine = list(findings[0].suggestions) if findings else []
        for who, flagged, sugg in (("klacht", bool(findings), mine), ("hunspell", h_flag, h_sugg)):
            c = tally[who]
            c.update(
                n=1,
                flagged=flagged,
                top1=bool(sugg) and sugg[0] in right,
                top3=any(x in right for x in sugg[:3]),
                bare=flagged and not sugg,
                split=bool(sugg) and " " in sugg[0] and sugg[0] not in right,
            )
    for who, c in tally.items():
        n = c["n"] or 1
        print(
            f"  {who:9} n={c['n']} flagged {c['flagged'] / n:.3f}  top-1 {c['top1'] / n:.3f}  "
            f"top-3 {c['top3'] / n:.3f}  flagged without suggestion {c['bare']}  "
            f"wrong split first {c['split']}"
        )


def _sentences(name: str) -> list[str]:
    """Return the sentences of a correct-sentence file (tab-separated, read by lines)."""
    lines = _path(name).read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t", 1)[1] for line in lines]


def false_flags(name: str, *, verbose: bool) -> None:
    """Print klacht's warnings and hunspell's flags on correct, published Dutch sentences.

    Only warnings count for klacht: a name, an English word or an abbreviation is ``info``
    (shown, but not a flag). hunspell's flags are the words ``hunspell -d nl -l`` lists
    that hold a letter (its tokens include quote marks such as ``''`` on their own).
    """
    from klacht.checks.spelling import check_embedded

    sentences = _sentences(name)
    words = sum(len(s.split()) for s in sentences)
    mine = [
        f.text
        for s in sentences
        for f in check_embedded(s, lang="nl")
        if f.kind == "spelling" and f.severity == "warning"
    ]
    theirs: list[str] = []
    if shutil.which("hunspell"):
        out = subprocess.run(
            ["hunspell", "-d", "nl", "-l"],
            input="\n".join(sentences) + "\n",
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        theirs = [w for w in out.split() if any(ch.isalpha() for ch in w)]
    print(f"== false flags on {name}: {len(sentences)} correct sentences, {words} words ==")
    print(f"  klacht warnings      {len(mine):4}  ({len(mine) / words:.2%} of words)")
    if theirs:
        print(f"  hunspell -d nl -l    {len(theirs):4}  ({len(theirs) / words:.2%} of words)")
        print(f"  ratio klacht / hunspell {len(mine) / len(theirs):.2f} (goal: at most 0.50)")
    else:
        print("  hunspell not installed: no baseline")
    if verbose:
        print("   klacht:", " ".join(mine))


def main() -> None:
    """Run every measurement."""
    verbose = "-v" in sys.argv
    timing()
    false_positives()
    outside = data_path("heldout_nl.tsv") is not None
    if outside:
        false_flags("correct_sentences_nl_dev.tsv", verbose=verbose)
        false_flags("correct_sentences_nl_test.tsv", verbose=False)
    novel_compounds()
    start = time.perf_counter()
    corrections("misspellings_nl.tsv", "nl", verbose=verbose)
    corrections("misspellings_en.tsv", "en", verbose=verbose)
    print(f"(suggestions for 609 misspellings took {time.perf_counter() - start:.1f} s)")
    if not outside:
        print("Held-out lists and correct sentences not measured: set KLACHT_REAL_DATA.")
        return
    for name, lang, dic in (
        ("dev_opentaal_nl.tsv", "nl", "nl"),
        ("dev_birkbeck_en.tsv", "en", "en_US"),
        ("heldout_nl.tsv", "nl", "nl"),
        ("heldout_en.tsv", "en", "en_US"),
    ):
        heldout(name, lang, dic)


if __name__ == "__main__":
    main()
