"""A CSV of several header blocks, for `hub adapters suggest`: one table's rows under a header printed
again and again, each time with a column more or less (Miller 6.6's CSV of records whose fields change:
a blank line, then a new header and its rows; decision 0060, "Stop 66: lang-100, a CSV of several header
blocks"). The hub reads one table under one header and refuses such a file at the second header
(`mapping.joined_exports`); drafted as a table each, the draft had `[forms.items]` once a block, which
is no TOML. The later blocks are folded into the first, which the draft reads, and the draft says why
the file is refused and what the sender can do.
"""

from __future__ import annotations

from hub.adapters.suggest.candidates import Table

__all__ = ["fold_header_blocks"]


def _same_data(first: Table, later: Table) -> bool:
    """Whether a later table is another block of the first: the one's headers all among the other's (a
    column left out where no record of the block has it), two of them at least, neither turned; and a
    column more or less in it or a block before it. The same header alone again is no sign of blocks:
    a second citizen's timesheet under its own CPR line is another table (the fifth trial's)."""
    if first.across or later.across:
        return False
    mine, theirs = set(first.headers), set(later.headers)
    related = len(mine & theirs) >= 2 and (mine <= theirs or theirs <= mine)
    return related and (mine != theirs or bool(first.blocks))


def fold_header_blocks(tables: list[Table]) -> list[Table]:
    """The tables with each later block of an earlier one left out, its place kept in the earlier one's
    `blocks`."""
    kept: list[Table] = []
    for table in tables:
        first = next((k for k in kept if _same_data(k, table)), None)
        if first is None:
            kept.append(table)
        else:
            first.blocks += (table.where,)
    return kept
