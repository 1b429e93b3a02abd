"""The word tables of `hub adapters suggest`: field texts to canonical paths, values to enum targets.

Texts are folded before matching (case, accents, æ→ae, ø→oe, å→aa, camelCase and punctuation split), so
"CPR-nummer", "Borger.CPR" and "cprNr" all hold the word "cpr". A keyword written with a leading "=" must
be whole words ("=til" does not match "stilling"); any other keyword may sit inside a compound word
("slut" in "Slutdato"), compared with the spaces taken out ("p-nr." holds "pnr").
"""

from __future__ import annotations

import re
import unicodedata

from hub.schemas.records import canonical_fields

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})

# (alternatives: each a tuple of keywords that must all match, canonical path, transforms); first match wins.
Rule = tuple[tuple[tuple[str, ...], ...], str, tuple[str, ...]]
RULES: tuple[Rule, ...] = (
    # OIO XML, the public sector's shared schemas, names the CPR number `PersonCivilRegistrationIdentifier`
    # and the P-number `ProductionUnitIdentifier` (in its CPR and CVR namespaces): English words, no "cpr".
    ((("cpr",), ("civil registration",)), "citizen.cpr", ("digits",)),
    ((("cvr",),), "company.cvr", ("digits",)),
    # "Produktionsenhed nr." is the P-number's official name ("produktionsenhedsnummer").
    (
        (
            ("pnr",),
            ("pnummer",),
            ("produktionsenhed", "=nr"),
            ("produktionsenhedsnummer",),
            ("production unit",),
        ),
        "site.p_number",
        ("digits",),
    ),
    ((("email",), ("=mail",)), "caseworker.email", ("lower",)),  # as every adapter keeps it
    ((("telefon",), ("=tlf",), ("phone",)), "caseworker.phone", ("phone",)),
    ((("fornavn",), ("first name",)), "citizen.name", ("join",)),
    ((("efternavn",), ("last name",)), "citizen.name", ("join",)),
    ((("mellemnavn",), ("middle name",)), "citizen.name", ("join",)),
    ((("dato", "bevilget"), ("dato", "bevilling")), "granted_on", ("date",)),
    # A progress report's day is the day the site assessed the citizen: "Vurderet den", "Vurderingsdato",
    # "Dato for vurdering" as often as "Målt" ("Vurderet af", a name, is no date and stays a comment).
    ((("maalt",), ("maaling",), ("=vurderet",), ("vurdering", "dato")), "measured_on", ("date",)),
    ((("dato", "afslut"), ("dato", "ophoer")), "ended_on", ("date",)),
    # A case system's export says a mentor signed with "Godkendt af mentor" and "Godkendt dato".
    ((("underskr", "dato"), ("godkendt", "dato")), "signed_on", ("date",)),
    # A mentor signs a timesheet by "Kvitteret af mentor" as often as by "Underskrevet af".
    ((("underskr",), ("kvitter",), ("=godkendt af",)), "signed_by", ()),
    (
        (("timer pr uge",), ("ugentlige timer",), ("timer uge",), ("timer om ugen",), ("timer i ugen",)),
        "hours_per_week",
        ("hours",),
    ),
    ((("timepris",), ("timesats",), ("=sats",)), "hourly_rate_dkk", ("money",)),
    ((("=i alt",), ("=total",)), "total_hours", ("hours",)),
    ((("fremmoede",), ("stabilitet",)), "scores.attendance", ("integer",)),
    ((("punktlig",),), "scores.punctuality", ("integer",)),
    ((("samarbejde",),), "scores.cooperation", ("integer",)),
    ((("opgaveloesning",),), "scores.task_solving", ("integer",)),
    ((("selvstaendig",),), "scores.independence", ("integer",)),
    ((("bemaerkning",), ("=note",), ("=noter",)), "note", ()),
    ((("formaal",),), "purpose", ()),
    ((("aarsag",), ("resultat",), ("afslutning",)), "outcome", ("map",)),
    ((("ydelse",),), "benefit", ("map",)),
    ((("visitation",), ("match",)), "visitation", ("map",)),
    ((("mentor", "ansat"), ("mentor", "arbejdsgiver"), ("=ansat hos",)), "mentor.employer", ("map",)),
    ((("mentor",),), "mentor.name", ()),
    # A job centre's caseworker is as often called its "jobkonsulent" or "rådgiver" on a form. Case systems
    # shorten the word to "Sagsbeh." and "SB" (`SB_Navn` under the heading "Sagsbehandler", labelled only
    # "Navn"); "SB" alone names too little, so only with "navn".
    ((("sagsbeh",), ("jobkonsulent",), ("raadgiver",), ("=sb", "=navn")), "caseworker.name", ()),
    # A company's site is its "afdeling" (Virksomhed.Afdeling): before "virksomhed" would take it; OIO's
    # CVR schema names it the production unit's name (`ProduktionsEnhed/Navn`).
    ((("arbejdssted",), ("praktiksted",), ("afdeling",), ("produktionsenhed", "navn")), "site.name", ()),
    ((("virksomhed",),), "company.name", ()),
    # "Borger" alone heads a column of names, as "Mentor" does (a CPR number under it is taken as one).
    (
        (("navn", "borger"), ("navn", "praktikant"), ("navn", "deltager"), ("name", "citizen"), ("=borger",)),
        "citizen.name",
        (),
    ),
    # "Bevilget fra" / "Bevilget til" is the period granted, not the day it was granted on.
    ((("=bevilget", "=fra"),), "period.start", ("date",)),
    ((("=bevilget", "=til"),), "period.end", ("date",)),
    # "Bevilget" alone (a column of grant dates): after every rule a longer text would meet first.
    ((("=bevilget",),), "granted_on", ("date",)),
    # "Første praktikdag" / "Sidste praktikdag": the day's kind written into the word
    ((("start",), ("=fra",), ("fradato",), ("begynd",), ("foerste", "dag")), "period.start", ("date",)),
    ((("slut",), ("=til",), ("tildato",), ("ophoer",), ("sidste", "dag")), "period.end", ("date",)),
    ((("=uge",),), "entries", ("week",)),
)

# Section headings printed above a block of labels ("Borger", "Praktiksted", "Mentor", "Jobcenter" over
# "Navn", "Telefon", "E-mail"): whose value a label names (`sections`). Whole words, so that a title's
# "virksomhedspraktik" heads nothing; the first match wins. A role's third item: whose else a bare "Navn"
# under such a heading may be, said as a TODO beside the drafted path ("" where it is sure).
SECTIONS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("=mentor", "=mentoren", "=mentorens", "mentoroplysninger"), "mentor", ""),
    (("=sagsbehandler", "=sagsbehandleren", "=jobkonsulent", "=raadgiver", "=caseworker"), "caseworker", ""),
    (
        ("=jobcenter", "=jobcentret", "=jobcenteret", "=jobcentrets", "=kommunen", "=kommunens"),
        "caseworker",
        "the job centre's own name",
    ),
    (("praktiksted", "arbejdssted", "=afdeling", "produktionsenhed", "=site", "=workplace"), "site", ""),
    (
        (
            "=virksomhed",
            "=virksomheden",
            "=virksomhedens",
            "virksomhedsoplysninger",
            "=arbejdsgiver",
            "=arbejdsgiveren",
            "=arbejdsgiverens",
            "=firma",
            "=company",
            "=employer",
        ),
        "company",
        "its contact person's, which no record holds",
    ),
    (
        (
            "=borger",
            "=borgeren",
            "=borgerens",
            "borgeroplysninger",
            "personoplysninger",
            "=deltager",
            "=deltageren",
            "=praktikant",
            "=praktikanten",
            "=citizen",
            "=ledige",
        ),
        "citizen",
        "",
    ),
)
# What a role-free label ("Navn", "Telefon", "E-mail") is under each role's heading; None: no record holds
# it (a mentor's phone), so the draft says whose it is instead of the label's own guess (the caseworker's).
SECTION_PATHS: dict[str, dict[str, str | None]] = {
    "citizen": {"name": "citizen.name", "phone": None, "email": None},
    "company": {"name": "company.name", "phone": None, "email": None},
    "site": {"name": "site.name", "phone": None, "email": None},
    "mentor": {"name": "mentor.name", "phone": None, "email": None},
    "caseworker": {"name": "caseworker.name", "phone": "caseworker.phone", "email": "caseworker.email"},
}
# The label's kind by the path its own words give (or "navn" alone): what a heading can make someone's.
LABEL_KINDS = {
    "caseworker.phone": "phone",
    "caseworker.email": "email",
    **{f"{role}.name": "name" for role in SECTION_PATHS},
}
# A heading that narrows the label's own role: "Virksomhed" under "Praktiksted" is the site's name.
NARROWER = frozenset({("company", "site")})

FORM_TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mentor_hours", ("mentortimer", "timeseddel", "ugeseddel", "timeregistrering")),
    ("placement_end", ("afslut", "ophoer")),
    ("progress_report", ("progression", "fremmoede")),
    ("mentor_support", ("mentorstoette", "bevilling")),
)

_SCORES = ("attendance", "punctuality", "cooperation", "task_solving", "independence")
FORM_PATHS: dict[str, tuple[str, ...]] = {
    "placement": (
        "citizen.cpr",
        "citizen.name",
        "company.cvr",
        "company.name",
        "site.p_number",
        "site.name",
        "period.start",
        "period.end",
        "hours_per_week",
        "benefit",
        "visitation",
        "mentor.name",
        "mentor.employer",
        "caseworker.name",
        "caseworker.email",
        "caseworker.phone",
        "purpose",
    ),
    "mentor_support": (
        "citizen.cpr",
        "site.p_number",
        "mentor.name",
        "mentor.employer",
        "hours_per_week",
        "hourly_rate_dkk",
        "period.start",
        "period.end",
        "granted_on",
    ),
    "mentor_hours": (
        "citizen.cpr",
        "site.p_number",
        "mentor.name",
        "entries",
        "total_hours",
        "signed_by",
        "signed_on",
    ),
    "progress_report": (
        "citizen.cpr",
        "site.p_number",
        "measured_on",
        *(f"scores.{s}" for s in _SCORES),
        "note",
    ),
    "placement_end": ("citizen.cpr", "site.p_number", "ended_on", "outcome", "note"),
}
OPTIONAL_PATHS = frozenset({"note", "purpose", "visitation"})
# Of those, the ones the record must hold, as null when the form leaves them empty: drafted `nullable`,
# since `optional` would leave them out and every such document would be rejected.
NULLABLE_PATHS = frozenset({"visitation"})


def not_drafted(form_type: str, path: str) -> str:
    """Why a value that looks like `path` is left a comment on a form type the draft does not give it: the
    record has no such field, or may carry it though it needs none (the citizen's name on a grant or a
    placement's end, which every record may hold: "does not have" sent people to drop it)."""
    if path in canonical_fields(form_type):
        return f"looks like {path}, which a {form_type} record may hold (optional)"
    return f"looks like {path}, which a {form_type} record does not have"


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
        ("stopped_other", ("afbrudt", "stoppet", "anden aarsag")),
    ),
    "mentor.employer": (("company", ("virksomhed",)), ("jobcentre", ("jobcent", "kommune"))),
}


def fold(text: str) -> str:
    """Lower-case, Danish letters spelt out, other accents dropped."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_DANISH))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Split a field text into folded words: camelCase, digits and punctuation separate them."""
    text = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", " ", text)
    return re.findall(r"[a-z]+|\d+", fold(text))


def has(text: str, keyword: str) -> bool:
    """Tell whether a folded keyword occurs in a text (see the module docstring for '=')."""
    found = words(text)
    if keyword.startswith("="):
        return f" {keyword[1:]} " in f" {' '.join(found)} "
    return keyword.replace(" ", "") in "".join(found)


def guess_path(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The canonical path and transforms the first matching rule gives a field's texts, or None."""
    for alternatives, path, transforms in RULES:
        if any(all(has(text, kw) for kw in words_needed) for words_needed in alternatives):
            return path, transforms
    return None


def guess_form_type(text: str) -> tuple[str, str]:
    """The form type the words of a whole document suggest, and the word that decided it."""
    for form_type, keywords in FORM_TYPE_WORDS:
        for keyword in keywords:
            if has(text, keyword):
                return form_type, keyword
    return "placement", ""


def guess_target(path: str, value: str) -> str:
    """The canonical value a form's own wording most likely means for a map, or "TODO"."""
    for target, keywords in TARGETS.get(path, ()):
        if any(has(value, kw) for kw in keywords):
            return target
    return "TODO"
