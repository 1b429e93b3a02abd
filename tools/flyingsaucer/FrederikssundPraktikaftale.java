// Frederikssund's placement agreement ("Aftale om virksomhedspraktik"), as its job centre's Java placement
// module prints it: an XHTML template (frederikssund_praktikaftale.xhtml) filled with a case's values and
// rendered by Flying Saucer (xhtmlrenderer R8, Debian's libcore-renderer-java, on iText 2.1.7). Debian's R8
// draws <input> and <select> as flat text and makes no field: its ITextReplacedElementFactory knows only
// <img> and bookmarks. R8 ships the field classes all the same (TextFormField, CheckboxFormField,
// SelectFormField), so the module registers a factory that hands each <input> and <select> to them, as
// later Flying Saucer releases do themselves: the AcroForm fields below are Flying Saucer's own. Its
// radio buttons and <textarea> make no field in R8, so the form has neither.
// Run by tools/make_fixtures_onboarding_fiftyfourth.py, compiled with javac against the two jars:
// `java -cp .:core-renderer.jar:itext.jar FrederikssundPraktikaftale TEMPLATE OUT`.
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.CheckboxFormField;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.pdf.PDFCreationListener;
import org.xhtmlrenderer.pdf.SelectFormField;
import org.xhtmlrenderer.pdf.TextFormField;
import org.xhtmlrenderer.render.BlockBox;

public class FrederikssundPraktikaftale {
    /** Flying Saucer's own form fields for <input> and <select>; anything else as R8 draws it. */
    static class FormFields extends ITextReplacedElementFactory {
        FormFields(ITextOutputDevice device) {
            super(device);
        }

        @Override
        public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                int width, int height) {
            Element e = box.getElement();
            if (e != null && e.getNodeName().equals("input")) {
                if (e.getAttribute("type").equals("checkbox")) {
                    return new CheckboxFormField(c, box, width, height);
                }
                return new TextFormField(c, box, width, height);
            }
            if (e != null && e.getNodeName().equals("select")) {
                return new SelectFormField(c, box, width, height);
            }
            return super.createReplacedElement(c, box, uac, width, height);
        }
    }

    /** The module stamps the moment the case was printed, not the moment it runs (one case, one file). */
    static class Printed implements PDFCreationListener {
        public void preOpen(ITextRenderer renderer) {
            Calendar printed = new GregorianCalendar(TimeZone.getTimeZone("Europe/Copenhagen"));
            printed.clear();
            printed.set(2027, Calendar.MARCH, 8, 10, 14, 0);
            renderer.getWriter().getInfo().put(PdfName.CREATIONDATE, new PdfDate(printed));
            renderer.getWriter().getInfo().put(PdfName.MODDATE, new PdfDate(printed));
            renderer.getWriter().getInfo().put(PdfName.CREATOR, new com.lowagie.text.pdf.PdfString(
                    "Jobcenter Frederikssund, praktikmodul"));
        }

        public void onClose(ITextRenderer renderer) {
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String options(String[] words, String chosen) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(word.equals(chosen) ? "<option selected=\"selected\">" : "<option>");
            out.append(escape(word)).append("</option>");
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> sag = new LinkedHashMap<>();
        sag.put("sag", "FS-2027-0318");
        sag.put("cpr", "240392-2716");
        sag.put("navn", "Nikolaj Østergaard Brink");
        sag.put("cvr", "38524178");
        sag.put("virksomhed", "Slangerup Tømrer & Snedker ApS");
        sag.put("pnr", "1023847561");
        sag.put("sted", "Værkstedet, Kongensgade 41, 3550 Slangerup");
        sag.put("start", "2027-03-15");
        sag.put("slut", "2027-06-06");
        sag.put("timer", "22.5");
        sag.put("formaal", "Afklare om han kan tåle fysisk arbejde \"uden smerter\"");
        sag.put("mentor", "Jesper Holm-Larsen");
        sag.put("sb", "Maja Vang Toft");
        sag.put("mail", "mvtof@frederikssund.example.dk");
        sag.put("tlf", "47 35 10 00");
        String page = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> entry : sag.entrySet()) {
            page = page.replace("{{" + entry.getKey() + "}}", escape(entry.getValue()));
        }
        page = page.replace("{{ydelser}}", options(new String[] {"Kontanthjælp", "Uddannelseshjælp",
                "Sygedagpenge", "Ressourceforløbsydelse", "Ledighedsydelse"}, "Kontanthjælp"));
        page = page.replace("{{visitationer}}", options(new String[] {"Ikke relevant", "Jobparat",
                "Aktivitetsparat"}, "Aktivitetsparat"));
        page = page.replace("{{ansat}}", " checked=\"checked\"");

        ITextRenderer renderer = new ITextRenderer();
        renderer.getSharedContext().setReplacedElementFactory(new FormFields(renderer.getOutputDevice()));
        renderer.setListener(new Printed());
        renderer.setDocumentFromString(page);
        renderer.layout();
        try (FileOutputStream out = new FileOutputStream(args[1])) {
            renderer.createPDF(out);
        }
    }
}
