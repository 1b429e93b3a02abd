"""A refusal of the company's own PDF form said where the form prints it, not by its fields' names.

The reader says where a value was by the field's name (`felt "d2_timer3" ("Timer") på side 1`): what the
lead and an operator look up in the PDF's fields, and what every other sender's form is told by. The
company's HR person never saw "d2_timer3": the form showed them page 1, the block "Deltager 2 af 10 ·
P-… · Anders Sørensen" and a line "uge 47" with a box under "Timer". A problem of the company's form is
therefore told as the form prints it: `side 1, feltet "Timer" i uge 47 2026` (the item, "deltager 2
(Anders Sørensen)", already names the intern; a problem of no item names the block itself). The words
are read from the filled-in form's own extraction, by the layout `company_form_model` is the contract of
(`d{n}_...` fields, the name in `d{n}_navn`, week k in `d{n}_uge{k}`), as the record page's sources are
(`company_sources`). A name that looks like a CPR number is never quoted (`company_sources.week_words`
and the form's name rules as there). The spreadsheet's cells (`ark "Mentortimer", celle F9`) are what
the company sees in its program and are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import FieldProblem
from hub.exports.company_form_model import PARTICIPANT_FIELD
from hub.pseudonyms import CPR_LIKE
from hub.quoting import readable
from hub.services.company_sources import week_words

# How the PDF reader names a field (`describe_locator`); the name is the form's field name.
_FIELD = re.compile(r'field "(?P<name>[^"]+)"')


def in_form_words(problems: Sequence[FieldProblem], extraction: Extraction | None) -> list[FieldProblem]:
    """The problems of a company's form with each PDF field told by the page, the intern's block, the
    words printed at the box and the week of its line; anything else as it was."""
    if extraction is None or extraction.format != "pdf":
        return list(problems)
    printed = {value.key: value for value in extraction.values}
    return [_told(problem, printed) for problem in problems]


def _told(problem: FieldProblem, printed: Mapping[str, SourceValue]) -> FieldProblem:
    found = _FIELD.match(problem.locator)
    value = printed.get(found["name"]) if found else None
    if found is None or value is None:
        return problem
    en, da = where(found["name"], value.meta, printed, named=not problem.item)
    return replace(problem, locator=en, locator_da=da)


def where(
    name: str, meta: Mapping[str, Any], printed: Mapping[str, SourceValue], named: bool
) -> tuple[str, str]:
    """ "side 1, feltet "Timer" i uge 47 2026" (English, Danish) for field `name`; with `named`, the
    intern's block too ("deltager 2 (Anders Sørensen)"), for a problem no item of the form names."""
    en, da = [], []
    if meta.get("page"):
        en.append(f"page {meta['page']}")
        da.append(f"side {meta['page']}")
    block = PARTICIPANT_FIELD.fullmatch(name)
    week = None
    if block is not None:
        n = block["n"]
        if named:
            person = _text(printed, f"d{n}_navn")
            en.append(f"participant {n} ({person})" if person else f"participant {n}")
            da.append(f"deltager {n} ({person})" if person else f"deltager {n}")
        if block["k"]:
            week = week_words(_text(printed, f"d{n}_uge{block['k']}"))
    # The words printed beside or over the box, as the reader found them; a box with none is still one.
    label = readable(meta.get("beside") or meta.get("label") or meta.get("tooltip"))
    box_en, box_da = (f'the field "{label}"', f'feltet "{label}"') if label else ("a field", "et felt")
    if week is not None:
        box_en, box_da = f"{box_en} in {week[0]}", f"{box_da} i {week[1]}"
    en.append(box_en)
    da.append(box_da)
    return ", ".join(en), ", ".join(da)


def _text(printed: Mapping[str, SourceValue], key: str) -> str:
    """A printed value fit to quote: readable, and never what looks like a CPR number."""
    value = printed.get(key)
    text = readable(" ".join(str(value.value if value else "").split())) or ""
    return "" if CPR_LIKE.search(text) else text
