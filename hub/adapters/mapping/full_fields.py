"""A refused value that fills its PDF field's limit (`/MaxLen`: a comb's boxes), said as such.

A CPR number is often a comb field of ten boxes; typed with its hyphen, `010190-1234`, a viewer keeps
the first ten characters, `010190-123`, and the refusal "CPR must be 10 digits" names the field and
its page but not why a number typed whole came out short (decision 0060, "Stop 71: trial-121" (iii),
"Stop 74: fixes-137"). The reader notes the field's limit and the locator marks a value that fills it
(`max_len`); a refusal of such a value says the field's limit and that what was typed past it was cut,
and how to type it. A value longer than the limit (kept by some fillers) is read as it is: nothing cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from hub.errors import FieldProblem


def said_full(problems: Sequence[FieldProblem], provenance: Sequence[Any]) -> list[FieldProblem]:
    """The problems, each at a value that fills its field's limit with why it may be short."""
    full = {p.path: p for p in provenance if (p.locator or {}).get("max_len")}
    if not full:
        return list(problems)  # nearly every document: no field is full
    out = []
    for problem in problems:
        entry = full.get(problem.field)
        if entry is None:
            out.append(problem)
            continue
        most, raw = entry.locator["max_len"], entry.raw_value or ""
        # The text itself is not quoted: a CPR number cut short is still most of one.
        en = f"; the field holds at most {most} characters and what was typed fills it, so anything typed"
        en += " past them was cut off"
        da = f"; feltet rummer højst {most} tegn, og det skrevne fylder det, så det, der blev skrevet ud over"
        da += " dem, blev skåret af"
        if any(not ch.isalnum() for ch in raw):  # a hyphen or a space took a digit's place
            en += ": type the number without spaces or hyphens"
            da += ": skriv nummeret uden mellemrum og bindestreger"
        out.append(replace(problem, reason_en=problem.reason_en + en, reason_da=problem.reason_da + da))
    return out
