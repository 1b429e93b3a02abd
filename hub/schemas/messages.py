"""Danish wording for the canonical schemas' English validation messages (caseworkers read Danish)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hub.errors import FieldProblem
from hub.schemas.records import flatten_errors

# English message patterns of the canonical schemas and marshmallow, with their Danish wording.
_DANISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), danish)
    for pattern, danish in (
        (r"^Missing data for required field\.?$", "Feltet mangler."),
        (r"^Unknown field\.?$", "Ukendt felt."),
        (r"^Field may not be null\.?$", "Feltet må ikke være tomt."),
        (r"^Not a valid string\.?$", "Ikke en gyldig tekst."),
        (r"^Not a valid integer\.?$", "Ikke et gyldigt heltal."),
        (r"^Not a valid date\.?$", "Ikke en gyldig dato."),
        (r"^Not a valid email address\.?$", "Ikke en gyldig e-mailadresse."),
        (r"^Must be one of: (.*)\.$", r"Skal være en af: \1."),
        (
            r"^Must be greater than or equal to (\S+) and less than or equal to (\S+)\.$",
            r"Skal være mellem \1 og \2.",
        ),
        (r"CVR check digit", "CVR-nummerets kontrolciffer er forkert."),
        (r"^not a real date(.*)$", r"Ikke en rigtig dato\1."),
        (r"CPR", "Ugyldigt CPR-nummer."),
        (r"P-number", "Ugyldigt P-nummer (10 cifre)."),
        (r"municipality", "Ukendt kommunekode."),
        (r"phone", "Ugyldigt telefonnummer."),
        (r"end .*before .*start", "Slutdatoen ligger før startdatoen."),
        (r"total_hours", "Timetallet i alt svarer ikke til summen af linjerne."),
        (r"week", "Ugyldig uge."),
        (r"hours", "Ugyldigt timetal."),
        (r"decimal|amount|money", "Ugyldigt beløb."),
    )
)


def danish(message: str) -> str:
    """The Danish wording of an English validation message (the English is kept when unknown)."""
    for pattern, replacement in _DANISH:
        if pattern.search(message):
            return pattern.sub(replacement, message) if pattern.pattern.startswith("^") else replacement
    return f"Ugyldig værdi ({message})"


def problems_from_validation(
    messages: Any, file: str = "", form: str = "", locate: Callable[[str], str] | None = None
) -> list[FieldProblem]:
    """One `FieldProblem` per marshmallow message, located through `locate(path)` when given."""
    return [
        FieldProblem(
            reason_en=text,
            reason_da=danish(text),
            file=file,
            form=form,
            locator=locate(path) if locate else "",
            field=path,
        )
        for path, texts in sorted(flatten_errors(messages).items())
        for text in texts
    ]
