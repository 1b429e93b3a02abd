"""The values a reader marked as not what they seem, refused at their field: a PDF field whose page shows
text it never saved (`pdf_shown`), a box or text shown apart from its saved value (`shown_apart`), a
signature field read as a text (`signature_fields`). `Reader.read` asks first whether any source of a
value is marked at all (`any_marked`): nearly none is, and one look at a value's keys says so, where the
looks one by one were about a tenth of reading a kept PDF form again (`hub reprocess`). A document none of
whose values is marked (`none_marked`, one look at each value) skips even that look at each value read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from hub.adapters.mapping.read_problems import ReadProblems
from hub.adapters.mapping.shown_apart import shown_apart_problem
from hub.adapters.mapping.signature_fields import SIGNATURE_AS_TEXT, signature_as_text
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.csv_r import NA_MARK
from hub.adapters.readers.excel_errors import FORMULA_ERROR
from hub.adapters.readers.no_value_words import NO_VALUE_MARK
from hub.adapters.readers.xlsx_cells import BOOLEAN_MARK, DAYS_HIDDEN, SAVED_UNCALCULATED, TEXT_SUMMED

Found = Sequence[tuple[str, SourceValue | None]]

# The marks `mark_problem` refuses a value for (`shown_only`; the other four are `shown_apart`'s), beside
# a PDF signature field's type: a value with none of them has none of its problems.
MARKS = frozenset({"shown_only", "values_apart", "off_list", "shown_text", "shown_state"})


# The marks of a formula's problem (`source_refusals._formula_problem`): Excel's error text (`excel_errors`),
# a total its cells contradict, a `SUM` of text, a sum hiding whole days (`formula_words`). Its fourth, a
# blank cell of a formula never calculated, is marked by the index, not the reader, and only in a document
# listing such formulas (`tabular_cells.blank`), which is not `unmarked` for it (`document_unmarked`).
FORMULA_MARKS = frozenset({FORMULA_ERROR, SAVED_UNCALCULATED, TEXT_SUMMED, DAYS_HIDDEN})
UNCACHED_FORMULAS = "uncached_formulas"  # a document's list of them, its reader's (`selectors` reads it)

# Every mark any look of `Reader.read` at a source's keys asks for, a list's lines chosen (`unchosen`),
# a value no viewer shows (`unshown_values`), a CSV's `NA` (`r_missing`), a workbook's yes/no cell
# (`boolean_cells`) and a formula's problem beside `MARKS`: a document none of whose values carries one
# has none of their problems, whichever of its values a form reads.
LOOKED_FOR = MARKS | FORMULA_MARKS | {"unshown", "chosen", NA_MARK, BOOLEAN_MARK, NO_VALUE_MARK}


def none_marked(values: Sequence[SourceValue]) -> bool:
    """Whether no value of a document carries a mark `mark_problem`, `unshown_values` or a list's lines
    chosen (`unchosen.several_chosen`) look at, nor is a signature field: then none of the values a form
    reads of it has, and `Reader.read` skips those looks at each (`Reader.unmarked`)."""
    return all(LOOKED_FOR.isdisjoint(v.meta) and v.meta.get("type") != "signature" for v in values)


def document_unmarked(values: Sequence[SourceValue], meta: Mapping[str, Any]) -> bool:
    """`none_marked` of a whole document (its values and its own `meta`): also False where it lists
    formulas never calculated, whose blank cells the index marks as it gives them."""
    return not meta.get(UNCACHED_FORMULAS) and none_marked(values)


def any_marked(found: Found) -> bool:
    """Whether any source found carries a mark `mark_problem` looks at (False: it would find nothing)."""
    return any(
        v is not None and (not MARKS.isdisjoint(v.meta) or v.meta.get("type") == "signature")
        for _, v in found
    )


def mark_problem(
    reader: ReadProblems, path: str, found: Found, calls: Sequence[TransformCall], optional: bool
) -> bool:
    """Note the problem of a value whose source is marked, if it has one, and say whether it had."""
    # A PDF field whose text the page shows but whose value was never saved (`pdf_shown`) is not
    # empty: a nullable signature would read as not signed, a day as 0 hours, without a word.
    unsaved = next(((s, v) for s, v in found if v is not None and v.meta.get("shown_only")), None)
    if unsaved is not None:
        reader.problem(
            path,
            reader._where([unsaved]),
            "the field shows text on the page but holds no value: the program it was filled in with "
            "did not save what was typed; fill it in again in a PDF program that saves form fields "
            "(such as Adobe Acrobat Reader) and send it again",
            "feltet viser tekst på siden, men har ingen værdi: programmet, det blev udfyldt i, gemte "
            "ikke det indtastede; udfyld det igen i et PDF-program, der gemmer formularfelter (f.eks. "
            "Adobe Acrobat Reader), og send det igen",
        )
        return True
    # Nor is a box or radio group whose page shows another choice than its value says read as
    # either (`shown_apart`): the caseworker sees one answer, and the record would hold the other.
    apart = next(((s, v) for s, v in found if v is not None and shown_apart_problem(v)), None)
    if apart is not None:
        reader.problem(path, reader._where([apart]), *shown_apart_problem(apart[1]))  # type: ignore[misc]
        return True
    # Nor is a signature field read as a text: its "signed" would be a mentor's name (`signature_fields`).
    if reader.fmt == "pdf" and (signature := signature_as_text(found, calls, optional)) is not None:
        reader.problem(path, reader._where([signature]), *SIGNATURE_AS_TEXT)
        return True
    return False
