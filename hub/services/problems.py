"""Turn validation messages into `FieldProblem`s that speak Danish to caseworkers and English to the API."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hub.errors import FieldProblem
from hub.schemas.messages import danish


def flatten(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Nested marshmallow messages as `{"citizen.cpr": [...], "entries.0.hours": [...]}`."""
    if isinstance(messages, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            path = str(key) if key != "_schema" else ""
            path = f"{prefix}.{path}" if prefix and path else (prefix or path)
            for sub, texts in flatten(value, path).items():
                flat.setdefault(sub, []).extend(texts)
        return flat
    if isinstance(messages, list | tuple):
        if all(isinstance(m, str) for m in messages):
            return {prefix: [str(m) for m in messages]}
        flat = {}
        for item in messages:
            for sub, texts in flatten(item, prefix).items():
                flat.setdefault(sub, []).extend(texts)
        return flat
    return {prefix: [str(messages)]}


def from_validation(
    messages: Any, file: str = "", form: str = "", locate: Callable[[str], str] | None = None
) -> list[FieldProblem]:
    """One problem per message, located through `locate(path)` when given (PDF field, XPath, cell)."""
    problems = []
    for path, texts in sorted(flatten(messages).items()):
        for text in texts:
            problems.append(
                FieldProblem(
                    reason_en=text,
                    reason_da=danish(text),
                    file=file,
                    form=form,
                    locator=locate(path) if locate else "",
                    field=path,
                )
            )
    return problems
