"""XLSX mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is): the
workbook's zip opened, one part edited (a cell's type, value, reference or style in the sheet's XML; a
part dropped, damaged or compressed otherwise) and the zip written again; or the zip's bytes cut short."""

from __future__ import annotations

import io
import random
import re
import zipfile
from xml.sax.saxutils import escape

from tools.fuzz_forms_text import ODD, Mutator, odd_for, truncate

_CELL = re.compile(rb"<c\b[^>]*?(?:/>|>.*?</c>)", re.DOTALL)
_VALUE = re.compile(rb"(<v>|<t(?: [^>]*)?>)(.*?)(</v>|</t>)", re.DOTALL)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, body in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), body, compress_type=method)
    return out.getvalue()


def _sheet(parts: dict[str, bytes]) -> str:
    return sorted(n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml"))[0]


def _edit_cell(data: bytes, rng: random.Random, edit: object) -> bytes | None:
    """Apply `edit(cell_bytes, rng) -> bytes` to one cell of the first sheet."""
    parts = _parts(data)
    name = _sheet(parts)
    cells = list(_CELL.finditer(parts[name]))
    if not cells:
        return None
    cell = rng.choice(cells)
    new = edit(cell.group(0), rng)  # type: ignore[operator]
    parts[name] = parts[name][: cell.start()] + new + parts[name][cell.end() :]
    return _zip(parts)


def _with_type(cell: bytes, kind: str) -> bytes:
    head, _, rest = cell.partition(b">")
    head = re.sub(rb'\st="[^"]*"', b"", head)
    if head.endswith(b"/"):
        return head[:-1] + f' t="{kind}"/>'.encode()
    return head + f' t="{kind}">'.encode() + rest


def cell_type(data: bytes, rng: random.Random) -> bytes | None:
    """A cell's type changed and its content left: a string read as a number, a shared string's index
    read as text, a boolean of 7, an error cell, a date type (ISO 8601 cells)."""
    kind = rng.choice(["n", "s", "b", "e", "str", "d", "inlineStr", "zz"])
    return _edit_cell(data, rng, lambda cell, _rng: _with_type(cell, kind))


def _odd_value(cell: bytes, rng: random.Random) -> bytes:
    found = _VALUE.search(cell)
    if not found:
        return cell
    old = found.group(2).decode("utf-8", "replace")
    odd = odd_for(old, rng)
    raw = rng.random() < 0.3  # raw control characters and markup, as a broken writer leaves them
    body = (odd if raw else escape(odd)).encode("utf-8", "surrogatepass")
    return cell[: found.start(2)] + body + cell[found.end(2) :]


def cell_value(data: bytes, rng: random.Random) -> bytes | None:
    """A cell's value replaced by an odd one fit to what it held (huge number, 2026-02-30, control chars)."""
    return _edit_cell(data, rng, _odd_value)


def _odd_ref(cell: bytes, rng: random.Random) -> bytes:
    ref = rng.choice(["A0", "XFE1", "A1048577", "1A", "", "a1", "AAAAAAAA1", "A99999999999999999999", "$B$3"])
    if rng.random() < 0.3:
        return re.sub(rb'\sr="[^"]*"', b"", cell, count=1)
    return re.sub(rb'\sr="[^"]*"', f' r="{ref}"'.encode(), cell, count=1)


def cell_ref(data: bytes, rng: random.Random) -> bytes | None:
    """A cell's reference made impossible, lower case, huge, or left out."""
    return _edit_cell(data, rng, _odd_ref)


def cell_style(data: bytes, rng: random.Random) -> bytes | None:
    """A cell given a style index the workbook does not have, or a negative one."""
    style = rng.choice(["999", "-1", "x", "1" * 30])
    return _edit_cell(data, rng, lambda c, _r: re.sub(rb"^<c\b", f'<c s="{style}"'.encode(), c, count=1))


def cell_drop(data: bytes, rng: random.Random) -> bytes | None:
    """A cell taken out, or written twice (the same reference with another value)."""
    if rng.random() < 0.5:
        return _edit_cell(data, rng, lambda _c, _r: b"")
    return _edit_cell(data, rng, lambda c, r: c + _odd_value(c, r))


def part_damage(data: bytes, rng: random.Random) -> bytes | None:
    """One part of the zip dropped, cut short, flipped in a few bytes, or made ill-formed XML."""
    parts = _parts(data)
    name = rng.choice(sorted(parts))
    body = parts[name]
    choice = rng.randrange(4)
    if choice == 0:
        del parts[name]
    elif choice == 1:
        parts[name] = body[: rng.randrange(len(body) + 1)]
    elif choice == 2:
        flipped = bytearray(body)
        for _ in range(rng.randrange(1, 8)):
            if flipped:
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        parts[name] = bytes(flipped)
    else:
        parts[name] = body.replace(b"</", b"<", 1)
    return _zip(parts)


def zip_method(data: bytes, rng: random.Random) -> bytes | None:
    """The same parts stored, or compressed with bzip2 or LZMA (which few spreadsheet readers expect)."""
    method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    return _zip(_parts(data), method)


def zip_bytes(data: bytes, rng: random.Random) -> bytes | None:
    """The zip's own bytes damaged: cut short, its central directory flipped, or junk appended."""
    choice = rng.randrange(3)
    if choice == 0:
        return truncate(data, rng)
    if choice == 1:
        at = data.rfind(b"PK\x01\x02")
        damaged = bytearray(data)
        for _ in range(4):
            damaged[rng.randrange(at, len(data))] = rng.randrange(256)
        return bytes(damaged)
    return data + rng.choice(ODD[5:10]).encode() * 100


XLSX: dict[str, Mutator] = {
    "cell_type": cell_type,
    "cell_value": cell_value,
    "cell_ref": cell_ref,
    "cell_style": cell_style,
    "cell_drop": cell_drop,
    "part_damage": part_damage,
    "zip_method": zip_method,
    "zip_bytes": zip_bytes,
}
