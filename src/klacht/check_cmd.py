"""``klacht check``: all checks on any text, for scripts and editors."""

from __future__ import annotations

from klacht import edge
from klacht.checks import apply_fixes, check_text, safe_fixes
from klacht.config import load_settings
from klacht.errors import ExitCode, KlachtError
from klacht.model import LANGS, PLATFORMS


def run(
    text: str, *, lang: str | None, platform: str | None, json_out: bool, fix: bool, public: bool
) -> ExitCode:
    """Check ``text``, print the findings (or JSON), and return the exit code."""
    settings = load_settings()
    lang = lang or settings.lang
    if lang not in LANGS:
        raise KlachtError(f"--lang moet nl of en zijn, niet '{edge.clean(lang)}'.")
    if platform is not None and platform not in PLATFORMS:
        raise KlachtError(
            f"Onbekend platform '{edge.clean(platform)}'.",
            hint=f"Kies uit: {', '.join(PLATFORMS)}.",
        )
    report = check_text(text, lang=lang, platform=platform, settings=settings, public=public)
    if fix:
        fixed = apply_fixes(text, safe_fixes(report.findings))
        if fixed != text:
            report = check_text(
                fixed, lang=lang, platform=platform, settings=settings, public=public
            )
            text = fixed
    if json_out:
        data: dict[str, object] = {
            "findings": [f.to_json() for f in report.findings],
            "backend": {"spelling": report.backend},
        }
        if fix:
            data["text"] = text
        edge.print_json(data)
    else:
        from klacht import ui

        console = edge.make_console()
        if fix:
            console.print(edge.clean(text), markup=False, highlight=False)
        ui.print_findings(console, text, report.findings, lang=lang, backend=report.backend)
    return ExitCode.FINDINGS if report.has_errors else ExitCode.OK
