"""Outbound transforms of the config language: a claim's typed values written the municipality's way.

The inbound transforms (`hub.adapters.mapping.transforms`) read a form's text into canonical text; these
run the other way, from a claim's typed values (`date`, `Decimal`, `int`, `str`, `None`) to the text a
template wants: `03.08.2026`, `1.234,56`, `010190-1234`, a local code, a ticked box. Each transform
declares the kinds of value it takes and the kind it gives, so a config that dates a name is refused when
it loads, not when the claim is due. A transform raises `TransformError` (English and Danish) on a value
it cannot write; the renderer names the field and line. The values and the transforms' types are in
`outbound_types`, their arguments' schemas in `outbound_args`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hub.adapters.mapping.outbound_args import (
    DATE_TOKEN,
    OutCprArgs,
    OutDateArgs,
    OutDecimalArgs,
    OutDefaultArgs,
    OutFormatArgs,
    OutMapArgs,
    OutMoneyArgs,
    OutPeriodArgs,
    OutPhoneArgs,
    OutTickArgs,
)
from hub.adapters.mapping.outbound_types import KINDS, OutCall, OutTransform, OutValue, Ticked, as_text
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_types import named_table
from hub.periods import PeriodError, parse_period

__all__ = ["OUT_TRANSFORMS", "TransformError", "apply_chain"]


def _date(value: date, args: Mapping[str, Any]) -> str:
    parts = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "dd": f"{value.day:02d}"}
    parts |= {"d": str(value.day), "mm": f"{value.month:02d}", "m": str(value.month)}
    return DATE_TOKEN.sub(lambda match: parts[match.group()], args["style"])


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
    return named_table(transforms, "outbound transform")


_ANY = frozenset(KINDS)
_NUMBERS = frozenset({"decimal", "integer"})
_TEXT = frozenset({"text"})

OUT_TRANSFORMS: Mapping[str, OutTransform] = build_registry(
    (
        OutTransform("date", _date, frozenset({"date"}), "text", OutDateArgs),
        OutTransform("decimal", _decimal, _NUMBERS, "text", OutDecimalArgs),
        OutTransform("money", _money, _NUMBERS, "text", OutMoneyArgs),
        OutTransform("cpr", _cpr, _TEXT, "text", OutCprArgs),
        OutTransform("phone", _phone, _TEXT, "text", OutPhoneArgs),
        OutTransform("map", _map, _ANY, "text", OutMapArgs),
        OutTransform("tick", _tick, _ANY, "tick", OutTickArgs, takes_none=True),
        OutTransform("default", _default, _ANY, None, OutDefaultArgs, takes_none=True),
        OutTransform("format", _format, _ANY, "text", OutFormatArgs),
        OutTransform("upper", lambda value, args: value.upper(), _TEXT, "text"),
        OutTransform("lower", lambda value, args: value.lower(), _TEXT, "text"),
        OutTransform("period", _period, _TEXT, "text", OutPeriodArgs),
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
