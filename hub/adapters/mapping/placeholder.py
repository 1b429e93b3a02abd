"""The draft's `TODO` met as a value: what `hub adapters suggest` writes for a word it could not map
(`language.config_values.PLACEHOLDER`). A config still holding it loads and `hub adapters check` says
INCOMPLETE; a document with that value is refused as the config's gap, said so (README, "Add a
municipality"), not "Must be one of" at the sender's field (decision 0060, "Stop 59: suggest-69")."""

from __future__ import annotations

from hub.quoting import quoted, quoted_da

PLACEHOLDER = "TODO"


def unfinished(text: str) -> tuple[str, str]:
    """The refusal, in English and Danish, of a value `text` a word list maps to the draft's TODO."""
    return (
        f"the hub's adapter for this form maps {quoted(text)} to TODO, a value its config has not been"
        " given yet, so the document cannot be accepted: the hub's administrator must complete it"
        " (hub adapters check says INCOMPLETE)",
        f"hubbens adapter til blanketten oversætter {quoted_da(text)} til TODO, en værdi, som dens"
        " opsætning endnu ikke har fået, så dokumentet kan ikke godtages: hubbens administrator skal gøre"
        " den færdig (hub adapters check siger INCOMPLETE)",
    )
