// Nyborg's end of a placement ("Ophør af virksomhedspraktik"), as a Java case system makes and fills it
// with iText 5 (Debian's libitext5-java, 5.5.13.3): the empty form drawn with iText's TextField and
// RadioCheckField, saved, then read again and filled with PdfStamper and AcroFields.setField, as the
// case system fills it for a caseworker (iText draws each value's appearance). Run by
// tools/make_fixtures_onboarding_twentyfirst.py: `java -cp /usr/share/java/itext5.jar NyborgOphoer.java OUT`.
import com.itextpdf.text.BaseColor;
import com.itextpdf.text.Document;
import com.itextpdf.text.PageSize;
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.AcroFields;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.PdfContentByte;
import com.itextpdf.text.pdf.PdfFormField;
import com.itextpdf.text.pdf.PdfReader;
import com.itextpdf.text.pdf.PdfStamper;
import com.itextpdf.text.pdf.PdfWriter;
import com.itextpdf.text.pdf.RadioCheckField;
import com.itextpdf.text.pdf.TextField;
import java.io.File;
import java.io.FileOutputStream;

public class NyborgOphoer {
    static BaseFont font;
    static BaseFont bold;

    static void text(PdfContentByte cb, BaseFont f, float size, float x, float y, String s) {
        cb.beginText();
        cb.setFontAndSize(f, size);
        cb.setTextMatrix(x, y);
        cb.showText(s);
        cb.endText();
    }

    /** A section's heading: white words on a dark blue bar across the page, as Nyborg's forms print it. */
    static void section(PdfContentByte cb, float y, String s) {
        cb.setRGBColorFill(0, 61, 112);
        cb.rectangle(50, y, 495, 18);
        cb.fill();
        cb.setRGBColorFill(255, 255, 255);
        text(cb, bold, 10, 56, y + 5, s);
        cb.setRGBColorFill(0, 0, 0);
    }

    /** A field with its caption printed small above its box (Nyborg's layout: captions over boxes). */
    static void field(PdfWriter w, PdfContentByte cb, String caption, String name, float x, float y, float width,
            float height, boolean multiline) throws Exception {
        text(cb, font, 8, x, y + height + 3, caption);
        TextField tf = new TextField(w, new Rectangle(x, y, x + width, y + height), name);
        tf.setFont(font);
        tf.setFontSize(10);
        tf.setBorderColor(BaseColor.GRAY);
        tf.setBorderWidth(0.5f);
        if (multiline) {
            tf.setOptions(TextField.MULTILINE);
        }
        w.addAnnotation(tf.getTextField());
    }

    static void blank(String path) throws Exception {
        Document doc = new Document(PageSize.A4);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(path));
        doc.addTitle("Ophør af virksomhedspraktik");
        doc.addAuthor("Jobcenter Nyborg");
        doc.open();
        PdfContentByte cb = w.getDirectContent();
        text(cb, bold, 11, 50, 800, "Nyborg Kommune");
        text(cb, font, 9, 50, 787, "Jobcenter Nyborg · Torvet 1 · 5800 Nyborg");
        text(cb, bold, 15, 50, 752, "Ophør af virksomhedspraktik");
        text(cb, font, 9, 50, 738, "Sendes til jobcentret senest 5 hverdage efter sidste praktikdag (LBR § 129).");

        section(cb, 706, "1. Borgeren");
        field(w, cb, "CPR-nummer", "borger_cpr", 50, 670, 130, 18, false);
        field(w, cb, "Fulde navn", "borger_navn", 195, 670, 350, 18, false);

        section(cb, 630, "2. Praktikvirksomheden");
        field(w, cb, "Virksomhedens navn", "virksomhed_navn", 50, 594, 330, 18, false);
        field(w, cb, "P-nummer", "virksomhed_pnr", 395, 594, 150, 18, false);

        section(cb, 554, "3. Ophøret");
        field(w, cb, "Planlagt slutdato", "ophoer_planlagt", 50, 518, 120, 18, false);
        field(w, cb, "Faktisk sidste praktikdag", "ophoer_sidste_dag", 185, 518, 120, 18, false);
        text(cb, font, 8, 50, 492, "Borgeren overgår til (sæt ét kryds)");
        String[][] outcomes = {
            {"Ordinær ansættelse", "1"}, {"Uddannelse", "2"}, {"Fleksjob", "3"}, {"Rehabiliteringsteam", "4"},
            {"Andet kommunalt tilbud", "5"}, {"Praktik i anden virksomhed", "6"}, {"Langvarig sygdom", "7"},
            {"Andet ophør", "8"},
        };
        PdfFormField group = PdfFormField.createRadioButton(w, true);
        group.setFieldName("ophoer_overgang");
        for (int i = 0; i < outcomes.length; i++) {
            // two columns of four, the words right of each button
            float x = i < 4 ? 50 : 300;
            float y = 470 - (i % 4) * 18;
            RadioCheckField r = new RadioCheckField(w, new Rectangle(x, y, x + 11, y + 11), null, outcomes[i][1]);
            r.setCheckType(RadioCheckField.TYPE_CROSS);
            r.setBorderColor(BaseColor.GRAY);
            r.setBorderWidth(0.5f);
            group.addKid(r.getRadioField());
            text(cb, font, 10, x + 16, y + 2, outcomes[i][0]);
        }
        w.addAnnotation(group);
        RadioCheckField copy = new RadioCheckField(w, new Rectangle(50, 382, 61, 393), "kopi_borger", "Ja");
        copy.setCheckType(RadioCheckField.TYPE_CROSS);
        copy.setBorderColor(BaseColor.GRAY);
        copy.setBorderWidth(0.5f);
        w.addAnnotation(copy.getCheckField());
        text(cb, font, 10, 66, 384, "Borgeren har modtaget kopi af denne blanket");
        field(w, cb, "Begrundelse og bemærkninger", "bemaerkning", 50, 300, 495, 60, true);

        section(cb, 262, "4. Jobcentret");
        field(w, cb, "Sagsbehandler", "sagsbehandler", 50, 226, 250, 18, false);
        field(w, cb, "Dato", "dato", 315, 226, 110, 18, false);
        doc.close();
    }

    public static void main(String[] args) throws Exception {
        font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        String out = args[0];
        String empty = out + File.separator + "ophoer_blank.pdf";
        blank(empty);
        PdfStamper st = new PdfStamper(new PdfReader(empty), new FileOutputStream(out + File.separator + "ophoer.pdf"));
        AcroFields f = st.getAcroFields();
        f.setField("borger_cpr", "230694-1873");
        f.setField("borger_navn", "Rasmus Bøgh Kjeldsen");
        f.setField("virksomhed_navn", "Nyborg Strand Hotel & Konference A/S");
        f.setField("virksomhed_pnr", "1016 4823 95");
        f.setField("ophoer_planlagt", "30.06.2026");
        f.setField("ophoer_sidste_dag", "12.06.2026");
        f.setField("ophoer_overgang", "2");
        f.setField("kopi_borger", "Ja");
        f.setField("bemaerkning", "Borgeren er optaget på SOSU-assistentuddannelsen\nmed start 15. juni 2026; praktikken slutter derfor før tid.");
        f.setField("sagsbehandler", "Mette Lykke Friis");
        f.setField("dato", "15.06.2026");
        st.close();
    }
}
