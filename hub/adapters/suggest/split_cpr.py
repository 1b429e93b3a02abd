"""A CPR number printed in two fields, for `hub adapters suggest`: the birth date (DDMMYY) in one and
the serial number in the next ("CPR-nr. [______]-[____]", or "Fødselsdato" and "Løbenr.").

Read alone, either half is no CPR number, and the draft would take the first half as the whole. The
config language joins fields as it joins a first and a last name: `sources = [both]` with
`transforms = ["join", "digits"]` ("010190 1234" → "0101901234").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion, is_cpr, mask_cpr
from hub.adapters.suggest.words import has

# The words that name each half: the whole number's name, else the birth date's and the serial's.
_WHOLE = ("cpr",)
_BIRTH = ("foedsel", "birth")
_SERIAL = ("loebe", "lbnr", "serial", "kontrolnr")


def _says(cand: Candidate, keywords: Sequence[str]) -> bool:
    return any(has(text, keyword) for text in cand.texts[:3] for keyword in keywords)


def _digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def is_split_cpr(first: Candidate, second: Candidate) -> bool:
    """Whether two fields in a row are the halves of one CPR number.

    By their words: the first named as the CPR number (the second named so too, or by nothing of its
    own), or the first as the birth date and the second as the serial number. By their values, when
    filled in: six digits and four that make a CPR number by the hub's check. A blank form is judged by
    its words alone."""
    if first.kind or second.kind:
        return False
    whole = _says(first, _WHOLE) and (_says(second, _WHOLE) or not second.texts)
    if not (whole or (_says(first, _BIRTH) and _says(second, _SERIAL))):
        return False
    birth, serial = _digits(first.value), _digits(second.value)
    if not birth and not serial:
        return True
    return len(birth) == 6 and len(serial) == 4 and is_cpr(birth + serial)


def joined_cpr(first: Candidate, second: Candidate) -> FieldSuggestion:
    """The drafted field reading a CPR number from its two halves."""
    seen = " ".join(v.strip() for v in (first.value, second.value) if v and v.strip())
    note = "a CPR number in two fields, joined"
    return FieldSuggestion(
        "citizen.cpr",
        [first.selector, second.selector],
        ["join", "digits"],
        where=first.where,
        seen=mask_cpr(_digits(seen)) if is_cpr(_digits(seen)) else seen,
        note=note,
    )


def find_split_cpr(candidates: Sequence[Candidate]) -> tuple[Candidate, Candidate] | None:
    """The first two fields in a row that hold a CPR number between them (`is_split_cpr`), or None."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        if is_split_cpr(first, second):
            return first, second
    return None
