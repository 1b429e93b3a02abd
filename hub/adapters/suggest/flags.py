"""A yes-or-no flag naming one of the mentor's two employers: a case system's `<mentor
virksomhedens="1">`, a column `mentor_i_virksomhed` of `true`/`false`. Its words name the mentor and
one employer ("virksomhed" or "jobcenter"), its values are a flag's: a true value means that employer,
a false one (or an empty one: PHP prints false as "") the other, as one PDF box's words name what a tick
means and its empty state the other (`choices`). Before, the flag was offered as "also looks like
company.name" (its word "virksomhed") and the employer said to be missing from the file, so every
draft of the export was refused (decision 0060, "Stop 62: trial-79")."""

from __future__ import annotations

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.column_values import shown
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import FORM_PATHS, not_drafted
from hub.adapters.suggest.targets import TARGETS
from hub.adapters.suggest.words import has
from hub.schemas.records import canonical_fields

PATH = "mentor.employer"
# How programs print a bool: PHP "1" and "", R and .NET TRUE/True, JSON and XML Schema true, a person ja.
_TRUE = frozenset({"1", "true", "ja", "j", "yes", "y", "sand", "x"})
_FALSE = frozenset({"", "0", "false", "nej", "n", "no", "falsk"})


def employer_flag(
    cand: Candidate, form_type: str, taken: dict[str, FieldSuggestion]
) -> FieldSuggestion | None:
    """The mentor's employer drafted from a flag naming one employer, or None where `cand` is no such
    flag: a `map` of its true values to that employer and a `default` of the other for a false or empty
    one."""
    if PATH not in FORM_PATHS[form_type] or PATH in taken or (found := _flag(cand)) is None:
        return None
    yes, no, targets = found
    result = FieldSuggestion(PATH, [cand.selector], ["map", "default"], targets, cand.where)
    result.seen, result.default = cand.value, no
    result.note = f"a yes-or-no flag: true is {yes}, false or empty {no}"
    taken[PATH] = result
    return result


def optional_flag(cand: Candidate, form_type: str) -> FieldSuggestion | None:
    """Such a flag on a form whose record may hold the employer and needs none (a timesheet's column
    `mentor_i_virksomheden` of R's `TRUE`/`FALSE`), offered for the taking as any such value is, its map
    along; or None. Before, its word "mentor" made it the mentor's name, refused as a yes or no, and the
    draft taken in as it said left the employer out (decision 0060, "Stop 73: trial-130")."""
    if PATH in FORM_PATHS[form_type] or PATH not in canonical_fields(form_type):
        return None
    if (found := _flag(cand)) is None:
        return None
    note = not_drafted(form_type, PATH)  # the map says what true and false mean
    result = FieldSuggestion(None, [cand.selector], ["map"], found[2], cand.where, cand.value, note)
    if len(cand.column_values) > 1 or cand.more_values:
        result.seen_many = shown(cand.column_values, cand.more_values)
    return result


def _flag(cand: Candidate) -> tuple[str, str, dict[str, str]] | None:
    """The employer a flag's true value names, the other, and the map of its spellings, or None where
    `cand` is no yes-or-no flag naming the mentor and one employer."""
    if cand.kind:
        return None
    seen = {v.strip() for v in (cand.value or "", *cand.column_values)}
    said = {v.casefold() for v in seen}
    if not said <= _TRUE | _FALSE or not said & _TRUE:
        return None  # a flag holds flags only, and its true value is seen, else what it means is unknown
    # An attribute's words are its own and its element's (`virksomhedens` on `<mentor>`).
    texts = [w for t in cand.texts if has(w := f"{cand.heading} {t}", "mentor")]
    employers = TARGETS[PATH]
    for text in texts:
        named = [target for target, words in employers if any(has(text, w) for w in words)]
        if len(named) == 1:
            (yes,) = named
            (no,) = [target for target, _ in employers if target != yes]
            # each spelling as the file writes it (`TRUE`), true ones first
            targets = {v: yes for v in sorted(seen) if v.casefold() in _TRUE}
            targets |= {v: no for v in sorted(seen) if v and v.casefold() in _FALSE}
            return yes, no, targets
    return None


def later_flag(suggestion: FieldSuggestion, value: str) -> str | None:
    """The employer a later record's value of a flag drafted by `employer_flag` means (the first record's
    `1` mapped, the second's `0` the default's employer), or None where `suggestion` is no such flag or
    `value` no flag's value."""
    if suggestion.path != PATH or suggestion.default is None:
        return None
    if not all(k.casefold() in _TRUE | _FALSE for k in suggestion.targets):
        return None  # a map of words, not of a flag's spellings
    yes = {t for k, t in suggestion.targets.items() if k.casefold() in _TRUE}
    said = value.strip().casefold()
    if said in _TRUE and len(yes) == 1:
        return yes.pop()
    return suggestion.default if said in _FALSE else None
