"""`hub adapters`: check every config, run a municipality's golden files, draft a config for a new form."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import AppGroup, with_appcontext

from hub import longlived
from hub.adapters.language.config_rules import unfilled
from hub.adapters.language.golden import EXPECTED, run_golden, stop_warnings, unpaired
from hub.adapters.language.registry import load_registry
from hub.cli.adapters_suggest import register as register_suggest
from hub.cli.common import EXIT_BAD_INPUT, print_rejection, seals_audit_log
from hub.cli.progress import Progress
from hub.errors import ConfigError, HubError
from hub.exports.claims import render_claim
from hub.exports.claims.sample import sample_claim
from hub.extensions import db
from hub.services import reprocess as reprocess_service
from hub.services.registry import registry

group = AppGroup("adapters", help="Municipality adapters: check, test, suggest.")


@group.command("check", with_appcontext=False)
@click.option(
    "--dir",
    "directory",
    type=click.Path(path_type=Path),
    envvar="HUB_MUNICIPALITIES_DIR",
    show_envvar=True,
    default="config/municipalities",
    show_default=True,
    help="Folder of municipality configs.",
)
@click.option(
    "--golden",
    type=click.Path(file_okay=False, path_type=Path),
    default="tests/golden",
    show_default=True,
    help="Folder of <slug>/ golden files a table's stop rule is tried on (skipped when absent).",
)
def check(directory: Path, golden: Path) -> None:
    """Validate every municipality config (the checks the app makes at start, and more); exit 2 on errors.

    A form that leaves a required canonical field unfilled is an error here, though the app loads it (a
    config may be written a form at a time): every document of it would be rejected. Each `[claim]`
    renders a sample claim, which proves what loading cannot: that the XML it builds satisfies its XSD
    and every value fits its template. A table's stop rule that matches no row
    of a golden file is a warning: that table would run to the end of the sheet."""
    if not directory.is_dir() or not any(directory.glob("*.toml")):
        click.echo(f"no municipality configs (*.toml) in {directory}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    try:
        loaded = load_registry(directory)
    except ConfigError as exc:
        click.echo(exc.message, err=True)
        if exc.message_da != exc.message:
            click.echo(f"på dansk:\n{exc.message_da}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    incomplete = False
    for config in loaded.all():
        where = config.path.name if config.path else config.slug
        unfit = [
            (n, form, missing)
            for n, form in enumerate(config.forms)
            if (
                missing := unfilled(
                    form.form_type, {r.path for r in form.fields} | {r.path for r in form.lists}
                )
            )
        ]
        claim = f", claim {config.claim.describe()}" if config.claim else ", no claim"
        verdict = "ok" if not unfit else "INCOMPLETE"
        click.echo(f"{verdict} {config.slug} ({config.code}): {len(config.forms)} forms{claim}")
        for n, form, missing in unfit:
            incomplete = True
            names = ", ".join(missing)
            click.echo(
                f"error: {where}: forms[{n}] ({form.id}): no field fills {names}: every document would be "
                f"rejected\nfejl:  {where}: forms[{n}] ({form.id}): intet felt udfylder {names}: hvert "
                "dokument ville blive afvist",
                err=True,
            )
        if config.claim is not None:
            try:
                render_claim(sample_claim(config), config.claim)
            except HubError as exc:
                incomplete = True
                click.echo(f"  claim: a sample claim cannot be written ({where}):", err=True)
                print_rejection(exc)
        if (golden / config.slug).is_dir():
            for en, da in stop_warnings(config, golden / config.slug):
                click.echo(f"  warning: {en}\n  advarsel: {da}")
    if incomplete:
        sys.exit(EXIT_BAD_INPUT)


@group.command("test")
@click.argument("slug")
@click.option(
    "--golden",
    type=click.Path(file_okay=False, path_type=Path),
    default="tests/golden",
    show_default=True,
    help="Folder holding <slug>/ golden files.",
)
def test(slug: str, golden: Path) -> None:
    """Run a municipality's golden files through its adapter; exit 1 when any differs."""
    config = registry().get(slug)
    folder = golden / config.slug
    results = run_golden(config, folder)
    if not results:
        click.echo(
            f"no golden files in {folder}: a sample <name>.<format> needs <name>{EXPECTED} beside it",
            err=True,
        )
        sys.exit(1)
    for result in results:
        click.echo(f"{'pass' if result.passed else 'FAIL'} {result.source.name}")
        if result.problem:
            click.echo(f"  {result.problem}")
        elif not result.passed:
            click.echo("\n".join(f"  {line}" for line in result.differences()))
    for lone in unpaired(folder):
        click.echo(
            f"warning: {lone.name} is not checked: a sample <name>.<format> needs <name>{EXPECTED} beside "
            f"it\nadvarsel: {lone.name} kontrolleres ikke: et eksempel <navn>.<format> skal have "
            f"<navn>{EXPECTED} ved siden af sig",
            err=True,
        )
    if not all(r.passed for r in results):
        sys.exit(1)


@click.command("reprocess")
@click.option("--municipality", "-m", help="Slug or code.")
@click.option(
    "--company", is_flag=True, help="Every form the company sent, after config/company.toml changes."
)
@click.option("--dry-run", is_flag=True, help="Print the differences; change nothing.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress line (done, rate, time left) while re-mapping; default: on a terminal.",
)
@with_appcontext
@seals_audit_log
def reprocess(municipality: str | None, company: bool, dry_run: bool, progress: bool | None) -> None:
    """Re-map a municipality's stored documents (or the company's forms) after a config change, from
    their kept extractions."""
    if (municipality is None) == (not company):
        raise click.UsageError("give --municipality or --company (one of them)")
    longlived.freeze()  # what was loaded to start is kept to the end: out of every full collection
    bar: Progress | None = None

    def tick(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = Progress(total, sys.stdout.isatty() if progress is None else progress)
        bar.update(done, None, None, force=done == total)

    def show(changes: list[reprocess_service.Change]) -> None:
        if bar is not None:
            bar.close()  # the differences start on a line of their own
        # Called before the commit: what is printed is what will be stored.
        for change in changes:
            if change.still_rejected:
                continue  # listed below, by reason
            outcome = f": {change.was} -> {change.now}" if change.now != change.was else ""
            click.echo(f"submission {change.submission_id} ({change.filename}){outcome}")
            for path, before, after in change.differences():
                click.echo(f"  {path}: {before!r} -> {after!r}")
            for line in change.items:
                click.echo(f"  {line}")
            for problem in change.problems:
                click.echo(f"  not applied: {problem.describe('en')}")
        _still_failing(changes)
        verb = "would change" if dry_run else "committing"
        count = sum(1 for c in changes if c.changed)
        suffix = " (dry run: nothing written)" if dry_run else ""
        whose = municipality if municipality is not None else "the company (every agreement)"
        click.echo(f"{verb} {count} of the stored documents of {whose}{suffix}")

    try:
        reprocess_service.reprocess(db.session, municipality, dry_run, actor="cli", show=show, tick=tick)
    except HubError as exc:
        click.echo(exc.message, err=True)
        sys.exit(EXIT_BAD_INPUT)


def _still_failing(changes: list[reprocess_service.Change]) -> None:
    """The documents still rejected, grouped by reason (in English and Danish, as `hub ingest` prints)."""
    groups = reprocess_service.still_failing(changes)
    if not groups:
        return
    count = len({c.submission_id for c in changes if c.still_rejected})
    click.echo(f"still rejected: {count} documents, by reason")
    for (reason_en, reason_da), found in groups.items():
        click.echo(f"  error: {reason_en}")
        click.echo(f"  fejl:  {reason_da}")
        for change, problem in found:
            where = " / ".join(p for p in (problem.item, problem.locator, problem.field) if p)
            click.echo(
                f"    submission {change.submission_id} ({change.filename}){': ' + where if where else ''}"
            )


def register(cli: click.Group) -> None:
    """Add the group and `reprocess` to the `hub` command."""
    register_suggest(group)
    cli.add_command(group)
    cli.add_command(reprocess)
