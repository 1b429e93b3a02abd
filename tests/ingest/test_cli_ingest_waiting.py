"""`hub ingest` of a follow-up form whose placement is in a file of the sender's not yet processed: the
worker holds it for that file (decision 0030, and 0042 "Stop 48" for a document of many records), and
the command says so, as the upload page and the API do, rather than "not finished within --wait".
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, make_app

from hub.cli import cli
from hub.extensions import db
from hub.services import ingest

HERLEV = ROOT / "tests" / "golden" / "herlev"
AGREEMENTS = ROOT / "config" / "agreements"


def test_a_follow_up_held_for_its_placement_is_said_to_wait_for_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    runner = app.test_cli_runner()
    for agreement in ("brfkredit.toml", "falck-hovedstaden.toml"):
        runner.invoke(cli, ["agreements", "load", str(AGREEMENTS / agreement)])
    with app.app_context():  # the placement received, not yet read: it could still bring the placement
        data = (HERLEV / "placement.csv").read_bytes()
        ingest.submit(db.session, data, "placement.csv", "163", "test", "tester")
        db.session.commit()
    timesheet = HERLEV / "mentor_hours.csv"
    result = runner.invoke(cli, ["ingest", str(timesheet), "-m", "herlev"])
    assert result.exit_code == 5  # not finished: a worker finishes it once the placement is read
    assert result.output.splitlines() == [
        f"{timesheet}: submission 2 waits for a placement agreement not yet read: a file from the same"
        " sender not yet processed may hold it, and it is tried again once that file is read"
        " / indsendelse 2 venter på en praktikaftale, der endnu ikke er læst: en fil fra samme afsender,"
        " der ikke er behandlet endnu, kan have den, og den prøves igen, når filen er læst",
        "  its status later: GET /api/submissions/2 / dens status senere: GET /api/submissions/2",
    ]
