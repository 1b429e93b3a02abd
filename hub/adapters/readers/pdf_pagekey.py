"""A digest of exactly what pypdf's text extraction reads from one page: the key of its cached text runs.

Forms of one municipality are filled from one template: the printed words are the same bytes in every
copy, and the filled values live in the widgets' appearance streams (/Annots), which the text
extraction never reads. pypdf's `PageObject._extract_text` reads the page's /Contents (one stream or an
array of them), its /Resources as `get_inherited` finds them (fonts with their encodings, widths,
ToUnicode and embedded font files, Form XObjects with resources of their own), nothing else; /Rotate,
/MediaBox and /CropBox are covered as well, in case a later pypdf uses them, and the widgets' /Rect,
which `pdf_runs` reads to keep apart the words a field's box stands among.

The digest is SHA-256 over a canonical serialisation of that object graph, walked with pikepdf (the
document is already open there): each object's kind, a dictionary's keys in sorted order (a PDF
dictionary has none of its own), values, and a stream's dictionary and raw bytes (decrypted by qpdf,
still compressed: the same compressed bytes decode to the same content). An indirect object is written
out where the walk first meets it and as "the n-th object met" after that, so two copies of a template
that number their objects differently get the same key, and a cycle ends the walk instead of looping.

The walk is bounded (`MAX_OBJECTS`, `MAX_BYTES`, `MAX_DEPTH`); a page past a bound, holding an object
kind the walk does not know, or an object qpdf cannot read, has no key and is read as if there were no
cache: the key never decides whether a document can be read.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_objects import KEYS, entry

MAX_OBJECTS = 4000  # a form page's fonts and resources are tens of objects
MAX_BYTES = 8 * 1024 * 1024  # its content and embedded fonts a few hundred KB; a scanned page is not a form
MAX_DEPTH = 64
MAX_PARENTS = 64  # /Parent links followed for inherited attributes (a page tree is a few levels deep)
VERSION = b"pagekey 2"  # changed whenever the serialisation changes, so old keys never match new ones
_PAGE_KEYS = ("/Contents",)
_INHERITABLE = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
# `Object._type_code`: pikepdf documents it as what its own `isinstance` checks read.
_NAME, _STRING = pikepdf.ObjectType.name_, pikepdf.ObjectType.string
_ARRAY, _DICTIONARY, _STREAM = (
    pikepdf.ObjectType.array,
    pikepdf.ObjectType.dictionary,
    pikepdf.ObjectType.stream,
)


class _Unkeyable(Exception):
    """The page is past a bound or holds something the walk does not serialise: no key."""


def page_key(page: pikepdf.Page) -> bytes | None:
    """The digest of everything pypdf's text extraction reads from `page`, or None past the bounds."""
    walk = _Walk()
    try:
        walk.parts.append(VERSION)
        for key in _PAGE_KEYS:
            walk.token(b"K", key.encode())
            walk.value(entry(page.obj, key), 0)
        for key in _INHERITABLE:
            # Every level of the page tree that sets the key, nearest first: more than pypdf uses (it
            # takes the nearest), so a key can only be more specific than needed, never less.
            for level, value in _inherited(page.obj, key):
                walk.token(b"H", f"{key}@{level}".encode())
                walk.value(value, 0)
        # The runs keep apart the words a field's box stands on or between (`pdf_runs`): the boxes' places
        # decide them too, though pypdf's extraction never reads them.
        annots = entry(page.obj, "/Annots")
        for annot in annots if annots is not None and annots._type_code == _ARRAY else ():
            if annot._type_code == _DICTIONARY and entry(annot, "/Subtype") == pikepdf.Name.Widget:
                walk.token(b"W")
                walk.value(entry(annot, "/Rect"), 0)
    except _Unkeyable:
        return None
    except MemoryError:
        raise  # the sandbox's verdict on the whole document, as anywhere else in the reader
    except Exception:  # noqa: BLE001 - qpdf on a broken object: no key, and pypdf reads the page as before
        return None
    return hashlib.sha256(b"".join(walk.parts)).digest()


def _scalar(obj: Any) -> tuple[bytes, bytes]:
    """The token of a null, boolean, integer or real (which pikepdf gives as Python's)."""
    if obj is None:
        return b"N", b""
    if isinstance(obj, bool):  # before int: a bool is an int in Python
        return b"B", b"1" if obj else b"0"
    if isinstance(obj, int):
        return b"I", b"%d" % obj
    if isinstance(obj, Decimal):  # qpdf keeps a real as the text it read
        return b"R", str(obj).encode()
    raise _Unkeyable(f"unexpected object {type(obj).__name__}")  # do not guess how to key it


def _inherited(node: Any, key: str) -> list[tuple[int, Any]]:
    """(level, value) for `node` and each /Parent above it that has `key`; past `MAX_PARENTS`: no key."""
    found: list[tuple[int, Any]] = []
    seen: set[tuple[int, int]] = set()
    for level in range(MAX_PARENTS + 1):
        if not isinstance(node, pikepdf.Dictionary):
            return found
        if node.is_indirect:
            if node.objgen in seen:  # a /Parent cycle: pypdf stops there too
                return found
            seen.add(node.objgen)
        if (name := KEYS[key]) in node:
            found.append((level, node[name]))
        node = entry(node, "/Parent")
    raise _Unkeyable("page tree too deep")


class _Walk:
    """A depth-first serialisation of an object graph into length-prefixed tokens."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.met: dict[tuple[int, int], int] = {}  # indirect object → the order in which it was met
        self.bytes = 0

    def token(self, kind: bytes, payload: bytes = b"") -> None:
        """One token: its kind, the payload's length, the payload (so no two sequences read alike)."""
        size = len(payload)
        self.bytes += size
        if self.bytes > MAX_BYTES:
            raise _Unkeyable("too many bytes")
        self.parts += (b"%s%d:" % (kind, size), payload)

    def value(self, obj: Any, depth: int) -> None:
        """Serialise `obj` and everything it refers to."""
        if depth > MAX_DEPTH:
            raise _Unkeyable("too deep")
        if type(obj) is not pikepdf.Object:  # qpdf's null, booleans, integers and reals come as Python's
            self.token(*_scalar(obj))
            return
        if obj.is_indirect:
            ident = obj.objgen
            if ident in self.met:
                self.token(b"@", b"%d" % self.met[ident])
                return
            self.met[ident] = len(self.met)
            if len(self.met) > MAX_OBJECTS:
                raise _Unkeyable("too many objects")
        # One look at the kind rather than a chain of `isinstance`: pikepdf answers each of those by
        # asking the object for this same code, and a page's key meets tens of objects.
        kind = obj._type_code
        if kind is _NAME:
            self.token(b"/", obj.unparse())
        elif kind is _STRING:
            self.token(b"S", bytes(obj))
        elif kind is _ARRAY:
            self.token(b"[", b"%d" % len(obj))
            for item in obj:
                self.value(item, depth + 1)
        elif kind is _STREAM:
            self.token(b"T")
            self._dictionary(obj.stream_dict, depth)
            self.token(b"D", obj.read_raw_bytes())
        elif kind is _DICTIONARY:
            self._dictionary(obj, depth)
        else:  # an object kind no page resource should hold: do not guess how to key it
            raise _Unkeyable(f"unexpected object {type(obj).__name__}")

    def _dictionary(self, obj: Any, depth: int) -> None:
        keys = sorted(obj.keys())
        self.token(b"<", b"%d" % len(keys))
        for key in keys:
            self.token(b"K", key.encode("utf-8", "surrogateescape"))
            self.value(obj.get(key), depth + 1)
