"""Recall and false alarms of klacht's tone and privacy checks on the data in tests/data.

Per category on the development sets (tuned on), the shared HateCheck-NL subset and the frozen
set of real posts (measured, never tuned on; its misses are deliberately not listed).

Run: ``KLACHT_REAL_DATA=DIR .venv/bin/python benchmarks/quality_checks.py`` (add ``-v`` to list
the misses); the real posts live outside the repository in ``DIR/labelled`` (development) and
``DIR/frozen`` (see ``real_folder``); without the variable their figures are skipped.
``--real PATH`` measures only real posts kept outside the repository (a TSV file, or a folder of
them, with the columns id, text, lang, label): a file whose name holds ``dev`` is a development
set (``-v`` lists its misses), any other is frozen and only counted. Data from a fetched
repository never enters the project, so it is measured where it lies.
tests/test_checks_quality.py imports the functions here and asserts the thresholds.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from klacht.checks import check_text

DATA: Final = Path(__file__).resolve().parent.parent / "tests" / "data"

# Which rule prefixes count as catching a label.
LABEL_RULES: Final = {
    "insult": ("tone.insult", "tone.profanity", "tone.curse", "tone.contempt"),
    "shouting": ("tone.shouting", "tone.punctuation"),
    "threat": ("tone.threat",),
    "exaggeration": ("tone.exaggeration", "tone.absolute", "tone.emotive"),
    "private": ("privacy.",),
}
# Column `type` of private_data_cases.tsv -> klacht rule ids.
PRIVATE_TYPES: Final = {
    "bsn": ("privacy.bsn",),
    "iban": ("privacy.iban",),
    "phone_nl": ("privacy.phone",),
    "email": ("privacy.email",),
    "postcode_address": ("privacy.postcode", "privacy.address"),
    "customer_or_order_number": ("privacy.reference",),
}


@dataclass(frozen=True)
class Rate:
    """Hits out of a total, and the rows that went the wrong way."""

    name: str
    hits: int
    total: int
    wrong: tuple[str, ...]

    @property
    def value(self) -> float:
        """The fraction (1.0 for an empty set)."""
        return self.hits / self.total if self.total else 1.0

    def line(self) -> str:
        """One printable line."""
        return f"{self.name:<46} {self.hits:>4}/{self.total:<4} = {self.value:.3f}"


def _rules(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, lang=lang, spelling=False, public=True)
    return [(f.rule, f.severity) for f in report.findings]


def _caught(found: list[tuple[str, str]], prefixes: tuple[str, ...]) -> bool:
    return any(rule.startswith(prefixes) for rule, _ in found)


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def labelled_rates(name: str = "complaints.tsv") -> list[Rate]:
    """Recall per label and error-level false alarms on calm rows of a labelled file.

    ``complaints.tsv`` is the main set; ``heldout.tsv`` was written after the rules and
    measured blind once (see its README).
    """
    rows = _tsv(DATA / "labelled" / name)
    rates = []
    for label, prefixes in LABEL_RULES.items():
        subset = [r for r in rows if r["label"] == label]
        wrong = tuple(
            r["text"] for r in subset if not _caught(_rules(r["text"], r["lang"]), prefixes)
        )
        rates.append(Rate(f"labelled recall {label}", len(subset) - len(wrong), len(subset), wrong))
    calm = [r for r in rows if r["label"] == "calm"]
    alarms = tuple(
        r["text"] for r in calm if any(s == "error" for _, s in _rules(r["text"], r["lang"]))
    )
    rates.append(Rate("labelled calm error-level false alarms", len(alarms), len(calm), alarms))
    warned = tuple(
        r["text"] for r in calm if any(s == "warning" for _, s in _rules(r["text"], r["lang"]))
    )
    rates.append(Rate("labelled calm with a warning (advice)", len(warned), len(calm), warned))
    return rates


IBAN_SHAPED: Final = ("mod-97 fails", "national check", "check digits 00", "invalid check")
"""How the shared set describes its negatives with an IBAN's form and a wrong check."""


def iban_shaped(row: dict[str, str]) -> bool:
    """Tell whether a shared negative has an IBAN's form: klacht finds those on purpose.

    A reader sees an account number even when a check digit is wrong, so klacht flags it
    (saying it may be a typo); ``tests/test_privacy_quality.py`` checks that it does.
    """
    shaped = any(part in row["rule"] for part in IBAN_SHAPED)
    return row["type"] == "iban" and row["label"] == "0" and shaped


def private_rates() -> list[Rate]:
    """Recall and false alarms on private_data_cases.tsv.

    Recall: a row labelled 1 gets some privacy finding. False alarm: a row labelled 0 gets a
    finding of its own type (bsn-060 holds a real phone number, which is rightly found).
    """
    rows = _tsv(DATA / "private-data" / "private_data_cases.tsv")
    pos = [r for r in rows if r["label"] == "1"]
    neg = [r for r in rows if r["label"] == "0" and not iban_shaped(r)]
    missed = tuple(
        f"{r['id']}: {r['text']}"
        for r in pos
        if not _caught(_rules(r["text"], "nl"), ("privacy.",))
    )
    alarms = tuple(
        f"{r['id']}: {r['text']}"
        for r in neg
        if _caught(_rules(r["text"], "nl"), PRIVATE_TYPES[r["type"]])
    )
    return [
        Rate("private-data recall", len(pos) - len(missed), len(pos), missed),
        Rate("private-data false alarms (same type)", len(alarms), len(neg), alarms),
    ]


def private_off_rate() -> Rate:
    """Privacy findings on the positive rows when the text is private (must be none)."""
    rows = [r for r in _tsv(DATA / "private-data" / "private_data_cases.tsv") if r["label"] == "1"]
    wrong = tuple(
        r["text"]
        for r in rows
        if any(
            f.kind == "privacy"
            for f in check_text(r["text"], lang="nl", spelling=False, public=False).findings
        )
    )
    return Rate("private-data findings with public=False", len(wrong), len(rows), wrong)


def hatecheck_rates() -> list[Rate]:
    """Recall on HateCheck-NL profanity and threats, false alarms on the harmless groups."""
    rows = _tsv(DATA / "profanity" / "hatecheck_nl_subset.tsv")
    tone = ("tone.insult", "tone.profanity", "tone.curse", "tone.contempt", "tone.threat")
    rates = []
    groups = {
        "profanity_h": ("hatecheck recall abusive profanity", tone),
        "threat_dir_h": ("hatecheck recall abusive threats", ("tone.threat",)),
        "profanity_nh": ("hatecheck recall profane not hateful", tone),
        "slur_h": ("hatecheck recall slurs (out of scope)", tone),
        "derog_dehum_h": ("hatecheck recall dehumanising (out of scope)", tone),
        "target_indiv_nh": ("hatecheck recall insult/threat at a person", tone),
    }
    for func, (name, prefixes) in groups.items():
        subset = [r for r in rows if r["functionality"] == func]
        wrong = tuple(r["text"] for r in subset if not _caught(_rules(r["text"], "nl"), prefixes))
        rates.append(Rate(name, len(subset) - len(wrong), len(subset), wrong))
    for func, name in (
        ("slur_homonym_nh", "hatecheck false alarms innocent homonyms"),
        ("ident_neutral_nh", "hatecheck false alarms neutral statements"),
        ("ident_pos_nh", "hatecheck false alarms positive statements"),
        ("target_obj_nh", "hatecheck error-level on negativity about objects"),
    ):
        subset = [r for r in rows if r["functionality"] == func]
        alarms = tuple(
            r["text"] for r in subset if any(s == "error" for _, s in _rules(r["text"], "nl"))
        )
        rates.append(Rate(name, len(alarms), len(subset), alarms))
    return rates


def lexicon_rates() -> list[Rate]:
    """How much of the public lexicon is flagged when used as an insult in a sentence.

    Reported, not asserted: the lexicon holds many harmless words (balen, pot, zak), so 100 %
    would mean false alarms. Split by how many sources list the term.
    """
    rows = _tsv(DATA / "profanity" / "profanity_lexicon_nl.tsv")
    rates = []
    for name, keep in (
        ("lexicon terms in 3+ sources flagged", lambda r: int(r["n_sources"]) >= 3),
        ("lexicon terms in 1-2 sources flagged", lambda r: int(r["n_sources"]) < 3),
    ):
        subset = [r for r in rows if keep(r)]
        wrong = tuple(
            r["term"]
            for r in subset
            if not _caught(_rules(f"Jullie zijn {r['term']}.", "nl"), LABEL_RULES["insult"])
        )
        rates.append(Rate(name, len(subset) - len(wrong), len(subset), wrong))
    return rates


REAL_DATA: Final = "KLACHT_REAL_DATA"
"""The variable naming the folder of real posts labelled by others, kept outside the repository.

Public data sets are not committed here (the project ships and commits only what it wrote or
what the shared test data holds), so their samples live in that folder: ``frozen/`` (measured,
never tuned on) and ``labelled/`` (development, tuned on). ``tests/data/frozen/README.md`` says
where each file comes from and how to rebuild it; without the variable these figures are skipped.
"""


def real_folder(part: str) -> Path | None:
    """Return ``$KLACHT_REAL_DATA/part`` (``frozen`` or ``labelled``), or None without it."""
    root = os.environ.get(REAL_DATA)
    return Path(root) / part if root else None


def _tone_only(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, lang=lang, spelling=False, public=False)
    return [(f.rule, f.severity) for f in report.findings if f.rule.startswith("tone.")]


def _real_rates(name: str, rows: list[dict[str, str]], keep: bool = False) -> list[Rate]:
    """Any tone finding and errors, on the abusive and on the not-offensive rows.

    The rows that go wrong are kept only with ``keep`` (the development sets): nobody should
    read the frozen set's to tune a rule. For abusive rows "wrong" is a miss, for not-offensive
    rows an error.
    """
    rates = []
    for label, what in (("abusive", "abusive"), ("not", "not-offensive")):
        subset = [r for r in rows if r["label"] == label]
        found = [_tone_only(r["text"], r["lang"]) for r in subset]
        tone = sum(bool(f) for f in found)
        errs = [any(s == "error" for _, s in f) for f in found]
        missed = tuple(r["text"] for r, f in zip(subset, found, strict=True) if keep and not f)
        alarms = tuple(r["text"] for r, e in zip(subset, errs, strict=True) if keep and e)
        wrong = alarms if label == "not" else missed
        rates.append(Rate(f"{name}: {what} with a tone finding", tone, len(found), ()))
        rates.append(Rate(f"{name}: {what} with an error", sum(errs), len(found), wrong))
    return rates


def dev_real_rates(folder: Path) -> list[Rate]:
    """Tone findings on each development file of real posts, and on all of them together.

    ``folder`` holds real posts from the frozen set's sources, disjoint rows: tuned on.
    """
    every: list[dict[str, str]] = []
    rates: list[Rate] = []
    for path in sorted(folder.glob("*.tsv")):
        rows = _tsv(path)
        every.extend(rows)
        rates.extend(_real_rates(path.stem, rows, keep=True))
    rates.extend(_real_rates("all development", every, keep=True))
    return rates


def frozen_rates(folder: Path) -> list[Rate]:
    """Tone findings on each frozen file of real posts, per language, and on all of them together.

    The per-language rows (``all frozen nl``, ``all frozen en``) appear once the folder holds
    posts in more than one language, so Dutch posts get a figure of their own.
    """
    every: list[dict[str, str]] = []
    rates: list[Rate] = []
    for path in sorted(folder.glob("*.tsv")):
        rows = _tsv(path)
        every.extend(rows)
        rates.extend(_real_rates(path.stem, rows))
    langs = sorted({r["lang"] for r in every})
    if len(langs) > 1:
        for lang in langs:
            rates.extend(_real_rates(f"all frozen {lang}", [r for r in every if r["lang"] == lang]))
    rates.extend(_real_rates("all frozen", every))
    return rates


def real_rates(path: Path) -> list[Rate]:
    """Tone findings on real posts outside the repository: per file, per language, and all.

    ``path`` is a TSV file or a folder of them. Misses are kept only for development files
    (``dev`` in the name); frozen files are counted, never listed.
    """
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    rates: list[Rate] = []
    for file in files:
        rates.extend(_real_rates(file.stem, _tsv(file), keep="dev" in file.stem))
    return rates


def main(argv: list[str]) -> None:
    """Print every figure; with ``-v`` also the rows that went wrong; ``--dev`` skips frozen.

    ``--real PATH`` prints only the figures of the real posts at ``PATH`` (see the module).
    """
    verbose = "-v" in argv
    if "--real" in argv:
        where = Path(argv[argv.index("--real") + 1])
        _print(((f"real posts outside the repository ({where})", real_rates(where)),), verbose)
        return
    sections: tuple[tuple[str, list[Rate]], ...] = (
        ("development: labelled complaints (labelled/complaints.tsv)", labelled_rates()),
        (
            "development: held-out, tuned on since (labelled/heldout.tsv)",
            labelled_rates("heldout.tsv"),
        ),
        ("development: blind, tuned on since (labelled/blind.tsv)", labelled_rates("blind.tsv")),
        ("private data (tests/data/private-data)", [*private_rates(), private_off_rate()]),
        ("shared HateCheck-NL subset (tests/data/profanity)", hatecheck_rates()),
        ("profanity lexicon (tests/data/profanity)", lexicon_rates()),
    )
    dev, frozen = real_folder("labelled"), real_folder("frozen")
    if dev is None or frozen is None:
        print(f"Real posts not measured: set {REAL_DATA} (see tests/data/frozen/README.md).")
    else:
        sections = (*sections, (f"development: real posts, tuned on ({dev})", dev_real_rates(dev)))
        if "--dev" not in argv:
            title = f"FROZEN: real posts, never tuned on ({frozen})"
            sections = (*sections, (title, frozen_rates(frozen)))
    _print(sections, verbose)


def _print(sections: tuple[tuple[str, list[Rate]], ...], verbose: bool) -> None:
    for title, rates in sections:
        print(f"\n== {title}")
        for rate in rates:
            print(rate.line())
            if verbose and "advice" not in rate.name and "lexicon" not in rate.name:
                for row in rate.wrong:
                    print(f"      - {row}")


if __name__ == "__main__":
    main(sys.argv[1:])
