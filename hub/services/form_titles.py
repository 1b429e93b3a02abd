"""A form named as people know it: by the title its sender's adapter gives it, not the config's id.

The id ("gladsaxe-placement") stays the contract in stored problems and in the API's `form`; pages and
the API's `form_title` (`form_title_da`) show the title ("Praktikaftale - virksomhedspraktik").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_model import find_form
from hub.errors import FieldProblem, HubError
from hub.services.submission_adapter import adapter_for


def titles(form_id: str, agreement_id: str | None, municipality_code: str | None) -> tuple[str, str]:
    """A sender's form named as people call it, in English and Danish: its title (the form's own printed
    words, the same in both, or the English the config gives a form the hub words itself: the
    company's); the id when the sender, its adapter or the form is not known (any more: a config
    changed since the problem was stored), or gives no title."""
    if not form_id or (agreement_id is None and municipality_code is None):
        return form_id, form_id
    try:
        return named(adapter_for(agreement_id, str(municipality_code)).forms, form_id)
    except HubError:
        return form_id, form_id


def named(forms: tuple[FormConfig, ...], form_id: str) -> tuple[str, str]:
    """The form `form_id` of these (an adapter's) in English and Danish; the id when there is none."""
    try:
        form = find_form(forms, form_id)
    except KeyError:
        return form_id, form_id
    title = form.title or form_id
    return form.title_en or title, title


def titled_in(problem: FieldProblem, forms: tuple[FormConfig, ...]) -> FieldProblem:
    """The problem with the titles of its form among `forms` (the adapter it was read with)."""
    if not problem.form:
        return problem
    en, da = named(forms, problem.form)
    return replace(problem, form_title=en, form_title_da=da)


def form_title(
    form_id: str, agreement_id: str | None, municipality_code: str | None, lang: str = "da"
) -> str:
    """The title of a sender's form in `lang` (`titles`)."""
    en, da = titles(form_id, agreement_id, municipality_code)
    return da if lang == "da" else en


def titled_problem(
    problem: FieldProblem, agreement_id: str | None, municipality_code: str | None
) -> FieldProblem:
    """The problem with its form's titles, so that `describe` names the form as people call it."""
    if not problem.form:
        return problem
    en, da = titles(problem.form, agreement_id, municipality_code)
    return replace(problem, form_title=en, form_title_da=da)


def titled(
    problems: Iterable[dict[str, Any]], agreement_id: str | None, municipality_code: str | None
) -> list[dict[str, Any]]:
    """Stored problems (`FieldProblem.to_dict`) each with `form_title` (English) and `form_title_da`
    added where it names a form."""
    out = []
    for p in problems:
        if p.get("form"):
            en, da = titles(str(p["form"]), agreement_id, municipality_code)
            p = {**p, "form_title": en, "form_title_da": da}
        out.append(p)
    return out
