"""Build ``tone.tsv``, klacht's tone vocabulary, from the curated lists below.

Run: ``.venv/bin/python src/klacht/data/lexicon/build.py`` (writes ``tone.tsv`` next to it).

Every term was reviewed by hand. Dutch terms also listed by LDNOOBW V2 (CC0; the copy in
``tests/data/profanity/profanity_lexicon_nl.tsv`` says which sources list a term) carry that
source; the rest, and all English terms, are klacht's own curation (MIT). GrofLex (no licence
stated) and glin-profanity were used to measure, never copied: a term only they list is
in the file only if klacht's curators added it themselves (source ``klacht``).

Columns: term, lang, category, severity, parts, source.

- category: ``insult`` (a word for a person that demeans), ``slur`` (demeans a group),
  ``accusation`` (a crime or dishonesty: an error only when aimed at the company or reader),
  ``profanity`` (a swear word: a warning, an error when aimed), ``curse`` (a disease curse),
  ``contempt`` (dismissive words about what was said or done).
- severity: the level before context (``error`` or ``warning``).
- parts: where the term counts inside a compound: ``any`` (as head or modifier: kutbedrijf,
  webcare-idioten), ``head`` (only as the last part: oplichtersbende has it as modifier, so
  ``any``), ``modifier`` (only as the first part: klotezooi), ``none`` (whole words only).
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "tests" / "data" / "profanity" / "profanity_lexicon_nl.tsv"

# term: (category, severity, parts)
NL: dict[str, tuple[str, str, str]] = {}
EN: dict[str, tuple[str, str, str]] = {}


def _add(table: dict[str, tuple[str, str, str]], words: str, entry: tuple[str, str, str]) -> None:
    for word in words.split():
        table[word] = entry


# Dutch: words for a person that demean them. As head or modifier of a compound.
_add(
    NL,
    """aso boerenlul debiel dombo domkop dommerik domoor eikel etterbak gajes gespuis
    hufter idioot imbeciel kakkerlak klerelijer klootzak kutkop kutwijf kuttekop lafaard
    lafbek lamlul pruts lamzak lapzwans leeghoofd lul lulhannes mafkees mafketel malloot minkukel
    nietsnut oelewapper oetlul onbenul onverlaat paardenlul pestlijer ploert prutser
    randdebiel rapalje rotzak schoft schorem schurk smeerlap sufferd sukkel tokkie trut
    teringlijer tyfuslijer uitschot uitvreter viespeuk viezerik vlegel zakkenwasser zeikerd
    zeurpiet kankerlijer stommerik ellendeling graftak hondenlul kankerlul""",
    ("insult", "error", "any"),
)
# Words for a woman or for sex work used as insults; whole words and heads only.
_add(
    NL,
    "hoer hoerenzoon lellebel slet sletten sloerie snol stoephoer wijf kreng loeder",
    ("insult", "error", "head"),
)
_add(
    NL, "kneus oen tuig", ("insult", "error", "none")
)  # kneuzen, oenologie, vliegtuig  # kneuzen, oenologie: whole words
# Slurs: always an error.
_add(
    NL,
    "neger nikker kamelenneuker geitenneuker roetmop zwartjoekel mongoloïde spast",
    ("slur", "error", "head"),
)
# Accusations: an error when aimed at the company or the reader, else a warning (news).
_add(
    NL,
    """bedrieger boef flessentrekker leugenaar oplichter zwendelaar afzetter uitzuiger
    zakkenvuller charlatan kwakzalver beunhaas oplichterij maffia graaier woekeraar profiteur""",
    ("accusation", "error", "any"),
)
# Heads only: diefstal, amateurvoetbal and clownsneus are no accusation.
_add(NL, "amateur clown crimineel dief", ("accusation", "error", "head"))
# Swear words: a warning, an error when aimed. Modifiers of a compound (kutbedrijf).
_add(NL, "kut klote kloten shit fuck fucking", ("profanity", "warning", "modifier"))
_add(
    NL,
    """godverdomme godver verdomme gadverdamme verdomd verdomde stront schijt zeiken verneukt
    verneuken belazerd kolere pleuris sodemieter oprotten opgerot opsodemieteren
    opkankeren wtf stfu kak""",
    ("profanity", "warning", "none"),
)
# Disease curses: always an error (kanker as a disease is handled by the pack's context).
_add(NL, "tering tyfus tyfes klere", ("curse", "error", "modifier"))
_add(NL, "kanker pokken", ("curse", "error", "modifier"))
# Contempt for what was said or done.
_add(NL, "bullshit gezeik gelul lulkoek lulverhaal flauwekul", ("contempt", "warning", "none"))

# Dutch, added for real posts (issue 8, reviewed by hand; none copied from a post). Words for
# a person that demean them, whole words and as the head or modifier of a compound.
_add(
    NL,
    """apenkop azijnpisser bangerik bangeschijter boerenkinkel boerenpummel botterik
    doerak droplul engerd etterbuil flapdrol gluiperd halvegare halvezool
    hansworst klojo kloothommel klootviool klungelaar lammeling lelijkerd
    lummel mispunt mormel naarling onderkruipsel onnozelaar proleet pummel schijterd
    schobbejak slapjanus slappeling smeerkees smeerpijp smiecht snotaap stomkop
    stommeling stommerd sufkop troela tuthola uilskuiken vetzak vreetzak vuilak zeikstraal
    zwakkeling kankerhoer kankerwijf tyfushoer teringwijf mietje lijer""",
    ("insult", "error", "any"),
)
# Plural nouns for people whose singular is an everyday adjective (gek, mal): whole words.
_add(NL, "gekken halvegaren idioterik", ("insult", "error", "none"))
# Slurs for a group: always an error, also as a compound's head (kutmarokkaan is found by kut).
_add(NL, "spleetoog kaffer bosneger zandneger", ("slur", "error", "head"))
# Accusations: an error when aimed at the company or reader, else a warning (a report).
_add(
    NL,
    """landverrader volksverrader verrader huichelaar hypocriet volksverlakker afperser
    bandiet oplichtersbende zakkenroller""",
    ("accusation", "error", "any"),
)
# Contempt for what was said or done: a warning. Also as a compound's head (complotgelul).
_add(NL, "gezever geneuzel gezwets gewauwel gejank gepruts", ("contempt", "warning", "none"))
_add(NL, "kolder", ("contempt", "warning", "none"))
# Asocial as an exclamation judges behaviour ("Asociaal!"); aimed, the phrase rules find it.
_add(NL, "asociaal asociale", ("contempt", "warning", "none"))
# Chat spellings of kanker as a curse (kk, kkr).
_add(NL, "kk kkr kanka kenker", ("curse", "error", "modifier"))
# Words that merely contain a term (a prefix, a plural, another word): never a finding. The
# compound search stops at them (kleren-hanger is no klere-nhanger, vlieg-tuig no insult).
_add(
    NL,
    """negeren negeer kleren klerenhanger recidief tardief kiekendief wespendief visdief
    eikelen eikelaan dorsvlegel jaknikker chipsnol lulofs kankeren gekankerd pokkenprik
    pokkenvaccin tuigage ploertendoder sukkelen gesukkeld sukkelgang hufterproof
    hufterproef schofthoogte schapenkop schapenkoppen sleten beïnvloeder kafferen""",
    ("innocent", "none", "none"),
)

# English.
_add(
    EN,
    """idiot moron imbecile retard dumbass jackass asshole arsehole bastard bitch cunt dick
    dickhead prick twat wanker tosser scumbag scum douche douchebag loser cretin nitwit
    halfwit dimwit muppet pillock bellend knobhead git cocksucker motherfucker shithead
    shitbag numbnuts jerk slut whore hoe skank lowlife dipshit fuckwit fuckface""",
    ("insult", "error", "any"),
)
_add(
    EN,
    "fag faggot nigger nigga dyke tranny spic chink kike wetback coon",
    ("slur", "error", "any"),
)
_add(
    EN,
    "crook thief scammer fraudster liar cheat swindler criminal conman clown amateur cowboy",
    ("accusation", "error", "any"),
)
_add(
    EN,
    """fuck fucking fucked fucker shit shitty crap crappy damn goddamn piss pissed bollocks
    arse ass wtf stfu omfg ffs bugger""",
    ("profanity", "warning", "modifier"),
)
_add(EN, "bullshit rubbish nonsense", ("contempt", "warning", "none"))
_add(EN, "pussy", ("insult", "error", "none"))

# Words kept out on purpose (homonyms a calm complaint uses): zak, pot, muts, balen, gek,
# teef (the pack's tone.insult knows the dog), del (delen),
# stom, dom (adjectives: the pack's phrase rules catch them aimed at the company), kak-
# (kakhiel), rot (Rotterdam, rotonde; rotbedrijf is found by the pack), hell, bloody.


def main() -> None:
    """Write tone.tsv, with the source of each term."""
    ldnoobw2: set[str] = set()
    with SHARED.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if "LDNOOBW2" in row["sources"].split(","):
                ldnoobw2.add(row["term"])
    lines = ["term\tlang\tcategory\tseverity\tparts\tsource"]
    for lang, table in (("nl", NL), ("en", EN)):
        for term in sorted(table):
            category, severity, parts = table[term]
            source = "LDNOOBW2" if lang == "nl" and term in ldnoobw2 else "klacht"
            lines.append(f"{term}\t{lang}\t{category}\t{severity}\t{parts}\t{source}")
    (HERE / "tone.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
