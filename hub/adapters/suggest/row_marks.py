"""A list's column that marks each row approved or not (`godkendt` `true`/`false`), drafted as the
list's condition (`[[forms.lists.require]]`): the yes word counted, the no word left out.

Read as a value, such a column was "not recognised", and a visit marked `false` was summed into its
week and paid (decision 0060, "Stop 71: fixes-119"). Only a column plainly such a mark is drafted: its
header the one word for approved (`godkendt`, `Godkendt?`, `isApproved`; not `Godkendt af`, a name, nor
`Godkendt dato`), and every row holding a yes or a no of one pair (`true`/`false`, `ja`/`nej`, `1`/`0`).
A column of cancellations (`aflyst`) or of a visit's kind (`telefonisk`) is left to the config's author,
who knows which of them are paid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hub.adapters.suggest.toml_text import q, value
from hub.adapters.suggest.words import words

if TYPE_CHECKING:
    from hub.adapters.suggest.candidates import Table

_APPROVED = ("godkendt", "approved")
_SMALL = frozenset({"er", "is", "blev", "was"})  # `er_godkendt`, `isApproved`
# A program's yes and no of one kind, the yes first.
_PAIRS = (
    ("true", "false"),
    ("ja", "nej"),
    ("yes", "no"),
    ("1", "0"),
    ("sand", "falsk"),
    ("j", "n"),
    ("y", "n"),
)


def approval_column(table: Table) -> tuple[str, str, str] | None:
    """The column marking each row approved, with its yes and no words as the file writes them (the no
    word, where no row holds it, as its pair's), or None where no column is plainly such a mark."""
    for header in table.headers:
        said = [w for w in words(header) if w not in _SMALL]
        if len(said) != 1 or said[0] not in _APPROVED:
            continue
        seen = {row.get(header, "").strip() for row in table.rows}
        for yes, no in _PAIRS:
            if seen and {v.casefold() for v in seen} <= {yes, no}:
                spelt = {v.casefold(): v for v in seen}
                return header, spelt.get(yes, yes), spelt.get(no, no)
    return None


def require_block(table: Table) -> list[str]:
    """The list's condition for its approval column, or nothing where it has none."""
    found = approval_column(table)
    if found is None:
        return []
    header, yes, no = found
    return [
        "",
        "    [[forms.lists.require]]  # a row its form marks not approved is not counted: check the words",
        f"    source = {q(header)}",
        f"    equals = {q(yes)}",
        f"    leave_out = {value([no])}  # kept in the record's provenance, not paid; any other mark refused",
    ]
