"""`hub explain`: where each value of a record came from (file, locator, raw value, transforms)."""

from __future__ import annotations

import re
from typing import Any

import click
from flask.cli import with_appcontext

from hub.cli.common import DATABASE_ID, bad_input_exits_2
from hub.cli.cpr_lines import shown_raw, shown_value, where_to_see_in_full
from hub.errors import HubError
from hub.extensions import db
from hub.models.records import Provenance
from hub.pseudonyms import mask_cpr_like
from hub.services import records


@click.command("explain")
@with_appcontext
@click.argument("record_id", type=DATABASE_ID)
@click.argument("field", required=False)
@bad_input_exits_2
def explain(record_id: int, field: str | None) -> None:
    """Show where each value of a record's current version came from (file, locator, raw value), with
    CPR numbers masked: the output may be kept in a log."""
    row = records.record(db.session, record_id)
    version = row.versions[-1]
    shown = [
        p
        for p in version.provenance
        if not field or p.path == field or p.path.startswith((field + ".", field + "["))
    ]
    if field and not shown:
        paths = ", ".join(sorted({p.path.split("[")[0].split(".")[0] for p in version.provenance}))
        raise HubError(
            f"record {row.id} has no field {field!r}; its fields start: {paths}",
            f"posten {row.id} har intet felt {field!r}; dens felter begynder: {paths}",
        )
    click.echo(f"record {row.id} ({row.form_type}) version {version.version} of {len(row.versions)}")
    click.echo(made_with(version.read_with, version.mapped_with))
    for line in where_to_see_in_full(row.id):
        click.echo(line)
    for p in shown:
        click.echo(source_lines(p, version.data))


def source_lines(p: Provenance, data: dict[str, Any]) -> str:
    """One value's provenance (a `Provenance` row) as printed: path, file and place, raw value, steps and
    the value stored; CPR numbers masked in all of it (`cpr_lines`), a label or column name included."""
    where = mask_cpr_like((p.locator.get("text") or {}).get("en") or p.source_key or "")
    steps = mask_cpr_like(" → ".join(str(t) for t in p.transforms)) or "as read"
    value = shown_value(p.path, value_at(data, p.path))
    return (
        f"{p.path}\n  file {p.document_sha256[:12]}…  {where}\n  raw {shown_raw(p.path, p.raw_value)}"
        f"  via {steps}  → {value}"
    )


def made_with(read: str | None, mapped: str | None) -> str:
    """Which hub read the version's document and which config and code mapped its record: they differ
    for a version `hub reprocess` mapped from a kept extraction (decision 0023)."""

    def short(digest: str | None) -> str:
        return f"{digest[:12]}…" if digest else "not noted (stored before the hub noted it)"

    return f"read with the hub's reading {short(read)}; mapped with config and code {short(mapped)}"


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def value_at(record: dict[str, Any], path: str) -> Any:
    """The value a provenance path (`entries[2].hours`, `citizen.cpr`) names in a record, or None."""
    node: Any = record
    for name, index in _STEP.findall(path):
        if name and isinstance(node, dict) and name in node:
            node = node[name]
        elif index and isinstance(node, list) and int(index) < len(node):
            node = node[int(index)]
        else:
            return None
    return node


def register(cli: click.Group) -> None:
    """Add `explain` to the `hub` command."""
    cli.add_command(explain)
