"""`hub adapters suggest`: draft a [[forms]] block for a form nobody has mapped yet.

The draft comes from the words near each value (field names, tooltips, printed labels, element names,
label cells; see `suggest_words`) and from the values themselves (Danish dates, decimal commas, CPR
numbers). Every guess carries the value seen as a comment so a person can check it; CPR numbers in those
comments are masked (DDMMYY-XXXX) because drafts end up pasted into tickets. What is not guessed stays in
the draft, commented out, so nothing in the file is silently left behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.adapters.mapping.skipped_labels import skipped_pages
from hub.adapters.mapping.textparse import TransformError, excel_day, parse_date
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.choices import classify_choice
from hub.adapters.suggest.column_values import shown
from hub.adapters.suggest.fields import FieldSuggestion, is_cpr, mask_cpr
from hub.adapters.suggest.lengths import end_from_length
from hub.adapters.suggest.render import render
from hub.adapters.suggest.repeats import fold_repeats
from hub.adapters.suggest.sources import CODE_ATTRIBUTES, gather
from hub.adapters.suggest.split_cpr import find_split_cpr, joined_cpr
from hub.adapters.suggest.tables import TablePlan, plan_table
from hub.adapters.suggest.words import (
    FORM_PATHS,
    OPTIONAL_PATHS,
    fold,
    guess_form_type,
    guess_path,
    guess_target,
)

__all__ = ["FieldSuggestion", "Suggestion", "suggest"]

DANISH_DATE = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./ -]\s?(\d{4}|\d{2})\s*")
ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")
DECIMAL_COMMA = re.compile(r"\s*\d+,\d+\s*")
_GENERIC = re.compile(
    # The names form tools give fields by kind and number: Acrobat, LibreOffice and Word, Danish or English.
    r"(tekstfelt|textfield|text|felt|field|kontrolfelt|afkrydsningsfelt|check ?box|gruppe|group|"
    r"radio ?button|radio|valg|choice|option|knap|button|kombinationsfelt|combo ?box|listefelt|list ?box|"
    r"dropdown)\s*\d*",
    re.IGNORECASE,
)
_TEXT_PATHS = ("name", "email", "note", "purpose", "signed_by")


@dataclass
class Suggestion:
    """The draft of one [[forms]] block."""

    filename: str
    form_id: str
    form_type: str
    type_word: str
    format: str
    title: str
    recognise: dict[str, Any]
    reader: dict[str, Any]
    fields: list[FieldSuggestion]
    plans: list[TablePlan]
    missing: list[str]
    labels_skipped: tuple[int, ...] = ()  # a PDF's pages whose printed labels the reader left unread

    def to_toml(self) -> str:
        """The draft as TOML text, with comments for people."""
        return render(self)


def form_id(filename: str) -> str:
    """A form id from a file name: "Praktikaftale 2026.pdf" → "praktikaftale-2026"."""
    stem = fold(Path(filename).stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]+", "-", stem).strip("-_") or "form"


def suggest(extraction: Extraction, filename: str) -> Suggestion:
    """Draft the [[forms]] block for one document."""
    found = gather(extraction)
    plans = [plan_table(table) for table in found.tables]
    candidates = [*found.candidates, *(c for plan in plans for c in plan.candidates)]
    words = [Path(filename).stem, found.title, *(t for c in candidates for t in c.texts[:1])]
    form_type, type_word = guess_form_type(" ".join([*words, *(" ".join(t.headers) for t in found.tables)]))
    if not type_word:
        form_type, type_word = _type_from_fields(candidates, plans)
    taken: dict[str, FieldSuggestion] = {}
    split = find_split_cpr(candidates) if "citizen.cpr" in FORM_PATHS[form_type] else None
    fields, joined = [], None
    for cand in candidates:
        if split is not None and cand is split[0] and "citizen.cpr" not in taken:
            joined = taken["citizen.cpr"] = joined_cpr(*split)  # both halves in one field
            fields.append(joined)
        elif joined is None or split is None or cand is not split[1]:
            fields += [f for f in (_classify(cand, form_type, taken),) if f is not None]
    for suggestion in fields:
        if suggestion.transforms == ["join"] and len(suggestion.selectors) == 1:
            suggestion.transforms = []
    _attribute_carriers(fields, candidates, taken)
    fields = fold_repeats(fields) if extraction.format == "xml" else fields
    _visitation_from_benefit(fields, taken)
    end_from_length(fields, taken, FORM_PATHS[form_type])
    recognise: dict[str, Any] = {"root": str(extraction.meta.get("root", ""))}
    if extraction.format == "pdf":
        recognise = _recognise_pdf(found.title, [c.selector for c in found.candidates])
    elif extraction.format in ("csv", "xlsx"):
        recognise = {"contains": [lasting(found.title)]} if found.title else _recognise_table(fields, plans)
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
    )


def _classify(cand: Candidate, form_type: str, taken: dict[str, FieldSuggestion]) -> FieldSuggestion | None:
    if cand.kind:
        return classify_choice(cand, form_type, taken)
    seen = cand.value.strip() if cand.value else cand.value
    guess = next((g for text in cand.texts if text and (g := guess_path(text))), None)
    commented = FieldSuggestion(None, [cand.selector], where=cand.where, seen=seen)
    # A later row holds another value: name them (not CPR numbers: a list of them is no help and,
    # shortened to fit the comment, would cut one mid-number).
    if (len(cand.column_values) > 1 or cand.more_values) and not (seen and is_cpr(seen)):
        commented.seen_many = shown(cand.column_values, cand.more_values)
    if guess is None and seen and is_cpr(seen):
        guess, commented.note = ("citizen.cpr", ("digits",)), "guessed from the value"
    if guess is None:
        commented.note = _value_hint(seen) or "not recognised"
        return commented
    path, transforms = guess
    if path == "period.end" and form_type == "placement_end":
        path = "ended_on"
    if path == "entries":
        commented.note = "one row of a repeated list: write a [[forms.lists]] for entries (week, hours)"
        return commented
    if path not in FORM_PATHS[form_type]:
        commented.note = f"looks like {path}, which a {form_type} record does not have"
        return commented
    if path in taken:
        other = taken[path]
        if transforms == ("join",) and other.transforms == ["join"] and len(other.selectors) < 2:
            other.selectors.append(cand.selector)
            other.seen = " ".join(s for s in (other.seen, seen) if s)
            return None
        if _code_of(cand.selector, other.selectors[0]):
            return _prefer_code(cand, seen, other, commented)
        if seen and not other.seen and _attribute_of(cand.selector, other.selectors[0]):
            return _prefer_attribute(cand, seen, other, commented)
        if _code_of(other.selectors[0], cand.selector):
            commented.note = f"the display text of the code {other.selectors[0]}, drafted above"
            return commented
        commented.note = f"also looks like {path}, taken above by {other.selectors[0]}"
        return commented
    if (
        not transforms
        and path.endswith(_TEXT_PATHS)
        and seen
        and (DANISH_DATE.fullmatch(seen) or ISO_DATE.fullmatch(seen))
    ):
        commented.note = f"looks like {path}, but the value is a date"
        return commented
    if "date" in transforms and seen and not _date_like(seen):
        commented.note = f"looks like {path}, but the value is no date"  # "Bevilget timer": 4
        return commented
    targets: dict[str, str] = {}
    if "map" in transforms:
        for option in cand.options or cand.column_values or ((seen,) if seen else ()):
            if option.strip().casefold() not in {k.casefold() for k in targets}:
                targets[option.strip()] = guess_target(path, option)
    chosen = list(transforms) or _value_transforms(path, seen)
    result = FieldSuggestion(
        path, [cand.selector], chosen, targets, cand.where, seen, commented.note, path in OPTIONAL_PATHS
    )
    result.seen_many, result.more_values = commented.seen_many, cand.more_values
    taken[path] = result
    return result


def _date_like(text: str) -> bool:
    """Whether `date` reads the text, or it is an Excel day number (a workbook's General cell)."""
    try:
        parse_date(text)
    except TransformError:
        return excel_day(text) is not None
    return True


def lasting(title: str) -> str:
    """The part of a title line a recognise rule can rely on: the longest run of words without digits.
    An export's title carries its date or period ("..., Jobcenter Fanø, 31-03-2026"), which the next
    export will not; a title that is little but digits is kept whole (CPR numbers masked)."""
    parts = [part.strip(" ,;:.-–") for part in re.split(r"\S*\d\S*", title)]
    best = max(parts, key=len)
    return best if len(best) >= 4 else mask_cpr(title)


def _code_of(selector: str, element: str) -> bool:
    """True when `selector` is a code attribute of `element` (`.../e:Ydelse/@kode` of `.../e:Ydelse`)."""
    parent, _, name = selector.rpartition("/@")
    return parent == element and fold(name.rpartition(":")[2]) in CODE_ATTRIBUTES


def _prefer_code(
    cand: Candidate, seen: str | None, other: FieldSuggestion, commented: FieldSuggestion
) -> FieldSuggestion:
    """A code and its display text both name the field: draft the code, which does not change with
    wording or language; the display text (seen beside it) guesses what the code means."""
    display, display_selector = other.seen, other.selectors[0]
    other.selectors, other.seen, other.where = [cand.selector], seen, cand.where
    if "map" in other.transforms and seen and other.path:
        other.targets = {seen: guess_target(other.path, display or "")}
        other.printed = {seen: display} if display else {}
    commented.selectors, commented.seen = [display_selector], display
    commented.note = f"the display text of the code {cand.selector}, drafted instead"
    return commented


def _attribute_of(selector: str, element: str) -> bool:
    """True when `selector` is an attribute of the XML `element` (`.../d:Mentor/@navn` of `.../d:Mentor`)."""
    return selector.rpartition("/@")[0] == element and element.startswith("/")


def _attribute_carriers(
    fields: list[FieldSuggestion], candidates: list[Candidate], taken: dict[str, FieldSuggestion]
) -> None:
    """An XML element with no text whose attributes hold values (`<fk:virksomhed fk:pnr="..."/>`) is no
    value of its own, whatever its name says: its field is left a TODO (changed in place)."""
    selectors = [c.selector for c in candidates]
    for suggestion in fields:
        element = suggestion.selectors[0] if suggestion.path and len(suggestion.selectors) == 1 else ""
        if suggestion.seen or not any(_attribute_of(s, element) for s in selectors):
            continue
        if taken.get(suggestion.path or "") is suggestion:
            del taken[suggestion.path or ""]
        suggestion.note = (
            f"looks like {suggestion.path}, but the element is empty: its attributes hold values"
        )
        suggestion.path, suggestion.transforms, suggestion.targets = None, [], {}


def _prefer_attribute(
    cand: Candidate, seen: str, other: FieldSuggestion, commented: FieldSuggestion
) -> FieldSuggestion:
    """An empty element and its attribute both name the field (`<Mentor navn="Jens Bach"/>`): draft
    the attribute, which holds the value; the element, empty in the sample, is left as a comment."""
    element, element_where = other.selectors[0], other.where
    other.selectors, other.seen, other.where = [cand.selector], seen, cand.where
    if not other.transforms and other.path:
        other.transforms = _value_transforms(other.path, seen)
    commented.selectors, commented.where, commented.seen = [element], element_where, None
    commented.note = f"empty in this file: its attribute @{cand.selector.rpartition('/@')[2]} holds the value"
    return commented


def _value_transforms(path: str, seen: str | None) -> list[str]:
    if not seen or path.endswith(_TEXT_PATHS):
        return []
    if DANISH_DATE.fullmatch(seen):
        return ["date"]
    return ["hours"] if DECIMAL_COMMA.fullmatch(seen) else []


def _value_hint(seen: str | None) -> str:
    transforms = _value_transforms("?", seen)
    return f'not recognised; the value suggests transforms = ["{transforms[0]}"]' if transforms else ""


def _visitation_from_benefit(fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion]) -> None:
    """A benefit list naming the visitation too ("Kontanthjælp - jobparat") gives the visitation as well."""
    benefit = taken.get("benefit")
    if benefit is None or "visitation" in taken:
        return
    targets = {value: guess_target("visitation", value) for value in benefit.targets}
    if not any(t != "TODO" for t in targets.values()):
        return
    targets = {value: "" if t == "TODO" else t for value, t in targets.items()}
    visitation = FieldSuggestion(
        "visitation",
        list(benefit.selectors),
        ["map"],
        targets,
        benefit.where,
        benefit.seen,
        "the benefit's values name the visitation too",
        True,
    )
    fields.insert(fields.index(benefit) + 1, visitation)
    taken["visitation"] = visitation


# Fields only one form type has: a form with an outcome is an end form, whatever its title says.
_TYPE_OF_PATH = {"outcome": "placement_end", "ended_on": "placement_end", "hourly_rate_dkk": "mentor_support"}


def _type_from_fields(candidates: list[Candidate], plans: list[TablePlan]) -> tuple[str, str]:
    """The form type its fields give when its words name none: a table of days or weeks with hours is a
    timesheet, scores a progress report, an outcome an end form; else a placement (no word)."""
    hours = next((plan.list_columns["hours"] for plan in plans if "hours" in plan.list_columns), None)
    grid = next((plan.days for plan in plans if plan.days and plan.list_columns), None)
    hours = hours or (f"{grid[0]}-{grid[-1]}" if grid else None)  # "Man-Fre": a week's day columns
    if hours:
        return "mentor_hours", hours
    for cand in candidates:
        text = cand.texts[0] if cand.texts else ""
        path = (guess_path(text) or ("", ()))[0] if text else ""
        if path.startswith("scores."):
            return "progress_report", text
        if path in _TYPE_OF_PATH:
            return _TYPE_OF_PATH[path], text
    return "placement", ""


def _recognise_table(fields: list[FieldSuggestion], plans: list[TablePlan]) -> dict[str, Any]:
    """A table's own headers, of fields drafted from it; those every form has (CPR, P-number) last."""
    common = ("citizen.cpr", "site.p_number")
    drafted = [f for f in fields if f.path and f.selectors[0].startswith(("under:", "column:"))]
    drafted.sort(key=lambda f: f.path in common)
    headers = [f.selectors[0].split(":", 1)[1] for f in drafted][:3]
    if not headers:
        return {}
    if any(plan.mode == "items" for plan in plans):
        return {"contains": headers}  # an item's column: selectors read inside items only
    return {"fields": [f"under:{h}" for h in headers]}


def _recognise_pdf(title: str, keys: list[str]) -> dict[str, Any]:
    """The printed title where the form has one, with descriptive field names if any.

    Generic names ("Tekstfelt14") are the same on every form a tool makes, so they tell nothing apart;
    the title printed at the top does. Without a title, the fields that are most likely distinctive.
    """
    if not title:
        return {"fields": _distinctive(keys)}
    named = [k for k in keys if not _GENERIC.fullmatch(k)]
    return {"title": mask_cpr(title), **({"fields": named[:2]} if named else {})}


def _distinctive(keys: list[str]) -> list[str]:
    """Two or three field names likely to tell this form from others: descriptive ones, else the last."""
    named = [k for k in keys if not _GENERIC.fullmatch(k)]
    if len(named) >= 2:
        return named[:3]
    numbered = sorted(
        (k for k in keys if k not in named), key=lambda k: [int(n) for n in re.findall(r"\d+", k)]
    )
    return (named + numbered[::-1])[:3]
