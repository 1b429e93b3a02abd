"""The problems of reading one document for one form: noted on the `Reader` (`reading`) with where each
is, and said in the sender's words (a label in words, never the config's selector syntax).

Apart from `reading` because what a problem says and where (a value missing, empty, a formula never
calculated, one source of several wrong) is most of a reading's wording and none of its transforms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hub.adapters.language.missing_words import label_text, missing, printed_twice
from hub.adapters.mapping.combining_transforms import SourceError
from hub.adapters.mapping.formula_words import formula_words
from hub.adapters.mapping.provenance import Where, where_of
from hub.adapters.mapping.r_missing import na_required
from hub.adapters.mapping.selector_text import split_sheet
from hub.adapters.mapping.source_words import source_words, sources_words
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.csv_r import NA_MARK
from hub.errors import FieldProblem


@dataclass
class ReadProblems:
    """The problems of reading one document for one form, each noted where it is and said in the sender's
    words; collected instead of stopping at the first."""

    # Every field of a `Reader` is here, those of its provenance (`document_sha256`, `located`) too: a
    # dataclass's fields run base first, and a subclass cannot add one without a default after these.
    fmt: str
    filename: str
    form_id: str
    document_sha256: str
    problems: list[FieldProblem] = field(default_factory=list)
    # False: no provenance is built, a stand-in given instead (`reading.UNLOCATED`), for a reading only
    # compared with a record already stored (`hub reprocess`): saying where each value was, in two
    # languages, was an eighth of reading a document again, and an unchanged record throws it away.
    located: bool = True
    # How many cells of the document print a label (`SourceIndex.printed`): a label printed twice is
    # said as such, not as a label no cell says. The default knows of no document.
    printed: Callable[[str, str | None], int] = field(default=lambda _text, _sheet=None: 0, repr=False)
    # True: no value of the document carries a reader's mark (`marked_values.none_marked`), so no value
    # read from it is looked at for one: those looks at each value were a tenth of reading a kept PDF
    # form again. The default looks, as a reader that does not know the document must.
    unmarked: bool = False
    # A PDF's fields whose names begin with a name and a dot (`SourceIndex.nested`): a field named by
    # its parent's name is said with the whole names it has. The default knows of no document.
    nested: Callable[[str], tuple[str, ...]] = field(default=lambda _name: (), repr=False)
    # Where a PDF cut short lost fields of its form (`cut_fields`): none for a whole document.
    lost: tuple[str, ...] = ()
    # True: a whole PDF none of whose values is marked (`unmarked`, nothing `lost`): of the looks at a
    # value's sources before it is read (`source_refusals`) only a join's can refuse one, and the rest
    # are skipped for each value, not only found to say nothing. Set with the two it follows from.
    only_joins: bool = False

    def problem(self, path: str, where: Where, en: str, da: str, config_unfinished: bool = False) -> None:
        """Note one problem with one canonical field, where it was (the same in both languages, or
        English and Danish); `config_unfinished`: the config's gap, not the document's."""
        at_en, at_da = (where, where) if isinstance(where, str) else where
        self.problems.append(
            FieldProblem(
                en,
                da,
                file=self.filename,
                form=self.form_id,
                locator=at_en,
                field=path,
                locator_da=at_da,
                config_unfinished=config_unfinished,
            )
        )

    def _source_problem(
        self, path: str, exc: SourceError, found: Sequence[tuple[str, SourceValue | None]]
    ) -> None:
        """One source of several is wrong (a day of a week's grid), said at its place. A table's cell is
        named by its column's header too ("Tir"), as the person who filled it in knows it; a PDF field
        and an XML element are named by their place alone."""
        # The label or header in words ('Startdato'), never the config's `next:Startdato`.
        prefix = f"{source_words(exc.selector)}: " if self.fmt in ("csv", "xlsx") else ""
        en, da = exc.reason_en, exc.reason_da
        # A source that reads `NA` was given to the transform as empty (`combined_value`): its refusal
        # ("no hours written") is said as a single source's is, quoting the `NA` the sender sees (review-89).
        na = next((v for s, v in found if s == exc.selector and v is not None and v.meta.get(NA_MARK)), None)
        if na is not None:
            en, da = na_required(na)
        self.problem(path, self._where(found), prefix + en, prefix + da, exc.config_unfinished)

    def _where(self, found: Sequence[tuple[str, SourceValue | None]]) -> Where:
        for _, sv in found:
            if sv is not None:
                return where_of(sv, self.fmt)
        return found[0][0] if found else ""

    def _missing(self, path: str, selector: str, hint: tuple[str, str] = ("", "")) -> None:
        if self.fmt in ("csv", "xlsx") and label_text(selector) is not None:
            # The sender reads this: the label in words ("no cell says 'CPR-nr.' ..."), not the config's
            # selector syntax (`label:CPR-nr.`); the field's path leads the config's author to it.
            text, sheet = label_text(selector), split_sheet(selector)[0]
            en, da = missing(selector, self.fmt, printed=self.printed(text, sheet) if text else 0)
            self.problem(path, "", en, da)
            return
        en, da = _not_found(selector, self.fmt)
        plain = selector.partition(":")[0].strip() not in ("tooltip", "label")
        if self.fmt == "pdf" and plain and (names := self.nested(selector.strip())):
            # WeasyPrint names each radio button as its group: the field is `group.group`, and the
            # config's author, who wrote the HTML's name, is told the name the reader gives it.
            said = ", ".join(f'"{name}"' for name in names[:3])
            en += f"; it has {said}, a field inside it: write that whole name"
            da += f"; den har {said}, et felt inde i det: skriv hele navnet"
        self.problem(path, selector, en + hint[0], da + hint[1])

    def _twice(self, path: str, found: Sequence[tuple[str, SourceValue | None]]) -> bool:
        """Note an optional value's label printed twice, if it is, and say whether it was. Such a value is
        no value left out: the document holds one (or two), and which is not said. A required one's is
        refused (`_missing`); an optional one's read as none in silence (Brønderslev's "Praktiksted" line
        doubled, 70/csv/rows/15@broenderslev; decision 0064, "Stop 64: fuzz-87")."""
        if self.fmt not in ("csv", "xlsx") or len(found) != 1 or found[0][1] is not None:
            return False
        selector = found[0][0]
        text = label_text(selector)
        if text is None or not printed_twice(selector, self.printed(text, split_sheet(selector)[0])):
            return False
        self._missing(path, selector)
        return True

    def _empty(self, path: str, found: Sequence[tuple[str, SourceValue | None]]) -> None:
        if len(found) > 1:
            names = sources_words(selector for selector, _ in found)  # never `under:Fornavn`
            en, da = (
                f"no value: nothing filled in or checked in {names}",
                f"ingen værdi: intet udfyldt i {names}",
            )
        elif found and found[0][1] is not None and found[0][1].meta.get("uncached_formula"):
            en, da = formula_words(self.fmt)
        elif found and found[0][1] is not None and found[0][1].meta.get(NA_MARK):
            en, da = na_required(found[0][1])  # the cell reads "NA": "empty" is not what the sender sees
        elif found and found[0][1] is not None and found[0][1].meta.get("required"):
            # The form marks the field Required (/Ff bit 2): said, so the sender sees the form asked too.
            en, da = REQUIRED_BY_FORM
        else:
            en, da = "empty: a value is required", "tom: feltet skal udfyldes"
        self.problem(path, self._where(found), en, da)


REQUIRED_BY_FORM = (
    "empty: a value is required, and the form itself marks the field as one to fill in",
    "tom: feltet skal udfyldes, og blanketten markerer selv feltet som et, der skal udfyldes",
)


def _not_found(selector: str, fmt: str) -> tuple[str, str]:
    """A PDF field not in the document, in the sender's words: the tooltip or the words beside it the
    form shows, or its name, never the config's `tooltip:`/`label:` syntax (the selector stays the
    problem's locator, for the config's author). An XML element is named by its path, its locator."""
    kind, _, text = selector.partition(":")
    if fmt == "pdf" and kind == "tooltip" and text.strip():
        return (
            f'the form has no field with the tooltip "{text.strip()}"',
            f'blanketten har intet felt med hjælpeteksten "{text.strip()}"',
        )
    if fmt == "pdf" and kind == "label" and text.strip():
        return (
            f'the form has no field beside the words "{text.strip()}"',
            f'blanketten har intet felt ud for teksten "{text.strip()}"',
        )
    if fmt == "pdf":
        return (
            f'the form has no field named "{selector}"',
            f'blanketten har intet felt med navnet "{selector}"',
        )
    return f"not found in the document: {selector}", f"findes ikke i dokumentet: {selector}"
