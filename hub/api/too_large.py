"""What an upload's 413 says: which of werkzeug's limits refused the body, in English and Danish.

Werkzeug answers 413 for three reasons: a body over `MAX_CONTENT_LENGTH` bytes, a form of more than
`MAX_FORM_PARTS` parts, and a field that is not a file over `MAX_FORM_MEMORY_SIZE` bytes. Only the
first is about the upload's size; telling a caseworker who sent 1,500 small files that they were "larger
than the limit of 52,428,800 bytes" sends them looking for a large file that is not there.
"""

from __future__ import annotations


def _danish(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def too_large_words(limit: int, parts: int, content_length: int | None) -> tuple[str, str]:
    """The 413's message in English and Danish. `limit` is the bytes limit enforced, `parts` the form
    parts werkzeug takes, `content_length` what the client said it sends (None: chunked, unknown)."""
    if content_length is not None and content_length <= limit:
        # Within the bytes: the form parser refused its parts or a field's size.
        return (
            f"the upload has more than {parts:,} parts (files and fields), or a field that is not a file"
            " is too large; send the files in several uploads, or as one zip",
            f"uploaden har mere end {_danish(parts)} dele (filer og felter), eller et felt, der ikke er en"
            " fil, er for stort; send filerne i flere uploads eller som én zip-fil",
        )
    return (
        f"the upload is larger than the limit of {limit:,} bytes",
        f"uploaden er større end grænsen på {_danish(limit)} byte",
    )
