"""A year's mix for the workers' bench: every form a placement sends in 2026, not its placement form alone.

The bench's other mix (`bench_data.bench_forms`) is placement forms only, each for a new citizen, so a
drain never meets a citizen twice. A real year is mostly follow-ups (DESIGN.md, "Flow"; decision 0030,
"Stop 44 (2)"). Here each of the seeds' 81 placement plans (`build_population`: seed 002's citizens,
sites and periods) sends, over the part of its placement that falls in 2026, as the demo's lifecycle
writes them (`hub.demo.lifecycle`):

- its placement form, a week before it starts;
- a mentor-support grant, where the municipality's forms have one (the lifecycle's `grant_forms`);
- a timesheet of mentor hours for every month it runs (the weeks whose Thursday is in the month), on
  the municipality's own form, Falck Hovedstaden's too (the demo sends theirs on the company's one form,
  a path `ingest.submit_company` takes and the workers' queue does not);
- a progress report every four weeks from its start;
- its end form, if it has ended (60 of the 81);
- and, invented (the seeds give no rate): one placement in `CORRECTED` re-sends its first timesheet
  five days later with one week half an hour lower, a correction that makes a new version.

Further copies are the same plans for new citizens (another CPR number on the same birth date), until
there are at least N forms; all of them arrive interleaved by the day they would come in, copies of one
plan among the others', and are submitted day by day in that order.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.adapters.readers.sniff import sniff_format
from hub.demo.lifecycle import grant, timesheet
from hub.demo.plan_records import MUNICIPALITY_CODES, site_of
from hub.demo.plants import Planter, last_day
from hub.demo.population import CitizenPlan, build_population, to_end_record, to_placement_record
from hub.demo.simulators import simulator
from hub.models import Placement, Record, RecordVersion, Submission
from hub.periods import parse_period
from hub.pseudonyms import cpr_key
from hub.services import agreements
from hub.services.demo import DemoForm, arrival
from hub.services.received_order import REAPPLIED
from hub.services.registry import registry
from tools.bench_data import other_cpr
from tools.bench_settings import settings

MONTHS = tuple(parse_period(f"2026-{m:02d}") for m in range(1, 13))
YEAR_END = date(2026, 12, 31)
CORRECTED = 10  # one placement (citizen copy) in this many re-sends its first timesheet corrected
NOBODY = Planter([], set())  # no planted gaps: a year's forms as they should be
SECRET = str(settings(Path())["PSEUDONYM_KEY"])  # the key the bench's drains hash citizens with
SCORES = ("attendance", "punctuality", "cooperation", "task_solving", "independence")


@dataclass
class YearMix:
    """The forms in arrival order, and what each citizen should hold once they are stored."""

    forms: list[DemoForm]
    records: dict[str, Counter[str]] = field(default_factory=dict)  # cpr -> form type -> records
    versions: dict[str, int] = field(default_factory=dict)  # cpr -> record versions in all

    def kinds(self) -> Counter[str]:
        """Records to be stored, by form type."""
        return sum(self.records.values(), Counter())


def _reports(plan: CitizenPlan, site: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A progress report every four weeks from the start, on the Thursday of each fourth week, while it
    runs in 2026 (the lifecycle's rule, over the year rather than August–October)."""
    day, n = plan.start + timedelta(weeks=4, days=-4), 0
    while day <= min(last_day(plan), YEAR_END):
        scores = [min(5, score + n // 2) for score in (3, 3, 4, 3, 2)]
        yield {
            "form_type": "progress_report",
            "schema_version": 1,
            "municipality_code": MUNICIPALITY_CODES[plan.municipality],
            "citizen": {"cpr": plan.cpr},
            "site": {"p_number": site["p_number"]},
            "measured_on": day.isoformat(),
            "scores": dict(zip(SCORES, scores, strict=True)),
        }
        day, n = day + timedelta(weeks=4), n + 1


def corrected(sheet: dict[str, Any]) -> dict[str, Any]:
    """A timesheet sent again: its first week half an hour lower (at least half an hour left), its
    total to match, signed five days later."""
    entries = [dict(e) for e in sheet["entries"]]
    hours = Decimal(entries[0]["hours"])
    entries[0]["hours"] = str(max(Decimal("0.5"), hours - Decimal("0.5")))
    total = sum((Decimal(e["hours"]) for e in entries), Decimal(0))
    signed = sheet["signed_on"] and (date.fromisoformat(sheet["signed_on"]) + timedelta(days=5)).isoformat()
    return sheet | {"entries": entries, "total_hours": str(total), "signed_on": signed}


def plan_records(
    plan: CitizenPlan, agreement: dict[str, Any], grants: bool, correct: bool
) -> list[dict[str, Any]]:
    """A plan's forms in 2026 as canonical records (a correction is a second record of the same sheet)."""
    records = [to_placement_record(plan, agreement)]
    site = site_of(plan, agreement)
    if grants:
        records.append(grant(plan, agreement, late=False))
    sheets = [s for m in MONTHS if (s := timesheet(plan, agreement, m, NOBODY)) is not None]
    records += sheets
    if correct and sheets:
        records.append(corrected(sheets[0]))
    records += _reports(plan, site)
    end = to_end_record(plan, agreement)
    if end is not None and plan.ended_on is not None and plan.ended_on <= YEAR_END:
        records.append(end)
    return records


def citizen_forms(
    plan: CitizenPlan, agreement: dict[str, Any], grants: bool, correct: bool, tag: str
) -> tuple[list[DemoForm], Counter[str]]:
    """One citizen's forms of the year (`plan_records`) printed in its municipality's dialect, each
    arriving on its day, and the records they should leave by form type (a correction leaves none of
    its own: it is a new version). `tag` makes the file names of a copy its own."""
    printer = simulator(plan.municipality)
    forms, kinds = [], Counter[str]()
    for n, record in enumerate(plan_records(plan, agreement, grants, correct)):
        kind = record["form_type"]
        kinds[kind] += 1
        data = printer.render(kind, printer.localise(kind, record))
        name = f"year-{tag}-{n:02d}-{kind}.{sniff_format(data)}"
        forms.append(DemoForm(plan.municipality, name, data, arrival(record)))
    if correct and kinds["mentor_hours"]:
        kinds["mentor_hours"] -= 1
    return forms, kinds


def year_mix(session: Session, at_least: int) -> YearMix:
    """At least `at_least` forms of a year's mix (module docstring), in the order they would arrive."""
    stored = {a.id: a.data for a in agreements.list_agreements(session)}
    grant_forms = {c.slug for c in registry().all() if any(f.form_type == "mentor_support" for f in c.forms)}
    plans = build_population()  # every one runs in 2026 (`hub.demo.population`)
    per_round = sum(
        len(plan_records(p, stored[p.agreement_id], p.municipality in grant_forms, False)) for p in plans
    )
    rounds = max(1, math.ceil(at_least / per_round))
    used = {plan.cpr for plan in plans}
    mix = YearMix([])
    arriving: list[tuple[date, int, int, int, DemoForm]] = []
    for copy in range(rounds):
        for number, plan in enumerate(plans, start=1):
            citizen = plan if copy == 0 else dataclasses.replace(plan, cpr=other_cpr(plan.cpr, used))
            correct = (copy * len(plans) + number) % CORRECTED == 0
            grants = plan.municipality in grant_forms
            forms, kinds = citizen_forms(
                citizen, stored[plan.agreement_id], grants, correct, f"{copy:03d}-{number:02d}"
            )
            arriving += [(form.received or date.min, copy, number, n, form) for n, form in enumerate(forms)]
            mix.records[citizen.cpr] = kinds
            mix.versions[citizen.cpr] = len(forms)
    mix.forms = [form for *_, form in sorted(arriving, key=lambda a: a[:4])]
    return mix


def proportions(forms: Sequence[DemoForm]) -> Counter[str]:
    """Forms by type, from their file names."""
    return Counter(f.filename.rsplit("-", 1)[1].split(".")[0] for f in forms)


def check(session: Session, mix: YearMix, secret: str = SECRET) -> list[str]:
    """What the store holds that the mix should not have given: per citizen, records by form type and
    record versions against `mix`, and versions stored out of the order received (`out_of_order`) (empty:
    every citizen holds exactly what its forms give)."""
    held: dict[str, Counter[str]] = {}
    by_type = (
        select(Placement.cpr_key, Record.form_type, func.count())
        .join(Record, Record.placement_id == Placement.id)
        .group_by(Placement.cpr_key, Record.form_type)
    )
    for key, kind, n in session.execute(by_type):
        held.setdefault(key, Counter())[kind] = n
    versions = dict(
        session.execute(
            select(Placement.cpr_key, func.count())
            .join(Record, Record.placement_id == Placement.id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .where(RecordVersion.reason != REAPPLIED)  # a form's content stored again, not a form
            .group_by(Placement.cpr_key)
        ).all()
    )
    wrong = []
    for cpr, kinds in mix.records.items():
        key = cpr_key(secret, cpr)
        if held.pop(key, Counter()) != kinds or versions.get(key, 0) != mix.versions[cpr]:
            wrong.append(f"citizen {key[:12]}: expected {dict(kinds)} in {mix.versions[cpr]} versions")
    wrong += [f"citizen {key[:12]}: not in the mix" for key in held]
    return [*refusals(session), *wrong, *out_of_order(session)]


def out_of_order(session: Session) -> list[str]:
    """Every record whose current version is not the content of the form received last (a correction
    stored before its original, by another worker, must stay current: `received_order`)."""
    latest = (
        select(RecordVersion.record_id, func.max(RecordVersion.submission_id).label("last"))
        .group_by(RecordVersion.record_id)
        .subquery()
    )
    query = (
        select(Placement.cpr_key)
        .join(Record, Record.placement_id == Placement.id)
        .join(
            RecordVersion,
            (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
        )
        .join(latest, latest.c.record_id == Record.id)
        .where(RecordVersion.submission_id != latest.c.last)
    )
    return [
        f"citizen {key[:12]}: a record's current version is not its last form's"
        for key in session.scalars(query)
    ]


def refusals(session: Session) -> list[str]:
    """Every form not accepted, counted by form type (from its file name) and first reason: in a year's
    mix each form should be accepted."""
    counted: Counter[str] = Counter()
    query = select(Submission.filename, Submission.status, Submission.problems).where(
        Submission.status != "accepted"
    )
    for name, status, problems in session.execute(query):
        kind = name.rsplit("-", 1)[1].split(".")[0]
        # Counted by the reason's words: the site, dates and numbers in it are one citizen's.
        reason = re.sub(r"\(.*\)|\d+", "#", (problems or [{}])[0].get("reason_en", ""))
        counted[f"{status} {kind}: {reason}"] += 1
    return [f"{n}× {what}" for what, n in counted.most_common()]
