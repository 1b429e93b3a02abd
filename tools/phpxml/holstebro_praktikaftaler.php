<?php
// Holstebro's case system exports its placement agreements as XML the way a PHP web app does: XMLWriter
// (php-xml) with its own indentation (one space a level), a prefixed namespace, the case's values as PHP
// holds them: dates as date('c') writes a timestamp at local midnight (+02:00 in summer, +01:00 in
// winter), hours as PHP prints a float (18.5, and 30.0 as "30"), a flag as PHP prints a bool ("1" for
// true, "" for false), and null written as an empty element. Run: php holstebro_praktikaftaler.php OUT
// (tools/make_fixtures_onboarding_thirtysecond.py runs it).

date_default_timezone_set('Europe/Copenhagen');

// The case system's rows, as its models hold them.
$cases = [
    [
        'nr' => 'PA-2026-0217',
        'cpr' => '110589-4417',
        'borger' => 'Signe Kjær Mortensen',
        'cvr' => 29743169,
        'virksomhed' => 'Holstebro Maskinfabrik A/S',
        'pnr' => 1017733904,
        'arbejdssted' => 'Holstebro Maskinfabrik, Nyholmvej 12, 7500 Holstebro',
        'fra' => mktime(0, 0, 0, 9, 7, 2026),
        'til' => mktime(0, 0, 0, 11, 29, 2026),
        'timer' => 37 * 0.5,
        'ydelse' => ['KTH', 'Kontanthjælp'],
        'visitation' => 'aktivitetsparat',
        'mentor' => 'Henrik Østergaard',
        'mentor_virksomhed' => true,
        'sb_navn' => 'Maja Thorsen',
        'sb_mail' => 'maja.thorsen@holstebro.example.dk',
        'sb_tlf' => '96 11 75 00',
        'formaal' => "Afprøvning af arbejdsevne ved montage & lager.\nFokus på stabilt fremmøde.",
    ],
    [
        'nr' => 'PA-2026-0224',
        'cpr' => '280371-1052',
        'borger' => 'Bjarne Riis Poulsen',
        'cvr' => 35188207,
        'virksomhed' => 'Vestjysk Genbrug ApS',
        'pnr' => 1024418856,
        'arbejdssted' => 'Genbrugsbutikken, Nørregade 41, 7500 Holstebro',
        'fra' => mktime(0, 0, 0, 10, 19, 2026),
        'til' => mktime(0, 0, 0, 1, 10, 2027),
        'timer' => 30.0,
        'ydelse' => ['SDP', 'Sygedagpenge'],
        'visitation' => null,
        'mentor' => 'Lise Brandt',
        'mentor_virksomhed' => false,
        'sb_navn' => 'Ole Damgaard',
        'sb_mail' => 'Ole.Damgaard@holstebro.example.dk',
        'sb_tlf' => '+4596117612',
        'formaal' => null,
    ],
];

$ns = 'https://sag.holstebro.example.dk/xml/praktikaftale/2';
$w = new XMLWriter();
$w->openUri($argv[1]);
$w->setIndent(true);
$w->startDocument('1.0', 'UTF-8');
$w->startElementNS('sag', 'praktikaftaler', $ns);
$w->writeAttribute('eksporteret', date('c', mktime(14, 3, 11, 8, 24, 2026)));
$w->writeAttribute('system', 'HolstebroSag 4.2.1');
foreach ($cases as $c) {
    $w->startElementNS('sag', 'aftale', null);
    $w->writeAttribute('nr', $c['nr']);
    $w->startElementNS('sag', 'borger', null);
    $w->writeAttribute('cpr', $c['cpr']);
    $w->writeElementNS('sag', 'navn', null, $c['borger']);
    $w->endElement();
    $w->startElementNS('sag', 'virksomhed', null);
    $w->writeAttribute('cvr', (string) $c['cvr']);
    $w->writeElementNS('sag', 'navn', null, $c['virksomhed']);
    $w->endElement();
    $w->startElementNS('sag', 'arbejdssted', null);
    $w->writeAttribute('pnr', (string) $c['pnr']);
    $w->text($c['arbejdssted']);
    $w->endElement();
    $w->startElementNS('sag', 'periode', null);
    $w->writeAttribute('fra', date('c', $c['fra']));
    $w->writeAttribute('til', date('c', $c['til']));
    $w->endElement();
    $w->writeElementNS('sag', 'timer_pr_uge', null, (string) $c['timer']);
    $w->startElementNS('sag', 'ydelse', null);
    $w->writeAttribute('kode', $c['ydelse'][0]);
    $w->text($c['ydelse'][1]);
    $w->endElement();
    $w->writeElementNS('sag', 'visitation', null, $c['visitation']);
    $w->startElementNS('sag', 'mentor', null);
    $w->writeAttribute('virksomhedens', (string) $c['mentor_virksomhed']);
    $w->text($c['mentor']);
    $w->endElement();
    $w->startElementNS('sag', 'sagsbehandler', null);
    $w->writeElementNS('sag', 'navn', null, $c['sb_navn']);
    $w->writeElementNS('sag', 'email', null, $c['sb_mail']);
    $w->writeElementNS('sag', 'telefon', null, $c['sb_tlf']);
    $w->endElement();
    $w->writeElementNS('sag', 'formaal', null, $c['formaal']);
    $w->endElement();
}
$w->endElement();
$w->endDocument();
$w->flush();
