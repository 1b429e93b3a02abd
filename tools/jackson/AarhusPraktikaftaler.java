// Aarhus' job centre's Spring-era case system sends the month's new placement agreements to the hub as
// XML written by Jackson's XmlMapper (Debian's libjackson2-dataformat-xml-java 2.14, with Woodstox), from
// the case system's own POJOs and the mapper's defaults: no XML declaration, everything on one line,
// the root named after its class (`AftaleUdtraek`), a List without @JacksonXmlElementWrapper wrapped twice
// (`<aftaler><aftaler>...</aftaler></aftaler>`), fields in declaration order, a null written as an empty
// element, a Boolean `true`/`false`, a BigDecimal as its toString() (`18.50`), and a java.util.Date as
// its timestamp, milliseconds since 1970 (WRITE_DATES_AS_TIMESTAMPS is on by default). The days are
// made at Aarhus' midnight, as the server's zone is Denmark's. The case system's java.time.LocalDate
// fields are not sent: without the JSR-310 module (which Debian does not package) Jackson 2.14 refuses
// them ("Java 8 date/time type `java.time.LocalDate` not supported by default"), so the integration
// kept the old Date getters. The purpose is on a class of its own marked @JsonInclude(NON_NULL), so a
// missing purpose is left out, while a missing visitation is `<visitation/>`. Run by
// tools/make_fixtures_onboarding_sixtyseventh.py:
//     java -cp jackson-*.jar:stax2-api.jar:woodstox THIS.java OUT.xml [variant]
// The variant is a second programmer's: INDENT_OUTPUT on and WRITE_XML_DECLARATION on.

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

public class AarhusPraktikaftaler {
    static Date day(int year, int month, int dayOfMonth) {
        // the case system's old getters: a LocalDate turned into a Date at the server's midnight
        return Date.from(LocalDate.of(year, month, dayOfMonth).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
    }

    public static class Borger {
        public String cpr;
        public String navn;
        Borger(String cpr, String navn) { this.cpr = cpr; this.navn = navn; }
    }

    public static class Virksomhed {
        @JacksonXmlProperty(isAttribute = true) public String cvr;
        public String navn;
        @JacksonXmlProperty(localName = "pNummer") public String pnr;
        public String arbejdssted;
        Virksomhed(String cvr, String navn, String pnr, String arbejdssted) {
            this.cvr = cvr; this.navn = navn; this.pnr = pnr; this.arbejdssted = arbejdssted;
        }
    }

    public static class Sagsbehandler {
        public String navn;
        public String email;
        public String telefon;
        Sagsbehandler(String navn, String email, String telefon) {
            this.navn = navn; this.email = email; this.telefon = telefon;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Aftale {
        @JacksonXmlProperty(isAttribute = true) public String sagsnr;
        public Borger borger;
        public Virksomhed virksomhed;
        public Date startdato;
        public Date slutdato;
        public BigDecimal timerPrUge;
        public String ydelse;
        @JsonInclude(JsonInclude.Include.ALWAYS) public String visitation;
        public String mentor;
        public Boolean mentorAnsatIVirksomheden;
        public Sagsbehandler sagsbehandler;
        public String formaal;
    }

    public static class AftaleUdtraek {
        @JacksonXmlProperty(isAttribute = true) public String kommunekode = "751";
        public List<Aftale> aftaler;
    }

    public static void main(String[] args) throws Exception {
        Sagsbehandler caseworker = new Sagsbehandler("Anne-Mette Ølgaard", "anol@aarhus.example.dk", "+45 89 40 22 22");
        Aftale first = new Aftale();
        first.sagsnr = "AAR-2027-0412";
        first.borger = new Borger("1508914423", "Mikkel Bach Sørensen");
        first.virksomhed = new Virksomhed("29189919", "Salling Group A/S", "1003388442", "Føtex Frederiks Allé");
        first.startdato = day(2027, 5, 3);
        first.slutdato = day(2027, 8, 27);
        first.timerPrUge = new BigDecimal("18.50");
        first.ydelse = "Kontanthjælp";
        first.visitation = "Aktivitetsparat";
        first.mentor = "Louise Kragh";
        first.mentorAnsatIVirksomheden = Boolean.TRUE;
        first.sagsbehandler = caseworker;
        first.formaal = "Afprøvning af arbejdsevne i varemodtagelsen <max 10 kg> & kasse";
        Aftale second = new Aftale();
        second.sagsnr = "AAR-2027-0419";
        second.borger = new Borger("0902784456", "Ülkü Yılmaz Åberg");
        second.virksomhed = new Virksomhed("10150817", "Aarhus Kommune, Teknik og Miljø", "1012233445", "Genbrugsstationen Hasselager");
        second.startdato = day(2027, 5, 17);
        second.slutdato = day(2027, 6, 25);
        second.timerPrUge = new BigDecimal("12");
        second.ydelse = "Sygedagpenge";
        second.visitation = null;
        second.mentor = "Bo Thygesen";
        second.mentorAnsatIVirksomheden = Boolean.FALSE;
        second.sagsbehandler = caseworker;
        second.formaal = null;
        AftaleUdtraek all = new AftaleUdtraek();
        all.aftaler = List.of(first, second);

        XmlMapper mapper = new XmlMapper();
        if (args.length > 1 && args[1].equals("variant")) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
            mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
        }
        mapper.writeValue(new File(args[0]), all);
    }
}
