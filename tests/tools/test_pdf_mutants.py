"""The mutation generator of stop 39 (`tools.pdf_mutants`): the same seed gives the same files, a
mutation that says it keeps the values keeps them as pikepdf alone reads them, and one that needs a
password needs it. The form is built here: a text field, a combo box and a check box."""

from __future__ import annotations

import io

import pikepdf
import pytest
from reportlab.pdfgen import canvas
from simulator_support import fixture_script

mutating = fixture_script("pdf_mutants")
child = fixture_script("pdf_corpus_child")


def _form() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(50, 705, "Navn:")
    c.acroForm.textfield(name="Borger.Navn", x=150, y=700, width=150, height=18, value="Søren Ærø")
    c.acroForm.choice(name="Ydelse", value="B", options=["A", "B"], x=150, y=650, width=90, height=18)
    c.acroForm.checkbox(name="Ja", x=150, y=600, checked=True)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_same_seed_gives_the_same_files_and_another_seed_cuts_elsewhere() -> None:
    data = _form()
    first, again, other = (list(mutating.mutants(data, seed)) for seed in (39, 39, 40))
    assert len({m.name for m in first}) == len(first)  # each mutation named once
    # AES draws its vectors at random (pikepdf cannot fix them): those alone may differ.
    assert [(m.name, m.data) for m in first if "aes" not in m.name] == [
        (m.name, m.data) for m in again if "aes" not in m.name
    ]
    cuts = {m.name for m in first if m.name.startswith("truncated_at_")}
    assert len(cuts) == 10
    assert cuts != {m.name for m in other if m.name.startswith("truncated_at_")}


def test_a_mutation_that_keeps_the_values_keeps_them_as_pikepdf_reads_them() -> None:
    data = _form()
    want = {"Borger.Navn": ["Søren Ærø"], "Ydelse": ["B"], "Ja": ["Yes"]}
    assert child.pikepdf_values(data) == want
    kept = [m for m in mutating.mutants(data) if not m.changed and not m.name.startswith(("trunc", "str"))]
    assert {"widget_kids", "inherited_ft_v", "utf16_bom", "opt_choices", "dotted_names_nested"} <= {
        m.name for m in kept
    }
    for mutant in kept:
        got = child.pikepdf_values(mutant.data)
        if mutant.name == "duplicate_names":  # the text field given twice, as two fields of one name
            assert got == {**want, "Borger.Navn": ["Søren Ærø", "Søren Ærø"]}, mutant.name
        elif got is not None:  # damage pikepdf repairs; what it cannot, the figures count
            assert got == want, mutant.name


@pytest.mark.parametrize("name", ["encrypted_aes256_password", "encrypted_rc4_password"])
def test_a_password_mutant_opens_only_with_its_password(name: str) -> None:
    (mutant,) = [m for m in mutating.mutants(_form()) if m.name == name]
    assert mutant.changed == "password"
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(mutant.data))
    with pikepdf.open(io.BytesIO(mutant.data), password=mutating.PASSWORD) as pdf:
        assert str(pdf.Root.AcroForm.Fields[0].T) == "Borger.Navn"
