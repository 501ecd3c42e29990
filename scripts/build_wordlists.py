"""Build the compact word lists ``nl.kwl`` and ``en.kwl`` (a maintainer script, never imported).

Run ``pip install 'klacht[wordlists]'`` (or ``pip install pyspellchecker``), then
``python scripts/build_wordlists.py`` on a Debian machine with the packages ``wdutch``,
``wamerican``, ``wbritish``, ``hunspell-en-us`` and ``hunspell-tools`` installed. Word
frequencies for ranking suggestions come from pyspellchecker's data files, read at build
time only: klacht itself never needs pyspellchecker. See
``src/klacht/data/wordlists/PROVENANCE.md`` for sources and licences.

File format (read by ``klacht.checks.spelling.wordlist``): the magic line ``KWL\\x00\\x01``, then
one JSON line with the bucket index
``{"v": 1, "lang": ..., "buckets": {key: [offset, length]}}``, then the zlib-compressed
buckets. A bucket holds every word whose first two (or, for big groups, three) characters,
lower-cased, are its key; a reader looks up the three-letter key first. Its text is sections
split by ``\\x1f``, each a ``\\n``-joined list: 0 all words, 1 the words with capitals,
2 the compound heads, 3 the compound modifiers (linking ``s``/``e``/``en`` included), then
4-12 the words of frequency bands 1-9 (9 = most frequent; unlisted words are band 0).
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

HERE = Path(__file__).resolve().parent.parent / "src" / "klacht" / "data" / "wordlists"
MAGIC = b"KWL\x00\x01\n"  # the NUL also tells git the file is binary
BANDS = 10
SECTIONS = 3 + BANDS  # words, cased words, heads, modifiers, bands 1-9
MAX_BUCKET = 800  # a two-letter bucket this big is split by the third letter ...
MIN_SPLIT = 50  # ... for three-letter groups at least this big
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


def bucket_key(word: str, split: frozenset[str] = frozenset()) -> str:
    """Return the bucket a word lives in (must match the reader): 3 characters if split."""
    key3 = word[:3].lower()
    return key3 if len(key3) == 3 and key3 in split else word[:2].lower()


def _read_list(path: str) -> set[str]:
    return {w.strip() for w in Path(path).read_text(encoding="utf-8").splitlines() if w.strip()}


def _extra(lang: str) -> set[str]:
    """Return klacht's own additions (``extra_<lang>.txt``, ``#`` starts a comment)."""
    lines = (HERE / f"extra_{lang}.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def _unmunch(dic: str, aff: str) -> set[str]:
    out = subprocess.run(
        ["unmunch", dic, aff], capture_output=True, check=True, text=False
    ).stdout.decode("utf-8", "replace")
    return {w.strip() for w in out.splitlines() if w.strip() and not w[0].isdigit()}


def _frequencies(lang: str) -> dict[str, int]:
    import spellchecker  # the build-time extra 'wordlists'; only its data files are read

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
    sizes = Counter(w[:2].lower() for w in words)
    sizes3 = Counter(w[:3].lower() for w in words if len(w) >= 3)
    split = frozenset(
        k3 for k3, n in sizes3.items() if n >= MIN_SPLIT and sizes[k3[:2]] >= MAX_BUCKET
    )
    buckets: dict[str, list[list[str]]] = defaultdict(lambda: [[] for _ in range(SECTIONS)])
    for w in words:
        sections = buckets[bucket_key(w, split)]
        sections[0].append(w)
        if not w.islower():
            sections[1].append(w)
        band = freq.get(w, freq.get(w.lower(), 0))
        if band:
            sections[3 + band].append(w)
    for w in heads:
        buckets[bucket_key(w, split)][2].append(w)
    for w in mods:
        buckets[bucket_key(w, split)][3].append(w)
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
    out.write_bytes(MAGIC + header.encode("utf-8") + b"\n" + b"".join(blobs))
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
    build("nl", nl | _extra("nl"), HERE / "nl.kwl")
    build("en", en | _extra("en"), HERE / "en.kwl")


if __name__ == "__main__":
    main()
