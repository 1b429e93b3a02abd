"""What the draft says of a path a record needs that the file did not show: a constant only where the
canonical schema makes the value the same on every form of a municipality, else where to look for it.

"A constant works" beside a list of paths read as if it served them all, a citizen's name or a day
among them; a constant there would give every document one citizen's value, with no refusal. The one
path a config may fix is `mentor.employer`: who employs the mentors is the agreement's mentor model
(DESIGN.md: Falck's own mentor, BRF's social mentor, Danfoss's job-centre mentors), the same for every
placement a municipality sends under it, as Gentofte's and Randers' configs fix it. The hourly rate is
the agreement's too, but its terms change by period (`agreement_terms` versions), so a constant would
go stale in silence; a company and a site differ by placement. Every other value is a document's own.
"""

from __future__ import annotations

# Paths a constant can serve, with the values it may take (the schema's), the usual first.
CONSTANT_PATHS: dict[str, tuple[str, ...]] = {"mentor.employer": ("company", "jobcentre")}

# Where a form usually writes a document's own value, with labels such as forms print (a hint, not a rule).
WHERE: dict[str, str] = {
    "citizen.cpr": 'the citizen\'s CPR number ("CPR-nr.")',
    "citizen.name": 'the citizen\'s name ("Navn" under "Borger", or "Fornavn" and "Efternavn")',
    "company.cvr": 'the company\'s CVR number ("CVR-nr.")',
    "company.name": 'the company\'s name ("Virksomhed")',
    "site.p_number": 'the site\'s P-number ("P-nr.", "Produktionsenhed")',
    "site.name": 'the site\'s name ("Praktiksted", "Arbejdssted")',
    "period.start": 'the first day ("Startdato", "Fra")',
    "period.end": 'the last day ("Slutdato", "Til")',
    "hours_per_week": 'the hours a week ("Timer pr. uge")',
    "hourly_rate_dkk": 'the hourly rate ("Timesats", "kr. pr. time")',
    "benefit": 'what the citizen receives ("Ydelse")',
    "mentor.name": 'the mentor\'s name ("Navn" under "Mentor")',
    "caseworker.name": 'the caseworker\'s name ("Sagsbehandler")',
    "caseworker.email": 'the caseworker\'s e-mail ("E-mail")',
    "caseworker.phone": 'the caseworker\'s phone ("Telefon", "Tlf.")',
    "granted_on": 'the day the support was granted ("Bevilget den", "Dato for bevilling")',
    "measured_on": 'the day the site assessed the citizen ("Dato for vurdering", "Målt")',
    "ended_on": 'the last day of the placement ("Ophørsdato", "Dato for afslutning")',
    "outcome": 'why the placement ended ("Årsag", "Udfald", "Ophør"), a choice of the schema\'s outcomes',
    "entries": 'the days or weeks and their hours (a table of "Dato" or "Uge" and "Timer")',
    "total_hours": 'the hours in all ("I alt", "Total")',
    "signed_by": 'who signed ("Underskrevet af", "Kvitteret af")',
    "signed_on": 'the day signed ("Dato" by the signature)',
    "scores.attendance": 'the mark 1-5 for attendance ("Fremmøde")',
    "scores.punctuality": 'the mark 1-5 for punctuality ("Punktlighed", "Overholder aftalte tider")',
    "scores.cooperation": 'the mark 1-5 for cooperation ("Samarbejde")',
    "scores.task_solving": 'the mark 1-5 for solving tasks ("Opgaveløsning", "Løser de aftalte opgaver")',
    "scores.independence": 'the mark 1-5 for independence ("Selvstændighed")',
}


def missing_lines(missing: list[str]) -> list[str]:
    """A comment line for each missing path: a constant for a path `CONSTANT_PATHS` holds, else that the
    value is each document's own and where a form usually writes it."""
    lines = []
    for path in missing:
        if path in CONSTANT_PATHS:
            first, *others = CONSTANT_PATHS[path]
            alternatives = "".join(f' (or "{o}")' for o in others)
            lines.append(
                f"  #   {path}: the agreement's mentor model; where the municipality's mentors are all"
                f' employed alike, a constant works: path = "{path}" with value = "{first}"{alternatives}'
            )
        else:
            where = WHERE.get(path, "a field of the form")
            lines.append(f"  #   {path}: each document's own, no constant: look for {where}")
    return lines
