"""The key of a `namespaces` table, a form's (`[forms.reader]`) or a claim's (`[claim.writer]`): a prefix
the config's XML paths name, checked by the paths' own rule for a name (`xmlpath_syntax.NAME`), so that
every prefix a path may use (`ø:Årsag`) the table may declare, and nothing a path could not use; or "",
the namespace of the elements a path names without a prefix (decision 0060, "Stop 64: lang-85"). One
rule for both tables: the form's refused "" (which docs/config-language.md offered and the reader
understood) and `ø`, the claim's let anything through.
"""

from __future__ import annotations

from marshmallow import ValidationError
from marshmallow import fields as mf

from hub.adapters.mapping.xmlpath_syntax import is_name

__all__ = ["prefix_key"]


def _check(value: str) -> None:
    if value and not is_name(value):
        rule = "a letter or _ first, then letters, digits, _, - or ."
        raise ValidationError(f"not a prefix: '{value}' ({rule})")


def prefix_key() -> mf.String:
    """A namespaces table's key: a prefix, or "" (the default namespace)."""
    return mf.String(validate=_check)
