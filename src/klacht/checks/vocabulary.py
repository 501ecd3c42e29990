"""Insults, swear words and curses from the vocabulary, in any disguise, weighed in context.

Context decides the level: an insult or slur is an error; an accusation (``oplichters``,
``thieves``) and a swear word are errors only when aimed at the company, its staff or the
reader (``jullie``, ``you``, ``kutbedrijf``, ``Stelletje oplichters!``), and warnings in a
report about others (``de politie pakte criminelen op``). A disease named as a disease
(``mijn moeder heeft kanker``) and a name in capitals or quotes (``Damn Yankees``) are not
curses at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from klacht.checks import homonyms, lexicon, obfuscation
from klacht.checks.phrasing import Sentences
from klacht.checks.spans import Spans
from klacht.model import Finding, base_lang
from klacht.writing.texts import t

if TYPE_CHECKING:
    from collections.abc import Iterator

    from klacht.checks.lexicon import Hit


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


RULES: Final = {
    "insult": "tone.insult.word",
    "slur": "tone.insult.slur",
    "accusation": "tone.insult.accusation",
    "profanity": "tone.profanity.word",
    "curse": "tone.curse.word",
    "contempt": "tone.contempt.word",
}
EMOJI_RULE: Final = "tone.insult.emoji"
ANGER_RULE: Final = "tone.emotive.emoji"

_YOU: Final = _set("jullie je jij jou jouw u uw you your youre you're ur ya yall y'all thee")
_COMPANY: Final = _set(
    """bedrijf bedrijfje bedrijven organisatie club clubje tent tentje zaak zaakje firma toko
    klantenservice webcare helpdesk servicedesk medewerker medewerkers personeel provider bank
    winkel webshop maatschappij instantie bende zooi zootje management directie app site
    company companies service support staff team agent agents store shop business bank
    airline management customer-service helpline"""
)
_PEOPLE_NL: Final = _set(
    """mens mensen man mannen vrouw vrouwen vent venten wijf wijven kind kinderen jongen
    jongens meid meiden gast gasten kerel kerels lijer lijers hoer hoeren hond honden aap
    apen varken varkens rat ratten jood joden moslim moslims turk turken marokkaan
    marokkanen mocro mocros neger negers homo homo's flikker flikkers mongool mongolen
    buitenlander buitenlanders allochtoon allochtonen vluchteling vluchtelingen
    asielzoeker asielzoekers zigeuner zigeuners christen christenen politici politicus
    volk kabinet regering overheid politie partij troll trol linksen rechtsen"""
)
_GROUP_ENDINGS: Final = ("isten", "anen", "ianen", "ezen", "aars", "ijnen")
"""Plural nouns for groups of people (communisten, marokkanen, chinezen, Belgen excepted)."""
_NASTY_NL: Final = _set(
    """vuile vuil vieze vies smerige smerig gore goor laffe laf valse vals domme dom stomme
    stom achterlijke walgelijke gluiperige hypocriete zielige lelijke vette"""
)
"""Adjectives that make a word for a person an insult (vuile landverraders, valse hypocriet)."""
_PREDICATE_NL: Final = re.compile(r"^\s+(?:zijn|is) (?:het|ze|jullie|die)\b", re.IGNORECASE)
"""``Vuile landverraders zijn het``: the word is said of the people meant."""
"""Words for people and groups: a curse before or inside one is aimed (kanker Marokkaan)."""
_VOCATIVE: Final = re.compile(
    r"\b(?:stelletje|stel|wat een|wat voor|zo'n|bende|what an?|bunch of|pack of|you)\s*$",
    re.IGNORECASE,
)
_NOT_CURSE_BEFORE: Final = _set(
    """heb heeft had hadden hebben kreeg kregen krijgt met tegen aan bij door na voor de het
    zijn haar mijn onze hun zoals has have had with against from of"""
)
_MEDICAL: Final = re.compile(
    r"\b(?:\w*kanker\w*|oncolo\w*|chemo\w*|ziekenhuis\w*|diagnose\w*|tumor\w*|cancer|kwf"
    r"|patiënt\w*|behandeling\w*|tbc)\b",
    re.IGNORECASE,
)
_MEDICAL_HEADS: Final = re.compile(
    r"(?:patiënt|onderzoek|bestrijding|behandeling|fonds|zorg|cel|afdeling|centrum|diagnose|"
    r"screening|risico|soort|vorm|medicijn|verwekkend|gezwel|ziekte|pati|vaccin|prik|epidemie)"
)
_WINDOW: Final = 150
_QUOTES: Final = re.compile(r"[\"“”„«»]([^\"“”„«»\n]{1,80})[\"“”„«»]")
_ANGRY: Final = frozenset("😡😠🤬👿💢")
_RUDE_EMOJI: Final = frozenset("🖕")
_WORDS: Final = re.compile(r"[\w'\u2019-]+")
# Calling oneself a name ("I'm such an idiot", "Imma coon") is no insult at the reader.
_SELF: Final = re.compile(
    r"\b(?:i'?m|i am|imma|i was|am i|i feel like|i felt like)\s+"
    r"(?:(?:such|so|a|an|the|total|complete|real|bit|of|biggest|little|bloody)\s+){0,3}$",
    re.IGNORECASE,
)
_LAST_WORD: Final = re.compile(r"[\w'\u2019-]+\.? $")
_VERB_ENDINGS: Final = ("ing", "in", "ed")
"""An accusation as a verb (``cheating``, ``cheated``) reports an act; it calls nobody a name."""


def check(text: str, *, lang: str = "nl") -> Iterator[Finding]:
    """Yield a finding per vocabulary word in ``text`` (in any disguise), and rude emoji."""
    base = base_lang(lang)
    quoted: Spans[None] = Spans((*m.span(1), None) for m in _QUOTES.finditer(text))
    taken: Spans[None] = Spans()
    sentences = Sentences(text)
    for token in obfuscation.tokens(text):
        if taken.any_overlap(token.start, token.end):
            continue
        hit = _lookup(token, base)
        if hit is None:
            continue
        finding = _weigh(text, sentences, token, hit, (lang, base), quoted)
        if finding is not None:
            taken.add(token.start, token.end, None)
            yield finding
    yield from _emoji(text, lang)


def _lookup(token: obfuscation.Token, lang: str) -> Hit | None:
    for form in token.forms:
        hit = lexicon.lookup(form, lang)
        if hit is not None:
            return hit
    if "*" in token.text:
        terms = tuple(lexicon.vocabulary(lang))
        word = obfuscation.unstar(
            token.text.strip("@#"), lambda w: lexicon.lookup(w, lang) is not None, terms
        )
        if word is not None:
            return lexicon.lookup(word, lang)
    return None


def _window(sentences: Sentences, token: obfuscation.Token) -> tuple[int, int]:
    """Return the part of the token's sentence that context is read from (at most 150 chars)."""
    left, right = sentences.span(token.start, token.end)
    return max(left, token.start - _WINDOW), min(right, token.end + _WINDOW)


def _aimed(text: str, sentences: Sentences, token: obfuscation.Token, hit: Hit) -> bool:
    """Tell whether the word is aimed at the company, its staff or the reader."""
    if hit.compound and hit.compound.strip("-") in _COMPANY:
        return True
    left, right = _window(sentences, token)
    before = _WORDS.findall(text[left : token.start])
    after = _WORDS.findall(text[token.end : right])
    near = [w.lower() for w in before[-4:] + after[:4]]
    if any(w in _YOU or w in _COMPANY for w in near):
        return True
    if _VOCATIVE.search(text[left : token.start]):
        return True
    # "Oplichters!" alone is aimed; "Damn." or "Fuck!" alone is an exclamation.
    return len(before) + len(after) <= 1 and hit.entry.category == "accusation"


def _curse_aimed(text: str, sentences: Sentences, token: obfuscation.Token, hit: Hit) -> bool:
    """Tell whether a Dutch curse, swear word or accusation is aimed at people.

    At the company, the reader or a group: ``kankerbedrijf``, ``kankerjood``, ``kanker
    Marokkaan``, ``kut communisten``, ``vuile landverraders``, ``oplichters zijn het``. A
    curse about a thing or a moment (``kutweer``, ``Tering, weer geen trein``) is a warning.
    """
    if hit.compound and hit.modifier:  # kankerbedrijf, kutwijf; not kutweer
        head = hit.compound.strip("-")
        return head in _PEOPLE_NL or head in _COMPANY or _person(head)
    if _aimed(text, sentences, token, hit):
        return True
    left, right = _window(sentences, token)
    if _PREDICATE_NL.match(text[token.end : right]):
        return True
    before = [w.lower() for w in _WORDS.findall(text[left : token.start])[-2:]]
    if hit.entry.category == "accusation" and any(w in _NASTY_NL for w in before):
        return True
    after = [w.lower() for w in _WORDS.findall(text[token.end : right])[:2]]
    if hit.entry.category == "accusation":
        return False
    return any(
        w in _PEOPLE_NL or _person(w) or (w.endswith(_GROUP_ENDINGS) and len(w) > 6) for w in after
    )


def _person(word: str) -> bool:
    """Tell whether ``word`` is itself an insult or slur for a person (kanker debiel)."""
    hit = lexicon.lookup(word.strip("-"), "nl")
    return hit is not None and hit.entry.category in ("insult", "slur")


def _is_disease(text: str, sentences: Sentences, token: obfuscation.Token, hit: Hit) -> bool:
    if hit.compound and _MEDICAL_HEADS.match(hit.compound):
        return True
    left, right = _window(sentences, token)
    before = _WORDS.findall(text[left : token.start])
    after = text[token.end : right].lstrip()
    if before and before[-1].lower() in _NOT_CURSE_BEFORE and not after.startswith("op"):
        return True
    sentence = text[left:right]
    return bool(_MEDICAL.search(sentence.replace(token.text, "", 1)))


def _innocent(
    text: str, sentences: Sentences, token: obfuscation.Token, hit: Hit, lang: str
) -> bool:
    """Tell whether the word is used in an innocent sense (homonyms.tsv): a garden hoe."""
    if hit.entry.term not in homonyms.senses(lang):
        return False
    left, right = _window(sentences, token)
    before = [w.lower() for w in _WORDS.findall(text[left : token.start])]
    after = [w.lower() for w in _WORDS.findall(text[token.end : right])]
    if hit.compound and hit.modifier:
        after.insert(0, hit.compound.strip("-"))
    elif hit.compound:
        before.append(hit.compound.strip("-"))
    return homonyms.innocent(hit.entry.term, lang, before, after, _named(text, token))


def _named(text: str, token: obfuscation.Token) -> bool:
    """Tell whether a capitalised word stands next to another one (Dick Smith, Moby Dick)."""
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    after = _WORDS.match(text, token.end + 1) if text[token.end : token.end + 1] == " " else None
    before = _LAST_WORD.search(text[max(0, token.start - 40) : token.start])
    words = [m.group(0).rstrip(". ") for m in (after, before) if m is not None]
    return any(w[:1].isupper() and not w.isupper() for w in words)


def _softened(text: str, sentences: Sentences, token: obfuscation.Token, hit: Hit) -> bool:
    """Tell whether a word that is an error elsewhere is only a warning here.

    In a hashtag (``#retarded``: a label, not an address), about oneself ("I'm such an
    idiot"), or an accusation as a verb ("cheating", "cheated": an act, not a name).
    """
    if token.start > 0 and text[token.start - 1] == "#":
        return True
    left, _ = sentences.span(token.start, token.end)
    if _SELF.search(text[max(left, token.start - _WINDOW) : token.start]):
        return True
    form = token.forms[0]
    return (
        hit.entry.category == "accusation"
        and not hit.compound
        and form != hit.entry.term
        and form.endswith(_VERB_ENDINGS)
    )


def _is_name(text: str, token: obfuscation.Token, quoted: Spans[None]) -> bool:
    """A title in quotes, or two capitalised words in a row (Damn Yankees)."""
    if quoted.contains(token.start, token.end):
        return True
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    after = _WORDS.match(text, token.end + 1) if text[token.end : token.end + 1] == " " else None
    return bool(after and after.group(0)[:1].isupper() and not after.group(0).isupper())


def _weigh(
    text: str,
    sentences: Sentences,
    token: obfuscation.Token,
    hit: Hit,
    langs: tuple[str, str],
    quoted: Spans[None],
) -> Finding | None:
    lang, base = langs  # the user's language (the message) and the vocabulary's
    category = hit.entry.category
    severity = hit.entry.severity
    if category == "curse" and _is_disease(text, sentences, token, hit):
        return None
    if category in ("profanity", "contempt", "accusation") and _is_name(text, token, quoted):
        return None
    if _innocent(text, sentences, token, hit, base):
        return None
    if base == "nl" and category in ("accusation", "profanity", "curse"):
        severity = "error" if _curse_aimed(text, sentences, token, hit) else "warning"
    elif category in ("accusation", "profanity"):
        severity = "error" if _aimed(text, sentences, token, hit) else "warning"
    if severity == "error" and _softened(text, sentences, token, hit):
        severity = "warning"
    suggestions: tuple[str, ...] = ()
    if hit.modifier and category in ("profanity", "curse") and hit.compound:
        suggestions = (hit.compound.strip("-"),)
    return Finding(
        "tone",
        RULES[category],
        "error" if severity == "error" else "warning",
        token.start,
        token.end,
        token.text,
        t(f"tone_word_{category}", lang, match=token.text),
        suggestions,
    )


def _emoji(text: str, lang: str) -> Iterator[Finding]:
    """Yield an error for a rude gesture and a warning for a run of angry faces."""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _RUDE_EMOJI:
            end = i + 1
            while end < len(text) and (
                text[end] in "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
            ):
                end += 1
            yield Finding(
                "tone", EMOJI_RULE, "error", i, end, text[i:end], t("tone_emoji_rude", lang)
            )
            i = end
            continue
        if ch in _ANGRY:
            end = i
            while end < len(text) and (text[end] in _ANGRY or text[end] in " \ufe0f"):
                end += 1
            run = text[i:end].rstrip()
            faces = sum(c in _ANGRY for c in run)
            if faces >= 2 or "🤬" in run:
                yield Finding(
                    "tone", ANGER_RULE, "warning", i, i + len(run), run, t("tone_emoji_angry", lang)
                )
            i = max(end, i + 1)
            continue
        i += 1
