"""A template page's label charge, worked out once and charged again to the next copy (stop 54).

`LabelBudget.charge` counts a page's work from its bytes: every content stream and /ToUnicode map is
unpacked and each map's ranges counted, for every page of every copy of a form. The count is a function
of the objects the page's content key covers (`pdf_pagekey`: /Contents, /Resources with every font and
form XObject, by value, each stream's dictionary and raw bytes, from which its unpacked bytes follow),
with one exception: a map is counted once a document, so what a page costs also depends on which of
its maps an earlier page of the same document has counted already. The charge is therefore kept under
the page's key together with the maps the page met (`touched`) and, for each set of them already
counted before it (`counted`), the cost; a copy whose earlier pages counted the same of those maps is
charged that cost, and every map the page met is counted as reading it would have counted it: the
same bytes give the same count, a map is counted once a document, and a document past the budget is
cut at the same page.

Only a charge worked out without an error, and kept by the caller only when qpdf warned of nothing
while the page was keyed and counted (`pdf_pagecache`), is kept. Process-local and bounded like the
page cache's runs; it never decides alone: a page without a key is counted as before.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

PAGES = 1024  # page keys kept: twice the page cache's pages (a key's charges are a few integers)
VARIANTS = 8  # sets of maps counted before a page, a key: a template's pages meet one or two


class ChargeMemo:
    """Page key → (maps the page met, {maps among them counted before it: the page's cost})."""

    def __init__(self, pages: int = PAGES) -> None:
        self.pages = pages
        self._charges: OrderedDict[bytes, tuple[frozenset[bytes], dict[frozenset[bytes], int]]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()

    def cost(self, key: bytes, counted: set[bytes]) -> tuple[int, frozenset[bytes]] | None:
        """The page's cost when the document has counted the maps `counted` already, and the maps it
        meets; None when it was never worked out so."""
        with self._lock:
            kept = self._charges.get(key)
            if kept is None:
                return None
            touched, costs = kept
            cost = costs.get(touched & counted)
            if cost is None:
                return None
            self._charges.move_to_end(key)
            return cost, touched

    def keep(self, key: bytes, touched: frozenset[bytes], before: frozenset[bytes], cost: int) -> None:
        """Keep the cost of the page under `key` that met the maps `touched`, of which `before` were
        counted by earlier pages of its document."""
        with self._lock:
            kept = self._charges.get(key)
            if kept is None or kept[0] != touched:
                kept = (touched, {})
                self._charges[key] = kept
            if len(kept[1]) < VARIANTS:
                kept[1][before] = cost
            self._charges.move_to_end(key)
            while len(self._charges) > self.pages:
                self._charges.popitem(last=False)

    def clear(self) -> None:
        """Forget every charge."""
        with self._lock:
            self._charges.clear()

    def __len__(self) -> int:
        return len(self._charges)


CHARGES = ChargeMemo()
