"""An upload's parts that would not be read as its documents (`POST /api/submissions`), refused whole, and
each part's file name as its sender wrote it.

webargs reads the documents from the parts named `files` only. A file sent under another name (`file`,
as many HTTP libraries' examples call it, or no name at all) was dropped without a word beside a part
named `files`, and alone was told that `files` was missing, which the client believed it had sent. A
`files` part without a `filename` is a text field to the form parser, and was told the same. Each is
now a 422 naming the part as it was sent and saying how to send it; nothing of the upload is stored, so
a client never has one of two documents kept and believes both were (decision 0018, stop 45). So is a
file part whose file name is empty (`filename=""`, or only a folder's path): it was kept as "upload",
and its sender could not find it again by the name it has (stop 46).

Refused rather than taken under any name: the API refuses every argument it does not know (a query
parameter, a form field) rather than guessing what it was meant as, and a part of another name may be
something else than a document (a signature, metadata) that must not be stored and processed as one.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Response, request
from werkzeug.datastructures import FileStorage

from hub.errors import FieldProblem
from hub.extensions import db
from hub.filenames import clean_filename, name_left
from hub.services import uploads
from hub.web.argument_words import argument_messages
from hub.web.error_answer import error_body
from hub.web.error_words import LOCATIONS_DA
from hub.web.guard import current
from hub.web.problems import problem_response

# The one name a document's part has (`UploadFiles.files`).
PART = "files"
# A file part under another name, or none: (English, Danish) reasons; the part's name is the problem's
# field, and the message names it ("Part 'file': …").
OTHER_NAME = (
    f"documents are read only from parts named '{PART}': send this file as a part named '{PART}' "
    "(nothing of this upload was stored)",
    f"dokumenter læses kun fra dele ved navn '{PART}': send filen som en del ved navn '{PART}' "
    "(intet fra denne upload er gemt)",
)
NO_NAME = (
    f"a file part without a name: send it as a part named '{PART}' (nothing of this upload was stored)",
    f"en fildel uden navn: send den som en del ved navn '{PART}' (intet fra denne upload er gemt)",
)
NO_FILENAME = (
    "the part has no filename, so it is read as a text field, not a file: send each document with a "
    f'filename (Content-Disposition: form-data; name="{PART}"; filename="...") (nothing of this upload '
    "was stored)",
    "delen har intet filnavn, så den læses som et tekstfelt, ikke som en fil: send hvert dokument med et "
    f'filnavn (Content-Disposition: form-data; name="{PART}"; filename="...") (intet fra denne upload '
    "er gemt)",
)

EMPTY_FILENAME = (
    "a file part without a file name: send each document with its own file name (Content-Disposition: "
    f'form-data; name="{PART}"; filename="rapport.pdf"), the name it is listed and found again by '
    "(nothing of this upload was stored)",
    "en fildel uden filnavn: send hvert dokument med sit eget filnavn (Content-Disposition: form-data; "
    f'name="{PART}"; filename="rapport.pdf"), det navn, det står på listen og findes igen under (intet '
    "fra denne upload er gemt)",
)


def _problem(name: str, reason: tuple[str, str]) -> dict[str, Any]:
    return FieldProblem(*reason, locator="files", locator_da=LOCATIONS_DA["files"], field=name).answer()


def stray_problems() -> list[dict[str, Any]]:
    """A problem for each name a part that would not be read as a document was sent under, once a name:
    a file part not named `files` (or with no name), a `files` part with no filename, one whose file name
    is empty."""
    problems = []
    for name in dict.fromkeys(request.files.keys()):
        if name != PART:
            problems.append(_problem(name, OTHER_NAME) if name else _problem("", NO_NAME))
    if PART in request.form:
        problems.append(_problem(PART, NO_FILENAME))
    if any(not name_left(sent_name(part)) for part in request.files.getlist(PART)):
        problems.append(_problem(PART, EMPTY_FILENAME))
    return problems


def refused_parts() -> Response | None:
    """The 422 of an upload with a part that would not be read as a document; None when every file part
    is one. The attempt is an `upload.refused` audit entry with the file names, as a refused file's."""
    problems = stray_problems()
    if not problems:
        return None
    # By the names they would have been kept under, as every other refusal names its files.
    names = [clean_filename(sent_name(f)) for part in request.files for f in request.files.getlist(part)]
    uploads.note_refused(db.session, current(), "upload", names, "part_name")
    body = error_body("unprocessable_entity", *argument_messages(problems), problems=problems)
    return problem_response(422, body)


# A part's `filename="..."`, backslash escapes and all, as it stands in the part's header.
_QUOTED_FILENAME = re.compile(r';\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"', re.IGNORECASE)


def sent_name(part: FileStorage) -> str:
    """A part's file name as its sender wrote it, to be cleaned where it is kept (`ingest.Item`).

    Werkzeug reads a backslash in a quoted header value as an escape and drops it, so a Windows path
    (`C:\\Users\\x\\rapport.csv`) would arrive as `C:Usersxrapport.csv` and could no longer be cut at
    its separators. Browsers send backslashes as they are (a quote becomes `%22`), so the name is read
    from the header again, undoing only an escaped quote. A `filename*` (RFC 5987) is percent-encoded,
    and werkzeug's reading of it keeps backslashes."""
    header = part.headers.get("Content-Disposition", "")
    found = _QUOTED_FILENAME.search(header)
    parsed = part.filename or ""
    if found is None or "filename*" in header.lower():
        return parsed
    raw = found.group(1).replace('\\"', '"')
    # Only the backslashes werkzeug dropped are given back: a header crafted so that the pattern finds
    # another quoted value than werkzeug's parser did keeps werkzeug's reading.
    return raw if raw.replace("\\", "") == parsed.replace("\\", "") else parsed
