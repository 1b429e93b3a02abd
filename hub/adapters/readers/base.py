"""What every reader returns: the values of one document, each with where it was found.

An `Extraction` is plain data (JSON round-trips through `to_dict`/`from_dict`) so that it can be kept
beside the document and mapped again after a config change without parsing the file a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from hub.adapters.readers.quotable import readable_name, template_name, template_text

# A value's meta key for the path it really stands at, where an XML value was read through a back
# reference under the referring element's path (fixes-132; `xml_references`). Here, not beside the
# references, so that what imports `base` (the CLI's commands, through the mapping) imports no lxml.
READ_FROM = "read_from"


class SourceValue(NamedTuple):
    """One value read from a document, with its key (how selectors find it) and locator data.

    A named tuple, not a frozen dataclass: as immutable, and made in a third of the time (a document's
    values are made again from its kept extraction every time it is read again, and sent back from the
    sandbox's readers as plain data)."""

    key: str
    value: str | None
    meta: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """Return the value as a JSON-ready dict."""
        return {"key": self.key, "value": self.value, "meta": self.meta}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceValue:
        """Rebuild a value kept by `to_dict`."""
        return cls(data["key"], data["value"], dict(data.get("meta") or {}))


_new_value = partial(tuple.__new__, SourceValue)  # `SourceValue(key, value, meta)` from a tuple of the three


@dataclass(frozen=True)
class Extraction:
    """Everything a reader found in one document."""

    format: str
    values: tuple[SourceValue, ...]
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the extraction as a JSON-ready dict."""
        return {"format": self.format, "values": [v.to_dict() for v in self.values], "meta": self.meta}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild an extraction kept by `to_dict`."""
        # `SourceValue.from_dict` written out: a kept extraction is rebuilt for every document read
        # again, and the call per value was as much as the rest of it.
        # And made by the tuple type itself: a named tuple's own __new__ is Python code.
        values = [_new_value((v["key"], v["value"], dict(v.get("meta") or {}))) for v in data["values"]]
        return cls(format=data["format"], values=tuple(values), meta=dict(data.get("meta") or {}))


def column_letters(col: int) -> str:
    """Spreadsheet column letters of a 1-based column number: 1 -> "A", 27 -> "AA"."""
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def describe_locator(value: SourceValue, fmt: str, lang: str = "en") -> str:
    """Say where a value was found, for people, in Danish (`da`) or English."""
    meta = value.meta
    da = lang == "da"
    if fmt == "pdf":
        page = meta.get("page")
        where = f" på side {page}" if da else f" on page {page}"
        # "Tekstfelt12" means nothing to a caseworker; what the form prints or says beside it does. A box's
        # own words are printed right of or under it (`beside`): the text left of it may be another box's.
        meaning = template_text(meta.get("beside") or meta.get("label") or meta.get("tooltip"))
        # A damaged form's name or label may be no text anyone can read: said so, not quoted.
        key = template_name(value.key)
        if key is None:
            named = "med et navn, der ikke kunne læses" if da else "whose name could not be read"
        else:
            named = f'"{key}"'
        named += f' ("{meaning}")' if meaning and meaning != key else ""
        return (f"felt {named}" if da else f"field {named}") + (where if page else "")
    if fmt == "xml":
        path = str(meta.get("xpath") or value.key)
        if origin := meta.get(READ_FROM):  # read through a back reference: where it stands too
            return f"{path} (læst fra {origin})" if da else f"{path} (read from {origin})"
        return path
    if fmt == "xlsx":
        cell = value.key.split("!", 1)[-1]
        sheet = readable_name(meta.get("sheet", ""))
        if sheet is None:  # the cell still says where: the sheet's name is not quoted
            return (
                f"celle {cell} i et ark, hvis navn ikke kunne læses"
                if da
                else f"cell {cell} of a sheet whose name could not be read"
            )
        where = f'ark "{sheet}", celle {cell}' if da else f'sheet "{sheet}", cell {cell}'
        if formula := meta.get("worked_out"):  # `xlsx_worked_out`: the file saved no value for it
            if meta.get("placeholder"):  # XlsxWriter's 0, which Excel replaces on opening
                saved = "0 gemt som pladsholder" if da else "0 saved as a placeholder"
            else:
                saved = "ingen værdi gemt" if da else "no value saved"
            worked = "regnet ud af hubben som" if da else "worked out by the hub as"
            where += f" ({saved}, {worked} {formula})"
        elif formula := meta.get("unchecked_total"):  # `xlsx_saved_totals.unchecked`: no check compared it
            if name := meta.get("unchecked_name"):  # a defined name standing for no range the check reads
                unchecked = (
                    f"ikke kontrolleret: navnet {name}, den bruger, er ikke et celleområde på ét ark"
                    if da
                    else f"not checked: the name {name} it uses is no range of cells on one sheet"
                )
            elif unsummed := meta.get("unchecked_range"):  # a plain SUM the check does not add
                unchecked = _unsummed_words(unsummed[0], unsummed[1], da)
            else:
                unchecked = (
                    "ikke kontrolleret: cellerne, den bruger, er på et andet ark"
                    if da
                    else "not checked: the cells it uses are on another sheet"
                )
            where += f" ({'den gemte værdi af' if da else 'the saved value of'} {formula}, {unchecked})"
        return where
    if fmt == "csv":
        return _csv_where(value)[1 if da else 0]
    return value.key


def _unsummed_words(cells: str, why: str, da: bool) -> str:
    """Why a `SUM` over `cells` was not checked (`xlsx_saved_totals.unsummed`): more cells than the
    check adds ("wide"), a whole column or row with no number but the total ("empty"), or a whole column
    or row inside a formula that does more than add it up ("formula", `SUM(B:B)/2`)."""
    if why == "wide":
        # Imported here: `xlsx_worked_out` imports openpyxl, and every command's start imports this
        # module (`hub --help` loads no workbook library: tests/cli/test_lazy_commands.py).
        from hub.adapters.readers.xlsx_worked_out import MAX_SUMMED

        most = f"{MAX_SUMMED:,}"
        return (
            f"ikke kontrolleret: den lægger over {most.replace(',', '.')} celler sammen ({cells})"
            if da
            else f"not checked: it adds more than {most} cells ({cells})"
        )
    if why == "formula":
        return (
            f"ikke kontrolleret: den gør mere end at lægge {cells} sammen"
            if da
            else f"not checked: it does more than add up {cells}"
        )
    return (
        f"ikke kontrolleret: {cells} rummer intet tal ud over denne total"
        if da
        else f"not checked: {cells} holds no number besides this total"
    )


def describe_both(value: SourceValue, fmt: str) -> tuple[str, str]:
    """`describe_locator` in English and in Danish, a CSV cell's key made quotable once for both (the
    provenance of every value of every CSV document read says where in both)."""
    if fmt == "csv":
        return _csv_where(value)
    english = describe_locator(value, fmt, "en")
    # An XPath is said alike in both languages, but for the words beside one read through a reference.
    alike = fmt == "xml" and READ_FROM not in value.meta
    return english, english if alike else describe_locator(value, fmt, "da")


def _csv_where(value: SourceValue) -> tuple[str, str]:
    row, col = value.meta.get("row"), value.meta.get("col")
    header = readable_name(value.key)  # the column's header, the sender's words
    header = f" ({header})" if header is not None else ""
    return f"row {row}, column {col}{header}", f"række {row}, kolonne {col}{header}"
