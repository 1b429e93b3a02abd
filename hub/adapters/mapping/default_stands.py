"""When a `default` after a combining transform (`join`, `sum`, `checked`, ...) stands for a value whose
sources are not found, and what a refusal says where it does not.

A source not found beside others of the same value that are found is no value the form left out: the
document has the value's other parts, so that source is a misspelt name (XPath, PDF field, column or
label) or another version of the form. Read as the default it would stay so for every document, without
a word; it is refused, naming the source. The default stands where none of the value's sources is in the
document (a block an export leaves out, a form version without that part), which is what its author
wrote it for. A box of `checked` not found is never "nothing ticked", default or not (as `nullable`).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.combined_sources import left_out_hint
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue


def default_stands(
    calls: Sequence[TransformCall], found: Sequence[tuple[str, SourceValue | None]], missing: Sequence[str]
) -> bool:
    """Whether a `default` gives the value of these sources, `missing` of them not found: only where none
    is found, and never for boxes."""
    if not any(call.name == "default" for call in calls):
        return False
    return len(missing) == len(found) and not (calls and calls[0].name == "checked")


def missing_hint(
    fmt: str,
    calls: Sequence[TransformCall],
    found: Sequence[tuple[str, SourceValue | None]],
    missing: Sequence[str],
) -> tuple[str, str]:
    """What to say after "not found" for one of `missing`: why the config's `default` did not stand for
    it, where it has one; and where an element left out could have counted as empty."""
    en, da = left_out_hint(fmt, calls)
    if not any(call.name == "default" for call in calls):
        return en, da
    if calls[0].name == "checked":
        return (
            " (a box not found is no unticked box, whatever default the config gives)",
            " (et afkrydsningsfelt, der ikke findes, er ikke et felt uden kryds, uanset konfigurationens "
            "default)",
        )
    if len(missing) == len(found):
        return en, da
    return (
        " (the config's default stands for the value only where none of its sources is in the document; "
        "this one is missing beside the others: a misspelt name or another version of the form)" + en,
        " (konfigurationens default gælder kun for værdien, hvor ingen af dens kilder findes i dokumentet; "
        "denne mangler ved siden af de andre: et fejlstavet navn eller en anden version af formularen)" + da,
    )
