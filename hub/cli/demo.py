"""`hub demo` and `hub report`: the seeds' citizens ingested through the adapters, and their results."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click
from flask.cli import AppGroup, with_appcontext

from hub import interrupts
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.cli.ingest_lines import HUB_FAILED, STATUS, status_words
from hub.cli.progress import Progress, on_terminal
from hub.cli.waiting import wait_for
from hub.errors import FieldProblem
from hub.exports.outcomes import OutcomeConflict, format_table
from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.pseudonyms import mask_cpr_like
from hub.quantities import number_text
from hub.services import demo as demo_service
from hub.services import demo_days, records, reports
from hub.services.ingest import Submitted
from hub.words import counted

# Placements first: every other form links to a placement that must already be stored.
ROUNDS = (("placement",), ("placement_end",))


@click.command("demo")
@with_appcontext
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress line (done, accepted, rejected, rate, time left); default: on a terminal.",
)
@seals_audit_log
@bad_input_exits_2
def demo(progress: bool | None) -> None:
    """Print the seeds' 81 citizens' forms in each municipality's dialect and ingest them; then their
    August–October 2026: grants, mentor hours (Falck Hovedstaden's on the company's one form) and
    progress reports, with the gaps a real month has."""
    outcome: Counter[str] = Counter()
    shown = on_terminal(progress)
    # Ctrl-C stops it every time: noted, so that a KeyboardInterrupt Python drops (raised inside a
    # weakref callback) is raised again at the next check (`interrupts`).
    try:
        with interrupts.noted():
            for form_types in ROUNDS:
                forms = interrupts.checked(demo_service.demo_forms(db.session, form_types))
                _ingest(demo_service.submit_all(db.session, list(forms)), outcome, shown)
            interrupts.check()
            own, company = demo_service.lifecycle_forms(db.session)
            interrupts.check()
            _ingest(demo_service.submit_in_order(db.session, own, company), outcome, shown)
            interrupts.check()
    except KeyboardInterrupt:
        db.session.rollback()  # a form under way when Ctrl-C came is not kept
        en, da = counted(sum(outcome.values()), ("form", "forms"), ("blanket", "blanketter"))
        raise interrupts.Interrupted(
            f"Interrupted (Ctrl-C): the demo is not complete; {en} processed before are kept;"
            " run hub demo again to complete it",
            f"Afbrudt (Ctrl-C): demoen er ikke færdig; {da} behandlet før er gemt;"
            " kør hub demo igen for at gøre den færdig",
        ) from None
    click.echo(_outcome_line(outcome))
    if set(outcome) - {"accepted"}:
        sys.exit(1)


def _outcome_line(outcome: Counter[str]) -> str:
    """`demo forms: 324 accepted / demoens blanketter: 324 godkendt`, grouped each language's way."""
    said = {
        lang: ", ".join(
            f"{number_text(n, lang)} {STATUS.get(status, (status, status))[lang == 'da']}"
            for status, n in sorted(outcome.items())
        )
        for lang in ("en", "da")
    }
    return f"demo forms: {said['en']} / demoens blanketter: {said['da']}"


def _ingest(submitted: list[Submitted], outcome: Counter[str], progress: bool) -> None:
    """Queue what was submitted, work the queue (with a progress line for the round when asked), count
    the outcomes and show any that failed."""
    enqueue_submissions([result.submission_id for result in submitted if result.needs_queueing])
    ids = [result.submission_id for result in submitted]
    line = Progress(len(ids), progress)
    wait_for(ids, timeout=600, progress=line)
    line.close()
    demo_days.stored_when_received(db.session, ids)
    db.session.expire_all()
    for submission_id in ids:
        sub = records.submission(db.session, submission_id)
        outcome[sub.status] += 1
        if sub.status != "accepted":
            # Named as a log line names it: a file is often named after its citizen. A failure of the hub's
            # own is said as one, not by its traceback (kept in `submissions.error` without its text).
            note = HUB_FAILED if sub.status == "failed" else None
            click.echo(f"{mask_cpr_like(sub.filename)}: {status_words(sub.status, note)}", err=True)
            for problem in (FieldProblem(**p) for p in sub.problems or []):
                click.echo(f"  error: {problem.describe('en')}\n  fejl: {problem.describe('da')}", err=True)


report = AppGroup("report", help="Reports from the canonical store.")


@report.command("outcomes")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of the table.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
def outcomes(as_json: bool, lang: str) -> None:
    """The results table of seed 002, computed from the ingested forms."""
    try:
        result = reports.outcomes(db.session)
    except OutcomeConflict as exc:  # stored records to put right, not a crash: said, in both languages
        click.echo(f"error: {exc}", err=True)
        click.echo(f"fejl: {exc.da}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(result, lang=lang))


def register(cli: click.Group) -> None:
    """Add the commands to the `hub` command."""
    cli.add_command(demo)
    cli.add_command(report)
