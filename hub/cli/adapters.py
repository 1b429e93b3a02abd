"""`hub adapters`: check every config, run a municipality's golden files, draft a config for a new form."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click
from flask.cli import AppGroup

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_values import placeholders
from hub.adapters.language.golden import EXPECTED, golden_pairs, run_golden, stop_warnings, unpaired
from hub.adapters.language.golden_defaults import unmatched_defaults
from hub.adapters.language.registry import load_registry
from hub.cli import known
from hub.cli.adapters_suggest import register as register_suggest
from hub.cli.common import EXIT_BAD_INPUT, bad_input_exits_2, print_rejection
from hub.errors import ConfigError, HubError
from hub.exports.claims import render_claim
from hub.exports.claims.sample import sample_claim
from hub.services.registry import registry

GOLDEN = "tests/golden"
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
    help=f"Folder of <slug>/ golden files a table's stop rule is tried on [default: {GOLDEN}, skipped "
    "when absent].",
)
def check(directory: Path, golden: Path | None) -> None:
    """Validate every municipality config (the checks the app makes at start, and more); exit 2 on errors.

    A form that leaves a required canonical field unfilled is an error here, though the app loads it (a
    config may be written a form at a time): every document of it would be rejected. Each `[claim]`
    renders a sample claim, which proves what loading cannot: that the XML it builds satisfies its XSD
    and every value fits its template. A table's stop rule that matches no row
    of a golden file is a warning: that table would run to the end of the sheet; so is a PDF field the
    form marks Required that the config lets be left empty (optional, nullable). A source of a value with
    a `default` found in none of its form's golden files is an error: a misspelt name reads as the
    default for every document."""
    if not directory.is_dir() or not any(directory.glob("*.toml")):
        _refuse(
            f"no municipality configs (*.toml) in {directory}",
            f"ingen kommunekonfigurationer (*.toml) i {directory}",
        )
    # The default folder may be absent (an installed hub has no tests/); a folder named is meant to be
    # there, and "ok" for every config would hide that none of its files was tried.
    if golden is not None:
        _golden_folder(golden)
    golden = Path(GOLDEN) if golden is None else golden
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
        problems = _form_problems(config)
        claim = f", claim {config.claim.describe()}" if config.claim else ", no claim"
        verdict = "ok" if not problems else "INCOMPLETE"
        forms = f"{len(config.forms)} form{'' if len(config.forms) == 1 else 's'}"
        click.echo(f"{verdict} {config.slug} ({config.code}): {forms}{claim}")
        for en, da in problems:
            incomplete = True
            click.echo(f"error: {en}\nfejl: {da}", err=True)
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
            inputs = [source for source, _ in golden_pairs(golden / config.slug)]
            for en, da in unmatched_defaults(config, inputs):
                incomplete = True
                click.echo(f"error: {en}\nfejl: {da}", err=True)
    if incomplete:
        sys.exit(EXIT_BAD_INPUT)


def _form_problems(config: MunicipalityConfig) -> list[tuple[str, str]]:
    """What makes a config's forms INCOMPLETE, in English and Danish: a required field no rule fills,
    and a value still the draft's TODO. Neither stops the app (a config may be written a form at a
    time), but the documents they touch would all be rejected."""
    where = config.path.name if config.path else config.slug
    found: list[tuple[str, str]] = []
    for n, form in enumerate(config.forms):
        head = f"{where}: forms[{n}] ({form.id}): "
        if form.unfilled:
            names = ", ".join(form.unfilled)
            found.append(
                (
                    f"{head}no field fills {names}: every document would be rejected",
                    f"{head}intet felt udfylder {names}: hvert dokument ville blive afvist",
                )
            )
        if paths := placeholders(form.fields):
            names = ", ".join(paths)
            found.append(
                (
                    f"{head}{names} still gives the draft's value TODO: write the canonical value, or every "
                    "document with that value would be rejected",
                    f"{head}{names} giver stadig udkastets værdi TODO: skriv den kanoniske værdi, ellers "
                    "bliver hvert dokument med den værdi afvist",
                )
            )
    return found


@group.command("test")
@click.argument("slug")
@click.option(
    "--golden",
    type=click.Path(file_okay=False, path_type=Path),
    default=GOLDEN,
    show_default=True,
    help="Folder holding <slug>/ golden files.",
)
@bad_input_exits_2
def test(slug: str, golden: Path) -> None:
    """Run a municipality's golden files through its adapter; exit 1 when any differs, 2 for an unknown
    municipality or no golden files."""
    known.municipality(slug)  # an unknown slug: "no adapter for municipality …" and the known, exit 2
    config = registry().get(slug)
    folder = golden / config.slug
    _golden_folder(folder)
    results = run_golden(config, folder)
    if not results:
        raise HubError(
            f"no golden files in {folder}: a sample <name>.<format> needs <name>{EXPECTED} beside it",
            f"ingen golden-filer i {folder}: et eksempel <navn>.<format> skal have <navn>{EXPECTED} ved "
            "siden af sig",
        )
    for result in results:
        click.echo(f"{'pass' if result.passed else 'FAIL'} {result.source.name}")
        if result.problem:
            click.echo(f"  error: {result.problem}\n  fejl: {result.problem_da or result.problem}")
            for en, da in result.hints:
                click.echo(
                    f"  hint for the adapter's author: {en}\n"
                    f"  råd til den, der skriver adapterens opsætning: {da}"
                )
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


def _golden_folder(folder: Path) -> None:
    """Refuse a golden folder that is not there (exit 2), naming it."""
    if not folder.is_dir():
        _refuse(f"no folder {folder} (the golden files)", f"mappen {folder} findes ikke (golden-filerne)")


def _refuse(en: str, da: str) -> NoReturn:
    print_rejection(HubError(en, da))
    sys.exit(EXIT_BAD_INPUT)


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    register_suggest(group)
    cli.add_command(group)
