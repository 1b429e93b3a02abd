// Rebild's mentor scheme's monthly report, as its Java system writes it with the JDK's own DOM and
// javax.xml.transform (no library): `java RebildMentortimer.java out.xml`. Durations are java.time's
// Duration.toString() ("PT1H30M"), as the system stores them; the site's name a CDATA section.
import java.io.File;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class RebildMentortimer {
    static final String NS = "urn:dk:rebild:jobcenter:mentor:3";

    static Element add(Document doc, Element parent, String name, String text) {
        Element e = doc.createElementNS(NS, name);
        if (text != null) e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    static void course(Document doc, Element root, String id, String cpr, String name, String pnr,
                       String site, String mentor, String[][] talks, String approver, String approved) {
        Element f = add(doc, root, "Forloeb", null);
        f.setAttribute("id", id);
        Element b = add(doc, f, "Borger", null);
        add(doc, b, "CPR", cpr);
        add(doc, b, "Navn", name);
        Element s = add(doc, f, "Arbejdssted", null);
        s.setAttribute("pnr", pnr);
        s.appendChild(doc.createCDATASection(site));
        add(doc, f, "Mentor", mentor);
        Element ts = add(doc, f, "Samtaler", null);
        Duration total = Duration.ZERO;
        for (String[] t : talks) {
            Element e = add(doc, ts, "Samtale", null);
            e.setAttribute("dato", t[0]);
            Duration d = Duration.ofMinutes(Long.parseLong(t[1]));
            total = total.plus(d);
            add(doc, e, "Varighed", d.toString());
            Element note = add(doc, e, "Note", null);
            note.appendChild(doc.createCDATASection(t[2]));
        }
        add(doc, f, "Samlet", total.toString());
        Element g = add(doc, f, "Godkendelse", null);
        if (approver != null) {
            add(doc, g, "GodkendtAf", approver);
            add(doc, g, "Dato", approved);
        }
    }

    public static void main(String[] args) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().newDocument();
        Element root = doc.createElementNS(NS, "Mentorindberetning");
        root.setAttribute("periode", "2026-09");
        doc.appendChild(root);
        add(doc, root, "Afsender", "Mentorordningen, Jobcenter Rebild");
        course(doc, root, "MF-2026-0412", "0309915528", "Sofie Nørgaard Lund", "1019384456",
               "Støvring Tømrer & Snedker ApS", "Jørgen Ravn",
               new String[][] {
                   {"2026-09-01", "90", "Opstart, rundvisning <værksted>"},
                   {"2026-09-03", "45", "Opfølgning"},
                   {"2026-09-09", "120", "Sikkerhedsinstruktion"},
                   {"2026-09-16", "60", "Samtale med leder & borger"},
                   {"2026-09-17", "30", "Telefon"},
               },
               "Jørgen Ravn", "2026-09-25");
        course(doc, root, "MF-2026-0419", "1712840631", "Ali Hassan Omar", "1021665590",
               "Skørping Brugs", "Lone Ebbesen",
               new String[][] {
                   {"2026-09-08", "60", "Opstart"},
                   {"2026-09-22", "75", "Midtvejssamtale"},
               },
               null, null);
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "ISO-8859-1");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        t.transform(new DOMSource(doc), new StreamResult(new File(args[0])));
    }
}
