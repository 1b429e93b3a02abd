"""Config errors in Danish about a field's sources and transforms (`sources`, an unknown or misplaced
transform, the transforms that combine sources, a checkbox's `values`): the patterns `config_da` tries for
them, in its order.

Apart from `config_da` because these messages are about how one field's value is read and turned, not
where a form or its rows are; the group is one contiguous run of `config_da._PATTERNS`, spliced in where
it stood (order matters where two patterns could match the same text). A transform that takes no
arguments is said by `config_da` itself, whose first patterns those are.
"""

from __future__ import annotations

# (English message as a regular expression, Danish with the same groups), as in `config_da`.
SOURCES_AND_TRANSFORMS: tuple[tuple[str, str], ...] = (
    (r"not a regular expression: (.*)", r"ikke et regulært udtryk: \1"),
    (r"unknown transform '(.*?)' \(did you mean '(.*)'\?\)", r"ukendt transformation '\1' (mente du '\2'?)"),
    (r"unknown transform '(.*?)' \(known: (.*)\)", r"ukendt transformation '\1' (kendte: \2)"),
    (r"unknown transform '(.*?)'(.*)", r"ukendt transformation '\1'\2"),
    (r"unknown claim transform '(.*?)'(.*)", r"ukendt transformation i kravet '\1'\2"),
    (r"a constant value takes no transforms", "en fast værdi tager ingen transformationer"),
    (
        r"'(.*)' combines several sources: give sources = \[\.\.\.\] \(a column, field or element each\)",
        r"'\1' samler flere kilder: angiv sources = [...] (en kolonne, et felt eller et element hver)",
    ),
    (r"'(.*)' combines sources: put it first", r"'\1' samler kilder: sæt den først"),
    (
        r"'last_day' reads two sources: the start date, then the length",
        "'last_day' læser to kilder: startdatoen, derefter varigheden",
    ),
    (
        r"'hours_minutes' reads two sources: the hours, then the minutes",
        "'hours_minutes' læser to kilder: timerne, derefter minutterne",
    ),
    (
        r"'(.*)' is named as minutes, but hours reads a figure as hours \(90 would be 90 hours\): read"
        r" whole minutes with a regex before hours, transforms = \[(.*), \"hours\"\], or with"
        r" hours_minutes beside a column of hours",
        r"'\1' er navngivet som minutter, men hours læser et tal som timer (90 ville være 90 timer): læs hele"
        r' minutter med en regex før hours, transforms = [\2, "hours"], eller med hours_minutes ved siden af'
        r" en kolonne med timer",
    ),
    (
        r"with sources, the first transform must be (.*) or (\w+)",
        r"med sources skal den første transformation være \1 eller \2",
    ),
    (r"give source or sources, not both", "angiv source eller sources, ikke begge"),
    (
        r"table names the column '(.*)' for '(.*)': give the columns in table or in sources, not both",
        r"table angiver kolonnen '\1' for '\2': angiv kolonnerne i table eller i sources, ikke begge",
    ),
    (r"'(.*)' is named twice", r"'\1' er nævnt to gange"),
    (r"values name boxes not in sources: (.*)", r"values nævner felter, der ikke er i sources: \1"),
    (
        r"sources name boxes without a value in values: (.*)",
        r"sources nævner felter uden en værdi i values: \1",
    ),
)
