"""The access test matrix's vocabulary: what each endpoint expects of each role, own party and another.

Each area of the app lists its endpoints in a `tests/web/matrix_<area>.py` module as `ENTRIES`, one
`Entry` per endpoint and method, written by hand from DESIGN.md's table of who sees what (never read from
the code's own permission marks). `test_access_matrix.py` takes the app's URL map, fails on any endpoint
without an entry, and requests each one as every role, once for the role's own party and once for another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accounts import PEOPLE

ROLES = ("lead", "municipality", "company", "auditor", "admin")


@dataclass(frozen=True)
class Target:
    """The objects of one party that an endpoint's URL can name."""

    party: str
    agreement: str
    municipality: str
    placement: int
    record: int
    submission: int
    participant: str = ""  # the placement's participant id, to find it leaking into another party's answer
    cpr: str = ""  # the placement's citizen's CPR, never to reach a company or the admin
    categories: tuple[str, ...] = ()  # its benefit and visitation codes, never to reach a company
    period: str = "2026-09"


@dataclass(frozen=True)
class Entry:
    """What one endpoint answers each role.

    `roles` may use it on their own party's objects and get `ok`; on another party's objects they get
    `other` (404 by default: another party's things do not exist for them). Roles not in `roles` get 403,
    no one signed in gets 401 (the API) or a redirect to sign in (pages), and an API token on a route
    outside `/api/` is no sign-in: 401. `everywhere` lists roles that see every party's object the same
    (the admin's job monitor). `send` gives the request's body.
    """

    endpoint: str
    method: str
    path: Callable[[Target], str]
    roles: frozenset[str]
    ok: int = 200
    other: int = 404
    everywhere: frozenset[str] = frozenset()
    send: Callable[[Target], dict[str, Any]] = field(default=lambda _t: {})
    page: bool = False
    # "citizen": the other party of a partner is a partner in the same agreement; "agreement": another
    # agreement (a partner may open its own agreement, which the other partner shares).
    level: str = "citizen"
    ends_session: bool = False  # signing out: run on a client of its own
    download: bool = False  # a file, not a page: the language and accessibility tests pass it by
    # What a role gets where the rule above does not say it, keyed "role/side" ("lead/own": 404 where a
    # lead may open a partner's record but not its original, which carries the full CPR).
    exceptions: dict[str, int] = field(default_factory=dict)


def is_page(item: Entry) -> bool:
    """Whether the entry is a route outside the JSON API, where an API token signs no one in."""
    # Any real party will do: an entry's path depends on its target only after its first segment.
    return not item.path(Target("lead-gladsaxe", "falck-hovedstaden", "159", 1, 1, 1)).startswith("/api/")


def entry(endpoint: str, path: Callable[[Target], str], roles: str, method: str = "GET", **kw: Any) -> Entry:
    """An entry with its roles given as one space-separated string (`"lead municipality"`)."""
    return Entry(endpoint, method, path, frozenset(roles.split()), **kw)


# Per role: the user signed in (its party is "own"), and the user whose objects stand for another party.
# A partner's other party is a partner in the same agreement: the sharpest case (DESIGN.md: "its own
# citizens only"). The admin has no party; its "other" is the objects of another agreement.
OWN_AND_OTHER: dict[str, tuple[str, str]] = {
    "lead": ("lead-gladsaxe", "lead-gentofte"),
    "municipality": ("kommune-herlev", "kommune-ballerup"),
    "company": ("falck", "danfoss"),
    "auditor": ("revisor-ballerup", "revisor-gentofte"),
    "admin": ("admin", "lead-gentofte"),
}
# At the agreement level every role's other party is the objects of an agreement it is not part of.
OTHER_AGREEMENT = "lead-gentofte"
assert all(PEOPLE[own][0] == role for role, (own, _) in OWN_AND_OTHER.items())
