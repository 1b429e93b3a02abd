"""What a page's download is called, and the header that says so.

A file is named by the word its page uses for it (decision 0062): the company's export is an "udtræk"
on every page, so its file is `udtraek-…` (since stop 41); the form a `skema-…`, the claim a `krav-…`,
the auditor's bundle a `revisionspakke-…`. The company's page and the lead's copy of its files name the
same bytes the same way. Names are ASCII (æ, ø, å as ae, oe, aa, as the municipalities' slugs write
them): a name is typed into scripts and shells and sent on by e-mail, where ASCII survives everything.
Should a name have other letters (an agreement id is not limited here), the header carries them in
`filename*` (RFC 6266, RFC 8187) beside an ASCII `filename` for the clients that read only that one.

The API names its files in English (`export-…`, `hub.api.outbound`) with its own code: a client may
have scripted against those names, and the API speaks English.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

from hub.exports.company_form_model import FILE_WORDS
from hub.periods import Period

# The pages' word for the company's export ("udtræk"), in ASCII.
EXPORT_WORD = "udtraek"
_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def export_name(agreement_id: str, period: Period, fmt: str) -> str:
    """The file name of the company's export (its page and the lead's copy)."""
    return f"{EXPORT_WORD}-{agreement_id}-{period.label}.{fmt}"


def form_name(kind: str, agreement_id: str, period: Period, fmt: str) -> str:
    """The file name of the company's form of a kind, by its title (`FILE_WORDS`), not its code."""
    return f"skema-{FILE_WORDS[kind]}-{agreement_id}-{period.label}.{fmt}"


def ascii_name(name: str) -> str:
    """`name` in printable ASCII: Danish letters spelled out, other accents dropped, and what is left
    outside ASCII, a quote, a backslash or a control character as `_`."""
    spelled = unicodedata.normalize("NFKD", name.translate(_DANISH))
    kept = "".join(c for c in spelled if not unicodedata.combining(c))
    return "".join(c if " " <= c <= "~" and c not in '"\\' else "_" for c in kept)


def attachment(name: str) -> str:
    """`Content-Disposition` of a download saved as `name`: `filename` in ASCII, and `filename*` in
    UTF-8 too when the name is not ASCII itself."""
    plain = ascii_name(name)
    if plain == name:
        return f'attachment; filename="{name}"'
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"
