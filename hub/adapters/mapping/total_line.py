"""A total line inside a csv/xlsx table the config gives no rule to end there (decision 0064, "Stop 54:
located-62").

A timesheet or a case system's export often closes its table with a line of sums (`I alt;6,5`,
`Sum;;;;12`, `Total`) straight under the last row. A table without a stop rule runs down to its first
blank row, so that line was read as one more row and refused in the words of each of its cells (`no
digits in 'Sum'` once a column, `empty: a value is required`): eight problems for one line, none saying
what it is. It is refused once instead, at the cell that names it, saying it looks like a total line and
what the config language offers to end the table there (`stop = { label = "I alt" }`). A line that reads
as a row (every value the table requires is there and readable) is left to be read as before. Inside an
table, with rows below it, the line is a subtotal (a citizen's, in a case system's report; a week's, in a
timesheet), and a `stop` there would end the table before the next rows: the message offers `subtotals`
on the table's own config table instead (decision 0060, "Stop 63: lang-80" and "Stop 64: lang-85").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hub.adapters.mapping.rows_past_end import cell_reads
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import TableRows
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import describe_locator
from hub.quoting import quoted, quoted_da, readable

__all__ = ["is_total", "subtotal_words", "total_line"]

# The words a line of sums starts with, in Danish and English, as normalise_label leaves them.
TOTAL_WORDS = ("i alt", "ialt", "sum", "total", "totalt", "samlet", "samlede", "subtotal", "sammenlagt")
# A municipality's own wording puts them anywhere in a short line ("Timer i alt", "Antal timer i alt",
# "Hours total"): a line of sums by its words and its shape, the rest of its cells numbers.
_MOST_WORDS = 5


def is_total(norm: str, rest: Sequence[str]) -> bool:
    """Whether a row whose first filled cell reads `norm` (normalised) and other filled cells `rest` is a
    line of sums: it starts with a total word, or holds one among a few words and every other cell holds
    digits."""
    if any(norm == word or norm.startswith(word + " ") for word in TOTAL_WORDS):
        return True
    words = norm.split()
    padded = f" {' '.join(words)} "
    return (
        len(words) <= _MOST_WORDS
        and any(f" {word} " in padded for word in TOTAL_WORDS)
        and bool(rest)
        and all(any(ch.isdigit() for ch in cell) for cell in rest)
    )


def subtotal_words(words: str) -> tuple[str, str]:
    """The subtotal rule's key and words for a line: `label` as printed, or where its words go on to a
    number (a week's, a citizen's: `I alt uge 38`) `starts` with the words before it, which every such
    line shares (lang-93; `hub adapters suggest` drafts the same)."""
    split = words.split()
    first = next((n for n, word in enumerate(split) if any(ch.isdigit() for ch in word)), None)
    if not first:  # no number, or a number first: the line's words whole
        return "label", words
    return "starts", " ".join(split[:first])


def total_line(
    index: SourceIndex,
    table: TableRows,
    columns: Mapping[str, int],
    required: Mapping[str, Sequence[TransformCall]],
    given_on: str,
) -> tuple[int, tuple[str, str], tuple[str, str]] | None:
    """Why a table's rows hold a total line, or None: the first row whose first filled cell starts with
    a total word (`I alt`, `Sum`, `Total`), or holds one with only numbers beside it (`Timer i alt`),
    and that lacks a value the table requires (`required`: header
    -> transforms; `columns`: normalised header -> column): its row, the reason and where (English,
    Danish). A line with rows below it is offered as a subtotal, on the config table `given_on`
    (`[forms.items]`, `[[forms.lists]]`)."""
    sheet = index.default_sheet
    for row in table.rows:
        filled = [v for v in index.row_values(row) if (v.value or "").strip()]
        if not filled or not is_total(
            index.cell_text(filled[0].value or ""), [v.value or "" for v in filled[1:]]
        ):
            continue
        cells = {h: index.cell(sheet, row, columns[normalise_label(h)]) for h in required}
        if all(cell_reads(cells[h], calls) for h, calls in required.items()):
            continue  # it reads as a row: not refused for looking like a sum
        text = " ".join((filled[0].value or "").split()).rstrip(":").rstrip()
        shown = readable(text)
        # The config's own syntax to copy: the line's words, where they can be written in a TOML string.
        words = shown if shown and '"' not in shown else "I alt"
        if row == table.rows[-1]:
            rule = f'stop = {{ label = "{words}" }}'
            do, do_da = "end the table before it in the config", "afslut tabellen før den i konfigurationen"
        else:  # rows of the table below it: a subtotal, which a stop would end the table at (lang-80, -85)
            key, said = subtotal_words(words)
            rule = f'{given_on} subtotals = {{ {key} = "{said}" }}'
            do, do_da = (
                "check it as a subtotal in the config",
                "kontrollér den som en sumlinje i konfigurationen",
            )
        en = (
            f"row {row} looks like a total line ({quoted(text)}), and the form's config has no rule that"
            f" ends the table there: remove the line from the file, or {do} ({rule})"
        )
        da = (
            f"række {row} ligner en sumlinje ({quoted_da(text)}), og konfigurationen har ingen regel, der"
            f" afslutter tabellen dér: slet linjen i filen, eller {do_da} ({rule})"
        )
        fmt = index.format
        return row, (en, da), (describe_locator(filled[0], fmt, "en"), describe_locator(filled[0], fmt, "da"))
    return None
