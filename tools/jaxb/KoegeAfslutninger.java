// Køge's job centre's case system: the placements that ended in a month, as XML written by JAXB's
// Marshaller (JAXB_FORMATTED_OUTPUT on, nothing else set): the root in the schema's namespace under
// the prefix JAXB makes up (ns2:), the elements below it in no namespace (the classes' default), a null
// note `xsi:nil="true"` (nillable), a day an XMLGregorianCalendar with its zone (2027-04-30+02:00), the
// outcome an enum's name, a flag Boolean's text. Run by tools/make_fixtures_onboarding_sixtieth.py with
// Debian's jaxb-api, jaxb-runtime and their jars on the class path: java -cp ... KoegeAfslutninger.java OUT
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Marshaller;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

public class KoegeAfslutninger {
    public enum Udfald { ORDINAERT_JOB, UDDANNELSE, FLEKSJOB, ANDET_KOMMUNALT_TILBUD, STOPPET_ANDET }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"cpr", "navn"})
    public static class Borger {
        public String cpr;
        public String navn;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"pNummer", "navn"})
    public static class Praktiksted {
        public String pNummer;
        public String navn;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"borger", "praktiksted", "startdato", "slutdato", "udfald", "mentorTilknyttet",
        "bemaerkning"})
    public static class Afslutning {
        @XmlAttribute public String sagsnr;
        public Borger borger;
        public Praktiksted praktiksted;
        @XmlSchemaType(name = "date") public XMLGregorianCalendar startdato;
        @XmlSchemaType(name = "date") public XMLGregorianCalendar slutdato;
        public Udfald udfald;
        public boolean mentorTilknyttet;
        @XmlElement(nillable = true) public String bemaerkning;
    }

    @XmlRootElement(name = "praktikafslutninger", namespace = "urn:dk:koege:jobcenter:praktik:v1")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Praktikafslutninger {
        @XmlSchemaType(name = "date") @XmlAttribute public XMLGregorianCalendar periodeFra;
        @XmlSchemaType(name = "date") @XmlAttribute public XMLGregorianCalendar periodeTil;
        @XmlElement(name = "afslutning") public List<Afslutning> afslutninger = new ArrayList<>();
    }

    static XMLGregorianCalendar day(int year, int month, int day) throws Exception {
        // a Danish day as the case system keeps it: its date and the zone's offset that day
        int offset = month > 3 && month < 11 ? 120 : 60;
        return DatatypeFactory.newInstance().newXMLGregorianCalendarDate(year, month, day, offset);
    }

    static Afslutning ending(String caseNo, String cpr, String name, String pNumber, String site,
                             XMLGregorianCalendar start, XMLGregorianCalendar end, Udfald outcome,
                             boolean mentor, String note) {
        Afslutning ending = new Afslutning();
        ending.sagsnr = caseNo;
        ending.borger = new Borger();
        ending.borger.cpr = cpr;
        ending.borger.navn = name;
        ending.praktiksted = new Praktiksted();
        ending.praktiksted.pNummer = pNumber;
        ending.praktiksted.navn = site;
        ending.startdato = start;
        ending.slutdato = end;
        ending.udfald = outcome;
        ending.mentorTilknyttet = mentor;
        ending.bemaerkning = note;
        return ending;
    }

    public static void main(String[] args) throws Exception {
        Praktikafslutninger month = new Praktikafslutninger();
        month.periodeFra = day(2027, 4, 1);
        month.periodeTil = day(2027, 4, 30);
        month.afslutninger.add(ending("KO-2027-0351", "1402893317", "Jonas Winther Pedersen", "1018223344",
            "Køge Marina, Havnen 3", day(2027, 1, 11), day(2027, 4, 9), Udfald.ORDINAERT_JOB, true,
            "Ansat 30 timer/uge fra 12.04 – løntilskud < 6 mdr. & fastansættelse"));
        month.afslutninger.add(ending("KO-2027-0366", "3007954426", "Sara Kjærsgaard", "1026554433",
            "Ølby Plejecenter", day(2027, 2, 1), day(2027, 4, 16), Udfald.UDDANNELSE, false, null));
        month.afslutninger.add(ending("KO-2027-0372", "0911780159", "Henrik Ølgaard", "1031447788",
            "Bauhaus Køge, Tangmosevej", day(2027, 3, 1), day(2027, 4, 30), Udfald.STOPPET_ANDET, true,
            "Stoppet efter eget ønske"));
        Marshaller marshaller = JAXBContext.newInstance(Praktikafslutninger.class).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
        marshaller.marshal(month, new File(args[0]));
    }
}
