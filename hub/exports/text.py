"""Plain-text tables and numbers for people, in Danish (`1.234,56`) or English (`1,234.56`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal


def number(value: Decimal | int | None, lang: str, places: int = 2) -> str:
    """A number with thousands separators in the reader's language; "—" for None."""
    if value is None:
        return "—"
    text = f"{value:,.{places}f}" if isinstance(value, Decimal) else f"{value:,}"
    if lang == "da":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


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
