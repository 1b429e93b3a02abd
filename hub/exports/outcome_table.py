"""The results table printed as text, in the seed's Danish wording or in English."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from hub.quantities import number_text
from hub.schemas.records import OUTCOMES

if TYPE_CHECKING:
    from hub.exports.outcomes import OutcomeReport


# A label is the same for one and many, or (one, many) where the words agree with the count: the seed
# writes "5 blev langtidssygemeldte"; one is "1 blev langtidssygemeldt", as English "1 was referred".
Words = str | tuple[str, str]

_OUTCOME_LABELS: dict[str, tuple[Words, ...]] = {
    "da": (
        "kom i ordinært job",
        "kom i uddannelse",
        "blev afklaret / indstillet til fleksjob",
        "blev afklaret til møde med rehabiliteringsteamet",
        "fortsatte i andet kommunalt tilbud",
        "overgik til praktik i anden virksomhed",
        ("blev langtidssygemeldt", "blev langtidssygemeldte"),
        "er stoppet af andre årsager",
    ),
    "en": (
        "got an ordinary job",
        "started an education",
        ("was assessed / recommended for flexjob", "were assessed / recommended for flexjob"),
        ("was referred to the rehabilitation team", "were referred to the rehabilitation team"),
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
_VISITATIONS: dict[str, dict[str, Words]] = {
    "da": {
        "aktivitetsparat": ("aktivitetsparat", "aktivitetsparate"),
        "uddannelsesparat": ("uddannelsesparat", "uddannelsesparate"),
        "jobparat": ("jobparat", "jobparate"),
    },
    "en": {
        "aktivitetsparat": "activity-ready",
        "uddannelsesparat": "education-ready",
        "jobparat": "job-ready",
    },
}
_SPECIAL: dict[str, dict[str, Words]] = {
    "da": {
        "ressourceforloebsydelse": "var i ressourceforløb",
        "selvforsoergende": "var ægtefælleforsørget",
        "unknown": "er ubekendt",
    },
    "en": {
        "ressourceforloebsydelse": ("was in a resource programme", "were in a resource programme"),
        "selvforsoergende": ("was supported by a spouse", "were supported by a spouse"),
        "unknown": ("is unknown", "are unknown"),
    },
}
# Each sentence for many, then for one: "De 60 afsluttede", "Den ene afsluttede" (not "De 1").
_TEXT: dict[str, tuple[Words, ...]] = {
    "da": (
        "{total} {citizens}: {in_progress} i forløb, {ended} afsluttet",
        ("Af den ene afsluttede er status:", "Af de {ended} afsluttede er status:"),
        "{male} {men} og {female} {women}; {under} under 30 år og {over} over 30 år",
        "Ydelser under praktikken:",
        "modtog {benefit}",
        " som {visitation}",
        # An average of one is that one's days: "i gennemsnit" only where there are several.
        (
            "Den ene afsluttede har været {days} i virksomhedspraktik",
            "De {ended} afsluttede har i gennemsnit været {days} i virksomhedspraktik",
        ),
    ),
    "en": (
        "{total} {citizens}: {in_progress} in progress, {ended} ended",
        ("Of the one who ended:", "Of the {ended} ended:"),
        "{male} {men} and {female} {women}; {under} under 30 and {over} aged 30 or over",
        "Benefits during the internship:",
        "received {benefit}",
        ", {visitation}",
        (
            "The one who ended spent {days} in the internship",
            "The {ended} ended spent {days} in the internship on average",
        ),
    ),
}
# The nouns after a count, one and many, as `_TEXT` names them.
_NOUNS = {
    "da": {"citizens": ("borger", "borgere"), "men": ("mand", "mænd"), "women": ("kvinde", "kvinder"),
           "days": ("dag", "dage")},
    "en": {"citizens": ("citizen", "citizens"), "men": ("man", "men"), "women": ("woman", "women"),
           "days": ("day", "days")},
}  # fmt: skip


def _for(count: Decimal | int, words: Words) -> str:
    """The words for `count`: the one form only where the count is exactly 1 ("1 dag", "1,5 dage")."""
    return words if isinstance(words, str) else words[count != 1]


def _benefit_label(row: str, count: int, lang: str) -> str:
    """The printed label of a benefit row such as "kontanthjaelp/aktivitetsparat", for `count` people."""
    benefit, _, visitation = row.partition("/")
    if not visitation and benefit in _SPECIAL[lang]:
        return _for(count, _SPECIAL[lang][benefit])
    text = _for(count, _TEXT[lang][4]).format(benefit=_BENEFITS[lang].get(benefit, benefit))
    if visitation:
        said = _for(count, _VISITATIONS[lang].get(visitation, visitation))
        text += _for(count, _TEXT[lang][5]).format(visitation=said)
    return text


def format_table(report: OutcomeReport, lang: str = "da") -> str:
    """The results table as printed text, in Danish (the seed's wording) or English ("en")."""
    if lang not in _TEXT:
        raise ValueError(f"unknown language {lang!r}; known: da, en")
    head, status, people, benefits, _, _, average = _TEXT[lang]
    nouns = _NOUNS[lang]

    def n(value: Decimal | int) -> str:
        # Every number as the reader writes it (decision 0062): "1.234" and "80,5" in Danish.
        return number_text(value, lang)

    ended = n(report.ended)
    lines = [
        _for(report.total, head).format(
            total=n(report.total),
            citizens=_for(report.total, nouns["citizens"]),
            in_progress=n(report.in_progress),
            ended=ended,
        ),
        _for(report.ended, status).format(ended=ended),
    ]
    lines += [
        f"{n(report.outcomes[o]):>3} {_for(report.outcomes[o], label)}"
        for o, label in zip(OUTCOMES, _OUTCOME_LABELS[lang], strict=True)
    ]
    # The published table leaves one of its 60 ended unaccounted for; say so rather than hide it.
    if unstated := report.unstated:
        lines.append(
            f"{n(unstated):>3} " + ("uden angivet status" if lang == "da" else "with no outcome stated")
        )
    over = n(report.total - report.under_30)
    lines.append(
        _for(report.total, people).format(
            male=n(report.male),
            men=_for(report.male, nouns["men"]),
            female=n(report.female),
            women=_for(report.female, nouns["women"]),
            under=n(report.under_30),
            over=over,
        )
    )
    lines.append(_for(report.total, benefits))
    lines += [f"{n(c):>3} {_benefit_label(row, c, lang)}" for row, c in report.benefits.items()]
    if report.average_days_ended is not None:
        days = f"{n(report.average_days_ended)} {_for(report.average_days_ended, nouns['days'])}"
        lines.append(_for(report.ended, average).format(ended=ended, days=days))
    return "\n".join(lines) + "\n"
