"""A mapping's sources as the sender knows them, for a reason that names several at once ("no value:
nothing filled in or checked in 'Fornavn', 'Efternavn'", "several boxes checked: 'Uddannelse',
'Fleksjob'"): the words a label selector reads by, a PDF field's tooltip, never the config language's
`under:`/`label:`/`tooltip:` syntax (decision 0064, stop 48). A field's name, a cell and an XML path
are said as they are: they are the document's own words. The one place such a problem lies is its
locator, which stays the config's selector where nothing was found, for the config's author."""

from __future__ import annotations

from collections.abc import Iterable

from hub.adapters.language.missing_words import label_text

_HEADER = "column:"
_TOOLTIP = "tooltip:"


def source_words(selector: str) -> str:
    """One source in the sender's words: `under:Fornavn` is 'Fornavn', `tooltip:Timer, række 4` is
    'Timer, række 4', `column:Timer` is 'Timer'; a field's name, a cell or a path as written."""
    selector = selector.strip()
    if selector.startswith((_HEADER, _TOOLTIP)):
        words = selector.split(":", 1)[1].strip()
    else:
        words = label_text(selector) or ""
    return f"'{words}'" if words else selector


def sources_words(selectors: Iterable[str]) -> str:
    """Several sources in the sender's words, joined with commas."""
    return ", ".join(map(source_words, selectors))
