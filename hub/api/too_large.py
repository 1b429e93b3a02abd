"""What an upload's 413 says: which of werkzeug's limits refused the body, in English and Danish.

Werkzeug answers 413 for three reasons: a body over `MAX_CONTENT_LENGTH` bytes, a form of more than
`MAX_FORM_PARTS` parts, and a field that is not a file over `MAX_FORM_MEMORY_SIZE` bytes. Only the
first is about the upload's size; telling a caseworker who sent 1,500 small files that they were "larger
than the limit of 52,428,800 bytes" sends them looking for a large file that is not there, and telling
one whose form field was too long that the upload has too many parts sends them splitting files.
"""

from __future__ import annotations

from decimal import Decimal
from types import TracebackType

from hub.quantities import number_text

# Where werkzeug's multipart decoder refuses a form for its parts (`MultipartDecoder.next_event`); it
# refuses a field's size in `receive_data` and in `MultiPartParser.parse` (werkzeug 3). Werkzeug raises
# one bare `RequestEntityTooLarge` for both: only where it was raised tells them apart.
PARTS_REFUSED_IN = "next_event"


def refused_for_parts(exc: BaseException) -> bool:
    """Whether werkzeug's 413 `exc` was raised for the form's number of parts (not a field's size)."""
    tb: TracebackType | None = exc.__traceback__
    last = None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and last.tb_frame.f_code.co_name == PARTS_REFUSED_IN


def too_large_kind(
    limit: int,
    content_length: int | None,
    field_limit: int | None = None,
    refused: BaseException | None = None,
) -> str:
    """Which limit refused the body: `bytes` (over `limit`, or of a length not said), `parts` (too many
    form parts) or `field` (a field that is not a file over `field_limit`); arguments as `too_large_words`."""
    if content_length is not None and content_length <= limit:
        # Within the bytes: the form parser refused a field's size or its parts.
        if field_limit is not None and refused is not None and not refused_for_parts(refused):
            return "field"
        return "parts"
    return "bytes"


# What to do, said in the API's message after the limit (decision 0016, "Stop 61: fixes-72"): a page shows
# its kind's advice beside the message (`error_words.ADVICE_413`), but a case system, a script and the
# upload page (`upload.js`, which shows the API's message) had the limit alone and no way on. Too many
# parts says its way in its own words already.
API_ADVICE = {
    "bytes": (
        "send fewer files in one upload, or split a large export into several smaller files",
        "send færre filer i én upload, eller del et stort udtræk i flere mindre filer",
    ),
    "field": ("send that field's text shorter", "send feltets tekst kortere"),
}


def too_large_words(
    limit: int,
    parts: int,
    content_length: int | None,
    field_limit: int | None = None,
    refused: BaseException | None = None,
    advice: bool = False,
) -> tuple[str, str]:
    """The 413's message in English and Danish. `limit` is the bytes limit enforced, `parts` the form
    parts werkzeug takes, `content_length` what the client said it sends (None: chunked, unknown),
    `field_limit` the bytes a field that is not a file may hold (`MAX_FORM_MEMORY_SIZE`) and `refused`
    werkzeug's exception, which tells a field's size from the parts (`refused_for_parts`); `advice`:
    followed by what to do (`API_ADVICE`), for the API, whose answer has no page to say it."""
    kind = too_large_kind(limit, content_length, field_limit, refused)
    english, danish = _limit_words(kind, limit, parts, field_limit)
    if advice and kind in API_ADVICE:
        english, danish = f"{english}; {API_ADVICE[kind][0]}", f"{danish}; {API_ADVICE[kind][1]}"
    return english, danish


def _limit_words(kind: str, limit: int, parts: int, field_limit: int | None) -> tuple[str, str]:
    """The limit of `kind` that refused the body, in English and Danish."""
    if kind == "field" and field_limit is not None:
        return (
            f"a field of the form that is not a file is larger than the limit of {field_limit:,} bytes",
            "et felt i formularen, der ikke er en fil, er større end grænsen på "
            f"{number_text(field_limit, 'da')} byte",
        )
    if kind == "parts":
        return (
            f"the upload has more than {parts:,} parts (files and fields); send the files in several"
            " uploads, or as one zip",
            f"uploaden har mere end {number_text(parts, 'da')} dele (filer og felter); send filerne i flere"
            " uploads eller som én zip-fil",
        )
    return (
        f"the upload is larger than the limit of {limit:,} bytes{_in_megabytes(limit, 'en')}",
        f"uploaden er større end grænsen på {number_text(limit, 'da')} byte{_in_megabytes(limit, 'da')}",
    )


_MB = 1024 * 1024  # as the readers' limits say a size (`readers.limit_words`)


def _in_megabytes(limit: int, lang: str) -> str:
    """The bytes limit in MB after it, " (at most 50 MB)" / " (højst 50 MB)": 52,428,800 bytes told no
    caseworker how large a file may be (decision 0016, "Stop 62: fixes-75"). Rounded down to a tenth, so
    that the MB said is never more than the hub takes; nothing for a limit under 0.1 MB."""
    tenths = limit * 10 // _MB
    if not tenths:
        return ""
    return f" ({'højst' if lang == 'da' else 'at most'} {number_text(Decimal(tenths) / 10, lang)} MB)"
