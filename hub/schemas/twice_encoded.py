"""A text encoded twice: UTF-8 read as Windows-1252 (or Latin-1) and written again as UTF-8, so that
"Henrik Møller" is stored as "Henrik MÃ¸ller" (decision 0061, "Stop 62: fixes-76").

Every format carries it as good text (a Perl report written without `use utf8`, a CSV opened in one
program and saved from another), so no reader notices: the record's text fields (`fields.Text`) refuse
it at the value's place, saying what it probably should read. Only a text that reads again cleanly, to
something else that holds a letter beyond ASCII: a lone "Ã", a text that does not read again, or one
whose reading holds only signs ("â€“" for a dash) may be what was meant, and passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.quoting import encoded_twice, misreading

# Only ASCII's white space: written in any of the encodings it is the same byte, and no UTF-8 sequence
# holds it, so the text and its reading part into the same words (a no-break space is half of "à").
_SPACE = re.compile(r"[ \t\r\n]+")
_MAX_WORD = 40  # characters of a quoted word: a name, not a note
MESSAGE = (
    "looks encoded twice: '{wrong}' should probably read '{right}' (text saved as UTF-8 was read as"
    " {encoding} and saved again): correct it where it was written and send the file again"
)
PDF_DOC = "pdfdoc"  # a PDF string's own one-byte encoding, as pikepdf registers its codec
# A context variable, not an argument: a record's text fields are checked by the schema, which does not
# know the format its values were read from; the one who loads a document's record does.
_READ_AS: ContextVar[str] = ContextVar("read_as", default="cp1252")


def read_as(form_format: str) -> str:
    """The encoding a document of `form_format` decodes text that names none with (`MappedForm.read_as`):
    for every format the misreading likeliest, Windows-1252. A PDF's string of UTF-8 bytes is read as
    UTF-8, string by string (`pdf_text.as_written`), so no text a PDF gives is UTF-8 read as
    PDFDocEncoding any longer: one still misread was misread before the PDF was written, by a Windows
    program as anywhere else (a UTF-16 string's "Ã…rhus" is "Århus", which undoing PDFDocEncoding
    first guessed as "Ãrhus": decision 0060, "Stop 74: fixes-137")."""
    del form_format  # kept for the callers: the format no longer decides it
    return "cp1252"


@contextmanager
def text_read_as(encoding: str) -> Iterator[None]:
    """While the record of a document whose text without an encoding of its own was decoded with
    `encoding` ("pdfdoc": a PDF string's PDFDocEncoding) is checked, guess a misread text's meaning by
    undoing that encoding first (trial-124: "Ã–kjÃ¦r" is "Åkjær" read as PDFDocEncoding, "Ökjær" only
    by Windows-1252)."""
    token = _READ_AS.set(encoding)
    try:
        yield
    finally:
        _READ_AS.reset(token)


def encoded_twice_problem(text: str, lowered: bool = False) -> str | None:
    """The refusal (English; `message_wordings` says it in Danish) of a text encoded twice, quoting its
    first word that reads otherwise and that reading; None for any other text.

    `lowered`: the text may have been lower-cased after it was misread (11 of 12 configs lower an
    e-mail address: stop 63; a name may be lowered too), which turns the misreading's "Ã" and "Â"
    (UTF-8's first byte of every Danish letter) into "ã" and "â", and "MÃ¸ller" no longer reads again;
    it is tried as it was. A true "ã" ("joão") is followed by a letter, not a UTF-8 byte's second half,
    and does not read again."""
    read_as = _READ_AS.get()
    if lowered and encoded_twice(text, read_as) is None:
        text = text.replace("ã", "Ã").replace("â", "Â")
    found = misreading(text, read_as)
    if found is None:
        return None
    meant, encoding = found
    if not any(char.isalpha() and not char.isascii() for char in meant):
        return None
    pairs = zip(_SPACE.split(text), _SPACE.split(meant), strict=False)
    wrong, right = next(((w, r) for w, r in pairs if w != r), (text, meant))
    if wrong == wrong.upper() and any(char.isascii() and char.isupper() for char in wrong):
        # In capitals (a config's `upper`): the misreading's second half has no case, so "MÃ¸LLER"
        # reads again as "MøLLER"; the word meant is in capitals too.
        right = right.upper()
    # Named PDFDocEncoding only where Windows-1252 reads otherwise ("Ã–"): where both read the same
    # ("Ã¸") either may have been the misreading, and the message says what it always said (Latin-1,
    # tried only for the bytes Windows-1252 leaves undefined, is named Windows-1252 too).
    named = "PDFDocEncoding" if encoding == PDF_DOC and encoded_twice(text) != meant else "Windows-1252"
    return MESSAGE.format(wrong=_shown(wrong), right=_shown(right), encoding=named)


def _shown(word: str) -> str:
    """A word fit for the message: CPR-like numbers masked wholly, no control characters (Latin-1's
    misreading leaves some), cut at `_MAX_WORD`."""
    kept = "".join(c for c in mask_cpr_like(word, MASKED_WHOLLY) if unicodedata.category(c) != "Cc")
    return kept if len(kept) <= _MAX_WORD else kept[: _MAX_WORD - 1] + "…"
