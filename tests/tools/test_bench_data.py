"""The bench's documents: enough of each format, each with its own bytes and its own citizen."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from printed_once import printed_once
from simulator_support import fixture_script
from stdnum.dk import cpr

from hub.extensions import db

bench_data = fixture_script("bench_data")
bench_formats = fixture_script("bench_formats")


@pytest.fixture(autouse=True, scope="module")
def _printed_once() -> Iterator[None]:
    """The demo's PDFs drawn once a process (`printed_once`): the same bytes, not drawn again."""
    with printed_once():
        yield


def test_another_cpr_keeps_birth_date_century_and_sex() -> None:
    used = {"0101901234"}
    other = bench_data.other_cpr("0101901234", used)
    assert other == "0101901236"
    assert other in used
    assert bench_data.other_cpr("0101901234", used) == "0101901238"
    cpr.validate(other)


def test_no_free_cpr_left_is_said() -> None:
    used = {f"0101901{n:03d}" for n in range(1000)}
    with pytest.raises(ValueError, match="010190"):
        bench_data.other_cpr("0101901234", used)


def test_forms_are_distinct_and_numerous_enough(tmp_path: Path) -> None:
    app = bench_formats.make_app(tmp_path)
    with app.app_context():
        printed = bench_data.bench_forms(db.session, 40)
    bench_formats.dispose(app)
    assert set(printed.per_format) == {"pdf", "xml", "csv", "xlsx"}
    for fmt, forms in printed.per_format.items():
        assert len(forms) >= 40, fmt
        assert all(form.filename.endswith(f".{fmt}") for form in forms)
    everything = [form.data for forms in printed.per_format.values() for form in forms]
    assert len(set(everything)) == len(everything)
    # The demo's 81 citizens once each: the mix of the demo itself.
    assert len(printed.mixed) == 81
    assert len({form.data for form in printed.mixed}) == 81
    demo_mix = Counter(name.filename.rsplit(".", 1)[1] for name in printed.mixed)
    assert sum(demo_mix.values()) == 81 and len(demo_mix) == 4


def test_the_workers_mix_can_be_larger_than_each_format(tmp_path: Path) -> None:
    """Three whole rounds of the demo's 81 plans for the workers' drains, from the forms printed for the
    formats (more of them where a round needs more)."""
    app = bench_formats.make_app(tmp_path)
    with app.app_context():
        printed = bench_data.bench_forms(db.session, 40, 200)
    bench_formats.dispose(app)
    assert len(printed.mixed) == 243
    printed_bytes = {form.data for forms in printed.per_format.values() for form in forms}
    assert {form.data for form in printed.mixed} <= printed_bytes
    assert len({form.data for form in printed.mixed}) == 243
    assert all(len(forms) >= 40 for forms in printed.per_format.values())
