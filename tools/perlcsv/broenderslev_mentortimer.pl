#!/usr/bin/perl
# Brønderslev's mentor firm logs its sessions in a Perl script that writes the month's timesheet with
# Text::CSV_XS: ';' between fields and CRLF after each line (its options below), a field quoted only
# where it holds a space, a ';' or a '"' (quote_space, the default; '"' doubled), an empty one as "";
# the day as strftime prints it in the C locale ("Mon 02.11.2026"), each session's length as h:mm from
# its start and end, the month's total the same way. The script says `use utf8` and sets no layer on
# STDOUT, so Perl writes its text as Latin-1 bytes ("Kjær" is 0xE6). Invented for the thirty-ninth
# onboarding trial (decision 0060, "Stop 64: trial-86"); run by
# tools/make_fixtures_onboarding_thirtyninth.py, which takes its stdout.
use strict;
use warnings;
use utf8;
use POSIX qw(strftime setlocale LC_TIME);
use Text::CSV_XS;

setlocale(LC_TIME, "C");
my $csv = Text::CSV_XS->new({ binary => 1, sep_char => ";", eol => "\r\n", quote_empty => 1 });

my @sessions = (    # day (y, m, d), from, to, what
    [2026, 11, 2,  "08:00", "09:30", "Opstart og rundvisning"],
    [2026, 11, 5,  "12:30", "13:15", "Opfølgning"],
    [2026, 11, 10, "08:00", "10:00", "Oplæring i dosering; med vagtleder"],
    [2026, 11, 13, "09:00", "10:30", "Samtale om \"gode dage\""],
    [2026, 11, 18, "13:00", "14:15", ""],
    [2026, 11, 24, "08:30", "10:15", "Opfølgning"],
    [2026, 11, 30, "08:00", "09:00", "Månedens status"],
);

sub minutes { my ($h, $m) = split /:/, shift; return $h * 60 + $m }
sub hm { my $m = shift; return sprintf("%d:%02d", int($m / 60), $m % 60) }

$csv->print(\*STDOUT, $_) for (
    ["Mentortimer", "november 2026"],
    ["CPR-nr.", "031192-4456"],
    ["Borger", "Sara Holm Mikkelsen"],
    ["P-nummer", "1022334455"],
    ["Praktiksted", "Hjallerup Plejecenter"],
    ["Mentor", "Bente Kjær Laursen"],
    [],
    ["Dato", "Fra", "Til", "Varighed", "Indhold"],
);
my $total = 0;
for my $s (@sessions) {
    my ($y, $mo, $d, $from, $to, $what) = @$s;
    my $length = minutes($to) - minutes($from);
    $total += $length;
    $csv->print(\*STDOUT, [strftime("%a %d.%m.%Y", 0, 0, 12, $d, $mo - 1, $y - 1900), $from, $to, hm($length), $what]);
}
$csv->print(\*STDOUT, $_) for (
    ["I alt", "", "", hm($total), ""],
    [],
    ["Godkendt af", "Bente Kjær Laursen"],
    ["Dato", strftime("%d.%m.%Y", 0, 0, 12, 30, 10, 126)],
);
