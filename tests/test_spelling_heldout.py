"""The held-out spelling lists are frozen, and the tokenizer stays linear on hostile input."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from klacht.checks.spelling import check_embedded, skipped_spans, tokens

DATA = Path(__file__).parent / "data" / "spelling"
"""The lists the project tunes on that came from the shared test data."""
FROZEN = {
    "heldout_nl.tsv": "04e59af2d3a538b92730ce3648d8964057742a812f12d6d8af72647513a65501",
    "heldout_en.tsv": "04a628ca86cc4ecdfec3580dcf0f7620e668965cd036c92b78e457ed99b7184c",
    "correct_sentences_nl_test.tsv": (
        "afa397c5ff68e883f64baf0f26f2986d8bb8a1a89c82a2f17089de1d2033d78f"
    ),
}


"""Cut from public data sets, which are not committed: in ``$KLACHT_REAL_DATA/spelling/``."""


def _outside(name: str) -> Path:
    """The list ``name`` kept outside the repository; skip when KLACHT_REAL_DATA is not set."""
    root = os.environ.get("KLACHT_REAL_DATA")
    if not root:
        pytest.skip("lists cut from public data sets are kept outside: set KLACHT_REAL_DATA")
    return Path(root) / "spelling" / name


@pytest.mark.parametrize(("name", "digest"), sorted(FROZEN.items()))
def test_heldout_list_is_frozen(name: str, digest: str) -> None:
    """A held-out test list is measured only: its bytes never change."""
    assert hashlib.sha256(_outside(name).read_bytes()).hexdigest() == digest


def test_heldout_and_development_lists_are_disjoint() -> None:
    """No pair of a held-out list appears in a list of its language the checker is tuned on."""

    def pairs(name: str) -> set[tuple[str, str]]:
        path = DATA / name if name.startswith("misspellings") else _outside(name)
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        return {(line.split("\t")[0], line.split("\t")[1]) for line in lines}

    assert len(pairs("heldout_nl.tsv")) == 600
    assert len(pairs("heldout_en.tsv")) == 1000
    assert not pairs("heldout_nl.tsv") & (
        pairs("misspellings_nl.tsv") | pairs("dev_opentaal_nl.tsv")
    )
    assert not pairs("heldout_en.tsv") & (
        pairs("misspellings_en.tsv") | pairs("dev_birkbeck_en.tsv")
    )


def test_correct_sentence_samples_are_disjoint() -> None:
    """The frozen correct-Dutch sample shares no sentence with the development sample."""

    def sentences(name: str) -> set[str]:
        lines = _outside(name).read_text(encoding="utf-8").splitlines()[1:]
        return {line.split("\t", 1)[1] for line in lines}

    test = sentences("correct_sentences_nl_test.tsv")
    assert len(test) == 299  # 300 rows; two Wikipedia sentences are just "Antwerpen"
    assert not test & sentences("correct_sentences_nl_dev.tsv")


def test_handles_addresses_and_sites_are_skipped_without_their_full_stop() -> None:
    """Handles, hashtags, addresses and sites are skipped; the punctuation after them is not."""
    text = "Mail jan.de.vries@example.com of @KLM. Zie www.klm.nl/x en klm.nl, #fail! en @ los."
    shown = [text[a:b] for a, b in skipped_spans(text)]
    assert shown == ["jan.de.vries@example.com", "@KLM", "www.klm.nl/x", "klm.nl", "#fail"]
    assert [w for _, _, w in tokens(text)] == ["Mail", "of", "Zie", "en", "en", "los"]


@pytest.mark.parametrize("unit", ["@", "niemand", "a+", "x.", "a-", "@a"])
def test_a_hostile_run_is_tokenized_and_checked(unit: str) -> None:
    """200 KB of one repeated unit is tokenized and checked (it took minutes before)."""
    text = unit * (200_000 // len(unit))
    assert isinstance(check_embedded(text, lang="nl"), list)
    assert all(end - start <= 60 for start, end, _ in tokens(text))


def test_a_pasted_blob_is_never_a_word() -> None:
    """A 'word' longer than 60 characters is skipped like a code, not flagged."""
    text = "Dit is " + "niemand" * 20 + " kapot."
    assert check_embedded(text, lang="nl") == []
    assert (7, 7 + 140) in skipped_spans(text)
