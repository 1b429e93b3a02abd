// Silkeborg Kommune's placement agreement, as its job centre's form service makes it with MuPDF's
// `mutool run` (Debian's mupdf-tools 1.21): a page of printed labels and a field a value, made with
// PDFPage.createAnnotation("Widget") and filled in place: text fields, two combo boxes (the benefit,
// the mentor's employer) and a list box (the visitation), each shown by MuPDF's own appearance.
// Usage: mutool run silkeborg_praktikaftale.js OUT.pdf
var out = scriptArgs[0];
var doc = new PDFDocument();
var helv = doc.addSimpleFont(new Font("Helvetica"), "Latin");
var bold = doc.addSimpleFont(new Font("Helvetica-Bold"), "Latin");

// The page's text, its non-ASCII letters written as WinAnsi (Latin-1) bytes.
var content = new Buffer();
function shown(text) {
	for (var i = 0; i < text.length; i++) {
		var c = text.charCodeAt(i);
		if (c === 40 || c === 41 || c === 92) content.writeByte(92);
		content.writeByte(c);
	}
}
function label(x, y, size, font, text) {
	content.write("BT /" + font + " " + size + " Tf " + x + " " + y + " Td (");
	shown(text);
	content.writeLine(") Tj ET");
}
label(56, 790, 15, "FB", "Silkeborg Kommune - Aftale om virksomhedspraktik");
label(56, 772, 9, "F", "Jobcenter Silkeborg, Søvej 1, 8600 Silkeborg. Aftalen indgås efter LAB kapitel 11.");

var rows = [
	// [label, field name, value, y (from the top, as MuPDF places annotations), choices, flags]
	["Borger", null],
	["CPR-nr.", "Tekst1", "180293-2617"],
	["Navn", "Tekst2", "Emil Skovgaard Thomsen"],
	["Virksomhed", null],
	["Virksomhedens navn", "Tekst3", "Gjern Tømrer & Snedker ApS"],
	["CVR-nr.", "Tekst4", "41276835"],
	["Arbejdssted", "Tekst5", "Gjern Tømrer & Snedker, Skolevej 12"],
	["P-nummer", "Tekst6", "1025364718"],
	["Praktikken", null],
	["Startdato", "Tekst7", "09.11.2026"],
	["Slutdato", "Tekst8", "05.02.2027"],
	["Timer pr. uge", "Tekst9", "22,5"],
	["Ydelse", "Kombi1", "Uddannelseshjælp",
		["Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse", "Ressourceforløbsydelse"], 131072],
	["Visitation", "Liste1", "Aktivitetsparat", ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"], 0],
	["Mentor", null],
	["Mentorens navn", "Tekst10", "Lise Bach Mortensen"],
	["Mentor ansat i", "Kombi2", "Virksomheden", ["Virksomheden", "Jobcentret"], 131072],
	["Sagsbehandler", null],
	["Navn", "Tekst11", "Anders Kjær Winther"],
	["E-mail", "Tekst12", "Anders.Winther@silkeborg.example.dk"],
	["Telefon", "Tekst13", "89 70 10 00"],
	["Formål med praktikken", "Tekst14", "Afklaring af skånehensyn i værkstedet.\nTræning i at møde til tiden.", null, 4096],
];

var fields = doc.newArray();
var widgets = [];
var top = 90;
for (var r = 0; r < rows.length; r++) {
	var row = rows[r];
	if (row[1] === null) {
		top += 10;
		label(56, 842 - top - 12, 11, "FB", row[0]);
		top += 20;
		continue;
	}
	var height = row[3] ? (row[4] ? 18 : 16 * row[3].length) : (row[4] ? 44 : 18);
	label(56, 842 - top - 13, 10, "F", row[0] + ":");
	widgets.push([row, [200, top, 520, top + height]]);
	top += height + 8;
}
var page = doc.addPage([0, 0, 595, 842], 0, { Font: { F: helv, FB: bold } }, content);
doc.insertPage(-1, page);
var p = doc.loadPage(0);
for (var w = 0; w < widgets.length; w++) {
	var row = widgets[w][0];
	var annot = p.createAnnotation("Widget");
	annot.setRect(widgets[w][1]);
	var o = annot.getObject();
	o.put("T", doc.newString(row[1]));
	o.put("TU", doc.newString(row[0]));
	o.put("DA", doc.newString("/Helv 10 Tf 0 g"));
	if (row[3]) {
		o.put("FT", doc.newName("Ch"));
		var options = doc.newArray();
		for (var k = 0; k < row[3].length; k++) options.push(doc.newString(row[3][k]));
		o.put("Opt", options);
		o.put("Ff", row[4]);
	} else {
		o.put("FT", doc.newName("Tx"));
		if (row[4]) o.put("Ff", row[4]);
	}
	o.put("V", doc.newString(row[2]));
	fields.push(o);
}
var helvForm = doc.addObject({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica", Encoding: "WinAnsiEncoding" });
doc.getTrailer().get("Root").put("AcroForm", doc.newDictionary());
var form = doc.getTrailer().get("Root").get("AcroForm");
form.put("Fields", fields);
form.put("DA", doc.newString("/Helv 10 Tf 0 g"));
form.put("DR", { Font: { Helv: helvForm } });
var annots = p.getWidgets();
for (var a = 0; a < annots.length; a++) annots[a].update();
var info = doc.addObject({ Title: doc.newString("Silkeborg Kommune - Aftale om virksomhedspraktik"), Producer: doc.newString("mutool run (MuPDF 1.21)") });
doc.getTrailer().put("Info", info);
doc.save(out, "compress,garbage");
