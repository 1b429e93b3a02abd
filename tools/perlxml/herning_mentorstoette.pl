#!/usr/bin/perl
# Herning's mentor hours as its Perl case system exports them with XML::Writer (Debian's
# libxml-writer-perl): a default namespace, two spaces a level, US-ASCII with every Danish letter a
# character reference, dates as strftime('%d.%m.%Y'), hours as Perl prints a number (2, 0.75), the
# approval's time as `scalar localtime` prints it, a visit an empty element with attributes.
# Usage: perl herning_mentorstoette.pl OUT.xml   (decision 0060, "Stop 62: trial-80")
use strict;
use warnings;
use utf8;
use IO::File;
use XML::Writer;

my $ns = 'http://sag.herning.example.dk/mentor/timer/1';
my $out = IO::File->new($ARGV[0], 'w') or die "cannot write $ARGV[0]: $!";
my $w = XML::Writer->new(
    OUTPUT => $out, NAMESPACES => 1, PREFIX_MAP => { $ns => '' }, FORCED_NS_DECLS => [$ns],
    DATA_MODE => 1, DATA_INDENT => 2, ENCODING => 'us-ascii',
);

# The case's times, not the clock's: each run writes the same bytes.
my @forloeb = (
    {
        sagsnr => 'MS-26-0412', cpr => '150392-3318', navn => 'Mette Søgaard Nielsen',
        pnr => '1019283746', sted => 'Herning Træindustri A/S', mentor => 'Jens Kirkegård',
        besoeg => [ [ '31.08.2026', 1.5 ], [ '03.09.2026', 0.75 ], [ '07.09.2026', 2 ],
                    [ '10.09.2026', 1.25 ], [ '11.09.2026', 0.5 ] ],
        af => 'Jens Kirkegård', godkendt => 'Mon Sep 14 09:30:12 2026',
    },
    {
        sagsnr => 'MS-26-0431', cpr => '020779-1145', navn => 'Ahmad Karimi',
        pnr => '1022334455', sted => 'Midtjysk Gartneri ApS', mentor => 'Karen Dalgaard',
        besoeg => [ [ '06.10.2026', 3 ], [ '13.10.2026', 2.5 ], [ '15.10.2026', 0.25 ] ],
        af => undef, godkendt => undef,
    },
);

$w->xmlDecl('US-ASCII');
$w->startTag([ $ns, 'timeregistrering' ], udtrukket => 'Mon Nov  2 08:15:00 2026', system => 'HerningSag 4.1');
for my $f (@forloeb) {
    $w->startTag([ $ns, 'forloeb' ], sagsnr => $f->{sagsnr});
    $w->dataElement([ $ns, 'borger' ], $f->{navn}, cpr => $f->{cpr});
    $w->dataElement([ $ns, 'arbejdssted' ], $f->{sted}, pnr => $f->{pnr});
    $w->dataElement([ $ns, 'mentor' ], $f->{mentor});
    for my $b (@{ $f->{besoeg} }) {
        $w->emptyTag([ $ns, 'besoeg' ], dato => $b->[0], timer => $b->[1]);
    }
    if (defined $f->{af}) {
        $w->dataElement([ $ns, 'godkendt' ], $f->{godkendt}, af => $f->{af});
    } else {
        $w->emptyTag([ $ns, 'godkendt' ]);
    }
    $w->endTag([ $ns, 'forloeb' ]);
}
$w->endTag([ $ns, 'timeregistrering' ]);
$w->end();
$out->close();
