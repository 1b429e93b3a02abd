#!/usr/bin/perl
# Faaborg-Midtfyn's placement ends as its Perl case system exports them with XML::LibXML (Debian's
# libxml-libxml-perl): a DOM built in Perl, the document's own encoding ISO-8859-1 (every Danish letter
# one byte) and declaration, two prefixed namespaces (`fm:` the export's, `kode:` the code list's, on a
# code attribute), the values as attributes (dates as strftime('%d-%m-%Y')), the caseworker's note the
# only text, an empty note an empty element; `toFile` with format 1 (two spaces a level).
# Usage: perl faaborg_praktikophoer.pl OUT.xml   (decision 0060, "Stop 63: trial-82")
use strict;
use warnings;
use utf8;
use POSIX qw(strftime);
use XML::LibXML;

my $ns   = 'urn:faaborg-midtfyn:jobcenter:praktik:ophoer:2';
my $kode = 'urn:faaborg-midtfyn:kodeliste:1';

# The case's dates, not the clock's: each run writes the same bytes.
my @ophoer = (
    {
        sagsnr => 'FM-2026-1187', cpr => '240688-2915', navn => 'Lærke Bøgh Andersen',
        pnr => '1020394857', sted => 'Faaborg Værft ApS, Havnegade 12, 5600 Faaborg',
        dato => [ 2026, 10, 30 ], aarsag => [ 'JOB', 'Ordinært job' ],
        note => "Ansat 25 timer/uge (< 37) fra 2. november; \"værftet\" & bådebyggeriet.\nMentor stopper 31-10.",
    },
    {
        sagsnr => 'FM-2026-1203', cpr => '051199-3120', navn => 'Mads Holm Jeppesen',
        pnr => '1018273645', sted => 'Midtfyns Autoservice, Ringevej 4, 5750 Ringe',
        dato => [ 2026, 10, 16 ], aarsag => [ 'UDD', 'Uddannelse' ],
        note => 'Starter på EUD som automekaniker 2. november.',
    },
    {
        sagsnr => 'FM-2026-1219', cpr => '120375-4418', navn => 'Birgitte Lykke Rasmussen',
        pnr => '1021324354', sted => 'Brobyværk Gartneri, Brobyværk 7, 5672 Broby',
        dato => [ 2026, 11, 2 ], aarsag => [ 'SYG', 'Langvarig sygdom' ],
        note => '',
    },
);

my $doc  = XML::LibXML::Document->new('1.0', 'ISO-8859-1');
my $root = $doc->createElementNS($ns, 'fm:praktikophoer');
$root->setNamespace($kode, 'kode', 0);
$root->setAttribute('udtrukket', '2026-11-03T10:42:17');
$root->setAttribute('antal', scalar @ophoer);
$doc->setDocumentElement($root);
for my $o (@ophoer) {
    my $sag = $root->addNewChild($ns, 'fm:ophoer');
    $sag->setAttribute('sagsnr', $o->{sagsnr});
    my $borger = $sag->addNewChild($ns, 'fm:borger');
    $borger->setAttribute('cpr', $o->{cpr});
    $borger->setAttribute('navn', $o->{navn});
    my $sted = $sag->addNewChild($ns, 'fm:arbejdssted');
    $sted->setAttribute('pnr', $o->{pnr});
    $sted->setAttribute('navn', $o->{sted});
    my ($y, $m, $d) = @{ $o->{dato} };
    my $slut = $sag->addNewChild($ns, 'fm:afsluttet');
    $slut->setAttribute('dato', strftime('%d-%m-%Y', 0, 0, 12, $d, $m - 1, $y - 1900));
    my $aarsag = $sag->addNewChild($ns, 'fm:aarsag');
    $aarsag->setAttributeNS($kode, 'kode:vaerdi', $o->{aarsag}[0]);
    $aarsag->appendText($o->{aarsag}[1]);
    my $note = $sag->addNewChild($ns, 'fm:bemaerkning');
    $note->appendText($o->{note}) if length $o->{note};
}
$doc->toFile($ARGV[0], 1) or die "cannot write $ARGV[0]";
