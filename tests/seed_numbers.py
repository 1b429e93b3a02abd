"""Seed 002's published results, typed in by hand from the seed text (shared/seeds/002_*.txt).

"81 borgere har deltaget i projektet. 21 er fortsat i forløb, og 60 er afsluttet": the eight outcome rows
that follow add up to 59, so one ended citizen has no outcome stated (docs/decisions/0005).
"""

from __future__ import annotations

from typing import Any

PUBLISHED_TABLE: dict[str, Any] = {
    "in_progress": 21,
    "ended": 60,
    "outcomes": {
        "ordinary_job": 4,
        "education": 4,
        "flexjob": 7,
        "rehabilitation_team": 4,
        "other_municipal_offer": 10,
        "internship_other_company": 7,
        "long_term_sick": 5,
        "stopped_other": 18,
    },
    "benefits": {
        "kontanthjaelp/aktivitetsparat": 23,
        "uddannelseshjaelp/uddannelsesparat": 14,
        "kontanthjaelp/jobparat": 6,
        "uddannelseshjaelp/aktivitetsparat": 10,
        "sygedagpenge": 16,
        "ledighedsydelse": 6,
        "ressourceforloebsydelse": 4,
        "selvforsoergende": 1,
        "unknown": 1,
    },
    "sex": {"male": 57, "female": 24},
    "under_30": 30,
    "average_days_ended": 100,
}
