-- Silkeborg's mentor firm's month of mentor visits, as its reporting job writes it with DuckDB:
-- the visits joined to their courses and copied out with COPY ... TO ... (FORMAT csv). A visit a row,
-- each row repeating its course's citizen, site and mentor; the visit's length an INTERVAL, the
-- approval a TIMESTAMPTZ, no approval yet NULL. Run by tools/make_fixtures_onboarding_fortythird.py,
-- which gives the output path as the variable out (getvariable) and the time zone.
CREATE TABLE forloeb (
    id INTEGER PRIMARY KEY, cpr VARCHAR, borger VARCHAR, pnummer BIGINT, arbejdssted VARCHAR,
    mentor VARCHAR, godkendt_af VARCHAR, godkendt TIMESTAMPTZ
);
CREATE TABLE besoeg (forloeb INTEGER, dato DATE, varighed INTERVAL, indhold VARCHAR);
INSERT INTO forloeb VALUES
    (1, '070588-3142', 'Maja Lind Kristoffersen', 1031425364, 'Them Bageri', 'Ole Dam Rasmussen',
     'Ole Dam Rasmussen', TIMESTAMPTZ '2026-11-30 14:05:12+01'),
    (2, '230901-4567', 'Noah Bjerre Madsen', 1029384756, 'Silkeborg Cykler ApS', 'Karin Fogh',
     NULL, NULL);
INSERT INTO besoeg VALUES
    (1, DATE '2026-11-03', INTERVAL '90 minutes', 'Opstart, rundvisning'),
    (1, DATE '2026-11-04', INTERVAL '45 minutes', 'Samtale'),
    (1, DATE '2026-11-10', INTERVAL '2 hours', 'Oplæring ved ovnen'),
    (1, DATE '2026-11-18', INTERVAL '75 minutes', 'Samtale, opfølgning'),
    (1, DATE '2026-11-25', INTERVAL '1 hour', 'Opfølgning'),
    (2, DATE '2026-11-02', INTERVAL '3 hours', 'Opstart'),
    (2, DATE '2026-11-12', INTERVAL '150 minutes', 'Værkstedet'),
    (2, DATE '2026-11-19', INTERVAL '150 minutes', 'Værkstedet, "kunder"'),
    (2, DATE '2026-11-26', INTERVAL '3 hours', 'Status');
COPY (
    SELECT f.cpr AS "CPR", f.borger AS "Borger", f.pnummer AS "P-nummer", f.arbejdssted AS "Arbejdssted",
           f.mentor AS "Mentor", b.dato AS "Dato", b.varighed AS "Varighed", b.indhold AS "Indhold",
           f.godkendt_af AS "Godkendt af", f.godkendt AS "Godkendt"
    FROM besoeg b JOIN forloeb f ON f.id = b.forloeb
    ORDER BY f.id, b.dato
) TO '__OUT__' (FORMAT csv, HEADER);
