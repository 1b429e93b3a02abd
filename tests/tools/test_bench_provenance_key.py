"""The provenance key's bench (tools/bench_provenance_key.py): both links measured, its schema gone after."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from servers import postgres_url, require
from simulator_support import fixture_script

bench_provenance_key = fixture_script("bench_provenance_key")


def test_both_links_are_timed_and_the_schema_is_dropped(capsys: pytest.CaptureFixture[str]) -> None:
    url = require(postgres_url(), "postgres")
    args = ["--database-url", url, "--forms", "4", "--rows", "3", "--batches", "2", "--turns", "2"]
    assert bench_provenance_key.main(args) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    figure = r"[0-9]+\.[0-9]{2}"
    for name, line in zip(["foreign key", "statement triggers"], lines, strict=True):
        shape = rf"{name}: {figure}, {figure} \(best {figure}\) µs of the backend's CPU a row"
        assert re.fullmatch(shape, line), line
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        schemas = sa.inspect(conn).get_schema_names()
    engine.dispose()
    assert bench_provenance_key.SCHEMA not in schemas


def test_a_versions_rows_name_it_and_their_json_reads_back() -> None:
    rows = bench_provenance_key.rows_of(7, 3)
    assert [row[0] for row in rows] == [7, 7, 7]
    assert [row[1] for row in rows] == ["field.0", "field.1", "field.2"]
    assert rows[2][3] == (
        '{"xpath": "/Praktikaftale/Felt2/Vaerdi", "text": {"en": "/Praktikaftale/Felt2/Vaerdi", '
        '"da": "/Praktikaftale/Felt2/Vaerdi"}}'
    )
