"""The TOML text of a `hub adapters suggest` draft: its header, recognise and reader tables and fields.

Strings and comments are written by `toml_text` (so whatever a document holds, the draft parses, its CPR
numbers masked); the blocks for a table a list could read are written by `render_tables`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hub.adapters.suggest.codes import likely
from hub.adapters.suggest.fields import NOT_CPR_PATHS, mask_cpr
from hub.adapters.suggest.form_paths import FORM_PATHS, NULLABLE_PATHS
from hub.adapters.suggest.missing import missing_lines
from hub.adapters.suggest.render_tables import blocks_block, list_block, table_block, trailer_block
from hub.adapters.suggest.row_marks import approval_column
from hub.adapters.suggest.subtotal_lines import subtotal_rule
from hub.adapters.suggest.targets import TARGETS
from hub.adapters.suggest.toml_text import note, q, value

if TYPE_CHECKING:
    from hub.adapters.suggest.fields import FieldSuggestion
    from hub.adapters.suggest.suggestion import Suggestion


def _inline(call: dict[str, Any]) -> str:
    return value(call).replace('"name" = ', "name = ")


def _skipped(pages: tuple[int, ...]) -> list[str]:
    """A warning: the PDF's labels were read only in part (decision 0027, stop 35)."""
    if not pages:
        return []
    listed = ", ".join(map(str, pages))
    return [
        f"# WARNING: the printed labels of page {listed} were not read (finding them is too much work in",
        "# this PDF): its fields there are named by name or tooltip only; a label: selector would fail.",
    ]


def _unreadable(pages: tuple[int, ...]) -> list[str]:
    """A warning: a PDF page's printed text could not be read at all (decision 0060, stop 55)."""
    if not pages:
        return []
    listed = ", ".join(map(str, pages))
    return [
        f"# WARNING: the printed text of page {listed} could not be read (its content is damaged, or packed",
        "# in a way the hub cannot unpack): no title or label there is drafted. Draft from a copy saved anew",
        "# by the program the form was made with; this file's own pages would be refused the same way.",
    ]


def render(s: Suggestion) -> str:
    """The whole draft."""
    lines = [
        f"# Draft adapter config for {note(s.filename)}, written by `hub adapters suggest`.",
        "# Every path and transform is a guess from the field names, tooltips, labels and values seen:",
        "# check each one, fill in every TODO, then put this block into config/municipalities/<slug>.toml",
        "# after [municipality] and [audit]. Values seen are shown as comments (CPR numbers masked).",
        *_skipped(s.labels_skipped),
        *_unreadable(s.text_unreadable),
        "",
        "[[forms]]",
        f"id = {q(s.form_id)}",
        f"form_type = {q(s.form_type)}  # "
        + (f'guessed from the word "{s.type_word}"' if s.type_word else "TODO: the default guess")
        + f"; one of {', '.join(FORM_PATHS)}",
        f"format = {q(s.format)}",
        f"title = {q(s.title)}  # TODO: the form's own title",
        "",
        "  [forms.recognise]  # TODO: check these tell this form apart from the municipality's other forms",
    ]
    lines += [f"  {k} = {value(v)}" for k, v in s.recognise.items() if v] or ['  # contains = ["TODO"]']
    if s.reader:
        lines += ["", "  [forms.reader]", *(f"  {k} = {value(v)}" for k, v in s.reader.items())]
    if s.items_rows:
        one = s.items_rows.rpartition("/")[2]
        lines += [
            "",
            f"  [forms.items]  # many records: one a <{one}>; each field's path is from it (../ the element",
            "                 # above it). TODO: check one record is one of these, not the element around it",
            f"  rows = {q(s.items_rows)}",
        ]
    for plan in (p for p in s.plans if p.mode == "items"):
        if plan.items.get("across"):
            lines += ["", "  [forms.items]  # many records: one a column, the labels down the sheet's left"]
        else:
            lines += ["", "  [forms.items]  # many records: one a row, named by the citizen's CPR column"]
        lines.append(f"  key = {q(str(plan.items['key']))}")
        if plan.items.get("across"):
            lines.append("  across = true  # column:Label reads the record's cell on that label's row")
        if plan.items.get("group"):
            lines.append("  group = true  # a citizen's rows follow one another: one record for them all")
        if plan.table.subtotal:  # a line of sums after each citizen's rows: checked, not read
            lines.append(
                f"  subtotals = {{ {subtotal_rule(plan.table.subtotal)} }}  # a line of sums inside the table"
            )
        if plan.table.trailer and plan.table.trailer != plan.table.subtotal:  # the table ends there
            lines.append(f"  stop = {{ label = {q(plan.table.trailer)} }}  # the row after the table's last")
    # A list's approval column is drafted as its condition (`row_marks`), not offered as a field.
    marks = {f"column:{found[0]}" for p in s.plans if p.list_columns and (found := approval_column(p.table))}
    for suggestion in s.fields:
        if suggestion.path is None and set(suggestion.selectors) & marks:
            continue
        lines += _field(suggestion)
    lines += s.rows
    if not any(f.path for f in s.fields):
        lines += ["", "  # TODO: no field was recognised: a form needs at least one [[forms.fields]]"]
    listed = ""  # where the table the entries are read from is
    for plan in s.plans:
        entries = bool(plan.list_columns) and "entries" in FORM_PATHS[s.form_type] and not listed
        if entries:
            lines += list_block(plan, s)
            listed = note(plan.table.where)
        elif plan.mode in ("none", "list") or plan.list_columns:
            block = table_block(plan.table, s, total=not listed, months=plan.months)
            if listed and plan.list_columns:
                # A second table of days or weeks and hours (a summary sheet of the weeks' hours) read as
                # entries too made two lists of one path, a draft no config loads (decision 0060, "Stop
                # 62: trial-78"): the first table, the form's own rows, is read; this one is offered.
                block[1:1] = [f"  # TODO: also looks like entries, read above from the table at {listed}"]
            lines += block
        if plan.table.trailer and plan.mode != "items" and not entries:  # their stop is drafted
            lines += trailer_block(plan.table)
        if plan.table.blocks:
            lines += blocks_block(plan.table)
    if s.missing:
        needs = ", ".join(s.missing)
        lines += ["", f"  # TODO: not found in this file, but a {s.form_type} record needs: {needs}"]
        lines += missing_lines(s.missing)
    return "\n".join(lines) + "\n"


def _seen(suggestion: FieldSuggestion, with_note: bool = True) -> str:
    shown = suggestion.seen_many or suggestion.seen or "(empty)"
    extra = suggestion.note if with_note else ""
    return "; ".join(p for p in (suggestion.where, f"seen: {shown}", extra) if p)


def _field(f: FieldSuggestion) -> list[str]:
    if f.path is None:
        # A choice the record may hold keeps its map, so that the field taken in reads its words.
        choice = [f"  # transforms = [{_inline({'name': 'map', 'values': f.targets})}]"] if f.targets else []
        return [
            "",
            f"  # TODO: {note(f.note)} ({note(_seen(f, with_note=False))})",
            "  # [[forms.fields]]",
            '  # path = "TODO"',
            f"  # source = {note(q(f.selectors[0]), 200)}",
            *choice,
        ]
    out = ["", "  [[forms.fields]]", f"  path = {q(f.path)}"]
    seen = _seen(f)
    if f.note.startswith("TODO:"):  # a choice to check (`sections`): a line of its own, not cut short
        out.insert(1, f"  # {note(f.note, 200)}")
        seen = _seen(f, with_note=False)
    masked = f.path not in NOT_CPR_PATHS  # a P-number may read as a birth date: it is still no CPR
    if len(f.selectors) > 1:
        out.append(f"  sources = {value(f.selectors)}  # {note(seen, masked=masked)}")
    else:
        out.append(f"  source = {q(f.selectors[0])}  # {note(seen, masked=masked)}")
    if f.optional:
        out.append("  nullable = true" if f.path in NULLABLE_PATHS else "  optional = true")
    if f.flagged:  # said where `optional` would be: the author sees why it is not
        out.append("  # the form marks this field Required: drafted as one the record needs")
    if f.transforms[:1] == ["checked"] and len(f.transforms) > 1:
        # A score: checked then integer, written inline (an array of tables cannot hold the string).
        call: dict[str, Any] = {"name": "checked", "values": f.targets}
        return [*out, f"  transforms = [{_inline(call)}, {value(f.transforms[1:])[1:-1]}]"]
    if f.args:  # the first transform with arguments, written inline: [{ name = "last_day", unit = "weeks" }]
        rest = f", {value(f.transforms[1:])[1:-1]}" if len(f.transforms) > 1 else ""
        return [*out, f"  transforms = [{_inline({'name': f.transforms[0], **f.args})}{rest}]"]
    if f.transforms not in (["map"], ["checked"], ["map", "integer"], ["map", "default"]):
        return out + ([f"  transforms = {value(f.transforms)}"] if f.transforms else [])
    known = ", ".join(t for t, _ in TARGETS.get(f.path, ()))
    known = known or ("1 to 5" if f.path.startswith("scores.") else "")  # a mark's digit
    what = "box" if f.transforms == ["checked"] else "value"
    out += [
        "    [[forms.fields.transforms]]",
        f"    name = {q(f.transforms[0])}  # TODO: check each {what}; canonical: {known}",
    ]
    if f.default is not None and f.transforms[0] == "checked":
        empty = "the box left empty" if len(f.selectors) == 1 else "no box ticked"
        out.append(f"    default = {q(f.default)}  # {empty}")
    out.append("      [forms.fields.transforms.values]")
    for seen, target in f.targets.items():
        words = f.printed.get(seen)
        code = likely(f.path, seen) if target == "TODO" else ""  # a bare code ("ORD"): what it may be
        comment = f"TODO: {code}" if code else "TODO" if target == "TODO" else "none" if not target else ""
        comment = "; ".join(c for c in (comment, f"printed {note(q(words), 60)}" if words else "") if c)
        out.append(f"      {q(mask_cpr(seen))} = {q(target)}" + (f"  # {comment}" if comment else ""))
    if f.more_values:  # the first rows hold more values than are named: the person adds the rest
        out.append("      # TODO: … the column holds more values than these: add a line for each")
    if not f.targets:
        out.append('      # TODO: one line per value the form uses, e.g. "Kontanthjælp" = "kontanthjaelp"')
    for then in f.transforms[1:]:  # a radio group's mark, mapped to its digit, then made a number
        out += ["    [[forms.fields.transforms]]", f"    name = {q(then)}"]
        if then == "default":  # what an empty value means: a flag's false printed as "" (`flags`)
            out.append(f"    value = {q(f.default or '')}  # the value left empty")
    return out
