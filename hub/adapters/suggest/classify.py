"""One value of a form drafted as a field for `hub adapters suggest`: the path its words or value
suggest, the transforms, and, where it is not a field of the form type or its path is taken already, the
comment that says why it is left commented out.

`draft.suggest` calls `classify` for every candidate value in document order, so the first value to
claim a path keeps it and a later one is weighed against it (a code beside its display text, an
attribute beside its element, the second half of a name).
"""

from __future__ import annotations

from hub.adapters.suggest.candidates import LATER_COPY, Candidate
from hub.adapters.suggest.choices import classify_choice
from hub.adapters.suggest.column_values import shown
from hub.adapters.suggest.epoch_columns import EPOCH_ARGS, epoch_counts, squash_values
from hub.adapters.suggest.fields import FieldSuggestion, is_cpr
from hub.adapters.suggest.flags import employer_flag, optional_flag
from hub.adapters.suggest.form_paths import FORM_PATHS, OPTIONAL_PATHS, not_drafted
from hub.adapters.suggest.heading_yields import give_way, yields
from hub.adapters.suggest.marks import dropdown_marks
from hub.adapters.suggest.not_its_value import NO_FLAGS, no_value_of, yes_or_no
from hub.adapters.suggest.planned import gives_way
from hub.adapters.suggest.sections import in_section, section_of
from hub.adapters.suggest.split_parts import middle_name
from hub.adapters.suggest.targets import map_targets
from hub.adapters.suggest.utc_midnights import UTC_ARGS, UTC_NOTE, utc_midnights
from hub.adapters.suggest.values import date_like, value_hint, value_transforms
from hub.adapters.suggest.week_values import MONTHS_NOTE, month_names
from hub.adapters.suggest.words import FILLED_BY, guess_path, has, words
from hub.adapters.suggest.xml_fields import (
    attribute_of,
    code_of,
    no_value_seen,
    prefer_attribute,
    prefer_code,
)
from hub.schemas.records import canonical_fields


def classify(cand: Candidate, form_type: str, taken: dict[str, FieldSuggestion]) -> FieldSuggestion | None:
    """The draft of one value's field, its guess or why it is only a comment; None when it joins a field
    drafted before (the second half of a name). A field guessed goes into `taken` by its path."""
    if cand.kind:
        return classify_choice(cand, form_type, taken)
    seen = cand.value.strip() if cand.value else cand.value
    if any(has(text, word) for text in cand.texts for word in FILLED_BY):
        # Before the words: "Udfyldt af (praktikstedet)" names no site, and no signer (`words.FILLED_BY`).
        note = "who filled the form in, which no record holds (signed_by is who signed it)"
        return FieldSuggestion(None, [cand.selector], where=cand.where, seen=seen, note=note)
    if (flag := employer_flag(cand, form_type, taken) or optional_flag(cand, form_type)) is not None:
        return flag
    own_guess = guess = next((g for text in cand.texts if text and (g := guess_path(text))), None)
    guess, moved, section = in_section(cand.texts, guess, cand.heading)
    # Whose value the heading says: said where the value sits, so that the person sees why.
    where = "; ".join(w for w in (cand.where, f'under "{cand.heading.strip()}"' if moved else "") if w)
    commented = FieldSuggestion(None, [cand.selector], where=where, seen=seen, note=section)
    # A later row holds another value: name them (not CPR numbers: a list of them is no help and,
    # shortened to fit the comment, would cut one mid-number).
    if (len(cand.column_values) > 1 or cand.more_values) and not (seen and is_cpr(seen)):
        commented.seen_many = shown(cand.column_values, cand.more_values)
    elif cand.column_values and not seen and not is_cpr(cand.column_values[0]):
        # The first row's cell is empty and a later row's is not (a remark only one visit has): "seen:
        # (empty)" said the column held nothing.
        commented.seen_many = shown(cand.column_values, False)
    if (guess is None or guess[0] == "citizen.name") and seen and is_cpr(seen):
        guess, commented.note = ("citizen.cpr", ("digits",)), "guessed from the value"
    if guess is None and _signature_date(cand, seen, form_type, taken):
        guess, commented.note = ("signed_on", ("date",)), "a date labelled Dato after the signature"
    if guess is None:
        commented.note = section or value_hint(seen) or "not recognised"
        return commented
    path, transforms = guess
    if path == "period.end" and form_type == "placement_end":
        path = "ended_on"
    if path == "entries":
        commented.note = "one row of a repeated list: write a [[forms.lists]] for entries (week, hours)"
        if month_names(cand.column_values or (seen or "",)):
            commented.note = MONTHS_NOTE  # `Uge` over januar, februar: months, never drafted as weeks
        return commented
    if path == "company.name" and _as_site(cand, form_type):
        path = "site.name"
        commented.where = "; ".join(w for w in (commented.where, f'under "{cand.heading.strip()}"') if w)
    # Nor is a boolean a name, a note or a phone, whether the record holds it or not: table_to_xml's
    # column "Mentor godkendt" (`true`) before "Mentor" took the mentor's name (decision 0060, "Stop 63:
    # trial-84"), and fast-csv's "Telefonisk" (`false`, `true`: a visit by phone) was offered as the
    # caseworker's phone ("Stop 71: trial-119").
    if path.endswith(NO_FLAGS) and seen and yes_or_no(seen, cand.column_values):
        commented.note = f"looks like {path}, but the value is {seen}, a yes or no"
        return commented
    if path not in FORM_PATHS[form_type]:
        # A path the record may hold is offered for the taking: not for a value that cannot be its
        # (dicttoxml's `<borger_deltog type="bool">true</...>` offered as the citizen's name, and taken
        # beside the name itself, clashed: decision 0060, "Stop 71: trial-120").
        commented.note = no_value_of(path, transforms, seen) or not_drafted(form_type, path)
        if "map" in transforms and path in canonical_fields(form_type):
            # A choice the record may hold, taken in as the note says, refused every word it read
            # (`<ansat-hos>virksomhed</ansat-hos>`: trial-87): the comment carries its map too.
            commented.transforms, commented.targets = ["map"], map_targets(cand, path, seen)
        return commented
    yielded = False
    if path in taken and gives_way(taken[path], (*cand.texts, cand.where), taken):
        pass  # the planned day drafted above gives the path to this, the actual one
    elif not moved and (yielded := yields(path, taken, FORM_PATHS[form_type])):
        pass  # a value drafted above by its heading only goes back to its own words' path (below)
    elif path in taken:
        other = taken[path]
        # Two parts, or three with a middle name (`Fornavn`, `Mellemnavn`, `Efternavn`).
        parts = 3 if any(middle_name(s) for s in (*other.selectors, cand.selector)) else 2
        if transforms == ("join",) and other.transforms == ["join"] and len(other.selectors) < parts:
            other.selectors.append(cand.selector)
            other.seen = " ".join(s for s in (other.seen, seen) if s)
            return None
        if code_of(cand.selector, other.selectors[0]):
            return prefer_code(cand, seen, other, commented)
        # A program's word for no value (`<arbejdssted navn="...">None</arbejdssted>`, Python's `str(None)`)
        # is no value either: it never wins over the attribute's (decision 0060, "Stop 73: fixes-128").
        if (
            seen
            and not no_value_seen(seen)
            and no_value_seen(other.seen)
            and attribute_of(cand.selector, other.selectors[0])
        ):
            return prefer_attribute(cand, seen, other, commented)
        if code_of(other.selectors[0], cand.selector):
            commented.note = f"the display text of the code {other.selectors[0]}, drafted above"
            return commented
        commented.note = f"also looks like {path}, taken above by {other.selectors[0]}"
        return commented
    if (unlike := no_value_of(path, transforms, seen)) is not None:
        commented.note = unlike
        return commented
    if "date" in transforms and seen and epoch_counts(cand.column_values or (seen,)):
        transforms = tuple("epoch_date" if t == "date" else t for t in transforms)  # getTime()'s days
    elif "date" in transforms and seen and squash_values(cand.column_values or (seen,)):
        transforms = tuple("squash_date" if t == "date" else t for t in transforms)  # fwrite's squash
    if "date" in transforms and seen and not date_like(seen):
        commented.note = f"looks like {path}, but the value is no date"  # "Bevilget timer": 4
        return commented
    # A mark offered as a dropdown of words ("4 - Godt"): each line mapped to its mark, then a number.
    lines = cand.options or cand.listed  # a field's dropdown, or its column's
    targets = dropdown_marks(lines, cand.column_values) if path.startswith("scores.") else {}
    if targets:
        transforms = ("map", "integer")
    elif "map" in transforms:
        targets = map_targets(cand, path, seen)
    chosen = list(transforms) or value_transforms(path, seen)
    result = FieldSuggestion(
        path, [cand.selector], chosen, targets, where, seen, commented.note, path in OPTIONAL_PATHS
    )
    result.seen_many, result.more_values = commented.seen_many, cand.more_values
    if chosen[:1] in (["epoch_date"], ["squash_date"]):  # the zone written out, for the author to check
        result.args = dict(EPOCH_ARGS)
    elif chosen[:1] == ["date"] and utc_midnights(cand.column_values or (seen or "",)):  # a UTC midnight
        result.args, result.note = dict(UTC_ARGS), UTC_NOTE
    if moved and own_guess is not None and own_guess[0] != path:  # narrowed by its heading
        result.own_guess = (*own_guess, cand.where)
    if yielded:  # the value drafted by its heading goes back to its own words' path
        give_way(path, taken)
    taken[path] = result
    return result


def _as_site(cand: Candidate, form_type: str) -> bool:
    """Whether a company's name is the site's: under a heading naming the company ("2.
    Praktikvirksomheden" over "Virksomhedens navn"), on a form whose record has no company but the site
    it is at (an end of a placement: twenty-first trial, decision 0060 "Stop 59: suggest-69")."""
    fields = canonical_fields(form_type)
    section = section_of(cand.heading) if cand.heading else None
    return (
        "company.name" not in fields
        and "site.name" in fields
        and section is not None
        and section[0] == "company"
    )


def _signature_date(
    cand: Candidate, seen: str | None, form_type: str, taken: dict[str, FieldSuggestion]
) -> bool:
    """A date labelled only "Dato" after the signature ("Kvitteret af mentor: ..., Dato: ...") is the
    day it was signed: the label says nothing more, its place does. Not in an XML export a value in a
    later copy of a repeated element (`d:forloeb[2]/d:besoeg/@dato`): the next record's visit, which
    follows the first record's signer in the file but is no day of that signature."""
    labels = [words(text) for text in cand.texts if text]
    return (
        not (cand.selector.startswith("/") and LATER_COPY.search(cand.selector))
        and "signed_by" in taken
        and "signed_on" not in taken
        and "signed_on" in FORM_PATHS[form_type]
        and bool(seen and date_like(seen))
        and ["dato"] in labels
    )
