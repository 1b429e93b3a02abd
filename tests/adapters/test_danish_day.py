"""A form's dates are checked against the Danish day (`hub.periods.local_today`), not the server's: on a
server whose clock runs in UTC, 23.30 UTC on 31 December is already 00.30 on 1 January in Denmark
(decision 0064, "Stop 47 (2)"). The clock is pinned with a `ZoneInfo`, so time-machine also sets the
process's zone to UTC, and `date.today()` is the UTC day, as on the hub's servers.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine
from marshmallow import Schema

from hub.adapters.mapping.textparse import parse_date
from hub.schemas.fields import Cpr

# Thursday 31 December 2026 23:30 UTC is Friday 1 January 2027 00:30 in Denmark (CET, UTC+1).
NEW_YEAR_0030 = datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC"))


class _Citizen(Schema):
    cpr = Cpr()


def test_a_child_born_on_the_danish_new_years_day_is_born() -> None:
    # 010127-4xxx: born 1 January 2027 (a 7th digit of 4 and a year below 37 is the 2000s). In
    # Denmark it is that day; the server's UTC date, 31 December, would call the child not yet born.
    # The same number is refused where the Danish day is still 31 December, an hour earlier.
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        assert _Citizen().load({"cpr": "010127-4001"}) == {"cpr": "0101274001"}
    with time_machine.travel(datetime(2026, 12, 31, 22, 30, tzinfo=ZoneInfo("UTC")), tick=False):
        errors = _Citizen().validate({"cpr": "010127-4001"})
    assert errors == {"cpr": ["CPR birth date 2027-01-01 is in the future"]}


def test_two_digit_years_reach_ten_years_past_the_danish_year() -> None:
    # Two digits are read as 2000 to ten years past this year: in Denmark's 2027, "37" is 2037; on
    # the server's UTC day, still 2026, it would be refused as past 2036.
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        assert parse_date("03-03-37") == "2037-03-03"
