"""`hub audit`: the tamper-evident audit log: verify it, prove it has only grown, its checkpoint and key.

Exit codes: 0 when the log verifies or the proof holds; 2 for bad input (a checkpoint file that is not a
signed checkpoint, or not this hub's); 3 (`EXIT_NOT_INTACT`) when the log itself does not verify.
Other modules add commands to `group` (`@group.command(...)`); `register` adds the group to `hub`.
"""

from __future__ import annotations

import base64
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from flask.cli import AppGroup

from hub.cli import audit_check, audit_log
from hub.cli.common import bad_input_exits_2, print_rejection
from hub.errors import HubError
from hub.extensions import db
from hub.os_reasons import os_reason
from hub.quantities import number_text
from hub.services import audit_checkpoints, audit_prefix, audit_proofs, audit_verify, sequencer
from hub.services.audit_checkpoints import LogBroken
from hub.services.files import read_text_file, write_file_whole
from hub.signing import signer
from hub.words import HASHES, LOGGED, counted

F = TypeVar("F", bound=Callable[..., Any])

EXIT_NOT_INTACT = 3

# `--to` is refused in the API's words, with the sizes named as the command names them.
TO_NAMES = audit_prefix.Names(("the checkpoint's size", "kontrolpunktets størrelse"), ("--to", "--to"), "to")

group = AppGroup("audit", help="The auditor's view: audit rules, the tamper-evident log (a Merkle tree).")


def log_broken_exits_3(func: F) -> F:
    """Turn `LogBroken` into its printed reason and exit code 3."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LogBroken as exc:
            print_rejection(exc)
            sys.exit(EXIT_NOT_INTACT)

    return wrapper  # type: ignore[return-value]


def integrate() -> None:
    """Seal every waiting entry into the tree first, in a session of its own (raises `LogBroken`)."""
    session = db.state().sessions()
    try:
        sequencer.integrate(session, sign_empty=True)
    finally:
        session.close()


def b64(digest: bytes) -> str:
    """A hash as the checkpoints write it."""
    return base64.b64encode(digest).decode("ascii")


@group.command("verify")
@bad_input_exits_2
def verify() -> None:
    """Recompute every leaf and the tree; exit 3 naming the first position that does not verify."""
    refusal: LogBroken | None = None
    try:
        integrate()
    except LogBroken as exc:
        refusal = exc  # the sequencer will not sign a tree that differs from the signed one; say where
    verdict = audit_verify.verify(db.session, signer())
    if verdict.intact and refusal is None:
        # Counts grouped and one as one, each language's way (decision 0062); the checkpoint's size names
        # it and stays plain, as `hub audit prove --to` takes it.
        (size_en, size_da), root, origin = counted(verdict.size, *LOGGED), b64(verdict.root), signer().origin
        at = verdict.checkpoint_size
        click.echo(f"intact: {size_en}, root {root}, signed by {origin} at size {at}")
        click.echo(f"urørt: {size_da}, rod {root}, signeret af {origin} ved størrelse {at}")
        if verdict.pending:
            wait_en, wait_da = counted(verdict.pending, *LOGGED)
            click.echo(f"{wait_en} {'waits' if verdict.pending == 1 else 'wait'} for the sequencer", err=True)
            click.echo(f"{wait_da} venter på at blive forseglet i træet", err=True)
        return
    for problem in verdict.problems:
        click.echo(f"error: {problem.describe('en')}", err=True)
        click.echo(f"fejl: {problem.describe('da')}", err=True)
    if refusal is not None and verdict.intact:
        print_rejection(refusal)
    sys.exit(EXIT_NOT_INTACT)


@group.command("prove")
@click.option(
    "--from",
    "from_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A checkpoint this hub signed earlier (`hub audit checkpoint`, a bundle's log/checkpoint.txt).",
)
@click.option(
    "--to",
    "to_size",
    type=click.IntRange(min=0),
    help="Prove to this tree size (e.g. a later bundle's checkpoint's) instead of the newest; its "
    "checkpoint is signed on the spot, as `GET /api/audit/consistency?to_size=` does.",
)
@bad_input_exits_2
@log_broken_exits_3
def prove(from_file: Path, to_size: int | None) -> None:
    """Prove that the log has only grown since a checkpoint, to the newest or to `--to`: JSON on stdout
    (what `verify.py --since --proof` reads), a summary on stderr."""
    note = read_text_file(from_file)
    integrate()
    key = signer()
    kept = audit_proofs.consistency(db.session, note, key)  # the kept checkpoint is a prefix of the newest
    result = audit_prefix.proven(db.session, key, (kept.new, kept.note), kept.old.size, to_size, TO_NAMES)
    old, new = kept.old, result.to
    out = {
        "algorithm": "RFC 9162 section 2.1.4, SHA-256",
        "from": {"origin": old.origin, "tree_size": old.size, "root_hash": b64(old.root)},
        "to": {
            "origin": new.origin,
            "tree_size": new.size,
            "root_hash": b64(new.root),
            "checkpoint": result.note,
        },
        "consistency_proof": [b64(h) for h in result.path],
        "verified": True,
    }
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    # Counts of entries, grouped as verify.py's "fra 1.000 til 12.345 poster" (`bundle_since`); the
    # sizes to type back are the JSON's `tree_size`.
    en, da = (lambda n: number_text(n, "en")), (lambda n: number_text(n, "da"))
    grown, hashes = new.size - old.size, len(result.path)
    (to_en, to_da), (hashes_en, hashes_da) = counted(new.size, *LOGGED), counted(hashes, *HASHES)
    click.echo(
        f"proved: the log has only grown, from {en(old.size)} to {to_en} (+{en(grown)}); "
        f"the proof's {hashes_en} {'verifies' if hashes == 1 else 'verify'} against both signed roots",
        err=True,
    )
    click.echo(
        f"bevist: loggen er kun vokset, fra {da(old.size)} til {to_da} (+{da(grown)}); "
        f"beviset med {hashes_da} passer med begge signerede rødder",
        err=True,
    )


@group.command("checkpoint")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write it to this file.")
@bad_input_exits_2
@log_broken_exits_3
def checkpoint(out: Path | None) -> None:
    """The newest signed checkpoint (after sealing every waiting entry); keep it to ask for proofs later."""
    integrate()
    head, note = audit_checkpoints.signed_head(db.session, signer())
    if out is None:
        click.echo(note, nl=False)
        return
    try:
        write_file_whole(out, note.encode())
    except OSError as exc:
        en, da = os_reason(exc)
        raise HubError(f"{out}: cannot write: {en}", f"{out}: kan ikke skrives: {da}") from None
    # The size is the checkpoint's, but here it counts what it covers: grouped, one as one.
    covers_en, covers_da = counted(head.size, *LOGGED)
    click.echo(f"checkpoint of {covers_en} written to {out}", err=True)
    click.echo(f"kontrolpunkt med {covers_da} skrevet til {out}", err=True)


@group.command("key")
@bad_input_exits_2
def key() -> None:
    """The public key that checkpoints are signed with (PEM), for auditors and `openssl pkeyutl`; its
    fingerprint on standard error, so that `hub audit key > key.pem` stays a clean PEM file."""
    key = signer()
    click.echo(key.public_pem(), nl=False)
    click.echo(f"fingeraftryk / fingerprint: {key.fingerprint}", err=True)


def register(cli: click.Group) -> None:
    """Add the group, with `check` and `log`, to the `hub` command."""
    audit_check.add_to(group)
    audit_log.add_to(group)
    cli.add_command(group)
