"""Texts of a document as a message may quote them (`quoting.readable`), kept as long as whose words they
are allows.

Every provenance row says where its value was found, in two languages, so a form's field names, labels,
tooltips and sheet names are made quotable some seventy times a form (2–9 µs a text, decision 0030).
They were kept in process-wide caches by text, which kept every sheet name a worker read for its life:
a workbook whose sheet is named for the citizen ("Ahmad Rahimi") is personal data. Now:

- a workbook's sheet names and a CSV value's key (the sender's words) are kept in a dict made when a
  document's mapping begins (`one_document`) and dropped when it ends, as a document's cell texts are
  (`selector_text.CellTexts`, decision 0065): within the document each is still worked out once, though
  asked for in English and in Danish; outside a mapping (a reader's own refusal, said once) not at all;
- a PDF's field names and the words it prints beside or over a field (`template_text`, `template_name`)
  are the form's template, written by whoever made the form, not by the citizen, and are kept for the
  process as `normalise_label` keeps a PDF's tooltips and printed labels (decision 0065, "Stop 59:
  names-69"), under the wording rule (`wording_cache`). Worked out again for every document they cost a
  PDF form some 57 % more instructions (decision 0068, "Stop 60: shape-70").
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import partial, wraps
from typing import ParamSpec, TypeVar

from hub.quoting import MAX_NAME
from hub.quoting import readable as _readable
from hub.wording_cache import wording_kept

__all__ = ["one_document", "readable_name", "template_name", "template_text"]

P = ParamSpec("P")
T = TypeVar("T")

template_text = wording_kept(maxsize=4096)(_readable)  # a PDF field's printed label or tooltip
template_name = wording_kept(maxsize=4096)(partial(_readable, limit=MAX_NAME))  # a PDF field's name


class _Quotable(dict[str | None, str | None]):
    """A document's texts made quotable as names (`MAX_NAME`), each worked out when first asked."""

    def __missing__(self, text: str | None) -> str | None:
        # A CSV value's key is its cell ("B3"): plain ASCII letters and digits pass every check of
        # `readable` as they are, so it is not asked (a CSV form's every value has one).
        plain = text is not None and text.isascii() and text.isalnum() and len(text) <= MAX_NAME
        value = self[text] = text if plain else _readable(text, MAX_NAME)
        return value


# A context variable, not a global: each storing or reading thread maps its own document.
_DOCUMENT: ContextVar[_Quotable | None] = ContextVar("quotable", default=None)


def one_document(function: Callable[P, T]) -> Callable[P, T]:
    """Keep the texts `readable_name` makes quotable while `function` (one document's mapping) runs, and
    no longer."""

    @wraps(function)
    def mapped(*args: P.args, **kwargs: P.kwargs) -> T:
        token = _DOCUMENT.set(_Quotable())
        try:
            return function(*args, **kwargs)
        finally:
            _DOCUMENT.reset(token)

    return mapped


def readable_name(text: str | None) -> str | None:
    """`quoting.readable` cut at `quoting.MAX_NAME` of the sender's words (a sheet's name, a CSV value's
    key), kept while their document is mapped."""
    kept = _DOCUMENT.get()
    return _readable(text, MAX_NAME) if kept is None else kept[text]
