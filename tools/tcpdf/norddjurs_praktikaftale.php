<?php
// Norddjurs' placement agreement as a PHP case-system web app makes it with TCPDF (Debian php-tcpdf
// 6.6.2): `php norddjurs_praktikaftale.php OUT.pdf CASE` (CASE 1 or 2). Part of the twenty-ninth
// onboarding trial (tools/make_fixtures_onboarding_twentyninth.py; decision 0060, "Stop 61: trial-76").
// Every field is TCPDF's own AcroForm: text fields with JavaScript formatting (AFDate, AFNumber) in
// their actions, a combo box of [export, shown] lines, checkboxes TCPDF always sets to /Yes (the on
// value given only in /Opt), a radio group.
require_once('/usr/share/php/tcpdf/tcpdf.php');

// TCPDF puts a random file id and the clock in every file; a fixture is made the same each run.
class FixedTCPDF extends TCPDF {
    public function __construct() {
        parent::__construct('P', 'mm', 'A4', true, 'UTF-8', false);
        $this->file_id = md5('norddjurs-praktikaftale');
        $this->hash_key = hash('sha256', 'norddjurs-praktikaftale');
        $this->setDocCreationTimestamp(1780000000);
        $this->setDocModificationTimestamp(1780000000);
    }
}

$out = $argv[1];
$case = $argv[2];
$cases = array(
    '1' => array(
        'borger_cpr' => '250791-1848', 'borger_navn' => 'Signe Holm Kristiansen',
        'virk_cvr' => '29183740', 'virk_navn' => 'Grenaa Havns Værksted A/S',
        'pnr' => '1019384756', 'arbejdssted' => 'Grenaa Havn, Kalorievej 12, 8500 Grenaa',
        'start' => '01.06.2026', 'slut' => '28.08.2026', 'timer' => '18,50',
        'ydelse' => 'KTH', 'vis' => array('vis_aktivitetsparat'), 'mentor' => 'Ole Vestergaard',
        'mentor_ansat' => 'virksomhed', 'sb_navn' => 'Helle Damgaard',
        'sb_mail' => 'hd@norddjurs.example.dk', 'sb_tlf' => '89 59 10 00',
        'formaal' => 'Afprøvning af arbejdsfunktioner på værkstedet.',
    ),
    '2' => array(
        'borger_cpr' => '030102-4127', 'borger_navn' => 'Yusuf Demir',
        'virk_cvr' => '29183740', 'virk_navn' => 'Grenaa Havns Værksted A/S',
        'pnr' => '1019384756', 'arbejdssted' => 'Grenaa Havn, Kalorievej 12, 8500 Grenaa',
        'start' => '15.06.2026', 'slut' => '11.09.2026', 'timer' => '30,00',
        'ydelse' => 'UDH', 'vis' => array('vis_uddannelsesparat'), 'mentor' => 'Jette Bruun',
        'mentor_ansat' => 'jobcenter', 'sb_navn' => 'Kasper Lund Møller',
        'sb_mail' => 'klm@norddjurs.example.dk', 'sb_tlf' => '89591000',
        'formaal' => '',
    ),
);
$v = $cases[$case];

$pdf = new FixedTCPDF();
$pdf->setCreator('Sagsportal Norddjurs');
$pdf->setAuthor('Jobcenter Norddjurs');
$pdf->setTitle('Praktikaftale');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->setMargins(18, 16, 18);
$pdf->setAutoPageBreak(false);
$pdf->AddPage();
$pdf->setFont('helvetica', 'B', 15);
$pdf->Cell(0, 8, 'Praktikaftale – virksomhedspraktik (LAB § 42)', 0, 1);
$pdf->setFont('helvetica', '', 9);
$pdf->Cell(0, 5, 'Norddjurs Kommune · Jobcenter Norddjurs · Torvet 3, 8500 Grenaa', 0, 1);
$pdf->Ln(3);

$pdf->setFormDefaultProp(array('lineWidth' => 1, 'borderStyle' => 'solid', 'fillColor' => array(245, 245, 250), 'strokeColor' => array(120, 120, 140)));

$y = 34;
function heading($pdf, &$y, $text) {
    $pdf->setFont('helvetica', 'B', 11);
    $pdf->setXY(18, $y);
    $pdf->Cell(0, 6, $text, 'B', 1);
    $y += 8;
}
function text($pdf, &$y, $label, $name, $value, $opt = array()) {
    $pdf->setFont('helvetica', '', 10);
    $pdf->setXY(18, $y);
    $pdf->Cell(52, 6, $label, 0, 0);
    $opt['v'] = $value;
    $pdf->TextField($name, 110, 6, array(), $opt, 72, $y);
    $y += 8;
}
// PHP apps paste Acrobat's own format scripts into the field's actions
function fmt($js) {
    return '/F << /S /JavaScript /JS (' . $js . ') >>';
}
$date = array('aa' => fmt('AFDate_FormatEx\("dd.mm.yyyy"\);'));
$number = array('aa' => fmt('AFNumber_Format\(2, 2, 0, 0, "", true\);'));

heading($pdf, $y, '1. Borger');
text($pdf, $y, 'CPR-nummer', 'borger_cpr', $v['borger_cpr']);
text($pdf, $y, 'Navn', 'borger_navn', $v['borger_navn']);
heading($pdf, $y, '2. Virksomhed');
text($pdf, $y, 'CVR-nummer', 'virk_cvr', $v['virk_cvr']);
text($pdf, $y, 'Virksomhedens navn', 'virk_navn', $v['virk_navn']);
text($pdf, $y, 'P-nummer', 'pnr', $v['pnr']);
text($pdf, $y, 'Arbejdssted', 'arbejdssted', $v['arbejdssted']);
heading($pdf, $y, '3. Periode og ydelse');
text($pdf, $y, 'Startdato', 'start', $v['start'], $date);
text($pdf, $y, 'Slutdato', 'slut', $v['slut'], $date);
text($pdf, $y, 'Timer pr. uge', 'timer', $v['timer'], $number);
$pdf->setXY(18, $y);
$pdf->Cell(52, 6, 'Forsørgelsesgrundlag', 0, 0);
$benefits = array(array('KTH', 'Kontanthjælp'), array('UDH', 'Uddannelseshjælp'), array('SDP', 'Sygedagpenge'), array('LYD', 'Ledighedsydelse'), array('RFY', 'Ressourceforløbsydelse'));
$pdf->ComboBox('ydelse', 110, 6, $benefits, array(), array('v' => $v['ydelse']), 72, $y);
$y += 8;
$pdf->setXY(18, $y);
$pdf->Cell(52, 6, 'Visitation', 0, 0);
$x = 72;
foreach (array('vis_jobparat' => 'Jobparat', 'vis_aktivitetsparat' => 'Aktivitetsparat', 'vis_uddannelsesparat' => 'Uddannelsesparat') as $name => $label) {
    $pdf->CheckBox($name, 5, in_array($name, $v['vis']), array(), array(), 'ja', $x, $y + 0.5);
    $pdf->setXY($x + 6, $y);
    $pdf->Cell(30, 6, $label, 0, 0);
    $x += 38;
}
$y += 10;
heading($pdf, $y, '4. Mentor');
text($pdf, $y, 'Mentorens navn', 'mentor_navn', $v['mentor']);
$pdf->setXY(18, $y);
$pdf->Cell(52, 6, 'Mentor er ansat i', 0, 0);
$x = 72;
foreach (array('virksomhed' => 'Virksomheden', 'jobcenter' => 'Jobcentret') as $on => $label) {
    $pdf->RadioButton('mentor_ansat', 5, array(), array(), $on, $v['mentor_ansat'] === $on, $x, $y + 0.5);
    $pdf->setXY($x + 6, $y);
    $pdf->Cell(30, 6, $label, 0, 0);
    $x += 38;
}
$y += 10;
heading($pdf, $y, '5. Sagsbehandler');
text($pdf, $y, 'Navn', 'sb_navn', $v['sb_navn']);
text($pdf, $y, 'E-mail', 'sb_mail', $v['sb_mail']);
text($pdf, $y, 'Telefon', 'sb_tlf', $v['sb_tlf']);
heading($pdf, $y, '6. Formål med praktikken');
$pdf->setFont('helvetica', '', 10);
$pdf->TextField('formaal', 164, 14, array('multiline' => true), array('v' => $v['formaal']), 18, $y);
$pdf->Output($out, 'F');
