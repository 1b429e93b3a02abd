// Jammerbugt's placement agreement as a Java case system makes and fills it with OpenPDF 2.0.5
// (com.github.librepdf:openpdf): text fields by TextField, the benefit a combo box whose lines are
// [export code, words], the visitation three checkboxes and the mentor's employer a radio group by
// RadioCheckField, the labels drawn left of the boxes. Run by tools/make_fixtures_onboarding_twentyseventh.py:
//   java -cp openpdf-2.0.5.jar JammerbugtPraktikaftale.java OUT.pdf 1|2|3
// Agreements 1 and 2 are filled as the form is made (each TextField given its text); agreement 3 the way
// a case system fills its blank form for each case: the form made empty, then filled by PdfStamper's
// AcroFields.setField, which draws each field's appearance anew. The document's dates and id are fixed,
// so each run writes the same bytes.
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

public class JammerbugtPraktikaftale {
    static final String[] BENEFITS = {"Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse",
            "Ressourceforløbsydelse"};
    static final String[] BENEFIT_CODES = {"KH", "UH", "SDP", "LY", "RFY"};
    // The case system prints its dates as Java's Danish medium style does ("4. maj 2026").
    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(new Locale("da", "DK"));

    static PdfWriter writer;
    static PdfContentByte canvas;
    static BaseFont plain;
    static BaseFont bold;

    public static void main(String[] args) throws Exception {
        if (args[1].equals("3")) {
            stamped(args[0]);
            return;
        }
        make(args[1].equals("1") ? first() : second(), new FileOutputStream(args[0]), args[1]);
    }

    // The blank form made once, then filled for one case by PdfStamper, as a case system fills it.
    static void stamped(String out) throws Exception {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        make(null, blank, "3");
        PdfStamper stamper = new PdfStamper(new PdfReader(blank.toByteArray()), new FileOutputStream(out));
        AcroFields form = stamper.getAcroFields();
        form.setField("borgerCpr", "1107023318");
        form.setField("borgerNavn", "Jonas Vestergaard Møller");
        form.setField("virksomhedCvr", "29583145");
        form.setField("virksomhedNavn", "Jammerbugt Boligforening");
        form.setField("arbejdsstedPnr", "1020334417");
        form.setField("arbejdsstedNavn", "Driftscentret Brovst");
        form.setField("startDato", DAY.format(LocalDate.parse("2026-06-01")));
        form.setField("slutDato", DAY.format(LocalDate.parse("2026-08-14")));
        form.setField("timerPrUge", "15");
        form.setField("ydelse", "UH");
        form.setField("visUddannelsesparat", "Ja");
        form.setField("mentorNavn", "Lone Mikkelsen");
        form.setField("mentorAnsat", "virksomhed");
        form.setField("sagsbehandlerNavn", "Per Lynggaard");
        form.setField("sagsbehandlerEmail", "PLY@jammerbugt.example.dk");
        form.setField("sagsbehandlerTlf", "+45 72 57 73 22");
        form.setField("formaal", "Praktik som ejendomsservicemedhjælper før uddannelse.");
        form.setField("kopiSendt", "Ja");
        Calendar filled = new GregorianCalendar(TimeZone.getTimeZone("Europe/Copenhagen"));
        filled.clear();
        filled.set(2026, Calendar.MAY, 20, 14, 3, 0);
        stamper.setEnforcedModificationDate(filled);
        byte[] id = "jammerbugt-praktikaftale-3".getBytes("US-ASCII");
        stamper.setOverrideFileId(PdfEncryption.createInfoId(id, id));
        stamper.close();
    }

    static PdfArray fileId(String which) {
        PdfArray id = new PdfArray();
        id.add(new PdfString("jammerbugt-praktikaftale-" + which).setHexWriting(true));
        id.add(new PdfString("jammerbugt-praktikaftale-" + which).setHexWriting(true));
        return id;
    }

    // The form, filled with `v` as it is made, or blank where `v` is null.
    static void make(Map<String, String> given, OutputStream out, String which) throws Exception {
        Map<String, String> v = given != null ? given : blank();
        Document document = new Document(PageSize.A4);
        writer = PdfWriter.getInstance(document, out);
        document.open();
        canvas = writer.getDirectContent();
        plain = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
        text(bold, 11, 50, 800, "Jammerbugt Kommune");
        text(plain, 9, 50, 788, "Jobcenter Jammerbugt · Toftevej 43 · 9440 Aabybro");
        text(bold, 16, 50, 760, "Aftale om virksomhedspraktik");
        text(plain, 9, 50, 746, "Efter lov om en aktiv beskæftigelsesindsats kapitel 11");

        float y = 715;
        y = heading("Borger", y);
        y = row("CPR-nr.", "borgerCpr", v.get("cpr"), y);
        y = row("Navn", "borgerNavn", v.get("navn"), y);
        y = heading("Virksomhed", y);
        y = row("CVR-nr.", "virksomhedCvr", v.get("cvr"), y);
        y = row("Virksomhedens navn", "virksomhedNavn", v.get("virksomhed"), y);
        y = row("P-nr.", "arbejdsstedPnr", v.get("pnr"), y);
        y = row("Arbejdssted", "arbejdsstedNavn", v.get("sted"), y);
        y = heading("Praktikperiode", y);
        y = row("Første dag", "startDato", day(v.get("start")), y);
        y = row("Sidste dag", "slutDato", day(v.get("slut")), y);
        y = row("Timer pr. uge", "timerPrUge", v.get("timer"), y);
        y = heading("Ydelse og visitation", y);
        y = combo("Ydelse", "ydelse", Integer.parseInt(v.get("ydelse")), y);
        text(plain, 10, 50, y + 4, "Visitation");
        String[][] boxes = {{"visJobparat", "Jobparat"}, {"visAktivitetsparat", "Aktivitetsparat"},
                {"visUddannelsesparat", "Uddannelsesparat"}};
        float x = 200;
        for (String[] box : boxes) {
            check(box[0], x, y, box[0].equals(v.get("visitation")));
            text(plain, 10, x + 18, y + 4, box[1]);
            x += 115;
        }
        y -= 30;
        y = heading("Mentor", y);
        y = row("Mentorens navn", "mentorNavn", v.get("mentor"), y);
        text(plain, 10, 50, y + 4, "Mentor er ansat i");
        radio("mentorAnsat", new String[][] {{"virksomhed", "virksomheden"}, {"jobcenter", "jobcentret"}},
                v.get("ansat"), y);
        y -= 30;
        y = heading("Jobcentrets kontaktperson", y);
        y = row("Sagsbehandler", "sagsbehandlerNavn", v.get("sb"), y);
        y = row("E-mail", "sagsbehandlerEmail", v.get("mail"), y);
        y = row("Telefon", "sagsbehandlerTlf", v.get("tlf"), y);
        y = heading("Formål med praktikken", y);
        TextField purpose = new TextField(writer, new Rectangle(50, y - 36, 545, y + 14), "formaal");
        purpose.setOptions(TextField.MULTILINE);
        purpose.setFontSize(10);
        purpose.setBorderColor(Color.GRAY);
        purpose.setBorderWidth(1);
        purpose.setText(v.get("formaal"));
        writer.addAnnotation(purpose.getTextField());
        y -= 70;
        text(plain, 9, 50, y, "Aftalen er indgået mellem borgeren, virksomheden og Jobcenter Jammerbugt.");
        check("kopiSendt", 50, y - 30, given != null);
        text(plain, 10, 68, y - 26, "Kopi af aftalen er sendt til borgeren");

        Calendar made = new GregorianCalendar(TimeZone.getTimeZone("Europe/Copenhagen"));
        made.clear();
        made.set(2026, Calendar.APRIL, which.equals("1") ? 28 : 30, 9, 12, 0);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(made));
        writer.getInfo().put(PdfName.FILEID, fileId(which));
        document.close();
    }

    static Map<String, String> blank() {
        return Map.ofEntries(Map.entry("cpr", ""), Map.entry("navn", ""), Map.entry("cvr", ""),
                Map.entry("virksomhed", ""), Map.entry("pnr", ""), Map.entry("sted", ""),
                Map.entry("start", ""), Map.entry("slut", ""), Map.entry("timer", ""), Map.entry("ydelse", "0"),
                Map.entry("visitation", ""), Map.entry("mentor", ""), Map.entry("ansat", "Off"),
                Map.entry("sb", ""), Map.entry("mail", ""), Map.entry("tlf", ""), Map.entry("formaal", ""));
    }

    static Map<String, String> first() {
        return Map.ofEntries(Map.entry("cpr", "170394-2217"), Map.entry("navn", "Mikkel Sørensen Bak"),
                Map.entry("cvr", "35870415"), Map.entry("virksomhed", "Aabybro Auto & Dæk ApS"),
                Map.entry("pnr", "1022458816"), Map.entry("sted", "Aabybro Auto & Dæk, Søndergade 41"),
                Map.entry("start", "2026-05-04"), Map.entry("slut", "2026-07-31"), Map.entry("timer", "22,5"),
                Map.entry("ydelse", "0"), Map.entry("visitation", "visAktivitetsparat"),
                Map.entry("mentor", "Kurt Bach"), Map.entry("ansat", "virksomhed"),
                Map.entry("sb", "Mette Kjærsgaard"), Map.entry("mail", "mkj@jammerbugt.example.dk"),
                Map.entry("tlf", "72 57 73 10"),
                Map.entry("formaal", "Afklaring af arbejdsevne i værksted.\nOptrapning fra 15 til 25 timer."));
    }

    static Map<String, String> second() {
        return Map.ofEntries(Map.entry("cpr", "020899-4420"), Map.entry("navn", "Freja Holm Nielsen"),
                Map.entry("cvr", "41279508"), Map.entry("virksomhed", "Fjerritslev Plejecenter I/S"),
                Map.entry("pnr", "1019772305"), Map.entry("sted", "Plejecentret Fjerritslev"),
                Map.entry("start", "2026-05-11"), Map.entry("slut", "2026-06-19"), Map.entry("timer", "30"),
                Map.entry("ydelse", "2"), Map.entry("visitation", ""),
                Map.entry("mentor", "Anja Thomsen"), Map.entry("ansat", "jobcenter"),
                Map.entry("sb", "Mette Kjærsgaard"), Map.entry("mail", "mkj@jammerbugt.example.dk"),
                Map.entry("tlf", "72 57 73 10"), Map.entry("formaal", ""));
    }

    static String day(String iso) {
        return iso.isEmpty() ? "" : DAY.format(LocalDate.parse(iso));
    }

    static void text(BaseFont font, float size, float x, float y, String words) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(words);
        canvas.endText();
    }

    static float heading(String words, float y) {
        text(bold, 11, 50, y, words);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(50, y - 4);
        canvas.lineTo(545, y - 4);
        canvas.stroke();
        return y - 26;
    }

    // A box right of its label, drawn as every box of the form is.
    static TextField box(String label, String name, float right, float y) {
        text(plain, 10, 50, y + 4, label);
        TextField field = new TextField(writer, new Rectangle(200, y, right, y + 18), name);
        field.setFontSize(10);
        field.setBorderColor(Color.GRAY);
        field.setBorderWidth(1);
        return field;
    }

    static float row(String label, String name, String value, float y) throws Exception {
        TextField field = box(label, name, 545, y);
        field.setText(value);
        writer.addAnnotation(field.getTextField());
        return y - 24;
    }

    static float combo(String label, String name, int chosen, float y) throws Exception {
        TextField field = box(label, name, 400, y);
        field.setChoices(BENEFITS);
        field.setChoiceExports(BENEFIT_CODES);
        field.setChoiceSelection(chosen);
        writer.addAnnotation(field.getComboField());
        return y - 26;
    }

    static void check(String name, float x, float y, boolean on) throws Exception {
        RadioCheckField box = new RadioCheckField(writer, new Rectangle(x, y, x + 13, y + 13), name, "Ja");
        box.setCheckType(RadioCheckField.TYPE_CROSS);
        box.setBorderColor(Color.GRAY);
        box.setBorderWidth(1);
        box.setChecked(on);
        writer.addAnnotation(box.getFullField());
    }

    static void radio(String name, String[][] options, String chosen, float y) throws Exception {
        RadioCheckField group = new RadioCheckField(writer, new Rectangle(0, 0), name, chosen);
        group.setChecked(true);
        PdfFormField field = group.getRadioGroup(true, false);
        float x = 200;
        for (String[] option : options) {
            RadioCheckField button = new RadioCheckField(writer, new Rectangle(x, y, x + 13, y + 13), null,
                    option[0]);
            button.setCheckType(RadioCheckField.TYPE_CIRCLE);
            button.setBorderColor(Color.GRAY);
            button.setBorderWidth(1);
            button.setChecked(option[0].equals(chosen));
            field.addKid(button.getKidField());
            text(plain, 10, x + 18, y + 4, option[1]);
            x += 115;
        }
        writer.addAnnotation(field);
    }
}
