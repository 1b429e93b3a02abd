#!/usr/bin/perl
# Hørsholm's case system's nightly export of the month's placement agreements (the fifty-third
# onboarding trial, tools/make_fixtures_onboarding_fiftythird.py): the agreements as the system's
# Perl script builds them, a hash of agreements keyed by case number, written with XML::Simple's
# XMLout as its defaults have it (scalars as attributes, sorted; a hash of hashes unfolded by the first
# KeyAttr, `name`; its own escaping), the root named and a declaration added.
use strict;
use warnings;
use utf8;
use XML::Simple qw(XMLout);

my %aftaler = (
    'HH-2027-0113' => {
        borger       => { cpr => '140388-1726', navn => 'Camilla Ørum Jessen' },
        virksomhed   => { cvr => '38151002', navn => 'Rungsted Havn & Bådværft A/S' },
        praktiksted  => { pnr => '1024681357', navn => 'Bådværftet, Rungsted Strandvej 98' },
        periode      => { fra => '01.03.2027', til => '28.05.2027' },
        timer_pr_uge => '18,5',
        ydelse       => 'KH',
        visitation   => 'Aktivitetsparat',
        mentor       => { navn => 'Jørgen Aagaard', ansat_i_virksomheden => 1 },
        sagsbehandler => { navn => 'Birgitte Holm', email => 'BHolm@hoersholm.example.dk',
                           telefon => '48 49 00 00' },
        formaal      => 'Afprøvning af "praktiske" opgaver <værksted & plads>',
    },
    'HH-2027-0120' => {
        borger       => { cpr => '030795-3318', navn => 'Ahmad Karimi' },
        virksomhed   => { cvr => '41271000', navn => 'Hørsholm Køkken ApS' },
        praktiksted  => { pnr => '1013579246', navn => 'Kantinen, Usserød Kongevej 10' },
        periode      => { fra => '15.03.2027', til => '11.06.2027' },
        timer_pr_uge => '30',
        ydelse       => 'SDP',
        visitation   => '',
        mentor       => { navn => 'Lise Dam', ansat_i_virksomheden => 0 },
        sagsbehandler => { navn => 'Birgitte Holm', email => 'BHolm@hoersholm.example.dk',
                           telefon => '48 49 00 00' },
        formaal      => 'Optræning til fuld tid i køkken',
    },
);

binmode STDOUT, ':encoding(UTF-8)';
print XMLout(
    { eksporteret => '2027-03-31T16:05:12', kommune => '223', aftale => \%aftaler },
    RootName => 'praktikaftaler',
    XMLDecl  => '<?xml version="1.0" encoding="UTF-8"?>',
);
