"""`hub adapters suggest` on an XML export of many records: one record an element (a grant a
`<Bevilling>`, perhaps inside its citizen's `<Borger>`), drafted as `[forms.items] rows` with every
field's path relative to the record's element (`../` for the element above it).

Before, such an export was drafted as one record whose fields read the first element's values by
absolute paths, and every other element was silently left unread; its TODOs pointed at a list, which
is for a record's rows (weeks, days), not for records (decision 0060, "Stop 48").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.suggest import column_values
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.flags import later_flag
from hub.adapters.suggest.hours_named import hours_word, reads
from hub.adapters.suggest.targets import guess_target
from hub.adapters.suggest.values import date_like
from hub.adapters.suggest.xml_fields import code_of

_INDEX = re.compile(r"\[(\d+)\]")


def _bare(selector: str) -> str:
    return _INDEX.sub("", selector)


def repeated_elements(candidates: Sequence[Candidate]) -> set[str]:
    """Every element path (positions left out) of which the document holds a second copy."""
    found = set()
    for cand in candidates:
        for match in _INDEX.finditer(cand.selector):
            if int(match[1]) > 1 and cand.selector.startswith("/"):
                found.add(_bare(cand.selector[: match.start()]))
    return found


def _inside(selector: str, element: str) -> bool:
    bare = _bare(selector)
    return bare == element or bare.startswith(element + "/")


def _first_copy(selector: str, element: str) -> bool:
    """Whether a selector is in the first copy of the element and of every element above it."""
    depth = element.count("/")
    steps = selector.split("/")[: depth + 1]
    return all(int(m[1]) == 1 for step in steps for m in _INDEX.finditer(step))


def record_element(fields: Sequence[FieldSuggestion], repeated: set[str]) -> str:
    """The element one record is: the innermost repeated element holding a drafted field, where the
    citizen's CPR is drafted in it or in a repeated element around it; "" when the record is the whole
    document (the CPR once, only its weeks or days repeated)."""
    drafted = [f for f in fields if f.path and f.selectors and f.selectors[0].startswith("/")]
    cpr = next((f.selectors[0] for f in drafted if f.path == "citizen.cpr"), None)
    if cpr is None:
        return ""
    around = [e for e in repeated if _inside(cpr, e)]
    if not around:
        return ""
    holding = [e for f in drafted for e in repeated if _inside(f.selectors[0], e)]
    # The innermost, of those inside the CPR's own repeated element (a grant inside its citizen).
    outer = max(around, key=len)
    chain = [e for e in holding if e == outer or e.startswith(outer + "/")]
    return max(chain, key=len)


def relative(selector: str, element: str) -> str:
    """A selector from the record's element: `ks:PNummer` inside it, `../ks:CPR` in an element above."""
    bare = _bare(selector)
    steps, ups = element, 0
    while not (bare == steps or bare.startswith(steps + "/")):
        steps, ups = steps.rpartition("/")[0], ups + 1
    rest = bare[len(steps) + 1 :] if bare != steps else "."
    return "../" * ups + rest


def as_items(fields: list[FieldSuggestion], element: str, repeated: set[str]) -> list[FieldSuggestion]:
    """The fields read inside each record: relative to its element (`../` for its citizen's, above it);
    later records' copies left out (the first record's stand for them all); the document's own fields,
    outside every repeated element around the record, kept as they are."""
    top = min((e for e in repeated if element == e or element.startswith(e + "/")), key=len)
    kept = []
    for suggestion in fields:
        selector = suggestion.selectors[0] if suggestion.selectors else ""
        if not selector.startswith("/") or not _inside(selector, top):
            kept.append(suggestion)
            continue
        if not _first_copy(selector, element):
            continue  # another record's copy of a value the first record's draft reads
        # Every source, not the first only: a value in two fields (a CPR number's birth date and serial
        # number, a first and a last name) is drafted as its fields joined, each read in the record.
        suggestion.selectors = [
            relative(s, element) if s.startswith("/") and _inside(s, top) else s for s in suggestion.selectors
        ]
        deeper = any(_inside(selector, e) for e in repeated if e.startswith(element + "/"))
        if suggestion.path is None and suggestion.note.startswith("one of ") and not deeper:
            # a value of each record, not a row of a list: what its words said of it, as before the fold
            # (a grant's `<Borger><Navn>` "may hold (optional)", not "not recognised": twenty-first trial)
            suggestion.note = suggestion.own_note or "not recognised"
        suggestion.note = suggestion.note.replace("an attribute about the document itself", "each record's")
        kept.append(suggestion)
    return kept


def relative_candidates(candidates: Sequence[Candidate], element: str) -> list[Candidate]:
    """The first record's values, their selectors from its element written as from a root
    (`/ks:Uger/ks:Uge[2]/ks:Timer`), so that a list inside the record is planned as a document's is."""
    out, depth = [], element.count("/")
    for cand in candidates:
        if _inside(cand.selector, element) and _first_copy(cand.selector, element):
            rest = "/".join(cand.selector.split("/")[depth + 1 :])
            if rest:
                out.append(replace(cand, selector="/" + rest))
    return out


def hours_rows(candidates: Sequence[Candidate]) -> str:
    """The name of the hours element of a repeated element whose copies hold a date and
    hours (`ks:Timer` beside `ks:Fra` in each `<ks:Uge>`): a timesheet's rows, whatever the document
    is called; "" when there is none."""
    repeated = repeated_elements(candidates)
    first = [c for c in candidates if c.selector.startswith("/") and c.value]
    for element in sorted(repeated, key=len, reverse=True):
        own = [c for c in first if _bare(c.selector).rpartition("/")[0] == element]
        own = [c for c in own if _first_copy(c.selector, element)]
        hours = next((c for c in own if hours_word(c.selector) and reads(parse_hours, c.value or "")), None)
        if hours is not None and any(date_like(c.value or "") for c in own if c is not hours):
            return hours.selector.rpartition("/")[2]
    return ""


def records_map_values(
    fields: Sequence[FieldSuggestion], candidates: Sequence[Candidate], element: str
) -> None:
    """A `map` drafted for a value of each record gets the values the later records hold too (changed in
    place): the first grant's `Virksomhed` alone left every grant of a mentor employed by the job centre
    refused at its `Jobcenter` (twenty-first trial, decision 0060 "Stop 59: suggest-69"). Named as a
    table's column is (`column_values`: the first records', at most a few)."""
    for suggestion in fields:
        selector = suggestion.selectors[0] if len(suggestion.selectors) == 1 else ""
        if (
            "map" not in suggestion.transforms
            or not selector.startswith("/")
            or not _inside(selector, element)
        ):
            continue
        rows = [{"": c.value or ""} for c in candidates if _bare(c.selector) == _bare(selector)]
        values, more = column_values.distinct(rows, "")
        shown = _display_texts(candidates, selector)
        for value in values:
            if value.casefold() not in {k.casefold() for k in suggestion.targets}:
                # A later record's code is guessed from its own display text, as the first's is
                # (`xml_fields.prefer_code`): `kode="SDP"` beside "Sygedagpenge" is no TODO.
                display = shown.get(value, "")
                flag = later_flag(suggestion, value)  # `0` after a yes-or-no flag's `1`
                suggestion.targets[value] = flag or guess_target(suggestion.path or "", display or value)
                if display:
                    suggestion.printed[value] = display
        if len(values) > 1 or more:
            suggestion.seen_many, suggestion.more_values = column_values.shown(values, more), more


def _display_texts(candidates: Sequence[Candidate], selector: str) -> dict[str, str]:
    """Each code a code attribute (`.../e:Ydelse/@kode`) holds in any record, with the display text its
    own element holds there; empty where `selector` is no code attribute."""
    if not code_of(selector, selector.rpartition("/@")[0]):
        return {}
    texts = {c.selector: c.value or "" for c in candidates}
    return {
        c.value: texts[c.selector.rpartition("/@")[0]]
        for c in candidates
        if c.value and _bare(c.selector) == _bare(selector) and texts.get(c.selector.rpartition("/@")[0])
    }
