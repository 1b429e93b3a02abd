// Allerød's placement agreement ("Aftale om virksomhedspraktik"), the empty form as its job centre's Java
// case system draws it with iText 2.1.7 (Debian's libitext-java, the com.lowagie API): captions left of
// their boxes, each field named by the case system's property for it (`cprNummer`, `timerPrUge`), the
// benefit a radio group whose buttons' states are the Java enum's names (`KONTANTHJAELP`), the visitation a
// combo box of its words, the mentor's employer and the citizen's consent check boxes on as iText's
// examples have them (`Yes`). A caseworker fills it in a desktop viewer (tools/poppler/). Run by
// tools/make_fixtures_onboarding_fiftyeighth.py: `java -cp /usr/share/java/itext.jar AllerodPraktikaftale.java OUT`.
// iText stamps the document's dates with the clock (pinned here to the form's release, as the case system's
// template is one file made once) and gives it a random /ID, which no option sets.
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfBorderDictionary;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.awt.Color;
import java.io.FileOutputStream;
import java.util.GregorianCalendar;
import java.util.TimeZone;

public class AllerodPraktikaftale {
    static BaseFont font;
    static BaseFont bold;
    static PdfWriter writer;
    static PdfContentByte cb;

    static void text(BaseFont f, float size, float x, float y, String s) {
        cb.beginText();
        cb.setFontAndSize(f, size);
        cb.setTextMatrix(x, y);
        cb.showText(s);
        cb.endText();
    }

    /** A section's heading in bold with a thin rule under it, as Allerød's letters print them. */
    static void section(float y, String s) {
        text(bold, 11, 50, y, s);
        cb.setLineWidth(0.5f);
        cb.moveTo(50, y - 4);
        cb.lineTo(545, y - 4);
        cb.stroke();
    }

    /** A text field with its caption printed left of its box. */
    static void field(String caption, String name, float y, float width, float height, boolean multiline)
            throws Exception {
        text(font, 10, 50, y + height - 12, caption);
        TextField tf = new TextField(writer, new Rectangle(190, y, 190 + width, y + height), name);
        tf.setFont(font);
        tf.setFontSize(10);
        tf.setBorderColor(Color.GRAY);
        tf.setBorderWidth(0.5f);
        tf.setBorderStyle(PdfBorderDictionary.STYLE_SOLID);
        if (multiline) {
            tf.setOptions(TextField.MULTILINE);
        }
        writer.addAnnotation(tf.getTextField());
    }

    /** A lone check box with its words printed right of it. */
    static void box(String name, float x, float y, String words) throws Exception {
        RadioCheckField box = new RadioCheckField(writer, new Rectangle(x, y, x + 11, y + 11), name, "Yes");
        box.setCheckType(RadioCheckField.TYPE_CHECK);
        box.setBorderColor(Color.GRAY);
        box.setBorderWidth(0.5f);
        writer.addAnnotation(box.getCheckField());
        text(font, 10, x + 16, y + 2, words);
    }

    public static void main(String[] args) throws Exception {
        font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        Document doc = new Document(PageSize.A4);
        writer = PdfWriter.getInstance(doc, new FileOutputStream(args[0]));
        doc.addTitle("Aftale om virksomhedspraktik");
        doc.addAuthor("Jobcenter Allerød");
        doc.addCreator("Allerød Jobcenter sagssystem");
        doc.open();
        GregorianCalendar released = new GregorianCalendar(TimeZone.getTimeZone("Europe/Copenhagen"));
        released.clear();
        released.set(2026, 10, 2, 9, 15, 0);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(released));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(released));
        cb = writer.getDirectContent();

        text(bold, 12, 50, 800, "Allerød Kommune");
        text(font, 9, 50, 787, "Jobcenter Allerød · Bjarkesvej 2 · 3450 Allerød");
        text(bold, 16, 50, 752, "Aftale om virksomhedspraktik");
        text(font, 9, 50, 738, "Efter lov om en aktiv beskæftigelsesindsats kapitel 11. Udfyldes af jobcentret.");

        section(706, "Borger");
        field("CPR-nummer", "cprNummer", 676, 120, 18, false);
        field("Navn", "borgerNavn", 652, 355, 18, false);

        section(618, "Virksomhed");
        field("Virksomhedens navn", "virksomhedNavn", 588, 355, 18, false);
        field("CVR-nummer", "cvrNummer", 564, 120, 18, false);
        field("Praktiksted", "praktikstedNavn", 540, 355, 18, false);
        field("P-nummer", "pNummer", 516, 120, 18, false);

        section(482, "Praktikken");
        field("Startdato", "startDato", 452, 120, 18, false);
        field("Slutdato", "slutDato", 428, 120, 18, false);
        field("Timer pr. uge", "timerPrUge", 404, 60, 18, false);

        text(font, 10, 50, 378, "Ydelse under praktikken");
        String[][] benefits = {
            {"Kontanthjælp", "KONTANTHJAELP"}, {"Uddannelseshjælp", "UDDANNELSESHJAELP"},
            {"Ledighedsydelse", "LEDIGHEDSYDELSE"}, {"Sygedagpenge", "SYGEDAGPENGE"},
        };
        PdfFormField group = PdfFormField.createRadioButton(writer, true);
        group.setFieldName("ydelse");
        for (int i = 0; i < benefits.length; i++) {
            // two columns of two, the words right of each button
            float x = i < 2 ? 190 : 370;
            float y = 376 - (i % 2) * 18;
            RadioCheckField r = new RadioCheckField(writer, new Rectangle(x, y, x + 11, y + 11), null, benefits[i][1]);
            r.setCheckType(RadioCheckField.TYPE_CIRCLE);
            r.setBorderColor(Color.GRAY);
            r.setBorderWidth(0.5f);
            group.addKid(r.getRadioField());
            text(font, 10, x + 16, y + 2, benefits[i][0]);
        }
        writer.addAnnotation(group);

        text(font, 10, 50, 328, "Visitation");
        TextField visitation = new TextField(writer, new Rectangle(190, 322, 370, 340), "visitation");
        visitation.setFont(font);
        visitation.setFontSize(10);
        visitation.setBorderColor(Color.GRAY);
        visitation.setBorderWidth(0.5f);
        visitation.setChoices(new String[] {"Jobparat", "Aktivitetsparat", "Uddannelsesparat", "Åbenlyst uddannelsesparat"});
        writer.addAnnotation(visitation.getComboField());

        section(292, "Mentor");
        field("Mentorens navn", "mentorNavn", 262, 355, 18, false);
        box("mentorAnsatIVirksomheden", 190, 242, "Mentor er ansat i virksomheden");

        section(212, "Jobcentret");
        field("Sagsbehandler", "sagsbehandlerNavn", 182, 355, 18, false);
        field("E-mail", "sagsbehandlerEmail", 158, 355, 18, false);
        field("Telefon", "sagsbehandlerTelefon", 134, 120, 18, false);
        field("Formål med praktikken", "formaal", 70, 355, 52, true);
        box("borgerOrienteret", 190, 48, "Borgeren er orienteret om reglerne for praktikken");
        doc.close();
    }
}
