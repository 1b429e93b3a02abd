<?php
// Greve's mentor supplier's month report, as its PHP web app writes it with SimpleXML (php-xml): a
// SimpleXMLElement made from a bare root (`<mentorbesoeg xmlns="..."/>`, no XML declaration of its own, so
// asXML() writes a declaration of its version alone and every letter outside ASCII as a character reference, &#xE6;),
// each visit a row the app's query gave (`besoeg`), written with addChild and addAttribute as PHP holds
// the values: a day as date('d-m-Y') prints it, a visit's length in hours as PHP prints minutes / 60
// (1.5, 0.75, and 60 / 60 as "1"), a bool as PHP casts it to a string ("1" for true, "" for false), the
// attestation moment as DateTime's DATE_ATOM. addChild's value is read for entities, so the app passes
// text through htmlspecialchars() first (a bare "&" is refused with a warning and the text dropped).
// asXML() writes it on one line. Written for the fifty-seventh onboarding trial (decision 0060, "Stop 69:
// trial-115"). Run: php tools/simplexml/greve_mentorbesoeg.php > mentorbesoeg.xml

date_default_timezone_set('Europe/Copenhagen');

$courses = [
    ['sag' => 'GR-2027-0113', 'cpr' => '0308913372', 'navn' => 'Amalie Brix Holmgaard',
     'pnr' => '1028374659', 'sted' => 'Greve Auto- & Dækcenter ApS', 'mentor' => 'Kasper Lund Iversen',
     'attesteret' => true, 'af' => 'Kasper Lund Iversen', 'den' => '2027-03-31 16:40:00',
     'besoeg' => [
        ['dato' => '2027-03-02', 'minutter' => 90, 'afholdt' => true, 'note' => 'Opstart: rundvisning & sikkerhed'],
        ['dato' => '2027-03-04', 'minutter' => 45, 'afholdt' => true, 'note' => 'Løft ved <dækhotel>'],
        ['dato' => '2027-03-11', 'minutter' => 0, 'afholdt' => false, 'note' => 'Afbud (syg)'],
        ['dato' => '2027-03-12', 'minutter' => 60, 'afholdt' => true, 'note' => ''],
        ['dato' => '2027-03-23', 'minutter' => 75, 'afholdt' => true, 'note' => 'Samtale med værkfører'],
     ]],
    ['sag' => 'GR-2027-0121', 'cpr' => '1405860947', 'navn' => 'Jørgen Ploug Sørensen',
     'pnr' => '1019283746', 'sted' => 'Karlslunde Børnehus', 'mentor' => 'Tina Østergaard',
     'attesteret' => true, 'af' => 'Tina Østergaard', 'den' => '2027-04-01 09:05:00',
     'besoeg' => [
        ['dato' => '2027-03-08', 'minutter' => 120, 'afholdt' => true, 'note' => 'Første dag på stuen'],
        ['dato' => '2027-03-17', 'minutter' => 30, 'afholdt' => true, 'note' => 'Telefonopfølgning'],
        ['dato' => '2027-03-30', 'minutter' => 90, 'afholdt' => true, 'note' => 'Status "før påske"'],
     ]],
];

$xml = new SimpleXMLElement('<mentorbesoeg xmlns="urn:dk:greve:jobcenter:mentorbesoeg:2"/>');
$xml->addAttribute('kommunekode', '253');
$xml->addAttribute('periode', '2027-03');
$xml->addAttribute('dannet', (new DateTime('2027-04-01 10:00:00'))->format(DATE_ATOM));
foreach ($courses as $c) {
    $forloeb = $xml->addChild('forloeb');
    $forloeb->addAttribute('sagsnr', $c['sag']);
    $borger = $forloeb->addChild('borger', htmlspecialchars($c['navn']));
    $borger->addAttribute('cpr', $c['cpr']);
    $sted = $forloeb->addChild('praktiksted', htmlspecialchars($c['sted']));
    $sted->addAttribute('pnr', $c['pnr']);
    $forloeb->addChild('mentor', htmlspecialchars($c['mentor']));
    foreach ($c['besoeg'] as $b) {
        $besoeg = $forloeb->addChild('besoeg');
        $besoeg->addChild('dato', date('d-m-Y', strtotime($b['dato'])));
        $besoeg->addChild('timer', (string) ($b['minutter'] / 60));
        $besoeg->addChild('afholdt', (string) $b['afholdt']);
        $besoeg->addChild('note', htmlspecialchars($b['note']));
    }
    $attest = $forloeb->addChild('attestation');
    $attest->addChild('attesteret', (string) $c['attesteret']);
    $attest->addChild('af', htmlspecialchars($c['af']));
    $attest->addChild('tidspunkt', (new DateTime($c['den']))->format(DATE_ATOM));
}
echo $xml->asXML();
