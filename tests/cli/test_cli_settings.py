"""Settings are read by their kind at start: yes/no in any spelling, and a malformed value stops the
start with one line naming the setting, its value and what it takes, in English and Danish (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from hub_process import PATIENCE
from sqlalchemy import select

from hub import create_app
from hub.config import SETTINGS
from hub.config_env import from_environment
from hub.errors import SettingsError
from hub.extensions import db
from hub.models import KeyFingerprint
from hub.pseudonyms import key_fingerprint


def _env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") or k.startswith("HUB_TEST_")}
    env.update(
        PYTHONPATH=str(ROOT),
        HUB_DATA_DIR=str(tmp_path / "var"),
        HUB_MUNICIPALITIES_DIR=str(ROOT / "config" / "municipalities"),
        HUB_COMPANY_ADAPTER=str(ROOT / "config" / "company.toml"),
        HUB_REDIS_URL="",
        **settings,
    )
    return env


def _run(tmp_path: Path, args: list[str], **settings: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m ARGS` with the hub's settings for a test and these."""
    return subprocess.run(
        [sys.executable, "-m", *args],
        env=_env(tmp_path, **settings),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )


@pytest.mark.parametrize("word", ["false", "False", "FALSE", "no", "No", "off", "OFF", "0", " false "])
def test_false_in_any_spelling_is_false(word: str) -> None:
    read = from_environment({"HUB_SECURE_COOKIES": word, "HUB_WORKER_THREAD": word})
    assert read == {"SECURE_COOKIES": False, "WORKER_THREAD": False}


@pytest.mark.parametrize("word", ["true", "True", "yes", "YES", "on", "On", "1"])
def test_true_in_any_spelling_is_true(word: str) -> None:
    read = from_environment({"HUB_SECURE_COOKIES": word, "HUB_WORKER_THREAD": word})
    assert read == {"SECURE_COOKIES": True, "WORKER_THREAD": True}


def test_secure_cookies_false_sends_the_cookie_over_http_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _env(tmp_path, HUB_SECURE_COOKIES="False", HUB_WORKER_THREAD="False").items():
        if name.startswith("HUB_"):
            monkeypatch.setenv(name, value)
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is False
    assert app.config["WORKER_THREAD"] is False


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HUB_SECURE_COOKIES", "maybe"),
        ("HUB_WORKER_THREAD", "nej"),
        ("HUB_UPLOAD_MAX_BYTES", "50MB"),
        ("HUB_UPLOAD_MAX_BYTES", "0"),
        ("HUB_UPLOAD_MAX_FILES", "-1"),
        ("HUB_UPLOAD_MAX_UNPACKED_BYTES", "1e9"),
        ("HUB_SESSION_HOURS", "abc"),
        ("HUB_TRUSTED_PROXIES", "one"),
        ("HUB_LOG_LEVEL", "verbose"),
        ("HUB_API_LIMIT", "lots"),
        ("HUB_LOGIN_LIMIT_USER", "5 a minute"),
        ("HUB_LOGIN_LIMIT_ADDRESS", "many"),
        ("HUB_LEASE_SECONDS", "x"),
        ("HUB_LEASE_SECONDS", "-3"),
        ("HUB_JOB_TIMEOUT", "5m"),
        ("HUB_BATCH_SIZE", "1.5"),
        ("HUB_BATCH_BYTES", "64MB"),
        ("HUB_DATABASE_URL", "garbage"),
        ("HUB_DATABASE_URL", "nonsense://db"),  # no database SQLAlchemy knows (it was exit 4, "down")
        ("HUB_DATABASE_URL", "mysql://hub@127.0.0.1/hub"),  # no driver installed (it was "unexpected")
        ("HUB_REDIS_URL", "localhost:6379"),
        ("HUB_OIDC_ISSUER", "login.example.dk"),
        ("HUB_AUDIT_ORIGIN", "hub example"),
    ],
)
def test_a_malformed_setting_is_refused_by_name(name: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        from_environment({name: value})
    ((en, da),) = caught.value.problems
    assert en.startswith(f"{name} is {value!r}: expected ")
    assert da.startswith(f"{name} er {value!r}: skal være ")


def test_every_default_is_a_value_of_its_own_kind() -> None:
    # The table and its kinds agree: each default, written out, reads back as itself.
    for setting in SETTINGS:
        if setting.default != "":
            text = str(setting.default).lower() if isinstance(setting.default, bool) else str(setting.default)
            assert setting.kind.parse(text) == setting.default, setting.env


def test_a_password_in_a_malformed_url_is_not_shown() -> None:
    with pytest.raises(SettingsError) as caught:
        from_environment({"HUB_REDIS_URL": "http://hub:s3cret@redis.internal:6379/0"})
    assert "s3cret" not in caught.value.message and "s3cret" not in caught.value.message_da
    assert "http://hub:***@redis.internal:6379/0" in caught.value.message


def test_empty_means_the_default() -> None:
    assert from_environment({"HUB_SESSION_HOURS": "", "HUB_SECURE_COOKIES": " "}) == {}


def test_the_cli_names_every_malformed_setting_and_exits_2(tmp_path: Path) -> None:
    bad = {
        "HUB_UPLOAD_MAX_BYTES": "50MB",
        "HUB_SESSION_HOURS": "abc",
        "HUB_TRUSTED_PROXIES": "one",
        "HUB_LOG_LEVEL": "verbose",
    }
    done = subprocess.run(
        [sys.executable, "-m", "hub", "agreements", "list"],
        env=_env(tmp_path, **bad),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 * len(bad), done.stderr
    for name, value in bad.items():
        assert any(line.startswith(f"error: {name} is {value!r}: expected ") for line in lines)
        assert any(line.startswith(f"fejl: {name} er {value!r}: skal være ") for line in lines)
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr


def test_the_web_server_does_not_start_with_a_malformed_setting(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hub", "serve", "--port", "1"],
        env=_env(tmp_path, HUB_API_LIMIT="lots"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: HUB_API_LIMIT is 'lots': expected limits"), done.stderr
    assert "fejl: HUB_API_LIMIT er 'lots'" in done.stderr
    assert "the hub is at" not in done.stdout


def test_a_blob_folder_that_cannot_be_made_stops_the_start_by_name(tmp_path: Path) -> None:
    # A path under a file: no user, root included, can make it (a read-only mount would do the same).
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    blobs = tmp_path / "a-file" / "blobs"
    done = _run(tmp_path, ["hub", "agreements", "list"], HUB_BLOB_DIR=str(blobs))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"error: HUB_BLOB_DIR is '{blobs}': the folder cannot be made or written to (Not a directory)",
        f"fejl: HUB_BLOB_DIR er '{blobs}': mappen kan ikke oprettes eller skrives i (en del af stien er ikke"
        " en mappe)",
    ]


def test_a_command_that_only_reads_refuses_another_pseudonym_key_by_name(tmp_path: Path) -> None:
    # The key is checked at the database's first use, inside the command: `hub users list` said
    # "unexpected ConfigError" (exit 1) where a command that writes said which key and why (exit 2).
    # The first machine's key stored in a migrated database, in this process (as `hub db upgrade` would
    # leave it, without a `hub` process of its own: 1.5-2 CPU-s); the second process is the subject.
    first = make_app(tmp_path, PSEUDONYM_KEY="the-first-key-" * 3)
    with first.app_context():
        db.ready(first)
        stored = db.session.scalar(select(KeyFingerprint.fingerprint))
        db.engine.dispose()
    assert stored == key_fingerprint("the-first-key-" * 3)
    done = _run(tmp_path, ["hub", "users", "list"], HUB_PSEUDONYM_KEY="another-key-" * 3)
    assert done.returncode == 2, done.stderr
    english, danish = done.stderr.splitlines()
    assert english.startswith("error: HUB_PSEUDONYM_KEY is not the key this database's CPR pseudonyms were")
    assert danish.startswith("fejl: HUB_PSEUDONYM_KEY er ikke den nøgle, som databasens CPR-pseudonymer er")


def test_an_sqlite_file_in_a_missing_folder_stops_the_start_by_name(tmp_path: Path) -> None:
    # SQLite makes the file but never its folder: without the check the first query said "no such table".
    folder = tmp_path / "missing-dir"
    url = f"sqlite:///{folder}/x.db"
    done = _run(tmp_path, ["hub", "agreements", "list"], HUB_DATABASE_URL=url)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"error: HUB_DATABASE_URL is '{url}': the SQLite file's folder does not exist ({folder});"
        " make it, or name another",
        f"fejl: HUB_DATABASE_URL er '{url}': SQLite-filens mappe findes ikke ({folder});"
        " opret den, eller angiv en anden",
    ]
    assert not folder.exists()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("postgres://hub:s3cret@db.internal/hub", "postgresql+psycopg://hub:s3cret@db.internal/hub"),
        (
            "postgresql://hub@db.internal:5433/hub?sslmode=require",
            "postgresql+psycopg://hub@db.internal:5433/hub?sslmode=require",
        ),
        ("postgresql+psycopg://hub@db.internal/hub", "postgresql+psycopg://hub@db.internal/hub"),
    ],
)
def test_a_heroku_or_libpq_database_url_is_read_with_the_hubs_driver(written: str, read: str) -> None:
    # SQLAlchemy 2 refuses `postgres://` and takes the absent psycopg2 for `postgresql://`.
    assert from_environment({"HUB_DATABASE_URL": written}) == {"DATABASE_URL": read}


def test_a_wsgi_server_on_the_factory_says_a_bad_setting_without_a_traceback(tmp_path: Path) -> None:
    # PostgreSQL without HUB_SECRET_KEY: a ConfigError from the factory the server calls.
    wsgi = ["waitress", "--port", "1", "--call", "hub:create_app"]
    done = _run(tmp_path, wsgi, HUB_DATABASE_URL="postgresql+psycopg://hub@127.0.0.1:1/hub")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # one line in English and Danish (`logsetup.Both`)
    english, danish = lines[0].split(" / fejl: ")
    assert english.startswith("error: HUB_SECRET_KEY is not set: with a shared database")
    assert danish.startswith("HUB_SECRET_KEY er ikke sat: med en delt database")
