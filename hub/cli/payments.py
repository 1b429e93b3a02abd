"""`hub payments`: an agreement's mentor-support payments for a period, with every gap."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

import click
from flask.cli import with_appcontext

from hub.cli import known
from hub.cli.common import bad_input_exits_2
from hub.exports.company_awaited import waiting_said
from hub.exports.gaps import Gap
from hub.exports.payment_report import PaymentHeader, write_json
from hub.exports.payment_text import write_text
from hub.exports.payments import PaymentLine
from hub.exports.text import number
from hub.extensions import db
from hub.outfiles import atomic_output
from hub.periods import local_today, parse_period
from hub.pseudonyms import mask_cpr_like
from hub.services import payments as payment_service


@click.command("payments")
@with_appcontext
@click.argument("agreement_id", metavar="AGREEMENT")
@click.option("--period", "period_text", required=True, help="2026-08, 2026-Q3 or 2026-H2.")
@click.option("--json", "as_json", is_flag=True, help="JSON with the canonical names instead of tables.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file instead.")
@bad_input_exits_2
def payments(agreement_id: str, period_text: str, as_json: bool, lang: str, out: Path | None) -> None:
    """Per municipality and placement: days active, granted, delivered and claimable hours, rate, amount."""
    period = parse_period(period_text)
    period.require_started(local_today())
    known.agreement(db.session, agreement_id)
    agreement = payment_service.agreement(db.session, agreement_id)
    run = payment_service.PaymentRun(db.session, agreement, period)
    header = PaymentHeader(
        agreement.id,
        agreement.name,
        agreement.payment_basis,
        period,
        agreement.hourly_rate_dkk,
        agreement.hours_per_week,
    )
    # A line short of days a later month's form gives, not due yet, says which week, form and company
    # it waits for, as the payments page and the API say it (`company_awaited`, stop 62).
    items = _masked(waiting_said(run.items(), local_today(), agreement.company_name))
    if out is None:
        _write(header, run, items, sys.stdout, as_json, lang)
        return
    with atomic_output(out, "w") as stream:
        _write(header, run, items, stream, as_json, lang)
    unit = "kr." if lang == "da" else "DKK"
    click.echo(f"{out}: {number(run.amount_dkk, lang)} {unit}", err=True)


def _write(
    header: PaymentHeader,
    run: payment_service.PaymentRun,
    items: Iterator[PaymentLine | Gap],
    out: IO[str],
    as_json: bool,
    lang: str,
) -> None:
    if as_json:
        write_json(header, items, lambda: run.totals, out)
    else:
        write_text(header, items, lambda: run.totals, out, lang)


def _masked(items: Iterator[PaymentLine | Gap]) -> Iterator[PaymentLine | Gap]:
    """The lines with CPR-like text typed into a name (the citizen's, the site's) or quoted in a gap's
    reason as DDMMYY-XXXX, as the web's payment page masks them for all but a full view: a terminal's
    output is kept as a log by cron or systemd (decision 0065, stop 55)."""
    for item in items:
        if isinstance(item, PaymentLine):
            name = None if item.name is None else mask_cpr_like(item.name)
            yield replace(item, name=name, site_name=mask_cpr_like(item.site_name))
        else:
            yield replace(
                item, reason_en=mask_cpr_like(item.reason_en), reason_da=mask_cpr_like(item.reason_da)
            )


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(payments)
