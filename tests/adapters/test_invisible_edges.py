"""Invisible format characters at a value's edges are no part of it (decision 0064, "Stop 47 (2)"): a
byte order mark glued to a name, a zero-width space copied along with it, make the same citizen's name
two names that look alike on two forms, so they are stripped like white space on the way into the
record; inside a text they are kept."""

from __future__ import annotations

import json

import pytest
from marshmallow import Schema, ValidationError
from pipeline import GOLDEN, ingest, repository_registry

from hub.schemas.edges import strip_edges
from hub.schemas.fields import Cpr, Text

HOEJE_TAASTRUP = GOLDEN / "hoeje-taastrup" / "placement.xml"


def test_a_name_with_a_byte_order_mark_and_zero_width_spaces_at_its_edges_is_the_name() -> None:
    # Høje-Taastrup's placement joins <Fornavn> and <Efternavn>: the mark before the first name and a
    # zero-width space after it (inside the joined name, were each source not stripped), one after the
    # surname, a word joiner before the company's name. The record is the golden form's record.
    xml = HOEJE_TAASTRUP.read_bytes()
    edited = (
        xml.replace(
            b"<Fornavn>Mette Kirstine</Fornavn>", b"<Fornavn>&#xFEFF;Mette Kirstine&#x200B;</Fornavn>"
        )
        .replace(b"<Efternavn>Holm</Efternavn>", b"<Efternavn>Holm &#x200B;</Efternavn>")
        .replace(b"<Navn>Falck Danmark</Navn>", b"<Navn>&#x2060;Falck Danmark</Navn>")
    )
    assert edited.count(b"&#x") == 4
    record = ingest(repository_registry(), "hoeje-taastrup", edited, "placement.xml")
    expected = json.loads((GOLDEN / "hoeje-taastrup" / "placement.expected.json").read_text())
    assert record["citizen"]["name"] == "Mette Kirstine Holm" == expected["citizen"]["name"]
    assert record["company"]["name"] == "Falck Danmark"
    assert record == expected


class _Named(Schema):
    name = Text(required=True)
    note = Text()
    cpr = Cpr()


def test_the_record_schema_strips_invisible_edges_of_every_text_and_identifier() -> None:
    # The API's records go through the same schema as the adapters'.
    record = {"name": "\ufeff Mette Lund\u200b", "note": "\u200eSe bilag", "cpr": "\ufeff0101901234"}
    loaded = _Named().load(record)
    assert loaded == {"name": "Mette Lund", "note": "Se bilag", "cpr": "0101901234"}


def test_inside_a_text_they_stay() -> None:
    # A soft hyphen in a word, a zero-width joiner between letters: how it was written, not an edge.
    assert strip_edges("Skov\u00adhus") == "Skov\u00adhus"
    assert strip_edges("\u00adSkov\u200dhus\u00ad ") == "Skov\u200dhus"
    # An Arabic number sign is a format character that shows: it stays where it is.
    assert strip_edges("\u0600١٢") == "\u0600١٢"


@pytest.mark.parametrize("unseen", ["\ufeff", " \u200b\ufeff ", "\u2060"])
def test_a_text_of_nothing_else_is_no_text(unseen: str) -> None:
    for record in ({"name": unseen}, {"name": "Mette", "note": unseen}):
        with pytest.raises(ValidationError) as caught:
            _Named().load(record)
        assert caught.value.messages == {
            next(k for k, v in record.items() if v == unseen): [
                "holds no character that can be read, only invisible or damaged ones"
            ]
        }
