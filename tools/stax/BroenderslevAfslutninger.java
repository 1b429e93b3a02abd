// Brønderslev's case system (a Java service) exports the placements ended with StAX's XMLStreamWriter
// (javax.xml.stream, in the JDK): ISO-8859-1 as its declaration says, no indentation (the whole export
// one line), a prefixed namespace, the values as attributes and text, the day as the service formats it
// for Danish readers ("13. november 2026"), the outcome's code beside its words, a note escaped as StAX
// escapes it and one with no note an empty element. Invented for the thirty-ninth onboarding trial
// (decision 0060, "Stop 64: trial-86"); run by tools/make_fixtures_onboarding_thirtyninth.py as
// `java BroenderslevAfslutninger.java OUT`.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

public class BroenderslevAfslutninger {
    static final String NS = "urn:broenderslev:jobcenter:afslutning:2";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    // sagsnr, cpr, name, P-number, site, last day, outcome code, outcome words, note (null: none)
    static final String[][] ENDINGS = {
        {"BRS-2026-0871", "120394-2817", "Mikkel Sønderby Kristensen", "1019283746", "Dronninglund Auto & Dæk",
         "2026-11-13", "ORD", "Ordinært job", "Fastansat 25 timer/uge fra 16.11 – løn efter overenskomst."},
        {"BRS-2026-0903", "290885-1642", "Line Aagaard Thomsen", "1022334455", "Hjallerup Plejecenter",
         "2026-12-04", "UDD", "Uddannelse", null},
        {"BRS-2026-0915", "070771-3095", "Preben Ørsted Nielsen", "1019283746", "Dronninglund Auto & Dæk",
         "2026-11-27", "FLX", "Fleksjob", "Arbejdsevne <50 % jf. \"rehabiliteringsteamets\" indstilling."},
    };

    public static void main(String[] args) throws Exception {
        try (OutputStream out = new FileOutputStream(args[0])) {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "ISO-8859-1");
            w.writeStartDocument("ISO-8859-1", "1.0");
            w.setPrefix("bs", NS);
            w.writeStartElement("bs", "Afslutninger", NS);
            w.writeNamespace("bs", NS);
            w.writeAttribute("dannet", "2026-12-07T07:15:00Z");
            w.writeAttribute("kommune", "0810");
            for (String[] e : ENDINGS) {
                w.writeStartElement(NS, "Afslutning");
                w.writeAttribute("sagsnr", e[0]);
                w.writeStartElement(NS, "Borger");
                w.writeAttribute("cpr", e[1]);
                w.writeCharacters(e[2]);
                w.writeEndElement();
                w.writeStartElement(NS, "Praktiksted");
                w.writeAttribute("pnr", e[3]);
                w.writeCharacters(e[4]);
                w.writeEndElement();
                w.writeStartElement(NS, "SidsteDag");
                w.writeCharacters(LocalDate.parse(e[5]).format(DAY));
                w.writeEndElement();
                w.writeStartElement(NS, "Aarsag");
                w.writeAttribute("kode", e[6]);
                w.writeCharacters(e[7]);
                w.writeEndElement();
                if (e[8] == null) {
                    w.writeEmptyElement(NS, "Bemaerkning");
                } else {
                    w.writeStartElement(NS, "Bemaerkning");
                    w.writeCharacters(e[8]);
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        }
    }
}
