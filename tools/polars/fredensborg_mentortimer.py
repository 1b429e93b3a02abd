"""Fredensborg's mentor firm's month of visits as its Python script writes them with polars' `write_csv`.

The firm keeps each visit's day and its clock times (polars `Date` and `Time`), works out the hours from
them (`write_csv` cannot write a `Duration`, so the script turns it into a float of hours), marks a visit
by phone with a `Boolean` and stamps the approval with a `Datetime`. `write_csv` is left at its own
defaults: a comma, quotes only where needed, ISO days, a time of day with nine decimals of a second
(`09:00:00.000000000`), a moment with six (`2027-04-30T16:05:12.000000`), floats as Rust prints them
(`2.0`, `0.75`), booleans `true`/`false`, a null an empty cell. Run: `python fredensborg_mentortimer.py
OUT.csv` with polars installed (tools/make_fixtures_onboarding_fiftyfifth.py runs it).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time

import polars as pl

SOFIE = ("FS-2027-0412", "170589-2734", "Sofie Kjær Mortensen", 1024518836, "Humlebæk Cykler & Service ApS")
AHMAD = ("FS-2027-0388", "030498-1185", "Ahmad Rahimi", 1019283746, "Fredensborg Plejecenter, køkkenet")
# (course, day, from, to, by phone, note, mentor, approved at)
VISITS = [
    (SOFIE, date(2027, 4, 6), time(9, 0), time(10, 30), False, "Opstart og rundvisning"),
    (SOFIE, date(2027, 4, 8), time(13, 0), time(13, 45), False, None),
    (SOFIE, date(2027, 4, 13), time(9, 0), time(11, 0), False, 'Gennemgang af "sikkerhed, værktøj"'),
    (SOFIE, date(2027, 4, 20), time(10, 15), time(11, 30), False, None),
    (SOFIE, date(2027, 4, 22), time(14, 0), time(14, 30), True, "Opfølgning, telefon"),
    (SOFIE, date(2027, 4, 27), time(9, 0), time(10, 0), False, None),
    (SOFIE, date(2027, 4, 29), time(12, 30), time(14, 0), False, "Samtale med værkfører"),
    (AHMAD, date(2027, 4, 1), time(8, 0), time(9, 30), False, "Første dag i køkkenet"),
    (AHMAD, date(2027, 4, 7), time(8, 30), time(9, 15), True, None),
    (AHMAD, date(2027, 4, 14), time(8, 30), time(10, 0), False, None),
    (AHMAD, date(2027, 4, 21), time(13, 0), time(15, 0), False, "Hygiejnekursus; opfølgning"),
    (AHMAD, date(2027, 4, 28), time(8, 30), time(9, 45), False, None),
]
MENTORS = {"FS-2027-0412": "Kasper Wulff", "FS-2027-0388": "Dorte Lund"}
APPROVED = {"FS-2027-0412": datetime(2027, 4, 30, 16, 5, 12), "FS-2027-0388": datetime(2027, 5, 3, 8, 40, 0)}


def visits() -> pl.DataFrame:
    """The month's visits, a row each, with their hours worked out from the clock times."""
    frame = pl.DataFrame(
        {
            "sag": [v[0][0] for v in VISITS],
            "cpr": [v[0][1] for v in VISITS],
            "borger": [v[0][2] for v in VISITS],
            "pnummer": [v[0][3] for v in VISITS],
            "praktiksted": [v[0][4] for v in VISITS],
            "mentor": [MENTORS[v[0][0]] for v in VISITS],
            "dato": [v[1] for v in VISITS],
            "fra": [v[2] for v in VISITS],
            "til": [v[3] for v in VISITS],
            "telefonisk": [v[4] for v in VISITS],
            "note": [v[5] for v in VISITS],
            "godkendt_af": [MENTORS[v[0][0]] for v in VISITS],
            "godkendt": [APPROVED[v[0][0]] for v in VISITS],
        }
    )
    length = pl.col("dato").dt.combine(pl.col("til")) - pl.col("dato").dt.combine(pl.col("fra"))
    frame = frame.with_columns((length.dt.total_minutes() / 60).alias("timer"))
    columns = ["sag", "cpr", "borger", "pnummer", "praktiksted", "mentor", "dato", "fra", "til", "timer"]
    return frame.select([*columns, "telefonisk", "note", "godkendt_af", "godkendt"])


if __name__ == "__main__":
    visits().write_csv(sys.argv[1])
