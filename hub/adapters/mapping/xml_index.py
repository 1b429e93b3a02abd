"""The elements of an XML document, for `selectors.SourceIndex`: the keys a selector with predicates or a
`rows` selector names, and the elements a `rows` selector leaves out (`xmlpath_strays`). The element keys
are made from the values' keys on first need: an element that only holds children has no value.

Apart from `selectors` because only an XML document has elements to step through, as only the tabular
formats have cells (`tabular_cells`). A mixin: the index's values by key and its prefixes are set by
`SourceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.mapping import xmlpath, xmlpath_strays, xmlpath_syntax
from hub.adapters.readers.base import SourceValue

__all__ = ["XmlIndex"]

_KEY_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{\[]+\[\d+\]")


class XmlIndex:
    """The XML lookups of a `SourceIndex`, on the values it indexes by key."""

    by_key: dict[str, SourceValue]
    namespaces: dict[str, str]
    _elements: frozenset[str] | None  # every element key, made on first need (`_element_keys`)

    def _select(self, selector: str, base: str | None = None, every: bool = False) -> list[str]:
        """The keys a selector with predicates names (see `xmlpath.select`)."""
        return xmlpath.select(
            selector, self.namespaces, self._element_keys(), self._xml_text, base=base, every=every
        )

    def xml_holds_elsewhere(self, selector: str, element: str, base: str | None = None) -> bool:
        """Whether an element a `rows` selector names by local names in another namespace satisfies its
        predicates (see `xmlpath_strays.holds_elsewhere`)."""
        return xmlpath_strays.holds_elsewhere(
            selector, self.namespaces, self._element_keys(), self._xml_text, element, base
        )

    def xml_outside(
        self, selector: str, reached: set[str], base: str | None = None, read: Sequence[str] = ()
    ) -> list[str]:
        """The elements of the name a `rows` selector reads as rows that it does not reach (below the
        element `base`, if given), in document order, but those the form's selectors `read` from a row
        step through (see `xmlpath_strays.outside`)."""
        keys = [k for k in self.by_key if base is None or k.startswith(base + "/")]
        return xmlpath_strays.outside(selector, self.namespaces, keys, self._xml_text, reached, read)

    def _element_keys(self) -> frozenset[str]:
        if self._elements is None:
            # Every element's key, from the values' keys: an element that only holds children has none.
            # Split by step, not by "/": a namespace URI in a Clark name may hold slashes.
            found: set[str] = set()
            for key in self.by_key:
                path = ""
                for step in _KEY_STEP.findall(key.split("/@", 1)[0]):
                    path += step
                    found.add(path)
            self._elements = frozenset(found)
        return self._elements

    def _xml_text(self, key: str) -> str | None:
        value = self.by_key.get(key)
        return None if value is None else (value.value or "")

    def xml_rows(self, selector: str, base: str | None = None) -> list[str]:
        """Return the keys of the elements an xml `rows` selector matches (a relative one below the
        element `base`), in document order."""
        if xmlpath_syntax.has_predicates(selector):
            return self._select(selector, base=base, every=True)
        pattern = xmlpath.rows_pattern(selector, self.namespaces, base)
        if pattern is None:
            return []
        seen: dict[str, None] = {}
        for key in self.by_key:
            match = pattern.match(key)
            if match:
                seen.setdefault(match.group(0), None)
        return list(seen)
