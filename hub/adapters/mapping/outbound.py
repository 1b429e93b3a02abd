"""Outbound transforms of the config language: a claim's typed values written the municipality's way.

The inbound transforms (`hub.adapters.mapping.transforms`) read a form's text into canonical text; these
run the other way, from a claim's typed values (`date`, `Decimal`, `int`, `str`, `None`) to the text a
template wants: `03.08.2026`, `1.234,56`, `010190-1234`, a local code, a ticked box. Each transform
declares the kinds of value it takes and the kind it gives, so a config that dates a name is refused when
it loads, not when the claim is due. A transform raises `TransformError` (English and Danish) on a value
it cannot write; the renderer names the field and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from hub.adapters.mapping.textparse import TransformError
from hub.periods import PeriodError, parse_period

__all__ = ["OUT_TRANSFORMS", "OutTransform", "Ticked", "TransformError", "apply_chain", "as_text"]

# The kinds of value a claim holds and a transform takes or gives ("tick" is a box ticked or not).
KINDS = ("text", "integer", "decimal", "date", "tick")

_DATE_TOKEN = re.compile(r"yyyy|yy|dd|d|mm|m")


@dataclass(frozen=True)
class Ticked:
    """A box ticked or not, with the text it is written as where the template has no checkbox."""

    on: bool
    yes: str = "X"
    no: str = ""

    def text(self) -> str:
        """The mark as text: `yes` when ticked, else `no`."""
        return self.yes if self.on else self.no


OutValue = str | int | Decimal | date | Ticked | None


@dataclass(frozen=True)
class OutTransform:
    """A named outbound transform: `func(value, args)`, with the kinds it takes and the kind it gives."""

    name: str
    func: Callable[[Any, Mapping[str, Any]], Any]
    takes: frozenset[str]
    gives: str | None  # None: the kind it was given
    args_schema: type[Schema] | None = None
    takes_none: bool = False  # runs on a missing value (an empty place's CPR) instead of skipping it

    def validate_args(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the arguments validated by this transform's schema (unknown keys are errors)."""
        if self.args_schema is None:
            if args:
                raise ValidationError({k: ["this transform takes no arguments"] for k in args})
            return {}
        loaded: dict[str, Any] = self.args_schema().load(dict(args))
        return loaded


@dataclass(frozen=True)
class OutCall:
    """One use of an outbound transform in a config: its name and validated arguments."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)


# ---- argument schemas -----------------------------------------------------------------------------


class _DateArgs(Schema):
    style = fields.String(load_default="yyyy-mm-dd")

    @validates_schema
    def _tokens(self, data: dict[str, Any], **kwargs: Any) -> None:
        found = {t[0] for t in _DATE_TOKEN.findall(data["style"])}
        if found != {"y", "d", "m"} or len(_DATE_TOKEN.findall(data["style"])) != 3:
            raise ValidationError(
                "write the day, month and year once each: dd.mm.yyyy, d/m-yyyy, ...", "style"
            )


class _MoneyArgs(Schema):
    mark = fields.String(load_default=",", validate=validate.OneOf([",", "."]))
    thousands = fields.String(load_default=".", validate=validate.OneOf(["", ".", ",", " "]))

    @validates_schema
    def _distinct(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data["thousands"] == data["mark"]:
            raise ValidationError("the thousands separator must differ from the decimal mark", "thousands")


class _DecimalArgs(_MoneyArgs):
    places = fields.Integer(strict=True, load_default=2, validate=validate.Range(min=0, max=6))
    thousands = fields.String(load_default="", validate=validate.OneOf(["", ".", ",", " "]))


class _CprArgs(Schema):
    style = fields.String(load_default="dash", validate=validate.OneOf(["dash", "digits", "space"]))


class _PhoneArgs(Schema):
    style = fields.String(load_default="spaced", validate=validate.OneOf(["spaced", "national", "e164"]))


class _MapArgs(Schema):
    values = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    default = fields.String()


class _TickArgs(Schema):
    equals = fields.String(required=True)
    yes = fields.String(load_default="X")
    no = fields.String(load_default="")


class _DefaultArgs(Schema):
    value = fields.String(required=True)


class _FormatArgs(Schema):
    pattern = fields.String(
        required=True,
        validate=validate.Regexp(r"[^{}]*\{\}[^{}]*\Z", error="write the text with one {{}} in it"),
    )


class _PeriodArgs(Schema):
    lang = fields.String(load_default="da", validate=validate.OneOf(["da", "en"]))


# ---- the transforms ----------------------------------------------------------------------------------


def _date(value: date, args: Mapping[str, Any]) -> str:
    parts = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "dd": f"{value.day:02d}"}
    parts |= {"d": str(value.day), "mm": f"{value.month:02d}", "m": str(value.month)}
    return _DATE_TOKEN.sub(lambda match: parts[match.group()], args["style"])


def _number(value: Decimal | int, places: int, args: Mapping[str, Any]) -> str:
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign, body = ("-", -rounded) if rounded < 0 else ("", rounded)
    whole, _, frac = f"{body:f}".partition(".")
    if args["thousands"]:
        groups = [whole[max(i - 3, 0) : i] for i in range(len(whole), 0, -3)]
        whole = args["thousands"].join(reversed(groups))
    return sign + whole + (args["mark"] + frac if frac else "")


def _decimal(value: Decimal | int, args: Mapping[str, Any]) -> str:
    return _number(value, args["places"], args)


def _money(value: Decimal | int, args: Mapping[str, Any]) -> str:
    # An amount is never rounded in passing: payments round each line to øre, so more is a bug upstream.
    if Decimal(value) != Decimal(value).quantize(Decimal("0.01")):
        raise TransformError(
            f"the amount {value} has more than two decimals", f"beløbet {value} har mere end to decimaler"
        )
    return _number(value, 2, args)


def _cpr(value: str, args: Mapping[str, Any]) -> str:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 10:
        raise TransformError("a CPR number has 10 digits", "et CPR-nummer har 10 cifre")
    separator = {"dash": "-", "digits": "", "space": " "}[args["style"]]
    return digits[:6] + separator + digits[6:]


def _phone(value: str, args: Mapping[str, Any]) -> str:
    national = value[3:] if value.startswith("+45") else value
    if args["style"] == "e164" or not re.fullmatch(r"\d{8}", national):
        return value  # a foreign number keeps its E.164 form: spacing it the Danish way would mislead
    if args["style"] == "national":
        return national
    return " ".join(national[i : i + 2] for i in range(0, 8, 2))


def _key(value: Any) -> str:
    """A value as the text a map or tick compares: ISO for dates, plain digits for decimals."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    return "" if value is None else str(value.isoformat() if isinstance(value, date) else value)


def _map(value: Any, args: Mapping[str, Any]) -> str:
    found = args["values"].get(_key(value))
    if found is not None:
        return str(found)
    if "default" in args:
        return str(args["default"])
    known = ", ".join(repr(k) for k in args["values"])
    raise TransformError(
        f"no mapping for {_key(value)!r} (known: {known})", f"ingen oversættelse af {_key(value)!r} ({known})"
    )


def _tick(value: Any, args: Mapping[str, Any]) -> Ticked:
    return Ticked(_key(value) == args["equals"], args["yes"], args["no"])


def _default(value: Any, args: Mapping[str, Any]) -> Any:
    return args["value"] if value is None else value


def _format(value: Any, args: Mapping[str, Any]) -> str:
    return str(args["pattern"]).replace("{}", as_text(value))


def _period(value: str, args: Mapping[str, Any]) -> str:
    try:
        return parse_period(value).describe(args["lang"])
    except PeriodError as exc:
        raise TransformError(exc.message, exc.message_da) from None


def build_registry(transforms: Iterable[OutTransform]) -> Mapping[str, OutTransform]:
    """Return a read-only name → transform table; a name given twice is an error."""
    table: dict[str, OutTransform] = {}
    for transform in transforms:
        if transform.name in table:
            raise ValueError(f"outbound transform {transform.name!r} registered twice")
        table[transform.name] = transform
    return MappingProxyType(table)


_ANY = frozenset(KINDS)
_NUMBERS = frozenset({"decimal", "integer"})
_TEXT = frozenset({"text"})

OUT_TRANSFORMS: Mapping[str, OutTransform] = build_registry(
    (
        OutTransform("date", _date, frozenset({"date"}), "text", _DateArgs),
        OutTransform("decimal", _decimal, _NUMBERS, "text", _DecimalArgs),
        OutTransform("money", _money, _NUMBERS, "text", _MoneyArgs),
        OutTransform("cpr", _cpr, _TEXT, "text", _CprArgs),
        OutTransform("phone", _phone, _TEXT, "text", _PhoneArgs),
        OutTransform("map", _map, _ANY, "text", _MapArgs),
        OutTransform("tick", _tick, _ANY, "tick", _TickArgs, takes_none=True),
        OutTransform("default", _default, _ANY, None, _DefaultArgs, takes_none=True),
        OutTransform("format", _format, _ANY, "text", _FormatArgs),
        OutTransform("upper", lambda value, args: value.upper(), _TEXT, "text"),
        OutTransform("lower", lambda value, args: value.lower(), _TEXT, "text"),
        OutTransform("period", _period, _TEXT, "text", _PeriodArgs),
    )
)


def chain_kind(kind: str, nullable: bool, calls: Iterable[OutCall]) -> tuple[str, bool, dict[int, str]]:
    """The kind a field's transforms give from a source of `kind`, whether it may still be missing, and
    a message for each transform (by position) that cannot take the kind it is given."""
    problems: dict[int, str] = {}
    calls = list(calls)
    for index, call in enumerate(calls):
        transform = OUT_TRANSFORMS[call.name]
        if call.name == "default" and index != len(calls) - 1:
            problems[index] = "put 'default' last: it fills a missing value, and nothing runs after it"
        if kind not in transform.takes:
            wanted = " or ".join(sorted(transform.takes))
            problems[index] = f"'{call.name}' takes {wanted}, but is given {kind}"
            continue
        kind = transform.gives or kind
        nullable = nullable and not transform.takes_none
    return kind, nullable, problems


def apply_chain(value: OutValue, calls: Iterable[OutCall]) -> OutValue:
    """Run a field's transforms in order; a missing value skips all but `tick` and `default`, and a
    `default` that fills a missing value ends the chain (its text is written as it is)."""
    for call in calls:
        transform = OUT_TRANSFORMS[call.name]
        if value is None and not transform.takes_none:
            continue
        if value is None and call.name == "default":
            return str(call.args["value"])
        value = transform.func(value, call.args)
    return value


def as_text(value: OutValue) -> str:
    """A value as text where no transform wrote it: ISO dates, decimals with a dot, a tick's mark."""
    if value is None:
        return ""
    if isinstance(value, Ticked):
        return value.text()
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
