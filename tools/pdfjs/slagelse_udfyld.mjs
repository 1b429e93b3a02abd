// A caseworker at Jobcenter Slagelse opens the empty notice that a placement ended (tools/libharu/) in
// Firefox's own PDF viewer, types the values, clicks the outcome, picks herself in the list, ticks the box
// and saves ("Gem"). This is that viewer's engine, pdf.js (npm `pdfjs-dist`, 5.4.296, its legacy build
// for node), doing what the viewer's form widgets do (web/annotation_layer: a text input's value, a
// check box's `true`, every radio button of the group set `false` and the clicked one `true`, a select's
// export value, each put in the document's `annotationStorage` under the widget's id) and what "Gem"
// does, `saveDocument()`: the values appended to the file as an incremental update, with the appearance
// streams pdf.js draws. Run by tools/make_fixtures_onboarding_sixtythird.py with NODE_PATH naming the
// node_modules that holds pdfjs-dist: `node slagelse_udfyld.mjs BLANK OUT`. With a third argument `ret`
// it is a colleague who opens the saved form again, corrects the last day (typed with dashes) and the
// caseworker, and saves once more: a second incremental update over the first (the trial's probe).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(join(process.env.NODE_PATH ?? ".", "noop.js"));
const modules = dirname(dirname(require.resolve("pdfjs-dist/package.json")));
const pdfjs = await import(join(modules, "pdfjs-dist", "legacy", "build", "pdf.mjs"));

const [blank, out, variant] = process.argv.slice(2);

// What she types, field by field (the line break of the remark is a textarea's "\n").
const typed = {
  borger_cpr: "0703864417",
  borger_navn: "Søren Ågård Bøgh",
  praktiksted_navn: "Slagelse Sygehus, Køkkenet, Ingemannsvej 18",
  praktiksted_pnr: "1019876543",
  sidste_dag: "14.5.2027",
  antal_uger: "13",
  bemaerkning:
    "Optaget på SOSU-uddannelsen fra 1. juni 2027.\nPraktikstedet vil gerne tage flere borgere – ring til Bo.",
};
const clicked = "Uddannelse"; // the words right of the radio button she clicks; its state is "2"
const picked = variant === "ret" ? "Bo Thomsen" : "Mette Sørensen";
const ticked = ["kopi_til_borger"];

if (variant === "ret") {
  for (const name of Object.keys(typed)) if (name !== "sidste_dag") delete typed[name];
  typed.sidste_dag = "13-05-2027";
}

const doc = await pdfjs.getDocument({
  data: new Uint8Array(readFileSync(blank)),
  standardFontDataUrl: join(modules, "pdfjs-dist", "standard_fonts") + "/",
  verbosity: 0,
}).promise;
const page = await doc.getPage(1);
const storage = doc.annotationStorage;
const radios = (await page.getAnnotations()).filter((a) => a.fieldType === "Btn" && a.radioButton);
for (const widget of await page.getAnnotations()) {
  const name = widget.fieldName;
  if (widget.fieldType === "Tx" && name in typed) {
    storage.setValue(widget.id, { value: typed[name] });
  } else if (widget.fieldType === "Btn" && widget.checkBox && variant !== "ret") {
    storage.setValue(widget.id, { value: ticked.includes(name) });
  } else if (widget.fieldType === "Ch") {
    const option = widget.options.find((o) => o.displayValue === picked);
    storage.setValue(widget.id, { value: option.exportValue });
  }
}
// The radio button clicked: the viewer sets every button of its group false, then the clicked one true.
// The buttons are in the order printed, so the clicked one is the one whose words are `clicked`.
const words = ["Ordinært job", "Uddannelse", "Fleksjob", "Andet tilbud i kommunen", "Stoppet af anden årsag"];
if (variant !== "ret") {
  radios.forEach((radio, index) => storage.setValue(radio.id, { value: words[index] === clicked }));
}

writeFileSync(out, await doc.saveDocument());
await doc.destroy();
