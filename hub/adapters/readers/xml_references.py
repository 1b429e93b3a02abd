"""An object a serialiser met twice, written in full once and then as a back reference: XStream's
`<sagsbehandler reference="../../dk.x.Praktikaftale/sagsbehandler"/>` (its default, XPATH_RELATIVE
references; also absolute paths, and `reference="7"` to the element with `id="7"` in its ID_REFERENCES
mode). The reference is read as the element it points to, so that the second agreement's caseworker is
found where a person reading the document finds it (decision 0060, "Stop 73: trial-128").

A reference by `id` is read only in a document that is XStream's by its own mark: in ID_REFERENCES mode
XStream numbers every object it writes from 1, the root first, so its root carries `id="1"`. A
municipality's own XML may hold a `reference` attribute meaning something else (an external reference
number) beside an unrelated `id` of the same digits; without the mark both are read as written (review-132;
decision 0060, "Stop 74: fixes-136"). A path (`../../sagsbehandler`) is no number, so is read as before.

Only an element that holds nothing but a `reference` attribute is one, and only where that attribute
points at exactly one other element of the document: a path of element names and `..` steps (a step
without a position is the first of its name, as XStream writes them), or an `id` some element carries.
A reference to an element the reference is inside, to another reference, or one met again while
reading a referent, is left as it is: reading it would never end."""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["Referents"]

_STEP = re.compile(r"(?P<name>[A-Za-z_][\w.\-]*)(?:\[(?P<at>[1-9]\d{0,5})\])?")
_ID = re.compile(r"[1-9]\d{0,8}")
_MOST_STEPS = 64
# The id XStream's ID_REFERENCES mode gives the root, the first object it writes: the document's mark.
_XSTREAM_ROOT_ID = "1"


class Referents:
    """The back references of one parsed document; its `id`s are gathered once, where one is needed."""

    def __init__(self, root: etree._Element) -> None:
        self._root = root
        self._ids: dict[str, etree._Element | None] | None = None
        # Each parent's children by name, gathered the first time a path steps into it: n references to
        # the last of n siblings walked them all each time, n² steps (review-132: 8,000 of each, 7 s).
        # And each reference followed once: a referent met again (a shared object inside another, read
        # each time its holder is) is a look-up, not its path walked again (fuzz-132).
        self._followed: dict[etree._Element, etree._Element | None] = {}
        self._named: dict[etree._Element, dict[str, list[etree._Element]]] = {}

    def of(self, element: etree._Element, reading: tuple[etree._Element, ...]) -> etree._Element | None:
        """The element `element` is a back reference to, or None where it is none; `reading` are the
        referents whose content is being read around it."""
        target = _reference(element)
        if target is None:
            return None
        if element not in self._followed:
            self._followed[element] = self._follow(element, target)
        found = self._followed[element]
        return None if found is None or found in reading else found

    def _follow(self, element: etree._Element, target: str) -> etree._Element | None:
        if _ID.fullmatch(target):
            found = self._by_id(target) if self._root.get("id") == _XSTREAM_ROOT_ID else None
        else:
            found = self._by_path(element, target)
        # XStream points at the object written in full, never at another reference
        if found is None or _reference(found) is not None:
            return None
        if any(found is above for above in element.iterancestors()):
            return None
        return found

    def _by_id(self, target: str) -> etree._Element | None:
        if self._ids is None:
            self._ids = {}
            for node in self._root.iter():
                if isinstance(node.tag, str) and (name := node.get("id")) is not None:
                    # an id two elements carry names neither
                    self._ids[name] = None if name in self._ids else node
        return self._ids.get(target)

    def _by_path(self, element: etree._Element, path: str) -> etree._Element | None:
        steps = path.split("/")
        node: etree._Element | None = element
        root = element.getroottree().getroot()
        if path.startswith("/"):
            node, steps = None, steps[1:]
        if not steps or len(steps) > _MOST_STEPS:
            return None
        for number, step in enumerate(steps):
            if step == "..":
                node = None if node is None else node.getparent()
            elif step == ".":
                continue
            elif (part := _STEP.fullmatch(step)) is None:
                return None
            elif node is None and number == 0:  # an absolute path names the root first
                node = root if root.tag == part["name"] and part["at"] in (None, "1") else None
            else:
                node = None if node is None else self._child(node, part["name"], int(part["at"] or 1))
            if node is None:
                return None
        return node

    def _child(self, node: etree._Element, name: str, position: int) -> etree._Element | None:
        """The `position`th child named `name` (XStream leaves out a position where it is the first)."""
        if (named := self._named.get(node)) is None:
            named = self._named[node] = {}
            for child in node:
                if isinstance(child.tag, str):
                    named.setdefault(child.tag, []).append(child)
        children = named.get(name, ())
        return children[position - 1] if position <= len(children) else None


def _reference(element: etree._Element) -> str | None:
    """The `reference` of an element that holds nothing else, or None."""
    if len(element.attrib) != 1 or (element.text or "").strip() or len(element):
        return None
    return element.get("reference")
