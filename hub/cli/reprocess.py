"""`hub reprocess`: apply a changed adapter config (or a newly loaded agreement) to stored documents."""

from __future__ import annotations

import sys
from dataclasses import replace

import click
from flask.cli import with_appcontext

from hub import interrupts, longlived
from hub.cli import known
from hub.cli.common import EXIT_BAD_INPUT, bad_input_exits_2, print_rejection, seals_audit_log
from hub.cli.cpr_lines import shown_value
from hub.cli.ingest_lines import STATUS
from hub.cli.progress import Progress, on_terminal
from hub.errors import HubError
from hub.extensions import db
from hub.interrupts import Interrupted
from hub.pseudonyms import mask_cpr_like
from hub.services import reprocess as reprocess_service
from hub.services.reprocess_changes import Change, still_failing
from hub.words import DOCUMENTS, counted


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
@bad_input_exits_2
def reprocess(municipality: str | None, company: bool, dry_run: bool, progress: bool | None) -> None:
    """Re-map a municipality's stored documents (or the company's forms) after a config change, from
    their kept extractions."""
    if (municipality is None) == (not company):
        # Said as `hub ingest` says its sender missing: what to give, in both languages.
        raise HubError(
            "say whose documents to re-map: --municipality SLUG or --company (one of them)",
            "angiv, hvis dokumenter der skal omsættes igen: --municipality SLUG eller --company (én af dem)",
        )
    if municipality is not None:
        known.municipality(municipality)
    longlived.freeze()  # what was loaded to start is kept to the end: out of every full collection
    bar: Progress | None = None

    def tick(done: int, total: int) -> None:
        nonlocal bar
        interrupts.check()  # a Ctrl-C Python dropped inside a library's callback stops it here
        if bar is None:
            bar = Progress(total, on_terminal(progress))
        bar.update(done, None, None, force=done == total)

    def show(changes: list[Change]) -> None:
        if bar is not None:
            bar.close()  # the differences start on a line of their own
        # Called before the commit: what is printed is what will be stored.
        for change in changes:
            if change.still_rejected:
                continue  # listed below, by reason
            click.echo(_submission_line(change))
            for path, before, after in change.differences():
                click.echo(f"  {path}: {shown_value(path, before)} -> {shown_value(path, after)}")
            for line in change.items:
                click.echo(f"  {line}")
            for problem in change.problems:
                click.echo(f"  not applied: {problem.describe('en')}")
                click.echo(f"  ikke anvendt: {problem.describe('da')}")
        _still_failing(changes)
        count = sum(1 for c in changes if c.changed)
        click.echo(_summary(count, municipality, dry_run))

    try:
        with interrupts.noted():
            reprocess_service.reprocess(db.session, municipality, dry_run, actor="cli", show=show, tick=tick)
    except KeyboardInterrupt:
        # Every change is written in the one commit at the end: stopped before it, none is.
        db.session.rollback()
        raise Interrupted(
            "Interrupted (Ctrl-C): nothing re-mapped; the stored documents are as they were",
            "Afbrudt (Ctrl-C): intet er omsat igen; de gemte dokumenter er som før",
        ) from None
    except HubError as exc:
        # As every command says bad input: in English and Danish, not the English message alone.
        print_rejection(exc)
        sys.exit(EXIT_BAD_INPUT)


def _submission_line(change: Change) -> str:
    """`submission 7 (x.csv): rejected -> accepted / indsendelse 7 (x.csv): afvist -> godkendt`."""
    name = mask_cpr_like(change.filename)  # files are named after the citizen; this output may be a log
    en = f"submission {change.submission_id} ({name})"
    da = f"indsendelse {change.submission_id} ({name})"
    if change.now == change.was:
        return f"{en} / {da}"
    (was_en, was_da), (now_en, now_da) = (STATUS.get(s, (s, s)) for s in (change.was, change.now))
    return f"{en}: {was_en} -> {now_en} / {da}: {was_da} -> {now_da}"


def _summary(count: int, municipality: str | None, dry_run: bool) -> str:
    """How many stored documents change, in English and Danish on one line, as `hub ingest` says."""
    en_whose = municipality if municipality is not None else "the company (every agreement)"
    da_whose = municipality if municipality is not None else "virksomheden (hver aftale)"
    if dry_run:
        return (
            f"would change {count} of the stored documents of {en_whose} (dry run: nothing written)"
            f" / ville ændre {count} af de gemte dokumenter fra {da_whose} (prøvekørsel: intet skrevet)"
        )
    return (
        f"committing {count} of the stored documents of {en_whose}"
        f" / gemmer {count} af de gemte dokumenter fra {da_whose}"
    )


def _still_failing(changes: list[Change]) -> None:
    """The documents still rejected, grouped by reason (in English and Danish, as `hub ingest` prints)."""
    groups = still_failing(changes)
    if not groups:
        return
    count = len({c.submission_id for c in changes if c.still_rejected})
    en, da = counted(count, *DOCUMENTS)
    click.echo(f"still rejected: {en}, by reason / stadig afvist: {da}, efter årsag")
    for (reason_en, reason_da), found in groups.items():
        # A reason may quote the value it could not read, a CPR number among them.
        click.echo(mask_cpr_like(f"  error: {reason_en}"))
        click.echo(mask_cpr_like(f"  fejl: {reason_da}"))
        for change, problem in found:
            # Where quotes the document too: a sheet named after its citizen, a PDF's text beside a field.
            # Said in words in each language, as `hub ingest` says it ("P number (site.p_number)" /
            # "P-nummer"), not by the bare path (the file is the submission line's own).
            place = replace(problem, file="", form="", form_title="", form_title_da="")
            en, da = (
                f" ({change.filename}): {w}" if (w := place.where(lang)) else f" ({change.filename})"
                for lang in ("en", "da")
            )
            click.echo(
                mask_cpr_like(
                    f"    submission {change.submission_id}{en} / indsendelse {change.submission_id}{da}"
                )
            )


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(reprocess)
