"""A PDF list with several lines chosen, read into a value of one line: refused with the lines, never read
as one of them.

The reader hands such a list's value as every line chosen, in the list's order, joined ("Kontanthjælp;
Sygedagpenge"), and the lines apart (`meta["chosen"]`, `readers.pdf_list_held.chosen`). A `map` of one line
each was refused so already (`unchosen.several_chosen`); a `regex` found its pattern in the first line and
read that, the others dropped without a word, a `map` with a `default` read the default, and `checked`
refused the list as "an unknown checkbox mark" (decision 0025, "Stop 63: pdf-77, a list's lines in its
order"). A `regex` whose match takes in every line chosen reads them all, as a transform with no one line
to pick (`upper`, `join`, none) does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from hub.adapters.readers.base import SourceValue
from hub.quoting import quoted, quoted_da

SEPARATOR = "; "  # how the reader joins a list's lines (`readers.pdf_values.value`)


def lines_of(value: SourceValue | None) -> list[str]:
    """The lines chosen in a list that has more than one chosen; none otherwise."""
    return list(value.meta.get("chosen") or ()) if value is not None else []


def lines_chosen(lines: Sequence[str]) -> tuple[str, str]:
    """The problem (English, Danish) of a list with several `lines` chosen read where one line is."""
    said_en, said_da = ", ".join(quoted(line) for line in lines), ", ".join(quoted_da(line) for line in lines)
    count = len(lines)
    return (
        f"{count} lines are chosen in the list, {said_en}: only one may be; choose one and send the form "
        "again",
        f"{count} linjer er valgt på listen, {said_da}: kun én må vælges; vælg én, og send blanketten igen",
    )


def lines_unchoosable(lines: Sequence[str]) -> tuple[str, str]:
    """The problem (English, Danish) of a list or dropdown that lets one line be chosen holding several
    (`lines`; TCPDF-like generators may save the whole list): no value a person could have chosen in it."""
    said_en, said_da = ", ".join(quoted(line) for line in lines), ", ".join(quoted_da(line) for line in lines)
    return (
        f"the field holds {len(lines)} lines of its list, {said_en}, where only one can be chosen: the "
        "program the form was filled in with saved a value no one could choose; choose one line and send "
        "the form again",
        f"feltet har {len(lines)} linjer fra sin liste, {said_da}, hvor kun én kan vælges: programmet, "
        "blanketten blev udfyldt i, gemte en værdi, som ingen kunne vælge; vælg én linje, og send "
        "blanketten igen",
    )


def takes_part(text: str, args: Mapping[str, Any]) -> bool:
    """Whether a `regex` (its arguments `args`) reading the lines of a list, joined as `text`, finds its
    match in some of them and not in every one: what it reads would be those lines' and not the rest.
    A pattern found nowhere is the regex's own refusal; a line that itself holds the separator counts as
    its parts, each of which the match must take in."""
    match = re.compile(args["pattern"]).search(text)
    if match is None:
        return False
    start = 0
    for part in text.split(SEPARATOR):
        end = start + len(part)
        if not (match.start() < end and start < match.end()):
            return True  # a part the match does not reach (an empty match reaches none)
        start = end + len(SEPARATOR)
    return False


def checked_list(found: Sequence[tuple[str, SourceValue | None]]) -> tuple[str, SourceValue] | None:
    """The source of a `checked` that is a list with several lines chosen, if one is: no box, ticked or
    not, and which of its lines ticks the value cannot be told."""
    return next(((s, v) for s, v in found if v is not None and len(lines_of(v)) > 1), None)
