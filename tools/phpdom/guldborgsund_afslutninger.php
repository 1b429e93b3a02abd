<?php
// Guldborgsund's case system (a PHP web app) exports the month's ended placements with PHP's DOMDocument
// (php-xml): a default namespace made with createElementNS, formatOutput's two-space indentation, a
// comment and a processing instruction above the root, each note a CDATA section, the CPR number and
// P-number as attributes, each day as date('d/m/Y') prints it, the outcome as the system's words.
// Written for the forty-second onboarding trial (decision 0060, "Stop 65: trial-94").
// Run: php tools/phpdom/guldborgsund_afslutninger.php > afslutninger.xml

const NS = 'urn:guldborgsund:jobcenter:praktik:afslutning:2';

$endings = [
    ['id' => 5107, 'cpr' => '140392-1786', 'name' => 'Sofie Brandt Lauridsen',
     'pnr' => '1017263548', 'site' => 'Nykøbing F. Autoværksted ApS', 'last' => '2026-11-27',
     'outcome' => 'Ordinær ansættelse', 'note' => "Ansat 30 timer/uge fra 1/12 <ordinære vilkår> & løn efter overenskomst.\nMentor fortsætter ikke."],
    ['id' => 5112, 'cpr' => '021199-2315', 'name' => 'Jonas Heide Krogh',
     'pnr' => '1020384756', 'site' => 'Sakskøbing Plantecenter', 'last' => '2026-11-13',
     'outcome' => 'Påbegyndt uddannelse', 'note' => null],
    ['id' => 5120, 'cpr' => '250876-1409', 'name' => 'Birgitte Holm Sørensen',
     'pnr' => '1009182736', 'site' => 'Gedser Havn I/S', 'last' => '2026-11-20',
     'outcome' => '', 'note' => 'Afbrudt; udfald afventer samtale med sagsbehandler.'],
];

function day(string $iso): string
{
    return DateTime::createFromFormat('!Y-m-d', $iso, new DateTimeZone('Europe/Copenhagen'))->format('d/m/Y');
}

$doc = new DOMDocument('1.0', 'UTF-8');
$doc->formatOutput = true;
$doc->appendChild($doc->createComment(' Eksport fra Jobcenter Guldborgsunds sagssystem: praktikforløb afsluttet '));
$doc->appendChild($doc->createProcessingInstruction('xml-stylesheet', 'type="text/xsl" href="afslutning.xsl"'));
$root = $doc->createElementNS(NS, 'Praktikafslutninger');
$root->setAttribute('kommunenr', '376');
$root->setAttribute('periode', '2026-11');
$root->setAttribute('dannet', '2026-12-01T06:15:00+01:00');
$doc->appendChild($root);

foreach ($endings as $e) {
    $item = $doc->createElementNS(NS, 'Afslutning');
    $item->setAttribute('id', (string) $e['id']);
    $citizen = $doc->createElementNS(NS, 'Borger');
    $citizen->setAttribute('cpr', $e['cpr']);
    $citizen->appendChild($doc->createTextNode($e['name']));
    $item->appendChild($citizen);
    $site = $doc->createElementNS(NS, 'Praktiksted');
    $site->setAttribute('pnr', $e['pnr']);
    $site->appendChild($doc->createTextNode($e['site']));
    $item->appendChild($site);
    $item->appendChild($doc->createElementNS(NS, 'SidsteDag', day($e['last'])));
    // createElementNS's value is not escaped: the words go in as a text node
    $outcome = $doc->createElementNS(NS, 'Udfald');
    if ($e['outcome'] !== '') {
        $outcome->appendChild($doc->createTextNode($e['outcome']));
    }
    $item->appendChild($outcome);
    if ($e['note'] !== null) {
        $note = $doc->createElementNS(NS, 'Notat');
        $note->appendChild($doc->createCDATASection($e['note']));
        $item->appendChild($note);
    }
    $root->appendChild($item);
}

echo $doc->saveXML();
