"""The values of a form no selector reads: a constant the config gives, and a sum over a list the form read.

Each keeps a provenance in the hub's words (`plain_locator`), not a place in the document; a sum runs its
field's transforms through the reader, as a value read would (`Reader.transform`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hub.adapters.language.config_parts import FieldRule
from hub.adapters.mapping.numberparse import format_hours
from hub.adapters.mapping.provenance import Provenance, computed_text, plain_locator
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.record_paths import get_path


def constant(rule: FieldRule, sha: str) -> Provenance:
    """A value the config itself gives (`value = ...`), its provenance naming the config."""
    locator = plain_locator(
        "constant", str(rule.value), "a constant in the config", "en fast værdi i konfigurationen"
    )
    return Provenance(rule.path, sha, locator, None, rule.value, ())


def compute(rule: FieldRule, record: dict[str, Any], reader: Reader) -> tuple[str | None, Provenance | None]:
    """A computed field (`compute = "sum:list.key"`) over the list the form read, through its transforms;
    (None, None) where the list or a transform already noted a problem."""
    list_path, _, key = (rule.compute or "")[4:].rpartition(".")
    items = get_path(record, list_path)
    if items is None:
        return None, None  # the list itself had a problem, already noted
    total = sum((Decimal(item[key]) for item in items if key in item), Decimal(0))
    raw = format_hours(total)
    applied = [str(rule.compute)]
    value = reader.transform(rule.path, raw, rule.transforms, applied, str(rule.compute))
    if value is None:
        return None, None
    en, da = computed_text(str(rule.compute))
    locator = plain_locator("compute", str(rule.compute), en, da)
    return value, Provenance(rule.path, reader.document_sha256, locator, None, raw, tuple(applied))
