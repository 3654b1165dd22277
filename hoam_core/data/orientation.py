"""Orientation: the rotation table, the question asked per class, and the YAML answer provider.

The engineer confirms which way the part faces in each OK class (Up, Down, Left, Right),
or excludes the class, and may say the part looks the same turned 180 degrees. The
question and the answers are files in the run folder, so a run waiting for answers
survives a restart of the app.
"""
from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Protocol

import yaml

from ..layout import ANSWERS, RunLayout

ORIENTATIONS = ("Up", "Down", "Left", "Right")
EXCLUDE = "exclude"
NG = "NG"
LABELS = ("Up", "Down", "Left", "Right", NG)
_CLOCKWISE = ("Up", "Right", "Down", "Left")  # each step: a 90 degree clockwise turn


def turned(orientation: str, quarter_turns_cw: int) -> str:
    """The orientation a part shows after ``quarter_turns_cw`` clockwise quarter turns."""
    return _CLOCKWISE[(_CLOCKWISE.index(orientation) + quarter_turns_cw) % 4]


def turns_to_upright(orientation: str) -> int:
    """Clockwise quarter turns that bring a part showing ``orientation`` to Up."""
    return (4 - _CLOCKWISE.index(orientation)) % 4


def rotations_for(symmetric_180: bool) -> tuple[int, ...]:
    """Quarter turns that make the training copies of one photo.

    A part that looks the same turned 180 degrees only has two distinguishable poses:
    the confirmed one and a quarter turn. Emitting the 180/270 copies too would give the
    same picture two contradicting labels (Up and Down), so those classes get turns 0 and 1.
    """
    return (0, 1) if symmetric_180 else (0, 1, 2, 3)


class OrientationError(ValueError):
    """Answers that do not fit the classes asked about."""


@dataclass(frozen=True)
class OrientationAnswer:
    orientation: str  # one of ORIENTATIONS, or EXCLUDE
    symmetric_180: bool = False

    def __post_init__(self) -> None:
        if self.orientation not in (*ORIENTATIONS, EXCLUDE):
            raise OrientationError(f"orientation {self.orientation!r} is not one of "
                                   f"{', '.join((*ORIENTATIONS, EXCLUDE))}")

    def to_dict(self) -> dict:
        return {"orientation": self.orientation, "symmetric_180": self.symmetric_180}


class OrientationRequest:
    """What the engineer is asked: a few seeded sample images per class, more on demand."""

    def __init__(self, class_images: Mapping[str, list[Path]], samples_per_class: int, seed: int):
        self._images = {cls: sorted(paths) for cls, paths in sorted(class_images.items())}
        self._order: dict[str, list[Path]] = {}
        self._shown: dict[str, int] = {}
        for cls, paths in self._images.items():
            order = list(paths)
            random.Random(seed * 1_000_003 + zlib.crc32(cls.encode("utf-8"))).shuffle(order)
            self._order[cls] = order
            self._shown[cls] = min(samples_per_class, len(order))

    @property
    def classes(self) -> list[str]:
        return list(self._images)

    @property
    def counts(self) -> dict[str, int]:
        return {cls: len(paths) for cls, paths in self._images.items()}

    @property
    def samples(self) -> dict[str, list[Path]]:
        return {cls: self._order[cls][: self._shown[cls]] for cls in self._images}

    def more(self, cls: str, n: int) -> list[Path]:
        """Up to ``n`` further samples of ``cls`` that were not shown yet."""
        start = self._shown[cls]
        extra = self._order[cls][start:start + n]
        self._shown[cls] = start + len(extra)
        return extra


class OrientationProvider(Protocol):
    """Answers per class; returns None for "not now" (the run then waits on disk)."""

    def __call__(self, request: OrientationRequest) -> dict[str, OrientationAnswer] | None: ...


def check_answers(classes: list[str], answers: Mapping[str, OrientationAnswer], source: str = "answers") -> None:
    """Every class answered, no unknown class, not all excluded: else an error that says which."""
    missing = sorted(set(classes) - set(answers))
    unknown = sorted(set(answers) - set(classes))
    problems = []
    if missing:
        problems.append(f"no answer for {len(missing)} class(es): {', '.join(missing)}")
    if unknown:
        problems.append(f"{len(unknown)} class(es) not in this run: {', '.join(unknown)}")
    if not problems and answers and all(a.orientation == EXCLUDE for a in answers.values()):
        problems.append("every class is excluded, which leaves nothing to train on: answer at least one class "
                        "with Up, Down, Left or Right")
    if problems:
        raise OrientationError(f"{source}: " + "; ".join(problems))


def parse_answer(value: object, where: str) -> OrientationAnswer:
    """``Up`` / ``exclude`` / ``{orientation: Up, symmetric_180: true}``."""
    if isinstance(value, str):
        key = value.strip().lower()
        match = {o.lower(): o for o in (*ORIENTATIONS, EXCLUDE)}.get(key)
        if match is None:
            raise OrientationError(f"{where}: {value!r} is not one of {', '.join((*ORIENTATIONS, EXCLUDE))}")
        return OrientationAnswer(match)
    if isinstance(value, Mapping):
        unknown = set(value) - {"orientation", "symmetric_180"}
        if unknown:
            raise OrientationError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                                   "allowed: orientation, symmetric_180")
        symmetric = value.get("symmetric_180", False)
        if not isinstance(symmetric, bool):
            raise OrientationError(f"{where}.symmetric_180: expected true or false, got {symmetric!r}")
        return OrientationAnswer(parse_answer(value.get("orientation", ""), f"{where}.orientation").orientation,
                                 symmetric)
    raise OrientationError(f"{where}: expected an orientation or a mapping, got {value!r}")


def answers_from_mapping(data: Mapping, source: str) -> dict[str, OrientationAnswer]:
    return {str(cls): parse_answer(v, f"{source}: {cls}") for cls, v in data.items()}


def load_answers(run_dir: Path) -> dict[str, OrientationAnswer]:
    """The engineer's answers of a run, as its orientation stage saved them (``RunLayout.answers``)."""
    data = json.loads(RunLayout(run_dir).answers.read_text(encoding="utf-8"))
    return answers_from_mapping(data, ANSWERS)


class YamlOrientationProvider:
    """Reads ``class: Up`` lines (as the bench's orientations.yaml) for the command line."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def __call__(self, request: OrientationRequest) -> dict[str, OrientationAnswer]:
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise OrientationError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        except yaml.YAMLError as exc:
            raise OrientationError(f"{self.path}: not valid YAML: {exc}") from None
        if not isinstance(data, Mapping):
            raise OrientationError(f"{self.path}: expected lines of the form 'class: Up'")
        answers = answers_from_mapping(data, str(self.path))
        check_answers(request.classes, answers, str(self.path))
        return answers


def fixed_provider(answers: Mapping[str, OrientationAnswer]) -> Callable[[OrientationRequest], dict]:
    """A provider with answers known in advance (the demo, tests)."""

    def provide(request: OrientationRequest) -> dict[str, OrientationAnswer]:
        chosen = {cls: answers[cls] for cls in request.classes if cls in answers}
        check_answers(request.classes, chosen, "fixed answers")
        return chosen

    return provide


def deferred_provider(request: OrientationRequest) -> None:
    """Answer later: the run stays pending_orientation (e.g. ``--until orientation``)."""
    return None
