"""`hub audit check`: what each placement of a municipality lacks for its auditor in a period."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext

from hub.cli import known
from hub.cli.common import bad_input_exits_2
from hub.exports import completeness_report
from hub.extensions import db
from hub.periods import local_today, parse_period
from hub.services import completeness


@click.command("check")
@with_appcontext
@click.argument("municipality")
@click.option(
    "--period",
    "period_text",
    required=True,
    help="One of the municipality's claim periods (begun), of the kind it claims by: 2026-08, 2026-Q3.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON with the canonical names.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@bad_input_exits_2
def check(municipality: str, period_text: str, as_json: bool, lang: str) -> None:
    """Per placement: each audit rule of the municipality, whether its evidence is there, and the
    documents it looked at. MUNICIPALITY is its code (151) or its config's name (ballerup)."""
    known.municipality(municipality)
    period = parse_period(period_text)
    period.require_started(local_today())
    scope = completeness.scope(db.session, municipality, period)
    rules = scope.config.audit
    rows = ((a.id, checked) for a, checked in completeness.checks(db.session, scope))
    if as_json:
        header = {
            "municipality_code": scope.config.code,
            "municipality": scope.config.name,
            "period": {
                "label": period.label,
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
            },
            "cpr_in_bundles": rules.cpr_in_bundles,
        }
        completeness_report.write_json(header, rows, rules, sys.stdout)
        return
    title = f"{scope.config.name} · {period.describe(lang)} · " + (
        "revisionens krav" if lang == "da" else "audit rules"
    )
    completeness_report.write_text(title, rows, rules, sys.stdout, lang)


def add_to(group: click.Group) -> None:
    """Add the command to the `hub audit` group."""
    group.add_command(check)
