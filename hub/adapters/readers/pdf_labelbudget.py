"""A document's work on labels, counted from its bytes before pypdf does it (decision 0027, stop 35).

Labels come from pypdf's text extraction, whose cost grows with a page's content streams and with the
character maps of its fonts: a few KB of map can describe 100,000 characters. A form's fields cost
little, so labels must never cost the form its fields by passing the sandbox's time limit. Each page's
label work is therefore estimated from what qpdf has already read, in units of one content byte, and
charged before the page is read: once a page would pass `BUDGET`, it and every page asked for after it
get no labels, the fields are read all the same, and the extraction says which pages were skipped.

The count depends on the bytes alone, never on time or on what this worker has kept (a page served from
`pdf_pagecache` is charged as if it were read), so the same bytes always give the same extraction.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_labelcharges import CHARGES
from hub.adapters.readers.pdf_unpack import read_within

# Measured (decision 0027, "Labels within a budget"): 1.1-1.5 µs of pypdf's time a unit on real and
# text-heavy pages, 2.5 µs on pages of nothing but tiny operators. 2,000,000 units are at most ~5 s on
# the development machine: a third of the sandbox's 15 s, margin for a slower one and for the fields.
# That is 5 times issue12963.pdf's eight pages (370,000) and 460 times the repo's largest form (4,300).
BUDGET = 2_000_000
MAP_WEIGHT = 3  # units a character a /ToUnicode map maps
MAX_MAP = 100_001  # pypdf refuses a map past 100,000 characters: no more is ever parsed
_DEPTH = 8  # form XObjects inside form XObjects
_RANGE = re.compile(rb"<\s*([0-9A-Fa-f]{1,8})\s*>\s*<\s*([0-9A-Fa-f]{1,8})\s*>\s*(?:<[^>]*>|\[[^\]]*\])")
_SECTION = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]*)")  # a name token in a content stream (PDF 32000 7.3.5)
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


class LabelBudget:
    """The label work left for one document; `charge(page)` says whether the page may still be read."""

    def __init__(self, budget: int | None = None) -> None:
        self.left = BUDGET if budget is None else budget
        self.exhausted = False
        self._maps: set[bytes] = set()  # a map is parsed once a document (`pdf_cmapcache`)
        self._touched: set[bytes] = set()  # the maps the page being charged met
        self._before: frozenset[bytes] = frozenset()  # the maps counted before that page
        self._worked: tuple[bytes, int] | None = None  # the last charge worked out under a key

    def charge(self, page: pikepdf.Page, key: bytes | None = None) -> bool:
        """Charge one page's estimated work; False (now and for every later page) when it does not fit.
        `key`: the page's content key (`pdf_pagekey`), under which a copy's charge may be kept
        (`pdf_labelcharges`); the count is the same with or without it."""
        self._worked = None
        if self.exhausted:
            return False
        kept = CHARGES.cost(key, self._maps) if key is not None else None
        if kept is not None:
            cost, touched = kept
            if cost > self.left:
                self.exhausted = True
                return False
            self._maps |= touched  # counted, as reading the page would have counted them
            self.left -= cost
            return True
        self._touched, self._before = set(), frozenset(self._maps)
        try:
            cost = self._object_cost(page.obj, 0, {})
        except (pikepdf.PdfError, ValueError, TypeError, AttributeError, RecursionError):
            cost = self.left + 1  # a page whose work cannot be counted is not read: it could be any
        else:
            if key is not None and _parents_keyed(page.obj):
                self._worked = (key, cost)
        if cost > self.left:
            self.exhausted = True
            return False
        self.left -= cost
        return True

    def keep(self) -> None:
        """Keep the charge just worked out under its page's key, for the next copy: called when qpdf
        warned of nothing while the page was keyed and charged (a warning may come from unpacking a
        stream, which a copy charged from the memo would not do)."""
        if self._worked is not None:
            key, cost = self._worked
            touched = frozenset(self._touched)
            CHARGES.keep(key, touched, touched & self._before, cost)
            self._worked = None

    def _object_cost(self, obj: Any, depth: int, known: dict[tuple[int, int, int], int]) -> int:
        """The work of a page or form XObject with what it draws; `known` keeps each XObject's, so a
        file of XObjects that each draw the same ten, eight deep, is counted in linear time (as pypdf
        would read it: ten to the eighth)."""
        contents = obj.get("/Contents")
        streams = contents if isinstance(contents, pikepdf.Array) else [contents]
        if isinstance(obj, pikepdf.Stream):  # a form XObject is its own content
            streams = [obj]
        content = b" ".join(_bytes(s) for s in streams if isinstance(s, pikepdf.Stream))
        cost = len(content)
        resources = _resources(obj)
        fonts = resources.get("/Font") if resources is not None else None
        if isinstance(fonts, pikepdf.Dictionary):
            for _, font in fonts.items():
                cost += self._font_cost(font)
        xobjects = resources.get("/XObject") if resources is not None else None
        if isinstance(xobjects, pikepdf.Dictionary) and depth < _DEPTH:
            # pypdf reads a form XObject each time the content draws it (`/Name Do`), never one only
            # listed: Scribus lists every earlier frame's XObject in each frame's resources, and
            # charging those listed would put a one-page form eight levels deep past the budget.
            written = written_names(content)
            for name, xobject in xobjects.items():
                if not written[name]:
                    continue
                if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == pikepdf.Name.Form:
                    key = (*xobject.objgen, depth)
                    if key not in known:
                        known[key] = self._object_cost(xobject, depth + 1, known)
                    cost += written[name] * known[key]
        return cost

    def _font_cost(self, font: Any) -> int:
        unicode = font.get("/ToUnicode") if isinstance(font, pikepdf.Dictionary) else None
        if not isinstance(unicode, pikepdf.Stream):
            return 0
        data = _bytes(unicode)
        key = hashlib.sha256(data).digest()
        self._touched.add(key)
        if key in self._maps:
            return 0
        self._maps.add(key)
        return len(data) + MAP_WEIGHT * map_size(data)


def map_size(data: bytes) -> int:
    """How many characters a /ToUnicode map's ranges map (at most `MAX_MAP`): what pypdf parses one by one."""
    total = 0
    for section in _SECTION.finditer(data):
        for low, high in _RANGE.findall(section[1]):
            total += max(0, int(high, 16) - int(low, 16)) + 1
            if total >= MAX_MAP:
                return MAX_MAP
    return total


def written_names(content: bytes) -> Counter[str]:
    """How many times each name (`/RE5`) is written in a content stream, `#xx` escapes read. Every name
    is counted, not only those before `Do`: a name in a string or a comment counts too, which can only
    charge more than pypdf does, never less."""
    found: Counter[str] = Counter()
    for raw in _NAME.findall(content):
        name = _ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), raw)
        # pikepdf gives a name's bytes as UTF-8 where they are; either reading is counted.
        found.update({"/" + name.decode("latin-1"), "/" + name.decode("utf-8", "replace")})
    return found


def _parents_keyed(page: Any) -> bool:
    """Whether the page's /Resources are found (or not) through dictionaries alone, as the page key
    walks its /Parent links (`pdf_pagekey._inherited`): a stream met on the way is followed here and
    not there, so its charge could not be told apart by the key, and is not kept."""
    obj = page
    for _ in range(64):
        if not isinstance(obj, pikepdf.Dictionary):
            return not isinstance(obj, pikepdf.Stream)
        if isinstance(obj.get("/Resources"), pikepdf.Dictionary):
            return True
        obj = obj.get("/Parent")
    return True


def _resources(obj: Any) -> Any:
    """A page's or form XObject's /Resources, a page's inherited from its parents as pypdf does."""
    for _ in range(64):
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):  # a form XObject is a stream
            return None
        resources = obj.get("/Resources")
        if isinstance(resources, pikepdf.Dictionary):
            return resources
        obj = obj.get("/Parent")
    return None


def _bytes(stream: pikepdf.Stream) -> bytes:
    # A stream past the hub's limit (a bomb) is not unpacked to be counted: the document is refused
    # for it (`pdf_unpack.TooLarge`), as pypdf's own limit would refuse it when the page is read.
    try:
        return read_within(stream)  # measured, and unpacked once where it is plain Flate
    except pikepdf.PdfError:
        return stream.read_raw_bytes()  # pypdf will find no more in it than its raw bytes
