"""A bare "Navn" beside the CPR number drafted as the citizen's name, for `hub adapters suggest`.

A form that prints no heading over its first fields asks "CPR-nr." and "Navn" one after the other, as
Halsnæs's PyPDFForm agreement does (decision 0060, "Stop 68: trial-110"): "Navn" alone says no one's, so
the value was "not recognised", the agreement's draft had no `citizen.name` and was refused whole. A
table keyed by the CPR column already reads its bare "Navn" column as the row's citizen's
(`tables._texts`); on a form the same pair is the CPR number and the name printed next to it. Only where
the name is still missing, the CPR number was drafted, and exactly the value straight before or after
it in the document (before its first field or after its last, where it is in two or in boxes: fixes-114),
not recognised otherwise, is labelled "Navn" (or "Name") and nothing more; a heading that says whose it
is decides first (`sections`), and the draft says to check it.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.words import words

_BARE = ({"navn"}, {"name"})
NOTE = "TODO: the citizen's name by its place beside the CPR number: check"


def name_beside_cpr(
    fields: list[FieldSuggestion],
    candidates: Sequence[Candidate],
    taken: dict[str, FieldSuggestion],
    paths: tuple[str, ...],
) -> None:
    """Draft the citizen's name from the bare "Navn" next to the CPR number (changed in place)."""
    cpr = taken.get("citizen.cpr")
    if cpr is None or "citizen.name" in taken or "citizen.name" not in paths:
        return
    # Every field the number is drafted from: a number in two fields (`split_cpr`, "CPR-nr. [______]-[____]")
    # or ten boxes is one number, and the name is beside the first or the last of them (fixes-114: the name
    # after the serial number's field was one field further than the rule looked).
    at = [i for i, cand in enumerate(candidates) if cand.selector in cpr.selectors]
    if not at:
        return
    unrecognised = {f.selectors[0]: f for f in fields if f.path is None and f.note == "not recognised"}
    beside = [
        unrecognised[cand.selector]
        for cand in (candidates[i] for i in (at[0] - 1, at[-1] + 1) if 0 <= i < len(candidates))
        if cand.selector in unrecognised and _bare_name(cand)
    ]
    if len(beside) == 1:
        name = beside[0]
        name.path, name.note = "citizen.name", NOTE
        taken["citizen.name"] = name


def _bare_name(cand: Candidate) -> bool:
    """A value whose label, field name or tooltip is "Navn" (or "Name") and nothing more, and that holds
    no digit: a person's name has none, and XML::Simple's `<aftale name="HH-2027-0113" cpr="...">` names
    the record by its case number beside the CPR number (fixes-114)."""
    if cand.kind or any(ch.isdigit() for ch in cand.value or ""):
        return False
    return any(set(words(text)) in _BARE for text in cand.texts if text)
