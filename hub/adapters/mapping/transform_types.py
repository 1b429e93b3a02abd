"""What a transform is: `Transform` (a name, its function, its argument schema), `TransformCall` (one use
of it in a config file) and `build_registry`, which makes the table of names `transforms.TRANSFORMS` is.

Apart from `transforms` because the config model and the mapping hold calls without needing the
transforms themselves, and a registry of other transforms (a test's) is built with the same function.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

from marshmallow import Schema, ValidationError

__all__ = ["Transform", "TransformCall", "build_registry"]


@dataclass(frozen=True)
class TransformCall:
    """One use of a transform in a config file: its name and validated arguments."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    # Made once with the call: every value a transform reads names it in its provenance, and building
    # the text again each time was a twelfth of mapping a document.
    _summary: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        parts = ", ".join(f"{k}={_short(v)}" for k, v in sorted(self.args.items()))
        object.__setattr__(self, "_summary", f"{self.name}({parts})" if self.args else self.name)

    def summary(self) -> str:
        """Name and arguments in one short line, for provenance."""
        return self._summary


def _short(value: Any) -> str:
    text = repr(dict(value)) if isinstance(value, Mapping) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(frozen=True)
class Transform:
    """A named transform: `func(text, args)`, or `func(values, args)` when it combines sources."""

    name: str
    func: Callable[..., str]
    args_schema: type[Schema] | None = None
    combines: bool = False
    # The type the value takes in the record when this transform is the last one (scores are ints).
    result: Callable[[str], Any] = str
    # What it reads by itself, said when it is given arguments it does not take (a date `format`).
    reads: str = ""

    def validate_args(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the arguments validated by this transform's schema (unknown keys are errors)."""
        taken = sorted(self.args_schema().fields) if self.args_schema else []
        unknown = [k for k in args if k not in taken]
        # A transform that reads its shapes by itself says so for a key it does not take (a date's
        # `format`), whether it takes none or a few (a list's date takes `period`).
        if unknown and (self.args_schema is None or self.reads):
            reads = f": it reads {self.reads} by itself" if self.reads else ""
            but = f" but {', '.join(taken)}" if taken else ""
            raise ValidationError({k: [f"this transform takes no arguments{but}{reads}"] for k in unknown})
        if self.args_schema is None:
            return {}
        loaded: dict[str, Any] = self.args_schema().load(dict(args))
        return loaded


class Named(Protocol):
    """Anything registered by its name: an inbound or an outbound transform."""

    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)


def named_table(items: Iterable[N], what: str) -> Mapping[str, N]:
    """A read-only name → item table; a name given twice is an error (`what` says what was given)."""
    table: dict[str, N] = {}
    for item in items:
        if item.name in table:
            raise ValueError(f"{what} {item.name!r} registered twice")
        table[item.name] = item
    return MappingProxyType(table)


def build_registry(transforms: Iterable[Transform]) -> Mapping[str, Transform]:
    """Return a read-only name → transform table; a name given twice is an error."""
    return named_table(transforms, "transform")


def called(value: Any, table: Mapping[str, N], what: str, example: str) -> tuple[str, N, dict[str, Any]]:
    """A transform as a config writes it (a name, or a table with `name` and its arguments), looked up in
    `table`: its name, the transform and the arguments as given. An unknown name is refused with the
    closest known one, or all of them (`what` names the kind: "transform", "claim transform")."""
    if isinstance(value, str):
        name, args = value, {}
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        name, args = value["name"], {k: v for k, v in value.items() if k != "name"}
    else:
        shown = f'{{ name = "{example}", ... }}'
        raise ValidationError(f"a transform is a name or a table with a name, e.g. {shown}")
    transform = table.get(name)
    if transform is None:
        close = difflib.get_close_matches(name, list(table), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(table)})"
        raise ValidationError(f"unknown {what} '{name}'{hint}")
    return name, transform, args
