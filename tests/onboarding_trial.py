"""What every onboarding trial's tests ask of their municipality (decision 0060): its forms are made by
their script byte for byte, each maps to the records written by hand, and a form of its config can be
tried alone (`Trial.config`, `Trial.items`). `tests/adapters/test_onboarding_<n>.py` use it."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from fresh_app import registry_once
from pipeline import ROOT
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records, golden_pairs, unpaired
from hub.adapters.language.registry import Registry, load_registry
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.pipeline import READ_OPTIONS, validate_record
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

TRIAL = ROOT / "tests" / "onboarding"
CONFIG = TRIAL / "config"
# A TODO whose path the record may hold, cleared as its note says: the path written in, optional, and a
# choice's map (its `transforms` line) taken in with it.
OPTIONAL_TODO = re.compile(
    r"  # TODO: looks like ([a-z_.]+), which a [a-z_]+ record may hold \(optional\).*\n"
    r'  # \[\[forms.fields\]\]\n  # path = "TODO"\n  # source = (.*)\n((?:  # transforms = .*\n)?)'
)


# A trial form's name and bytes -> suggest's draft of it (`Trial.draft`): suggest reads only the form.
_drafts: dict[tuple[str, bytes], str] = {}


def cleared(draft: str) -> str:
    """A draft whose "may hold (optional)" TODOs are cleared as they say."""
    return OPTIONAL_TODO.sub(
        lambda m: (
            f'  [[forms.fields]]\n  path = "{m[1]}"\n  source = {m[2]}\n  optional = true\n'
            + m[3].replace("  # transforms", "  transforms")
        ),
        draft,
    )


def trial_registry() -> Registry:
    """Every trial municipality's config, loaded once a content of its files (`fresh_app.registry_once`)."""
    return registry_once(CONFIG)


def edited_config(tmp_path: Path, slug: str, edit: Callable[[str], str]) -> Any:
    """The trial municipality `slug` as `edit` changes its config's text, loaded alone from `tmp_path`."""
    text = (CONFIG / f"{slug}.toml").read_text(encoding="utf-8")
    (tmp_path / f"{slug}.toml").write_text(edit(text), encoding="utf-8")
    return load_registry(tmp_path).get(slug)


@dataclass(frozen=True)
class Trial:
    """One trial's municipality: its slug, its municipality code and the script that makes its forms."""

    slug: str
    code: str
    script: str  # tools/<script>.py

    @property
    def golden(self) -> Path:
        """The trial's forms and the records written by hand from them."""
        return TRIAL / "golden" / self.slug

    @property
    def head(self) -> str:
        """The config's lines before its first form: the municipality without forms."""
        return (CONFIG / f"{self.slug}.toml").read_text(encoding="utf-8").split("[[forms]]")[0]

    def pairs(self) -> list[tuple[Path, Path]]:
        """Each form beside its expected records."""
        return golden_pairs(self.golden)

    def expected(self, form: str) -> Any:
        """The records written by hand for `form` (a form's file name, or the stem it shares with its
        `<stem>.expected.json`), as `golden_pairs` pairs them."""
        return json.loads((self.golden / f"{form.split('.')[0]}.expected.json").read_text(encoding="utf-8"))

    def check_made(self, forms: int) -> None:
        """Every form is what its script makes, byte for byte, and each has its expected records."""
        rendered = fixture_script(self.script).render_all()
        assert len(rendered) == forms
        for path, data in rendered.items():
            assert path.read_bytes() == data, f"{path}: run python -m tools.{self.script}"
        assert unpaired(self.golden) == []

    def check_maps(self, source: Path, expected: Path) -> None:
        """The form maps, through the trial's config, to the records written by hand."""
        want = json.loads(expected.read_text(encoding="utf-8"))
        config = trial_registry().get(self.slug)
        assert canonical_records(config, source.read_bytes(), source.name) == want

    def config(self, tmp_path: Path, form: str) -> Any:
        """The municipality with `form` (a `[[forms]]` table) as its only form."""
        folder = tmp_path / "configs"
        folder.mkdir(exist_ok=True)
        (folder / f"{self.slug}.toml").write_text(self.head + form, encoding="utf-8")
        return load_registry(folder).get(self.slug)

    def items(self, config: Any, data: bytes, name: str) -> list[MappedItem]:
        """The items the config's first form maps from a document."""
        return map_items(extract(data, name, READ_OPTIONS), config.forms[0], "0" * 64, name, self.code)

    def check_draft(self, name: str, tmp_path: Path) -> None:
        """`hub adapters suggest`'s draft of one of the trial's forms, as printed with its "may hold
        (optional)" TODOs cleared (no path or transform edited), maps it to the records written by hand."""
        data = (self.golden / name).read_bytes()
        expected = json.loads(
            (self.golden / f"{name.split('.')[0]}.expected.json").read_text(encoding="utf-8")
        )
        assert canonical_records(self.config(tmp_path, cleared(self.draft(name))), data, name) == expected

    def check_draft_unapproved(self, name: str, tmp_path: Path, unapproved: int, mark: str) -> None:
        """As `check_draft`, for a form whose draft reads its approval column (`mark`) as the list's
        condition: every record written by hand but the one at `unapproved` (counted from 0), whose every
        row the form marks not approved, is read; that one is refused saying so (decision 0060, "Stop
        71: fixes-119")."""
        data = (self.golden / name).read_bytes()
        expected = json.loads(
            (self.golden / f"{name.split('.')[0]}.expected.json").read_text(encoding="utf-8")
        )
        items = self.items(self.config(tmp_path, self.draft(name)), data, name)  # as printed
        assert [validate_record(i.mapped, name) for i in items if i.mapped is not None] == [
            record for at, record in enumerate(expected) if at != unapproved
        ]
        assert [[p.reason_en for p in i.problems] for i in items if i.mapped is None] == [
            [f"every row is left out by its own mark ({mark}): nothing is counted"]
        ]

    def draft(self, name: str) -> str:
        """`hub adapters suggest`'s [[forms]] block for one of the trial's forms, its header comment cut:
        drafted once a content of the form in a process, as several tests of a trial look at one draft
        (decision 0058, "Stop 73: suite-128"). A test that patches suggest calls it itself."""
        data = (self.golden / name).read_bytes()
        key = (name, data)
        if key not in _drafts:
            _drafts[key] = render(suggest(extract(data, name, READ_OPTIONS), name, data)).split("\n\n", 1)[1]
        return _drafts[key]


def tj_page(
    array: str, box: tuple[int, ...] | None = None, font: Callable[[pikepdf.Pdf], Any] | None = None
) -> bytes:
    """A page showing one `TJ` at (56, 700) in 10 pt, in `font` (made in the new PDF; Helvetica when
    None), and a check box's widget at `box`: what the trials' parted `TJ`s are tried on."""
    pdf = pikepdf.new()
    if font is None:
        shown = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
        shown.BaseFont = pikepdf.Name.Helvetica
    else:
        shown = font(pdf)
    page = pdf.add_blank_page()
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(shown)))
    page.Contents = pdf.make_stream(f"BT /F1 10 Tf 1 0 0 1 56 700 Tm {array} TJ ET".encode())
    if box is not None:
        widget = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Btn)
        widget.T, widget.Rect = "b", pikepdf.Array(box)
        page.Annots = pikepdf.Array([pdf.make_indirect(widget)])
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=page.Annots)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
