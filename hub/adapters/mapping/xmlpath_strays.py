"""The elements of an XML document a list's `rows` selector does not reach, for the refusals that keep
a record from being lost in silence: one whose path matches step by step in another namespace and that
satisfies the selector's predicates there (`holds_elsewhere`, for `xml_elsewhere`), and every element of
the rows' name outside the selector's path (`outside`).

Apart from `xmlpath`, which turns a selector into the keys it reads; these ask what it does not read,
with the same steps, positions and predicates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from hub.adapters.mapping.xmlpath import Lookup, clark, holding, kept, up
from hub.adapters.mapping.xmlpath_syntax import PARENT, Predicate, parse

# An element key's steps: "/{namespace}Local[n]" or "/Local[n]", its Clark name and position apart.
_KEY_STEP = re.compile(r"/((?:\{[^}]*\})?[^/{}\[]+)\[(\d+)\]")


def holds_elsewhere(
    selector: str,
    namespaces: Mapping[str, str],
    elements: frozenset[str],
    text: Lookup,
    element: str,
    base: str | None = None,
) -> bool:
    """Whether `element`, whose local names match a `rows` selector's step by step in some other namespace
    (`rows_pattern(any_namespace=True)`), satisfies the selector's predicates, each step's among its own
    namespace's siblings (as its key counts them): an attribute's value as written (an unprefixed
    attribute is in no namespace, whatever its element's), a child's text by the config's name or else by
    its local name in the element's own namespace (a schema's next version renames its children with it).
    A stray that satisfies them is a record the config would have read, but for its namespace
    (`xml_elsewhere`); one that does not is left out, as the config's own are."""
    parsed = parse(selector)
    if parsed is None or not (parsed[0] or base):
        return False
    start, steps = ("", list(parsed[1])) if parsed[0] else up(str(base), parsed[1])
    if start is None or not element.startswith(start):
        return False
    own = _KEY_STEP.findall(element[len(start) :])
    if len(own) != len(steps):
        return False
    parent = start
    for step, (name, position) in zip(steps, own, strict=True):
        here = f"{parent}/{name}[{position}]"
        if here not in kept(parent, name, step, elements, holding(namespaces, text, _own_namespace(name))):
            return False
        parent = here
    return True


def _own_namespace(name: str) -> str:
    """A Clark name's namespace ("" for none)."""
    return name[1 : name.index("}")] if name.startswith("{") else ""


def row_name(selector: str, namespaces: Mapping[str, str]) -> tuple[str, tuple[Predicate, ...]] | None:
    """The Clark name of the elements a `rows` selector reads as rows, and its last step's value
    predicates (None where its last step is no element of a bound prefix)."""
    parsed = parse(selector)
    if parsed is None or not parsed[1]:
        return None
    last = parsed[1][-1]
    name = clark(last.prefix, last.local, namespaces)
    if name is None or last.attribute or last.local == PARENT:
        return None
    return name, tuple(p for p in last.predicates if p.position is None)


def outside(
    selector: str,
    namespaces: Mapping[str, str],
    keys: list[str],
    text: Lookup,
    reached: set[str],
    read: Sequence[str] = (),
) -> list[str]:
    """Every element of the name a `rows` selector reads as rows (`row_name`, its value predicates
    held) that the selector does not reach: not in `reached`, the elements its path matches in any
    namespace, nor inside one of them where the form's own selectors `read` from a row step through
    (`read_inside`). `keys`: the document's value keys in document order (the part to look in)."""
    named = row_name(selector, namespaces)
    if named is None:
        return []
    name, predicates = named
    inner = _read_paths(read, namespaces)
    step = re.compile("/" + re.escape(name) + r"\[\d+\](?=/|$)")
    holds = holding(namespaces, text)
    # The path's own steps are no strays: a list element named as its rows (Rails' to_xml writes
    # `<besoeg type="array"><besoeg>` where a word's plural is itself) holds the rows the path reaches.
    passed = {row[: m.end()] for row in reached for m in step.finditer(row) if m.end() < len(row)}
    found: dict[str, None] = {}
    for key in keys:
        for match in step.finditer(key.split("/@", 1)[0]):
            element = key[: match.end()]
            if element in reached or element in passed or element in found:
                continue
            if inner and _read_inside(element, reached, inner):
                continue
            if all(holds(element, p) for p in predicates):
                found[element] = None
    return list(found)


def _read_paths(read: Sequence[str], namespaces: Mapping[str, str]) -> list[tuple[str, ...]]:
    """The Clark names of the elements each of a row's relative selectors steps through (to its
    attribute, if any); a selector that climbs (`..`) or is absolute says nothing of the row's inside."""
    paths = []
    for selector in read:
        parsed = parse(selector)
        if parsed is None or parsed[0]:
            continue
        names: list[str] = []
        for step in parsed[1]:
            if step.attribute:
                break
            name = None if step.local == PARENT else clark(step.prefix, step.local, namespaces)
            if name is None:
                names = []
                break
            names.append(name)
        if names:
            paths.append(tuple(names))
    return paths


def _read_inside(element: str, reached: set[str], inner: list[tuple[str, ...]]) -> bool:
    """Whether `element` lies inside a row, where one of the form's own selectors from the row steps
    through it by name: a list of the row's own that a program names as it names the rows (dicttoxml
    writes every list's members `<item>`, the records' and each record's marks'), which the config
    reads, not a record moved into its row by mistake (decision 0060, "Stop 71: trial-120")."""
    steps = list(_KEY_STEP.finditer(element))
    for at, step in enumerate(steps[:-1]):
        if element[: step.end()] in reached:
            below = tuple(s.group(1) for s in steps[at + 1 :])
            return any(path[: len(below)] == below for path in inner if len(path) >= len(below))
    return False
