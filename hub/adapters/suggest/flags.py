"""A yes-or-no flag naming one of the mentor's two employers: a case system's `<mentor
virksomhedens="1">`, a column `mentor_i_virksomhed` of `true`/`false`. Its words name the mentor and
one employer ("virksomhed" or "jobcenter"), its values are a flag's: a true value means that employer,
a false one (or an empty one: PHP prints false as "") the other, as one PDF box's words name what a tick
means and its empty state the other (`choices`). Before, the flag was offered as "also looks like
company.name" (its word "virksomhed") and the employer said to be missing from the file, so every
draft of the export was refused (decision 0060, "Stop 62: trial-79")."""

from __future__ import annotations

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import FORM_PATHS, not_drafted
from hub.adapters.suggest.targets import TARGETS
from hub.adapters.suggest.words import has

PATH = "mentor.employer"
# How programs print a bool: PHP "1" and "", R and .NET TRUE/True, JSON and XML Schema true, a person ja.
_TRUE = frozenset({"1", "true", "ja", "j", "yes", "y", "sand", "x"})
_FALSE = frozenset({"", "0", "false", "nej", "n", "no", "falsk"})


def employer_flag(
    cand: Candidate, form_type: str, taken: dict[str, FieldSuggestion]
) -> FieldSuggestion | None:
    """The mentor's employer drafted from a flag naming one employer, or None where `cand` is no such
    flag: a `map` of its true values to that employer and a `default` of the other for a false or empty
    one. On a form whose record may hold the employer without needing it (a timesheet), the flag is
    offered as that, its map in the comment: a Super CSV `FmtBool("ja", "nej")` column
    `mentorIVirksomheden` was offered as the mentor's name instead (decision 0060, "Stop 73:
    trial-128")."""
    drafted = PATH in FORM_PATHS[form_type]
    if PATH in taken or cand.kind or (not drafted and not_drafted(form_type, PATH).endswith("does not have")):
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
            if not drafted:  # an empty value is left out there, as the field is taken in optional
                note = not_drafted(form_type, PATH)  # the map says which is which
                return FieldSuggestion(None, [cand.selector], ["map"], targets, cand.where, cand.value, note)
            result = FieldSuggestion(PATH, [cand.selector], ["map", "default"], targets, cand.where)
            result.seen, result.default = cand.value, no
            result.note = f"a yes-or-no flag: true is {yes}, false or empty {no}"
            taken[PATH] = result
            return result
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
