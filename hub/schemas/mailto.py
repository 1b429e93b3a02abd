"""An e-mail address written as a link: `mailto:anna@firma.dk` read as `anna@firma.dk` (stop 63).

A spreadsheet's hyperlink written without display text shows its target as the cell's text
(libxlsxwriter's `worksheet_write_url`, Excel's HYPERLINK with one argument), and a case system that
exports its link writes it so to a CSV value, a PDF field or an XML value (decision 0060, "Stop 63:
trial-81"). The address in it is the one meant, so it is read, as RFC 6068 writes it: the scheme in any
case, the address's percent-escapes decoded (`%40` is `@`), a query of headers (`?subject=Praktik`)
dropped, since a record keeps an address, not a message to it. What is left is validated as any
address is: a link to two people (`mailto:a@x.dk,b@y.dk`) or to none is still no address.
"""

from __future__ import annotations

from urllib.parse import unquote

_SCHEME = "mailto:"


def mailto_address(text: str) -> str:
    """The address a `mailto:` link points to; any other text as it is."""
    if text[: len(_SCHEME)].lower() != _SCHEME:
        return text
    address, _, _headers = text[len(_SCHEME) :].partition("?")
    # An escape that is no UTF-8 becomes U+FFFD, which no address holds: the validator refuses it.
    return unquote(address)
