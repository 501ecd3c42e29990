"""``klacht spelling ...``: which checker runs, LanguageTool set-up, the personal dictionary."""

from __future__ import annotations

from typing import Annotated

import typer

from klacht.checks.spelling import add_word, dictionary_path, languagetool
from klacht.checks.spelling.dictionary import read_dictionary, valid_word
from klacht.commands import edge
from klacht.errors import KlachtError
from klacht.storage.config import load_settings, save_setting

app = typer.Typer(no_args_is_help=True)  # its help is in the table of klacht.cli


def _say(text: str, *, whole: bool = False) -> None:
    """Print ``text``; ``whole`` lines (paths, URLs) are never broken up by the console."""
    edge.make_console().print(edge.clean(text), markup=False, highlight=False, soft_wrap=whole)


_PLACES = {
    "server": "je eigen server",
    "public": "de publieke dienst van languagetool.org",
    "local": "een lokale server die klacht zelf start",
}


def _which(settings_spelling: str, target_kind: str | None) -> str:
    if settings_spelling == "off":
        return "uit (spelling: off)"
    if settings_spelling == "languagetool" and target_kind is None:
        return (
            "de ingebouwde controle (embedded), want er is nog geen LanguageTool ingesteld; "
            "dat doe je met klacht spelling setup"
        )
    if settings_spelling == "embedded" or target_kind is None:
        return "de ingebouwde controle (embedded, werkt offline)"
    return (
        f"LanguageTool via {_PLACES.get(target_kind, target_kind)} "
        f"(languagetool:{target_kind}); antwoordt die niet, dan de ingebouwde controle"
    )


def _count(n: int) -> str:
    return "nog leeg" if n == 0 else f"{n} {'woord' if n == 1 else 'woorden'}"


def _agree(question: str) -> bool:
    """Ask a yes/no question; only j/ja/y/yes agree (end of input or Ctrl-C is a no)."""
    try:
        answer = typer.prompt(question, default="n", show_default=False)
    except typer.Abort:
        return False
    return str(answer).strip().lower() in ("j", "ja", "y", "yes")


@app.command(help="help_spelling_status")
def status(ctx: typer.Context) -> None:
    """Toon welke spellingcontrole klacht gebruikt. / Show which checker runs."""
    with edge.friendly_errors(edge.session(ctx)):
        settings = load_settings()
        target = languagetool.configured(settings)
        kind = target.kind if target is not None else None
        _say(f"Spellingcontrole: {_which(settings.spelling, kind)}")
        java = languagetool.java_version()
        java_text = "niet gevonden" if java is None else f"versie {java}"
        if java is not None and java < languagetool.JAVA_MIN:
            java_text += f" (te oud: LanguageTool vraagt {languagetool.JAVA_MIN} of nieuwer)"
        _say(f"Java: {java_text}")
        jar = languagetool.downloaded()
        _say(f"LanguageTool gedownload: {'ja, ' + str(jar.parent) if jar else 'nee'}", whole=True)
        if target is not None and target.kind in ("server", "public"):
            try:
                codes = languagetool.languages(target.url, timeout=settings.languagetool_timeout)
            except KlachtError as err:
                _say(f"Server {target.url}: {err}", whole=True)
            else:
                _say(f"Server {target.url}: bereikbaar, {len(codes)} talen", whole=True)
        if settings.languagetool_public_api:
            _say("Publieke LanguageTool-dienst: aan (je tekst gaat naar languagetool.org).")
        try:
            words = _count(len(read_dictionary()))
        except KlachtError as err:
            _say(f"Persoonlijke woordenlijst: niet te lezen. {err} {err.hint or ''}", whole=True)
        else:
            _say(f"Persoonlijke woordenlijst: {words} ({dictionary_path()})", whole=True)


@app.command(help="help_spelling_add")
def add(ctx: typer.Context, word: Annotated[str, typer.Argument(help="opt_word")]) -> None:
    """Zet een woord in je persoonlijke woordenlijst. / Add a word to your dictionary."""
    with edge.friendly_errors(edge.session(ctx)):
        word = valid_word(word)
        if add_word(word):
            _say(f"'{word}' staat nu in je woordenlijst.")
        else:
            _say(f"'{word}' stond al in je woordenlijst.")


@app.command(help="help_spelling_setup")
def setup(
    ctx: typer.Context,
    server: Annotated[
        str | None,
        typer.Option("--server", metavar="URL", help="opt_server"),
    ] = None,
    public: Annotated[bool, typer.Option("--public", help="opt_public")] = False,
    local: Annotated[
        bool,
        typer.Option("--local", help="opt_local"),
    ] = False,
    embedded: Annotated[bool, typer.Option("--embedded", help="opt_embedded")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="opt_yes")] = False,
) -> None:
    """Kies de spellingcontrole. / Choose the spell-checker."""
    with edge.friendly_errors(edge.session(ctx)):
        chosen = [
            name
            for name, on in (
                ("--server", server is not None),
                ("--public", public),
                ("--local", local),
                ("--embedded", embedded),
            )
            if on
        ]
        if len(chosen) != 1:
            raise KlachtError(
                "Kies precies één van --server URL, --public, --local of --embedded.",
                hint="Bijvoorbeeld: klacht spelling setup --server http://localhost:8081",
            )
        if server is not None:
            url = server.strip()
            if not url.startswith(("http://", "https://")):
                raise KlachtError(f"'{edge.clean(url)}' is geen http(s)-adres.")
            save_setting("languagetool_url", url)
            save_setting("languagetool_public_api", False)
            save_setting("languagetool_local", False)
            save_setting("spelling", "auto")
            _say(
                f"klacht gebruikt nu LanguageTool op {url}. Antwoordt die server niet, "
                "dan valt klacht terug op de ingebouwde controle."
            )
        elif public:
            _say(
                "Let op: met de publieke LanguageTool-dienst verlaat je tekst je computer. "
                "klacht stuurt dan elke tekst die je laat controleren naar de servers van "
                "languagetool.org."
            )
            if not yes and not _agree("Wil je dat toch? [j/N]"):
                _say("Er is niets veranderd.")
                return
            save_setting("languagetool_public_api", True)
            save_setting("languagetool_url", "")
            save_setting("languagetool_local", False)
            save_setting("spelling", "auto")
            _say(
                "De publieke LanguageTool-dienst staat nu aan. "
                "Weer uitzetten kan met: klacht spelling setup --embedded"
            )
        elif local:
            java = languagetool.java_version()
            if java is None or java < languagetool.JAVA_MIN:
                raise KlachtError(
                    f"Voor een eigen LanguageTool is Java {languagetool.JAVA_MIN} "
                    "of nieuwer nodig.",
                    hint="Installeer Java, of gebruik --server URL of --embedded.",
                )
            save_setting("languagetool_local", True)
            save_setting("languagetool_url", "")
            save_setting("languagetool_public_api", False)
            save_setting("spelling", "auto")
            if languagetool.downloaded() is None:
                _say("Ingesteld. Download LanguageTool nog wel even met: klacht spelling download")
            else:
                _say("klacht start LanguageTool voortaan zelf als het nodig is.")
        else:
            save_setting("languagetool_url", "")
            save_setting("languagetool_public_api", False)
            save_setting("languagetool_local", False)
            save_setting("spelling", "embedded")
            _say("klacht gebruikt nu alleen de ingebouwde controle; er gaat niets het netwerk op.")


@app.command(help="help_spelling_download")
def download(ctx: typer.Context) -> None:
    """Download LanguageTool: zo'n 250 MB, Java 17+ nodig. / Download it (about 250 MB)."""
    with edge.friendly_errors(edge.session(ctx)) as run:
        java = languagetool.java_version()
        if java is None or java < languagetool.JAVA_MIN:
            edge.error(
                f"Voor LanguageTool is Java {languagetool.JAVA_MIN} of nieuwer nodig"
                + (" (niet gevonden)." if java is None else f" (gevonden: {java})."),
                "Installeer Java, of gebruik klacht spelling setup --server URL.",
                lang=run.lang,
            )
            raise typer.Exit(1)
        _say("LanguageTool wordt gedownload (zo'n 250 MB, dat kan even duren)...")
        try:
            jar = languagetool.download()
        except KlachtError as err:
            edge.error(
                err.message,
                "Controleer je internetverbinding en probeer het opnieuw.",
                lang=run.lang,
            )
            raise typer.Exit(1) from None
        _say(
            f"Klaar: LanguageTool staat in {jar.parent}. "
            "Zet het aan met: klacht spelling setup --local",
            whole=True,
        )
