"""The sixty-sixth trial's forms: `python -m tools.make_fixtures_onboarding_sixtysixth`.

NEEDS perl with CAM::PDF (Debian `libcam-pdf-perl`, 1.60) for the filled agreement; node with js2xmlparser
(5.0.0: `npm install --prefix var/js2xmlparser js2xmlparser@5.0.0`; the folder of its node_modules named by
`JS2XMLPARSER_NODE_MODULES`, var/js2xmlparser/node_modules by default) for the timesheet; and, only to draw
the empty form again (`python -m tools.make_fixtures_onboarding_sixtysixth blank`), `soffice` (LibreOffice
7.4). CI does not run this: the tests read the files kept in tests/onboarding/golden/vejle/.

Vejle (630) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
placement agreement was drawn once as a LibreOffice Writer document with form controls the forms office
named for the case system (`cpr`, `virksomhed`, `visitation`, ...) and exported as an empty PDF form
(`tools/campdf/vejle_praktikaftale_blank.pdf`, kept: LibreOffice stamps a creation date and a document id,
so a second drawing is other bytes). The job centre's older Perl case system fills that form for each
agreement with CAM::PDF's `fillFormFields` and writes it with `cleanoutput` (`tools/campdf/vejle_udfyld.pl`):
every value a PDF string, the text fields' appearances drawn again by CAM::PDF, nothing else touched
(neither a box's nor a radio button's `/AS`, nor a list's appearance). The same blank gives the same bytes
each run. The mentor supplier's node service writes a month of mentor hours with js2xmlparser's
`parse` (`tools/js2xmlparser/vejle_mentortimer.js`); nothing in it carries a clock, TZ is pinned to
Europe/Copenhagen. The records beside them were written by hand from the page as `pdftoppm` draws it and
the fields' values, and from the XML's text, before the hub read them (decision 0060, "Stop 72:
trial-124"). `variant()` is the probe.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from string import Template
from xml.sax.saxutils import quoteattr

from tools.fixture_files import ROOT, write_all
from tools.writer_form import control_model, drawn_control
from tools.writer_form import table_row as _row

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "vejle"
BLANK = ROOT / "tools" / "campdf" / "vejle_praktikaftale_blank.pdf"
FILL = ROOT / "tools" / "campdf" / "vejle_udfyld.pl"
HOURS = ROOT / "tools" / "js2xmlparser" / "vejle_mentortimer.js"
SKELETON = ROOT / "tools" / "libreoffice" / "placement_form.fodt"
TITLE = "Vejle Kommune - Aftale om virksomhedspraktik"
ADDRESS = "Jobcenter Vejle, Enghavevej 2, 7100 Vejle"
# (label printed left of the control, the control's name as the forms office named it) top to bottom.
TEXTS = (
    ("CPR-nr.", "cpr"),
    ("Borgerens navn", "navn"),
    ("Virksomhedens navn", "virksomhed"),
    ("CVR-nr.", "cvr"),
    ("Arbejdssted", "arbejdssted"),
    ("P-nr.", "pnr"),
    ("Første praktikdag", "startdato"),
    ("Sidste praktikdag", "slutdato"),
    ("Timer pr. uge", "timer"),
)
BENEFITS = (("Kontanthjælp", "KH"), ("Uddannelseshjælp", "UH"), ("Sygedagpenge", "SD"))
VISITATION = (("Jobparat", "1"), ("Aktivitetsparat", "2"), ("Uddannelsesparat", "3"))
MENTOR = ("Mentorens navn", "mentor")
EMPLOYED = "Mentor er ansat i jobcentret"
CASEWORKERS = ("Birgitte Kjær", "Henrik Dalsgaard", "Susanne Lund")
CONTACT = (("Sagsbehandlers e-mail", "email"), ("Sagsbehandlers telefon", "telefon"))


def _control(models: list[str], xml: str, width: float = 7.5, height: float = 0.55) -> str:
    """Add a control's model (its `ID` numbered) and return it drawn in the text."""
    models.append(xml.replace("ID", f"control{len(models) + 1}"))
    return drawn_control(len(models), width, height)


def _model(kind: str, name: str, attributes: str = "", children: str = "") -> str:
    return control_model(kind, name, attributes, children)


def _fodt() -> str:
    """The empty Writer form as the forms office drew it."""
    models: list[str] = []
    rows = [_row(label, _control(models, _model("text", name))) for label, name in TEXTS]
    options = "".join(
        f"<form:option form:label={quoteattr(t)} form:value={quoteattr(c)}/>" for t, c in BENEFITS
    )
    listbox = _model("listbox", "ydelse", 'form:dropdown="true" form:size="1"', options)
    rows.append(_row("Ydelse", _control(models, listbox)))
    radios = " ".join(
        _control(
            models, _model("radio", "visitation", f"form:label={quoteattr(t)} form:value={quoteattr(v)}"), 3.6
        )
        for t, v in VISITATION
    )
    rows.append(_row("Visitation", radios))
    rows.append(_row(MENTOR[0], _control(models, _model("text", MENTOR[1]))))
    box = _model("checkbox", "mentor_ansat", f'form:label="{EMPLOYED}" form:value="Ja"')
    rows.append(_row("", _control(models, box)))
    items = "".join(f"<form:item form:label={quoteattr(n)}/>" for n in CASEWORKERS)
    rows.append(
        _row(
            "Sagsbehandler",
            _control(models, _model("combobox", "sagsbehandler", 'form:dropdown="true"', items)),
        )
    )
    rows.extend(_row(label, _control(models, _model("text", name))) for label, name in CONTACT)
    area = _model("textarea", "formaal", 'form:multi-line="true"')
    purpose = _control(models, area, width=15.5, height=2.2)
    skeleton = Template(SKELETON.read_text(encoding="utf-8"))
    return skeleton.substitute(
        forms="".join(models), title=TITLE, address=ADDRESS, rows="".join(rows), purpose=purpose
    )


def blank_pdf() -> bytes:
    """The empty form as LibreOffice exports it, form fields and all (needs soffice; other bytes each run)."""
    from tools.libreoffice_run import danish_profile, soffice

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        fodt = work / "vejle.fodt"
        fodt.write_text(_fodt(), encoding="utf-8")
        danish_profile(work / "home")
        pdf = 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}'
        soffice(work / "home", "--convert-to", pdf, "--outdir", str(work), str(fodt))
        return (work / "vejle.pdf").read_bytes()


def _modules() -> Path:
    return Path(
        os.environ.get("JS2XMLPARSER_NODE_MODULES", str(ROOT / "var" / "js2xmlparser" / "node_modules"))
    )


def missing() -> str | None:
    """What this machine lacks of perl's CAM::PDF, node and js2xmlparser, or None when it has them."""
    if shutil.which("perl") is None:
        return "perl is missing: see this script's docstring"
    if subprocess.run(["perl", "-MCAM::PDF", "-e1"], capture_output=True).returncode != 0:
        return "CAM::PDF is missing (apt-get install libcam-pdf-perl): see this script's docstring"
    if shutil.which("node") is None:
        return "node is missing: see this script's docstring"
    if not (_modules() / "js2xmlparser" / "package.json").is_file():
        return "js2xmlparser is missing (npm install --prefix var/js2xmlparser js2xmlparser@5.0.0)"
    return None


def _run(command: list[str], *arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NODE_PATH": str(_modules())}
    env |= {"TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    # CAM::PDF writes a dictionary's keys in Perl's hash order, which is random each run unless pinned.
    env |= {"PERL_HASH_SEED": "0", "PERL_PERTURB_KEYS": "0"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        subprocess.run(
            [*command, str(out), *arguments], check=True, capture_output=True, env=env, timeout=120
        )
        return out.read_bytes()


def agreement(*arguments: str) -> bytes:
    """The agreement as the case system fills the kept empty form with CAM::PDF."""
    return _run(["perl", str(FILL), str(BLANK)], *arguments)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs perl's CAM::PDF, node, js2xmlparser)."""
    return {GOLDEN / "praktikaftale.pdf": agreement(), GOLDEN / "mentortimer.xml": _run(["node", str(HOURS)])}


def variant() -> bytes:
    """The probe: the agreement filled by a second Perl programmer (see `vejle_udfyld.pl`'s `variant`)."""
    return agreement("variant")


if __name__ == "__main__":
    if sys.argv[1:] == ["blank"]:
        write_all({BLANK: blank_pdf()})
    else:
        write_all(render_all())
