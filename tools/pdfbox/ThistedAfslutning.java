// Thisted's end of a placement ("Afslutning af virksomhedspraktik"), as a Java case system makes and fills
// it with Apache PDFBox 2 (Debian's libpdfbox2-java, 2.0.27): the page drawn with PDPageContentStream,
// the fields made with PDTextField and PDComboBox, each filled with setValue (PDFBox draws each value's
// appearance), labels left of the boxes under ruled headings. The CPR a comb field of ten, the outcome a
// dropdown whose export values are codes ("01".."08") and whose shown lines are words. Run by
// tools/make_fixtures_onboarding_twentythird.py:
// `java -cp /usr/share/java/pdfbox2.jar ThistedAfslutning.java OUT.pdf`.
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

public class ThistedAfslutning {
    static final PDFont FONT = PDType1Font.HELVETICA;
    static final PDFont BOLD = PDType1Font.HELVETICA_BOLD;
    static PDDocument doc;
    static PDPage page;
    static PDAcroForm form;
    static PDPageContentStream cs;

    static void text(PDFont font, float size, float x, float y, String s) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A section's heading: bold words over a thin rule across the page, as Thisted's letters print them. */
    static void section(float y, String s) throws Exception {
        text(BOLD, 11, 56, y, s);
        cs.setLineWidth(0.6f);
        cs.moveTo(56, y - 4);
        cs.lineTo(539, y - 4);
        cs.stroke();
    }

    /** A widget's box: the field's own border, black, on the page. */
    static void place(PDField field, float x, float y, float w, float h) throws Exception {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, y, w, h));
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new org.apache.pdfbox.cos.COSDictionary());
        mk.setBorderColour(new PDColor(new float[] {0.3f, 0.3f, 0.3f}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    static PDTextField textField(String name, String label, float y, float x, float w, float h) throws Exception {
        text(FONT, 10, 56, y + h - 12, label);
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setDefaultAppearance("/Helv 10 Tf 0 g");
        place(field, x, y, w, h);
        return field;
    }

    public static void main(String[] args) throws Exception {
        doc = new PDDocument();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        doc.getDocumentInformation().setTitle("Afslutning af virksomhedspraktik");
        doc.getDocumentInformation().setCreator("Jobcenter Thisted sagssystem");
        form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), FONT);
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");

        cs = new PDPageContentStream(doc, page);
        text(BOLD, 12, 56, 790, "Thisted Kommune");
        text(FONT, 8, 56, 778, "Jobcenter Thisted \u00b7 Asylgade 30 \u00b7 7700 Thisted \u00b7 tlf. 99 17 17 17");
        text(BOLD, 16, 56, 740, "Afslutning af virksomhedspraktik");
        text(FONT, 8, 56, 726, "Udfyldes af jobkonsulenten, n\u00e5r praktikken slutter. Praktikstedet f\u00e5r en kopi.");

        section(700, "Borger");
        PDTextField cpr = textField("CPRnr", "CPR-nr.", 670, 190, 150, 20);
        cpr.setComb(true);
        cpr.setMaxLen(10);
        PDTextField name = textField("Navn", "Navn", 644, 190, 300, 20);

        section(610, "Praktiksted");
        PDTextField site = textField("Virksomhed", "Virksomhedens navn", 580, 190, 300, 20);
        PDTextField pnr = textField("Pnr", "P-nummer", 554, 190, 150, 20);

        section(520, "Praktikforl\u00f8b");
        PDTextField start = textField("Startdato", "Startdato", 490, 190, 100, 20);
        PDTextField end = textField("Slutdato", "Slutdato", 464, 190, 100, 20);
        text(FONT, 8, 300, 470, "(sidste dag borgeren var i praktik)");
        text(FONT, 10, 56, 426, "\u00c5rsag til afslutning");
        PDComboBox reason = new PDComboBox(form);
        reason.setPartialName("Aarsag");
        reason.setDefaultAppearance("/Helv 10 Tf 0 g");
        List<String> codes = Arrays.asList("01", "02", "03", "04", "05", "06", "07", "08");
        List<String> shown = Arrays.asList(
            "Ordin\u00e6r besk\u00e6ftigelse",
            "Uddannelse",
            "Fleksjob",
            "Rehabiliteringsteam / ressourceforl\u00f8b",
            "Andet kommunalt tilbud",
            "Praktik i anden virksomhed",
            "Langvarig sygdom",
            "Afbrudt af anden \u00e5rsag");
        reason.setOptions(codes, shown);
        place(reason, 190, 412, 300, 20);
        PDTextField note = textField("Bemaerkninger", "Bem\u00e6rkninger", 330, 190, 349, 60);
        note.setMultiline(true);

        section(296, "Jobkonsulent");
        PDTextField by = textField("UdfyldtAf", "Udfyldt af", 266, 190, 250, 20);
        PDTextField day = textField("Dato", "Dato", 240, 190, 100, 20);
        text(FONT, 7, 56, 60, "Thisted Kommune behandler oplysningerne efter databeskyttelsesforordningen.");
        cs.close();

        // The caseworker's fill, as the case system sets it (PDFBox draws each appearance).
        cpr.setValue("0912874411");
        name.setValue("Mikkel Th\u00f8gersen Kirk");
        site.setValue("Thy Tr\u00e6last & Byggecenter A/S");
        pnr.setValue("1019445520");
        start.setValue("02-03-2026");
        end.setValue("12/6-2026");
        reason.setValue("06");
        note.setValue("Mikkel forts\u00e6tter i praktik hos Hanstholm Havn fra 15. juni.\nAftale om mentor f\u00f8lger.");
        by.setValue("Lene Bech Mortensen");
        day.setValue("15-06-2026");

        // A fixed document id, so that the script writes the same bytes each run.
        COSArray id = new COSArray();
        id.add(new COSString("thisted-afslutning".getBytes("US-ASCII")));
        id.add(new COSString("thisted-afslutning".getBytes("US-ASCII")));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        doc.save(new File(args[0]));
        doc.close();
    }
}
