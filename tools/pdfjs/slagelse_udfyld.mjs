// A caseworker at Jobcenter Slagelse opens the empty notice that a placement ended (tools/libharu/) in
// Firefox's own PDF viewer, types the values, picks the last day in the date field's calendar, clicks the
// outcome, picks herself in the list, ticks the box and saves ("Gem"). This is that viewer's engine,
// pdf.js (npm `pdfjs-dist`, 5.4.296, its legacy build for node), doing what the viewer's form widgets do
// (web/annotation_layer: a text input's value, a check box's `true`, every radio button of the group set
// `false` and the clicked one `true`, a select's export value, each put in the document's
// `annotationStorage` under the widget's id) and what "Gem" does, `saveDocument()`: the values appended to
// the file as an incremental update, with the appearance streams pdf.js draws. Firefox runs a form's
// scripts in pdf.js's QuickJS sandbox (pdf.sandbox.mjs; `pdfjs.enableScripting` is on by default): a
// field with Acrobat's date format becomes a date picker, the day picked is handed to the sandbox as a
// time in milliseconds, and the value the sandbox formats ("14-05-2027") is what is stored, as the
// viewer's `formattedValue` handler does. Run by tools/make_fixtures_onboarding_sixtythird.py with
// NODE_PATH naming the node_modules that holds pdfjs-dist: `node slagelse_udfyld.mjs BLANK OUT`. With a
// third argument `ret` it is a colleague whose Firefox has scripting off (`pdfjs.enableScripting` false,
// as an administrator's policy may set it) who opens the saved form again, types a corrected last day
// into the plain text box the date field then is, picks another caseworker and saves once more: a second
// incremental update over the first (the trial's probe).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(join(process.env.NODE_PATH ?? ".", "noop.js"));
const modules = dirname(dirname(require.resolve("pdfjs-dist/package.json")));
const build = join(modules, "pdfjs-dist", "legacy", "build");
// The sandbox talks to its page through `window`: its timers and an event target for its updates.
const page_events = new EventTarget();
globalThis.window = Object.assign(page_events, {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  console,
  URL,
  CustomEvent,
  addEventListener: page_events.addEventListener.bind(page_events),
  dispatchEvent: page_events.dispatchEvent.bind(page_events),
});
const pdfjs = await import(join(build, "pdf.mjs"));
const { QuickJSSandbox } = await import(join(build, "pdf.sandbox.mjs"));

const [blank, out, variant] = process.argv.slice(2);

// What she types, field by field (the line break of the remark is a textarea's "\n").
const typed = {
  borger_cpr: "0703864417",
  borger_navn: "Søren Ågård Bøgh",
  praktiksted_navn: "Slagelse Sygehus, Køkkenet, Ingemannsvej 18",
  praktiksted_pnr: "1019876543",
  antal_uger: "13",
  bemaerkning:
    "Optaget på SOSU-uddannelsen fra 1. juni 2027.\nPraktikstedet vil gerne tage flere borgere – ring til Bo.",
};
const picked_day = "2027-05-14"; // in the date picker: the viewer hands the sandbox its local midnight
const clicked = "Uddannelse"; // the words right of the radio button she clicks; its state is "2"
const picked = variant === "ret" ? "Bo Thomsen" : "Mette Sørensen";
const ticked = ["kopi_til_borger"];

const scripting = variant !== "ret";
if (!scripting) {
  for (const name of Object.keys(typed)) delete typed[name];
  typed.sidste_dag = "13.5.2027";
}

const doc = await pdfjs.getDocument({
  data: new Uint8Array(readFileSync(blank)),
  standardFontDataUrl: join(modules, "pdfjs-dist", "standard_fonts") + "/",
  verbosity: 0,
}).promise;
const page = await doc.getPage(1);
const storage = doc.annotationStorage;
const annotations = await page.getAnnotations();
if (scripting) {
  await pickDays(annotations.filter((a) => a.fieldType === "Tx" && a.datetimeType === "date"));
}
const radios = annotations.filter((a) => a.fieldType === "Btn" && a.radioButton);
for (const widget of annotations) {
  const name = widget.fieldName;
  if (widget.fieldType === "Tx" && name in typed) {
    storage.setValue(widget.id, { value: typed[name] });
  } else if (widget.fieldType === "Btn" && widget.checkBox && scripting) {
    storage.setValue(widget.id, { value: ticked.includes(name) });
  } else if (widget.fieldType === "Ch") {
    const option = widget.options.find((o) => o.displayValue === picked);
    storage.setValue(widget.id, { value: option.exportValue });
  }
}
// The radio button clicked: the viewer sets every button of its group false, then the clicked one true.
// The buttons are in the order printed, so the clicked one is the one whose words are `clicked`.
const words = ["Ordinært job", "Uddannelse", "Fleksjob", "Andet tilbud i kommunen", "Stoppet af anden årsag"];
if (scripting) {
  radios.forEach((radio, index) => storage.setValue(radio.id, { value: words[index] === clicked }));
}

writeFileSync(out, await doc.saveDocument());
await doc.destroy();

// The date fields, as the viewer with scripting on fills them: the day picked is committed to the
// sandbox as a number (`new Date("YYYY-MM-DDT00:00").valueOf()`), its Format script answers with the text
// to show, and for a date field the viewer stores that text as the value too.
async function pickDays(fields) {
  const sandbox = await QuickJSSandbox();
  const done = new Promise((resolve) => {
    let left = fields.length;
    window.addEventListener("updatefromsandbox", ({ detail }) => {
      const field = fields.find((f) => f.id === detail.id);
      if (field && detail.formattedValue != null) {
        storage.setValue(field.id, { formattedValue: detail.formattedValue, value: detail.formattedValue });
        if (--left === 0) resolve();
      }
    });
  });
  sandbox.create({
    objects: await doc.getFieldObjects(),
    calculationOrder: await doc.getCalculationOrderIds(),
    appInfo: { platform: "Linux x86_64", language: "da-DK" },
    docInfo: { ...(await doc.getMetadata()).info, actions: await doc.getJSActions() },
  });
  sandbox.dispatchEvent({ id: "doc", name: "Open" });
  for (const field of fields) {
    const value = new Date(`${picked_day}T00:00`).valueOf();
    sandbox.dispatchEvent({ id: field.id, name: "Keystroke", value, willCommit: true, commitKey: 1 });
  }
  await done;
  sandbox.nukeSandbox();
}
