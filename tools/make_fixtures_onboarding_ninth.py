"""Write the forms of the ninth onboarding trial: `python -m tools.make_fixtures_onboarding_ninth`.

Kerteminde (440) is onboarded by config alone in tests/onboarding/, on a form shaped unlike the earlier
trials': a mentor's monthly timesheet as a timesheet app exports it, in XML with **a default namespace
and two prefixed ones beside it** (the citizen's CPR in OIO's CPR namespace as an element, the site's
P-number in OIO's CVR namespace as an attribute), the other values in attributes, **a day a repeated
element** (`<Dag dato="2026-03-02" timer="1:30"/>`, hours written `h:mm`, a cancelled day `0:00`, a day
with a remark inside it), and the mentor's approval an element that is **`xsi:nil`** until the mentor
approves: one file approved (`<Godkendt af=... dato=...>`), one not yet (`<Godkendt xsi:nil="true"/>`).
The values are written here as the app would; the expected records beside the files were written by hand
from these values.
"""

from __future__ import annotations

from pathlib import Path

from tools.fixture_files import write_all

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "kerteminde"

# (date, hours as written, remark or "", cancelled)
DAYS: tuple[tuple[str, str, str, bool], ...] = (
    ("2026-03-02", "1:30", "", False),
    ("2026-03-04", "0:45", "", False),
    ("2026-03-05", "2:00", "", False),
    ("2026-03-09", "1:15", "Borger gik hjem syg kl. 10", False),
    ("2026-03-11", "0:00", "Aflyst af virksomheden", True),
    ("2026-03-16", "2:30", "", False),
    ("2026-03-18", "1:00", "", False),
    ("2026-03-23", "1:45", "", False),
)
APPROVED = '<Godkendt af="Lars Munk Pedersen" dato="2026-03-31"/>'
NOT_YET = '<Godkendt xsi:nil="true"/>'


def _day(date: str, hours: str, remark: str, cancelled: bool) -> str:
    flag = ' aflyst="true"' if cancelled else ""
    if not remark:
        return f'    <Dag dato="{date}" timer="{hours}"{flag}/>'
    return f'    <Dag dato="{date}" timer="{hours}"{flag}>\n      <Note>{remark}</Note>\n    </Dag>'


def timesheet_xml(approval: str = APPROVED, days: tuple[tuple[str, str, str, bool], ...] = DAYS) -> bytes:
    """Kerteminde's timesheet for March 2026 (a test gives another approval or other days)."""
    lines = "\n".join(_day(*day) for day in days)
    return f"""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Kerteminde's mentor app: its own default namespace, OIO's CPR and CVR namespaces for the citizen and
     the site, a day an element, the approval nil until the mentor approves the month. -->
<Timeseddel xmlns="urn:dk:kerteminde:jobcenter:mentortid:1"
            xmlns:cpr="http://rep.oio.dk/cpr.dk/xml/schemas/core/2005/03/18/"
            xmlns:cvr="http://rep.oio.dk/cvr.dk/xml/schemas/2005/03/22/"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            version="1.4" maaned="2026-03">
  <Borger navn="Mikkel Sand Olesen">
    <cpr:PersonCivilRegistrationIdentifier>0506912208</cpr:PersonCivilRegistrationIdentifier>
  </Borger>
  <Arbejdssted navn="Kerteminde Bådebyggeri ApS" cvr:ProductionUnitIdentifier="1067891234"/>
  <Mentor navn="Lars Munk Pedersen" ansat="virksomhed"/>
  <Dage>
{lines}
  </Dage>
  {approval}
</Timeseddel>
""".encode()


def render_all() -> dict[Path, bytes]:
    """Each form's path and bytes."""
    return {
        GOLDEN / "mentor_hours.xml": timesheet_xml(),
        GOLDEN / "mentor_hours_unapproved.xml": timesheet_xml(NOT_YET),
    }


if __name__ == "__main__":
    write_all(render_all())
