#!/usr/bin/perl
# The sixty-sixth onboarding trial (tools/make_fixtures_onboarding_sixtysixth.py): Jobcenter Vejle's older
# Perl case system fills the empty placement agreement the forms office drew in LibreOffice Writer, as its
# module for printing agreements has done since CAM::PDF was the way to fill a form from Perl: one call to
# `fillFormFields` with the field names and the case's values, then `cleanoutput` (the whole file written
# anew). Values as the case system holds them: days formatted with POSIX `strftime("%d.%m.%Y")`, the hours
# a Perl number, the benefit and the caseworker as the printed list's words, the radio group's and the
# box's export values (`2`, `Ja`), the text `use utf8` character strings.
#
# Usage: perl vejle_udfyld.pl BLANK.pdf OUT.pdf [variant]
# `variant`, the probe: a second programmer's module, without `use utf8`'s decoding: the database's UTF-8
# bytes handed on as they are. (Saving with `output`, CAM::PDF's incremental update, instead of
# `cleanoutput` was tried by hand: `fillFormFields` marks no field it fills as changed, so the update
# holds the new appearances and no value, and every field is empty.)
use strict;
use warnings;
use utf8;
use CAM::PDF;
use Encode qw(encode);
use POSIX qw(strftime);

my ($blank, $out, $variant) = @ARGV;
$variant = defined $variant && $variant eq 'variant';

sub day { my ($d, $m, $y) = @_; return strftime('%d.%m.%Y', 0, 0, 12, $d, $m - 1, $y - 1900); }

my $hours_per_week = 37 / 2;  # half of a full week: the case system computes it
my @values = (
    cpr           => '030591-2846',
    navn          => 'Søren Højgaard Ærenlund',
    virksomhed    => 'Bøgh & Sønner Tømrerfirma ApS',
    cvr           => '29512701',
    arbejdssted   => 'Vejle, Vestre Engvej 41',
    pnr           => '1017834522',
    startdato     => day(3, 5, 2027),
    slutdato      => day(30, 7, 2027),
    timer         => $hours_per_week,
    ydelse        => 'Kontanthjælp',
    visitation    => '2',
    mentor        => 'Jens Åkjær',
    mentor_ansat  => 'Ja',
    sagsbehandler => 'Birgitte Kjær',
    email         => 'bikj@vejle.example.dk',
    telefon       => '76 81 00 00',
    formaal       => "Afklaring af arbejdsevne på et tømrerværksted (4 uger, derefter opfølgning).\n"
                   . "Søren skal prøve kræfter med målebånd, sav og høvl.",
);
if ($variant) {
    # no decoding: each value the UTF-8 bytes the database driver handed over
    @values = map { encode('UTF-8', $_) } @values;
}

my $doc = CAM::PDF->new($blank) or die "$CAM::PDF::errstr\n";
# CAM::PDF 1.60 was written for Acrobat's forms, and LibreOffice's differ from them twice; the module's
# two workarounds, as its programmer wrote them: (1) `getFormField` dereferences the catalog's /AcroForm,
# which LibreOffice writes into the catalog itself, so that `fillFormFields` fills nothing and says "Bad
# request for object": make it an object of its own; (2) a text field's appearance is drawn with the
# font its /DA names, which CAM::PDF looks up by the font's /Name entry (Acrobat's /Helv has one,
# LibreOffice's /He has none), else it dies "Could not find resource /He": name each /DR font by its key.
my $root = $doc->getRootDict();
if ($root->{AcroForm}->{type} eq 'dictionary') {
    my $acroform = CAM::PDF::Node->new('object', $root->{AcroForm});
    $root->{AcroForm} = CAM::PDF::Node->new('reference', $doc->appendObject(undef, $acroform, 0));
}
my $fonts = $doc->getValue($doc->getValue($doc->getValue($root->{AcroForm})->{DR})->{Font});
for my $name (sort keys %{$fonts}) {
    my $font = $doc->dereference($fonts->{$name}->{value});
    $doc->getValue($font)->{Name} ||= CAM::PDF::Node->new('label', $name);
    $doc->{changes}->{$font->{objnum}} = 1;
}
my $filled = $doc->fillFormFields(@values);
die "filled $filled fields, not 17\n" if $filled != 17;
$doc->cleanoutput($out);
