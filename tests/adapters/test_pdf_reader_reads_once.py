"""The PDF reader child reads a field's type, and a box's appearances, once a reading (decision 0030,
"Stop 61: pdfread-72"): the type's text was worked out three times a field (twice in the walk, to tell a
radio group, and once for its kind), and a checkbox's or radio button's /AP /N read twice or more (its
states, then the state it shows). Each is a call into pikepdf; what is read is the same.
"""

from __future__ import annotations

from typing import Any

import pikepdf
import pytest
from test_readers_pdf import _form

from hub.adapters.readers import pdf_leaf, pdf_values
from hub.adapters.readers.pdf import read_pdf_unsandboxed

_TYPES = ("/Tx", "/Btn", "/Ch", "/Sig")


def test_each_fields_type_is_read_as_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    typed: list[str] = []
    for module in (pdf_leaf, pdf_values):  # a field's kind (`pdf_leaf.kind`), its value
        read = module.text

        def noted(obj: Any, read: Any = read) -> Any:
            found = read(obj)
            if found in _TYPES:
                typed.append(found)
            return found

        monkeypatch.setattr(module, "text", noted)
    extraction = read_pdf_unsandboxed(_form(), "form.pdf", True)
    # The test form's six fields: a text box, two checkboxes, a radio group (one field, two buttons), a
    # list, a note; each field's /FT once.
    assert [v.key for v in extraction.values] == ["Borger.CPR", "cb_kh", "cb_sd", "ansat", "ydelse", "note"]
    assert sorted(typed) == sorted(["/Tx", "/Btn", "/Btn", "/Btn", "/Ch", "/Tx"])


def test_a_boxs_appearances_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    get = pikepdf.Object.get
    asked: list[Any] = []

    def noted(self: Any, key: Any, *default: Any) -> Any:
        if str(key) == "/AP":
            asked.append(self.objgen)
        return get(self, key, *default)

    monkeypatch.setattr(pikepdf.Object, "get", noted)
    extraction = read_pdf_unsandboxed(_form(), "form.pdf", True)
    got = {v.key: (v.value, v.meta["states"]) for v in extraction.values if v.meta["type"] != "text"}
    assert got == {
        "cb_kh": ("Yes", ["Off", "Yes"]),
        "cb_sd": ("Off", ["Off", "Yes"]),
        "ansat": ("jobcenter", ["Off", "virksomhed", "jobcenter"]),
        "ydelse": ("B", ["A", "B", "C"]),
    }
    # Four boxes (two checkboxes, the radio group's two buttons), each asked for its /AP once: its states
    # and the state it shows come from that one reading (it was asked twice: states, then shown state).
    assert len(asked) == 4
    assert len(set(asked)) == 4
