-- Gribskov's job centre's placements of a month, as its reporting job writes them with DuckDB's excel
-- extension: the agreements joined to their citizens and copied out with COPY ... TO ... (FORMAT xlsx,
-- HEADER true). An agreement a row; the days DATE (the extension's own `dd/mm/yy`), the hours a DOUBLE,
-- the mentor's employer a BOOLEAN (the extension's `"TRUE";"TRUE";"FALSE"`), the P-number a BIGINT.
-- Run by tools/make_fixtures_onboarding_fiftyfirst.py, which gives the output path as the variable out.
CREATE TABLE borger (id INTEGER PRIMARY KEY, cpr VARCHAR, navn VARCHAR);
CREATE TABLE aftale (
    borger INTEGER, cvr INTEGER, virksomhed VARCHAR, pnummer BIGINT, arbejdssted VARCHAR, start DATE,
    slut DATE, timer DOUBLE, ydelse VARCHAR, visitation VARCHAR, mentor VARCHAR, mentor_i_virksomhed BOOLEAN,
    sagsbehandler VARCHAR, email VARCHAR, telefon VARCHAR, formaal VARCHAR
);
INSERT INTO borger VALUES (1, '110390-2468', 'Ida Marie Holm Sørensen'), (2, '250776-1357', 'Bjørn Å. Kjærgaard');
INSERT INTO aftale VALUES
    (1, 38152041, 'Helsinge Tømrer & Snedker ApS', 1018273645, 'Værkstedet, Industrivej 4, 3200 Helsinge',
     DATE '2027-03-01', DATE '2027-05-28', 18.5, 'Kontanthjælp', 'Aktivitetsparat', 'Henrik Lund', true,
     'Mette Bang', 'mbang@gribskov.example.dk', '72 49 60 00', 'Afprøvning af arbejdsevne "på værkstedet"'),
    (2, 41273909, 'Gilleleje Havn I/S', 1020304050, 'Fiskerihavnen, 3250 Gilleleje',
     DATE '2027-03-15', DATE '2027-06-11', 30.0, 'Sygedagpenge', 'Jobparat', 'Susanne Friis', false,
     'Mette Bang', 'mbang@gribskov.example.dk', '72 49 60 00', 'Optrapning af timer mod fuld tid');
COPY (
    SELECT b.cpr AS "CPR-nummer", b.navn AS "Borger", a.cvr AS "CVR", a.virksomhed AS "Virksomhed",
           a.pnummer AS "P-nummer", a.arbejdssted AS "Arbejdssted", a.start AS "Startdato",
           a.slut AS "Slutdato", a.timer AS "Timer pr. uge", a.ydelse AS "Ydelse",
           a.visitation AS "Visitation", a.mentor AS "Mentor",
           a.mentor_i_virksomhed AS "Mentor ansat i virksomheden", a.sagsbehandler AS "Sagsbehandler",
           a.email AS "E-mail", a.telefon AS "Telefon", a.formaal AS "Formål"
    FROM aftale a JOIN borger b ON b.id = a.borger ORDER BY a.start
) TO 'OUT' (FORMAT xlsx, HEADER true);
