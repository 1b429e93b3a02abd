"""`hub adapters suggest`: draft a [[forms]] block for a form nobody has mapped yet.

The draft comes from the words near each value (field names, tooltips, printed labels, element names,
label cells; see `suggest_words`) and from the values themselves (Danish dates, decimal commas, CPR
numbers). Every guess carries the value seen as a comment so a person can check it; CPR numbers in those
comments are masked (DDMMYY-XXXX) because drafts end up pasted into tickets. What is not guessed stays in
the draft, commented out, so nothing in the file is silently left behind.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hub.adapters.mapping.skipped_labels import skipped_pages, unreadable_pages
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.classify import classify
from hub.adapters.suggest.date_parts import dates_in_parts
from hub.adapters.suggest.fields import FieldSuggestion, mask_cpr
from hub.adapters.suggest.form_paths import AGREEMENT_WORDS, FORM_PATHS, OPTIONAL_PATHS, guess_form_type
from hub.adapters.suggest.form_votes import field_votes, most_named
from hub.adapters.suggest.header_blocks import fold_header_blocks
from hub.adapters.suggest.last_mark import last_mark
from hub.adapters.suggest.lengths import end_from_length
from hub.adapters.suggest.name_beside_cpr import name_beside_cpr
from hub.adapters.suggest.pdf_headings import read_headings
from hub.adapters.suggest.pdf_repeat import plan_repeat, render_repeat, without_rows
from hub.adapters.suggest.recognise import (
    lasting,
    recognise_pdf,
    recognise_table,
    support_or_its_hours,
    type_from_fields,
)
from hub.adapters.suggest.record_own import own_over_document
from hub.adapters.suggest.repeats import fold_repeats
from hub.adapters.suggest.required_flags import required_by_form
from hub.adapters.suggest.shared_total import no_shared_total
from hub.adapters.suggest.signed_on import left_empty, left_empty_items, signed_on_as_signer
from hub.adapters.suggest.sources import gather
from hub.adapters.suggest.split_cpr import find_split_cpr, joined_cpr
from hub.adapters.suggest.split_parts import hours_and_minutes, left_out_middle_names
from hub.adapters.suggest.suggestion import Suggestion
from hub.adapters.suggest.tables import plan_table
from hub.adapters.suggest.targets import visitation_from_benefit
from hub.adapters.suggest.turned_names import turn_names
from hub.adapters.suggest.week_period_cell import period_cell
from hub.adapters.suggest.words import fold
from hub.adapters.suggest.xml_fields import attribute_carriers, signed_on_beside
from hub.adapters.suggest.xml_items import (
    as_items,
    hours_rows,
    record_element,
    records_map_values,
    relative_candidates,
    repeated_elements,
)
from hub.adapters.suggest.xml_marks import marks_by_name
from hub.adapters.suggest.xml_rows_render import drafted_rows

__all__ = ["suggest"]


def form_id(filename: str) -> str:
    """A form id from a file name: "Praktikaftale 2026.pdf" → "praktikaftale-2026"."""
    stem = fold(Path(filename).stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]+", "-", stem).strip("-_") or "form"


def suggest(extraction: Extraction, filename: str, data: bytes | None = None) -> Suggestion:
    """Draft the [[forms]] block for one document; `data`, a PDF's bytes, lets it read the section
    headings printed above the fields (`pdf_headings`), which the extraction does not hold."""
    headings = None
    if extraction.format == "pdf" and data is not None and extraction.values:
        labels = [str(v.meta.get("label") or "") for v in extraction.values]
        headings = read_headings(data, labels, str(extraction.meta.get("title") or ""))
    found = gather(extraction, headings)
    found.tables = fold_header_blocks(found.tables)  # one table under headers printed again: one draft
    plans = [plan_table(table) for table in found.tables]
    for plan in plans:  # `Uge 49` under a title saying "december 2026": read in that period
        plan.period = period_cell(extraction, plan)
    candidates = [*found.candidates, *(c for plan in plans for c in plan.candidates)]
    words = [*(t for c in candidates for t in c.texts[:1]), *(" ".join(t.headers) for t in found.tables)]
    form_type, type_word = guess_form_type(found.title, Path(filename).stem, " ".join(words))
    if type_word and not guess_form_type(found.title, Path(filename).stem, "")[1]:
        # A word of the fields named the kind, not the title or the file name: the fields as a whole decide.
        form_type, type_word = most_named(field_votes(candidates), (form_type, type_word)) or (form_type, "")
    if not type_word or type_word in AGREEMENT_WORDS:  # an agreement's fields may be a timesheet's still
        by_fields = type_from_fields(candidates, plans)
        if by_fields[1] and not (type_word and by_fields[0] == "placement_end"):
            form_type, type_word = by_fields
    form_type, type_word = support_or_its_hours(
        form_type, type_word, plans, f"{found.title} {Path(filename).stem}"
    )
    if not type_word and extraction.format == "xml" and hours_rows(found.candidates):
        form_type, type_word = "mentor_hours", hours_rows(found.candidates)  # weeks or days with hours
    taken: dict[str, FieldSuggestion] = {}
    split = find_split_cpr(candidates) if "citizen.cpr" in FORM_PATHS[form_type] else None
    fields, joined = [], None
    for cand in candidates:
        if split is not None and cand is split[0] and "citizen.cpr" not in taken:
            joined = taken["citizen.cpr"] = joined_cpr(*split)  # both halves (or every box) in one field
            fields.append(joined)
        elif joined is None or split is None or cand not in split[1:]:
            fields += [f for f in (classify(cand, form_type, taken),) if f is not None]
    for suggestion in fields:
        if suggestion.transforms == ["join"] and len(suggestion.selectors) == 1:
            suggestion.transforms = []
    attribute_carriers(fields, candidates, taken)
    signed_on_beside(fields, taken, FORM_PATHS[form_type])
    signed_on_as_signer(fields, candidates, taken, FORM_PATHS[form_type])
    name_beside_cpr(fields, candidates, taken, FORM_PATHS[form_type])
    if extraction.format == "xml":
        marks_by_name(fields, candidates, taken, FORM_PATHS[form_type])
        fields = hours_and_minutes(fields, taken, FORM_PATHS[form_type])
        left_out_middle_names(fields)
    fields = fold_repeats(fields) if extraction.format == "xml" else fields
    repeated = repeated_elements(found.candidates) if extraction.format == "xml" else set()
    record = record_element(fields, repeated)
    if record:
        records_map_values(fields, found.candidates, record)
        fields = as_items(fields, record, repeated)
        own_over_document(fields, taken)
        left_empty_items(fields, found.candidates, record)
    visitation_from_benefit(fields, taken)
    fields = dates_in_parts(fields, taken)
    turn_names(fields)
    end_from_length(fields, taken, FORM_PATHS[form_type])
    last_mark(fields, candidates, form_type, taken)
    left_empty(fields, plans)
    required_by_form(fields, extraction)
    no_shared_total(fields, plans)
    recognise: dict[str, Any] = {"root": str(extraction.meta.get("root", ""))}
    if extraction.format == "pdf":
        recognise = recognise_pdf(found.title, [c.selector for c in found.candidates])
    elif extraction.format in ("csv", "xlsx"):
        recognise = {"contains": [lasting(found.title)]} if found.title else recognise_table(fields, plans)
    reader: dict[str, Any] = {}
    if extraction.format == "xml" and found.namespaces:
        reader = {"namespaces": found.namespaces}
    elif extraction.format == "csv":
        reader = {k: extraction.meta[k] for k in ("encoding", "delimiter") if extraction.meta.get(k)}
    elif found.sheet:
        reader = {"sheet": found.sheet}
    missing = [p for p in FORM_PATHS[form_type] if p not in taken and p not in OPTIONAL_PATHS]
    if any(plan.list_columns for plan in plans) and "total_hours" in missing:
        missing.remove("total_hours")  # the draft computes it from the list
    if found.tables and "entries" in missing:
        missing.remove("entries")
    inside = relative_candidates(found.candidates, record) if record else found.candidates
    rows = drafted_rows(inside, form_type, taken, missing, bool(record)) if extraction.format == "xml" else []
    numbered = plan_repeat(found.candidates) if extraction.format == "pdf" else None
    if numbered is not None and "entries" in FORM_PATHS[form_type]:
        fields = without_rows(fields, numbered)
        rows = render_repeat(numbered, "total_hours" in missing)
        missing[:] = [p for p in missing if p not in ("entries", "total_hours")]
    title = mask_cpr(found.title or Path(filename).stem)
    return Suggestion(
        filename,
        form_id(filename),
        form_type,
        type_word,
        extraction.format,
        title,
        recognise,
        reader,
        fields,
        plans,
        missing,
        tuple(skipped_pages(extraction)),
        rows,
        record,
        text_unreadable=tuple(unreadable_pages(extraction)),
    )
