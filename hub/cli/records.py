"""`hub validate`: check canonical records in a JSON file against the contract."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext
from marshmallow import ValidationError

from hub.cli.common import bad_input_exits_2
from hub.errors import Rejection
from hub.pseudonyms import mask_cpr_like
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_records
from hub.services.files import read_data_file
from hub.words import Noun, counted

VALID: Noun = (("valid record", "valid records"), ("gyldig post", "gyldige poster"))


@click.command("validate")
@with_appcontext
@click.argument("file", type=click.Path(path_type=Path))
@bad_input_exits_2
def validate(file: Path) -> None:
    """Validate one canonical record (or a list of them); exit 2 with every error when invalid."""
    data = read_data_file(file)
    try:
        records = load_records(data)
    except ValidationError as exc:
        raise Rejection(problems_from_validation(exc.messages, file=str(file))) from None
    en, da = counted(len(records), *VALID)
    click.echo(mask_cpr_like(f"{file}: {en} / {da}"))  # a record's file is often named after its citizen


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(validate)
