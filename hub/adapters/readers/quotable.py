"""A document's texts as a message may quote them (`quoting.readable`), kept while that document is
mapped and gone with it.

Every provenance row says where its value was found, in two languages, so a form's field names, labels,
tooltips and sheet names are made quotable some seventy times a form (2–9 µs a text, decision 0030).
They were kept in a process-wide cache by text, which kept a worker's every sheet name and PDF field
text for its life: a sheet named for the citizen ("Ahmad Rahimi") or a label a sender typed is personal
data. Now the texts are kept in dicts made when a document's mapping begins (`one_document`) and dropped
when it ends, as a document's cell texts are (`selector_text.CellTexts`, decision 0065): within the
document each text is still worked out once, though asked for in English and in Danish. Outside a
mapping (a reader's own refusal, said once) nothing is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import wraps
from typing import ParamSpec, TypeVar

from hub.quoting import MAX_NAME, MAX_QUOTED
from hub.quoting import readable as _readable

__all__ = ["one_document", "readable", "readable_name"]

P = ParamSpec("P")
T = TypeVar("T")


class _Quotable(dict[str | None, str | None]):
    """A document's texts made quotable at one length (`limit`), each worked out when first asked."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, text: str | None) -> str | None:
        value = self[text] = _readable(text, self.limit)
        return value


# A context variable, not a global: each storing or reading thread maps its own document.
_DOCUMENT: ContextVar[tuple[_Quotable, _Quotable] | None] = ContextVar("quotable", default=None)


def one_document(function: Callable[P, T]) -> Callable[P, T]:
    """Keep the texts `readable` and `readable_name` make quotable while `function` (one document's
    mapping) runs, and no longer."""

    @wraps(function)
    def mapped(*args: P.args, **kwargs: P.kwargs) -> T:
        token = _DOCUMENT.set((_Quotable(MAX_QUOTED), _Quotable(MAX_NAME)))
        try:
            return function(*args, **kwargs)
        finally:
            _DOCUMENT.reset(token)

    return mapped


def readable(text: str | None) -> str | None:
    """`quoting.readable` of a document's text (a label, a tooltip), kept while its document is mapped."""
    kept = _DOCUMENT.get()
    return _readable(text) if kept is None else kept[0][text]


def readable_name(text: str | None) -> str | None:
    """`readable` cut at `quoting.MAX_NAME` (a field's name, a sheet's), kept as `readable` keeps it."""
    kept = _DOCUMENT.get()
    return _readable(text, MAX_NAME) if kept is None else kept[1][text]
