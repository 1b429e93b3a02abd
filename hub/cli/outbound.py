"""`hub export company`, `hub form company` and `hub claim`: what the hub gives back to each party.

Every file is written to a temporary name beside `--out` and renamed when complete, so a failure leaves
nothing under the name asked for; every finished export, form and claim is an entry in the audit log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from flask.cli import with_appcontext

from hub.cli import known
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.exports.claims import render_claim
from hub.exports.company_form_model import KINDS
from hub.exports.text import number
from hub.extensions import db
from hub.outfiles import atomic_output
from hub.periods import Period, default_period, local_today, parse_period
from hub.quantities import number_text
from hub.services import bundles, claim_downloads, claims, company, company_files
from hub.services.payments import agreement as find_agreement
from hub.words import DOCUMENTS, ENTRIES, INTERNS, LINES, PLACEMENTS, VERSIONS, danish_and_english

EXPORT_WRITERS, FORM_WRITERS = company_files.EXPORT_WRITERS, company_files.FORM_WRITERS
OUT = click.Path(dir_okay=False, writable=True, path_type=Path)
PERIOD_HELP = "2026-08 (default: the last whole month), 2026-Q3 or 2026-H2."
# A claim's and a bundle's period: of the kind the municipality claims by, and over (README).
CLAIM_PERIOD_HELP = (
    "One of the municipality's claim periods that has ended, of the kind it claims by ([audit] "
    "claim_period in its config): a month (2026-08), a quarter (2026-Q3) or a half-year (2026-H2)."
)


def _period(text: str | None) -> tuple[date, Period]:
    today = local_today()
    period = default_period(today) if text is None else parse_period(text)
    period.require_started(today)
    return today, period


@click.group("export")
def export() -> None:
    """Exports for a party of an agreement."""


@export.command("company")
@with_appcontext
@click.argument("agreement_id", metavar="AGREEMENT")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_WRITERS)), required=True)
@click.option("--out", type=OUT, required=True, help="The file to write.")
@click.option("--period", "period_text", help=PERIOD_HELP)
@seals_audit_log
@bad_input_exits_2
def export_company(agreement_id: str, fmt: str, out: Path, period_text: str | None) -> None:
    """The company's one export: agreement, interns by participant id, one contact, what is due."""
    known.agreement(db.session, agreement_id)
    _, period = _period(period_text)
    agreement = find_agreement(db.session, agreement_id)
    with atomic_output(out) as stream:
        detail = company_files.write_export(db.session, agreement, fmt, period, stream)
    company.note_export(db.session, "cli", agreement, "company", detail)  # once the file is in place
    click.echo(f"{out}: udtræk for {agreement.company_name} / export for {agreement.company_name}")


@click.group("form")
def form() -> None:
    """Forms for a party to fill in."""


@form.command("company")
@with_appcontext
@click.argument("agreement_id", metavar="AGREEMENT")
@click.option("--kind", type=click.Choice(KINDS), required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORM_WRITERS)), required=True)
@click.option("--out", type=OUT, required=True, help="The file to write.")
@click.option("--period", "period_text", help=PERIOD_HELP)
@seals_audit_log
@bad_input_exits_2
def form_company(agreement_id: str, kind: str, fmt: str, out: Path, period_text: str | None) -> None:
    """The company's one form of a kind, pre-filled with its interns by participant id."""
    known.agreement(db.session, agreement_id)
    _, period = _period(period_text)
    agreement = find_agreement(db.session, agreement_id)
    with atomic_output(out) as stream:
        spec, detail = company_files.write_form(db.session, agreement, kind, fmt, period, stream)
    company.note_export(db.session, "cli", agreement, "form", detail)
    click.echo(f"{out}: {danish_and_english(len(spec.interns), INTERNS)}")


@click.command("claim")
@with_appcontext
@click.argument("municipality")
@click.option("--agreement", "agreement_id", required=True, help="The agreement the claim is for.")
@click.option("--period", "period_text", required=True, help=CLAIM_PERIOD_HELP)
@click.option("--out", type=OUT, required=True, help="The file to write.")
@seals_audit_log
@bad_input_exits_2
def claim(municipality: str, agreement_id: str, period_text: str, out: Path) -> None:
    """A municipality's mentor-support claim in its own format ([claim] in its config). MUNICIPALITY is
    its code (163) or its config's name (herlev)."""
    known.municipality(municipality)
    known.agreement(db.session, agreement_id)
    today = local_today()
    period = parse_period(period_text)
    claim_data, config = claims.build_claim(db.session, municipality, agreement_id, period, today)
    assert config.claim is not None  # build_claim refuses a municipality without one
    data = render_claim(claim_data, config.claim)
    with atomic_output(out) as stream:
        stream.write(data)
    agreement = find_agreement(db.session, agreement_id)
    total = claim_data.total("amount_dkk")
    claim_downloads.note(db.session, "cli", agreement, claim_data, config.code, config.claim.format, data)
    # The amount both ways, as each reader writes it (the bundle's claim notes say it so too).
    amount = f"{number(total, 'da')} kr. / DKK {number(total, 'en')}"
    click.echo(f"{out}: {danish_and_english(len(claim_data.lines), LINES)}, {amount}")


@click.command("bundle")
@with_appcontext
@click.argument("municipality")
@click.option("--period", "period_text", required=True, help=CLAIM_PERIOD_HELP)
@click.option("--out", type=OUT, required=True, help="The zip file to write.")
@seals_audit_log
@bad_input_exits_2
def bundle(municipality: str, period_text: str, out: Path) -> None:
    """The auditor's bundle: originals, records with provenance, the claim, the completeness report, log
    entries with their proofs, a signed manifest and an offline verifier. MUNICIPALITY is its code
    (151) or its config's name (ballerup)."""
    known.municipality(municipality)
    with atomic_output(out) as stream:
        made = bundles.write_bundle(db.session, municipality, parse_period(period_text), stream, "cli")
    placements = danish_and_english(len(made.placements), PLACEMENTS)
    counts = f"{placements}, {danish_and_english(made.versions, VERSIONS)}"
    listed = len(made.documents) - made.carried
    originals = danish_and_english(made.carried, DOCUMENTS)
    if listed:  # the municipality masks CPR: the originals are listed, not carried (decision 0055)
        da, en = number_text(listed, "da"), number_text(listed, "en")
        originals += f" (+{da} kun listet, CPR maskeret / +{en} listed only, CPR masked)"
    more = f"{originals}, {danish_and_english(made.entries, ENTRIES)}"
    click.echo(f"{out}: {counts}, {more}; manifest {made.manifest_sha256[:16]}")


def register(cli: click.Group) -> None:
    """Add the commands to the `hub` command."""
    cli.add_command(export)
    cli.add_command(form)
    cli.add_command(claim)
    cli.add_command(bundle)
