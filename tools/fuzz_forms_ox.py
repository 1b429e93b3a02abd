"""XML mutators of `tools.fuzz_forms` (decision 0064, stop 74) aimed at what Ruby's Ox writes (Odense's
progress reports): `Ox.dump` puts an attribute's or a text's Ruby object through `to_s`, so the value's
Ruby type decides its text, and its `indent` option the document's layout.

- `xml/ox`: one value as another Ruby type writes it: a moment as `Time#to_s` of a UTC time (`... UTC`),
  `Time#inspect` (a fraction of a second), `Time#xmlschema(9)`, `DateTime#to_s`, `Date#to_s`, or as
  Ox's own `time_format`s `:unix` (`1822519800.000000000`) and `:unix_zone` (`...e3600`); a whole number
  as a Float (`4.0`), a BigDecimal (`0.4e1`), a Rational (`4/1`) or a Complex (`4+0i`); any value as
  `nil.to_s` (empty), `nil.inspect` (`nil`), a Symbol's `inspect` (`:aktiv`) or a String's (`"..."`),
  or its bytes in Latin-1, as Ox writes a String of another encoding without converting it.
- `xml/ox_layout`: the document as `Ox.dump` writes it with another `indent` (-1: one line; 0; 4), with
  or without `with_xml`'s declaration and its blank first line: read as its seed (`SAME`).

A moment written otherwise names the same day in Denmark or is refused; never another day.
"""

from __future__ import annotations

import datetime
import random
import re

from lxml import etree

from tools.fuzz_forms_text import _tree

_MOMENT = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.\d+)? ?([+-]\d\d):?(\d\d)$")
_LATIN1 = "\ue000"  # a place-holder for the value whose bytes are written in Latin-1


def _moment(text: str, rng: random.Random) -> str:
    """The moment as Ruby or Ox writes a Time (or a DateTime, a Date) otherwise."""
    year, month, day, hour, minute, second, zh, zm = _MOMENT.match(text).groups()  # type: ignore[union-attr]
    offset = datetime.timedelta(hours=int(zh), minutes=int(zm) * (-1 if zh.startswith("-") else 1))
    zone = datetime.timezone(offset)
    y, mo, d, h, mi, s = map(int, (year, month, day, hour, minute, second))
    when = datetime.datetime(y, mo, d, h, mi, s, tzinfo=zone)
    utc = when.astimezone(datetime.UTC)
    z = when.strftime("%z")
    return rng.choice([
        utc.strftime("%Y-%m-%d %H:%M:%S UTC"),  # Time#to_s of a UTC time
        when.strftime("%Y-%m-%d %H:%M:%S.5 ") + z,  # Time#inspect, a fraction of a second
        when.strftime("%Y-%m-%dT%H:%M:%S.000000000") + z[:3] + ":" + z[3:],  # Time#xmlschema(9)
        when.strftime("%Y-%m-%dT%H:%M:%S") + z[:3] + ":" + z[3:],  # DateTime#to_s
        when.strftime("%Y-%m-%d"),  # Date#to_s
        f"{int(when.timestamp())}.000000000",  # Ox's :unix
        f"{int(when.timestamp())}.000000000e{int(offset.total_seconds())}",  # Ox's :unix_zone
    ])  # fmt: skip


def _whole(text: str, rng: random.Random) -> str:
    """A whole number as another Ruby numeric's `to_s`."""
    n = int(text)
    digits = str(abs(n)).rstrip("0") or "0"
    exponent = len(str(abs(n))) if n else 0
    return rng.choice([f"{n}.0", f"0.{digits}e{exponent}", f"{n}/1", f"{n}+0i"])


def _any(text: str, rng: random.Random) -> str:
    """Any value as `nil.to_s`, `nil.inspect`, a Symbol's or a String's `inspect`, or in Latin-1."""
    symbol = f":{text}" if re.fullmatch(r"[A-Za-z_]\w*", text) else ':"' + text.replace('"', '\\"') + '"'
    return rng.choice(["", "nil", symbol, '"' + text.replace('"', '\\"') + '"', _LATIN1])


def ox_value(data: bytes, rng: random.Random) -> bytes | None:
    """One element's text or attribute's value written as Ox writes another Ruby type."""
    root = _tree(data)
    places = [
        (e, None) for e in root.iter() if isinstance(e.tag, str) and not len(e) and (e.text or "").strip()
    ]
    places += [(e, name) for e in root.iter() if isinstance(e.tag, str) for name in e.attrib]
    if not places:
        return None
    element, name = rng.choice(places)
    text = (element.text if name is None else element.get(name)) or ""
    stripped = text.strip()
    if _MOMENT.match(stripped) and rng.random() < 0.7:
        new = _moment(stripped, rng)
    elif re.fullmatch(r"-?\d{1,6}", stripped) and rng.random() < 0.7:
        new = _whole(stripped, rng)
    else:
        new = _any(stripped, rng)
    latin1 = new == _LATIN1
    if name is None:
        element.text = new if new else None  # nil: Ox writes an element with no nodes as `<x/>`
    else:
        element.set(name, new)
    out = etree.tostring(root, encoding="UTF-8", xml_declaration=data.lstrip().startswith(b"<?xml"))
    if latin1:
        out = out.replace(_LATIN1.encode(), stripped.encode("latin-1", "replace"))
    return out


def ox_layout(data: bytes, rng: random.Random) -> bytes | None:
    """The document as `Ox.dump` writes it with another indent, with or without its declaration."""
    root = _tree(data)
    for e in root.iter():
        if isinstance(e.tag, str) and len(e) and not (e.text or "").strip():
            e.text = None
        if e is not root and not (e.tail or "").strip():
            e.tail = None
    indent = rng.choice([-1, 0, 4])
    if indent >= 0:
        etree.indent(root, space=" " * indent)
    body = etree.tostring(root, encoding="unicode")
    head = rng.choice(["", "\n", '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0"?>\n'])
    return (head + body + "\n").encode("utf-8")


XML = {"ox": ox_value, "ox_layout": ox_layout}
SAME = {"xml/ox_layout"}
