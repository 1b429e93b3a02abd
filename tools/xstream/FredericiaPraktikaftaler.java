// Fredericia's job centre's case system sends the month's new placement agreements to the hub as XML
// written by XStream (Debian's libxstream-java 1.4.20, with its XPP3 driver) from the case system's own
// POJOs and XStream's defaults: no XML declaration, two spaces a level, a class's fully qualified name as
// its element unless aliased (the list of agreements is a LinkedList, so the root is `<linked-list>`, and
// each agreement `<dk.fredericia.jobcenter.praktik.Praktikaftale>`), fields in declaration order, a
// null field left out, an enum as its constant's name (`KONTANTHJAELP`), a BigDecimal as its toString()
// (`18.5`), a boolean `true`/`false`, a java.time.LocalDate as ISO (`2027-08-27`), the legacy
// java.util.Date start as XStream's DateConverter writes it, in UTC (`2027-05-02 22:00:00.0 UTC`, the
// server's midnight in Denmark), and an object met twice (the caseworker both agreements share) written
// in full once and then as a back reference, `reference="../../..."`, XStream's default XPATH_RELATIVE
// mode. The programmer added the aliases a case system's integration has: the case number an attribute,
// the CVR field renamed. Run by tools/make_fixtures_onboarding_sixtyeighth.py:
//     java -cp xstream.jar:xpp3_min.jar THIS.java OUT.xml [variant]
// The variant is a second programmer's: the classes aliased and IDs instead of paths (ID_REFERENCES).
package dk.fredericia.jobcenter.praktik;

import com.thoughtworks.xstream.XStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedList;
import java.util.List;

// the launcher runs the first class in the file: the case system's POJOs follow it
public class FredericiaPraktikaftaler {
    static Date midnight(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
    }

    public static void main(String[] args) throws Exception {
        Sagsbehandler caseworker = new Sagsbehandler("Søren Å. Kjærgaard", "soren.kjaergaard@fredericia.example.dk", "72 10 60 00");
        Praktikaftale first = new Praktikaftale();
        first.sagsnummer = "FRE-2027-00731";
        first.borger = new Borger("2104925519", "Freja Østergård Nielsen");
        first.virksomhed = new Virksomhed("31428319", "Fredericia Shipping ApS", "1020304050", "Lager, Vesthavnen");
        first.startdato = midnight(2027, 5, 3);
        first.slutdato = LocalDate.of(2027, 8, 27);
        first.timerPrUge = new BigDecimal("18.5");
        first.ydelse = Ydelse.KONTANTHJAELP;
        first.visitation = Visitation.AKTIVITETSPARAT;
        first.mentor = new Mentor("Ida Mølgaard", true);
        first.sagsbehandler = caseworker;
        first.formaal = "Afprøvning af arbejdsevne på 'Pakhuset' & lager <max 15 kg>";
        Praktikaftale second = new Praktikaftale();
        second.sagsnummer = "FRE-2027-00744";
        second.borger = new Borger("0611856630", "Güler Ærø Jørgensen");
        second.virksomhed = new Virksomhed("29189927", "Madsby Legepark I/S", "1098765432", "Madsbyparken, Fredericia");
        second.startdato = midnight(2027, 5, 18);
        second.slutdato = LocalDate.of(2027, 6, 30);
        second.timerPrUge = new BigDecimal("12");
        second.ydelse = Ydelse.SYGEDAGPENGE;
        second.mentor = new Mentor("Kasper Vad", false);
        second.sagsbehandler = caseworker;
        List<Praktikaftale> all = new LinkedList<>();
        all.add(first);
        all.add(second);

        XStream xstream = new XStream();
        xstream.useAttributeFor(Praktikaftale.class, "sagsnummer");
        xstream.aliasField("cvrNummer", Virksomhed.class, "cvr");
        if (args.length > 1 && args[1].equals("variant")) {
            xstream.alias("praktikaftaler", LinkedList.class);
            xstream.alias("praktikaftale", Praktikaftale.class);
            xstream.setMode(XStream.ID_REFERENCES);
        }
        try (OutputStream out = new FileOutputStream(args[0])) {
            xstream.toXML(all, out);
        }
    }
}

enum Ydelse { KONTANTHJAELP, UDDANNELSESHJAELP, SYGEDAGPENGE, LEDIGHEDSYDELSE }

enum Visitation { JOBPARAT, AKTIVITETSPARAT, UDDANNELSESPARAT }

class Borger {
    String cpr;
    String navn;
    Borger(String cpr, String navn) { this.cpr = cpr; this.navn = navn; }
}

class Virksomhed {
    String cvr;
    String navn;
    String pNummer;
    String arbejdssted;
    Virksomhed(String cvr, String navn, String pNummer, String arbejdssted) {
        this.cvr = cvr; this.navn = navn; this.pNummer = pNummer; this.arbejdssted = arbejdssted;
    }
}

class Mentor {
    String navn;
    boolean ansatIVirksomheden;
    Mentor(String navn, boolean ansatIVirksomheden) { this.navn = navn; this.ansatIVirksomheden = ansatIVirksomheden; }
}

class Sagsbehandler {
    String navn;
    String email;
    String telefon;
    Sagsbehandler(String navn, String email, String telefon) { this.navn = navn; this.email = email; this.telefon = telefon; }
}

class Praktikaftale {
    String sagsnummer;
    Borger borger;
    Virksomhed virksomhed;
    Date startdato;          // the old column, still a java.util.Date
    LocalDate slutdato;
    BigDecimal timerPrUge;
    Ydelse ydelse;
    Visitation visitation;   // none under sygedagpenge
    Mentor mentor;
    Sagsbehandler sagsbehandler;
    String formaal;          // optional
}
