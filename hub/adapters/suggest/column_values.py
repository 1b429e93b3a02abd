"""The values a column of a many-records table holds in its first rows, for `hub adapters suggest`.

A draft that showed the first row's value alone ("Ansat hos": Virksomhed) hid the others a later row holds
(Jobcenter): the person deciding a `map` needs each of them. The first `ROWS` rows are read, not all: a
big export's every value would make the comment unreadable, and the draft is a start to check anyway.
"""

from __future__ import annotations

ROWS = 50  # rows read for a column's values
SHOWN = 6  # distinct values named; more are shown as "…"


def distinct(rows: list[dict[str, str]], header: str) -> tuple[tuple[str, ...], bool]:
    """The column's distinct filled values in the first `ROWS` rows in the order met (at most `SHOWN`),
    and whether there are more than that; values differing in case or spaces around count as one."""
    found: dict[str, str] = {}
    more = False
    for row in rows[:ROWS]:
        text = (row.get(header) or "").strip()
        if not text or text.casefold() in found:
            continue
        if len(found) == SHOWN:
            more = True
            break
        found[text.casefold()] = text
    return tuple(found.values()), more


def shown(values: tuple[str, ...], more: bool) -> str:
    """The values for a comment: `Virksomhed, Jobcenter, …`."""
    return ", ".join((*values, "…") if more else values)
