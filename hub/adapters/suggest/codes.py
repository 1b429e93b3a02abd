"""What a case system's bare code most likely means, for a `map` value `hub adapters suggest` leaves TODO.

An export writes an outcome as its code ("ORD", "UDD", "FLX", "01"), with no words, and a benefit as its
ydelseskode ("KH", "SDP"; "KH-AP" the benefit and the visitation in one, as Høje-Taastrup's case system
writes them). A code is no word of the form's wording (`targets`), and a guess drafted from it could
file an end of a placement under the wrong outcome with nothing refused ("AND" is "andet", "anden
virksomhed" or "andet kommunalt tilbud" alike). So a code is never drafted: its TODO says what it most
likely stands for, for the person to check against the case system's code list (decision 0060, "Stop
60: suggest-71"; benefits and visitations "Stop 61: suggest-72"). A dropdown line that prints its words
("01 - Ordinær ansættelse") is drafted from them (`targets.guess_target`).
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
# The ydelseskoder of the simulators and the trials (Gentofte's KH, UH, SDP, LY, RF, SF; Høje-Taastrup's
# KH-AP, SDP, ...; Vesthimmerland's and Struer's SD), their hand-written configs agreeing.
_BENEFIT_CODES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("kh", ("kontanthjaelp",), "kontanthjælp"),
    ("uh", ("uddannelseshjaelp",), "uddannelseshjælp"),
    ("sdp", ("sygedagpenge",), "sygedagpenge"),
    ("sd", ("sygedagpenge",), "sygedagpenge"),
    ("ly", ("ledighedsydelse",), "ledighedsydelse"),
    ("rf", ("ressourceforloebsydelse",), "ressourceforløbsydelse"),
    ("rfy", ("ressourceforloebsydelse",), "ressourceforløbsydelse"),
    ("sf", ("selvforsoergende",), "selvforsørgende"),
)
_VISITATION_CODES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("jp", ("jobparat",), "jobparat"),
    ("ap", ("aktivitetsparat",), "aktivitetsparat"),
    ("up", ("uddannelsesparat",), "uddannelsesparat"),
)
_CODES = {"outcome": _OUTCOME_CODES, "benefit": _BENEFIT_CODES, "visitation": _VISITATION_CODES}
_PART = r"[A-Za-zÆØÅæøå]{2,5}"
_CODE = re.compile(rf"{_PART}(?:\s*[-/]\s*{_PART})?|\d{{1,3}}")  # "KH-AP": a benefit and its visitation


def likely(path: str, value: str) -> str:
    """The TODO comment for a map value that is a bare code: what it most likely stands for, or, for a
    number, where its words are; "" where the value is no code. A benefit's code joined to a visitation's
    ("KH-AP") says both, the visitation's to be mapped too."""
    text = value.strip()
    if path not in _CODES or not _CODE.fullmatch(text):
        return ""
    if text.isdigit():
        return "a code with no words: see the case system's list of its codes"
    first, _, second = re.sub(r"\s*[-/]\s*", "-", text).partition("-")
    guess = _guess(_CODES[path], first if second else text)
    if not guess:
        return ""
    other = _guess(_VISITATION_CODES, second) if second and path == "benefit" else ""
    if second and not other:
        return ""
    also = f"; {other}, the visitation: map it too" if other else ""
    return f"likely {guess}{also}; check the case system's list"


def _guess(table: tuple[tuple[str, tuple[str, ...], str], ...], code: str) -> str:
    """ "kontanthjaelp (KH: kontanthjælp?)": what the code stands for by `table`; "" for a code not in it."""
    for folded, targets, meaning in table:
        if fold(code) == folded:
            which = targets[0] if len(targets) == 1 else f"one of {', '.join(targets)}"
            return f"{which} ({code}: {meaning}?)"
    return ""
