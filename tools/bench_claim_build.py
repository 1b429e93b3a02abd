"""Bench `build_claim` from the database (`python -m tools.bench_claims --build`): Gladsaxe's claim for
2026-09 under Falck Hovedstaden at 1,000 and 10,000 placements shared out between Gladsaxe (159) and
Herlev (163), each case in a fresh process.

Per case: seconds, the peak resident set (`VmHWM`) and its rise during the build, the SQL statements the
build ran, the rows they return, and how many of Herlev's CPR numbers are in those rows (the claim is
Gladsaxe's: the figure to keep at 0). The rows are counted after the timing, by running the statements
again with their parameters, so counting costs the build nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from hub.extensions import db
from hub.periods import parse_period
from hub.services import agreements, schema
from tools.bench_data import _cpr, populate
from tools.bench_outbound import CONFIG, make_app, peak_mb

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1000, 10_000)
SHARED_BY = ("159", "163")  # placement n is SHARED_BY[n % 2]'s (`populate`)
DIGITS = re.compile(r"(?<!\d)\d{10}(?!\d)")  # a CPR number as the rows hold it (ten digits, no dash)
PERIOD, TODAY = "2026-09", date(2026, 11, 1)


def prepare(data_dir: Path, count: int) -> None:
    """A fresh database with `count` placements of Gladsaxe and Herlev in turn."""
    app = make_app(data_dir)
    with app.app_context():
        schema.upgrade(db.engine)
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        populate(db.session, Path(app.config["BLOB_DIR"]), count, municipalities=SHARED_BY)
        db.engine.dispose()


def run_one(data_dir: Path, count: int) -> dict[str, float]:
    """Build Gladsaxe's claim in this process; its figures."""
    from hub.services.claims import build_claim  # noqa: PLC0415 - imported in the measured process

    app = make_app(data_dir)
    with app.app_context():
        statements: list[tuple[str, Any]] = []

        def noted(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            statements.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", noted)
        before = peak_mb()
        started = time.perf_counter()
        claim, _config = build_claim(db.session, "gladsaxe", "falck-hovedstaden", parse_period(PERIOD), TODAY)
        seconds = time.perf_counter() - started
        peak = peak_mb()
        event.remove(db.engine, "before_cursor_execute", noted)
        db.session.rollback()  # the build's transaction: SQLite would keep its lock from the counting
        lines = len(claim.lines)
        others = {_cpr(n) for n in range(1, count + 1) if SHARED_BY[n % len(SHARED_BY)] != "159"}
        rows = seen = 0
        raw = db.engine.raw_connection()
        try:
            for statement, parameters in statements:
                if not statement.lstrip().upper().startswith("SELECT"):
                    continue  # BEGIN and the like
                cursor = raw.cursor()
                cursor.execute(statement, parameters)
                for row in cursor.fetchall():
                    rows += 1
                    seen += len(others.intersection(DIGITS.findall(repr(row))))
        finally:
            raw.close()
    return {
        "seconds": seconds,
        "peak_mb": peak,
        "rise_mb": peak - before,
        "statements": len(statements),
        "rows": rows,
        "herlev_cprs": seen,
        "lines": lines,
    }


def main(argv: list[str] | None = None) -> None:
    """Prepare each size, build the claim in a fresh process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", nargs=2, metavar=("DATA_DIR", "COUNT"))
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(Path(args.one[0]), int(args.one[1]))))
        return
    print("placements   seconds   peak MB   rise MB   statements     rows   Herlev CPRs   lines")
    with tempfile.TemporaryDirectory(prefix="hub-bench-claim-build-") as tmp:
        for size in args.sizes:
            data_dir = Path(tmp) / f"n{size}"
            prepare(data_dir, size)
            done = subprocess.run(
                [sys.executable, "-m", "tools.bench_claim_build", "--one", str(data_dir), str(size)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{size:>10,} {r['seconds']:>9.2f} {r['peak_mb']:>9.1f} {r['rise_mb']:>9.1f} "
                f"{r['statements']:>12} {r['rows']:>8} {r['herlev_cprs']:>13} {r['lines']:>7}"
            )


if __name__ == "__main__":
    main()
