"""`make bench`: how fast the hub ingests, measured beside its floors in one run. Never fails on numbers.

Every measure takes a thousand documents or more, each with its own bytes (`tools.bench_data`: the demo's
placement forms printed again for new citizens), through the public path (submit, `tools.bench_enqueue`,
workers), so it measures whatever the engine is:

1. End to end per format (pdf, xml, csv, xlsx) on SQLite with one burst worker, beside the parse floor
   (`tools.bench_floors`: the bare library call), the storage floor (`tools.bench_storage`: the rows
   ingestion wrote, read back and inserted again by a bare bulk insert, one transaction per 100
   documents, on a database set up the same way) and their minimum; target 0.8 × that minimum. PDF also
   beside the pikepdf floor, target 0.5 ×: the bytes opened mapped, as the hub's reader opens them (the
   BytesIO floor earlier runs used, which qpdf reads through Python, is printed beside it).
2. `hub reprocess` of every municipality over the PDF run's documents beside the pypdf floor (20 ×), in
   rounds that time both in turn (`tools.bench_reprocess`).
3. One `hub worker --burst` process against two on PostgreSQL + Redis, `--worker-forms` (3,000) or more
   forms in the demo's mix (`tools.bench_workers`; more than a thousand, so that each worker's start,
   its reader processes and its first batch, weighs on its figures as little as on a day's work), in
   pairs whose order turns round every pair (`tools.bench_worker_rounds`): forms/s, two/one (1.6 ×, the
   median pair), 280 mixed forms/s with two (the median two-worker drain) and the projection for a
   million forms, the storage floor on PostgreSQL, and the CPU seconds of each worker, of PostgreSQL
   and of Redis during each drain. Skipped (and said so) without HUB_TEST_REDIS_URL and HUB_TEST_DATABASE_URL.
   The same on a year's mix (`tools.bench_year`, `--year-forms`, 1,000 or more: placements and their
   grants, timesheets, progress reports, corrections and end forms, several forms a citizen, by day),
   each drain's store checked against the forms, in pairs as above (`tools.bench_year_drains`).
4. The audit log's appends (`tools.bench_log`), payments/export/bundle (`tools.bench_outbound`), claims
   (`tools.bench_claims`) and the web pages at `--web-sizes` placements (`tools.bench_web`).

Then one summary table of every target, and how long each section took. Everything is written under a
temporary folder, never `var/`. The host's load average at the start and the end, and beside each drain
the CPU the rest of the machine took, say whether the figures come from an idle host. Exit status 0
unless something crashes.
Run: `.venv/bin/python -m tools.bench [--documents N] [--worker-forms N] [--no-workers] [--web-sizes N ...]`.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from hub.adapters.readers import READ_OPTIONS, extract, sandbox
from hub.extensions import db
from tools import (
    bench_claims,
    bench_data,
    bench_floors,
    bench_formats,
    bench_log,
    bench_outbound,
    bench_reprocess,
    bench_scale,
    bench_storage,
    bench_web,
    bench_worker_rounds,
    bench_workers,
    bench_year,
    bench_year_drains,
)
from tools.bench_drain_notes import cpu_text, scale_note
from tools.bench_formats import FORMATS, FormatRun
from tools.bench_report import NATIONAL_FORMS, NATIONAL_RATE, Row, cores, load, machine, table
from tools.bench_worker_rounds import Pair

DOCUMENTS = 1000  # at least this many documents per measure
# Mixed forms for the workers' drains: at 1,053 each worker's start (its reader processes and first
# batch, about a second of CPU) was a tenth of a two-worker drain of five seconds (decision 0030).
WORKER_FORMS = 3000
YEAR_FORMS = 1000  # a year's mix: whole rounds of the 81 plans' 794 forms, so 1,588
REPROCESS_TARGET = 20.0  # reprocess / pypdf floor
TWO_WORKERS_TARGET = 1.6  # two workers / one
READER_SAMPLE = 200  # documents for the hub's reader alone (information)
T = TypeVar("T")


class Sections:
    """How long each section of the bench took."""

    def __init__(self) -> None:
        self.took: list[tuple[str, float]] = []

    def run(self, name: str, work: Callable[[], T]) -> T:
        """Run one section, print that it is done, and note its time."""
        start = time.perf_counter()
        result = work()
        self.took.append((name, time.perf_counter() - start))
        print(f"[bench] {name}: {self.took[-1][1]:.1f} s", flush=True)
        return result

    def lines(self) -> list[str]:
        """One line per section."""
        return [f"  {name}: {seconds:.1f} s" for name, seconds in self.took]


def servers() -> tuple[str, str, str]:
    """(Redis URL, PostgreSQL URL, why skipped or "")."""
    redis_url = os.environ.get("HUB_TEST_REDIS_URL", "")
    database_url = os.environ.get("HUB_TEST_DATABASE_URL", "")
    missing = [
        n for n, v in (("HUB_TEST_REDIS_URL", redis_url), ("HUB_TEST_DATABASE_URL", database_url)) if not v
    ]
    why = " and ".join(missing) + " not set (scripts/servers.sh start, then eval its env)" if missing else ""
    return redis_url, database_url, why


def workers_section(
    tmp: Path, forms: Sequence[bench_data.DemoForm], count: int = bench_worker_rounds.PAIRS
) -> tuple[list[Pair], float, list[str], float]:
    """One worker against two on PostgreSQL + Redis, in pairs (`tools.bench_worker_rounds`): the pairs,
    the PostgreSQL storage floor, notes, and the CPU seconds of a worker's start-up and exit alone."""
    redis_url, database_url, why = servers()
    if why:
        return [], math.nan, [f"workers: skipped, {why}"], 0.0
    notes = []
    written: list[bench_storage.Written] = []

    def drain(workers: int) -> bench_workers.Drain:
        # The storage floor inserts again the rows of the first one-worker drain; the others need not
        # read them back.
        keep = workers == 1 and not written
        done = bench_workers.drain(workers, forms, redis_url, url, tmp, keep_rows=keep)
        if keep and done.written is not None:
            written.append(done.written)
        return done

    with bench_workers.bench_database(database_url) as (url, note):
        notes.append(f"workers: PostgreSQL {note}, Redis {redis_url}; {len(forms)} forms in the demo's mix")
        done = bench_worker_rounds.pairs(drain, count)
        storage = bench_workers.storage_floor(redis_url, url, tmp, written[0])
        idle_cpu, idle_wall = bench_workers.startup(redis_url, url, tmp)
    notes.append(
        f"a worker's start-up and exit alone (empty queue): {cpu_text(idle_cpu)} CPU, {idle_wall:.2f} s "
        "wall; each worker's CPU below includes it"
    )
    return done, storage, notes + bench_worker_rounds.notes(done, storage, idle_cpu or 0.0), idle_cpu or 0.0


def year_section(
    tmp: Path, mix: bench_year.YearMix, notes: list[str], count: int, startup: float
) -> list[Pair]:
    """One and two workers on a year's mix in `count` pairs, in a private database of their own; notes
    added (each worker's `startup` CPU seconds left out of the CPU a form)."""
    redis_url, database_url, _ = servers()
    with bench_workers.bench_database(database_url) as (url, _note):
        done = bench_year_drains.drains(mix, redis_url, url, tmp, count)
    notes.extend(bench_year_drains.notes(mix, done, startup))
    return done


def summary(
    runs: Sequence[FormatRun],
    pikepdf: float,
    reprocessed: Sequence[bench_reprocess.Round],
    pairs: Sequence[Pair],
    storage_pg: float,
) -> list[Row]:
    """Every target of issue 9, measured, beside its floor."""
    rows = [
        Row(
            f"{r.fmt} end to end, 1 worker, SQLite, {r.forms} docs vs min(parse, storage)",
            r.rate,
            r.floor,
            0.8,
        )
        for r in runs
    ]
    pdf = next((r for r in runs if r.fmt == "pdf"), None)
    if pdf is not None:
        rows.append(Row(f"pdf end to end, 1 worker, {pdf.forms} docs vs pikepdf", pdf.rate, pikepdf, 0.5))
    if reprocessed:
        rate, floor = bench_reprocess.median_rates(reprocessed)
        documents = reprocessed[0].documents
        measure = (
            f"reprocess, {documents} docs vs pypdf (median of {len(reprocessed)} rounds, each timing both)"
        )
        rows.append(Row(measure, rate, floor, REPROCESS_TARGET))
    if pairs:
        middle, two = bench_worker_rounds.median_pair(pairs), bench_worker_rounds.two_rate(pairs)
        measure = f"2 workers vs 1, PG+Redis, {middle.two.forms} mixed forms (median of {len(pairs)} pairs)"
        rows.append(Row(measure, middle.two.rate, middle.one.rate, TWO_WORKERS_TARGET))
        rows.append(
            Row(
                "2 workers, mixed forms/s over the job span vs 280/s (a national year in an hour; median)",
                two,
                NATIONAL_RATE,
                1.0,
            )
        )
        rows.append(Row("2 workers (median) vs PostgreSQL storage floor (information)", two, storage_pg))
    else:
        rows.append(Row("workers on PG+Redis: skipped, no real servers", math.nan))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measure and print the tables."""
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=DOCUMENTS, help="documents per measure (≥ 1,000)")
    parser.add_argument(
        "--worker-forms", type=int, default=WORKER_FORMS, help="mixed forms for the workers' drains (3,000)"
    )
    parser.add_argument(
        "--worker-pairs",
        type=int,
        default=bench_worker_rounds.PAIRS,
        help="pairs of drains, one worker and two, for the workers' ratio, on each mix (3)",
    )
    parser.add_argument(
        "--year-forms", type=int, default=YEAR_FORMS, help="forms of a year's mix for the workers (1,000)"
    )
    parser.add_argument("--no-workers", action="store_true", help="skip one worker vs two")
    parser.add_argument("--no-year", action="store_true", help="skip the workers on a year's mix")
    parser.add_argument("--no-log", action="store_true", help="skip the audit log's appends")
    parser.add_argument("--no-outbound", action="store_true", help="skip payments, export and bundle")
    parser.add_argument("--no-web", action="store_true", help="skip the dashboard and upload-status pages")
    parser.add_argument(
        "--web-sizes",
        type=int,
        nargs="*",
        default=list(bench_web.SIZES),
        help="placements for the web pages (default: 1,000, 10,000 and 100,000)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_before = load()
    sections = Sections()
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hub-bench-") as folder:
        tmp = Path(folder)
        try:
            warm = bench_formats.make_app(tmp / "warm-up")

            def make_forms() -> bench_data.BenchForms:
                with warm.app_context():
                    return bench_data.bench_forms(db.session, args.documents, args.worker_forms)

            def make_year() -> bench_year.YearMix | None:
                if args.no_workers or args.no_year or servers()[2]:
                    return None
                with warm.app_context():
                    return bench_year.year_mix(db.session, args.year_forms)

            printed = sections.run("print the forms", make_forms)
            year = sections.run("print a year's mix", make_year)
            per_format, mixed = printed.per_format, printed.mixed
            # Warm-up: imports, migrations, the lazily started PDF sandbox; untimed.
            warm_forms = [form for fmt in FORMATS for form in per_format[fmt][:5]]
            sections.run("warm-up", lambda: bench_formats.ingest(warm, warm_forms))
            bench_formats.dispose(warm)
            runs: list[FormatRun] = []
            kept = None
            for fmt in FORMATS:
                run, app = sections.run(
                    f"{fmt} end to end + storage floor",
                    functools.partial(bench_formats.run_format, tmp, fmt, per_format[fmt]),
                )
                runs.append(run)
                if fmt == "pdf":
                    kept = app
                else:
                    bench_formats.dispose(app)

            def floors() -> float:
                for r in runs:
                    data = [f.data for f in per_format[r.fmt]]
                    r.parse = bench_floors.rate(bench_floors.FLOORS[r.fmt], data)
                    # The hub's reader alone is information, not a target: a sample keeps the bench short.
                    r.reader = bench_floors.rate(
                        lambda d: extract(d, "bench", READ_OPTIONS), data[:READER_SAMPLE]
                    )
                    if r.fmt == "xlsx":  # information: the hub's reader beside its raw zip + lxml work
                        r.extra["zip + lxml parts"] = bench_floors.rate(bench_floors.xlsx_parts, data)
                try:
                    pdfs = [f.data for f in per_format["pdf"]]
                    mapped = bench_floors.rate(bench_floors.pikepdf_fields_mapped, pdfs)
                    buffered = bench_floors.rate(bench_floors.pikepdf_fields, pdfs)
                    notes.append(
                        f"pikepdf floor: {mapped:,.1f} forms/s opening the bytes mapped, as the hub's reader "
                        f"does (the target's floor); {buffered:,.1f} forms/s from a BytesIO (the floor of "
                        "the bench's runs before stop 57)"
                    )
                    return mapped
                except ImportError:
                    notes.append("pikepdf floor: skipped, pikepdf not installed")
                    return math.nan

            pikepdf = sections.run("parse floors and the hub's readers", floors)
            assert kept is not None
            pdfs = [f.data for f in per_format["pdf"]]
            reprocessed = sections.run(
                "reprocess, in rounds beside pypdf", lambda: bench_reprocess.rounds(kept, pdfs)
            )
            bench_formats.dispose(kept)
            notes.extend(bench_reprocess.notes(reprocessed))
            pairs: list[Pair] = []
            year_drains: list[Pair] = []
            storage_pg = math.nan
            scale: bench_scale.ScaleOut | None = None
            if not args.no_workers:
                pairs, storage_pg, more, startup = sections.run(
                    "workers 1 vs 2, in pairs", lambda: workers_section(tmp, mixed, args.worker_pairs)
                )
                notes.extend(more)
                if year is not None:
                    year_drains = sections.run(
                        "workers 1 vs 2, a year's mix, in pairs",
                        lambda: year_section(tmp, year, notes, args.worker_pairs, startup),
                    )
                scale = sections.run("the machine's scale-out", bench_scale.measure)
                middle = bench_worker_rounds.median_pair(pairs) if pairs else None
                notes.append(scale_note(scale, [middle.one, middle.two] if middle else [], startup))
            print()
            print(bench_formats.format_table(runs, pikepdf))
            print()
            for note in [*bench_formats.notes(runs), *notes]:
                print(note)
            log_rows, log_notes = (
                ([], []) if args.no_log else sections.run("audit log", lambda: bench_log.rows(tmp))
            )
        finally:
            sandbox.shutdown()
    if log_rows:
        print()
        print(table(log_rows, bench_log.OURS, bench_log.FLOOR))
        for note in log_notes:
            print(note)
    if not args.no_outbound:
        sections.run("outbound", lambda: bench_outbound.main([]))
        sections.run("claims", lambda: bench_claims.main([]))
    if not args.no_web:
        sections.run("web pages", lambda: bench_web.main(["--sizes", *map(str, args.web_sizes)]))
    print()
    print("Summary: every target of issue 9 (point 4), measured in this run")
    rows = summary(runs, pikepdf, reprocessed, pairs, storage_pg)
    print(table(rows + ([] if args.no_workers or args.no_year else bench_year_drains.rows(year_drains))))
    if pairs:
        two = bench_worker_rounds.two_rate(pairs)
        minutes = NATIONAL_FORMS / two / 60
        print(
            f"projection: {NATIONAL_FORMS:,} forms in {minutes:.0f} min with two workers at {two:.1f} "
            f"forms/s on this machine (target: under 60 min, {NATIONAL_RATE:g} forms/s)"
        )
    if (line := bench_year_drains.projection(year_drains)) is not None:
        print(line)
    print(machine())
    print(f"host load average (1 min) at the start {load_before}, at the end {load()}, on {cores()} cores")
    print("sections:")
    for line in sections.lines():
        print(line)
    print(f"bench took {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
