"""Viborg's mentor hours as its case system's report writes them: a pandas DataFrame indexed by citizen
and week, `DataFrame.to_excel` (pandas 3.1.1, openpyxl 3.1.5 its engine). Run by
`tools/make_fixtures_onboarding_twentyfifth.py` in pandas' own environment: `python viborg_mentortimer.py
OUT.xlsx`.

pandas writes the index's levels as the first columns, their names the header, and merges a level's
repeated values down their rows (`merge_cells=True`, its default): the CPR-nr., name, P-number and
mentor of a citizen are one merged cell over that citizen's weeks. A datetime column is written as dates
with the number format `YYYY-MM-DD HH:MM:SS`. openpyxl stamps the workbook's properties and its zip
entries with the time of the run; both are fixed below, so each run writes the same bytes.
"""

import datetime
import io
import sys
import zipfile

import pandas as pd

# Each citizen: CPR-nr., name, P-number, mentor, who approved and when, and the weeks' hours.
CITIZENS = [
    (
        "1908924417",
        "Mikkel Skov Andersen",
        1021558302,
        "Hanne Lykke",
        "2026-05-22",
        [("2026-18", 4.0), ("2026-19", 5.5), ("2026-20", 3.0)],
    ),
    (
        "3003017752",
        "Amalie Brandt",
        1019904127,
        "Jesper Riis",
        "2026-05-26",
        [("2026-19", 6.0), ("2026-20", 6.0), ("2026-21", 4.5)],
    ),
]
# The report's rows, one a citizen's week, as the case system's query returns them.
ROWS = [
    (cpr, name, pnr, mentor, week, hours, mentor, approved)
    for cpr, name, pnr, mentor, approved, weeks in CITIZENS
    for week, hours in weeks
]
FIXED = datetime.datetime(2026, 5, 27, 7, 30, 0)


def workbook() -> bytes:
    """The report as pandas writes it, its run's times fixed."""
    frame = pd.DataFrame(
        ROWS, columns=["CPR-nr.", "Borger", "P-nr.", "Mentor", "Uge", "Timer", "Godkendt af", "Godkendt den"]
    )
    frame["Godkendt den"] = pd.to_datetime(frame["Godkendt den"])
    frame = frame.set_index(["CPR-nr.", "Borger", "P-nr.", "Mentor", "Uge"])
    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name="Mentortimer")
        writer.book.properties.creator = "Jobcenter Viborg"
        writer.book.properties.created = FIXED
    return out.getvalue()


def fixed_times(data: bytes) -> bytes:
    """The same zip, each entry's time and the properties' `modified` the fixed time, not the run's."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                start = body.index(b"<dcterms:modified")
                end = body.index(b"</dcterms:modified>")
                head = body[start : body.index(b">", start) + 1]
                body = body[:start] + head + b"2026-05-27T07:30:00Z" + body[end:]
            entry = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 27, 7, 30, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, body)
    return out.getvalue()


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as handle:
        handle.write(fixed_times(workbook()))
