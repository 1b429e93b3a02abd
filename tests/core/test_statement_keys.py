"""The dashboards' rows → their placement and the audit log's inbox and leaves → their entry keep their
foreign keys' rules on both databases: on PostgreSQL kept by triggers once a statement (migration 0021,
`key_checks`), on SQLite by the keys themselves."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from flask import Flask
from sqlalchemy.exc import IntegrityError
from stored_form_support import store_one_placement

from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf, AuditPending, Placement, PlacementMonth, PlacementSummary
from hub.models.base import table_of
from hub.services import bulk, key_checks, schema

PLACEMENTS, MONTHS, SUMMARIES = table_of(Placement), table_of(PlacementMonth), table_of(PlacementSummary)
EVENTS, PENDING, LEAVES = table_of(AuditEvent), table_of(AuditPending), table_of(AuditLeaf)
MISSING = 10**9  # no placement or entry has this id


def _stored_placement(app: Flask) -> dict[str, Any]:
    """One placement form of Gladsaxe stored through the queue: its placement's row (with a summary and
    month rows kept by the dashboards' refresh)."""
    store_one_placement(app)
    with app.app_context():
        return dict(db.session.execute(sa.select(PLACEMENTS)).mappings().one())


def _copy(table: sa.Table, **changes: Any) -> dict[str, Any]:
    """The table's first stored row with `changes`."""
    return {**db.session.execute(sa.select(table).limit(1)).mappings().one(), **changes}


def _count(table: sa.Table, *where: Any) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(table).where(*where)) or 0


def _new_entry() -> int:
    entry = AuditEvent(actor="tester", action="test", subject="placement:1", detail={})
    db.session.add(entry)
    db.session.flush()
    return entry.id


def _refused(table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Rows inserted in one statement (a COPY on PostgreSQL) are refused, the good with the bad."""
    with pytest.raises(IntegrityError, match="(?i)foreign key"):
        bulk.insert_rows(db.session.connection(), table, rows)
        db.session.flush()
    db.session.rollback()


def test_rows_naming_a_missing_parent_are_refused(backend_app: Flask) -> None:
    placement = _stored_placement(backend_app)["id"]
    with backend_app.app_context():
        months = _count(MONTHS)
        assert months > 0 and _count(SUMMARIES) == 1
        good = _copy(MONTHS, month=date(1999, 1, 1))
        _refused(MONTHS, [good, _copy(MONTHS, placement_id=MISSING)])
        _refused(SUMMARIES, [_copy(SUMMARIES, placement_id=MISSING)])
        assert _count(MONTHS) == months
        bulk.insert_rows(db.session.connection(), MONTHS, [good])
        db.session.commit()
        assert _count(MONTHS) == months + 1
        # Moved to a placement that does not exist: refused as well.
        with pytest.raises(IntegrityError, match="(?i)foreign key"):
            db.session.execute(sa.update(SUMMARIES).values(placement_id=MISSING))
        db.session.rollback()
        assert _count(SUMMARIES, SUMMARIES.c.placement_id == placement) == 1

        entry = _new_entry()
        _refused(PENDING, [{"event_id": entry}, {"event_id": MISSING}])
        entry = _new_entry()
        _refused(
            LEAVES, [{"position": MISSING, "event_id": entry}, {"position": MISSING + 1, "event_id": MISSING}]
        )
        entry = _new_entry()
        bulk.insert_rows(db.session.connection(), PENDING, [{"event_id": entry}])
        bulk.insert_rows(db.session.connection(), LEAVES, [{"position": MISSING, "event_id": entry}])
        db.session.commit()
        assert _count(PENDING, PENDING.c.event_id == entry) == _count(LEAVES, LEAVES.c.event_id == entry) == 1


def test_a_placement_deleted_takes_its_rows_and_a_named_entry_or_id_is_kept(backend_app: Flask) -> None:
    stored = _stored_placement(backend_app)
    with backend_app.app_context():
        # A second placement with a summary and two months, beside the stored one.
        other = {**stored, "id": stored["id"] + 1, "participant_id": "other", "cpr_key": "0" * 64}
        db.session.execute(sa.insert(PLACEMENTS), [other])
        months = [_copy(MONTHS, placement_id=other["id"], month=date(1999, m, 1)) for m in (1, 2)]
        bulk.insert_rows(db.session.connection(), MONTHS, months)
        bulk.insert_rows(db.session.connection(), SUMMARIES, [_copy(SUMMARIES, placement_id=other["id"])])
        db.session.commit()
        stored_months = _count(MONTHS, MONTHS.c.placement_id == stored["id"])
        with pytest.raises(IntegrityError, match="(?i)foreign key"):
            db.session.execute(sa.update(PLACEMENTS).where(PLACEMENTS.c.id == other["id"]).values(id=MISSING))
        db.session.rollback()

        db.session.execute(sa.delete(PLACEMENTS).where(PLACEMENTS.c.id == other["id"]))
        db.session.commit()
        assert _count(MONTHS, MONTHS.c.placement_id == other["id"]) == 0
        assert _count(SUMMARIES, SUMMARIES.c.placement_id == other["id"]) == 0
        assert _count(MONTHS, MONTHS.c.placement_id == stored["id"]) == stored_months
        assert _count(SUMMARIES, SUMMARIES.c.placement_id == stored["id"]) == 1

        pending, leaf, free = _new_entry(), _new_entry(), _new_entry()
        bulk.insert_rows(db.session.connection(), PENDING, [{"event_id": pending}])
        bulk.insert_rows(db.session.connection(), LEAVES, [{"position": MISSING, "event_id": leaf}])
        db.session.commit()
        for named in (pending, leaf):
            for change in (sa.delete(EVENTS), sa.update(EVENTS).values(id=MISSING)):
                with pytest.raises(IntegrityError, match="(?i)foreign key"):
                    db.session.execute(change.where(EVENTS.c.id == named))
                db.session.rollback()
        # An entry nothing names may go (the hub never deletes one; the key would allow it).
        db.session.execute(sa.delete(EVENTS).where(EVENTS.c.id == free))
        db.session.commit()
        assert _count(EVENTS, EVENTS.c.id.in_((pending, leaf, free))) == 2


def _keys_and_triggers(connection: sa.Connection) -> tuple[set[str], dict[str, str]]:
    """The four keys as they are on PostgreSQL, and each of their triggers' level (ROW or STATEMENT)."""
    names = [key.name for key in key_checks.KEYS]
    keys = connection.execute(
        sa.text("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conname = ANY(:names)"),
        {"names": names},
    )
    query = "SELECT tgname, tgtype & 1 FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE :like"
    triggers = {}
    for key in key_checks.KEYS:
        for name, row in connection.execute(sa.text(query), {"like": f"{key.stem}%"}):
            triggers[name] = "ROW" if row else "STATEMENT"
    return set(keys.scalars()), triggers


def test_on_postgresql_the_keys_are_checked_once_a_statement_and_come_back_with_the_downgrade(
    postgres_app: Flask,
) -> None:
    expected = {}
    for child, parent in (
        ("placement_months", "placements"),
        ("placement_summaries", "placements"),
        ("audit_pending", "audit_events"),
        ("audit_leaves", "audit_events"),
    ):
        for what in ("inserted", "updated", "deleted"):
            expected[f"hub_{child}_{parent}_{what}"] = "STATEMENT"
        expected[f"hub_{child}_{parent}_id_kept"] = "ROW"
    with postgres_app.app_context():
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == (set(), expected)
        config = schema.alembic_config(db.engine)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0020")
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == ({key.name for key in key_checks.KEYS}, {})
        schema.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == (set(), expected)


def test_on_postgresql_a_placement_cannot_be_deleted_under_rows_being_inserted(postgres_app: Flask) -> None:
    # The key's check locks the placement FOR KEY SHARE until the inserting transaction ends; the
    # triggers must too, or a delete in between would leave the new rows naming nothing once committed.
    placement = _stored_placement(postgres_app)["id"]
    with postgres_app.app_context():
        row = _copy(MONTHS, month=date(1999, 1, 1))
        db.session.close()
        with db.engine.connect() as inserting, db.engine.connect() as deleting:
            with inserting.begin():
                bulk.insert_rows(inserting, MONTHS, [row])
                with pytest.raises(sa.exc.OperationalError, match="lock"), deleting.begin():
                    deleting.execute(sa.text("SET LOCAL lock_timeout = '300ms'"))
                    deleting.execute(sa.delete(PLACEMENTS).where(PLACEMENTS.c.id == placement))
        assert _count(MONTHS, MONTHS.c.month == date(1999, 1, 1)) == 1


def _indexes(connection: sa.Connection) -> set[str]:
    found = set()
    for table in ("records", "record_versions", "placement_summaries"):
        found |= {str(index["name"]) for index in sa.inspect(connection).get_indexes(table)}
    return found


def test_the_indexes_a_wider_one_starts_with_are_dropped_and_come_back_with_the_downgrade(
    backend_app: Flask,
) -> None:
    prefixes = {
        "ix_records_form_type",
        "ix_record_versions_record_id",
        "ix_placement_summaries_agreement_last_day",
    }
    with backend_app.app_context():
        with db.engine.connect() as connection:
            assert not prefixes & _indexes(connection)
            assert "ix_placement_summaries_ending" in _indexes(connection)
        config = schema.alembic_config(db.engine)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0021")
        with db.engine.connect() as connection:
            assert prefixes <= _indexes(connection)
        schema.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert not prefixes & _indexes(connection)


def _finding(connection: sa.Connection) -> dict[str, str]:
    """How each key's check finds the parents: by primary key (0024) or by a join (0021)."""
    found = {}
    for key in key_checks.KEYS:
        query = sa.text("SELECT prosrc FROM pg_proc WHERE proname = :name")
        body = " ".join(str(connection.execute(query, {"name": f"{key.stem}_exist"}).scalar_one()).split())
        probed = f"WHERE p.id = ANY (ARRAY(SELECT DISTINCT {key.column} FROM new_rows)) FOR KEY SHARE OF p"
        joined = f"JOIN (SELECT DISTINCT {key.column} FROM new_rows) n ON n.{key.column} = p.id"
        found[key.name] = "probed" if probed in body else "joined" if joined in body else body
    return found


def test_on_postgresql_the_checks_ask_the_parents_primary_key_and_join_again_with_the_downgrade(
    postgres_app: Flask,
) -> None:
    # A join to the distinct ids read the whole parent table on a young database (migration 0024); the
    # rules themselves are the tests above, run at the newest revision.
    with postgres_app.app_context():
        with db.engine.connect() as connection:
            assert set(_finding(connection).values()) == {"probed"}
        config = schema.alembic_config(db.engine)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0023")
        with db.engine.connect() as connection:
            assert set(_finding(connection).values()) == {"joined"}
        schema.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert set(_finding(connection).values()) == {"probed"}
