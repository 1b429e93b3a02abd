"""XML selectors: prefixed paths ("/b:Bevilling/b:Borger[2]/b:CPR", "@id") turned into reader keys.

The xml reader keys every value by its absolute path in Clark notation with a position on every step
("/{urn:x}Bevilling[1]/{urn:x}Borger[2]/{urn:x}CPR[1]", attributes ".../@id"). A selector step without
`[n]` means the first such element, except in a list's `rows` selector, where it means every one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_NAME = r"[A-Za-z_][\w.\-]*"
_STEP = re.compile(rf"(?:(?P<prefix>{_NAME}):)?(?P<local>{_NAME})(?:\[(?P<pos>[1-9]\d*)\])?")
_ATTR = re.compile(rf"@(?:(?P<prefix>{_NAME}):)?(?P<local>{_NAME})")

Step = tuple[str | None, str, int | None, bool]  # prefix, local name, position, is an attribute


def parse(selector: str) -> tuple[bool, list[Step]] | None:
    """Split a selector into (absolute?, steps); None when it is not one."""
    text = selector.strip()
    absolute = text.startswith("/")
    parts = text[1:].split("/") if absolute else text.split("/")
    if text == ".":
        return False, []
    steps: list[Step] = []
    for index, part in enumerate(parts):
        attr = _ATTR.fullmatch(part)
        if attr and index == len(parts) - 1:
            steps.append((attr["prefix"], attr["local"], None, True))
            continue
        step = _STEP.fullmatch(part)
        if step is None:
            return None
        steps.append((step["prefix"], step["local"], int(step["pos"]) if step["pos"] else None, False))
    return absolute, steps


def check(selector: str, *, relative: bool = False, rows: bool = False) -> str | None:
    """Return why an xml selector is not valid here, or None."""
    parsed = parse(selector)
    if parsed is None:
        return f"not an xml path: {selector!r} (write /prefix:Element/prefix:Child or @attribute)"
    absolute, steps = parsed
    if not relative and not absolute:
        return f"an xml path must start at the root with '/': {selector!r}"
    if rows and (not steps or steps[-1][3]):
        return f"rows must name elements, not an attribute: {selector!r}"
    return None


def _clark(prefix: str | None, local: str, namespaces: Mapping[str, str], attr: bool = False) -> str | None:
    if prefix is None:
        # An unprefixed element is in the default namespace (key ""), as the reader shows it in its
        # readable xpath, so a path copied from `hub adapters suggest` works; attributes never are.
        default = None if attr else namespaces.get("")
        return f"{{{default}}}{local}" if default else local
    uri = namespaces.get(prefix)
    return None if uri is None else f"{{{uri}}}{local}"


def to_key(selector: str, namespaces: Mapping[str, str], base: str | None = None) -> str | None:
    """Return the reader key a selector names (relative ones below `base`), or None."""
    parsed = parse(selector)
    if parsed is None:
        return None
    absolute, steps = parsed
    if not absolute and base is None:
        return None
    key = "" if absolute else str(base)
    for prefix, local, pos, is_attr in steps:
        name = _clark(prefix, local, namespaces, is_attr)
        if name is None:
            return None
        key += f"/@{name}" if is_attr else f"/{name}[{pos or 1}]"
    return key


def rows_pattern(
    selector: str, namespaces: Mapping[str, str], base: str | None = None
) -> re.Pattern[str] | None:
    """Return a pattern matching the key prefix of every element a `rows` selector names (a relative
    selector below the element key `base`, the item it is read in)."""
    parsed = parse(selector)
    if parsed is None or not (parsed[0] or base):
        return None
    regex = "" if parsed[0] else re.escape(str(base))
    for prefix, local, pos, is_attr in parsed[1]:
        name = _clark(prefix, local, namespaces)
        if name is None or is_attr:
            return None
        regex += "/" + re.escape(name) + (rf"\[{pos}\]" if pos else r"\[\d+\]")
    return re.compile(regex + "(?=/|$)")
