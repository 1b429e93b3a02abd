"""The canonical values a `map` of `hub adapters suggest` drafts from a form's own wording ("Kontanthjælp"
is `kontanthjaelp`, "Virksomheden" `company`): folded keywords, first match wins (`words.has`)."""

from __future__ import annotations

from hub.adapters.suggest.words import has

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
