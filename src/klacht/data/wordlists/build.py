"""Build the compact word lists ``nl.kwl`` and ``en.kwl`` (a maintainer script, never imported).

Run ``python src/klacht/data/wordlists/build.py`` on a Debian machine with the packages
``wdutch``, ``wamerican``, ``wbritish``, ``hunspell-en-us`` and ``hunspell-tools`` installed.
Word frequencies for ranking suggestions come from pyspellchecker's lists (a klacht
dependency). See ``PROVENANCE.md`` for sources and licences.

File format (read by ``klacht.checks.spelling.wordlist``): one JSON line with the bucket index
``{"v": 1, "lang": ..., "buckets": {key: [offset, length]}}``, then the zlib-compressed
buckets. A bucket holds every word whose first two characters, lower-cased, are its key. Its
text is sections split by ``\\x1f``: sections 0-9 are the words by frequency band (0 = not in
the frequency list, 9 = most frequent), section 10 the compound heads and section 11 the
compound modifiers (linking ``s``/``e``/``en`` included), each a ``\\n``-joined list.
"""

from __future__ import annotations

import gzip
import json
import math
import subprocess
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BANDS = 10
MIN_ROLE_COUNT = 2
LINKS = ("s", "e", "en", "n")
# Verb particles and prefixes: "voorstellen" is a particle verb, not a compound, and would
# otherwise make every verb form a compound head (then "voorgestelt" would pass).
PARTICLES = frozenset(
    [
        "aan",
        "af",
        "bij",
        "door",
        "in",
        "mee",
        "na",
        "om",
        "op",
        "over",
        "toe",
        "uit",
        "voor",
        "weg",
        "terug",
        "tegen",
        "achter",
        "binnen",
        "buiten",
        "samen",
        "neer",
        "heen",
        "langs",
        "onder",
        "vast",
        "ver",
        "her",
        "ont",
        "mis",
        "weer",
        "voort",
        "ge",
        "be",
        "er",
        "te",
        "tussen",
        "rond",
        "mis",
        "hier",
        "daar",
        "waar",
    ]
)


def bucket_key(word: str) -> str:
    """Return the bucket a word lives in (must match the reader)."""
    return word[:2].lower()


def _read_list(path: str) -> set[str]:
    return {w.strip() for w in Path(path).read_text(encoding="utf-8").splitlines() if w.strip()}


def _unmunch(dic: str, aff: str) -> set[str]:
    out = subprocess.run(
        ["unmunch", dic, aff], capture_output=True, check=True, text=False
    ).stdout.decode("utf-8", "replace")
    return {w.strip() for w in out.splitlines() if w.strip() and not w[0].isdigit()}


def _frequencies(lang: str) -> dict[str, int]:
    import spellchecker  # a klacht dependency; only its data files are read

    path = Path(spellchecker.__file__).parent / "resources" / f"{lang}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    return {w: max(1, min(BANDS - 1, int(2 * math.log10(c)) - 2)) for w, c in counts.items()}


def _roles(words: set[str]) -> tuple[set[str], set[str]]:
    """Return the compound heads and modifiers seen at least MIN_ROLE_COUNT times."""
    lower = {w for w in words if w.isalpha() and w.islower()}
    heads: Counter[str] = Counter()
    mods: Counter[str] = Counter()
    for w in lower:
        if len(w) < 6:
            continue
        for i in range(3, len(w) - 2):
            left, right = w[:i], w[i:]
            if right not in lower or left in PARTICLES:
                continue
            base_ok = left in lower or any(
                left.endswith(link) and len(left) - len(link) >= 3 and left[: -len(link)] in lower
                for link in LINKS
            )
            if base_ok:
                heads[right] += 1
                mods[left] += 1
    return (
        {w for w, n in heads.items() if n >= MIN_ROLE_COUNT},
        {w for w, n in mods.items() if n >= MIN_ROLE_COUNT},
    )


def build(lang: str, words: set[str], out: Path) -> None:
    """Write one ``.kwl`` file."""
    words = {w for w in words if "\n" not in w and "\x1f" not in w and len(w) < 60}
    freq = _frequencies(lang)
    heads, mods = _roles(words) if lang == "nl" else (set(), set())
    buckets: dict[str, list[list[str]]] = defaultdict(lambda: [[] for _ in range(BANDS + 2)])
    for w in words:
        band = freq.get(w, freq.get(w.lower(), 0))
        buckets[bucket_key(w)][band].append(w)
    for w in heads:
        buckets[bucket_key(w)][BANDS].append(w)
    for w in mods:
        buckets[bucket_key(w)][BANDS + 1].append(w)
    index: dict[str, list[int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for key in sorted(buckets):
        text = "\x1f".join("\n".join(sorted(section)) for section in buckets[key])
        blob = zlib.compress(text.encode("utf-8"), 9)
        index[key] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    header = json.dumps({"v": 1, "lang": lang, "buckets": index}, ensure_ascii=False)
    out.write_bytes(header.encode("utf-8") + b"\n" + b"".join(blobs))
    sys.stdout.write(
        f"{out.name}: {len(words)} words, {len(heads)} heads, {len(mods)} modifiers, "
        f"{len(index)} buckets, {out.stat().st_size} bytes\n"
    )


def main() -> None:
    """Build both lists from the Debian packages."""
    nl = _read_list("/usr/share/dict/dutch")
    en = _read_list("/usr/share/dict/american-english") | _read_list(
        "/usr/share/dict/british-english"
    )
    en |= _unmunch("/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_US.aff")
    build("nl", nl, HERE / "nl.kwl")
    build("en", en, HERE / "en.kwl")


if __name__ == "__main__":
    main()
