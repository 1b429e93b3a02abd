"""`hub adapters suggest FILE`: print a draft [[forms]] block for a form nobody has mapped yet."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hub.adapters.readers import extract, sandbox, sniff_format
from hub.adapters.suggest.draft import suggest
from hub.cli.common import EXIT_BAD_INPUT, print_rejection
from hub.errors import FieldProblem, HubError, Rejection
from hub.os_reasons import os_reason


@click.command("suggest")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def suggest_command(file: Path) -> None:
    """Draft the config of a new form from its field names, tooltips, labels, paths or header row."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        reason_en, reason_da = os_reason(exc)
        en, da = f"cannot read the file: {reason_en}", f"filen kan ikke læses: {reason_da}"
        print_rejection(Rejection([FieldProblem(reason_en=en, reason_da=da, file=str(file))]))
        sys.exit(EXIT_BAD_INPUT)
    try:
        fmt = sniff_format(data, file.name)
        extraction = extract(
            data, file.name, options={"with_labels": True} if fmt == "pdf" else None, fmt=fmt
        )
        draft = suggest(extraction, file.name, data).to_toml()
    except HubError as exc:
        print_rejection(exc)
        sys.exit(EXIT_BAD_INPUT)
    finally:
        sandbox.shutdown()
    click.echo(draft, nl=False)


def register(group: click.Group) -> None:
    """Add `suggest` to a command group (the lead adds it to `hub adapters`)."""
    group.add_command(suggest_command)
