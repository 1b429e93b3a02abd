"""The provenance rows' link to their record version, kept on PostgreSQL by triggers once a statement.

A foreign key costs PostgreSQL a query and a row lock for every row inserted, about half of what the
server spends on a provenance row, and a form has some seventeen (decision 0030, stop 42). A batch's rows
go in one COPY (`bulk`), so a check once a statement does the same work once for the batch: 3.8 µs a row
in all against 6.4 for a batch of a hundred forms, but 12.0 against 10.8 for a COPY of one form's rows
(the trigger's own start); even at about two forms a statement (`tools.bench_provenance_key`). The rules are
the foreign key's, `provenance.record_version_id` → `record_versions.id` ON DELETE CASCADE:

- a row inserted or updated must name a version that exists; the versions it names are locked FOR KEY
  SHARE, as the key's check locks them, so that a version cannot be deleted under the new rows;
- a version deleted takes its provenance rows with it;
- a version's id is not changed while a provenance row names it (the key's NO ACTION).

One rule of the key is not kept: `TRUNCATE record_versions` without `provenance` would leave rows
naming nothing (the key refuses it); the hub never truncates a table.

The error is the key's: SQLSTATE 23503 (foreign_key_violation), which SQLAlchemy raises as
`IntegrityError`. The model keeps its `ForeignKey` (the ORM's relationship, SQLite's schema), and
`key_checks.include_object` leaves that key out when the models are compared with a PostgreSQL database.
"""

from __future__ import annotations

FK_NAME = "fk_provenance_record_version_id_record_versions"

_CHECK = """
CREATE FUNCTION hub_provenance_versions_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM record_versions v
        JOIN (SELECT DISTINCT record_version_id FROM new_rows) n ON n.record_version_id = v.id
        FOR KEY SHARE OF v;
    IF EXISTS (
        SELECT 1 FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM record_versions v WHERE v.id = n.record_version_id)
    ) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'insert or update on table "provenance" violates foreign key constraint "' || TG_ARGV[0] || '"';
    END IF;
    RETURN NULL;
END $$
"""
# Migration 0024: the same check in one statement, as `key_checks` writes it: the versions named locked
# and counted, fewer found than named is a missing one; each looked up by the primary key (`PROBED`).
# 0015 joined the versions to the ids (a hash join over every version on a young database) and then
# looked every row up again (an anti-join of the new rows against the versions), some twenty probes a form.
CHECK_IN_ONE_STATEMENT = """
CREATE OR REPLACE FUNCTION hub_provenance_versions_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM (
            SELECT 1 FROM record_versions v
            WHERE v.id = ANY (ARRAY(SELECT DISTINCT record_version_id FROM new_rows))
            FOR KEY SHARE OF v) found)
        <> (SELECT count(DISTINCT record_version_id) FROM new_rows) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'insert or update on table "provenance" violates foreign key constraint "' || TG_ARGV[0] || '"';
    END IF;
    RETURN NULL;
END $$
"""
# 0024's downgrade: 0015's check again.
CHECK_IN_TWO_STATEMENTS = _CHECK.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
_CASCADE = """
CREATE FUNCTION hub_provenance_versions_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM provenance p USING old_rows o WHERE p.record_version_id = o.id;
    RETURN NULL;
END $$
"""
_KEEP_ID = """
CREATE FUNCTION hub_provenance_version_id_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id AND EXISTS (SELECT 1 FROM provenance WHERE record_version_id = OLD.id) THEN
        RAISE foreign_key_violation USING MESSAGE =
            'update on table "record_versions" violates foreign key constraint "' || TG_ARGV[0]
            || '" on table "provenance"';
    END IF;
    RETURN NEW;
END $$
"""

CREATE: tuple[str, ...] = (
    _CHECK,
    _CASCADE,
    _KEEP_ID,
    "CREATE TRIGGER hub_provenance_inserted AFTER INSERT ON provenance REFERENCING NEW TABLE AS new_rows "
    f"FOR EACH STATEMENT EXECUTE FUNCTION hub_provenance_versions_exist('{FK_NAME}')",
    "CREATE TRIGGER hub_provenance_updated AFTER UPDATE ON provenance REFERENCING NEW TABLE AS new_rows "
    f"FOR EACH STATEMENT EXECUTE FUNCTION hub_provenance_versions_exist('{FK_NAME}')",
    "CREATE TRIGGER hub_provenance_versions_deleted AFTER DELETE ON record_versions "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hub_provenance_versions_deleted()",
    "CREATE TRIGGER hub_provenance_version_id_kept BEFORE UPDATE OF id ON record_versions "
    f"FOR EACH ROW EXECUTE FUNCTION hub_provenance_version_id_kept('{FK_NAME}')",
)
DROP: tuple[str, ...] = (
    "DROP TRIGGER hub_provenance_version_id_kept ON record_versions",
    "DROP TRIGGER hub_provenance_versions_deleted ON record_versions",
    "DROP TRIGGER hub_provenance_updated ON provenance",
    "DROP TRIGGER hub_provenance_inserted ON provenance",
    "DROP FUNCTION hub_provenance_version_id_kept()",
    "DROP FUNCTION hub_provenance_versions_deleted()",
    "DROP FUNCTION hub_provenance_versions_exist()",
)
