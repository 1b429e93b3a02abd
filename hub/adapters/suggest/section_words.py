"""The words of the section headings printed above a block of labels, for `hub adapters suggest`
(`sections`): which role a heading names, and what a role-free label is under each role's heading."""

from __future__ import annotations

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
            "praktikvirksomhed",  # the company the placement is at ("2. Praktikvirksomheden")
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
