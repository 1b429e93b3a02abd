"""`make bench`, outbound: payments, the company's export and the auditor's bundle at 100, 1,000 and 10,000
placements, time and peak memory, each task in a fresh process so that one's memory is not the next's.

Targets (issue 6): time linear in N (the time per placement at 10,000 within 1.5 × that at 1,000) and
memory flat (the peak at 10,000 at most 1.2 × the peak at 100). Peak memory is the process's peak
resident set (`VmHWM`), interpreter and libraries included: what an operator sizes a machine by.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from flask import Flask

from hub import create_app
from hub.extensions import db
from hub.periods import parse_period
from hub.services import agreements, schema, sequencer
from tools.bench_data import populate
from tools.bench_settings import settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
SIZES = (100, 1000, 10_000)
PERIOD = "2026-09"


def make_app(data_dir: Path, full_cpr: bool = False) -> Flask:
    """An app on the SQLite database in `data_dir`; with `full_cpr`, Gladsaxe's auditor gets CPR numbers
    in full, so its bundle carries every original (its own config masks them: decision 0055)."""
    if not full_cpr:
        return create_app(settings(data_dir))
    return create_app(settings(data_dir, MUNICIPALITIES_DIR=str(full_cpr_configs(data_dir))))


def full_cpr_configs(data_dir: Path) -> Path:
    """A copy of the municipalities' configs in `data_dir` where Gladsaxe's rule is `full`: the bundle
    that copies every original is the heaviest one a municipality can ask for, so the bench measures it
    on the same placements rather than on a second population."""
    folder = data_dir / "municipalities-full-cpr"
    folder.mkdir(exist_ok=True)
    for shared in ("schemas", "templates"):  # the configs name these relative to themselves
        link = folder / shared
        if not link.exists():
            link.symlink_to(CONFIG / "municipalities" / shared, target_is_directory=True)
    for source in (CONFIG / "municipalities").glob("*.toml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "gladsaxe.toml":
            text, count = re.subn(r'(?m)^cpr_in_bundles = "masked"', 'cpr_in_bundles = "full"', text)
            if count != 1:
                raise SystemExit(f'{source}: no `cpr_in_bundles = "masked"` line to turn into `full`')
        (folder / source.name).write_text(text, encoding="utf-8")
    return folder


def prepare(data_dir: Path, count: int) -> float:
    """A fresh database with `count` placements; returns the seconds it took."""
    started = time.perf_counter()
    app = make_app(data_dir)
    with app.app_context():
        schema.upgrade(db.engine)
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        populate(db.session, Path(app.config["BLOB_DIR"]), count)
        sequencer.integrate(db.session, max_batches=10**6)  # the log as ingestion would have left it
        db.engine.dispose()
    return time.perf_counter() - started


def _payments(app: Flask) -> None:
    from hub.exports.payment_report import PaymentHeader, write_json  # noqa: PLC0415 - per task
    from hub.services import payments  # noqa: PLC0415

    period = parse_period(PERIOD)
    agreement = payments.agreement(db.session, "falck-hovedstaden")
    run = payments.PaymentRun(db.session, agreement, period)
    header = PaymentHeader(agreement.id, agreement.name, agreement.payment_basis, period, None, None)
    write_json(header, run.items(), lambda: run.totals, _Sink())


class _Sink(io.StringIO):
    """Counts what is written and keeps none of it."""

    def write(self, text: str) -> int:
        return len(text)


def _export(fmt: str) -> Callable[[Flask], None]:
    def task(app: Flask) -> None:
        from hub.cli.outbound import EXPORT_WRITERS  # noqa: PLC0415 - per task
        from hub.services import company, payments  # noqa: PLC0415

        period = parse_period(PERIOD)
        agreement = payments.agreement(db.session, "falck-hovedstaden")
        with tempfile.TemporaryFile() as out:
            EXPORT_WRITERS[fmt](company.company_export(db.session, agreement, period, period.end), out)

    return task


def _bundle(app: Flask) -> None:
    from hub.services import bundles  # noqa: PLC0415 - per task

    with tempfile.TemporaryFile() as out:
        bundles.write_bundle(db.session, "gladsaxe", parse_period(PERIOD), out, "bench")


TASKS: dict[str, Callable[[Flask], None]] = {
    "payments": _payments,
    "export pdf": _export("pdf"),
    "export xlsx": _export("xlsx"),
    "export json": _export("json"),
    "bundle": _bundle,  # Gladsaxe's rule: CPR masked, originals listed with their digests (0055)
    "bundle full": _bundle,  # the same with CPR in full: every original copied into the zip
}


def peak_mb() -> float:
    """This process's peak resident set in MB. `VmHWM`, not `ru_maxrss`: Linux carries the latter over
    from the parent across fork and exec, so a child would report the bench's own peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(task: str, data_dir: Path) -> dict[str, float]:
    """Run one task in this process: seconds, and the peak resident set in MB."""
    app = make_app(data_dir, full_cpr=task == "bundle full")
    with app.app_context():
        before = peak_mb()
        started = time.perf_counter()
        TASKS[task](app)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before}


def measure(task: str, data_dir: Path, module: str = "tools.bench_outbound") -> dict[str, float]:
    """Run one task in a fresh interpreter (`python -m module --one task data_dir`), so that its peak
    memory is its own; the figures are the JSON object it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", module, "--one", task, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(results: dict[tuple[str, int], dict[str, float]], sizes: list[int], tasks: list[str]) -> str:
    """The table: per task and size, seconds, ms per placement, peak MB, and the two verdicts."""
    lines = [
        "task         placements   seconds   ms/placement   peak MB   vs 100   time linear   memory flat"
    ]
    for task in tasks:
        base = results[(task, sizes[0])]
        for size in sizes:
            r = results[(task, size)]
            per = 1000 * r["seconds"] / size
            ratio = r["peak_mb"] / base["peak_mb"]
            linear = flat = ""
            if size == sizes[-1] and len(sizes) > 2:
                mid = results[(task, sizes[-2])]
                linear = "meets" if per <= 1.5 * 1000 * mid["seconds"] / sizes[-2] else "below"
                flat = "meets" if ratio <= 1.2 else "below"
            figures = f"{r['seconds']:>9.2f} {per:>14.2f} {r['peak_mb']:>9.1f} {ratio:>8.2f}"
            lines.append(f"{task:<12}{size:>10,} {figures} {linear:>13} {flat:>13}")
    return "\n".join(lines)


def arguments(
    doc: str | None,
    sizes: Iterable[int],
    tasks: Iterable[str],
    one: Callable[[str, Path], dict[str, float]],
    argv: list[str] | None,
) -> argparse.Namespace | None:
    """A size-and-task bench's command line (`--sizes`, `--tasks`); given `--one TASK DATA_DIR` (how
    `measure` runs a task in a fresh interpreter), runs that task here, prints its figures as JSON and
    returns None."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--one", nargs=2, metavar=("TASK", "DATA_DIR"))
    parser.add_argument("--sizes", type=int, nargs="*", default=list(sizes))
    parser.add_argument("--tasks", nargs="*", default=list(tasks), choices=list(tasks))
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one[0], Path(args.one[1]))))
        return None
    return args


def main(argv: list[str] | None = None) -> None:
    """Prepare each size, measure each task, print the table."""
    args = arguments(__doc__, SIZES, TASKS, run_one, argv)
    if args is None:
        return
    results: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hub-bench-outbound-") as tmp:
        for size in args.sizes:
            data_dir = Path(tmp) / f"n{size}"
            seconds = prepare(data_dir, size)
            print(f"prepared {size:,} placements in {seconds:.1f} s", file=sys.stderr)
            for task in args.tasks:
                results[(task, size)] = measure(task, data_dir)
    print(f"\noutbound, {date.today().isoformat()}, period {PERIOD} (SQLite, one process per task)")
    print(report(results, args.sizes, args.tasks))


if __name__ == "__main__":
    main()
