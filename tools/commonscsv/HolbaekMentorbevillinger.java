// Holbæk's job centre's Java case system exports the mentor grants it made in a month with Apache
// Commons CSV (Debian's libcommons-csv-java 1.9): CSVFormat.EXCEL with a semicolon, as a Danish Excel
// opens it, its header from the builder, its defaults otherwise (quotes only where needed, "\r\n" after
// every record, the last too, a null left empty). The grant objects are printed as they are, each value's
// own toString(): a LocalDate `2027-04-05`, the hours a week a double (`7.5`, `10.0`), approval a
// Boolean, and the day the grant was made the case system's old java.util.Date, whose toString() is
// `Tue Mar 23 14:05:12 CET 2027` in the server's zone. The rate is formatted for Danish eyes with
// String.format(Locale.forLanguageTag("da-DK"), "%.2f"): `412,50`. Run by
// tools/make_fixtures_onboarding_sixtysecond.py: java -cp commons-csv.jar THIS.java OUT.csv
// (TZ=Europe/Copenhagen).

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

public class HolbaekMentorbevillinger {
    static final Locale DA = Locale.forLanguageTag("da-DK");

    record Bevilling(
            String sagsnr,
            String cpr,
            String borger,
            String pNummer,
            String praktiksted,
            String mentor,
            Boolean mentorAnsatIJobcenter,
            double timerPrUge,
            double timesats,
            LocalDate start,
            LocalDate slut,
            Date bevilget,
            String sagsbehandler,
            String bemaerkning) {}

    // The case system's column of the day a grant was made is still a java.util.Date.
    static Date at(int year, int month, int day, int hour, int minute, int second) {
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }

    public static void main(String[] args) throws Exception {
        List<Bevilling> grants = List.of(
                new Bevilling("MB-2027-0211", "1205884417", "Nanna Højgaard Lund", "1019876543",
                        "Holbæk Sportsby, Cafeen", "Tina Fog", false, 7.5, 412.5,
                        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 6, 25),
                        at(2027, 3, 23, 14, 5, 12), "Lars Kragh", null),
                new Bevilling("MB-2027-0214", "0311920153", "Ali Rahimi", "1024556677",
                        "Tuse Næs Gartneri; pakkeriet", "Jens Ørum", true, 10.0, 0.0,
                        LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 9),
                        at(2027, 3, 30, 9, 41, 3), "Lars Kragh",
                        "Mentor fra jobcentret, ingen timesats.\nOpfølgning efter 4 uger"),
                new Bevilling("MB-2027-0219", "2807790286", "Birgitte \"Gitte\" Malm", "1031002288",
                        "Netto, Ahlgade", "Søren Bach", false, 4.25, 389.75,
                        LocalDate.of(2027, 4, 19), LocalDate.of(2027, 10, 15),
                        at(2027, 3, 31, 23, 58, 40), "Mette Skov", " ingen"));
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setDelimiter(';')
                .setHeader("Sagsnr", "CPR-nr.", "Borger", "P-nr.", "Praktiksted", "Mentor",
                        "Mentor ansat i jobcentret", "Timer pr. uge", "Timesats (kr.)", "Startdato",
                        "Slutdato", "Bevilget", "Sagsbehandler", "Bemærkning")
                .build();
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]));
                CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Bevilling b : grants) {
                printer.printRecord(b.sagsnr(), b.cpr(), b.borger(), b.pNummer(), b.praktiksted(), b.mentor(),
                        b.mentorAnsatIJobcenter(), b.timerPrUge(), String.format(DA, "%.2f", b.timesats()),
                        b.start(), b.slut(), b.bevilget(), b.sagsbehandler(), b.bemaerkning());
            }
        }
    }
}
