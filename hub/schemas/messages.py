"""Danish wording for the canonical schemas' English validation messages (caseworkers read Danish): a
message that carries its own (`Said`), else the wording of the first pattern that knows it
(`message_wordings`), and the problems a record's validation gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hub.errors import FieldProblem
from hub.quoting import UNREADABLE
from hub.schemas.message_wordings import DANISH
from hub.schemas.paths import bracketed
from hub.schemas.records import flatten_errors


class Said(str):
    """An English message that carries its own Danish (`da`): raise `ValidationError(Said(en, da))` where
    the reason is already said in both languages (a `HubError`), so no pattern has to guess it."""

    da: str

    def __new__(cls, english: str, danish: str) -> Said:
        said = super().__new__(cls, english)
        said.da = danish
        return said

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        # webargs deep-copies the messages; a copy must keep its Danish.
        return str(self), self.da


def known_danish(message: str) -> str | None:
    """The Danish wording of an English validation message, or None when no pattern knows it."""
    own = getattr(message, "da", None)
    if isinstance(own, str):
        return own
    for pattern, replacement in DANISH:
        if pattern.fullmatch(message):
            # A value the field quoted (`quoted`) that could not be read is said in English words: the
            # patterns carry it over as it is, so it is put in Danish here, once for all of them.
            return pattern.sub(replacement, message).replace(*UNREADABLE)
    return None


def danish(message: str) -> str:
    """The Danish wording of an English validation message (the English is kept when unknown)."""
    return known_danish(message) or f"Ugyldig værdi ({message})"


def problems_from_validation(
    messages: Any, file: str = "", form: str = "", locate: Callable[[str], tuple[str, str]] | None = None
) -> list[FieldProblem]:
    """One `FieldProblem` per marshmallow message, located through `locate(path)` (English, Danish)
    when given; its field in provenance's notation (`entries[0].hours`), as the mapping's problems name it."""
    found = []
    for dotted, texts in sorted(flatten_errors(messages).items()):
        path = bracketed(dotted)
        where, where_da = locate(path) if locate else ("", "")
        found += [
            FieldProblem(
                text, danish(text), file=file, form=form, locator=where, field=path, locator_da=where_da
            )
            for text in texts
        ]
    return found
