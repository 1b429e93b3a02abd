"""A CSV mutator of `tools.fuzz_forms` (decision 0064, stop 74) aimed at what a hand-written Lua script
writes (Odense's mentor visits): Lua has no CSV library, so the script quotes by hand, and a value goes
through `tostring`, `string.format` or `os.date` on its way out.

- `csv/lua`: a cell quoted as `string.format("%q", s)` quotes it (a quote after a backslash, a line
  break after a backslash), a cell holding the separator left unquoted, every cell quoted, an empty
  cell written as `tostring(nil)` (`nil`), a number as Lua 5.4 writes it (`tostring(2.0)` is `2.0`,
  `%q` of a float a hexadecimal float `0x1.8p+0`, `%g`, `0/0` as `-nan`, `math.huge` as `inf`), a
  day as `os.date` writes it in the C locale (`%c`, `%x` month first, `os.time()`'s seconds, `!...Z`).

Read, a mutant must be its seed's records or what the mutant's cell now says; refused, it must meet the
tool's bar. A cell read as `nil` (the word) or as a day `%x` names otherwise is the misreading to look for.
"""

from __future__ import annotations

import datetime
import random
import re

from tools.fuzz_forms_csv import _rows

_DAY = re.compile(r"^(\d\d)-(\d\d)-(\d{4})$")
_NUMBER = re.compile(r"^-?\d+\.\d+$")


def _q(cell: str) -> str:
    """`string.format("%q", cell)`: a backslash before a quote, a backslash and a line break before one."""
    inner = cell.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\\n").replace("\r", "\\r")
    return f'"{inner.replace(chr(0), chr(92) + "0")}"'


def _rfc(cell: str, delimiter: str, always: bool = False) -> str:
    """A cell quoted where needed (the separator, a quote, a line break), the quote doubled."""
    if always or any(c in cell for c in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _number(cell: str, rng: random.Random) -> str:
    """A number as Lua 5.4 writes it otherwise than `%.2f`."""
    value = float(cell)
    return rng.choice([
        repr(value),  # tostring: 1.5, 2.0
        re.sub(r"\.?0+p", "p", value.hex()),  # %q of a float: a hexadecimal float, 0x1.8p+0
        f"{value:g}",  # %g: 2
        "-nan",  # 0/0
        "inf",  # math.huge
        f"{value * 1e15:.0e}",  # a sum gone wrong: 2e+15
    ])  # fmt: skip


def _date(cell: str, rng: random.Random) -> str:
    """A day `dd-mm-yyyy` as `os.date` writes it in the C locale, or `os.time()`'s seconds."""
    day, month, year = map(int, _DAY.match(cell).groups())  # type: ignore[union-attr]
    when = datetime.datetime(year, month, day, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    return rng.choice([
        when.strftime("%a %b ") + f"{day:>2}" + when.strftime(" %H:%M:%S %Y"),  # %c
        when.strftime("%m/%d/%y"),  # %x: the month first
        str(int(when.timestamp())),  # os.time()
        when.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),  # os.date("!%Y-%m-%dT%H:%M:%SZ")
    ])  # fmt: skip


def csv_lua(data: bytes, rng: random.Random) -> bytes | None:
    """The seed written again as a Lua script by hand writes it, one thing done the Lua way."""
    rows, delimiter, encoding = _rows(data)
    if len(rows) < 2:
        return None
    out = [[_rfc(c, delimiter) for c in row] for row in rows]
    r = rng.randrange(1, len(rows))
    choice = rng.randrange(7)
    if choice == 0:  # %q on every cell that needs quoting
        out = [[_q(c) if _rfc(c, delimiter) != c else c for c in row] for row in rows]
    elif choice == 1:  # the quoting forgotten where a cell holds the separator or a quote
        holding = [(i, j) for i, row in enumerate(rows) for j, c in enumerate(row) if _rfc(c, delimiter) != c]
        if not holding:
            return None
        i, j = rng.choice(holding)
        out[i][j] = rows[i][j]
    elif choice == 2:  # every cell quoted
        out = [[_rfc(c, delimiter, always=True) for c in row] for row in rows]
    elif choice == 3:  # an empty cell as tostring(nil)
        empty = [j for j, c in enumerate(rows[r]) if not c.strip()] or list(range(len(rows[r])))
        out[r][rng.choice(empty)] = "nil"
    elif choice in (4, 5):  # a number, then a day, the Lua way
        shape, write = (_NUMBER, _number) if choice == 4 else (_DAY, _date)
        cells = [(i, j) for i, row in enumerate(rows) if i for j, c in enumerate(row) if shape.match(c)]
        if not cells:
            return None
        i, j = rng.choice(cells)
        out[i][j] = write(rows[i][j], rng)
    else:  # one row's cells all %q-quoted
        out[r] = [_q(c) for c in rows[r]]
    text = "".join(delimiter.join(row) + "\n" for row in out)
    return text.encode(encoding, "replace")


LUA = {"lua": csv_lua}
