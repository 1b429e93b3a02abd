"""The canonical values a `map` of `hub adapters suggest` drafts from a form's own wording ("Kontanthjælp"
is `kontanthjaelp`, "Virksomheden" `company`): folded keywords, first match wins (`words.has`). A choice's
whole map (`map_targets`, each value it offers), and the visitation a benefit's values name too."""

from __future__ import annotations

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import OPTIONAL_PATHS
from hub.adapters.suggest.words import has, words

# Map targets: (canonical value, keywords in the form's own wording), first match wins.
TARGETS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "benefit": (
        ("uddannelseshjaelp", ("uddannelseshjaelp",)),
        ("kontanthjaelp", ("kontant",)),
        ("sygedagpenge", ("sygedagpenge",)),
        ("ledighedsydelse", ("ledighedsydelse",)),
        ("ressourceforloebsydelse", ("ressourceforloeb",)),
        ("selvforsoergende", ("selvforsoerg", "aegtefaelle")),
        ("unknown", ("ukendt",)),
    ),
    "visitation": (
        ("jobparat", ("jobparat",)),
        ("aktivitetsparat", ("aktivitetsparat",)),
        ("uddannelsesparat", ("uddannelsesparat",)),
    ),
    # English too (an English-language form: "Reason for ending"), each before "=other", which is last.
    "outcome": (
        ("internship_other_company", ("anden virksomhed", "another company", "other company")),
        ("ordinary_job", ("ordinaer", "ordinary")),
        ("flexjob", ("fleksjob", "flex")),
        ("rehabilitation_team", ("rehabilitering", "rehabilitation")),
        ("other_municipal_offer", ("kommunal", "andet tilbud", "municipal")),
        ("education", ("uddannelse", "education")),
        ("long_term_sick", ("syg", "sick", "illness")),
        # Stopped for other reasons (DESIGN.md): "Andet ophør", "Andet", "af andre årsager", "Other"; after
        # every other outcome, so that "Andet kommunalt tilbud" and "Other municipal offer" are that offer.
        (
            "stopped_other",
            ("afbrudt", "stoppet", "anden aarsag", "andre aarsager", "=andet", "=other", "=stopped"),
        ),
    ),
    # "ansat på praktikstedet": employed where the placement is, so by the company (trial-104).
    "mentor.employer": (("company", ("virksomhed", "praktiksted")), ("jobcentre", ("jobcent", "kommune"))),
}


def guess_target(path: str, value: str) -> str:
    """The canonical value a form's own wording most likely means for a map, or "TODO"."""
    for target, keywords in TARGETS.get(path, ()):
        if any(has(value, kw) for kw in keywords):
            return target
    return "TODO"


# The first word of a dropdown's first line that asks for a choice rather than being one ("- vælg -",
# "Vælg visitation", "Select...": a form's placeholder shown until a line is chosen; decision 0060, "Stop
# 74: trial-137"); a first line of dashes or dots alone is one too.
_PROMPTS = frozenset({"vaelg", "select", "choose"})


def _prompt(option: str) -> bool:
    """Whether a dropdown's first line is its placeholder: its first word asks to choose, or it has none."""
    found = words(option)
    return not found or found[0] in _PROMPTS


def map_targets(cand: Candidate, path: str, seen: str | None) -> dict[str, str]:
    """A choice's map: each value its field or column offers, to the canonical value its words say."""
    targets: dict[str, str] = {}
    # A column's dropdown lines too, not only the values its first rows hold: a later export's
    # "03 - Fleksjob" was in no draft (decision 0060, "Stop 60: suggest-71").
    lines = cand.options or (*cand.listed, *cand.column_values) or ((seen,) if seen else ())
    dropdown = len(cand.options or cand.listed) > 1  # a column's first value is no placeholder
    for at, option in enumerate(lines):
        if not option.strip() or (at == 0 and dropdown and _prompt(option)):
            # A dropdown's blank first line, or its placeholder, is no choice: where the field may be
            # empty it is empty (null); else no line, so that a form left so is refused (as the field left
            # empty, or "no mapping for '- vælg -'").
            if path in OPTIONAL_PATHS:
                targets[option.strip()] = ""
            continue
        if option.strip().casefold() not in {k.casefold() for k in targets}:
            targets[option.strip()] = guess_target(path, option)
    return targets


def visitation_from_benefit(fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion]) -> None:
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
