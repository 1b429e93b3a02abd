"""A CPR number printed in two fields, for `hub adapters suggest`: the birth date (DDMMYY) in one and
the serial number in the next ("CPR-nr. [______]-[____]", or "Fødselsdato" and "Løbenr."); or in a
box a digit, ten fields `cpr1`..`cpr10` (decision 0060, "Seventh trial").

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


def _boxes(candidates: Sequence[Candidate], at: int) -> tuple[Candidate, ...] | None:
    """The fields from `at` on that hold a CPR number a few digits each (a box a digit: `cpr1`..`cpr10`),
    or None: the first named as the CPR number, the others so or by no word (a dash printed between
    boxes), each holding digits only, ten in all that make a CPR number by the hub's check, in more than
    two fields. Filled forms only: a blank form's boxes do not say how many make the number."""
    if candidates[at].kind or not _says(candidates[at], _WHOLE):
        return None
    digits = ""
    for n, cand in enumerate(candidates[at:], start=1):
        part = _digits(cand.value)
        worded = any(re.search(r"[^\W\d_]", text) for text in cand.texts[:3])
        if (
            cand.kind
            or not part
            or part != (cand.value or "").strip()
            or (worded and not _says(cand, _WHOLE))
        ):
            return None
        digits += part
        if len(digits) >= 10:
            return tuple(candidates[at : at + n]) if len(digits) == 10 and n > 2 and is_cpr(digits) else None
    return None


def joined_cpr(*parts: Candidate) -> FieldSuggestion:
    """The drafted field reading a CPR number from its two halves, or from its boxes."""
    first = parts[0]
    seen = " ".join(v.strip() for v in (p.value for p in parts) if v and v.strip())
    note = (
        "a CPR number in two fields, joined"
        if len(parts) == 2
        else f"a CPR number in {len(parts)} fields, joined"
    )
    return FieldSuggestion(
        "citizen.cpr",
        [p.selector for p in parts],
        ["join", "digits"],
        where=first.where,
        seen=mask_cpr(_digits(seen)) if is_cpr(_digits(seen)) else seen,
        note=note,
    )


def find_split_cpr(candidates: Sequence[Candidate]) -> tuple[Candidate, ...] | None:
    """The first two fields in a row that hold a CPR number between them (`is_split_cpr`), or the first
    run of boxes that do (`_boxes`), or None."""
    for at, first in enumerate(candidates):
        if at + 1 < len(candidates) and is_split_cpr(first, candidates[at + 1]):
            return first, candidates[at + 1]
        boxes = _boxes(candidates, at)
        if boxes is not None:
            return boxes
    return None
