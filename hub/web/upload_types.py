"""The file types a municipality's upload field offers: those its senders' forms come in, and a zip.

Herlev's forms are all CSV, yet its field said "PDF, XML, XLSX og CSV" and let a caseworker pick a PDF,
which was only refused after the upload ("ingen af de blanketter, hubben tager imod fra Herlev Kommune,
er en PDF"). A lead sending for its partners is offered every type any of them takes. The company's
field is `upload_texts.texts`' own (the hub's one form, PDF or XLSX).

The types are the readers' (`sniff.FORMATS`, in their order), each offered by the names a file of it is
saved under (`ENDINGS`): the hub reads a file by its content, and its CSV reader reads any text in
columns, tab-separated too and PostgreSQL's COPY text (`csv_copy`), which a database export names `.tsv`
or `.txt`. The picker offered `.csv` alone, so such an export could be dropped on the page, or sent by
`hub ingest` and the API, but not picked (decision 0062, "Stop 60: api-71")."""

from __future__ import annotations

from collections.abc import Iterable

from babel.lists import format_list
from flask_babel import get_locale
from flask_babel import gettext as _

from hub.adapters.readers.sniff import FORMATS
from hub.errors import NotFound
from hub.services.registry import registry

# The readers' types, in the order the field has always named them; a type no config reads is never
# offered.
ORDER = FORMATS
# The names a file of each type is saved under, as a file picker's `accept` takes them: what a person's
# program or a database's export writes (`COPY … TO` a `.tsv` or `.txt`). tests/web/test_upload_endings.py
# checks every type of the readers has its names here.
ENDINGS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "xml": (".xml",),
    "xlsx": (".xlsx",),
    "csv": (".csv", ".tsv", ".txt"),
}


def formats(codes: Iterable[str]) -> list[str]:
    """The types the forms of these municipalities come in, in `ORDER`; every type when one of them has
    no config (its forms cannot be known here, and the upload says why it refuses one)."""
    found: set[str] = set()
    for code in codes:
        try:
            found.update(form.format for form in registry().get(code).forms)
        except NotFound:
            return list(ORDER)
    return [kind for kind in ORDER if kind in found] or list(ORDER)


def field(codes: Iterable[str]) -> dict[str, str]:
    """The upload field's `accept` and the hint under it for these senders."""
    kinds = formats(codes)
    named = format_list([kind.upper() for kind in kinds], locale=str(get_locale()))
    return {
        "accept": accept(kinds),
        "file_hint": _("Or drop the files here. %(types)s, or a zip of them.", types=named),
    }


def accept(kinds: Iterable[str]) -> str:
    """A file picker's `accept` for these types (`ENDINGS`), and a zip of them."""
    return ",".join([*(ending for kind in kinds for ending in ENDINGS[kind]), ".zip"])
