"""What `build_claim` reads: the claim's own municipality's placements in its period, once.

The placements are the bench's (`tools/bench_data.populate`), shared out between Gladsaxe (159, the even
numbers) and Herlev (163, the odd ones); each runs 26 weeks from a Monday between 4 May and 24 August
2026, so every one of them is placed through all of September 2026.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from simulator_support import fixture_script
from sqlalchemy import event

from hub.extensions import db
from hub.periods import parse_period
from hub.services import agreements
from hub.services.claims import build_claim

bench_data = fixture_script("bench_data")
COUNT = 40


def test_a_claim_reads_its_own_municipalitys_placements_once_and_no_other_cpr(app: Flask) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        bench_data.populate(db.session, Path(app.config["BLOB_DIR"]), COUNT, municipalities=("159", "163"))
        statements: list[tuple[str, Any]] = []

        def noted(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            statements.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", noted)
        try:
            claim, _ = build_claim(
                db.session, "gladsaxe", "falck-hovedstaden", parse_period("2026-09"), date(2026, 11, 1)
            )
        finally:
            event.remove(db.engine, "before_cursor_execute", noted)
        db.session.rollback()

        # One reading of the records: the lines and their CPR numbers come from the same rows.
        assert sum("record_versions" in statement for statement, _ in statements) == 1
        own = {bench_data._cpr(n) for n in range(2, COUNT + 1, 2)}
        others = {bench_data._cpr(n) for n in range(1, COUNT + 1, 2)}
        assert len(own) == len(others) == COUNT // 2 and not own & others
        assert {line.cpr for line in claim.lines} == own

        # Nothing the build asked the database for holds a Herlev citizen's CPR number (and the same scan
        # finds Gladsaxe's: the rows are searched where the numbers are).
        found: set[str] = set()
        raw = db.engine.raw_connection()
        try:
            for statement, parameters in statements:
                if statement.lstrip().upper().startswith("SELECT"):
                    cursor = raw.cursor()
                    cursor.execute(statement, parameters)
                    found |= set(re.findall(r"(?<!\d)\d{10}(?!\d)", repr(cursor.fetchall())))
        finally:
            raw.close()
        assert own <= found
        assert not found & others
