"""A file sent, as the upload page and its lists say it (`hub.web.upload`, `upload_sent`): its name and
status as this user may see them, and each stored problem as one line in the page's language, where
(the document's own words, not to be translated) then why. Registered as the templates' filters
`sent_name`, `sent_status`, `problem_text` and `made_name` by `hub.web.upload`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape

from hub.datewords import reason_text
from hub.errors import FieldProblem
from hub.field_problem import said_at
from hub.models import Submission
from hub.services import form_titles, submission_view
from hub.services.awaiting import WAITS_IN
from hub.services.made_records import MadeRecord
from hub.web.guard import principal
from hub.web.refusals import sentence


def form_title(form_id: str, sent: Submission | None) -> str:
    """A form as its sender's adapter titles it ('Praktikaftale - virksomhedspraktik (JCB 2.1)'), not
    by the config's id, in the page's language; the id when the sender, its adapter or the form is not
    known (any more)."""
    if sent is None:
        return form_id
    lang = str(get_locale())
    return form_titles.form_title(form_id, sent.agreement_id, sent.municipality_code, lang)


def sent_name(sent: Submission) -> str:
    """A submission's file name as this user may see it (`submission_view`)."""
    return str(submission_view.shown(sent.filename, submission_view.view_for(principal(), sent)))


def sent_status(sent: Submission) -> str:
    """The key in `texts()` of the words a list of files sent shows for `sent`: `waiting` while it is
    held for a placement agreement another file may still bring (`hub.services.awaiting`: queued with
    `waiting_since`), which "Waiting in line" would hide; `unchanged` when it was accepted with no
    version of its own (its content repeats one stored before); else its status."""
    if sent.waiting_since is not None and sent.status in WAITS_IN:
        return "waiting"
    if sent.status == "accepted" and sent.unchanged_version_id:
        return "unchanged"
    return sent.status


def problem_text(problem: dict[str, Any], sent: Submission | None = None) -> Markup:
    """A stored problem (`FieldProblem.to_dict`) as one line in the page's language: where, then why.
    Where is the document's own words (its file name, its form's title from the adapter of `sent`, a
    field's label as printed): `translate="no"`. Under the row of `sent`, which is titled by its file
    name, the file is not named again ("p.pdf: ikke en blanket fra …" under the row "p.pdf"); a zip's
    member, named otherwise than its row, still is."""
    row = ""
    if sent is not None:  # CPR-like text in a quoted value or a file name, as this user may see it
        problem = submission_view.shown(problem, submission_view.view_for(principal(), sent))
        row = sent_name(sent)
    known = {name: problem[name] for name in FieldProblem.__dataclass_fields__ if name in problem}
    found = replace(FieldProblem(**known), form=form_title(str(known.get("form") or ""), sent))
    if row and found.file == row:
        found = replace(found, file="")
    lang = str(get_locale())
    # The English reason keeps ISO dates as the API's message does: the page writes them as its own.
    reason = reason_text(found.reason_en, found.reason_da, lang)
    item = (found.item_da or found.item) if lang == "da" else found.item
    locator = (found.locator_da or found.locator) if lang == "da" else found.locator
    # The document's own words (file name, form, where in it) are not to be translated; the field's
    # name is ours, in the page's language.
    where = " / ".join(p for p in (found.file, found.form, item, locator) if p)
    named = found.field_words(lang) if found.field else ""
    if said_at(locator, named):  # 'side 1, feltet "Deltager-id"' names it: said once
        named = ""
    if not where and not named:
        return quoted_as_is(sentence(reason))  # standing alone, it reads as a sentence (`hub.web.refusals`)
    why = quoted_as_is(reason)
    if not where:
        return Markup("{}: {}").format(named, why)
    if not named:
        return Markup('<span translate="no">{}</span>: {}').format(where, why)
    return Markup('<span translate="no">{}</span> / {}: {}').format(where, named, why)


# A value a reason quotes: the document's or its config's words ('32.08.2026', a printed title), never
# the hub's. An apostrophe inside a word ("the company's") opens no quote.
_QUOTED = re.compile(r"(?<!\w)'([^'\n]+)'(?!\w)")


def quoted_as_is(reason: str) -> Markup:
    """A reason, escaped, with each quoted value marked `translate="no"`: a page in English quoting a
    Danish title is not Danish on an English page, and no translator should touch it."""
    parts, last = [], 0
    for found in _QUOTED.finditer(reason):
        parts.append(escape(reason[last : found.start()]))
        parts.append(Markup('<span translate="no">{}</span>').format(found.group(0)))
        last = found.end()
    parts.append(escape(reason[last:]))
    return Markup("").join(parts)


# More records than this of one form and month a file made are folded under a summary (`made_records`).
FOLDED_FROM = 4


def made_name(made: MadeRecord, sent: Submission) -> str:
    """A record a file made, named as its row says it: its intern as the file named them, the intern
    first ("Maja Larsen (P-…), deltager 14", as upload.js `named`), else its participant id; CPR-like text
    in the file's words as this user may see it; "version 2" only where it is not the first."""
    label = made.label_da if str(get_locale()) == "da" else made.label
    label = str(submission_view.shown(label, submission_view.view_for(principal(), sent)))
    open_at = label.find(" (")
    if open_at > 0 and label.endswith(")"):
        name = f"{label[open_at + 2 : -1]} ({made.participant_id}), {label[:open_at]}"
    else:
        name = made.participant_id
    return name if made.version == 1 else _("%(name)s, version %(n)s", name=name, n=made.version)
