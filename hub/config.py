"""The settings table: every setting the hub reads, its default and what it means.

Settings come from the environment with the `HUB_` prefix (`HUB_DATABASE_URL=...`), read once by
`create_app` through `config_env`; the README's settings table is checked against `SETTINGS` by a test.
"""

from __future__ import annotations

from hub import setting_kinds as kinds
from hub.setting_kinds import Setting

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATA_DIR",
        "var",
        "Folder for the embedded database and the document blobs (relative to the working directory).",
    ),
    Setting(
        "DATABASE_URL",
        "",
        "SQLAlchemy URL. Empty: SQLite at `$HUB_DATA_DIR/hub.sqlite3`. Production: "
        "`postgresql+psycopg://user:pass@host/db`.",
        kind=kinds.DATABASE_URL,
    ),
    Setting("BLOB_DIR", "", "Where uploaded documents are kept by SHA-256. Empty: `$HUB_DATA_DIR/blobs`."),
    Setting(
        "BLOB_MIN_FREE_BYTES",
        "",
        "Free bytes the disk under `HUB_BLOB_DIR` must have for `/readyz` to say ready. Empty: five times "
        "`HUB_UPLOAD_MAX_UNPACKED_BYTES` (five of the largest zips unpacked); less, or a folder that "
        "cannot be written, is 503 naming it in `storage`.",
        kind=kinds.BYTES,
    ),
    Setting(
        "REDIS_URL",
        "",
        "Redis for the job queue. Empty: an in-process Redis stand-in worked by a thread "
        "of the web process (or by the CLI command itself); set it to run `hub worker` processes.",
        kind=kinds.REDIS_URL,
    ),
    Setting(
        "SECRET_KEY",
        "",
        "Key for sessions (and for CPR pseudonyms unless `HUB_PSEUDONYM_KEY` is set). Empty: a random key "
        "made on first use in `$HUB_DATA_DIR/secret-key` (mode 0600) and kept; allowed only with the "
        "embedded SQLite database. With PostgreSQL set a long random value, the same on every machine.",
    ),
    Setting(
        "PSEUDONYM_KEY",
        "",
        "Key of the keyed hash (HMAC) that stands in for CPR numbers in logs, keys and participant ids. "
        "Empty: `HUB_SECRET_KEY`. Set it on its own in production, so that the session key can be replaced "
        "without orphaning placements; never change it once there is data.",
    ),
    Setting("MUNICIPALITIES_DIR", "config/municipalities", "Folder of the municipality adapter configs."),
    Setting(
        "COMPANY_ADAPTER",
        "config/company.toml",
        "The company's canonical adapter: how the one form the hub makes for a company is read back.",
    ),
    Setting(
        "AGREEMENTS_DIR", "config/agreements", "Folder of agreement files loaded by `hub agreements load`."
    ),
    Setting("QUEUE_NAME", "hub", "Name of the rq queue."),
    Setting("JOB_TIMEOUT", 300, "Seconds a job may run before the worker stops it.", kind=kinds.WHOLE),
    Setting(
        "LEASE_SECONDS",
        30,
        "Seconds a worker's hold on a submission lasts unless renewed (it renews every third of it); "
        "workers give the work of a dead one back to the queue once its lease has run out.",
        kind=kinds.SECONDS,
    ),
    # The longest wait is also how long a server that is back may go unnoticed: at 30 s, a Redis down for
    # 30 s was found again 29 s after it came back, and 1,038 kept uploads were final only 61 s after. One
    # ping every 10 s a worker is nothing to a server, and the wait is a sixth of the minute.
    Setting(
        "SERVER_WAIT_SECONDS",
        10,
        "Longest wait of `hub worker` between its tries of a Redis or PostgreSQL that is down (the waits "
        "double from 1 s up to it); also how long a server that is back may go unnoticed.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "BATCH_SIZE",
        100,
        "Most submissions one processing job takes (an upload of many files, the work healing queues "
        "again): stored with one commit, each document all-or-nothing on its own.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "BATCH_BYTES",
        64 * 1024 * 1024,
        "Most bytes of documents one processing job takes: a worker holds a batch's documents in memory "
        "while it stores them. A larger document is a batch of its own.",
        kind=kinds.BYTES,
    ),
    Setting(
        "WORKER_THREAD",
        True,
        "In the embedded mode, run a queue worker thread inside the web process.",
        kind=kinds.FLAG,
    ),
    Setting(
        "TRUSTED_PROXIES",
        0,
        "How many reverse proxies (a TLS terminator, a load balancer) stand in front of `hub serve`: their "
        "`X-Forwarded-For`, `-Proto` and `-Host` are then believed. 0: none, the peer is the client.",
        kind=kinds.COUNT,
    ),
    Setting(
        "SECURE_COOKIES",
        False,
        "Send the session cookie over HTTPS only: set `true` wherever the hub is reached by HTTPS.",
        kind=kinds.FLAG,
    ),
    Setting(
        "LOG_LEVEL",
        "INFO",
        "How much is logged: DEBUG, INFO, WARNING, ERROR or CRITICAL (any case). `hub worker` and `hub "
        "serve` log at this level; other commands show only the log's errors unless it is set.",
        kind=kinds.LOG_LEVEL,
    ),
    Setting(
        "SESSION_HOURS",
        8,
        "Hours a browser session lasts after signing in; then the user signs in again.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "SESSION_WARNING_SECONDS",
        300,
        "Seconds before a browser session ends that its pages say so and offer to extend it.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "IDEMPOTENCY_KEY_HOURS",
        24,
        "Hours an upload's `Idempotency-Key` is kept: the same key and request within them is answered "
        "the first answer again; after them the key is new.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "IDEMPOTENCY_HOLD_SECONDS",
        15,
        "On SQLite, seconds an upload's `Idempotency-Key` stays its first request's without word from "
        "it: the process storing it renews it every third of them, so a retry after its process died "
        "takes the key over within them (PostgreSQL: as soon as its connection ends).",
        kind=kinds.WHOLE,
    ),
    Setting(
        "UPLOAD_MAX_BYTES",
        50 * 1024 * 1024,
        "Largest upload (one request: every file or zip in it together) in bytes; larger gets 413.",
        kind=kinds.BYTES,
    ),
    Setting(
        "UPLOAD_MAX_FILES",
        200,
        "Most documents one upload may hold, counting each member of a zip.",
        kind=kinds.WHOLE,
    ),
    Setting(
        "UPLOAD_MAX_UNPACKED_BYTES",
        200 * 1024 * 1024,
        "Most bytes the zips of one upload may unpack to; a zip that expands past it is refused whole.",
        kind=kinds.BYTES,
    ),
    Setting(
        "LOGIN_LIMIT_USER",
        "5/minute;20/hour",
        "Failed sign-ins allowed per username (Flask-Limiter's notation); then the form answers 429. Kept "
        "in memory, or on Redis when `HUB_REDIS_URL` is set so that every process shares the count.",
        kind=kinds.RATE_LIMIT,
    ),
    Setting(
        "LOGIN_LIMIT_ADDRESS",
        "20/minute;100/hour",
        "Failed sign-ins allowed per client address (an office behind one address shares it).",
        kind=kinds.RATE_LIMIT,
    ),
    Setting(
        "API_LIMIT",
        "600/minute",
        "API requests allowed per user (a token counts as its user); then 429 with `Retry-After` until the "
        "window passes. Kept in memory, or on Redis when `HUB_REDIS_URL` is set.",
        kind=kinds.RATE_LIMIT,
    ),
    Setting(
        "OIDC_ISSUER",
        "",
        "Single sign-on: the OpenID Connect provider's issuer URL. Empty: sign in with passwords only.",
        kind=kinds.WEB_URL,
    ),
    Setting("OIDC_CLIENT_ID", "", "Single sign-on: the hub's client id at the provider."),
    Setting("OIDC_CLIENT_SECRET", "", "Single sign-on: the hub's client secret at the provider."),
    Setting(
        "OIDC_CLAIMS",
        "config/oidc.toml",
        "Single sign-on: the TOML file saying which claims carry the role and the party, and the button's "
        "label.",
    ),
    Setting(
        "SIGNING_KEY",
        "",
        "Path to the PEM Ed25519 private key that signs the audit log's checkpoints. Empty: "
        "`$HUB_DATA_DIR/signing-key.pem`, made on first use (mode 0600) and kept. A configured path that "
        "does not exist is made the same way with SQLite; with PostgreSQL it stops the start (make it once "
        "with `openssl genpkey -algorithm ed25519`). A key file that is there but wrong (not PEM, cut short, "
        "a public key, not Ed25519, not readable) stops every start (exit 2). Every machine of one hub uses "
        "the same key; back it up, and give auditors `hub audit key`.",
    ),
    Setting(
        "AUDIT_ORIGIN",
        "",
        "The audit log's name in its checkpoints (origin line and key name), e.g. "
        "`hub.example.dk/audit`. Empty: `hub.invalid/audit/` and 16 hex digits of the public key's SHA-256. "
        "Set it before the first entry: the sequencer will not continue a log whose checkpoints carry "
        "another name.",
        kind=kinds.LOG_NAME,
    ),
    # The accessibility statement (`/was`) the Danish web accessibility act asks of a public body's site.
    Setting(
        "OPERATOR_NAME",
        "",
        "The public body that runs the hub, named in the accessibility statement (`/was`). Empty: "
        '"the partnership\'s lead job centre".',
    ),
    Setting(
        "ACCESSIBILITY_EMAIL",
        "",
        "Where a user writes about the hub's accessibility (the statement's written contact). Empty: the "
        "statement sends them to their contact person at the operator.",
    ),
    Setting("ACCESSIBILITY_PHONE", "", "The accessibility statement's telephone contact. Empty: none shown."),
    Setting(
        "ACCESSIBILITY_REVIEWED",
        "2026-12-05",
        "The day the accessibility statement was last reviewed (YYYY-MM-DD); review it at least once a year "
        "and whenever the pages change in a way it describes.",
        kind=kinds.ISO_DATE,
    ),
)
