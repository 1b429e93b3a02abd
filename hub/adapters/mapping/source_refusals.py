"""The sources no value is read from, each refused at its field before any transform: a field a PDF cut
short lost, a formula's problem, a yes/no cell read as text, a value the reader marked, a field holding no
text in a join, and a PDF value no viewer shows as text (`refused_source`).

Apart from `reading`, which reads a value from the sources these leave: each look here is a refusal of
its own, said in its own module's words, and most are skipped for a document none of whose values is
marked (`unmarked`).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.boolean_cells import boolean_as_text, boolean_problem
from hub.adapters.mapping.cut_fields import LOST_WITH_END, cut_source
from hub.adapters.mapping.formula_words import excel_error_words, marked_formula_words
from hub.adapters.mapping.join_parts import BOX_AS_TEXT, NOT_TEXT_IN_JOIN, box_as_text, not_text_in_join
from hub.adapters.mapping.marked_values import any_marked, mark_problem
from hub.adapters.mapping.read_problems import ReadProblems
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.unshown_values import unshown_problem, unshown_source
from hub.adapters.readers.base import SourceValue
from hub.quoting import quoted, quoted_da

Found = Sequence[tuple[str, SourceValue | None]]


def refused_source(
    reader: ReadProblems, path: str, found: Found, calls: Sequence[TransformCall], optional: bool
) -> bool:
    """Note the problem of a value none of whose reading may start, if it has one, and say whether it
    had: `found` is each selector's source (`Reader.read`), `calls` the value's transforms."""
    # A PDF cut short that lost fields of its form (`cut_fields`): a field it reads may be among them.
    if reader.lost and (cut := cut_source(found, reader.lost)) is not None:
        reader.problem(path, reader._where([cut]), *LOST_WITH_END)
        return True
    # Only a spreadsheet's cells and an XML's values carry marks for a formula (an error such as #N/A,
    # `excel_errors`; a CSV's uncalculated "=SUM(B8:B12)", `tabular_cells.blank`), so only theirs are
    # looked at for them: two looks
    # at every source of every PDF value were a thirtieth of reading a document again. A CSV's was
    # said only where a value was required: an optional one (Thisted's citizen `=HYPERLINK("x")`,
    # 67/csv/value/27) read as no value in silence, where a workbook's is refused (decision 0064,
    # "Stop 63: fuzz-79").
    # A PDF field holds Excel's error text only where a sheet filled it (a mail merge). Every format's
    # formula problems are marks (`marked_values.FORMULA_MARKS`): looked at only where the document holds
    # any mark (`unmarked`, one look a document), not in three passes over every source of every value.
    # A workbook's number cell holding a program's word for no value (zipcelx's `null`) is read where a
    # field reads it, as that word in any other cell is (`no_value_text`, `Reader.read`).
    if not reader.unmarked and _formula_problem(reader, path, found):
        return True
    # Nor is a workbook's yes/no cell a name or other text: read so, it was the text "TRUE"
    # (68/xlsx/cell_type/6, `boolean_cells`), nor a CSV's or XML's TRUE. A `map` naming TRUE reads it.
    if (held := boolean_as_text(reader.fmt, found, calls, reader.unmarked)) is not None:
        reader.problem(path, reader._where([held]), *boolean_problem(held[1], reader.fmt))
        return True
    # A value the reader marked (shown apart from its saved value, shown only, a signature field) is
    # looked at closely; nearly all are marked by nothing, and one look at their keys says so: the
    # looks one by one were about a tenth of reading a kept PDF form again (`hub reprocess`). A document
    # none of whose values is marked (`unmarked`, looked at once by `map_form`) skips even that look.
    if not reader.unmarked and any_marked(found) and mark_problem(reader, path, found, calls, optional):
        return True
    if reader.fmt == "pdf" and refused_join(reader, path, found, calls):
        return True
    # Nor is a field holding a value no viewer shows as text (a boolean, a number) or as a signature
    # read as nothing or as signed (`unshown_values`): the box may draw a name all the same.
    if reader.fmt == "pdf" and not reader.unmarked and (held := unshown_source(found)) is not None:
        reader.problem(path, reader._where([held]), *unshown_problem(held[1]))
        return True
    return False


def refused_join(reader: ReadProblems, path: str, found: Found, calls: Sequence[TransformCall]) -> bool:
    """Note the problem of a PDF value joined from fields one of which holds no text, or read as text from
    a check box, if it is one, and say whether it was: left out, the name is short; read, it is the box's
    state (`join_parts`). The only look of `refused_source` that a whole PDF of unmarked values
    (`ReadProblems.only_joins`) needs."""
    if calls and calls[0].name == "join" and (part := not_text_in_join(found, calls)) is not None:
        reader.problem(path, reader._where([part]), *NOT_TEXT_IN_JOIN)
        return True
    # Nor is a check box read alone as text: its state ("N", "Yes") is no name (`join_parts`).
    if (box := box_as_text(found, calls)) is not None:
        state_en, state_da = quoted(box[1].value), quoted_da(box[1].value)
        reader.problem(path, reader._where([box]), BOX_AS_TEXT[0].format(state=state_en),
                       BOX_AS_TEXT[1].format(state=state_da))  # fmt: skip
        return True
    return False


def _formula_problem(reader: ReadProblems, path: str, found: Found) -> bool:
    """Note a workbook value's formula problem, if it has one, and say whether it had."""
    # A formula Excel never calculated holds a value nobody can read here: never an empty cell, not
    # for an optional field, nor as a day of 0 hours (`sum` with `empty_is_zero`).
    uncalculated = [(s, v) for s, v in found if v is not None and v.meta.get("uncached_formula")]
    if uncalculated:
        reader._empty(path, uncalculated[:1])
        return True
    # Nor is Excel's error for a formula it could not calculate (#N/A, #REF!) a value.
    failed = next(((s, v) for s, v in found if v is not None and v.meta.get("formula_error")), None)
    if failed is not None:
        shown = str(failed[1].value).strip()  # a CSV's text may be padded (`csv_formulas`)
        reader.problem(path, reader._where([failed]), *excel_error_words(shown, reader.fmt))
        return True
    # Nor is a total its cells contradict (a book saved without calculating), or a `SUM` of text.
    for stale in found:
        if stale[1] is not None and (words := marked_formula_words(stale[1].meta)) is not None:
            reader.problem(path, reader._where([stale]), *words)
            return True
    return False
