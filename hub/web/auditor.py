"""The auditor's page: pick a period, see completeness, download the bundle, the newest checkpoint and the
proof that the log has only grown from a kept checkpoint to a later bundle."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from hub.access import STAFF
from hub.errors import FieldError
from hub.exports.completeness import rule_name
from hub.exports.completeness_report import STATUS
from hub.exports.completeness_terms import shown_filename
from hub.extensions import db
from hub.pseudonyms import show_cpr
from hub.services import audit_page, audit_reads
from hub.services.agreement_terms import local_today
from hub.services.audit_checkpoints import NothingToProve
from hub.services.bundles import bundle_name
from hub.signing import signer
from hub.web import audit_claims, nav, pages
from hub.web.downloads import attachment
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked
from hub.web.paging import requested_page, within
from hub.web.period_args import asked_claim_period, asked_text
from hub.web.refusals import said

bp = Blueprint("auditor", __name__)
# For the auditor it is their work, "Revision"; for a municipality's staff the same page is what their
# own municipality's auditor gets (the bundle, completeness, the checkpoint): "Revision" in a
# caseworker's menu read as a task of their own (decision 0062, stop 41).
FOR_THE_AUDITOR = _l("For the auditor")
nav.register("auditor.index", _l("Audit"), "bundles:read", dict.fromkeys(sorted(STAFF), FOR_THE_AUDITOR))
pages.HOME["auditor"] = "auditor.index"
# Placements on a page of completeness: 10,000 rows with their checks would be one page of megabytes.
PER_PAGE = 50


class Spool:
    """A bundle in an unnamed temporary file, streamed out in chunks and closed when sent or dropped."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()

    def size(self) -> int:
        """How many bytes were written."""
        return self.file.seek(0, 2)

    def chunks(self) -> Iterator[bytes]:
        """The file from the start, 64 KiB at a time; closes it at the end."""
        try:
            self.file.seek(0)
            while chunk := self.file.read(64 * 1024):
                yield chunk
        finally:
            self.file.close()

    def __del__(self) -> None:
        # A response that was never sent (a client that went away) still lets go of the file.
        self.file.close()


@bp.get("/audit")
@requires("bundles:read")
def index() -> str:
    """The periods the auditor may pick and, for the chosen one, completeness per placement."""
    return _page()


def _page(wrong: dict[str, str] | None = None) -> str:
    """The page for the period the URL asks for; `wrong` maps a field of the proof form to what is wrong
    with it, said at that field with the sizes as they were typed."""
    who = principal()
    choices = audit_page.periods(who)
    text = asked_text() or (choices[0].label if choices else "")
    period = audit_page.audited_period(who, text) if text else None
    result = audit_page.check(db.session, who, period, requested_page(), PER_PAGE) if period else None
    lang = str(get_locale())
    return render_template(
        "auditor.html",
        choices=choices,
        later=audit_page.not_openable(who),
        window=audit_page.window(who, local_today()),
        result=result,
        pager=within(result.page, PER_PAGE, result.total, list_id="completeness", newest_first=False)
        if result
        else None,
        claimed=audit_claims.claimed(result.rows, result.municipality, result.period) if result else {},
        rule_name=lambda rule: rule_name(rule, result.rules, lang) if result else rule,
        status_name=lambda status: STATUS["da" if lang == "da" else "en"].get(status, status),
        show_cpr=show_cpr,
        shown_filename=shown_filename,
        fingerprint=signer().fingerprint,
        newest=audit_page.newest_checkpoint(db.session) if result else None,
        code=who.municipality,
        bundle_file=f"{bundle_name(who.municipality or '', result.period)}.zip" if result else "",
        wrong=wrong or {},
    )


@bp.get("/audit/bundle")
@requires("bundles:read")
@made_when_asked
def bundle() -> Any:
    """The bundle for a period (`hub bundle`): written to a temporary file, then streamed from it."""
    who = principal()
    period = asked_claim_period(who)
    spool = Spool()
    audit_page.write_bundle(db.session, who, period, spool.file)
    name = f"{bundle_name(who.municipality or '', period)}.zip"
    headers = {"Content-Disposition": attachment(name), "Content-Length": str(spool.size())}
    return Response(spool.chunks(), mimetype="application/zip", headers=headers)


@bp.get("/audit/checkpoint")
@requires("bundles:read")
def checkpoint() -> Response:
    """The newest signed checkpoint of the audit log, as a text file to keep, named by its size (which
    the proof an auditor later asks for starts from)."""
    size, note = audit_page.checkpoint(db.session, principal())
    headers = {"Content-Disposition": attachment(f"checkpoint-{size}.txt")}
    # content_type, not mimetype: Flask adds "; charset=utf-8" to a mimetype, which already had it.
    return Response(note, content_type="text/plain; charset=utf-8", headers=headers)


# The two sizes the proof form asks for, as the page names them: the form's field says its reason there.
SIZES = {
    "from_size": ("the kept checkpoint's size", "det gemte kontrolpunkts størrelse"),
    "to_size": ("the later bundle's size", "den senere pakkes størrelse"),
}


def _size(field: str, lowest: int, highest: int) -> int:
    """A size typed into the proof form: a whole number from `lowest` to `highest`, else `FieldError`."""
    text = (request.args.get(field) or "").strip().replace(".", "")
    en, da = SIZES[field]
    if not (text.isascii() and text.isdigit()) or not lowest <= int(text) <= highest:
        raise FieldError(
            field,
            f"{en} must be a whole number from {lowest} to {highest}, not {text or 'empty'}",
            f"{da.capitalize()} skal være et helt tal fra {lowest} til {highest}, ikke {text or 'tom'}",
        )
    return int(text)


@bp.get("/audit/proof")
@requires("bundles:read")
@made_when_asked
def proof() -> Response | tuple[str, int]:
    """The proof that the log has only grown from a kept checkpoint's size to a later bundle's, as a file
    for `verify.py --since --proof` (`GET /api/audit/consistency`, asked for by a form rather than an
    address typed by hand). Both sizes are signed checkpoints' already, so the newest signed is the top."""
    newest = audit_page.newest_checkpoint(db.session)
    if newest is None or newest.tree_size == 0:
        # Not "a whole number from 1 to 0": no checkpoint has been signed, so none can have been kept.
        raise NothingToProve(
            "the audit log has no signed checkpoint yet, so there is nothing to prove yet",
            "revisionsloggen har endnu intet signeret kontrolpunkt, så der er intet at bevise endnu",
        )
    top = newest.tree_size
    try:
        old = _size("from_size", 1, top)
        new = _size("to_size", old, top)
    except FieldError as exc:
        # Said at its field on the page the form is on, the sizes as typed: an error page had "go back,
        # correct it", the form and what was typed gone from it (stop 51).
        return _page({exc.field: said(exc)}), 400
    answer = audit_reads.consistency(db.session, principal(), old, new)
    headers = {"Content-Disposition": attachment(f"bevis-{old}-{new}.json")}
    return Response(json.dumps(answer, indent=2), mimetype="application/json", headers=headers)
