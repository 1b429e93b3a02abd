"""`hub adapters suggest`: a name written `Efternavn, Fornavn` drafted first name first (decision 0060,
"Seventh trial").

A case system or a form that asks for "efternavn, fornavn" gives `Mikkelsen, Bo`; the record's name is
`Bo Mikkelsen`. The draft read it as it stands. Where the field's label asks for the last name first, or
its value has a comma between two names, the draft writes the `regex` the trial configs use, which turns
`Mikkelsen, Bo` round and leaves a name without a comma as it is.
"""

from __future__ import annotations

import re

from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.words import words

NAME_PATHS = frozenset({"citizen.name", "mentor.name", "caseworker.name"})
TURN = {"name": "regex", "pattern": r"^(?:(.+?),\s*)?(.+)$", "template": "{2} {1}"}
_LAST_FIRST = re.compile(r"[^\W\d_][\w.' -]*,\s*[^\W\d_][\w.' -]*")


def turn_names(fields: list[FieldSuggestion]) -> None:
    """Give each drafted name read last name first the `regex` that turns it (changed in place)."""
    for suggestion in fields:
        if suggestion.path not in NAME_PATHS or suggestion.transforms or suggestion.args:
            continue
        label = words(suggestion.where)
        asks = (
            "efternavn" in label and "fornavn" in label and label.index("efternavn") < label.index("fornavn")
        )
        if asks or _LAST_FIRST.fullmatch((suggestion.seen or "").strip()):
            suggestion.transforms = ["regex"]
            suggestion.args = {k: v for k, v in TURN.items() if k != "name"}
            suggestion.note = "written last name first: turned round"
