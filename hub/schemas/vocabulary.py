"""The canonical vocabulary (contract version 1): form types and the enums' allowed values."""

from __future__ import annotations

SCHEMA_VERSION = 1
FORM_TYPES = ("placement", "mentor_support", "mentor_hours", "progress_report", "placement_end")
BENEFITS = (
    "kontanthjaelp",
    "uddannelseshjaelp",
    "sygedagpenge",
    "ledighedsydelse",
    "ressourceforloebsydelse",
    "selvforsoergende",
    "unknown",
)
VISITATIONS = ("jobparat", "aktivitetsparat", "uddannelsesparat")
OUTCOMES = (
    "ordinary_job",
    "education",
    "flexjob",
    "rehabilitation_team",
    "other_municipal_offer",
    "internship_other_company",
    "long_term_sick",
    "stopped_other",
)
EMPLOYERS = ("company", "jobcentre")
SCORES = ("attendance", "punctuality", "cooperation", "task_solving", "independence")

# Short labels for forms people fill in (the company's one form, exports): the outcome and score names.
OUTCOME_LABELS = {
    "da": {
        "ordinary_job": "Ordinært job",
        "education": "Uddannelse",
        "flexjob": "Fleksjob",
        "rehabilitation_team": "Rehabiliteringsteam",
        "other_municipal_offer": "Andet kommunalt tilbud",
        "internship_other_company": "Praktik i anden virksomhed",
        "long_term_sick": "Langvarig sygdom",
        "stopped_other": "Stoppet af andre årsager",
    },
    "en": {
        "ordinary_job": "Ordinary job",
        "education": "Education",
        "flexjob": "Flexjob",
        "rehabilitation_team": "Rehabilitation team",
        "other_municipal_offer": "Other municipal offer",
        "internship_other_company": "Internship at another company",
        "long_term_sick": "Long-term sick",
        "stopped_other": "Stopped for other reasons",
    },
}
SCORE_LABELS = {
    "da": {
        "attendance": "Fremmøde",
        "punctuality": "Punktlighed",
        "cooperation": "Samarbejde",
        "task_solving": "Opgaveløsning",
        "independence": "Selvstændighed",
    },
    "en": {
        "attendance": "Attendance",
        "punctuality": "Punctuality",
        "cooperation": "Cooperation",
        "task_solving": "Task solving",
        "independence": "Independence",
    },
}
FORM_TYPE_LABELS = {
    "da": {
        "placement": "Praktikaftale",
        "mentor_support": "Bevilling af mentorstøtte",
        "mentor_hours": "Mentortimer",
        "progress_report": "Statusrapport",
        "placement_end": "Ophør af praktik",
    },
    "en": {
        "placement": "Placement agreement",
        "mentor_support": "Mentor support grant",
        "mentor_hours": "Mentor hours",
        "progress_report": "Progress report",
        "placement_end": "End of placement",
    },
}
