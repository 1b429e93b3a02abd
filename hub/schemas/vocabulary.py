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
