// Køge's mentor supplier's case system: a month of mentor visits as CSV, one row a visit, written with
// opencsv's CSVWriter at its defaults (a comma, every value in quotes, a quote doubled, "\n" after each
// row, a null left empty without quotes) and the values as a Java programmer hands them over: a day
// LocalDate.toString(), a visit's length Duration.toString() (PT1H30M), the rate a BigDecimal's
// toPlainString(), approval Boolean.toString(). Run by tools/make_fixtures_onboarding_sixtieth.py:
// java -cp /usr/share/java/opencsv.jar:/usr/share/java/commons-lang3.jar KoegeMentorbesoeg.java OUT
import com.opencsv.CSVWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public class KoegeMentorbesoeg {
    record Visit(String caseNo, String cpr, String citizen, String pNumber, String site, String mentor,
                 LocalDate day, Duration length, BigDecimal rate, boolean approved, String approvedBy,
                 LocalDate approvedOn, String note) {
        String[] row() {
            return new String[] {caseNo, cpr, citizen, pNumber, site, mentor, day.toString(),
                length.toString(), rate.toPlainString(), Boolean.toString(approved), approvedBy,
                approvedOn == null ? null : approvedOn.toString(), note};
        }
    }

    public static void main(String[] args) throws Exception {
        List<Visit> visits = new ArrayList<>();
        BigDecimal rate = new BigDecimal("412.50");
        LocalDate signed = LocalDate.of(2027, 4, 30);
        String a = "Hanne Vestergaard";
        visits.add(new Visit("KO-2027-0412", "0504912283", "Mads Bækgaard Olsen", "1018223344",
            "Køge Marina, Havnen 3", a, LocalDate.of(2027, 4, 5), Duration.ofMinutes(90), rate, true, a,
            signed, "Opstart, rundvisning"));
        visits.add(new Visit("KO-2027-0412", "0504912283", "Mads Bækgaard Olsen", "1018223344",
            "Køge Marina, Havnen 3", a, LocalDate.of(2027, 4, 7), Duration.ofMinutes(45), rate, true, a,
            signed, null));
        visits.add(new Visit("KO-2027-0412", "0504912283", "Mads Bækgaard Olsen", "1018223344",
            "Køge Marina, Havnen 3", a, LocalDate.of(2027, 4, 14), Duration.ofHours(2), rate, true, a,
            signed, "Talte om \"faste mødetider\", se mail"));
        visits.add(new Visit("KO-2027-0412", "0504912283", "Mads Bækgaard Olsen", "1018223344",
            "Køge Marina, Havnen 3", a, LocalDate.of(2027, 4, 26), Duration.ofMinutes(75), rate, true, a,
            signed, ""));
        String b = "Per Lindholm";
        visits.add(new Visit("KO-2027-0398", "2211887014", "Amira Haddad", "1026554433",
            "Ølby Plejecenter", b, LocalDate.of(2027, 4, 1), Duration.ofMinutes(30), rate, true, b,
            LocalDate.of(2027, 5, 2), "Kort opfølgning\npå telefon"));
        visits.add(new Visit("KO-2027-0398", "2211887014", "Amira Haddad", "1026554433",
            "Ølby Plejecenter", b, LocalDate.of(2027, 4, 12), Duration.ofMinutes(150), rate, true, b,
            LocalDate.of(2027, 5, 2), "Vagtplan og pauser"));
        visits.add(new Visit("KO-2027-0398", "2211887014", "Amira Haddad", "1026554433",
            "Ølby Plejecenter", b, LocalDate.of(2027, 4, 20), Duration.ofHours(1), rate, true, b,
            LocalDate.of(2027, 5, 2), null));
        try (Writer out = new OutputStreamWriter(new FileOutputStream(args[0]), StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(new String[] {"sagsnr", "cpr", "borgerNavn", "pNummer", "praktiksted",
                "mentorNavn", "besoegDato", "varighed", "timetakst", "godkendt", "godkendtAf",
                "godkendtDato", "bemaerkning"});
            for (Visit visit : visits) {
                csv.writeNext(visit.row());
            }
        }
    }
}
