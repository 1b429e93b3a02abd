"""The worker's CPU a form (tools/bench_worker_cpu.py): every form drained, and the profile written."""

from __future__ import annotations

import inspect
import json
import pstats
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from printed_once import printed_once
from simulator_support import fixture_script
from sqlalchemy.orm import Session

from hub.services.demo import DemoForm

bench_worker_cpu = fixture_script("bench_worker_cpu")


@pytest.fixture(autouse=True, scope="module")
def _printed_once() -> Iterator[None]:
    """The demo's PDFs drawn once a process (`printed_once`): the same bytes, not drawn again."""
    with printed_once():
        yield


def test_a_format_is_drained_and_its_profile_counts_every_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "cpu"
    args = ["--documents", "1", "--formats", "xml", "--profile", str(prefix), "--dump", str(prefix)]
    assert bench_worker_cpu.main(args) == 0
    line = capsys.readouterr().out.strip()
    found = re.fullmatch(
        r"xml: (\d+) forms, ([0-9.]+) ms a form by the wall clock, ([0-9.]+) ms CPU a form "
        r"\(storing thread ([0-9.]+) ms, of it the summaries' refresh ([0-9.]+) ms\), "
        r"([0-9.]+) statements a form under cProfile",
        line,
    )
    assert found is not None, line
    assert float(found.group(6)) > 0  # the drain's statements were counted (the claim, at least)
    # The refresh is part of the storing thread's time, so never more than it; the storing thread is one
    # of the process's threads; and the drain took time by the wall clock too, the one figure that shows
    # work moved between the worker's threads, which all share the interpreter's lock (decision 0030).
    assert 0 < float(found.group(5)) <= float(found.group(4)) <= float(found.group(3))
    assert float(found.group(2)) > 0
    stats = pstats.Stats(str(prefix) + "-xml.prof").stats  # type: ignore[attr-defined]
    # Every queued form was mapped by the profiled drain: none left for later, none twice.
    mapped = [v[1] for k, v in stats.items() if k[0].endswith("pipeline.py") and k[2] == "canonicalise"]
    assert mapped == [int(found.group(1))]
    # The tables after the drain: one record and one version a form, each its own submission's.
    tables = json.loads((tmp_path / "cpu-xml.json").read_text(encoding="utf-8"))
    assert len(tables["records"]) == len(tables["submissions"]) == int(found.group(1))
    assert [row[3] for row in tables["record_versions"]] == [row[0] for row in tables["submissions"]]


def test_inside_times_a_function_and_a_method_and_puts_them_back(capsys: pytest.CaptureFixture[str]) -> None:
    from hub.adapters import pipeline
    from hub.adapters.readers.base import Extraction

    canonicalise, from_dict = pipeline.canonicalise, inspect.getattr_static(Extraction, "from_dict")
    spec = [
        "--inside",
        "hub.adapters.pipeline:canonicalise",
        "--inside",
        "hub.adapters.readers.base:Extraction.from_dict",
    ]
    assert bench_worker_cpu.main(["--documents", "1", "--formats", "xml", *spec]) == 0
    line = capsys.readouterr().out.strip()
    storing = float(re.search(r"storing thread ([0-9.]+) ms", line).group(1))  # type: ignore[union-attr]
    mapped = re.search(r"inside hub.adapters.pipeline:canonicalise ([0-9.]+) ms", line)
    assert mapped is not None, line
    # Every form was mapped on the storing thread, inside its time.
    assert 0 < float(mapped.group(1)) <= storing
    assert re.search(r"inside hub.adapters.readers.base:Extraction.from_dict [0-9.]+ ms$", line), line
    assert pipeline.canonicalise is canonicalise
    assert inspect.getattr_static(Extraction, "from_dict") is from_dict


def test_a_years_mix_is_drained_as_the_bench_submits_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tools import bench_year

    real, made = bench_year.year_mix, []

    def first_forms(session: Session, at_least: int) -> bench_year.YearMix:
        # The year's first forms (a whole year is some 1,600): enough to see them drained as its forms.
        made.extend(real(session, at_least).forms[:12])
        return bench_year.YearMix(list(made))

    monkeypatch.setattr(bench_year, "year_mix", first_forms)
    submitted: list[list[str]] = []
    submit = bench_worker_cpu.submit_by_day

    def by_day(session: Session, forms: list[DemoForm]) -> list[int]:
        submitted.append([form.filename for form in forms])
        return submit(session, forms)

    monkeypatch.setattr(bench_worker_cpu, "submit_by_day", by_day)
    prefix = tmp_path / "cpu"
    assert bench_worker_cpu.main(["--documents", "1", "--formats", "mix", "--dump", str(prefix)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("mix: 12 forms, "), line
    # Submitted day by day in the year's order, as the bench's year drains submit them.
    assert submitted == [[form.filename for form in made]]
    tables = json.loads((tmp_path / "cpu-mix.json").read_text(encoding="utf-8"))
    assert len(tables["submissions"]) == 12
