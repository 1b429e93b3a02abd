"""Danish first: every message has its Danish, and no page shows a string the catalogue does not translate.

The catalogue (`hub/translations/da/LC_MESSAGES/messages.po`) is checked against the code: every `_()`,
`_l()`, `gettext` and `ngettext` message id in `hub/` (extracted with babel's own extractor, Python and
Jinja) must be there with a Danish msgstr, none fuzzy, and the compiled `.mo` must be newer than the
`.po`. Then every page of the URL map is opened as each role that may see it, on a copy of the lived
demo: in Danish, every message looked up while rendering must be in the catalogue and no English message
id may show; in English, no Danish translation may show where an English text was meant.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from gettext import GNUTranslations
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import web_pages
from accounts import csrf_token, sign_in
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po
from babel.support import Translations
from conftest import ROOT
from flask import Flask
from flask_babel import gettext
from matrix import ROLES, Target

from hub.web.i18n import compiled_catalogues

# The access matrix's copy of the lived demo and each user's own objects in it, as fixtures of this module.
matrix_app = web_pages.matrix_app
targets = web_pages.targets
CATALOGUE = ROOT / "hub" / "translations" / "da" / "LC_MESSAGES"
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None, "lazy_ngettext": (1, 2)}
METHODS = [("**/templates/**.html", "jinja2.ext:babel_extract"), ("**.py", "python")]
# What a person reads: text, and the attributes a screen reader speaks.
SPOKEN = ("aria-label", "title", "alt", "placeholder")
# Babel's plain `en` writes dates the American way: `10/5/26`, `Oct 5, 2026`, `2:03 PM`.
AMERICAN = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2}(?!\d)|\b[A-Z][a-z]{2} \d{1,2}, \d{4}|\b\d{1,2}:\d\d\s?[AP]M\b"
)


@pytest.fixture(scope="module")
def catalogue() -> Catalog:
    """The Danish catalogue as babel reads it."""
    with (CATALOGUE / "messages.po").open("rb") as po:
        return read_po(po, locale="da")


def _msgid(message: Any) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _translations(message: Any) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def test_every_message_has_danish_and_none_is_fuzzy(catalogue: Catalog) -> None:
    untranslated = [_msgid(m) for m in catalogue if m.id and not all(s.strip() for s in _translations(m))]
    fuzzy = [_msgid(m) for m in catalogue if m.id and m.fuzzy]
    assert untranslated == [], "messages without Danish"
    assert fuzzy == [], "fuzzy messages: check the Danish and drop the fuzzy flag"


def _used_in_code() -> dict[str, str]:
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT / "hub"), METHODS, keywords=KEYWORDS
    ):
        msgid = message if isinstance(message, str) else message[0]
        if msgid:
            found.setdefault(msgid, f"hub/{filename}:{lineno}")
    return found


def test_every_message_of_the_code_is_in_the_catalogue(catalogue: Catalog) -> None:
    used = _used_in_code()
    assert "Sign in" in used and "Job queue" in used  # the extractor sees templates and Python
    missing = [f"{where}: {msgid!r}" for msgid, where in sorted(used.items()) if msgid not in catalogue]
    assert missing == [], "append these to messages.po with their Danish:\n" + "\n".join(missing)


def test_the_compiled_catalogue_is_not_older_than_its_source() -> None:
    po, mo = CATALOGUE / "messages.po", CATALOGUE / "messages.mo"
    assert mo.exists(), "compile it: make hub/translations/da/LC_MESSAGES/messages.mo"
    assert mo.stat().st_mtime >= po.stat().st_mtime, "messages.mo is older than messages.po: run make"


def visible_text(html: str) -> str:
    """What a person reads or hears on a page: its text and spoken attributes, whitespace collapsed."""
    tree = lxml.html.fromstring(html)
    # A document's own words (`translate="no"`: field names and labels quoted in a locator) are not ours.
    for hidden in tree.xpath("//script | //style | //head | //*[@translate='no']"):
        hidden.drop_tree()
    spoken = [str(v) for name in SPOKEN for v in tree.xpath(f"//@{name}")]
    return " ".join(" ".join([tree.text_content(), *spoken]).split())


def _shows(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Every message id looked up in the Danish catalogue that the catalogue does not have."""
    missed: set[str] = set()
    single, plural = Translations.ugettext, Translations.ungettext

    def ugettext(self: Translations, message: str) -> str:
        if message not in self._catalog:  # type: ignore[attr-defined]
            missed.add(message)
        return single(self, message)

    def ungettext(self: Translations, singular: str, plural_: str, n: int) -> str:
        if (singular, 0) not in self._catalog:  # type: ignore[attr-defined]
            missed.add(singular)
        return plural(self, singular, plural_, n)

    monkeypatch.setattr(Translations, "ugettext", ugettext)
    monkeypatch.setattr(Translations, "ungettext", ungettext)
    yield missed


def _open_all(app: Flask, found: dict[str, Target], role: str, lang: str) -> Iterator[tuple[str, str]]:
    client = app.test_client()
    listed = web_pages.pages(app, found, role)
    assert listed, f"no page for {role}"
    assert sign_in(client, listed[0].username).status_code == 302
    if lang == "en":
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    for page in listed:
        answer = client.get(page.url)
        assert answer.status_code == 200, f"{page.url} as {page.username}: {answer.status_code}"
        html = answer.get_data(as_text=True)
        assert f'<html lang="{lang}">' in html, page.url
        yield page.url, html


def _english_only(catalogue: Catalog) -> list[str]:
    # Message ids of some length whose Danish differs: short words ("Job", "Status") read the same.
    return [
        _msgid(m)
        for m in catalogue
        if m.id and _msgid(m) not in _translations(m) and (" " in _msgid(m) or len(_msgid(m)) >= 8)
    ]


def _danish_only(catalogue: Catalog) -> list[str]:
    return [
        s
        for m in catalogue
        if m.id
        for s in _translations(m)
        if s != _msgid(m) and "%(" not in s and (" " in s or len(s) >= 8)
    ]


@pytest.mark.parametrize("role", ROLES)
def test_no_page_in_danish_shows_an_untranslated_string(
    matrix_app: Flask, targets: dict[str, Target], catalogue: Catalog, lookups: set[str], role: str
) -> None:
    english = [m for m in _english_only(catalogue) if "%(" not in m]
    shown = []
    for url, html in _open_all(matrix_app, targets, role, "da"):
        text = visible_text(html)
        shown += [f"{url}: {m!r}" for m in english if _shows(text, m)]
    assert sorted(lookups) == [], f"looked up as {role} but not in the catalogue"
    assert shown == [], "English on a Danish page:\n" + "\n".join(shown)


@pytest.mark.parametrize("role", ROLES)
def test_no_page_in_english_shows_danish(
    matrix_app: Flask, targets: dict[str, Target], catalogue: Catalog, role: str
) -> None:
    danish = _danish_only(catalogue)
    shown = []
    for url, html in _open_all(matrix_app, targets, role, "en"):
        text = visible_text(html)
        shown += [f"{url}: {s!r}" for s in danish if _shows(text, s)]
        shown += [f"{url}: {d!r}" for d in AMERICAN.findall(text)]
    assert shown == [], "Danish (or an American date) on an English page:\n" + "\n".join(shown)


def test_the_check_sees_a_missing_translation(matrix_app: Flask, lookups: set[str]) -> None:
    """The spy on the catalogue is what the page tests rely on: a message not in it is caught."""
    with matrix_app.test_request_context("/"):
        assert gettext("Sign in") == "Log ind"
        assert gettext("A sentence nobody translated") == "A sentence nobody translated"
    assert lookups == {"A sentence nobody translated"}


def test_visible_text_reads_spoken_attributes_and_skips_scripts() -> None:
    html = (
        '<html><head><title>T</title></head><body><p>Hej</p><nav aria-label="Menu"></nav>'
        "<script>x</script></body></html>"
    )
    assert visible_text(html) == "Hej Menu"


def test_an_install_without_compiled_catalogues_compiles_them_at_start(tmp_path: Path) -> None:
    # `pip install` alone runs no `make`: the hub must not fall back to English under <html lang="da">.
    source = tmp_path / "package"
    shutil.copytree(CATALOGUE.parent.parent, source, ignore=shutil.ignore_patterns("*.mo"))
    app = Flask(__name__)
    app.config["DATA_DIR"] = str(tmp_path / "var")
    folder = compiled_catalogues(app, source)
    assert folder == str(tmp_path / "var" / "translations")
    with (Path(folder) / "da" / "LC_MESSAGES" / "messages.mo").open("rb") as mo:
        assert GNUTranslations(mo).gettext("Sign in") == "Log ind"
    # Compiled in the package (as `make` does): used as it is.
    assert compiled_catalogues(app) == str(CATALOGUE.parent.parent)


def test_an_end_form_without_an_outcome_is_named_on_the_dashboard(matrix_app: Flask) -> None:
    # Seed 002's table counts end forms whose outcome was left blank; the dashboard's row had no label.
    from hub.web.dashboard import outcome_name  # noqa: PLC0415 - the filter, as the template calls it

    with matrix_app.test_request_context("/"):
        assert outcome_name("") == "Uden angivet status"
        assert outcome_name("flexjob") == "Fleksjob"
