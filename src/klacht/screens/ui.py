"""Everything that prints or prompts with rich."""

from __future__ import annotations

from typing import TYPE_CHECKING

try:
    import readline  # line editing with the text already typed in (RichPrompter.edit)
except ImportError:  # Windows has no readline
    readline = None  # type: ignore[assignment]  # -- the module or None, checked before use

from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from klacht.model import strip_controls as clean
from klacht.writing.texts import t, table

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.console import Console, ConsoleOptions

    from klacht.model import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class Boxed:
    """A text under a title: a panel on a terminal, plain lines in a pipe or a file.

    A panel cuts every line at the console's width, and a pipe has no width: there the title
    stands on its own line and the text follows whole, so nothing of it is lost.
    """

    def __init__(
        self, text: str | Text, title: str = "", footer: str = "", *, fit: bool = True
    ) -> None:
        """Box ``text`` (plain text is shown literally) under ``title``, with ``footer``.

        ``fit`` makes the panel as wide as the text, else as wide as the terminal.
        """
        self.body = text if isinstance(text, Text) else Text(clean(text))
        self.title = clean(title)
        self.footer = clean(footer)
        self.fit = fit

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text | Panel]:
        """Yield a panel on a terminal, else the title, the whole text and the footer."""
        if options.is_terminal:
            yield Panel(
                self.body,
                title=Text(self.title) if self.title else None,
                subtitle=Text(self.footer) if self.footer else None,
                expand=not self.fit,
            )
            return
        if self.title:
            yield Text(self.title, style="bold")
        yield self.body
        if self.footer:
            yield Text(self.footer, style="dim")
        yield Text()


def highlighted(text: str, findings: Sequence[Finding]) -> Text:
    """Return ``text`` as rich Text with each finding's span underlined in its colour."""
    shown = Text(clean(text))
    if len(shown.plain) != len(text):  # control characters removed: offsets no longer match
        return shown
    for f in findings:
        if f.end > f.start and f.kind != "length":
            shown.stylize(f"underline {_STYLE[f.severity]}", f.start, f.end)
    return shown


def print_findings(
    console: Console,
    text: str,
    findings: Sequence[Finding],
    *,
    lang: str,
    backend: str = "",
    show_text: bool = True,
) -> None:
    """Print the text with its problems highlighted (unless shown already), then the findings."""
    labels = table("findings.labels", lang)
    if not findings:
        console.print("[green]✓[/] " + escape(t("findings.none", lang)))
    else:
        if show_text:
            console.print(highlighted(text, findings))
        for f in findings:
            line = Text()
            line.append(f"{labels[f.severity]:>7} ", style=_STYLE[f.severity])
            if f.kind != "length":
                line.append(f"'{clean(f.text)}' ", style="bold")
            line.append(clean(f.message))
            if f.suggestions:
                arrow = " → " + " / ".join(clean(s) for s in f.suggestions[:3])
                line.append(arrow, style="green")
            line.append(f"  [{f.rule}]", style="dim")
            console.print(line)
    if backend:
        console.print(f"[dim]spelling: {escape(backend)}[/]")


class RichPrompter:
    """Asks on the terminal with rich; every shown value is escaped and stripped of controls."""

    def __init__(self, console: Console, lang: str) -> None:
        """Prompt on ``console`` in ``lang``."""
        self.console = console
        self.lang = lang

    def say(self, text: str, style: str = "") -> None:
        """Print a line of text (user values inside are data, never markup).

        A line with a link is never wrapped: a hard-wrapped link breaks when copied.
        """
        self.console.print(Text(clean(text), style=style), soft_wrap="://" in text)

    def header(self, title: str, why: str) -> None:
        """Print a step's title and its one-line reason."""
        self.console.print()
        self.console.rule(Text(clean(title), style="bold"))
        self.console.print(Text(clean(why), style="italic dim"))

    def ask(
        self,
        prompt: str,
        *,
        default: str | None = None,
        hint: str | None = None,
        error: str | None = None,
        choices: Sequence[tuple[str, str]] = (),
    ) -> str:
        """Ask one question and return the raw answer (the default on an empty answer)."""
        if error:
            self.console.print(Text("✗ " + clean(error), style="bold red"))
        if choices:
            for i, (key, text) in enumerate(choices, start=1):
                shown = clean(text) if text == key else f"{clean(text)}  ({clean(key)})"
                self.console.print(Text(f"  {i}. {shown}"))
        line = Text(clean(prompt), style="bold")
        if hint:
            line.append(f"\n  {clean(hint)}", style="dim")
        if default:
            line.append(f" [{clean(default)}]", style="cyan")
        line.append(" › ")  # noqa: RUF001 -- a typographic prompt mark, on purpose
        answer = self.console.input(line)
        if not answer.strip() and default is not None:
            return default
        return answer

    def edit(self, prompt: str, text: str, *, error: str | None = None) -> str:
        """Let the user change ``text`` on the input line, where it is already typed in."""
        if readline is None:  # no line editing here: Enter keeps the text
            return self.ask(prompt, default=text, error=error)
        one_line = " ".join(text.split())
        readline.set_startup_hook(lambda: readline.insert_text(one_line))
        try:
            answer = self.ask(prompt, error=error)
        finally:
            readline.set_startup_hook()
        return answer if answer.strip() else one_line

    def confirm(self, prompt: str, *, default: bool) -> bool:
        """Ask a yes/no question."""
        options = t("yes_no", self.lang)
        error = None
        while True:
            yes, no = options.split("/")
            shown = f"{yes.upper()}/{no}" if default else f"{yes}/{no.upper()}"
            answer = self.ask(f"{prompt} ({shown})", error=error).strip().lower()
            if not answer:
                return default
            if answer in ("j", "ja", "y", "yes"):
                return True
            if answer in ("n", "nee", "no"):
                return False
            error = t("invalid_yes_no", self.lang)

    def show_text(self, title: str, text: str, footer: str = "") -> None:
        """Show a text in a box, literally (whole lines when not on a terminal)."""
        self.console.print(Boxed(text, title, footer, fit=False))
