"""Four more foreign keys kept on PostgreSQL by triggers once a statement, as the provenance's is
(`provenance_checks`, migration 0015): the dashboards' month and summary rows → their placement, and the
audit log's inbox and leaves → their entry (migration 0021).

A foreign key costs PostgreSQL a query and a row lock for every row inserted. These rows go in a batch's
COPY (`bulk`), some twelve a demo's form, so one check a statement does the key's work once for the
batch (decision 0030, stops 59 and 60). The rules are each key's:

- a row inserted or updated must name a parent that exists; the parents it names are locked FOR KEY
  SHARE, as the key's check locks them, so that none can be deleted under the new rows;
- a parent deleted takes its rows with it (`placements`: ON DELETE CASCADE), or is refused while a row
  names it (`audit_events`: NO ACTION, checked at the statement's end as the key checks it);
- a parent's id is not changed while a row names it (ON UPDATE NO ACTION).

As in 0015, `TRUNCATE` of a parent alone is not refused (the hub never truncates a table), and the error
is the key's: SQLSTATE 23503, `IntegrityError` in SQLAlchemy, naming the key (without the DETAIL line
that gives the missing value). The models keep their `ForeignKey`s (SQLite's schema, where a key costs
little); `include_object` leaves these keys and the provenance's out when the models are compared with a
PostgreSQL database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hub.services import provenance_checks


@dataclass(frozen=True)
class Key:
    """A foreign key `child.column` → `parent.id`, and what deleting a parent does to its rows."""

    child: str
    column: str
    parent: str
    cascade: bool  # ON DELETE CASCADE; else NO ACTION

    @property
    def name(self) -> str:
        """The key's name by the models' naming convention (`hub.models.base.NAMING`)."""
        return f"fk_{self.child}_{self.column}_{self.parent}"

    @property
    def stem(self) -> str:
        """What its functions' and triggers' names start with."""
        return f"hub_{self.child}_{self.parent}"


KEYS: tuple[Key, ...] = (
    Key("placement_months", "placement_id", "placements", cascade=True),
    Key("placement_summaries", "placement_id", "placements", cascade=True),
    Key("audit_pending", "event_id", "audit_events", cascade=False),
    Key("audit_leaves", "event_id", "audit_events", cascade=False),
)


# How the check finds the parents named. 0021 joined them to the statement's distinct ids, which the
# planner, guessing 200 ids, answers with a hash join over the whole parent table until the table is
# large: every row of `audit_events` read for each batch on a young database (decision 0030, stop 61).
# 0024 asks the parent's primary key for each id named, whatever the table's size.
JOINED = """SELECT 1 FROM {parent} p
            JOIN (SELECT DISTINCT {column} FROM new_rows) n ON n.{column} = p.id"""
PROBED = """SELECT 1 FROM {parent} p
            WHERE p.id = ANY (ARRAY(SELECT DISTINCT {column} FROM new_rows))"""


def _exist(key: Key, found: str = JOINED, create: str = "CREATE FUNCTION") -> str:
    # One statement locks the named parents and counts them: fewer found than named means one is missing
    # (a parent deleted by a transaction this one waited for is not found either, as with the key).
    return f"""
{create} {key.stem}_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM (
            {found.format(parent=key.parent, column=key.column)}
            FOR KEY SHARE OF p) found)
        <> (SELECT count(DISTINCT {key.column}) FROM new_rows) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'insert or update on table "{key.child}" violates foreign key constraint "{key.name}"';
    END IF;
    RETURN NULL;
END $$
"""


def _deleted(key: Key) -> str:
    if key.cascade:
        body = f"DELETE FROM {key.child} c USING old_rows o WHERE c.{key.column} = o.id;"
    else:
        body = f"""IF EXISTS (SELECT 1 FROM {key.child} c JOIN old_rows o ON c.{key.column} = o.id) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'update or delete on table "{key.parent}" violates foreign key constraint "{key.name}"'
            || ' on table "{key.child}"';
    END IF;"""
    return f"""
CREATE FUNCTION {key.stem}_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {body}
    RETURN NULL;
END $$
"""


def _id_kept(key: Key) -> str:
    return f"""
CREATE FUNCTION {key.stem}_id_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id AND EXISTS (SELECT 1 FROM {key.child} WHERE {key.column} = OLD.id) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'update or delete on table "{key.parent}" violates foreign key constraint "{key.name}"'
            || ' on table "{key.child}"';
    END IF;
    RETURN NEW;
END $$
"""


def create(key: Key) -> tuple[str, ...]:
    """The statements that keep `key`'s rules by triggers (its foreign key dropped first)."""
    each_statement = "FOR EACH STATEMENT EXECUTE FUNCTION"
    return (
        _exist(key),
        _deleted(key),
        _id_kept(key),
        f"CREATE TRIGGER {key.stem}_inserted AFTER INSERT ON {key.child} "
        f"REFERENCING NEW TABLE AS new_rows {each_statement} {key.stem}_exist()",
        f"CREATE TRIGGER {key.stem}_updated AFTER UPDATE ON {key.child} "
        f"REFERENCING NEW TABLE AS new_rows {each_statement} {key.stem}_exist()",
        f"CREATE TRIGGER {key.stem}_deleted AFTER DELETE ON {key.parent} "
        f"REFERENCING OLD TABLE AS old_rows {each_statement} {key.stem}_deleted()",
        f"CREATE TRIGGER {key.stem}_id_kept BEFORE UPDATE OF id ON {key.parent} "
        f"FOR EACH ROW EXECUTE FUNCTION {key.stem}_id_kept()",
    )


def exist(key: Key, found: str) -> str:
    """The statement that replaces `key`'s check by one finding its parents as `found` says (`PROBED`,
    migration 0024; `JOINED`, its downgrade)."""
    return _exist(key, found, "CREATE OR REPLACE FUNCTION")


def drop(key: Key) -> tuple[str, ...]:
    """The statements that remove what `create` made (the foreign key is put back after)."""
    triggers = (
        ("id_kept", key.parent),
        ("deleted", key.parent),
        ("updated", key.child),
        ("inserted", key.child),
    )
    functions = ("id_kept", "deleted", "exist")
    return tuple(f"DROP TRIGGER {key.stem}_{what} ON {table}" for what, table in triggers) + tuple(
        f"DROP FUNCTION {key.stem}_{what}()" for what in functions
    )


CHECKED_BY_TRIGGERS = frozenset({provenance_checks.FK_NAME, *(key.name for key in KEYS)})


def include_object(dialect_name: str) -> Callable[[Any, str | None, str, bool, Any], bool]:
    """Alembic's `include_object` for a database of this dialect: on PostgreSQL, the models' keys that
    triggers keep (the provenance's, 0015; `KEYS`, 0021) are left out of the comparison."""

    def included(_obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        return not (
            dialect_name == "postgresql"
            and type_ == "foreign_key_constraint"
            and name in CHECKED_BY_TRIGGERS
            and not reflected
            and compare_to is None
        )

    return included
