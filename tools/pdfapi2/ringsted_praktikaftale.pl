#!/usr/bin/perl
# Ringsted Kommune's placement agreement as its job centre's small in-house Perl tool writes it with
# PDF::API2 (the forty-seventh onboarding trial; tools/make_fixtures_onboarding_fortyseventh.py runs it).
# PDF::API2 has no form API: the tool builds the /AcroForm dictionary and each Widget annotation from
# PDF::API2's own objects (PDFDict, PDFName, PDFArray, PDFStr, PDFNum) and draws every field's appearance
# stream itself. The PDF goes to standard output.
use strict;
use warnings;
use utf8;
use PDF::API2;
use PDF::API2::Basic::PDF::Utils;

my $pdf = PDF::API2->new();
$pdf->producer('Ringsted Jobcenter praktikaftale 1.4 (PDF::API2)');
$pdf->created("D:20270304091500+01'00");
my $file = $pdf->{'pdf'};
my $page = $pdf->page();
$page->size('A4');
my $helv = $pdf->font('Helvetica');
my $bold = $pdf->font('Helvetica-Bold');
my $zapf = $pdf->font('ZapfDingbats');

# The text printed on the page: the title, the section headings and each field's label left of it.
my $text = $page->text();
sub say_at { my ($font, $size, $x, $y, $words) = @_; $text->font($font, $size); $text->translate($x, $y); $text->text($words); }
say_at($bold, 15, 50, 790, 'Ringsted Kommune · Jobcenter Ringsted');
say_at($bold, 13, 50, 768, 'Aftale om virksomhedspraktik');
my @labels = (
    [$bold, 11, 50, 735, '1. Borgeren'],
    [$helv, 10, 50, 712, 'CPR-nummer:'], [$helv, 10, 50, 690, 'Navn:'],
    [$helv, 10, 50, 668, 'Forsørgelsesgrundlag:'],
    [$helv, 10, 210, 668, 'Kontanthjælp'], [$helv, 10, 330, 668, 'Uddannelseshjælp'],
    [$helv, 10, 460, 668, 'Sygedagpenge'],
    [$helv, 10, 50, 646, 'Visitationskategori:'],
    [$helv, 10, 210, 646, 'Jobparat'], [$helv, 10, 330, 646, 'Aktivitetsparat'],
    [$helv, 10, 460, 646, 'Uddannelsesparat'],
    [$bold, 11, 50, 612, '2. Virksomheden'],
    [$helv, 10, 50, 589, 'Virksomhedens navn:'], [$helv, 10, 50, 567, 'CVR-nummer:'],
    [$helv, 10, 50, 545, 'Arbejdssted:'], [$helv, 10, 50, 523, 'P-nummer:'],
    [$bold, 11, 50, 489, '3. Praktikken'],
    [$helv, 10, 50, 466, 'Første dag:'], [$helv, 10, 300, 466, 'Sidste dag:'],
    [$helv, 10, 50, 444, 'Timer pr. uge:'],
    [$helv, 10, 50, 422, 'Formål med praktikken:'],
    [$bold, 11, 50, 352, '4. Mentor'],
    [$helv, 10, 50, 329, 'Mentorens navn:'],
    [$helv, 10, 228, 307, 'Mentor er ansat på praktikstedet'],
    [$bold, 11, 50, 273, '5. Sagsbehandler i jobcentret'],
    [$helv, 10, 50, 250, 'Navn:'], [$helv, 10, 50, 228, 'E-mail:'], [$helv, 10, 50, 206, 'Telefon:'],
);
say_at(@$_) for @labels;

my $acro_fields = PDFArray();
my @annots;
my $dr_font = PDFDict();
$dr_font->{'Helv'} = $helv;
$dr_font->{'ZaDb'} = $zapf;

sub rect { return PDFArray(map { PDFNum($_) } @_) }

sub form_xobject {
    my ($w, $h, $content) = @_;
    my $xo = PDFDict();
    $file->new_obj($xo);
    $xo->{'Type'} = PDFName('XObject');
    $xo->{'Subtype'} = PDFName('Form');
    $xo->{'BBox'} = rect(0, 0, $w, $h);
    my $res = PDFDict();
    $res->{'Font'} = $dr_font;
    $xo->{'Resources'} = $res;
    $xo->{' stream'} = $content;
    return $xo;
}

sub widget {
    my ($x, $y, $w, $h) = @_;
    my $annot = PDFDict();
    $file->new_obj($annot);
    $annot->{'Type'} = PDFName('Annot');
    $annot->{'Subtype'} = PDFName('Widget');
    $annot->{'Rect'} = rect($x, $y, $x + $w, $y + $h);
    $annot->{'F'} = PDFNum(4);
    $annot->{'P'} = $page;
    push @annots, $annot;
    return $annot;
}

# A text field: its value, and the appearance the tool draws of it (each line 12 points under the last).
sub text_field {
    my ($name, $value, $x, $y, $w, $h, $multiline) = @_;
    my $field = widget($x, $y, $w, $h);
    $field->{'FT'} = PDFName('Tx');
    $field->{'T'} = PDFStr($name);
    $field->{'V'} = PDFStr($value);
    $field->{'DA'} = PDFStr('/Helv 10 Tf 0 g');
    $field->{'Ff'} = PDFNum(4096) if $multiline;
    my @lines = split /\r/, $value;
    my $top = $multiline ? $h - 12 : 5;
    my $shown = '';
    for my $i (0 .. $#lines) {
        my $line = $helv->text($lines[$i]);    # (...) in WinAnsiEncoding
        $shown .= sprintf("BT /Helv 10 Tf 0 g 2 %d Td %s Tj ET\n", $top - 12 * $i, $line);
    }
    my $ap = PDFDict();
    $ap->{'N'} = form_xobject($w, $h, "/Tx BMC\nq 1 1 " . ($w - 2) . ' ' . ($h - 2) . " re W n\n$shown" . "Q\nEMC\n");
    $field->{'AP'} = $ap;
    $acro_fields->add_elements($field);
    return $field;
}

# A button's two appearances: a frame, and in the chosen state ZapfDingbats' mark in it.
sub button_appearances {
    my ($on, $mark, $size) = @_;
    my $frame = "0 G 0.8 w 0.5 0.5 " . ($size - 1) . ' ' . ($size - 1) . " re S\n";
    my $ticked = $frame . "q BT /ZaDb 9 Tf 0 g 2.2 2.6 Td ($mark) Tj ET Q\n";
    my $states = PDFDict();
    $states->{$on} = form_xobject($size, $size, $ticked);
    $states->{'Off'} = form_xobject($size, $size, $frame);
    my $ap = PDFDict();
    $ap->{'N'} = $states;
    return $ap;
}

# A radio group: the parent field holds the name and the chosen state, each button its own state.
sub radio_group {
    my ($name, $chosen, @buttons) = @_;
    my $parent = PDFDict();
    $file->new_obj($parent);
    $parent->{'FT'} = PDFName('Btn');
    $parent->{'Ff'} = PDFNum(49152);    # a radio group whose chosen button cannot be unchosen
    $parent->{'T'} = PDFStr($name);
    $parent->{'V'} = PDFName($chosen);
    my $kids = PDFArray();
    for my $button (@buttons) {
        my ($state, $x, $y) = @$button;
        my $kid = widget($x, $y, 12, 12);
        $kid->{'Parent'} = $parent;
        $kid->{'AS'} = PDFName($state eq $chosen ? $state : 'Off');
        my $mk = PDFDict();
        $mk->{'CA'} = PDFStr('l');
        $kid->{'MK'} = $mk;
        $kid->{'AP'} = button_appearances($state, 'l', 12);
        $kids->add_elements($kid);
    }
    $parent->{'Kids'} = $kids;
    $acro_fields->add_elements($parent);
}

my %v = (
    cpr => '170394-2851', navn => 'Sofie Kragh Mortensen',
    firma => 'Ringsted Smede- & Maskinværksted A/S', cvr => '2963 4181',
    sted => 'Værkstedet, Næstvedvej 112, 4100 Ringsted', pnr => '1004 518 327',
    start => '15/03/2027', slut => '11/06/2027', timer => '22,5',
    formaal => "Afprøvning af arbejdsevne ved lettere montage\rog træning i faste mødetider, tre dage om ugen",
    mentor => 'Bo Thygesen', sb => 'Lene Frost Carlsen',
    mail => 'LFC@ringsted.example.dk', tlf => '57 62 63 18',
);
text_field('borger_cpr', $v{cpr}, 210, 708, 150, 16);
text_field('borger_navn', $v{navn}, 210, 686, 300, 16);
radio_group('ydelse', 'Sygedagpenge',
    ['Kontanthjælp', 192, 666], ['Uddannelseshjælp', 312, 666], ['Sygedagpenge', 442, 666]);
radio_group('visitation', 'aktivitetsparat',
    ['jobparat', 192, 644], ['aktivitetsparat', 312, 644], ['uddannelsesparat', 442, 644]);
text_field('virk_navn', $v{firma}, 210, 585, 330, 16);
text_field('virk_cvr', $v{cvr}, 210, 563, 120, 16);
text_field('sted_navn', $v{sted}, 210, 541, 330, 16);
text_field('sted_pnr', $v{pnr}, 210, 519, 120, 16);
text_field('dato_start', $v{start}, 210, 462, 80, 16);
text_field('dato_slut', $v{slut}, 370, 462, 80, 16);
text_field('timer_uge', $v{timer}, 210, 440, 50, 16);
text_field('formaal', $v{formaal}, 210, 378, 330, 56, 1);
text_field('mentor_navn', $v{mentor}, 210, 325, 200, 16);

my $box = widget(210, 305, 12, 12);
$box->{'FT'} = PDFName('Btn');
$box->{'T'} = PDFStr('mentor_ansat_virk');
$box->{'V'} = PDFName('Ja');
$box->{'AS'} = PDFName('Ja');
my $mk = PDFDict();
$mk->{'CA'} = PDFStr('4');
$box->{'MK'} = $mk;
$box->{'AP'} = button_appearances('Ja', '4', 12);
$acro_fields->add_elements($box);

text_field('sb_navn', $v{sb}, 210, 246, 200, 16);
text_field('sb_mail', $v{mail}, 210, 224, 200, 16);
text_field('sb_tlf', $v{tlf}, 210, 202, 100, 16);

$page->{'Annots'} = PDFArray(@annots);
my $acroform = PDFDict();
$acroform->{'Fields'} = $acro_fields;
$acroform->{'DA'} = PDFStr('/Helv 0 Tf 0 g');
my $dr = PDFDict();
$dr->{'Font'} = $dr_font;
$acroform->{'DR'} = $dr;
$pdf->{'catalog'}->{'AcroForm'} = $acroform;
$file->out_obj($pdf->{'catalog'});

binmode STDOUT;
print $pdf->to_string();
