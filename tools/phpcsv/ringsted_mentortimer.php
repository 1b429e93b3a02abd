<?php
// Ringsted's mentor firm's PHP app exports a month of mentor visits with fputcsv (the forty-seventh
// onboarding trial; tools/make_fixtures_onboarding_fortyseventh.py runs it). fputcsv's defaults: a comma,
// the double quote, and its backslash escape character, so a `\"` inside a value is written as it is
// (the quote after a backslash not doubled); a value holding a space, a comma, a quote or a line break is
// quoted. Each visit's length is the app's whole minutes; its day the app formats `d/m/Y`; the mentor's
// approval a moment in ISO 8601 with its offset (DATE_ATOM). The CSV goes to standard output.
date_default_timezone_set('Europe/Copenhagen');

$courses = [
    ['forloeb' => 'RF-2027-0113', 'cpr' => '081188-1634', 'borger' => 'Mikkel Aagaard Friis',
     'pnr' => '1009877213', 'sted' => 'Ringsted Centret, lageret', 'mentor' => 'Anne-Mette Juul',
     'godkendt_af' => 'Anne-Mette Juul', 'godkendt' => '2027-03-31 16:45:30',
     'besoeg' => [
         ['2027-03-02', 60, 'Opstart og rundvisning'],
         ['2027-03-09', 75, 'Samtale om "gode rutiner", pauser'],
         ['2027-03-11', 45, 'Tjekliste gemt i "P:\\Mentor\\Friis\\"'],
         ['2027-03-25', 90, "Opfølgning med lagerchef\nog plan for april"],
     ]],
    ['forloeb' => 'RF-2027-0121', 'cpr' => '170394-2851', 'borger' => 'Sofie Kragh Mortensen',
     'pnr' => '1004518327', 'sted' => 'Værkstedet, Næstvedvej 112', 'mentor' => 'Bo Thygesen',
     'godkendt_af' => 'Bo Thygesen', 'godkendt' => '2027-04-01 10:12:00',
     'besoeg' => [
         ['2027-03-16', 90, 'Første dag på værkstedet'],
         ['2027-03-18', 45, 'Sikkerhed & værnemidler'],
         ['2027-03-23', 60, 'Mødetider'],
         ['2027-03-30', 120, 'Montage, 2. uge'],
         ['2027-03-31', 30, 'Kort opfølgning'],
     ]],
];

$out = fopen('php://output', 'w');
fputcsv($out, ['Forløb', 'CPR', 'Borger', 'P-nummer', 'Praktiksted', 'Mentor', 'Dato', 'Minutter', 'Emne',
               'Godkendt af', 'Godkendt']);
foreach ($courses as $c) {
    $approved = (new DateTimeImmutable($c['godkendt']))->format(DATE_ATOM);
    foreach ($c['besoeg'] as [$day, $minutes, $topic]) {
        $shown = (new DateTimeImmutable($day))->format('d/m/Y');
        fputcsv($out, [$c['forloeb'], $c['cpr'], $c['borger'], $c['pnr'], $c['sted'], $c['mentor'], $shown,
                       $minutes, $topic, $c['godkendt_af'], $approved]);
    }
}
fclose($out);
