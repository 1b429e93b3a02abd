"""The canonical fields in words: every path a record can have is named in both languages."""

from __future__ import annotations

import pytest

from hub.schemas.field_names import NAMES, field_name
from hub.schemas.records import FORM_TYPES, canonical_fields


@pytest.mark.parametrize("form_type", sorted(FORM_TYPES))
def test_every_field_of_every_form_type_has_a_name_in_both_languages(form_type: str) -> None:
    paths = canonical_fields(form_type)
    assert paths, f"{form_type} has no fields: the loop below would check nothing"
    for path in paths:
        assert path in NAMES, path
        english, danish = NAMES[path]
        assert english and danish


@pytest.mark.parametrize(
    ("path", "language", "words"),
    [
        ("site.p_number", "da", "P-nummer"),
        ("site.p_number", "en", "P number"),
        ("citizen.cpr", "en_GB", "CPR number"),  # any language but Danish is English
        # Provenance counts list items in brackets, validation in dotted steps; both from 0.
        ("entries[0].hours", "da", "linje 1: timer"),
        ("entries.2.week", "en", "line 3: week"),
        ("entries.11", "da", "linje 12"),  # a whole line: an error of the entry itself
        ("mentor.name", "da", "mentorens navn"),
        ("scores.task_solving", "da", "opgaveløsning"),
        ("_schema", "da", "_schema"),  # no name: as it is
        ("items[3].extra", "en", "items[3].extra"),
    ],
)
def test_a_path_in_words(path: str, language: str, words: str) -> None:
    assert field_name(path, language) == words
