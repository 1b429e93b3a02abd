"""A PDF field the form itself marks Required (/Ff bit 2) that the config lets be left empty: said by
`hub adapters check` on the golden files, so the config's author decides (decision 0025, "Stop 64:
lang-85").

The config decides what the record needs, not the flag: a viewer asks for a Required field only before
the form is submitted from the viewer, never before it is saved or mailed, and the form's author may
have marked fields the job centre can do without (a phone number). A caseworker who sees a document
refused for a field their own form left optional would not know why; one whose document is accepted
without a field the form marked would expect the job centre to have wanted it. So the two disagreeing is
a warning to the person who can settle it, and a refusal for an empty field says the flag beside the
config's reason (`read_problems.REQUIRED_BY_FORM`).
"""

from __future__ import annotations

from hub.adapters.language.config_form import FormConfig
from hub.adapters.readers.base import Extraction

__all__ = ["optional_but_required"]


def optional_but_required(form: FormConfig, extraction: Extraction) -> list[tuple[str, str]]:
    """One line (English, Danish) for each field of a PDF form the config marks `optional` or `nullable`
    whose source the document's form marks Required."""
    if form.format != "pdf":
        return []
    flagged = {value.key: value for value in extraction.values if value.meta.get("required")}
    found = []
    for rule in form.fields:
        if not (rule.optional or rule.nullable):
            continue
        word = "optional" if rule.optional else "nullable"
        for selector in (rule.source, *rule.sources):
            value = flagged.get((selector or "").strip())
            if value is None:
                continue
            page = value.meta.get("page")
            found.append(
                (
                    f"{rule.path} may be left empty ({word} = true), but the form marks its field "
                    f'"{value.key}" on page {page} required: a document without it is accepted; remove '
                    f"{word} if the job centre needs it",
                    f"{rule.path} må være tom ({word} = true), men blanketten markerer dens felt "
                    f'"{value.key}" på side {page} som påkrævet: et dokument uden det godtages; fjern '
                    f"{word}, hvis jobcentret har brug for det",
                )
            )
    return found
