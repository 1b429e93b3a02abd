// Hillerød's case system's export service writes the month's progress reports with JDOM2, as a Java
// programmer does by the library's documentation: elements in the service's own namespace with a prefix,
// values through String.valueOf / toString (the moment measured a ZonedDateTime, the scores Integers, the
// consent a boolean), no note set as an element with no content, and `XMLOutputter` with
// `Format.getPrettyFormat()` at its defaults (UTF-8, two spaces a level, "\r\n" after every line, text
// trimmed, an empty element `<x />`). `java -cp jdom2.jar HillerodStatusudtalelser.java OUT [compact]`;
// the probe `compact` writes `Format.getCompactFormat()` instead. Invented for the seventy-third trial.

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

public class HillerodStatusudtalelser {
    static final Namespace ST = Namespace.getNamespace("st", "urn:dk:hillerod:jobcenter:statusudtalelse:1");
    static final ZoneId DK = ZoneId.of("Europe/Copenhagen");

    record Udtalelse(long id, String cpr, String navn, String pnr, String sted, ZonedDateTime maalt,
            List<Integer> scorer, boolean samtykke, String note) {}

    static Element element(String name, Object value) {
        return new Element(name, ST).setText(String.valueOf(value));
    }

    static Element udtalelse(Udtalelse u) {
        Element e = new Element("statusudtalelse", ST);
        e.setAttribute("id", String.valueOf(u.id()));
        e.setAttribute("samtykke", String.valueOf(u.samtykke()));
        Element borger = new Element("borger", ST);
        borger.addContent(element("cpr", u.cpr()));
        borger.addContent(element("navn", u.navn()));
        e.addContent(borger);
        Element sted = new Element("praktiksted", ST);
        sted.addContent(element("pnummer", u.pnr()));
        sted.addContent(element("navn", u.sted()));
        e.addContent(sted);
        e.addContent(element("maalt", u.maalt()));
        Element vurdering = new Element("vurdering", ST);
        String[] navne = {"fremmøde", "punktlighed", "samarbejde", "opgaveløsning", "selvstændighed"};
        for (int i = 0; i < navne.length; i++) {
            vurdering.addContent(element(navne[i], u.scorer().get(i)));
        }
        e.addContent(vurdering);
        Element note = new Element("note", ST);
        if (u.note() != null) {
            note.setText(u.note());
        }
        e.addContent(note);
        return e;
    }

    public static void main(String[] args) throws Exception {
        List<Udtalelse> udtalelser = List.of(
            new Udtalelse(30417, "051093-4471", "Mathilde Ærbo Lindholm", "1023456781",
                "Nordsjællands Hospital, Køkkenet", ZonedDateTime.of(2027, 10, 5, 10, 15, 0, 0, DK),
                List.of(4, 3, 5, 4, 3), true, "Møder stabilt; arbejder sikkert med <varme> gryder & ovne."),
            new Udtalelse(30452, "231187-4432", "Ahmad Al-Khatib Jørgensen", "1009988112",
                "Hillerød Forsyning, genbrugspladsen", ZonedDateTime.of(2027, 11, 1, 0, 20, 0, 0, DK),
                List.of(2, 2, 3, 1, 2), false, null));
        Element root = new Element("statusudtalelser", ST);
        root.setAttribute("kommunekode", "219");
        for (Udtalelse u : udtalelser) {
            root.addContent(udtalelse(u));
        }
        boolean compact = args.length > 1 && args[1].equals("compact");
        Format format = compact ? Format.getCompactFormat() : Format.getPrettyFormat();
        try (OutputStream out = new FileOutputStream(args[0])) {
            new XMLOutputter(format).output(new Document(root), out);
        }
    }
}
