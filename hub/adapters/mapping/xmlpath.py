"""XML selectors turned into reader keys, and the keys a selector with predicates names in a document.
The elements a `rows` selector does not reach (in another namespace, or outside its path) are
`xmlpath_strays`'.

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


def clark(prefix: str | None, local: str, namespaces: Mapping[str, str], attr: bool = False) -> str | None:
    """A selector step's name in Clark notation (None: its prefix is bound to no namespace)."""
    if prefix is None:
        # An unprefixed element is in the default namespace (key ""), as the reader shows it in its
        # readable xpath, so a path copied from `hub adapters suggest` works; attributes never are.
        default = None if attr else namespaces.get("")
        return f"{{{default}}}{local}" if default else local
    uri = namespaces.get(prefix)
    return None if uri is None else f"{{{uri}}}{local}"


# An element key's last step: "/{namespace}Local[n]" or "/Local[n]" (a namespace may hold '/').
_LAST_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{}]*$")


def up(base: str, steps: list[Step] | tuple[Step, ...]) -> tuple[str | None, list[Step]]:
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
    start, steps = ("", list(steps)) if absolute else up(str(base), steps)
    if start is None:
        return None
    key = start
    for step in steps:
        name = clark(step.prefix, step.local, namespaces, step.attribute)
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
    start, steps = ("", list(parsed[1])) if parsed[0] else up(str(base), parsed[1])
    if start is None:
        return None
    regex = re.escape(start)
    for step in steps:
        name = clark(step.prefix, step.local, namespaces)
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
    local name is read where the config's name finds none (`xmlpath_strays.holds_elsewhere`)."""
    name = clark(pred.prefix, pred.local, namespaces, pred.attribute)
    found = None if name is None else text(f"{element}/@{name}" if pred.attribute else f"{element}/{name}[1]")
    if found is None and own is not None and not pred.attribute:
        found = text(f"{element}/{{{own}}}{pred.local}[1]" if own else f"{element}/{pred.local}[1]")
    return found is not None and found.strip() == pred.value


def holding(
    namespaces: Mapping[str, str], text: Lookup, own: str | None = None
) -> Callable[[str, Predicate], bool]:
    """`_holds` for one document (and a stray's own namespace)."""
    return lambda element, pred: _holds(element, pred, namespaces, text, own)


def kept(
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
    start, steps = ("", list(parsed[1])) if parsed[0] else up(str(base), parsed[1])
    if start is None:
        return []
    current = [start]
    for step in steps:
        name = clark(step.prefix, step.local, namespaces, step.attribute)
        if name is None:
            return []
        if step.attribute:
            current = [f"{key}/@{name}" for key in current if text(f"{key}/@{name}") is not None]
            continue
        following: list[str] = []
        for key in current:
            children = kept(key, name, step, elements, holding(namespaces, text))
            if not every and step.position is None and not step.predicates:
                children = children[:1]
            following.extend(children)
        current = following
    return current
