"""The results table printed as text, in the seed's Danish wording or in English."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from hub.quantities import number_text
from hub.schemas.records import OUTCOMES

if TYPE_CHECKING:
    from hub.exports.outcomes import OutcomeReport


_OUTCOME_LABELS = {
    "da": (
        "kom i ordinært job",
        "kom i uddannelse",
        "blev afklaret / indstillet til fleksjob",
        "blev afklaret til møde med rehabiliteringsteamet",
        "fortsatte i andet kommunalt tilbud",
        "overgik til praktik i anden virksomhed",
        "blev langtidssygemeldte",
        "er stoppet af andre årsager",
    ),
    "en": (
        "got an ordinary job",
        "started an education",
        "were assessed / recommended for flexjob",
        "were referred to the rehabilitation team",
        "continued in another municipal offer",
        "moved on to an internship at another company",
        "went on long-term sick leave",
        "stopped for other reasons",
    ),
}
_BENEFITS = {
    "da": {
        "kontanthjaelp": "kontanthjælp",
        "uddannelseshjaelp": "uddannelsesydelse",
        "sygedagpenge": "sygedagpenge",
        "ledighedsydelse": "ledighedsydelse",
    },
    "en": {
        "kontanthjaelp": "cash benefit",
        "uddannelseshjaelp": "education benefit",
        "sygedagpenge": "sickness benefit",
        "ledighedsydelse": "flexjob unemployment benefit",
    },
}
_VISITATIONS = {
    "da": {
        "aktivitetsparat": "aktivitetsparate",
        "uddannelsesparat": "uddannelsesparate",
        "jobparat": "jobparate",
    },
    "en": {
        "aktivitetsparat": "activity-ready",
        "uddannelsesparat": "education-ready",
        "jobparat": "job-ready",
    },
}
_SPECIAL = {
    "da": {
        "ressourceforloebsydelse": "var i ressourceforløb",
        "selvforsoergende": "var ægtefælleforsørget",
        "unknown": "er ubekendt",
    },
    "en": {
        "ressourceforloebsydelse": "were in a resource programme",
        "selvforsoergende": "were supported by a spouse",
        "unknown": "are unknown",
    },
}
_TEXT = {
    "da": (
        "{total} borgere: {in_progress} i forløb, {ended} afsluttet",
        "Af de {ended} afsluttede er status:",
        "{male} mænd og {female} kvinder; {under} under 30 år og {over} over 30 år",
        "Ydelser under praktikken:",
        "modtog {benefit}",
        " som {visitation}",
        "De {ended} afsluttede har i gennemsnit været {days} dage i virksomhedspraktik",
    ),
    "en": (
        "{total} citizens: {in_progress} in progress, {ended} ended",
        "Of the {ended} ended:",
        "{male} men and {female} women; {under} under 30 and {over} aged 30 or over",
        "Benefits during the internship:",
        "received {benefit}",
        ", {visitation}",
        "The {ended} ended spent {days} days in the internship on average",
    ),
}


def _benefit_label(row: str, lang: str) -> str:
    """The printed label of a benefit row such as "kontanthjaelp/aktivitetsparat"."""
    benefit, _, visitation = row.partition("/")
    if not visitation and benefit in _SPECIAL[lang]:
        return _SPECIAL[lang][benefit]
    text = _TEXT[lang][4].format(benefit=_BENEFITS[lang].get(benefit, benefit))
    if visitation:
        text += _TEXT[lang][5].format(visitation=_VISITATIONS[lang].get(visitation, visitation))
    return text


def format_table(report: OutcomeReport, lang: str = "da") -> str:
    """The results table as printed text, in Danish (the seed's wording) or English ("en")."""
    if lang not in _TEXT:
        raise ValueError(f"unknown language {lang!r}; known: da, en")
    head, status, people, benefits, _, _, average = _TEXT[lang]

    def n(value: Decimal | int) -> str:
        # Every number as the reader writes it (decision 0062): "1.234" and "80,5" in Danish.
        return number_text(value, lang)

    ended = n(report.ended)
    lines = [
        head.format(total=n(report.total), in_progress=n(report.in_progress), ended=ended),
        status.format(ended=ended),
    ]
    lines += [
        f"{n(report.outcomes[o]):>3} {label}"
        for o, label in zip(OUTCOMES, _OUTCOME_LABELS[lang], strict=True)
    ]
    # The published table leaves one of its 60 ended unaccounted for; say so rather than hide it.
    if unstated := report.ended - sum(report.outcomes.values()):
        lines.append(
            f"{n(unstated):>3} " + ("uden angivet status" if lang == "da" else "with no outcome stated")
        )
    over = n(report.total - report.under_30)
    lines.append(
        people.format(male=n(report.male), female=n(report.female), under=n(report.under_30), over=over)
    )
    lines.append(benefits)
    lines += [f"{n(count):>3} {_benefit_label(row, lang)}" for row, count in report.benefits.items()]
    if report.average_days_ended is not None:
        lines.append(average.format(ended=ended, days=n(report.average_days_ended)))
    return "\n".join(lines) + "\n"
