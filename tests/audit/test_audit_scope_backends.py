"""A municipality's share of the audit log chosen in the query (page-116, stop 70), on SQLite and on
PostgreSQL alike: by a record's, a placement's and a document's own municipality, the municipality's own
subject (bundles), and a shared read's detail (`municipalities`, a claim's `municipality`) read exactly,
never by another value that happens to hold the code; the page's count and newest id the same."""

from __future__ import annotations

from audit_scope_support import citizens, plant
from flask import Flask

from hub.extensions import db
from hub.services import audit_list, audit_scope

HERLEV, GLADSAXE = "163", "159"


def test_the_share_is_exact_on_either_database(backend_app: Flask) -> None:
    citizens(backend_app, (HERLEV, GLADSAXE))
    planted = plant(backend_app, (HERLEV, GLADSAXE))
    with backend_app.app_context():
        for code, other in ((HERLEV, GLADSAXE), (GLADSAXE, HERLEV)):
            wanted = audit_list.Filter(limit=1000, municipality=code)
            found = audit_list.entries(db.session, wanted)
            assert sorted(e.id for e in found) == sorted(planted.of[code] + planted.shared)
            assert audit_list.count(db.session, wanted) == len(planted.of[code]) + 2
            assert audit_list.newest_id(db.session, wanted) == max(planted.of[code] + planted.shared)
            details = audit_scope.details(db.session, code, found)
            assert planted.participant[other] not in str(details)
            assert {"participants": [planted.participant[code]], "municipalities": [code]} in details
        # The operator's filter is every entry, these among them.
        assert audit_list.count(db.session, audit_list.Filter()) >= len(planted.of[HERLEV]) * 2 + 2
