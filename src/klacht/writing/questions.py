"""The wizard's questions, screens, labels and messages, from ``data/questions.yaml``.

The file is checked when it is read: a question names a step, a validator and, for a choice,
a list of the model (``platforms``, ``outcomes``); the choices are never repeated in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from klacht.errors import DataFileError
from klacht.model import OUTCOMES, PLATFORMS
from klacht.storage import paths

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the wizard."""

    name: str
    """The answer's key (as in the answers file)."""
    step: str
    """The screen it belongs to."""
    prompt: dict[str, str]
    """The question per language."""
    validate: str
    """The validator's name."""
    help: dict[str, str] | None = None
    """An example, per language."""
    choices: tuple[str, ...] = ()
    """Allowed values, for a choice."""
    default: str | None = None
    """The default answer."""
    optional: bool = False
    """Whether an empty answer is fine."""


@dataclass(frozen=True, slots=True)
class Step:
    """One screen of the wizard."""

    id: str
    """Short id."""
    title: dict[str, str]
    """The title per language."""
    why: dict[str, str]
    """Why this step matters, one line per language."""


def data() -> dict[str, Any]:
    """Return ``questions.yaml`` as read."""
    return paths.packaged_yaml("questions.yaml")


def steps() -> list[Step]:
    """Return the wizard's screens in order."""
    return [Step(s["id"], s["title"], s["why"]) for s in data()["steps"]]


_QUESTION_KEYS: Final = frozenset(
    {"name", "step", "prompt", "validate", "help", "choices", "default", "optional"}
)
MODEL_CHOICES: Final = {"platforms": PLATFORMS, "outcomes": OUTCOMES}
"""The lists a question's ``choices`` may name: taken from the model, never repeated."""


def _check_question(q: Any, step_ids: set[str], validators: Collection[str]) -> None:
    """Refuse a question the wizard cannot ask, naming the file and the question."""
    name = q.get("name", "?") if isinstance(q, dict) else "?"
    where = f"questions.yaml, question '{name}'"
    if not isinstance(q, dict):
        raise DataFileError(f"{where}: not a mapping")
    problems = [f"unknown key '{k}'" for k in q if k not in _QUESTION_KEYS]
    problems += [f"'{k}' is missing" for k in ("name", "step", "prompt", "validate") if k not in q]
    if q.get("step") not in step_ids:
        problems.append(f"step '{q.get('step')}' is not one of {sorted(step_ids)}")
    if q.get("validate") not in validators:
        problems.append(f"validate '{q.get('validate')}' is not one of {sorted(validators)}")
    for key in ("prompt", "help"):
        if key in q and not (isinstance(q[key], dict) and {"nl", "en"} <= set(q[key])):
            problems.append(f"'{key}' needs nl and en")
    if "choices" in q and q["choices"] not in MODEL_CHOICES:
        problems.append(f"choices '{q['choices']}' is not one of {sorted(MODEL_CHOICES)}")
    if problems:
        raise DataFileError(f"{where}: " + "; ".join(problems))


def load_questions(validators: Collection[str]) -> list[Question]:
    """Return the wizard's questions in order, checked against the ``validators`` there are."""
    raw = data()
    step_ids = {s["id"] for s in raw["steps"]}
    result = []
    for q in raw["questions"]:
        _check_question(q, step_ids, validators)
        result.append(
            Question(
                name=q["name"],
                step=q["step"],
                prompt=q["prompt"],
                validate=q["validate"],
                help=q.get("help"),
                choices=tuple(MODEL_CHOICES[q["choices"]]) if "choices" in q else (),
                default=q.get("default"),
                optional=bool(q.get("optional", False)),
            )
        )
    return result


def in_lang(by_lang: Mapping[str, Any], lang: str) -> Any:
    """Return the entry for ``lang`` (``nl-BE`` falls back to ``nl``)."""
    return by_lang[lang] if lang in by_lang else by_lang[lang.split("-")[0]]


def label(kind: str, value: str, lang: str) -> str:
    """Return the display label of a choice (``refund`` -> ``geld terug``)."""
    return str(in_lang(data()["labels"][kind][value], lang))


def message(key: str, lang: str, **values: object) -> str:
    """Return a validation message in ``lang`` with ``values`` filled in (as data)."""
    template: str = in_lang(data()["messages"][key], lang)
    return template.format(**{k: str(v) for k, v in values.items()})
