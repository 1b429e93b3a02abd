"""What a case system's bare code most likely means, for a `map` value `hub adapters suggest` leaves TODO.

An export writes an outcome as its code ("ORD", "UDD", "FLX", "01"), with no words. A code is no word of
the form's wording (`targets`), and a guess drafted from it could file an end of a placement under the
wrong outcome with nothing refused ("AND" is "andet", "anden virksomhed" or "andet kommunalt tilbud"
alike). So a code is never drafted: its TODO says what it most likely stands for, for the person to
check against the case system's code list (decision 0060, "Stop 60: suggest-71"). A dropdown line that
prints its words ("01 - Ordinær ansættelse") is drafted from them (`targets.guess_target`).
"""

from __future__ import annotations

import re

from hub.adapters.suggest.words import fold

# (folded code, the outcomes it may stand for, the words it is short for): the codes of the case systems
# the trials met (Høje-Taastrup's ORD, UDD, FLEX, REHAB, KOMM, PRAK, SYG, STOP; Gentofte's job, udd,
# rehab; Fanø's and Thisted's ORD, UDD, AND), their hand-written configs agreeing, and a few more.
_OUTCOME_CODES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("ord", ("ordinary_job",), "ordinær ansættelse"),
    ("ans", ("ordinary_job",), "ansættelse"),
    ("job", ("ordinary_job",), "ordinært job"),
    ("udd", ("education",), "uddannelse"),
    ("flx", ("flexjob",), "fleksjob"),
    ("fleks", ("flexjob",), "fleksjob"),
    ("flex", ("flexjob",), "fleksjob"),
    ("fj", ("flexjob",), "fleksjob"),
    ("reh", ("rehabilitation_team",), "rehabiliteringsteam"),
    ("rehab", ("rehabilitation_team",), "rehabiliteringsteam"),
    ("kom", ("other_municipal_offer",), "kommunalt tilbud"),
    ("komm", ("other_municipal_offer",), "kommunalt tilbud"),
    ("prak", ("internship_other_company",), "praktik i anden virksomhed"),
    ("syg", ("long_term_sick",), "sygemeldt"),
    ("afb", ("stopped_other",), "afbrudt"),
    ("stop", ("stopped_other",), "stoppet"),
    ("and", ("stopped_other", "internship_other_company", "other_municipal_offer"), "andet, anden"),
)
_CODE = re.compile(r"[A-Za-zÆØÅæøå]{2,5}|\d{1,3}")


def likely(path: str, value: str) -> str:
    """The TODO comment for a map value that is a bare code: what it most likely stands for, or, for a
    number, where its words are; "" where the value is no code."""
    text = value.strip()
    if path != "outcome" or not _CODE.fullmatch(text):
        return ""
    if text.isdigit():
        return "a code with no words: see the case system's list of its codes"
    for code, outcomes, meaning in _OUTCOME_CODES:
        if fold(text) == code:
            which = outcomes[0] if len(outcomes) == 1 else f"one of {', '.join(outcomes)}"
            return f"likely {which} ({text}: {meaning}?); check the case system's list"
    return ""
