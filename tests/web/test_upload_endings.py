"""The upload field's types are the readers' (`sniff.FORMATS`): each has the names a file of it is saved
under, so a type a reader gains is offered by the picker, or this fails rather than the page leaving it
out in silence (decision 0062, "Stop 60: api-71")."""

from __future__ import annotations

from hub.adapters.readers.sniff import FORMATS
from hub.web.upload_types import ENDINGS, ORDER, accept


def test_every_type_the_readers_read_has_its_file_names() -> None:
    assert set(ENDINGS) == set(FORMATS) and ORDER == FORMATS
    assert all(ENDINGS[kind] and all(e.startswith(".") for e in ENDINGS[kind]) for kind in FORMATS)


def test_a_csv_is_offered_under_a_database_exports_names() -> None:
    assert accept(["csv"]) == ".csv,.tsv,.txt,.zip"
