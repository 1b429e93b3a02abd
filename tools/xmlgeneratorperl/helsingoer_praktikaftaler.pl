# Helsingør's case system's nightly Perl batch job writes the month's new placement agreements with
# XML::Generator: `:pretty` (two spaces a level, `escape => 'always'`, strict conformance), the case
# system's namespace with a prefix (every element `hk:`, `xmlns:hk` on the root), `encoding => 'UTF-8'`
# for the declaration (`xmldecl` adds `standalone="yes"`), STDOUT's layer `:encoding(UTF-8)`. The rows
# are as DBD::Pg hands them from PostgreSQL: a date `2027-09-06`, a numeric(4,2) `18.50`, a boolean `1`
# or `0`, a NULL undef. An element given undef is written `<hk:visitation></hk:visitation>`, one given
# nothing but attributes `<hk:mentor navn="..." virksomhedsmentor="1" />` (the default `empty => 'self'`);
# attributes in the order given through Tie::IxHash (a plain hash would write them in Perl's random
# order). Called as `perl helsingoer_praktikaftaler.pl OUT [latin1]`: `latin1` is the probe, a second
# programmer's job that forgot the layer, so Perl writes its characters below 256 as Latin-1 bytes under
# the same `encoding="UTF-8"` declaration.
use strict;
use warnings;
use utf8;
use Tie::IxHash;
use XML::Generator;

my ($out, $mode) = @ARGV;
my $x = XML::Generator->new(
    ':pretty',
    namespace => [hk => 'urn:helsingoer-kommune:jobcenter:praktik:1'],
    encoding  => 'UTF-8',
);

sub ordered { tie my %attributes, 'Tie::IxHash', @_; return \%attributes }

# The rows the job's SELECT gives, column for column as DBD::Pg returns them.
my @rows = (
    {
        id => 7301, cpr => '0511913378', navn => 'Mads Øster Lindholm', cvr => '31254787',
        firma => 'Værftets Madhus & Café ApS', pnr => '1017733445', sted => 'Kulturværftet, Allégade 2',
        start => '2027-09-06', slut => '2027-11-26', timer => '18.50', ydelse => 'Kontanthjælp',
        visitation => 'Aktivitetsparat', mentor => 'Birgitte Ågård', virksomhedsmentor => 1,
        sagsbehandler => 'Jonas Kjær', email => 'jkj@helsingor.example.dk', telefon => '49 28 28 41',
        formaal => 'Afklaring i køkken <18 t/uge> & opvask',
    },
    {
        id => 7315, cpr => '2207860142', navn => 'Søren Æbelø Hansen', cvr => '29173842',
        firma => 'Bådelauget "Nordhavnen" ApS', pnr => '1022298765', sted => 'Bådeværft "Nordhavnen", Ny Kronborgvej',
        start => '2027-09-13', slut => '2027-10-22', timer => '12.25', ydelse => 'Sygedagpenge',
        visitation => undef, mentor => 'Poul Dahl', virksomhedsmentor => 0,
        sagsbehandler => 'Lærke Holm', email => 'lho@helsingor.example.dk', telefon => '49 28 30 07',
        formaal => undef,
    },
    {
        id => 7322, cpr => '1403990551', navn => 'Amira Haddad', cvr => '40557105',
        firma => 'Espergærde Dagligvarer K/S', pnr => '1029911337', sted => 'Espergærde Centret',
        start => '2027-09-20', slut => '2028-01-14', timer => '25.00', ydelse => 'Uddannelseshjælp',
        visitation => 'Uddannelsesparat', mentor => 'Kim Østergaard', virksomhedsmentor => 1,
        sagsbehandler => 'Jonas Kjær', email => 'jkj@helsingor.example.dk', telefon => '49 28 28 41',
        formaal => 'Praktik i butik før EUD',
    },
);

sub aftale {
    my ($row) = @_;
    return $x->aftale(
        ordered(id => $row->{id}, oprettet => '2027-08-30'),
        $x->borger(ordered(cpr => $row->{cpr}), $x->navn($row->{navn})),
        $x->virksomhed(
            ordered(cvr => $row->{cvr}, navn => $row->{firma}),
            $x->arbejdssted(ordered(pnr => $row->{pnr}), $row->{sted}),
        ),
        $x->periode($x->startdato($row->{start}), $x->slutdato($row->{slut})),
        $x->timerPrUge($row->{timer}),
        $x->ydelse($row->{ydelse}),
        $x->visitation($row->{visitation}),
        $x->mentor(ordered(navn => $row->{mentor}, virksomhedsmentor => $row->{virksomhedsmentor})),
        $x->sagsbehandler(
            $x->navn($row->{sagsbehandler}), $x->email($row->{email}), $x->telefon($row->{telefon}),
        ),
        $x->formaal($row->{formaal}),
    );
}

my $doc = $x->praktikaftaler(
    ordered(kommunekode => '0217', jobcenter => 'Jobcenter Helsingør', periode => '2027-09'),
    map { aftale($_) } @rows
);
open(my $fh, '>', $out) or die "$out: $!";
binmode($fh, ':encoding(UTF-8)') unless ($mode // '') eq 'latin1';
print $fh $x->xmldecl(), $doc, "\n";
close($fh) or die "$out: $!";
