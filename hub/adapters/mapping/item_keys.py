"""How the rows of a table of one item a row are told apart by their key (`[forms.items] group`).

Rows with the same key are one item: one citizen's hours, a row a day. The key was compared as written
(its label's case and spacing aside), so a CPR number written once as `150392-1237` and once as
`150392 1237`, or with a stray quote a program left (`150392-12"37`, fuzz recipe 57/csv/quote/105),
made two records of one citizen, each with part of their hours. A key that the form reads as the
citizen's CPR number is compared as the record reads it: through that field's own transforms, its
dashes and spaces gone as the CPR check drops them (decision 0065, every spelling of a CPR number).
One that does not spell ten digits so is its own item, and the record's CPR check refuses it.
"""

from __future__ import annotations

from collections.abc import Callable

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.item_scope import COLUMN
from hub.adapters.mapping.transforms import TRANSFORMS, TransformError
from hub.schemas.edges import strip_edges

CPR_PATH = "citizen.cpr"


def key_of(form: FormConfig, header: str, norm: Callable[[str], str]) -> Callable[[str], str]:
    """How a row's key (the text of its cell under `header`) is compared with other rows': as the CPR
    number it spells where the form reads the citizen's CPR number from that column, else as written
    (`norm`: the document's `cell_text`, so that no key is kept past its document)."""
    column = f"{COLUMN}{header}"
    rule = next((r for r in form.fields if r.path == CPR_PATH and (r.source or "").strip() == column), None)
    if rule is None:
        return norm
    calls = [c for c in rule.transforms if c.name != "default" and not TRANSFORMS[c.name].combines]

    def as_cpr(text: str) -> str:
        value = strip_edges(text)
        try:
            for call in calls:
                value = strip_edges(TRANSFORMS[call.name].func(value, call.args)) if value else value
        except TransformError:
            return norm(text)  # the row's own field says what is wrong with it
        digits = value.replace("-", "").replace(" ", "")  # as `schemas.cpr.normalise_cpr` reads it
        return f"cpr:{digits}" if len(digits) == 10 and digits.isdigit() else norm(text)

    return as_cpr
