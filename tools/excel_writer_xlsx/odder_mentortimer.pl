#!/usr/bin/perl
# Odder's mentor hours as a Perl case system's nightly report writes them with Excel::Writer::XLSX
# (Debian libexcel-writer-xlsx-perl 1.10): `perl odder_mentortimer.pl OUT.xlsx`. Part of the
# thirtieth onboarding trial (tools/make_fixtures_onboarding_thirtieth.py; decision 0060, "Stop 62:
# trial-77"). The report's head is merged ranges (a label left, its value merged across two cells); a
# visit is a row of its date, its start and end as clock times and its hours a formula `=(C-B)*24`
# whose value the report computes and saves beside it; the header of the hours a rich string; the
# activity a data validation list; the total `=SUM(...)` saved without its value (the module writes 0
# and asks Excel to calculate on opening); the mentor's approval under it.
use strict;
use warnings;
use utf8;    # the strings below are UTF-8; without it Perl writes each byte as a character ("MentorstÃ¸tte")
use Excel::Writer::XLSX;

my $out = $ARGV[0] or die "usage: $0 OUT.xlsx\n";
my $book = Excel::Writer::XLSX->new($out) or die "cannot write $out: $!\n";
# the module stamps the clock into docProps/core.xml; a fixture is made the same each run
$book->set_properties(
    title   => 'Mentorstøtte – timeregistrering',
    author  => 'Sagsflow (Jobcenter Odder)',
    company => 'Odder Kommune',
    created => [ 0, 0, 6, 24, 7, 126 ],    # gmtime's order: 2026-08-24 06:00:00
);

my $sheet = $book->add_worksheet('Timer august');
my $title = $book->add_format(bold => 1, size => 14);
my $small = $book->add_format(italic => 1, size => 9, color => 'gray');
my $label = $book->add_format(bold => 1, bg_color => '#DDE6F0', border => 1);
my $value = $book->add_format(border => 1);
my $number = $book->add_format(border => 1, num_format => '0');
my $head = $book->add_format(bold => 1, bottom => 2, bg_color => '#DDE6F0');
my $bold = $book->add_format(bold => 1);
my $italic = $book->add_format(italic => 1);
my $date = $book->add_format(num_format => 'dd.mm.yyyy');
my $clock = $book->add_format(num_format => 'hh:mm');
my $hours = $book->add_format(num_format => '0.00');
my $total = $book->add_format(bold => 1, num_format => '0.00', top => 1);

$sheet->set_column('A:A', 20);
$sheet->set_column('B:D', 11);
$sheet->set_column('E:E', 26);
$sheet->set_column('F:F', 30);

$sheet->merge_range('A1:F1', 'Mentorstøtte – timeregistrering', $title);
$sheet->merge_range('A2:F2', 'Odder Kommune · Jobcenter Odder · dannet af Sagsflow 4.2', $small);

# the head: a label in A or D, its value merged across the two cells right of it
$sheet->write_string('A4', 'Borger (CPR)', $label);
$sheet->merge_range('B4:C4', '140388-2915', $value);
$sheet->write_string('D4', 'Navn', $label);
$sheet->merge_range('E4:F4', 'Camilla Brix Jensen', $value);
$sheet->write_string('A5', 'Praktiksted P-nr.', $label);
$sheet->merge_range_type('number', 'B5:C5', 1022334455, $number);
$sheet->write_string('D5', 'Virksomhed', $label);
$sheet->merge_range('E5:F5', 'Hou Træindustri ApS', $value);
$sheet->write_string('A6', 'Mentor', $label);
$sheet->merge_range('B6:C6', 'Henrik Møller', $value);
$sheet->write_string('D6', 'Periode', $label);
$sheet->merge_range('E6:F6', 'august 2026', $value);

$sheet->write_string('A8', 'Dato', $head);
$sheet->write_string('B8', 'Fra kl.', $head);
$sheet->write_string('C8', 'Til kl.', $head);
$sheet->write_rich_string('D8', $bold, 'Timer', $italic, ' (beregnet)', $head);
$sheet->write_string('E8', 'Aktivitet', $head);
$sheet->write_string('F8', 'Bemærkning', $head);

my @visits = (
    [ '2026-08-04', '09:00', '11:30', 'Samtale',    'Opstart, rundvisning' ],
    [ '2026-08-06', '13:00', '14:15', 'Oplæring',   '' ],
    [ '2026-08-11', '08:30', '10:00', 'Oplæring',   'Truckcertifikat aftalt' ],
    [ '2026-08-13', '09:00', '09:45', 'Opfølgning', '' ],
    [ '2026-08-18', '10:00', '12:00', 'Oplæring',   '' ],
    [ '2026-08-20', '12:30', '13:30', 'Samtale',    'Trivsel & fremmøde' ],
);
my $first = 9;
my $row = $first;
for my $visit (@visits) {
    my ($day, $from, $to, $what, $note) = @$visit;
    my $r0 = $row - 1;    # the module counts rows from 0
    $sheet->write_date_time($r0, 0, "${day}T", $date);
    $sheet->write_date_time($r0, 1, "T$from", $clock);
    $sheet->write_date_time($r0, 2, "T$to", $clock);
    my ($fh, $fm) = split /:/, $from;
    my ($th, $tm) = split /:/, $to;
    # the report computes each visit's hours and saves them beside the formula
    $sheet->write_formula($r0, 3, "=(C$row-B$row)*24", $hours, (($th * 60 + $tm) - ($fh * 60 + $fm)) / 60);
    $sheet->write_string($r0, 4, $what);
    $sheet->write_string($r0, 5, $note) if $note ne '';
    $row++;
}
my $last = $row - 1;
$sheet->data_validation("E$first:E$last", { validate => 'list', source => [ 'Samtale', 'Oplæring', 'Opfølgning', 'Andet' ] });
# the total: a formula saved without its value (Excel::Writer::XLSX writes 0, fullCalcOnLoad)
$sheet->write_string($row - 1, 0, 'I alt', $bold);
$sheet->write_formula($row - 1, 3, "=SUM(D$first:D$last)", $total);
$row += 2;
$sheet->write_string($row - 1, 0, 'Godkendt af mentor', $bold);
$sheet->merge_range("B$row:C$row", 'Henrik Møller', $value);
$row++;
$sheet->write_string($row - 1, 0, 'Dato', $bold);
$sheet->merge_range_type('date_time', "B$row:C$row", '2026-08-24T', $book->add_format(num_format => 'dd.mm.yyyy', border => 1));
$book->close() or die "cannot close $out: $!\n";
