// Syddjurs's placement agreement as the job centre's C++ desktop tool writes it with PoDoFo 0.9.8 (the
// thirty-eighth onboarding trial, decision 0060, "Stop 64: trial-85"): one A4 page, the labels drawn in
// Helvetica by PdfPainter, a PdfTextField beside each (its tooltip set by SetAlternateName, its value by
// SetText from UTF-8, which PoDoFo writes as a UTF-16BE string, digits too), PdfCheckBox for the benefit, the
// visitation and the mentor's employer (SetChecked: /V and /AS /Yes), no appearance streams. The
// document's and widgets' dates are fixed so two runs write the same bytes. Usage: syddjurs_praktikaftale OUT.pdf
#include <podofo/podofo.h>

using namespace PoDoFo;

namespace {

PdfString utf8(const char* text) { return PdfString(reinterpret_cast<const pdf_utf8*>(text)); }

// The time the form was filled in, the system's own: PoDoFo stamps each widget's /M with "now"
const PdfString FILLED("D:20261028101500+01'00'");

void stamp(PdfField& field) { field.GetWidgetAnnotation()->GetObject()->GetDictionary().AddKey(PdfName("M"), FILLED); }

struct Form {
    PdfMemDocument& doc;
    PdfPage* page;
    PdfPainter& painter;
    double y = 720;

    void label(double x, const char* text) { painter.DrawText(x, y + 5, utf8(text)); }

    void text(const char* caption, const char* name, const char* tip, const char* value, double height = 18) {
        label(56, caption);
        PdfTextField field(page, PdfRect(220, y - height + 18, 320, height), &doc);
        field.SetFieldName(PdfString(name));
        field.SetAlternateName(utf8(tip));
        if (height > 18) field.SetMultiLine(true);
        field.SetText(utf8(value));
        stamp(field);
        y -= height + 8;
    }

    void box(double x, const char* caption, const char* name, bool checked) {
        PdfCheckBox field(page, PdfRect(x, y + 3, 11, 11), &doc);
        field.SetFieldName(PdfString(name));
        field.SetChecked(checked);
        stamp(field);
        painter.DrawText(x + 15, y + 5, utf8(caption));
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    PdfMemDocument doc;
    PdfPage* page = doc.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
    PdfPainter painter;
    painter.SetPage(page);
    PdfFont* bold = doc.CreateFont("Helvetica-Bold");
    PdfFont* font = doc.CreateFont("Helvetica");
    bold->SetFontSize(15);
    painter.SetFont(bold);
    painter.DrawText(56, 780, utf8("Praktikaftale – virksomhedspraktik"));
    font->SetFontSize(10);
    painter.SetFont(font);
    painter.DrawText(56, 762, utf8("Jobcenter Syddjurs · Lundbergsvej 2 · 8400 Ebeltoft"));

    Form form{doc, page, painter};
    form.text("CPR-nummer", "cpr", "Borgerens CPR-nummer", "250394-1187");
    form.text("Borgerens navn", "borger_navn", "Borgerens fulde navn", "Ronja Vinther Bak");
    form.text("CVR-nummer", "cvr", "Virksomhedens CVR-nummer", "38512072");
    form.text("Virksomhed", "virksomhed", "Virksomhedens navn", "Ebeltoft Færgeservice ApS");
    form.text("P-nummer", "pnr", "Arbejdsstedets P-nummer", "1034567812");
    form.text("Arbejdssted", "arbejdssted", "Arbejdsstedets navn", "Ebeltoft Færgeservice, Havnen");
    form.text("Første dag", "start", "Praktikkens første dag (dd.mm.åååå)", "02.11.2026");
    form.text("Sidste dag", "slut", "Praktikkens sidste dag (dd.mm.åååå)", "31.01.2027");
    form.text("Timer pr. uge", "timer", "Antal timer om ugen", "15");

    form.label(56, "Ydelse");
    form.box(220, "Kontanthjælp", "ydelse_kh", true);
    form.box(330, "Sygedagpenge", "ydelse_sd", false);
    form.box(440, "Ledighedsydelse", "ydelse_lh", false);
    form.y -= 26;
    form.label(56, "Visitation");
    form.box(220, "Jobparat", "vis_job", true);
    form.box(330, "Aktivitetsparat", "vis_akt", false);
    form.box(440, "Uddannelsesparat", "vis_udd", false);
    form.y -= 26;

    form.text("Mentor", "mentor", "Mentorens navn", "Kasper Holm Nygaard");
    form.label(56, "Mentor ansat i");
    form.box(220, "Virksomheden", "mentor_virk", true);
    form.box(330, "Jobcentret", "mentor_jc", false);
    form.y -= 26;

    form.text("Sagsbehandler", "sagsbeh", "Sagsbehandlerens navn", "Camilla Friis Ravn");
    form.text("E-mail", "sagsbeh_mail", "Sagsbehandlerens e-mail", "Camilla.Ravn@syddjurs.example.dk");
    form.text("Telefon", "sagsbeh_tlf", "Sagsbehandlerens telefon", "8753 5000");
    form.text("Formål", "formaal", "Praktikkens formål", "Opkvalificering til billetsalg.\nDansk på arbejdspladsen.", 44);
    painter.FinishPage();

    // The system's own fixed times: PdfInfo sets "now" when the document is made
    PdfInfo* info = doc.GetInfo();
    info->SetCustomKey(PdfName("CreationDate"), FILLED);
    info->SetCustomKey(PdfName("ModDate"), FILLED);
    info->SetCreator(PdfString("Syddjurs Praktikmodul 2.3"));
    info->SetTitle(utf8("Praktikaftale"));
    doc.Write(argv[1]);
    return 0;
}
