"""Drafts for PDF choices: a group of boxes becomes `checked`, a radio group `map`, one box `checked` with
the value its empty state means.

A box's field name and export value ("Afkrydsningsfelt3", "Yes", "Valg2") say nothing; the words printed
beside it do ("Sygedagpenge"). The canonical field comes from the group's caption or shared tooltip
("Ydelse", "Fremmøde: 1"..."Fremmøde: 5"), else from the printed words themselves: the field whose
values most of them name. A single box never gets `"Yes" = TODO`: its printed words name what a tick
means, and a field with two values (the mentor's employer) gives the other one to the empty box.
"""

from __future__ import annotations

from collections import Counter

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import FORM_PATHS, OPTIONAL_PATHS, not_drafted
from hub.adapters.suggest.marks import mark_of
from hub.adapters.suggest.targets import TARGETS, guess_target
from hub.adapters.suggest.words import guess_path, has

_YES_NO = {"ja": True, "nej": False, "yes": True, "no": False}  # a button's printed answer


def classify_choice(cand: Candidate, form_type: str, taken: dict[str, FieldSuggestion]) -> FieldSuggestion:
    """The field a group of boxes, a radio group or one box drafts, or a commented one saying why not."""
    selectors = [cand.selector] if cand.kind == "radio" else list(cand.keys)
    commented = FieldSuggestion(
        None, selectors, where=cand.where, seen=cand.value, printed=dict(cand.printed)
    )
    single = cand.kind == "boxes" and len(cand.keys) == 1
    path = _path(cand, single)
    what = "one box" if single else "a radio group" if cand.kind == "radio" else "a group of boxes"
    if path is None:
        commented.note = f"{what}: its words name no canonical field{_single_hint(single)}"
        return commented
    if path not in FORM_PATHS[form_type]:
        commented.note = f"{what} {not_drafted(form_type, path)}"
        return commented
    if path in taken:
        commented.note = f"{what} that also looks like {path}, taken above by {taken[path].selectors[0]}"
        return commented
    optional = path in OPTIONAL_PATHS
    # Words printed alike beside two choices tell neither apart ("i virksomheden i jobcentret" beside
    # each button, a reader that took the line under a row of buttons as each one's words): the
    # choice's own export value is looked at instead (decision 0060, "Stop 60: trial-71").
    said = Counter(text for _, text in cand.printed)
    targets = {
        key: _target(path, key if said[text] > 1 else text, n)
        for n, (key, text) in enumerate(cand.printed, 1)
    }
    targets.update(_answers(path, cand))
    score = path.startswith("scores.")
    if cand.kind == "radio":
        # A button without printed words: its export value may say it; a mark's button is its digit
        # (`1`..`5`, the marks printed once above the column), else its place in the row.
        for n, option in enumerate(cand.options, 1):
            targets.setdefault(option, _target(path, option, n) if score else guess_target(path, option))
        if optional:
            targets["Off"] = ""  # no button chosen: no value
        # A mark is a number: the map gives its digit as text, which the record would refuse.
        transforms = ["map", "integer"] if score else ["map"]
        result = FieldSuggestion(path, selectors, transforms, targets, cand.where, cand.value, "", optional)
    else:
        default = "" if optional else None
        if single:
            default = _other(path, targets[cand.keys[0]])
            if default is None or targets[cand.keys[0]] == "TODO":
                commented.note = f"one box like {path}, but what its empty state means is not known"
                commented.note += _single_hint(True)
                return commented
        transforms = ["checked", "integer"] if score else ["checked"]
        result = FieldSuggestion(path, selectors, transforms, targets, cand.where, cand.value, "", optional)
        result.default = default
    result.printed = dict(cand.printed)
    taken[path] = result
    return result


def _single_hint(single: bool) -> str:
    if not single:
        return ""
    return '; write checked with values = { box = "<ticked>" } and default = "<empty>"'


def _path(cand: Candidate, single: bool) -> str | None:
    """The canonical field: from the caption or shared tooltip, else the one most printed words name."""
    for text in cand.texts:
        guess = guess_path(text) if text else None
        if guess and (guess[0] in TARGETS or guess[0].startswith("scores.")):
            return guess[0]
        if guess and single:
            return _under_heading(cand, text)  # one box whose words name a text field: not a choice...
    votes = {path: sum(guess_target(path, text) != "TODO" for _, text in cand.printed) for path in TARGETS}
    best = max(votes, key=lambda p: votes[p])
    enough = votes[best] >= 2 or (votes[best] >= 1 and len(cand.printed) == 1)
    return best if enough else None


def _under_heading(cand: Candidate, text: str) -> str | None:
    """...unless its section heading makes its words a choice's: "Ansat i virksomheden" (the company's
    name, said alone) under "Mentor" is the mentor's employer, as "Mentor er ansat i virksomheden" is
    (decision 0060, "Stop 69: trial-113"). None where the heading does not (a box "Underskrift")."""
    guess = guess_path(f"{cand.heading} {text}") if cand.heading.strip() else None
    return guess[0] if guess and guess[0] in TARGETS else None


def _target(path: str, text: str, position: int) -> str:
    """A choice's canonical value; a score's is the digit printed beside it, else its position."""
    if path.startswith("scores."):
        return mark_of(text, position)
    return guess_target(path, text)


def _answers(path: str, cand: Candidate) -> dict[str, str]:
    """A yes/no question's answers, where the question names one of its field's two values: "Er mentor
    ansat i jobcentret?" with buttons "Ja" and "Nej" is jobcentre for "Ja" and company for "Nej", as one
    box's words name what a tick means and its empty state the other (decision 0060, "Eleventh trial").
    A question naming both values, or neither, leaves the answers to the person (TODO)."""
    answers = {key: _YES_NO.get(text.strip().casefold()) for key, text in cand.printed}
    if not answers or None in answers.values() or len(set(answers.values())) != 2:
        return {}
    for text in cand.texts:
        named = {target for target, words in TARGETS.get(path, ()) if any(has(text, w) for w in words)}
        if len(named) == 1:
            (yes,) = named
            no = _other(path, yes)
            return {key: yes if said else no or "TODO" for key, said in answers.items()}
    return {}


def _other(path: str, ticked: str) -> str | None:
    """The value an empty single box means: the other of a field's two values (company/jobcentre)."""
    values = [target for target, _ in TARGETS.get(path, ())]
    if len(values) == 2 and ticked in values:
        return values[1 - values.index(ticked)]
    return "" if path in OPTIONAL_PATHS else None
