#!/usr/bin/perl
# Greve Kommune's placement agreement as its job centre's supplier's Perl report tool writes it with
# PDF::Builder (the fifty-seventh onboarding trial; tools/make_fixtures_onboarding_fiftyseventh.py runs it).
# PDF::Builder 3.025 has no form API: the tool builds the /AcroForm dictionary and each Widget from
# PDF::Builder's own objects (PDFDict, PDFName, PDFArray, PDFStr, PDFNum) and draws every appearance.
# The tool names each field by the label printed left of it, as its layout table holds them: "CPR-nr.",
# "Timer pr. uge", "Første dag" (a partial name with a period and a space, which the PDF standard asks
# writers not to use, and a plain field beside it). The PDF goes to standard output.
use strict;
use warnings;
use utf8;
use PDF::Builder;
use PDF::Builder::Basic::PDF::Utils;

my $pdf = PDF::Builder->new();
$pdf->producer('Greve Jobcenter blanketservice 2.3 (PDF::Builder)');
$pdf->created("D:20270226101500+01'00");
$pdf->modified("D:20270226101500+01'00");
my $file = $pdf->{'pdf'};
my $page = $pdf->page();
$page->size('A4');
my $helv = $pdf->font('Helvetica');
my $bold = $pdf->font('Helvetica-Bold');
my $zapf = $pdf->font('ZapfDingbats');

my $text = $page->text();
sub say_at { my ($font, $size, $x, $y, $words) = @_; $text->font($font, $size); $text->translate($x, $y); $text->text($words); }
say_at($bold, 15, 50, 790, 'Greve Kommune · Jobcenter Greve');
say_at($bold, 13, 50, 768, 'Praktikaftale – virksomhedspraktik (LAB § 42)');

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

# A labelled text field: the label printed at the left margin, the field named by the label's words
# (its colon left off), its value drawn in the field as the tool's appearance.
sub text_field {
    my ($label, $value, $y, $w, $h, $multiline) = @_;
    say_at($helv, 10, 50, $y + 4, "$label:");
    my $field = widget(200, $y, $w, $h // 16);
    $h //= 16;
    $field->{'FT'} = PDFName('Tx');
    $field->{'T'} = PDFStr($label);
    $field->{'TU'} = PDFStr($label);
    $field->{'V'} = PDFStr($value);
    $field->{'DA'} = PDFStr('/Helv 10 Tf 0 g');
    $field->{'Ff'} = PDFNum(4096) if $multiline;
    my @lines = split /\r/, $value;
    my $top = $multiline ? $h - 12 : 5;
    my $shown = '';
    for my $i (0 .. $#lines) {
        $shown .= sprintf("BT /Helv 10 Tf 0 g 2 %d Td %s Tj ET\n", $top - 12 * $i, $helv->text($lines[$i]));
    }
    my $ap = PDFDict();
    $ap->{'N'} = form_xobject($w, $h, "/Tx BMC\nq 1 1 " . ($w - 2) . ' ' . ($h - 2) . " re W n\n$shown" . "Q\nEMC\n");
    $field->{'AP'} = $ap;
    $acro_fields->add_elements($field);
    return $field;
}

# A check box with its words right of it; on as /On (the tool's one on-state), off as /Off.
sub check_box {
    my ($label, $on, $x, $y) = @_;
    say_at($helv, 10, $x + 16, $y + 2, $label);
    my $box = widget($x, $y, 12, 12);
    $box->{'FT'} = PDFName('Btn');
    $box->{'T'} = PDFStr($label);
    $box->{'V'} = PDFName($on ? 'On' : 'Off');
    $box->{'AS'} = PDFName($on ? 'On' : 'Off');
    my $frame = "0 G 0.8 w 0.5 0.5 11 11 re S\n";
    my $states = PDFDict();
    $states->{'On'} = form_xobject(12, 12, $frame . "q BT /ZaDb 9 Tf 0 g 2.2 2.6 Td (4) Tj ET Q\n");
    $states->{'Off'} = form_xobject(12, 12, $frame);
    my $ap = PDFDict();
    $ap->{'N'} = $states;
    $box->{'AP'} = $ap;
    $acro_fields->add_elements($box);
}

say_at($bold, 11, 50, 735, '1. Borger');
text_field('CPR-nr.', '030891-3372', 712, 110);
text_field('Navn', 'Amalie Brix Holmgaard', 690, 300);
say_at($helv, 10, 50, 672, 'Ydelse (sæt ét kryds):');
check_box('Kontanthjælp', 0, 200, 668);
check_box('Uddannelseshjælp', 1, 320, 668);
check_box('Ledighedsydelse', 0, 450, 668);
text_field('Målgruppe', 'Aktivitetsparat', 648, 150);
say_at($bold, 11, 50, 636, '2. Virksomhed');
text_field('Virksomhed', 'Greve Auto- & Dækcenter ApS', 612, 330);
text_field('CVR-nr.', '41875321', 590, 110);
text_field('Praktiksted', 'Værkstedet, Håndværkervej 9, 2670 Greve', 568, 330);
text_field('P-nr.', '1028374659', 546, 110);
say_at($bold, 11, 50, 514, '3. Praktikperiode');
text_field('Første dag', '01.03.2027', 490, 80);
text_field('Sidste dag', '23.05.2027', 468, 80);
text_field('Timer pr. uge', '18,5', 446, 50);
text_field('Formål', "Afklaring af arbejdsevne i et værksted med kundekontakt.\rFokus på \"faste mødetider\" og løft.", 394, 330, 44, 1);
say_at($bold, 11, 50, 362, '4. Mentor');
text_field('Mentor', 'Kasper Lund Iversen', 338, 200);
check_box('Mentor er ansat i virksomheden', 1, 200, 318);
say_at($bold, 11, 50, 286, '5. Jobcentret');
text_field('Sagsbehandler', 'Rikke Damsgaard', 262, 200);
text_field('E-mail', 'Rikke.Damsgaard@greve.example.dk', 240, 230);
text_field('Telefon', '43 97 97 00', 218, 110);

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
