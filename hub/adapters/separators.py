"""A CSV saved with another separator than its form's, said once and in words.

Read with the form's separator, a comma-separated sheet is one column of whole lines ("CPR-nr.,2211..."),
and every label the form reads by is missing: fifteen lines of "not found", naming the config's selectors,
about labels the sender sees in the file. When the file's own separator (found from its bytes) finds
labels the form cannot do without that the form's separator does not, the file was saved the wrong way,
and that is the one thing to say. So too for a table of one item a row whose header row the file's own
separator finds and the form's does not: "no header row with: CPR, P-nummer, ..." named headers the
sender can see.
"""

from __future__ import annotations

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.mapping.items import headers_of
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem

# Each separator as people call it (English, Danish), as in "separated by commas" / "adskilt med komma".
WORDS = {
    ";": ("semicolons", "semikolon"),
    ",": ("commas", "komma"),
    "\t": ("tabs", "tabulator"),
    "|": ("vertical bars", "lodret streg"),
}


def saved_otherwise(
    form: FormConfig,
    own: Extraction,
    read: Extraction,
    filename: str,
    sender: tuple[str, str],
    cache: IndexCache,
) -> FieldProblem | None:
    """The one problem of a CSV whose own separator (its reading `own`, sniffed) differs from its form's
    (the reading `read`, with the form's options) and finds labels the form needs that `read` lacks;
    None when the form's separator reads it as well."""
    found, wanted = own.meta.get("delimiter"), read.meta.get("delimiter")
    needed, headers = required_labels(form), table_headers(form)
    if found == wanted or found not in WORDS or wanted not in WORDS or not (needed or headers):
        return None
    as_sent = form.index(own, cache)
    lost = [as_sent.resolve(s) for s in needed]
    header_row = as_sent.find_header_row(headers) if headers else None
    as_read = form.index(read, cache)  # after `as_sent`: the cache keeps the index mapping goes on with
    first = next((v for s, v in zip(needed, lost, strict=True) if v and as_read.resolve(s) is None), None)
    if first is not None:
        row = first.meta.get("row")
    elif header_row is not None and as_read.find_header_row(headers) is None:
        row = header_row[0]  # a table's header row: "no header row with: CPR, ..." would miss the point
    else:
        return None
    (found_en, found_da), (wanted_en, wanted_da) = WORDS[found], WORDS[wanted]
    # The form by its title in each language: one the hub words itself (the company's) has an English one.
    title_da = form.title or form.id
    title_en, (who_en, who_da) = form.title_en or title_da, sender
    return FieldProblem(
        f'the file is separated by {found_en}, but {who_en}\'s form "{title_en}" uses {wanted_en}: '
        f"save it again separated by {wanted_en}",
        f'filen er adskilt med {found_da}, men blanketten "{title_da}" fra {who_da} bruger {wanted_da}: '
        f"gem den igen adskilt med {wanted_da}",
        file=filename,
        form=form.id,
        locator=f"row {row}" if row else "",
        locator_da=f"række {row}" if row else "",
    )


def table_headers(form: FormConfig) -> list[str]:
    """The column headers of a form whose items are the rows of a table (`[forms.items]` with a key, not
    `across`), which the file's separator must find in one row; none for any other form."""
    items = form.items
    if items is None or not items.key or items.across:
        return []
    return headers_of(form)


def required_labels(form: FormConfig) -> list[str]:
    """The label selectors (`label:`, `below:`, `next:`, `under:`) of the form's fields that a record
    cannot do without: not optional, not nullable, no default. Missing, each rejects the document."""
    labels = form.label_selectors
    needed = []
    for rule in form.fields:
        if rule.optional or rule.nullable or any(call.name == "default" for call in rule.transforms):
            continue
        needed += [s.strip() for s in (rule.source, *rule.sources) if s and s.strip() in labels]
    return needed
