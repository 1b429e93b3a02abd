"""Where an element of a parsed XML document stands, as its values' `meta["xpath"]` has it: the readable
path (prefixed names, a position where a name repeats) the XML reader writes beside each value's key, and
the same path built once a read for the elements read through back references (`xml_references`)."""

from __future__ import annotations

from typing import Any

from lxml import etree

__all__ = ["Origins", "readable_name", "readable_path", "step"]

_XML_NS = "http://www.w3.org/XML/1998/namespace"


class Origins:
    """`readable_path` of the elements read through back references, each parent's children stepped once
    and each path built on its parent's: walking every ancestor and its siblings again for each element
    made a chain read through references quadratic (fuzz-132: a 2 kB document took 177 s)."""

    def __init__(self) -> None:
        self._paths: dict[etree._Element, str] = {}

    def of(self, element: etree._Element) -> str:
        """The readable path of `element`, as `readable_path` gives it."""
        chain = []
        node: etree._Element | None = element
        while node is not None and node not in self._paths:
            chain.append(node)
            node = node.getparent()
        for node in reversed(chain):
            if node in self._paths:  # stepped with a sibling
                continue
            parent = node.getparent()
            if parent is None:
                self._paths[node] = "/" + step(node, 1, 1)[1]
                continue
            base, alike = self._paths[parent], [c for c in parent if isinstance(c.tag, str)]
            totals: dict[Any, int] = {}
            for child in alike:
                totals[child.tag] = totals.get(child.tag, 0) + 1
            seen: dict[Any, int] = {}
            for child in alike:
                seen[child.tag] = position = seen.get(child.tag, 0) + 1
                self._paths[child] = f"{base}/{step(child, position, totals[child.tag])[1]}"
        return self._paths[element]


def readable_path(element: etree._Element) -> str:
    """The path of one element of a parsed document as its values' `meta["xpath"]` has it."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        alike = [node] if parent is None else [c for c in parent if c.tag == node.tag]
        steps.append(step(node, alike.index(node) + 1, len(alike))[1])
        node = parent
    return "/" + "/".join(reversed(steps))


def step(element: etree._Element, position: int, total: int) -> tuple[str, str]:
    """The key step (Clark, always positioned) and the readable step (prefixed, positioned if repeated)."""
    readable = readable_name(element, element.tag, element.prefix)
    return f"{element.tag}[{position}]", (f"{readable}[{position}]" if total > 1 else readable)


def readable_name(element: etree._Element, clark: str, prefix: str | None = None) -> str:
    """A Clark name with the document's prefix; a default-namespace name is shown bare."""
    qname = etree.QName(clark)
    if qname.namespace is None:
        return qname.localname
    if prefix is None and qname.namespace == _XML_NS:
        prefix = "xml"
    elif prefix is None and clark != element.tag:
        # An attribute: find a prefix bound to its namespace (attributes never use the default one).
        prefix = next((p for p, uri in element.nsmap.items() if uri == qname.namespace and p), None)
    return f"{prefix}:{qname.localname}" if prefix else qname.localname
