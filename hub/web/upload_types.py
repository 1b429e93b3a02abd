"""The file types a municipality's upload field offers: those its senders' forms come in, and a zip.

Herlev's forms are all CSV, yet its field said "PDF, XML, XLSX og CSV" and let a caseworker pick a PDF,
which was only refused after the upload ("ingen af de blanketter, hubben tager imod fra Herlev Kommune,
er en PDF"). A lead sending for its partners is offered every type any of them takes. The company's
field is `upload.texts`' own (the hub's one form, PDF or XLSX)."""

from __future__ import annotations

from collections.abc import Iterable

from babel.lists import format_list
from flask_babel import get_locale
from flask_babel import gettext as _

from hub.errors import NotFound
from hub.services.registry import registry

# The order the field has always named them in; a type no config reads is never offered.
ORDER = ("pdf", "xml", "xlsx", "csv")


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
        "accept": ",".join(f".{kind}" for kind in kinds) + ",.zip",
        "file_hint": _("Or drop the files here. %(types)s, or a zip of them.", types=named),
    }
