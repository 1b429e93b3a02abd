"""A form named as people know it: by the title its sender's adapter gives it, not the config's id.

The id ("gladsaxe-placement") stays the contract in stored problems and in the API's `form`; pages and
the API's `form_title` show the title ("Praktikaftale - virksomhedspraktik").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hub.adapters.language.config_model import find_form
from hub.errors import HubError
from hub.services.normalise import adapter_for


def form_title(form_id: str, agreement_id: str | None, municipality_code: str | None) -> str:
    """The title of a sender's form; the id when the sender, its adapter or the form is not known (any
    more: a config changed since the problem was stored), or gives no title."""
    if not form_id or (agreement_id is None and municipality_code is None):
        return form_id
    try:
        return find_form(adapter_for(agreement_id, str(municipality_code)).forms, form_id).title or form_id
    except (KeyError, HubError):
        return form_id


def titled(
    problems: Iterable[dict[str, Any]], agreement_id: str | None, municipality_code: str | None
) -> list[dict[str, Any]]:
    """Stored problems (`FieldProblem.to_dict`) each with `form_title` added where it names a form."""
    return [
        {**p, "form_title": form_title(str(p["form"]), agreement_id, municipality_code)}
        if p.get("form")
        else p
        for p in problems
    ]
