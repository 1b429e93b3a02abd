"""A PDF field the form itself marks Required (/Ff bit 2), drafted as one the record needs (decision 0060,
"Stop 65: lang-93, suggest's drafts"): the draft leaves `note`, `purpose` and `visitation` optional (or
nullable) as the canonical record allows, but where the form's author marked the field to be filled in,
`hub adapters check` warned of that very draft (`language.required_flags`, lang-85). The draft follows
the form instead, and says why, so the config's author decides with the flag in view.
"""

from __future__ import annotations

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.fields import FieldSuggestion

__all__ = ["required_by_form"]


def required_by_form(fields: list[FieldSuggestion], extraction: Extraction) -> None:
    """Draft each optional (or nullable) field of a PDF whose one field the form marks Required as one
    the record needs: neither optional nor an empty choice of its map."""
    if extraction.format != "pdf":
        return
    index = SourceIndex(extraction)
    for suggestion in fields:
        if not suggestion.optional or suggestion.path is None or len(suggestion.selectors) != 1:
            continue
        try:
            value = index.resolve(suggestion.selectors[0])
        except LabelSkipped:
            continue
        if value is None or not value.meta.get("required"):
            continue
        suggestion.optional, suggestion.flagged = False, True
        suggestion.targets.pop("", None)  # a blank line of its dropdown is no answer the form takes
