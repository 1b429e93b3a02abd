/* Slagelse's notice that a placement ended ("Ophør af virksomhedspraktik"), the empty form as its job
 * centre's C report program draws it with libharu 2.3.0 (Debian's libhpdf-dev). libharu 2.3.0 has no
 * form-field API (no AcroForm, no widget annotation), so the program builds the fields from libharu's own
 * object layer (hpdf_objects.h: HPDF_Dict_New, HPDF_Xref_Add, HPDF_DictStream_New), the way a C programmer
 * who needs fields from that version does: text fields named in the job centre's snake_case, the CPR and
 * the P-number combed boxes of ten (/MaxLen 10, the comb flag), the outcome a radio group whose on-states
 * are numbered (/1 to /5, the order printed), a combo box of the caseworkers, a lone check box on as /Ja,
 * the last day a date field of Acrobat's kind (AFDate_FormatEx("dd-mm-yyyy")).
 * Words are WinAnsi (PDFDocEncoding in the field dictionaries), written as octal escapes so the source
 * stays ASCII. Run by tools/make_fixtures_onboarding_sixtythird.py:
 * `cc slagelse_ophoer.c -lhpdf -o slagelse_ophoer && ./slagelse_ophoer OUT`. No clock and no /ID is
 * written (libharu writes an /ID only when it encrypts), so each run gives the same bytes. */
#include <stdio.h>
#include <string.h>
#include <hpdf.h>

static HPDF_Doc pdf;
static HPDF_Page page;
static HPDF_Font font, bold;
static HPDF_Array fields, annots;
static HPDF_Dict helv;

static void error_handler(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user_data) {
    (void)user_data;
    fprintf(stderr, "libharu error %04X, detail %u\n", (unsigned)error_no, (unsigned)detail_no);
}

static void text(HPDF_Font f, float size, float x, float y, const char *s) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, f, size);
    HPDF_Page_TextOut(page, x, y, s);
    HPDF_Page_EndText(page);
}

/* A section's heading in bold over a thin rule, as Slagelse's letters print them. */
static void section(float y, const char *s) {
    text(bold, 11, 50, y, s);
    HPDF_Page_SetLineWidth(page, 0.5);
    HPDF_Page_MoveTo(page, 50, y - 4);
    HPDF_Page_LineTo(page, 545, y - 4);
    HPDF_Page_Stroke(page);
}

static HPDF_Array rect(float x1, float y1, float x2, float y2) {
    HPDF_Array a = HPDF_Array_New(pdf->mmgr);
    HPDF_Array_AddReal(a, x1);
    HPDF_Array_AddReal(a, y1);
    HPDF_Array_AddReal(a, x2);
    HPDF_Array_AddReal(a, y2);
    return a;
}

/* A box drawn on the page where a field's widget lies: viewers draw the widget over it. */
static void frame(float x, float y, float w, float h) {
    HPDF_Page_SetGrayStroke(page, 0.5);
    HPDF_Page_SetLineWidth(page, 0.5);
    HPDF_Page_Rectangle(page, x, y, w, h);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetGrayStroke(page, 0);
}

/* A widget annotation of this page, its field's keys added by the caller. */
static HPDF_Dict widget(float x, float y, float w, float h) {
    HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
    HPDF_Xref_Add(pdf->xref, d);
    HPDF_Dict_AddName(d, "Type", "Annot");
    HPDF_Dict_AddName(d, "Subtype", "Widget");
    HPDF_Dict_Add(d, "Rect", rect(x, y, x + w, y + h));
    HPDF_Dict_AddNumber(d, "F", 4); /* print */
    HPDF_Dict_Add(d, "P", page);
    HPDF_Array_Add(annots, d);
    frame(x, y, w, h);
    return d;
}

/* A text field with its caption printed left of its box; `comb` boxes of `maxlen`. */
static HPDF_Dict field(const char *caption, const char *name, float y, float w, float h, int flags, int maxlen) {
    text(font, 10, 50, y + h - 12, caption);
    HPDF_Dict d = widget(190, y, w, h);
    HPDF_Dict_AddName(d, "FT", "Tx");
    HPDF_Dict_Add(d, "T", HPDF_String_New(pdf->mmgr, name, NULL));
    HPDF_Dict_Add(d, "TU", HPDF_String_New(pdf->mmgr, caption, NULL));
    HPDF_Dict_Add(d, "DA", HPDF_String_New(pdf->mmgr, "/Helv 10 Tf 0 g", NULL));
    if (flags)
        HPDF_Dict_AddNumber(d, "Ff", flags);
    if (maxlen)
        HPDF_Dict_AddNumber(d, "MaxLen", maxlen);
    HPDF_Array_Add(fields, d);
    return d;
}

/* A text field's Acrobat date format: its keystroke and format scripts, AFDate_KeystrokeEx and
 * AFDate_FormatEx of `format`, as Acrobat writes them when a date format is chosen in the field's
 * properties (the job centre's form is made to open in Acrobat Reader). */
static void date_format(HPDF_Dict d, const char *format) {
    char script[80];
    HPDF_Dict aa = HPDF_Dict_New(pdf->mmgr);
    const char *keys[] = {"K", "F"};
    const char *calls[] = {"AFDate_KeystrokeEx", "AFDate_FormatEx"};
    for (int i = 0; i < 2; i++) {
        HPDF_Dict js = HPDF_Dict_New(pdf->mmgr);
        HPDF_Dict_AddName(js, "S", "JavaScript");
        snprintf(script, sizeof script, "%s(\"%s\");", calls[i], format);
        HPDF_Dict_Add(js, "JS", HPDF_String_New(pdf->mmgr, script, NULL));
        HPDF_Dict_Add(aa, keys[i], js);
    }
    HPDF_Dict_Add(d, "AA", aa);
}

/* A form XObject of a w by h box drawing `ops` (empty: nothing). */
static HPDF_Dict appearance(float w, float h, const char *ops) {
    HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    HPDF_Dict_AddName(s, "Type", "XObject");
    HPDF_Dict_AddName(s, "Subtype", "Form");
    HPDF_Dict_Add(s, "BBox", rect(0, 0, w, h));
    HPDF_Stream_WriteStr(s->stream, ops);
    return s;
}

/* A button's /AP: its on-state `on` drawn by `ops`, and Off empty. */
static void states(HPDF_Dict widget_dict, const char *on, const char *ops) {
    HPDF_Dict ap = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict n = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_Add(n, on, appearance(11, 11, ops));
    HPDF_Dict_Add(n, "Off", appearance(11, 11, ""));
    HPDF_Dict_Add(ap, "N", n);
    HPDF_Dict_Add(widget_dict, "AP", ap);
    HPDF_Dict_AddName(widget_dict, "AS", "Off");
}

static const char *CROSS = "q 1 w 2 2 m 9 9 l S 2 9 m 9 2 l S Q\n";
static const char *DOT = "q 3 3 5 5 re f Q\n";

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: slagelse_ophoer OUT.pdf\n");
        return 2;
    }
    pdf = HPDF_New(error_handler, NULL);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Oph\370r af virksomhedspraktik");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, "Jobcenter Slagelse");
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Jobcenter Slagelse blanketter");
    font = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    bold = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
    page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    annots = HPDF_Array_New(pdf->mmgr);
    HPDF_Dict_Add(page, "Annots", annots);
    fields = HPDF_Array_New(pdf->mmgr);
    helv = font; /* the page's Helvetica, named /Helv in the form's resources as Acrobat names it */

    text(bold, 12, 50, 800, "Slagelse Kommune");
    text(font, 9, 50, 787, "Jobcenter Slagelse \267 Jernbanegade 9 \267 4200 Slagelse");
    text(bold, 16, 50, 752, "Oph\370r af virksomhedspraktik");
    text(font, 9, 50, 738, "Udfyldes af sagsbehandleren, n\345r en praktik slutter. Sendes til ydelseskontoret.");

    section(706, "Borger");
    field("CPR-nr.", "borger_cpr", 676, 150, 18, 1 << 24 /* comb */, 10);
    field("Navn", "borger_navn", 652, 355, 18, 0, 0);

    section(618, "Praktiksted");
    field("Praktikstedets navn", "praktiksted_navn", 588, 355, 18, 0, 0);
    field("P-nummer", "praktiksted_pnr", 564, 150, 18, 1 << 24, 10);

    section(530, "Oph\370ret");
    date_format(field("Sidste dag i praktik", "sidste_dag", 500, 100, 18, 0, 0), "dd-mm-yyyy");
    field("Antal uger i praktik", "antal_uger", 476, 50, 18, 0, 0);

    text(font, 10, 50, 450, "Praktikken sluttede med");
    static const char *outcomes[] = {
        "Ordin\346rt job", "Uddannelse", "Fleksjob", "Andet tilbud i kommunen", "Stoppet af anden \345rsag",
    };
    HPDF_Dict group = HPDF_Dict_New(pdf->mmgr);
    HPDF_Xref_Add(pdf->xref, group);
    HPDF_Dict_AddName(group, "FT", "Btn");
    HPDF_Dict_Add(group, "T", HPDF_String_New(pdf->mmgr, "resultat", NULL));
    HPDF_Dict_Add(group, "TU", HPDF_String_New(pdf->mmgr, "Praktikken sluttede med", NULL));
    HPDF_Dict_AddNumber(group, "Ff", (1 << 15) | (1 << 14)); /* radio, no toggle to off */
    HPDF_Dict_AddName(group, "V", "Off");
    HPDF_Array kids = HPDF_Array_New(pdf->mmgr);
    HPDF_Dict_Add(group, "Kids", kids);
    for (int i = 0; i < 5; i++) {
        char on[4];
        float y = 448 - i * 16;
        snprintf(on, sizeof on, "%d", i + 1);
        HPDF_Dict r = widget(190, y, 11, 11);
        HPDF_Dict_Add(r, "Parent", group);
        states(r, on, DOT);
        HPDF_Array_Add(kids, r);
        text(font, 10, 206, y + 2, outcomes[i]);
    }
    HPDF_Array_Add(fields, group);

    field("Bem\346rkning", "bemaerkning", 300, 355, 52, 1 << 12 /* multiline */, 0);

    section(270, "Jobcentret");
    text(font, 10, 50, 244, "Sagsbehandler");
    HPDF_Dict combo = widget(190, 240, 200, 18);
    HPDF_Dict_AddName(combo, "FT", "Ch");
    HPDF_Dict_Add(combo, "T", HPDF_String_New(pdf->mmgr, "sagsbehandler", NULL));
    HPDF_Dict_Add(combo, "TU", HPDF_String_New(pdf->mmgr, "Sagsbehandler", NULL));
    HPDF_Dict_Add(combo, "DA", HPDF_String_New(pdf->mmgr, "/Helv 10 Tf 0 g", NULL));
    HPDF_Dict_AddNumber(combo, "Ff", 1 << 17); /* combo */
    HPDF_Array opt = HPDF_Array_New(pdf->mmgr);
    static const char *caseworkers[] = {"Anne Kj\346r", "Bo Thomsen", "Mette S\370rensen", "\330sten Berg"};
    for (int i = 0; i < 4; i++)
        HPDF_Array_Add(opt, HPDF_String_New(pdf->mmgr, caseworkers[i], NULL));
    HPDF_Dict_Add(combo, "Opt", opt);
    HPDF_Array_Add(fields, combo);

    HPDF_Dict box = widget(190, 212, 11, 11);
    HPDF_Dict_AddName(box, "FT", "Btn");
    HPDF_Dict_Add(box, "T", HPDF_String_New(pdf->mmgr, "kopi_til_borger", NULL));
    HPDF_Dict_AddName(box, "V", "Off");
    states(box, "Ja", CROSS);
    HPDF_Array_Add(fields, box);
    text(font, 10, 206, 214, "Borgeren har f\345et en kopi");

    /* The form's dictionary, which libharu 2.3.0 has no call for: the fields, /Helv, and a default look. */
    HPDF_Dict form = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_Add(form, "Fields", fields);
    HPDF_Dict dr = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict dr_fonts = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_Add(dr_fonts, "Helv", helv);
    HPDF_Dict_Add(dr, "Font", dr_fonts);
    HPDF_Dict_Add(form, "DR", dr);
    HPDF_Dict_Add(form, "DA", HPDF_String_New(pdf->mmgr, "/Helv 0 Tf 0 g", NULL));
    HPDF_Dict_Add(pdf->catalog, "AcroForm", form);

    if (HPDF_SaveToFile(pdf, argv[1]) != HPDF_OK) {
        HPDF_Free(pdf);
        return 1;
    }
    HPDF_Free(pdf);
    return 0;
}
