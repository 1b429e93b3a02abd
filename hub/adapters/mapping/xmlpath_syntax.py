"""XML selectors' syntax: prefixed paths ("/b:Bevilling/b:Borger[2]/b:CPR", "@id") parsed into steps.

A step may carry predicates, in XPath's own syntax: `[2]`, `[@enhed='uge']` (an attribute's value) and
`[pa:Kode='KH']` (a child element's text). A step with a value predicate means the first element that
satisfies it (in `rows`, every one); predicates apply in order, so `b:Dag[@type='x'][2]` is the second of
those with that type. `xmlpath` turns the parsed steps into the xml reader's keys; the config's checks
need only this half.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# An XML name starts with any letter or "_", not only an ASCII one: a case system names its elements after
# its Danish columns ("Årsag", PostgreSQL's table_to_xml; decision 0060, "Stop 63: trial-84"). The one rule
# for every name the config writes: a form's selectors, the claim's targets and paths (`claim_rules`), and
# the prefixes of either's namespaces (`language.xml_prefix`; decision 0060, "Stop 64: lang-85").
NAME = r"[^\W\d][\w.\-]*"
_PREFIX = re.compile(NAME)
_STEP = re.compile(rf"(?:(?P<prefix>{NAME}):)?(?P<local>{NAME})(?P<preds>(?:\[.*\])?)", re.S)
_ATTR = re.compile(rf"@(?:(?P<prefix>{NAME}):)?(?P<local>{NAME})")
_BRACKETS = re.compile(r"\[((?:'[^']*'|\"[^\"]*\"|[^\]'\"])*)\]")  # one predicate's inside
_POSITION = re.compile(r"\s*([1-9]\d*)\s*")
_COMPARE = re.compile(
    rf"\s*(?P<attr>@)?(?:(?P<prefix>{NAME}):)?(?P<local>{NAME})\s*=\s*(?:'(?P<sq>[^']*)'|\"(?P<dq>[^\"]*)\")\s*"
)


@dataclass(frozen=True)
class Predicate:
    """One `[...]` of a step: a position, or an attribute or child element that must read `value`."""

    position: int | None = None
    prefix: str | None = None
    local: str = ""
    attribute: bool = False
    value: str = ""


@dataclass(frozen=True)
class Step:
    """One step of a path: an element (with its predicates) or, last, an attribute."""

    prefix: str | None
    local: str
    position: int | None = None  # a lone [n] straight after the name: the fast path of every old config
    attribute: bool = False
    predicates: tuple[Predicate, ...] = ()


PARENT = ".."  # a step up to the element holding the one a relative path starts from


class PathError(ValueError):
    """Why a text is not an xml selector (for the config's error at load)."""


def _split(text: str) -> list[str]:
    """Split a path at the slashes that are not inside a predicate (`[@dato='1/8']`)."""
    parts, depth, quote, start = [], 0, "", 0
    for at, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"" and depth:
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth < 0:
                raise PathError(f"a ']' without its '[' in {text!r}")
        elif char == "/" and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    if quote or depth:
        raise PathError(f"an unclosed {'quote' if quote else '['} in {text!r}")
    parts.append(text[start:])
    return parts


def _predicates(text: str, step: str) -> tuple[Predicate, ...]:
    inners = _BRACKETS.findall(text)
    if "".join(f"[{inner}]" for inner in inners) != text:
        raise PathError(f"text between predicates in step {step!r}")
    found: list[Predicate] = []
    for inner in inners:
        position = _POSITION.fullmatch(inner)
        compare = _COMPARE.fullmatch(inner)
        if position:
            found.append(Predicate(position=int(position[1])))
        elif compare:
            value = compare["sq"] if compare["sq"] is not None else compare["dq"]
            found.append(Predicate(None, compare["prefix"], compare["local"], bool(compare["attr"]), value))
        else:
            raise PathError(
                f"predicate [{inner}] in step {step!r}: write a position [2], an attribute [@enhed='uge'] "
                "or a child element [p:Kode='KH'], with the value in quotes"
            )
    return tuple(found)


def parse_path(selector: str) -> tuple[bool, list[Step]]:
    """Split a selector into (absolute?, steps); PathError says why it is not one."""
    absolute, steps = _parsed(selector)
    return absolute, list(steps)


@functools.lru_cache(maxsize=4096)
def _parsed(selector: str) -> tuple[bool, tuple[Step, ...]]:
    # A config's few hundred selectors are parsed for every document it reads (tens a document): once
    # each is enough. Bounded, since `hub adapters suggest` tries selectors of its own.
    text = selector.strip()
    if text == ".":
        return False, ()
    absolute = text.startswith("/")
    parts = _split(text[1:] if absolute else text)
    steps: list[Step] = []
    for index, part in enumerate(parts):
        if part == PARENT:
            # Only a relative path's leading steps go up (an item's grant reads its citizen's CPR, the
            # element above it); from the root, or after a step down, `..` would name nothing new.
            if absolute or any(step.local != PARENT for step in steps) or index == len(parts) - 1:
                raise PathError(
                    f"'..' only at the start of a relative path, before a step down: {selector!r} "
                    "(write ../prefix:Element)"
                )
            steps.append(Step(None, PARENT))
            continue
        attr = _ATTR.fullmatch(part)
        if attr and index == len(parts) - 1:
            steps.append(Step(attr["prefix"], attr["local"], attribute=True))
            continue
        match = _STEP.fullmatch(part)
        if match is None:
            raise PathError(
                f"not an xml path: {selector!r} (write /prefix:Element/prefix:Child or @attribute)"
            )
        preds = _predicates(match["preds"], part)
        if len(preds) == 1 and preds[0].position is not None:
            steps.append(Step(match["prefix"], match["local"], preds[0].position))
        else:
            steps.append(Step(match["prefix"], match["local"], None, False, preds))
    return absolute, tuple(steps)


def is_name(text: str) -> bool:
    """Whether a text is one XML name without a colon: a namespace prefix, an element's local name."""
    return _PREFIX.fullmatch(text) is not None


def parse(selector: str) -> tuple[bool, list[Step]] | None:
    """Split a selector into (absolute?, steps); None when it is not one."""
    try:
        return parse_path(selector)
    except PathError:
        return None


@functools.lru_cache(maxsize=4096)
def has_predicates(selector: str) -> bool:
    """Whether a selector filters a step by a value or by a position after one (needs `select`)."""
    parsed = parse(selector)
    return parsed is not None and any(step.predicates for step in parsed[1])


def check(selector: str, *, relative: bool = False, rows: bool = False) -> str | None:
    """Return why an xml selector is not valid here, or None."""
    try:
        absolute, steps = parse_path(selector)
    except PathError as exc:
        return str(exc)
    if not relative and not absolute:
        return f"an xml path must start at the root with '/': {selector!r}"
    if rows and (not steps or steps[-1].attribute):
        return f"rows must name elements, not an attribute: {selector!r}"
    return None
