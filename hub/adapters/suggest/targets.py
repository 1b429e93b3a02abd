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
    "outcome": (
        ("internship_other_company", ("anden virksomhed",)),
        ("ordinary_job", ("ordinaer",)),
        ("flexjob", ("fleksjob",)),
        ("rehabilitation_team", ("rehabilitering",)),
        ("other_municipal_offer", ("kommunal", "andet tilbud")),
        ("education", ("uddannelse",)),
        ("long_term_sick", ("syg",)),
        # Stopped for other reasons (DESIGN.md): "Andet ophør", "Andet", "af andre årsager"; after every
        # other outcome, so that "Andet kommunalt tilbud" is still that offer.
        ("stopped_other", ("afbrudt", "stoppet", "anden aarsag", "andre aarsager", "=andet")),
    ),
    "mentor.employer": (("company", ("virksomhed",)), ("jobcentre", ("jobcent", "kommune"))),
}


def guess_target(path: str, value: str) -> str:
    """The canonical value a form's own wording most likely means for a map, or "TODO"."""
    for target, keywords in TARGETS.get(path, ()):
        if any(has(value, kw) for kw in keywords):
            return target
    return "TODO"
