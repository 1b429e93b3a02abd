// Jammerbugt's placement agreement as a Java case system makes and fills it with OpenPDF 2.0.5
// (com.github.librepdf:openpdf): text fields by TextField, the benefit a combo box whose lines are
// [export code, words], the visitation three checkboxes and the mentor's employer a radio group by
// RadioCheckField, the labels drawn left of the boxes. Run by tools/make_fixtures_onboarding_twentyseventh.py:
//   java -cp openpdf-2.0.5.jar JammerbugtPraktikaftale.java OUT.pdf 1|2
// The document's dates and id are fixed, so each run writes the same bytes.
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.awt.Color;
import java.io.FileOutputStream;
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
        Map<String, String> v = args[1].equals("1") ? first() : second();
        Document document = new Document(PageSize.A4);
        writer = PdfWriter.getInstance(document, new FileOutputStream(args[0]));
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
        y = row("Første dag", "startDato", DAY.format(LocalDate.parse(v.get("start"))), y);
        y = row("Sidste dag", "slutDato", DAY.format(LocalDate.parse(v.get("slut"))), y);
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
        check("kopiSendt", 50, y - 30, true);
        text(plain, 10, 68, y - 26, "Kopi af aftalen er sendt til borgeren");

        Calendar made = new GregorianCalendar(TimeZone.getTimeZone("Europe/Copenhagen"));
        made.clear();
        made.set(2026, Calendar.APRIL, args[1].equals("1") ? 28 : 30, 9, 12, 0);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(made));
        PdfArray id = new PdfArray();
        id.add(new PdfString("jammerbugt-praktikaftale-" + args[1]).setHexWriting(true));
        id.add(new PdfString("jammerbugt-praktikaftale-" + args[1]).setHexWriting(true));
        writer.getInfo().put(PdfName.FILEID, id);
        document.close();
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

    static float row(String label, String name, String value, float y) throws Exception {
        text(plain, 10, 50, y + 4, label);
        TextField field = new TextField(writer, new Rectangle(200, y, 545, y + 18), name);
        field.setFontSize(10);
        field.setBorderColor(Color.GRAY);
        field.setBorderWidth(1);
        field.setText(value);
        writer.addAnnotation(field.getTextField());
        return y - 24;
    }

    static float combo(String label, String name, int chosen, float y) throws Exception {
        text(plain, 10, 50, y + 4, label);
        TextField field = new TextField(writer, new Rectangle(200, y, 400, y + 18), name);
        field.setFontSize(10);
        field.setBorderColor(Color.GRAY);
        field.setBorderWidth(1);
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
