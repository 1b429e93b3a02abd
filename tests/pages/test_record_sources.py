"""On a record's page each source names its file, a colon, then where in the file: "fil.pdf: felt …",
whether or not the file name is a link to the original; a computed value says how it was computed, not
what it was "read as"."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("colon")) as app:
        yield app


def test_a_sources_file_name_is_followed_by_its_colon_with_no_space(demo: Flask) -> None:
    with demo.app_context():
        record_id = db.session.scalar(select(Record.id).where(Record.municipality_code == "159").limit(1))
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}").get_data(as_text=True)
    sources = lxml.html.fromstring(html).xpath('//div[@class="source"]')
    linked = [s for s in sources if s.xpath("./a")]
    assert linked  # the lead's own citizen: the original is there to open
    for source in sources:
        name = (source.xpath("./a|./span[@translate]")[0]).text_content()
        text = " ".join(source.text_content().split())
        assert text.startswith(f"{name}: "), text


def test_a_computed_value_is_not_said_to_be_read(demo: Flask) -> None:
    with demo.app_context():
        record_id = db.session.scalar(
            select(Record.id)
            .where(Record.municipality_code == "159", Record.form_type == "mentor_hours")
            .limit(1)
        )
    html = client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}").get_data(as_text=True)
    page = lxml.html.fromstring(html)
    # A sum's locator carries its rule in the title (record.html): "sum:entries.hours".
    computed = [
        s for s in page.xpath('//div[@class="source"]') if s.xpath('./span[@class="locator"][@title]')
    ]
    read = [
        s for s in page.xpath('//div[@class="source"]') if not s.xpath('./span[@class="locator"][@title]')
    ]
    assert computed and read
    assert all("læst som" not in " ".join(s.text_content().split()) for s in computed)
    assert any("læst som" in " ".join(s.text_content().split()) for s in read)  # a field still says it
