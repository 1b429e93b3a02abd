"""Value transforms of the config language: small pure functions, found by name.

A transform takes text (or, when it `combines`, the values of several sources) and its arguments, and
returns text in a canonical format or raises `TransformError` with the reason in English and Danish.
The registry is built explicitly from a tuple, so a duplicate name fails when it is built, not later.
The text parsers live in `hub.adapters.mapping.textparse`; this module is the table of names and arguments.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.durations import UNITS, StartOrLengthError, last_day
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = [
    "TRANSFORMS",
    "Transform",
    "TransformCall",
    "SourceError",
    "TransformError",
    "box_state_mark",
    "build_registry",
    "is_checked",
]

# Checkbox marks, compared after `_norm` (stripped, NFC, casefolded). A PDF checkbox reads as its state
# name: "Off" when not ticked, else its export value ("Yes", "On", or a custom one such as "Kontanthjaelp").
# The transform sees text only (not whether it came from a PDF checkbox), so the rule is the same for all:
# a recognised tick or a name-like export value is ticked, a recognised non-tick is not, anything else
# (a stray symbol, a single unknown letter, "N?", "2") is an error rather than a guess.
_TICKED = frozenset({"x", "yes", "ja", "j", "y", "on", "true", "sand", "checked"}) | frozenset(
    "\u2612\u2611\u2713\u2714"  # ☒ ☑ ✓ ✔
)
# A number mark is ticked when it is 1 and not when it is 0 ("0,0", "1.0"); other numbers are errors.
_UNTICKED = frozenset({"", "off", "false", "falsk", "no", "nej", "n", "-", "--", "ingen", "ikke", "none"}) | {
    "unchecked",
    "unticked",
    *"\u2013\u2014\u2610",  # – — ☐
}
# A PDF state name used as a custom export value: a word of two or more letters, digits, "_", "." or "-",
# starting with a letter ("Kontanthjaelp", "Valg_2", "Sygedagpenge.1"). No spaces: free text is not a mark.
_EXPORT_VALUE = re.compile(r"[^\W\d_][\w.\-]+")
_NUMBER_MARK = re.compile(r"\d+(?:[.,]\d+)?")


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
        if self.args_schema is None:
            if args:
                reads = f": it reads {self.reads} by itself" if self.reads else ""
                why = f"this transform takes no arguments{reads}"
                raise ValidationError({k: [why] for k in args})
            return {}
        loaded: dict[str, Any] = self.args_schema().load(dict(args))
        return loaded


# Cached: `map` compares every key of its table, the config's own words, for every value it maps, and a
# form's checkboxes read the same few marks ("Off", "Yes") in every document.
@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    """Text for comparing: white space runs (also non-breaking) collapsed, NFC, case folded."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", " ".join(text.split())).casefold())


def _mark(value: str | None) -> bool | None:
    """True for a tick, False for no tick, None for a mark that is neither (see `is_checked`)."""
    if value is None:
        return False
    mark = _norm(value)
    if mark in _UNTICKED:
        return False
    if mark in _TICKED:
        return True
    if _NUMBER_MARK.fullmatch(mark):
        number = float(mark.replace(",", "."))
        return {0.0: False, 1.0: True}.get(number)
    return True if _EXPORT_VALUE.fullmatch(mark) else None


def is_checked(value: str | None) -> bool:
    """Tell whether a checkbox state means ticked; an unrecognised mark raises `TransformError`.

    Ticked: a recognised tick (x, ja, yes, on, 1, ☒, ✓, ...) or a PDF export value (a name such as
    "Kontanthjaelp"). Not ticked: missing, empty, "Off" or a recognised negative (n, nej, falsk, -, ☐, 0,0,
    ingen, ...). Anything else ("N?", "2", "V", "ikke valgt") is an error, never a guess.
    """
    ticked = _mark(value)
    if ticked is None:
        raise _unknown_mark(value or "", "")
    return ticked


def box_state_mark(state: str | None) -> str | None:
    """A PDF checkbox's state as a mark `checked` reads: "Off" (the one state PDF has for an empty box)
    stays "Off", every other state is ticked, whatever its name: a box whose author named its ticked
    state "Nej" or "Ingen" ("Mentor ansat i jobcentret: Ja [ ] Nej [x]") is ticked, not read as the word."""
    if state is None or state.strip() in ("", "Off"):
        return state
    return "Yes"


def _unknown_mark(value: str, selector: str) -> TransformError:
    where_en, where_da = (f" in {selector}", f" i {selector}") if selector else ("", "")
    return TransformError(
        f"unknown checkbox mark {quoted(value.strip())}{where_en} (tick with x or leave it empty)",
        f"ukendt afkrydsning {quoted_da(value.strip())}{where_da} (sæt x eller lad feltet stå tomt)",
    )


# ---- argument schemas -----------------------------------------------------------------------------


class _MapArgs(Schema):
    values = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    default = fields.String()

    @validates_schema
    def _no_case_duplicates(self, data: dict[str, Any], **kwargs: Any) -> None:
        keys = [_norm(k) for k in data.get("values", {})]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValidationError(f"keys differ only in case, spaces or Unicode form: {twice}", "values")


class _CheckedArgs(_MapArgs):
    pass


class _RegexArgs(Schema):
    pattern = fields.String(required=True)
    group = fields.Raw()
    # The match's groups put in order: "{2} {1}" turns "Lund, Mette" (pattern "(.+), (.+)") into
    # "Mette Lund", "{1}-{2}-{3}" a compact 20260303 into 2026-03-03 for `date`.
    template = fields.String(validate=validate.Length(min=1, max=200))

    @validates_schema
    def _compiles(self, data: dict[str, Any], **kwargs: Any) -> None:
        try:
            compiled = re.compile(data["pattern"])
        except re.error as exc:
            raise ValidationError(f"not a valid regular expression: {exc}", "pattern") from exc
        group = data.get("group", 1 if compiled.groups else 0)
        if isinstance(group, bool) or not isinstance(group, int | str):
            raise ValidationError("must be a group number or name", "group")
        if isinstance(group, int) and not 0 <= group <= compiled.groups:
            raise ValidationError(f"the pattern has {compiled.groups} group(s)", "group")
        if isinstance(group, str) and group not in compiled.groupindex:
            raise ValidationError(f"the pattern has no group named {group!r}", "group")
        if "template" in data:
            if "group" in data:
                raise ValidationError("give group or template, not both", "template")
            for name in _PLACE.findall(data["template"]):
                known = int(name) <= compiled.groups if name.isdigit() else name in compiled.groupindex
                if not known or name == "0":
                    raise ValidationError(f"the pattern has no group {{{name}}}", "template")


class _SumArgs(Schema):
    # An empty cell is 0 hours only where the config says so: an empty day in a grid of weekdays is
    # normal, but elsewhere an empty cell may be hours nobody wrote down, and is an error.
    empty_is_zero = fields.Boolean(truthy={True}, falsy={False})


class _LastDayArgs(Schema):
    # Required: "13" alone on a form means weeks on one and days on another, and the config says which.
    unit = fields.String(required=True, validate=validate.OneOf(sorted(UNITS)))


class _DefaultArgs(Schema):
    value = fields.String(required=True)


class _JoinArgs(Schema):
    separator = fields.String(validate=validate.Length(max=5))


# ---- the transforms ----------------------------------------------------------------------------------


def _map(text: str, args: Mapping[str, Any]) -> str:
    wanted = _norm(text)
    for key, target in args["values"].items():
        if _norm(key) == wanted:
            return str(target)
    if "default" in args:
        return str(args["default"])
    known = ", ".join(repr(k) for k in args["values"])
    raise TransformError(
        f"no mapping for {quoted(text)} (known: {known})", f"ukendt værdi {quoted_da(text)} (kendte: {known})"
    )


def _regex(text: str, args: Mapping[str, Any]) -> str:
    compiled = re.compile(args["pattern"])
    match = compiled.search(text)
    if match is None:
        raise TransformError(
            f"{quoted(text)} does not match {args['pattern']!r}",
            f"{quoted_da(text)} passer ikke til {args['pattern']!r}",
        )
    if "template" in args:
        return _PLACE.sub(
            lambda m: match.group(int(m[1]) if m[1].isdigit() else m[1]) or "", args["template"]
        ).strip()
    group = args.get("group", 1 if compiled.groups else 0)
    return (match.group(group) or "").strip()


_PLACE = re.compile(r"\{(\w+)\}")  # a group's place in a regex template: {1}, {year}


def _default(text: str, args: Mapping[str, Any]) -> str:
    # Only reached for a non-empty value: the mapping applies `default` itself when the value is empty.
    return text


def _join(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    separator = args.get("separator", " ")
    return separator.join(v.strip() for _, v in values if v and v.strip())


def _checked(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    ticked = []
    for selector, v in values:
        mark = _mark(v)
        if mark is None:
            raise _unknown_mark(v or "", selector)
        if mark:
            ticked.append(selector)
    if len(ticked) > 1:
        # Several ticked boxes is a contradiction on the form: never resolved by a default (never guessed).
        names = ", ".join(ticked)
        raise TransformError(f"several boxes checked: {names}", f"flere felter afkrydset: {names}")
    if not ticked:
        return str(args.get("default", ""))
    return str(args["values"][ticked[0]])


class SourceError(TransformError):
    """A combining transform's problem with one of its sources: the mapping names that source and its
    place (its cell, field or element), not the first source's."""

    def __init__(self, selector: str, reason_en: str, reason_da: str) -> None:
        super().__init__(reason_en, reason_da)
        self.selector = selector


def _sum(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """Add up hours of several sources (a week's weekday columns) into canonical hours."""
    total = Decimal(0)
    for selector, v in values:
        text = (v or "").strip()
        if not text:
            if args.get("empty_is_zero"):
                continue
            raise SourceError(
                selector, "no hours written (write 0 for none)", "ingen timer skrevet (skriv 0 for ingen)"
            )
        try:
            total += Decimal(tp.parse_hours(text))
        except TransformError as exc:
            raise SourceError(selector, exc.reason_en, exc.reason_da) from None
    return tp.format_hours(total)


def _last_day(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """A period's last day from its start (first source) and its length (second): see `durations`."""
    try:
        return last_day(values, args)
    except StartOrLengthError as exc:  # said at the start's or the length's own place
        raise SourceError(values[exc.index][0], exc.reason_en, exc.reason_da) from None


def _text(func: Callable[[str], str]) -> Callable[[str, Mapping[str, Any]], str]:
    def apply(text: str, args: Mapping[str, Any]) -> str:
        return func(text)

    apply.__name__ = func.__name__
    return apply


def build_registry(transforms: Iterable[Transform]) -> Mapping[str, Transform]:
    """Return a read-only name → transform table; a name given twice is an error."""
    table: dict[str, Transform] = {}
    for transform in transforms:
        if transform.name in table:
            raise ValueError(f"transform {transform.name!r} registered twice")
        table[transform.name] = transform
    return MappingProxyType(table)


TRANSFORMS: Mapping[str, Transform] = build_registry(
    (
        Transform("digits", _text(tp.digits)),
        Transform("upper", _text(str.upper)),
        Transform("lower", _text(str.lower)),
        Transform(
            "date",
            _text(tp.parse_date),
            reads="dd-mm-yyyy, dd.mm.yyyy, d/m-yyyy, yyyy-mm-dd, 3. august 2026",
        ),
        Transform("week", _text(tp.parse_week)),
        Transform("hours", _text(tp.parse_hours)),
        Transform("money", _text(tp.parse_money)),
        Transform("integer", _text(tp.parse_integer), result=int),
        Transform("phone", _text(tp.parse_phone)),
        Transform("join", _join, _JoinArgs, combines=True),
        Transform("map", _map, _MapArgs),
        Transform("checked", _checked, _CheckedArgs, combines=True),
        Transform("sum", _sum, _SumArgs, combines=True),
        Transform("last_day", _last_day, _LastDayArgs, combines=True),
        Transform("regex", _regex, _RegexArgs),
        Transform("default", _default, _DefaultArgs),
    )
)
