"""Bench the payments page's "changed since it was downloaded" (`claim_changes.downloaded`) at 10,000
placements of Falck Hovedstaden shared out between Gladsaxe (159) and Herlev (163) (decision 0010,
"Stop 39"). Gladsaxe has downloaded its claims of `DOWNLOADED`; then, in one process (the comparisons
are kept per app):

- `cold`: the first view, every downloaded period compared;
- `warm`: the same view again, nothing new;
- `one period`: after a new version of a timesheet of a placement active in one downloaded period only;
- `every period`: after a new version of a timesheet of a placement active in all of them.

Per view: seconds, and the periods whose claim was built again. Run it on another checkout's `hub`
(`PYTHONPATH=<that tree> python -m tools.bench_claim_changes`) for the figures before a change.
Run: `.venv/bin/python -m tools.bench_claim_changes [--size 10000]`.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hub.access import Principal
from hub.extensions import db
from hub.models import Agreement, Placement, Record
from hub.periods import Period, parse_period
from hub.services import claim_changes, claim_downloads, claims
from tools.bench_claim_build import prepare
from tools.bench_outbound import make_app
from tools.record_versions import add_version, current_version

ROOT = Path(__file__).resolve().parent.parent
DOWNLOADED = ("2026-11", "2026-12", "2027-01")
TODAY = date(2027, 2, 15)
AGREEMENT, CODE = "falck-hovedstaden", "159"


def _touched(placement: Placement, periods: list[Period]) -> int:
    return sum(1 for p in periods if placement.start <= p.end and p.start <= placement.end)


def _new_version(touching: int, periods: list[Period]) -> None:
    """A new version of a timesheet of the first Gladsaxe placement active in `touching` of the periods."""
    placements = db.session.scalars(
        select(Placement).where(Placement.municipality_code == CODE).order_by(Placement.id)
    )
    placement = next(p for p in placements if _touched(p, periods) == touching)
    record = db.session.scalars(
        select(Record).where(Record.placement_id == placement.id, Record.form_type == "mentor_hours")
    ).first()
    assert record is not None
    data = copy.deepcopy(current_version(db.session, record).data)
    data["entries"][0]["hours"] = str(Decimal(data["entries"][0]["hours"]) - 1)
    data["total_hours"] = str(Decimal(data["total_hours"]) - 1)
    add_version(db.session, record, data)
    db.session.commit()


def run_one(data_dir: Path) -> dict[str, Any]:
    """Download Gladsaxe's claims, then time each view in this process."""
    app = make_app(data_dir)
    who = Principal(user_id=0, username="bench", role="lead", municipality=CODE)
    periods = [parse_period(label) for label in DOWNLOADED]
    built: list[str] = []
    build = claims.build_claim

    def counting(*args: Any) -> Any:
        built.append(args[3].label)
        return build(*args)

    results: dict[str, Any] = {}
    with app.app_context():
        agreement = db.session.get(Agreement, AGREEMENT)
        assert agreement is not None
        for period in periods:
            claim, _ = build(db.session, CODE, AGREEMENT, period, TODAY)
            claim_downloads.note(db.session, "user:bench", agreement, claim, CODE, "csv", b"bench")
        db.session.commit()
        claims.build_claim = counting  # type: ignore[assignment]
        steps = (("cold", None), ("warm", None), ("one period", 1), ("every period", len(periods)))
        for name, touching in steps:
            if touching is not None:
                _new_version(touching, periods)
            built.clear()
            agreement = db.session.get(Agreement, AGREEMENT)
            started = time.perf_counter()
            found = claim_changes.downloaded(db.session, who, agreement, TODAY)  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            db.session.rollback()
            changed = sorted(d.period.label for d in found if d.change is not None)
            results[name] = {"seconds": seconds, "built": sorted(built), "changed": changed}
        claims.build_claim = build
    return results


def main(argv: list[str] | None = None) -> None:
    """Prepare the placements, run the views in a fresh process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", metavar="DATA_DIR")
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(Path(args.one))))
        return
    with tempfile.TemporaryDirectory(prefix="hub-bench-claim-changes-") as tmp:
        prepare(Path(tmp), args.size)
        done = subprocess.run(
            [sys.executable, "-m", "tools.bench_claim_changes", "--one", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    results = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{args.size:,} placements; Gladsaxe's claims of {', '.join(DOWNLOADED)} downloaded")
    print("view            seconds   built again                changed")
    for name, r in results.items():
        built, changed = ", ".join(r["built"]) or "-", ", ".join(r["changed"]) or "-"
        print(f"{name:<14} {r['seconds']:>8.2f}   {built:<26} {changed}")


if __name__ == "__main__":
    main()
