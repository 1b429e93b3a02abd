-- Kalundborg's mentor app keeps each talk with a citizen as a row of its own (SQLite, times as SQLite's
-- own text `YYYY-MM-DD HH:MM:SS`); the report the job centre gets is this query's result as the sqlite3
-- shell writes it with `-csv -header` (run by tools/make_fixtures_onboarding_twentysixth.py).
create table borger (id integer primary key, cpr text, navn text, pnr text, mentor text);
create table samtale (borger integer references borger, start text, slut text);
create table godkendelse (borger integer references borger, godkendt_af text, godkendt text);

insert into borger values
  (1, '2309884417', 'Mikkel Østergaard Holm', '1022384517', 'Jesper Lind'),
  (2, '0511954302', 'Louise Friis Mortensen', '1024471188', 'Pia Kragh');
insert into samtale values
  (1, '2026-08-03 09:00:00', '2026-08-03 10:30:00'),
  (1, '2026-08-05 13:00:00', '2026-08-05 14:00:00'),
  (1, '2026-08-11 09:00:00', '2026-08-11 11:00:00'),
  (1, '2026-08-13 10:00:00', '2026-08-13 10:45:00'),
  (2, '2026-08-17 10:00:00', '2026-08-17 12:00:00'),
  (1, '2026-08-18 08:30:00', '2026-08-18 10:00:00'),
  (2, '2026-08-19 10:00:00', '2026-08-19 11:30:00'),
  (2, '2026-08-25 09:30:00', '2026-08-25 11:00:00');
insert into godkendelse values (1, 'Marianne Holt', '2026-08-24 10:12:45');

select b.cpr, b.navn as borger, b.pnr, b.mentor, s.start, s.slut,
       round((julianday(s.slut) - julianday(s.start)) * 24, 2) as timer,
       g.godkendt_af, g.godkendt
  from samtale s
  join borger b on b.id = s.borger
  left join godkendelse g on g.borger = b.id
 order by s.start;
