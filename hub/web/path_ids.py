"""An API address whose id is not a number (`/api/submissions/abc`): which id, and that it is one.

Werkzeug's `<int:…>` matches digits alone, so such an address matches no route and was the plain 404
"There is no such page.", naming nothing of what was asked. The answer stays a 404 `not_found` (an id
that is not a number names nothing, as one past the database's integers does: `hub.web.install.DatabaseId`,
and every operation with an id in its path documents that 404), with the id named in `message` and in
`problems` (locator `path`). Pages keep their "Siden findes ikke": a person mistyping an address is helped
back by the page's links, not by a parameter's name (decision 0016, "Stop 60: api-71").
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from werkzeug.routing import IntegerConverter, Map

from hub.errors import FieldProblem
from hub.web.error_words import LOCATIONS_DA

# A variable of a rule as written: `<int:submission_id>`, `<int(max=…):event_id>`, `<name>`.
_VARIABLE = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
# What the answer quotes of a segment sent: enough to recognise it, never a page of it.
_QUOTED = 40


class MisreadId(NamedTuple):
    """An id in an API address that no rule could take: its name in the route and the text sent."""

    name: str
    sent: str
    largest: int | None  # the largest id there is, when what was sent is a number past it


def misread_id(url_map: Map, path: str, method: str) -> MisreadId | None:
    """The first `<int:…>` id of an API rule that `path` would match were its ids any text, and that is
    not an id the rule takes; None when no rule comes so close (the address is unknown altogether)."""
    for rule in url_map.iter_rules():
        if not rule.rule.startswith("/api/") or (rule.methods and method not in rule.methods):
            continue
        ids = {name for name, kind in rule._converters.items() if isinstance(kind, IntegerConverter)}
        if not ids:
            continue
        found = _loose(rule.rule).fullmatch(path)
        if found is None:
            continue
        for name in _VARIABLE.findall(rule.rule):
            sent = found.group(name[1])
            if name[1] in ids:
                refused = _refused(rule._converters[name[1]], name[1], sent)
                if refused is not None:
                    return refused
    return None


def _loose(rule: str) -> re.Pattern[str]:
    """The rule as a pattern whose variables take any one segment."""
    parts, at = [], 0
    for variable in _VARIABLE.finditer(rule):
        parts.append(re.escape(rule[at : variable.start()]))
        parts.append(f"(?P<{variable.group(2)}>[^/]+)")
        at = variable.end()
    parts.append(re.escape(rule[at:]))
    return re.compile("".join(parts))


def _refused(converter: Any, name: str, sent: str) -> MisreadId | None:
    if not sent.isascii() or not sent.isdigit():
        return MisreadId(name, sent[:_QUOTED], None)
    largest = getattr(converter, "max", None)
    if largest is not None and int(sent) > largest:
        return MisreadId(name, sent[:_QUOTED], largest)
    return None


def words(found: MisreadId) -> tuple[str, str]:
    """What is wrong with the id, in English and Danish, as a problem's reason says it."""
    if found.largest is not None:
        return f"larger than any id (at most {found.largest})", f"større end noget id (højst {found.largest})"
    return (
        "not a number: an id is written in digits alone, e.g. 42",
        "ikke et tal: et id skrives kun med cifre, fx 42",
    )


def message(found: MisreadId) -> tuple[str, str]:
    """The answer's `message` and `message_da`: the id by its name and what was sent, then why."""
    en, da = words(found)
    return (
        f"The address's {found.name}, '{found.sent}', is {en}.",
        f"Adressens {found.name}, '{found.sent}', er {da}.",
    )


def path_problem(found: MisreadId) -> tuple[str, str, list[dict[str, Any]]]:
    """The 404's `message`, `message_da` and `problems`: the id named at the locator `path`."""
    en, da = words(found)
    problem = FieldProblem(
        en[0].upper() + en[1:] + ".",
        da[0].upper() + da[1:] + ".",
        locator="path",
        locator_da=LOCATIONS_DA["path"],
        field=found.name,
    )
    return (*message(found), [problem.answer()])
