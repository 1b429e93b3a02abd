"""What a node app's CSV heads and writes, as suggest drafts it (decision 0060, "Stop 67: trial-106").

csv-stringify given no `columns` heads each column with the app's object key, camelCase English
(`approvedBy`, `approvedOn`, `site`): the signer and the day signed were "not recognised", and the draft of
a timesheet was refused whole. An app that lets `toLocaleString("da-DK")` write a moment writes
"31.3.2027, 14.05.00", a comma before the time: beside a label naming a role it was drafted as a name.
Expected values written by hand from the files below.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from suggest_support import draft_of, drafted_fields

_ROWS = [
    "050391-2284,Mikkel Due,1023456789,Lejre Planteskole ApS,Hanne Ravnsbæk,{day}.3.2027,1.5,Besøg,1,"
    "Hanne Ravnsbæk,31.3.2027",
    "221185-0467,Amalie Krogh-Hansen,1019283746,Café Ledreborg,Jens Olsen,{day}.3.2027,3,Besøg,1,"
    "Jens Olsen,1.4.2027",
]
_CSV = (
    "cpr,name,pnr,site,mentor,date,hours,topic,approved,approvedBy,approvedOn\r\n"
    + "".join(row.format(day=day) + "\r\n" for row in _ROWS for day in (2, 9, 16))
).encode()


def test_camel_case_english_keys_name_the_signer_the_day_and_the_site() -> None:
    draft = draft_of(_CSV, "mentortimer.csv")
    fields = drafted_fields(draft)
    assert fields["signed_by"]["source"] == "column:approvedBy"
    assert fields["signed_on"] == {"path": "signed_on", "source": "column:approvedOn", "transforms": ["date"]}
    site = '# TODO: looks like site.name, which a mentor_hours record may hold (optional) (column "site";'
    assert site in draft


def test_a_site_p_number_stays_the_p_number() -> None:
    """A guard: a key holding the P-number's word ("sitePnr") stays the P-number."""
    data = _CSV.replace(b",pnr,", b",sitePnr,")
    assert drafted_fields(draft_of(data, "mentortimer.csv"))["site.p_number"]["source"] == "column:sitePnr"


def test_a_moment_with_a_comma_before_its_time_beside_a_role_label_is_no_name() -> None:
    book = Workbook()
    for row in (
        ("CPR-nummer", "170392-3308"),
        ("Mentor godkendt", "31.3.2027, 14.05.00"),
        ("Mentorens navn", "Søren Kragh"),
    ):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    draft = draft_of(out.getvalue(), "timeseddel.xlsx")
    assert "looks like mentor.name, but the value is a date" in draft
    assert drafted_fields(draft)["mentor.name"]["source"] == "next:Mentorens navn"
