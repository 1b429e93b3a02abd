// Fredericia's mentor supplier's time registration (a small Java service on a server whose JVM runs in
// Danish, -Duser.language=da -Duser.country=DK) writes the month's mentor visits for the job centre with
// Super CSV (Debian's libsuper-csv-java 2.4.0): a CsvBeanWriter with EXCEL_NORTH_EUROPE_PREFERENCE (`;`,
// `"` quotes only where a value holds the separator, a quote or a line break, `\n` after every row and for
// a line break inside a value), the header the beans' property names (the name mapping written as it is),
// and its cell processors:
// `FmtDate("dd-MM-yyyy")` for the visit's day, `FmtNumber("0.00")` for its hours (the JVM's Danish
// locale makes the decimal comma, `1,50`), `FmtBool("ja", "nej")` for whether the mentor is the
// company's, `Optional()` for a note most visits lack (an empty cell), and `FmtDate("d. MMMM yyyy")` for
// the day the coordinator approved the month (`31. maj 2027`). The file is written through
// Files.newBufferedWriter, UTF-8 without a BOM. Run by tools/make_fixtures_onboarding_sixtyeighth.py:
//     java -Duser.language=da -Duser.country=DK -cp super-csv.jar THIS.java OUT.csv [variant]
// The variant is a second programmer's: CsvListWriter with STANDARD_PREFERENCE (`,`, `\r\n`) and the JVM in English.
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.supercsv.cellprocessor.FmtBool;
import org.supercsv.cellprocessor.FmtDate;
import org.supercsv.cellprocessor.FmtNumber;
import org.supercsv.cellprocessor.Optional;
import org.supercsv.cellprocessor.constraint.NotNull;
import org.supercsv.cellprocessor.ift.CellProcessor;
import org.supercsv.io.CsvBeanWriter;
import org.supercsv.io.CsvListWriter;
import org.supercsv.io.ICsvBeanWriter;
import org.supercsv.io.ICsvListWriter;
import org.supercsv.prefs.CsvPreference;

public class FredericiaMentortimer {
    public static class MentorBesoeg {
        private final String cpr, borgerNavn, pNummer, arbejdssted, mentor, note, godkendtAf;
        private final boolean mentorIVirksomheden;
        private final Date dato, godkendtDato;
        private final BigDecimal timer;

        MentorBesoeg(String cpr, String borgerNavn, String pNummer, String arbejdssted, String mentor,
                     boolean mentorIVirksomheden, Date dato, String timer, String note, String godkendtAf,
                     Date godkendtDato) {
            this.cpr = cpr; this.borgerNavn = borgerNavn; this.pNummer = pNummer; this.arbejdssted = arbejdssted;
            this.mentor = mentor; this.mentorIVirksomheden = mentorIVirksomheden; this.dato = dato;
            this.timer = new BigDecimal(timer); this.note = note; this.godkendtAf = godkendtAf;
            this.godkendtDato = godkendtDato;
        }

        public String getCpr() { return cpr; }
        public String getBorgerNavn() { return borgerNavn; }
        public String getPNummer() { return pNummer; }
        public String getArbejdssted() { return arbejdssted; }
        public String getMentor() { return mentor; }
        public boolean isMentorIVirksomheden() { return mentorIVirksomheden; }
        public Date getDato() { return dato; }
        public BigDecimal getTimer() { return timer; }
        public String getNote() { return note; }
        public String getGodkendtAf() { return godkendtAf; }
        public Date getGodkendtDato() { return godkendtDato; }
    }

    static Date day(int year, int month, int dayOfMonth) {
        return Date.from(LocalDate.of(year, month, dayOfMonth).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
    }

    static final String[] HEADER = {"cpr", "borgerNavn", "pNummer", "arbejdssted", "mentor", "mentorIVirksomheden",
                                    "dato", "timer", "note", "godkendtAf", "godkendtDato"};

    static CellProcessor[] processors() {
        return new CellProcessor[] {
            new NotNull(), new NotNull(), new NotNull(), new NotNull(), new NotNull(),
            new FmtBool("ja", "nej"),
            new FmtDate("dd-MM-yyyy"),
            new FmtNumber("0.00"),
            new Optional(),
            new NotNull(),
            new FmtDate("d. MMMM yyyy"),
        };
    }

    public static void main(String[] args) throws Exception {
        Date approved = day(2027, 5, 31);
        String kim = "Kim Lykke Bøgh";
        List<MentorBesoeg> visits = Arrays.asList(
            new MentorBesoeg("1712904471", "Mads Ærenlund Hansen", "1011223344", "Bygma Fredericia; tømmerhal", "Tove Ørsted", true, day(2027, 5, 4), "1.5", null, kim, approved),
            new MentorBesoeg("1712904471", "Mads Ærenlund Hansen", "1011223344", "Bygma Fredericia; tømmerhal", "Tove Ørsted", true, day(2027, 5, 6), "0.75", "Samtale med \"Lars\" om mødetider", kim, approved),
            new MentorBesoeg("1712904471", "Mads Ærenlund Hansen", "1011223344", "Bygma Fredericia; tømmerhal", "Tove Ørsted", true, day(2027, 5, 11), "2", null, kim, approved),
            new MentorBesoeg("3001887752", "Amira Said", "1055667788", "Fredericia Bibliotek", "Jens Aagaard", false, day(2027, 5, 10), "1", null, kim, approved),
            new MentorBesoeg("3001887752", "Amira Said", "1055667788", "Fredericia Bibliotek", "Jens Aagaard", false, day(2027, 5, 26), "1.25", "Aflyst 19. maj,\nflyttet hertil", kim, approved));

        boolean variant = args.length > 1 && args[1].equals("variant");
        try (Writer out = Files.newBufferedWriter(Paths.get(args[0]))) {
            if (!variant) {
                try (ICsvBeanWriter csv = new CsvBeanWriter(out, CsvPreference.EXCEL_NORTH_EUROPE_PREFERENCE)) {
                    csv.writeHeader(HEADER);
                    for (MentorBesoeg visit : visits) {
                        csv.write(visit, HEADER, processors());
                    }
                }
            } else {
                try (ICsvListWriter csv = new CsvListWriter(out, CsvPreference.STANDARD_PREFERENCE)) {
                    csv.writeHeader(HEADER);
                    for (MentorBesoeg v : visits) {
                        csv.write(Arrays.asList(v.getCpr(), v.getBorgerNavn(), v.getPNummer(), v.getArbejdssted(), v.getMentor(),
                            v.isMentorIVirksomheden(), v.getDato(), v.getTimer(), v.getNote(), v.getGodkendtAf(), v.getGodkendtDato()),
                            processors());
                    }
                }
            }
        }
    }
}
