"""A dropdown's list in Excel 2010's form (`x14:dataValidation` in the sheet's `extLst`) or given by a
defined name is read as the plain one: `hub adapters suggest` drafts its every value (decision 0060,
"Stop 53: noticed-61")."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from hub.adapters.readers.tabular import read_xlsx

# Sorø's mentor support: the employer (Bevilling!C8) is a dropdown over Lister!$A$2:$A$3, the hidden
# sheet's "Virksomheden" and "Jobcentret".
SAMPLE = Path(__file__).parents[1] / "onboarding" / "golden" / "soroe" / "mentor_support.xlsx"
PLAIN = '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C8">'
X14 = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB8-EB0A2F1AA5A8}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
    "<x14:formula1><xm:f>Lister!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>C8</xm:sqref>"
    "</x14:dataValidation></x14:dataValidations></ext></extLst>"
)


def _rewritten(sheet: object, workbook: object) -> bytes:
    """The sample with its sheet's and workbook's XML passed through the two functions given."""
    out = io.BytesIO()
    with zipfile.ZipFile(SAMPLE) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = sheet(data.decode()).encode()  # type: ignore[operator]
            elif info.filename == "xl/workbook.xml":
                data = workbook(data.decode()).encode()  # type: ignore[operator]
            target.writestr(info, data)
    return out.getvalue()


def _in_extlst(xml: str) -> str:
    assert PLAIN in xml
    return re.sub(r"<dataValidations .*?</dataValidations>", "", xml).replace(
        "</worksheet>", X14 + "</worksheet>"
    )


def _by_name(xml: str) -> str:
    assert "<formula1>Lister!$A$2:$A$3</formula1>" in xml
    return xml.replace("<formula1>Lister!$A$2:$A$3</formula1>", "<formula1>Arbejdsgivere</formula1>")


def _naming(xml: str) -> str:
    names = '<definedNames><definedName name="ARBEJDSGIVERE">Lister!$A$2:$A$3</definedName></definedNames>'
    return xml.replace("</sheets>", "</sheets>" + names)


@pytest.mark.parametrize(
    ("sheet", "workbook"), [(_in_extlst, lambda xml: xml), (_by_name, _naming)], ids=["x14", "defined-name"]
)
def test_a_dropdown_listed_elsewhere_names_its_every_value(sheet: object, workbook: object) -> None:
    found = read_xlsx(_rewritten(sheet, workbook), "mentor_support.xlsx")
    assert found.meta["dropdowns"] == [["Bevilling", 8, 3, ["Virksomheden", "Jobcentret"]]]
