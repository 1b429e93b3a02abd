"""Plain-text tables and numbers for people, in Danish (`1.234,56`) or English (`1,234.56`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from hub.quantities import fixed_text, number_text


def number(value: Decimal | int | None, lang: str, places: int = 2) -> str:
    """A number with thousands separators in the reader's language, a Decimal with `places` decimals;
    "—" for None."""
    if value is None:
        return "—"
    return fixed_text(value, lang, places) if isinstance(value, Decimal) else number_text(value, lang)


def table(head: Sequence[str], rows: Iterable[Sequence[str]], right: Iterable[int] = ()) -> str:
    """Rows under a header, columns padded; the columns in `right` are aligned right (numbers)."""
    cells = [list(head), *[list(r) for r in rows]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(head))]
    align = set(right)
    out = []
    for index, line in enumerate(cells):
        out.append(
            "  ".join(
                c.rjust(w) if i in align else c.ljust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            ).rstrip()
        )
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
