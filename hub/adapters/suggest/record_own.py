"""`hub adapters suggest` on XML of many records: a record's own value over its document's. A value
outside the record (`/ns2:praktikafslutninger/@periodeTil`, the last day of the month the file covers)
is one for every record; a value inside it (`slutdato`) is the record's. Values are drafted in document
order, so the document's, met first, took the field and the record's own was left a TODO "taken above
by" it: JAXB's month of ended placements had every ending dated the month's last day (decision 0060,
"Stop 70: trial-118"). Once the records are known (`xml_items.as_items`), the record's own is drafted
and the document's is the comment."""

from __future__ import annotations

import re

from hub.adapters.suggest.fields import FieldSuggestion

# `classify`'s note on a value whose field a value drafted before it holds
_TAKEN = re.compile(r"also looks like (\S+), taken above by (\S+)")


def own_over_document(fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion]) -> None:
    """Each field drafted from outside the records whose path a value inside them also named is drafted
    from that value instead (changed in place); the document's value is left commented, saying why."""
    for suggestion in list(fields):  # a copy: a field moved goes beside the one drafted
        said = _TAKEN.fullmatch(suggestion.note) if suggestion.path is None else None
        if said is None or len(suggestion.selectors) != 1 or suggestion.selectors[0].startswith("/"):
            continue
        drafted = taken.get(said[1])
        if drafted is None or drafted.selectors != [said[2]] or not said[2].startswith("/"):
            continue
        document, where, seen, many = drafted.selectors, drafted.where, drafted.seen, drafted.seen_many
        drafted.selectors, drafted.where = suggestion.selectors, suggestion.where
        drafted.seen, drafted.seen_many = suggestion.seen, suggestion.seen_many
        suggestion.selectors, suggestion.where, suggestion.seen, suggestion.seen_many = (
            document,
            where,
            seen,
            many,
        )
        suggestion.note = (
            f"also looks like {said[1]}, but one value for every record: {drafted.selectors[0]} drafted"
        )
        fields.remove(suggestion)
        fields.insert(fields.index(drafted) + 1, suggestion)
