"""A radio group whose buttons are fields of one name, the catalogue's list naming only the first, as
xdvipdfmx writes hyperref's `\\ChoiceMenu[radio]` (decision 0060, "Stop 65: trial-93"): the buttons the
list misses are the group's, so the group reads the button its value chooses. Before, each missed button
was a second field of a name already read, dropped, and the group read "Off" where the second or third
button was chosen: a visitation read as none, without a word."""

from __future__ import annotations

import io
import warnings

import pikepdf
from onboarding_trial import trial_registry
from pipeline import ROOT

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers import READ_OPTIONS, extract

STATES = ("Jobparat", "Aktivitetsparat", "Uddannelsesparat")


def _form(chosen: str, listed: int = 1, with_as: bool = False) -> bytes:
    """A page with three radio buttons, each a field named `visitation` holding `/V /<chosen>` and
    drawing its own state (no /AS unless `with_as`), the first `listed` of them in /AcroForm /Fields."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    buttons = []
    for n, state in enumerate(STATES):
        look = pdf.make_stream(b"")
        button = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Btn,
            Ff=49152,  # Radio and NoToggleToOff, as hyperref sets them
            T=pikepdf.String("visitation"),
            V=pikepdf.Name("/" + chosen),
            Rect=pikepdf.Array([100 + 80 * n, 600, 112 + 80 * n, 612]),
            AP=pikepdf.Dictionary(N=pikepdf.Dictionary({"/" + state: look})),
        )
        if with_as:
            button.AS = pikepdf.Name("/" + (state if state == chosen else "Off"))
        buttons.append(pdf.make_indirect(button))
    page.Annots = pikepdf.Array(buttons)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(buttons[:listed]))
    return _saved(pdf)


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():  # pikepdf warns of the buttons the list misses: what is tried here
        warnings.simplefilter("ignore")
        pdf.save(out)
    return out.getvalue()


def _visitation(data: bytes) -> tuple[str | None, list[str]]:
    values = [v for v in extract(data, "aftale.pdf", READ_OPTIONS).values if v.key == "visitation"]
    assert len(values) == 1  # one group, not a field a button
    return values[0].value, values[0].meta["states"]


def test_the_second_button_chosen_reads_as_chosen_where_the_list_names_the_first() -> None:
    """Its states are the three buttons', in the buttons' order."""
    assert _visitation(_form("Aktivitetsparat")) == ("Aktivitetsparat", list(STATES))


def test_the_third_button_chosen_reads_as_chosen() -> None:
    assert _visitation(_form("Uddannelsesparat"))[0] == "Uddannelsesparat"


def test_the_first_button_chosen_reads_as_before() -> None:
    assert _visitation(_form("Jobparat"))[0] == "Jobparat"


def test_buttons_showing_their_states_join_the_group_too() -> None:
    """With /AS on each button (the chosen one on, the others Off) the group reads the same."""
    assert _visitation(_form("Aktivitetsparat", with_as=True))[0] == "Aktivitetsparat"


def test_every_button_listed_reads_as_before() -> None:
    """The walk merged buttons of one name the list names (WeasyPrint's); unchanged."""
    assert _visitation(_form("Aktivitetsparat", listed=3))[0] == "Aktivitetsparat"


def test_haderslevs_pdflatex_form_reads_its_second_button_chosen() -> None:
    """pdflatex writes hyperref's buttons as xdvipdfmx does (the seventeenth trial's form, which pdftk
    filled leaving the group unanswered): with the second button chosen, its value set as a viewer sets
    it on each button, the visitation reads as the one chosen, where it read as none."""
    source = ROOT / "tests" / "onboarding" / "golden" / "haderslev" / "placement.pdf"
    pdf = pikepdf.open(io.BytesIO(source.read_bytes()))
    buttons = [a for a in pdf.pages[0].Annots if str(a.get("/T")) == "visitation"]
    assert len(buttons) == 3
    for button in buttons:
        button.V = pikepdf.Name(r"/\376\377\000a\000p")  # Aktivitetsparat's state, as the file names it
    record = canonical_records(trial_registry().get("haderslev"), _saved(pdf), "placement.pdf")
    assert record["visitation"] == "aktivitetsparat"


def test_no_button_listed_reads_the_button_chosen() -> None:
    """The list lost (fuzz-96's `73/pdf/acroform/0@skanderborg`: /Fields gone, or the whole /AcroForm):
    each button is a field of the group's name that no list reaches; read apart, the first alone was the
    group, and the second or third chosen read "Off", a visitation as none, without a word."""
    assert _visitation(_form("Aktivitetsparat", listed=0)) == ("Aktivitetsparat", list(STATES))
    assert _visitation(_form("Uddannelsesparat", listed=0))[0] == "Uddannelsesparat"
    assert _visitation(_form("Jobparat", listed=0))[0] == "Jobparat"
