"""XML selectors turned into reader keys, and the keys a selector with predicates names in a document.

The xml reader keys every value by its absolute path in Clark notation with a position on every step
("/{urn:x}Bevilling[1]/{urn:x}Borger[2]/{urn:x}CPR[1]", attributes ".../@id"). A selector step without
`[n]` means the first such element, except in a list's `rows` selector, where it means every one. The
selectors' syntax (steps and predicates) is parsed in `xmlpath_syntax`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from hub.adapters.mapping.xmlpath_syntax import PARENT, Predicate, Step, parse


def _clark(prefix: str | None, local: str, namespaces: Mapping[str, str], attr: bool = False) -> str | None:
    if prefix is None:
        # An unprefixed element is in the default namespace (key ""), as the reader shows it in its
        # readable xpath, so a path copied from `hub adapters suggest` works; attributes never are.
        default = None if attr else namespaces.get("")
        return f"{{{default}}}{local}" if default else local
    uri = namespaces.get(prefix)
    return None if uri is None else f"{{{uri}}}{local}"


# An element key's last step: "/{namespace}Local[n]" or "/Local[n]" (a namespace may hold '/').
_LAST_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{}]*$")


def _up(base: str, steps: list[Step] | tuple[Step, ...]) -> tuple[str | None, list[Step]]:
    """The element key a relative path starts from after its leading `..` steps (None above the root's
    element), and the steps left."""
    steps = list(steps)
    while steps and steps[0].local == PARENT:
        # The last step, not the last '/': a Clark name's namespace is often a URL ("{http://a/b}Item").
        base = _LAST_STEP.sub("", base)
        if not base:
            return None, steps
        steps.pop(0)
    return base, steps


def to_key(selector: str, namespaces: Mapping[str, str], base: str | None = None) -> str | None:
    """Return the reader key a selector without value predicates names (relative ones below `base`)."""
    # Cached: every document of a form resolves the same selectors with the same namespaces, and
    # building the key was a tenth of reading a document again (`hub reprocess`).
    return _to_key(selector, tuple(namespaces.items()), base)


@functools.lru_cache(maxsize=16384)
def _to_key(selector: str, bound: tuple[tuple[str, str], ...], base: str | None) -> str | None:
    namespaces = dict(bound)
    parsed = parse(selector)
    if parsed is None:
        return None
    absolute, steps = parsed
    if not absolute and base is None:
        return None
    start, steps = ("", list(steps)) if absolute else _up(str(base), steps)
    if start is None:
        return None
    key = start
    for step in steps:
        name = _clark(step.prefix, step.local, namespaces, step.attribute)
        if name is None or step.predicates:
            return None
        key += f"/@{name}" if step.attribute else f"/{name}[{step.position or 1}]"
    return key


def rows_pattern(
    selector: str, namespaces: Mapping[str, str], base: str | None = None, any_namespace: bool = False
) -> re.Pattern[str] | None:
    """Return a pattern matching the key prefix of every element a `rows` selector names (a relative
    selector below the element key `base`, the item it is read in); None with value predicates.
    `any_namespace`: each step's local name in whatever namespace (or none), for `xml_elsewhere`, the
    predicates left out (`holds_elsewhere`)."""
    parsed = parse(selector)
    if parsed is None or not (parsed[0] or base):
        return None
    start, steps = ("", list(parsed[1])) if parsed[0] else _up(str(base), parsed[1])
    if start is None:
        return None
    regex = re.escape(start)
    for step in steps:
        name = _clark(step.prefix, step.local, namespaces)
        if name is None or step.attribute or (step.predicates and not any_namespace):
            return None  # the predicates of a stray are looked at by `holds_elsewhere`
        step_name = r"(?:\{[^}]*\})?" + re.escape(step.local) if any_namespace else re.escape(name)
        regex += "/" + step_name + (rf"\[{step.position}\]" if step.position else r"\[\d+\]")
    return re.compile(regex + "(?=/|$)")


Lookup = Callable[[str], str | None]  # a key's text, or None when the document has no such node


def _holds(
    element: str, pred: Predicate, namespaces: Mapping[str, str], text: Lookup, own: str | None = None
) -> bool:
    """Whether `element` satisfies a value predicate; `own`: a namespace whose child of the predicate's
    local name is read where the config's name finds none (`holds_elsewhere`)."""
    name = _clark(pred.prefix, pred.local, namespaces, pred.attribute)
    found = None if name is None else text(f"{element}/@{name}" if pred.attribute else f"{element}/{name}[1]")
    if found is None and own is not None and not pred.attribute:
        found = text(f"{element}/{{{own}}}{pred.local}[1]" if own else f"{element}/{pred.local}[1]")
    return found is not None and found.strip() == pred.value


def _holding(
    namespaces: Mapping[str, str], text: Lookup, own: str | None = None
) -> Callable[[str, Predicate], bool]:
    """`_holds` for one document (and a stray's own namespace)."""
    return lambda element, pred: _holds(element, pred, namespaces, text, own)


def _kept(
    parent: str, name: str, step: Step, elements: frozenset[str], holds: Callable[[str, Predicate], bool]
) -> list[str]:
    """The children `name` (a Clark name) of `parent` that a step's position and predicates keep, in
    order; `holds` says whether a child satisfies a value predicate."""
    children: list[str] = []
    while f"{parent}/{name}[{len(children) + 1}]" in elements:
        children.append(f"{parent}/{name}[{len(children) + 1}]")
    if step.position is not None:
        children = children[step.position - 1 : step.position]
    for pred in step.predicates:
        if pred.position is not None:
            children = children[pred.position - 1 : pred.position]
        else:
            children = [c for c in children if holds(c, pred)]
    return children


def select(
    selector: str,
    namespaces: Mapping[str, str],
    elements: frozenset[str],
    text: Lookup,
    *,
    base: str | None = None,
    every: bool = False,
) -> list[str]:
    """Every key a selector with predicates names, in document order (`every`: a `rows` selector, where
    a step without a position means every element; else it means the first). `elements`: every element
    key of the document; `text`: a key's value."""
    parsed = parse(selector)
    if parsed is None or not (parsed[0] or base):
        return []
    start, steps = ("", list(parsed[1])) if parsed[0] else _up(str(base), parsed[1])
    if start is None:
        return []
    current = [start]
    for step in steps:
        name = _clark(step.prefix, step.local, namespaces, step.attribute)
        if name is None:
            return []
        if step.attribute:
            current = [f"{key}/@{name}" for key in current if text(f"{key}/@{name}") is not None]
            continue
        following: list[str] = []
        for key in current:
            children = _kept(key, name, step, elements, _holding(namespaces, text))
            if not every and step.position is None and not step.predicates:
                children = children[:1]
            following.extend(children)
        current = following
    return current


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
    start, steps = ("", list(parsed[1])) if parsed[0] else _up(str(base), parsed[1])
    if start is None or not element.startswith(start):
        return False
    own = _KEY_STEP.findall(element[len(start) :])
    if len(own) != len(steps):
        return False
    parent = start
    for step, (name, position) in zip(steps, own, strict=True):
        here = f"{parent}/{name}[{position}]"
        if here not in _kept(parent, name, step, elements, _holding(namespaces, text, _own_namespace(name))):
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
    name = _clark(last.prefix, last.local, namespaces)
    if name is None or last.attribute or last.local == PARENT:
        return None
    return name, tuple(p for p in last.predicates if p.position is None)


def outside(
    selector: str, namespaces: Mapping[str, str], keys: list[str], text: Lookup, reached: set[str]
) -> list[str]:
    """Every element of the name a `rows` selector reads as rows (`row_name`, its value predicates
    held) that the selector does not reach: not in `reached`, the elements its path matches in any
    namespace. `keys`: the document's value keys in document order (the part to look in)."""
    named = row_name(selector, namespaces)
    if named is None:
        return []
    name, predicates = named
    step = re.compile("/" + re.escape(name) + r"\[\d+\](?=/|$)")
    holds = _holding(namespaces, text)
    found: dict[str, None] = {}
    for key in keys:
        for match in step.finditer(key.split("/@", 1)[0]):
            element = key[: match.end()]
            if element not in reached and element not in found and all(holds(element, p) for p in predicates):
                found[element] = None
    return list(found)
