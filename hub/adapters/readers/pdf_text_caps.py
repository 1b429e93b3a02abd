"""The caps on the text one PDF may hold (`pdf_extract` counts it as it goes): a small file can describe a
lot of it (one long string as every field's value), so each value is capped at `MAX_VALUE_CHARS` and
the whole at `MAX_TEXT_CHARS`, and the document refused past either."""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.sniff import unreadable
from hub.quantities import number_text

# A field may hold a long letter (PDFBox's test form has 145,000 characters of rich text in one), as a
# spreadsheet cell or an XML element may: the cap only stops one value from taking half the document's
# text budget. It was 10,000, which rejected whole forms for one long note (decision 0027, stop 35).
MAX_VALUE_CHARS = 1_000_000
MAX_TEXT_CHARS = 2_000_000  # all names, values, tooltips, states and labels of one document


def check_value(value: str | None, filename: str) -> None:
    """Reject the document when one field's value is longer than `MAX_VALUE_CHARS`."""
    if value is not None and len(value) > MAX_VALUE_CHARS:
        raise unreadable(
            filename,
            f"a field value is longer than {MAX_VALUE_CHARS:,} characters",
            f"en feltværdi er længere end {number_text(MAX_VALUE_CHARS, 'da')} tegn",
        )


def chars(item: Any) -> int:
    """The characters of text in a value or in a meta dict (its strings and lists of strings)."""
    if isinstance(item, str):
        return len(item)
    if isinstance(item, dict):
        item = item.values()
    elif not isinstance(item, list):
        return 0
    # This runs for every field: a string is counted where it is met, and numbers and None (a page,
    # a box's corners) are passed over without a call.
    total = 0
    for value in item:
        if type(value) is str:
            total += len(value)
        elif isinstance(value, (str, dict, list)):
            total += chars(value)
    return total


def count_text(total: int, filename: str) -> int:
    """Return `total`, or reject the document when its text has grown past `MAX_TEXT_CHARS`."""
    if total > MAX_TEXT_CHARS:
        mb = MAX_TEXT_CHARS // 1_000_000
        raise unreadable(
            filename, f"the PDF holds more than {mb} MB of text", f"PDF'en indeholder mere end {mb} MB tekst"
        )
    return total
