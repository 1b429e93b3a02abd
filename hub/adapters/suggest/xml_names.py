"""An XML name's text as its author wrote it: SQL/XML (PostgreSQL's `table_to_xml`, `query_to_xml`) and
.NET's `XmlConvert.EncodeName` write a character an XML name may not hold as `_xHHHH_`, so a case
system's column "Timer pr. uge" is the element `Timer_x0020_pr._x0020_uge`. `hub adapters suggest`
reads the column's words, not the escapes: `_x0020_` left in split "pr" from "uge", and the hours a week
were read as one row of a timesheet (decision 0060, "Stop 63: trial-84"). Selectors keep the name as
the document spells it."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_")


def name_text(name: str) -> str:
    """The name with each `_xHHHH_` (or `_xHHHHHHHH_`) escape turned back into its character."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if int(m[1], 16) <= 0x10FFFF else m[0], name)
