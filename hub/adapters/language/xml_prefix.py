"""The key of a `namespaces` table, a form's (`[forms.reader]`) or a claim's (`[claim.writer]`): a prefix
the config's XML paths name, checked by the paths' own rule for a name (`xmlpath_syntax.NAME`), so that
every prefix a path may use (`ø:Årsag`) the table may declare, and nothing a path could not use; or "",
the namespace of the elements a path names without a prefix (decision 0060, "Stop 64: lang-85"). One
rule for both tables: the form's refused "" (which docs/config-language.md offered and the reader
understood) and `ø`, the claim's let anything through. The two prefixes XML reserves are refused
with the reason (lang-93, review-89): `xmlns` declares prefixes and names no element or attribute, and
`xml` is bound to the XML namespace by XML itself, so bound to another it matched nothing on a form
(`@xml:lang` read empty without a word) and a claim would carry a declaration no parser takes; bound to
its own, it reads `@xml:lang`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marshmallow import ValidationError
from marshmallow import fields as mf

from hub.adapters.mapping.xmlpath_syntax import is_name

__all__ = ["XML_NAMESPACE", "namespaces_table", "prefix_key"]

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


def _check(value: str) -> None:
    if value and not is_name(value):
        rule = "a letter or _ first, then letters, digits, _, - or ."
        raise ValidationError(f"not a prefix: '{value}' ({rule})")


def prefix_key() -> mf.String:
    """A namespaces table's key: a prefix, or "" (the default namespace)."""
    return mf.String(validate=_check)


def _reserved(table: Mapping[str, str]) -> None:
    if "xmlns" in table:
        raise ValidationError(
            "'xmlns' is no prefix to declare: XML reserves it for declaring prefixes, and no element or"
            " attribute is in it"
        )
    if "xml" in table and table["xml"] != XML_NAMESPACE:
        raise ValidationError(
            f"'xml' is bound by XML itself to {XML_NAMESPACE} and to no other namespace: name another"
            f" prefix for '{table['xml']}'"
        )


def namespaces_table(values: mf.String, **options: Any) -> mf.Dict:
    """A `namespaces` table: prefix keys (`prefix_key`), `values` its namespaces, neither reserved prefix
    but `xml` bound to its own namespace."""
    return mf.Dict(keys=prefix_key(), values=values, validate=_reserved, **options)
