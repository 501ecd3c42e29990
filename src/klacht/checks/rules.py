"""Load and validate the YAML rule packs (tone, phrasing) into ``Rule`` values.

Built-in packs live in ``klacht/data/rules/<family>.<lang>.yaml``; users may add their own
``*.yaml`` files to ``paths.config_dir() / "rules"``. A pack holds one language: its file name
ends in ``.nl.yaml`` or ``.en.yaml``, or it says ``lang: nl`` in a top-level mapping
``{lang: .., rules: [..]}``. Only YAML's safe loader is used (``SafeLoader``, or its C
twin ``CSafeLoader``), and every problem names the file and the rule id.

A validated pack is also kept as JSON in ``paths.cache_dir() / "rules"``, together with its
key: klacht's version, the ``Rule`` fields, the language, the file's path and the file's whole
text. It is used only when all of them are equal, so a cold ``klacht check`` skips importing
PyYAML, parsing and validating but never sees a stale pack. Measured again for 0.2 (both
built-in packs, this machine): the cached load takes 21-40 ms, parsing and validating them
177-304 ms (compiling every pattern and deriving the needles), so the cache stays. A cache
file that is missing, stale, corrupt or cannot be written only means parsing again.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from klacht.checks.rule_lists import expand, pack_lists
from klacht.errors import DataFileError

if TYPE_CHECKING:
    from collections.abc import Iterable

EXTENDS: Final = ("existence", "substitution")
LEVELS: Final = ("error", "warning", "info")
KINDS: Final = ("tone", "privacy", "content")
_REQUIRED: Final = ("id", "extends", "level", "message", "examples")
_KEYS: Final = frozenset(
    {
        "id",
        "extends",
        "level",
        "message",
        "kind",
        "ignorecase",
        "tokens",
        "patterns",
        "swap",
        "unless",
        "suggest",
        "fixable",
        "examples",
    }
)
_ID_RE: Final = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrasing rule from a YAML pack."""

    id: str
    """Dotted id such as ``tone.insult``."""
    extends: str
    """The check type: one of ``EXTENDS``."""
    level: str
    """``error``, ``warning`` or ``info``."""
    message: str
    """What is wrong and what to do; ``{match}`` is replaced by the matched text."""
    lang: str
    """The pack's language."""
    source: str
    """The file the rule came from (for error messages)."""
    kind: str = "tone"
    """The finding kind: one of ``KINDS``."""
    ignorecase: bool = True
    """Match without regard to case."""
    tokens: tuple[str, ...] = ()
    """Literal words or phrases, matched on word boundaries."""
    patterns: tuple[str, ...] = ()
    """Regular expressions (Python ``re`` syntax), matched on word boundaries."""
    swap: tuple[tuple[str, str], ...] = ()
    """``substitution``: pairs of (token, replacement)."""
    unless: tuple[str, ...] = ()
    """Regular expressions; a match in the same sentence cancels the finding."""
    suggest: tuple[str, ...] = ()
    """Neutral alternatives offered for every match (``existence``)."""
    fixable: bool = False
    """Whether the first suggestion may be applied as a mechanical fix."""
    fail: tuple[str, ...] = ()
    """Examples that must produce a finding of this rule."""
    passing: tuple[str, ...] = ()
    """Examples that must not produce a finding of this rule."""
    needles: tuple[tuple[tuple[str, ...], ...], ...] = ()
    """Per regex of the rule (the literals' one if any, then each pattern): clauses of
    lower-case ASCII strings; every match contains one string of each clause. ``()`` for a
    regex where nothing is known.

    The engine never compiles or runs a regex with a clause none of whose strings is in the text.
    """


def builtin_dir() -> Path:
    """Return the folder of the built-in rule packs."""
    return Path(__file__).parent.parent / "data" / "rules"


def user_dir() -> Path:
    """Return the folder where users keep their own rule packs."""
    from klacht.storage import paths

    return paths.config_dir() / "rules"


def load_rules(lang: str) -> tuple[Rule, ...]:
    """Return the built-in and the user's rules for ``lang``, validated.

    Raises:
        DataFileError: a pack is not valid YAML or a rule is invalid; names file and id.
    """
    files = _pack_files(builtin_dir())
    udir = user_dir()
    if udir.is_dir():
        files += _pack_files(udir)
    return _load_files(tuple(files), lang)


def _pack_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


@functools.cache
def _load_file_cached(path: str, mtime: float, lang: str) -> tuple[Rule, ...]:
    del mtime  # part of the cache key only: an edited file is read again
    return load_pack_cached(Path(path), lang=lang)


_CACHE_FORMAT: Final = 3
"""Bump when the cache file's layout, or what is derived into it (the needles), changes.

3: patterns are stored with their ``{list}`` references expanded.

2: needles hold several clauses per regex (a cache of format 1 would read each needle string
as a clause of single letters and silently skip rules).
"""


def load_pack_cached(path: Path, *, lang: str) -> tuple[Rule, ...]:
    """Return ``load_pack(path, lang=lang)``, from the on-disk cache when it is current.

    Raises:
        DataFileError: as ``load_pack``; an invalid pack is never cached.
    """
    named = pack_lang(path, None)
    if named is not None and named != lang:
        return ()  # another language's pack: not even read
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return load_pack(path, lang=lang)  # let the loader word the error
    head = _cache_head(path, lang)
    cache_file = _cache_file(head)
    rules = _read_cache(cache_file, head, source)
    if rules is not None:
        return rules
    rules = load_pack(path, lang=lang)
    _write_cache(cache_file, head, source, rules)
    return rules


def _cache_head(path: Path, lang: str) -> str:
    from klacht import __version__

    names = ",".join(f.name for f in fields(Rule))
    return f"{_CACHE_FORMAT} {__version__} {lang} {names} {path}"


def _cache_file(head: str) -> Path:
    from klacht.storage import paths

    return paths.cache_dir() / "rules" / f"{zlib.crc32(head.encode()):08x}.json"


def _read_cache(cache_file: Path, head: str, source: str) -> tuple[Rule, ...] | None:
    try:
        raw = json.loads(cache_file.read_bytes())
        if raw["head"] != head or raw["source"] != source:
            return None  # another pack (same file name hash), or the pack was edited
        return tuple(_rule_from_json(item) for item in raw["rules"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, unreadable or corrupt: parse the pack again


def _rule_from_json(item: dict[str, Any]) -> Rule:
    values: dict[str, Any] = {}
    for f in fields(Rule):
        value = item[f.name]
        if f.name == "swap":
            value = tuple((str(k), str(v)) for k, v in value)
        elif f.name == "needles":
            value = tuple(tuple(tuple(str(n) for n in c) for c in clauses) for clauses in value)
        elif isinstance(value, list):
            value = tuple(str(v) for v in value)
        elif not isinstance(value, str | bool):
            raise TypeError(f.name)
        values[f.name] = value
    return Rule(**values)


def _write_cache(cache_file: Path, head: str, source: str, rules: tuple[Rule, ...]) -> None:
    from klacht.storage import paths

    items = [{f.name: getattr(r, f.name) for f in fields(Rule)} for r in rules]
    text = json.dumps({"head": head, "source": source, "rules": items}, ensure_ascii=False)
    with contextlib.suppress(OSError):  # a read-only or full disk only costs speed
        paths.write_private(cache_file, text, durable=False)


def _load_files(files: tuple[Path, ...], lang: str) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            mtime = path.stat().st_mtime
        except OSError as err:
            raise DataFileError(f"Kan {path} niet lezen: {err.strerror}") from err
        for rule in _load_file_cached(str(path), mtime, lang):
            if rule.id in seen:
                raise DataFileError(
                    f"{path}: regel '{rule.id}' bestaat al in {seen[rule.id]}.",
                    hint="Geef elke regel een eigen id.",
                )
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)


def pack_lang(path: Path, raw: object) -> str | None:
    """Return the language of a pack: from a ``lang`` key, else from its file name.

    ``raw`` is the parsed pack, or ``None`` to look at the file name only.
    """
    if isinstance(raw, dict) and "lang" in raw:
        return str(raw["lang"])
    suffixes = path.name.split(".")
    if len(suffixes) >= 3 and suffixes[-2] in ("nl", "en"):
        return suffixes[-2]
    return None


def load_pack(path: Path, *, lang: str | None = None) -> tuple[Rule, ...]:
    """Read one pack; return its rules (none when the pack is for another language).

    Raises:
        DataFileError: unreadable file, invalid YAML or an invalid rule.
    """
    named = pack_lang(path, None)
    if lang is not None and named is not None and named != lang:
        return ()  # another language's pack: not even parsed
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataFileError(f"Kan {path} niet lezen: {err}") from err
    try:
        # The safe loader, in C where libyaml is there (ten times faster: cold `klacht check`).
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 -- a safe loader
    except yaml.YAMLError as err:
        raise DataFileError(f"{path} is geen geldige YAML: {err}") from err
    if raw is None:
        return ()
    plang = pack_lang(path, raw)
    if plang not in ("nl", "en"):
        raise DataFileError(
            f"{path}: onbekende taal van het regelpakket.",
            hint="Noem het bestand <naam>.nl.yaml of <naam>.en.yaml, of zet 'lang: nl' erin.",
        )
    if lang is not None and plang != lang:
        return ()
    items = raw.get("rules") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise DataFileError(f"{path}: verwacht een lijst met regels.")
    lists = pack_lists(raw, str(path))
    return tuple(parse_rule(item, source=str(path), lang=plang, lists=lists) for item in items)


def parse_rule(
    item: object, *, source: str, lang: str, lists: dict[str, tuple[str, ...]] | None = None
) -> Rule:
    """Validate one raw rule mapping and return it as a ``Rule``.

    ``{name}`` in a pattern or ``unless`` is replaced by the pack's list ``name``.

    Raises:
        DataFileError: naming the file, the rule id and the key at fault.
    """
    if not isinstance(item, dict):
        raise DataFileError(f"{source}: elke regel moet een mapping zijn, niet {item!r}.")
    rid = str(item.get("id", "?"))
    where = f"{source}: regel '{rid}'"
    unknown = sorted(str(k) for k in set(item) - _KEYS)
    if unknown:
        raise DataFileError(
            f"{where}: onbekende sleutel(s) {', '.join(unknown)}.",
            hint=f"Toegestaan: {', '.join(sorted(_KEYS))}.",
        )
    for key in _REQUIRED:
        if key not in item or item[key] in (None, ""):
            raise DataFileError(f"{where}: '{key}' ontbreekt.")
    if not _ID_RE.match(rid):
        raise DataFileError(f"{where}: id moet de vorm familie.naam hebben (kleine letters).")
    extends = str(item["extends"])
    if extends not in EXTENDS:
        raise DataFileError(
            f"{where}: extends '{extends}' bestaat niet.", hint=f"Kies uit: {', '.join(EXTENDS)}."
        )
    level = str(item["level"])
    if level not in LEVELS:
        raise DataFileError(
            f"{where}: level '{level}' bestaat niet.", hint=f"Kies uit: {', '.join(LEVELS)}."
        )
    kind = str(item.get("kind", "tone"))
    if kind not in KINDS:
        raise DataFileError(f"{where}: kind '{kind}' bestaat niet.", hint=", ".join(KINDS))
    tokens = _strings(item, "tokens", where)
    lists = lists or {}
    patterns = tuple(expand(p, lists, where) for p in _strings(item, "patterns", where))
    unless = tuple(expand(u, lists, where) for u in _strings(item, "unless", where))
    suggest = _strings(item, "suggest", where)
    swap = _swap(item, where)
    if extends == "existence" and not (tokens or patterns):
        raise DataFileError(f"{where}: existence heeft 'tokens' of 'patterns' nodig.")
    if extends == "substitution" and not swap:
        raise DataFileError(f"{where}: substitution heeft 'swap' nodig.")
    for pattern in (*patterns, *unless):
        _compile_check(pattern, where)
    fail, passing = _examples(item, where)
    literals = tuple(k for k, _ in swap) if extends == "substitution" else tokens
    return Rule(
        id=rid,
        extends=extends,
        level=level,
        message=str(item["message"]),
        lang=lang,
        source=source,
        kind=kind,
        ignorecase=bool(item.get("ignorecase", True)),
        tokens=tokens,
        patterns=patterns,
        swap=swap,
        unless=unless,
        suggest=suggest,
        fixable=bool(item.get("fixable", False)),
        fail=fail,
        passing=passing,
        needles=rule_needles(literals, patterns),
    )


def _strings(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{where}: '{key}' moet een lijst met teksten zijn.")
    return tuple(value)


def _swap(item: dict[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    value = item.get("swap")
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k and isinstance(v, str) for k, v in value.items()
    ):
        raise DataFileError(f"{where}: 'swap' moet een mapping van tekst naar tekst zijn.")
    return tuple(value.items())


def _examples(item: dict[str, Any], where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ex = item["examples"]
    if not isinstance(ex, dict) or set(ex) - {"fail", "pass"}:
        raise DataFileError(f"{where}: 'examples' moet 'fail' en 'pass' bevatten.")
    fail = _strings(ex, "fail", where + " examples")
    passing = _strings(ex, "pass", where + " examples")
    if not fail or not passing:
        raise DataFileError(f"{where}: 'examples' heeft minstens één 'fail' en één 'pass' nodig.")
    return fail, passing


def _compile_check(pattern: str, where: str) -> None:
    try:
        re.compile(pattern)
    except re.error as err:
        raise DataFileError(f"{where}: ongeldig patroon '{pattern}': {err}.") from err


def rule_needles(
    literals: tuple[str, ...], patterns: tuple[str, ...]
) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Return, per regex of a rule, clauses of lower-case ASCII strings every match satisfies.

    Each match holds at least one string of every clause. The literals share one regex and
    one clause: a literal needs all its words, so its longest ASCII piece will do. A pattern
    is walked in the parse tree of Python's ``re`` (at most ``_MAX_CLAUSES``, most selective
    first). ``()`` where nothing is known (or the parser is not understood): that regex then
    always runs.
    """
    out: list[tuple[tuple[str, ...], ...]] = []
    if literals:
        pieces = [max(_ascii_pieces(x.lower()), key=len, default="") for x in literals]
        out.append((_fewest(pieces),) if all(pieces) else ())
    for pattern in patterns:
        try:
            from re import _parser  # type: ignore[attr-defined]  # stable since 3.11

            clauses = _clauses(_parser.parse(pattern))
        except Exception:  # any surprise only means no prefilter for this pattern
            clauses = []
        best = sorted({_fewest(c) for c in clauses}, key=_selectivity, reverse=True)
        out.append(tuple(best[:_MAX_CLAUSES]))
    return tuple(out)


_MAX_CLAUSES: Final = 3


def _selectivity(clause: Iterable[str]) -> tuple[int, int]:
    strings = list(clause)
    return min(len(s) for s in strings), -len(strings)


def _fewest(needles: Iterable[str]) -> tuple[str, ...]:
    # "debiel" in the text is needed for "debiele" too: keep only the shortest of such chains.
    unique = sorted(set(needles), key=len)
    kept: list[str] = []
    for n in unique:
        if not any(k in n for k in kept):
            kept.append(n)
    return tuple(sorted(kept))


def _ascii_pieces(text: str) -> list[str]:
    return [p for p in re.split(r"[^\x00-\x7f]+|\s+", text) if p]


def _clauses(items: Any) -> list[frozenset[str]]:
    """Return sets of strings such that every match of the parsed sequence holds one of each."""
    from re import _constants as c  # type: ignore[attr-defined]

    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        pieces = _ascii_pieces("".join(run).lower())
        if pieces:
            clauses.append(frozenset({max(pieces, key=len)}))
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is c.SUBPATTERN:
            clauses.extend(_clauses(av[-1]))
        elif op is c.ATOMIC_GROUP:
            clauses.extend(_clauses(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            clauses.extend(_clauses(av[2]))
        elif op is c.BRANCH or op is c.GROUPREF_EXISTS:
            # One clause for the whole alternation: the best clause of each branch, joined.
            # A conditional ``(?(name)yes|no)`` is an alternation of its two branches, and a
            # branch that can never match (``(?!)``) adds nothing.
            branches = av[1] if op is c.BRANCH else [av[1], av[2] or []]
            alts = [_clauses(b) for b in branches if not _never(b, c)]
            if alts and all(alts):
                clauses.append(frozenset().union(*(max(a, key=_selectivity) for a in alts)))
    close_run()
    return clauses


def _never(items: Any, c: Any) -> bool:
    """Tell whether a parsed sequence holds ``(?!)``, so that it can never match."""
    return any(op is c.ASSERT_NOT and not list(av[1]) for op, av in items)
