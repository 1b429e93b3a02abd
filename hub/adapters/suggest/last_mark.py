"""The one mark of five that a progress report's draft did not find by its words, found by its values.

A case system's export names its columns as its developer did: PostgreSQL's COPY of Thisted's progress
reports heads the mark for punctuality `tidspunkter` beside `fremmoede`, `samarbejde`, `opgaveloesning`
and `selvstaendighed` (decision 0060, "Twenty-third trial"). No word table can hold every such name, and
a word as loose as "tidspunkter" would take a timesheet's times elsewhere; so the draft said "not
recognised" and the record lacked `scores.punctuality`, every document refused until the person found
the column. Where the other marks were all found by their words and exactly one value not recognised
holds nothing but the marks 1 to 5, that value is the missing mark: drafted, with a TODO to check it,
since it was found by elimination, not by what the form calls it.
"""

from __future__ import annotations

import re

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import FORM_PATHS

_MARK = re.compile(r"[1-5]")
_NOT_RECOGNISED = "not recognised"


def last_mark(
    fields: list[FieldSuggestion],
    candidates: list[Candidate],
    form_type: str,
    taken: dict[str, FieldSuggestion],
) -> None:
    """Draft the one mark not found as the one unrecognised value of marks only (changed in place)."""
    marks = [path for path in FORM_PATHS[form_type] if path.startswith("scores.")]
    left = [path for path in marks if path not in taken]
    if len(marks) < 2 or len(left) != 1:
        return  # no marks on this form type, all found, or too few found to tell the rest apart
    by_selector = {cand.selector: cand for cand in candidates}
    only_marks = [
        f
        for f in fields
        if f.path is None
        and f.note == _NOT_RECOGNISED
        and len(f.selectors) == 1
        and _marks_only(by_selector.get(f.selectors[0]))
    ]
    if len(only_marks) != 1:
        return  # none, or several a person must tell apart
    found = only_marks[0]
    found.path, found.transforms = left[0], ["integer"]
    found.note = (
        f"TODO: check this is {left[0]}: the one mark not found by its words, and the one value"
        " not recognised that holds only the marks 1-5"
    )
    taken[left[0]] = found


def _marks_only(cand: Candidate | None) -> bool:
    """True when every value seen (a column's each) is a mark 1-5 written as a digit, and one is."""
    if cand is None or cand.kind or cand.more_values:
        return False
    values = [v.strip() for v in (*cand.column_values, cand.value or "") if v and v.strip()]
    return bool(values) and all(_MARK.fullmatch(v) for v in values)
