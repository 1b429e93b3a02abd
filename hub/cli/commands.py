"""Which module holds each of `hub`'s commands, and the first paragraph of its help: the light table
`hub --help` is listed from. A command's module (and all it imports: the PDF readers, the adapters'
config model, the exports) is imported only when that command runs, or its own help is asked for;
a hub process paid ~2.8 CPU-s importing every command before running one. `tests/cli/test_lazy_commands`
checks that each line here says what the command's own help says."""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """Where a command lives and what `hub --help` says of it."""

    module: str
    summary: str


COMMANDS: dict[str, Entry] = {
    "adapters": Entry("hub.cli.adapters", "Municipality adapters: check, test, suggest."),
    "agreements": Entry("hub.cli.agreements", "Partnership agreements."),
    "audit": Entry(
        "hub.cli.audit", "The auditor's view: audit rules, the tamper-evident log (a Merkle tree)."
    ),
    "dashboard": Entry("hub.cli.dashboard", "The dashboards' summaries."),
    "db": Entry("hub.cli.database", "Create or migrate the database."),
    "demo": Entry(
        "hub.cli.demo",
        "Print the seeds' 81 citizens' forms in each municipality's dialect and ingest them; then their"
        " August–October 2026: grants, mentor hours (Falck Hovedstaden's on the company's one form) and"
        " progress reports, with the gaps a real month has.",
    ),
    "report": Entry("hub.cli.demo", "Reports from the canonical store."),
    "explain": Entry(
        "hub.cli.explain",
        "Show where each value of a record's current version came from (file, locator, raw value), with"
        " CPR numbers masked: the output may be kept in a log.",
    ),
    "ingest": Entry(
        "hub.cli.ingest",
        "Submit documents as one municipality (or a company's filled-in one form) and process them.",
    ),
    "export": Entry("hub.cli.outbound", "Exports for a party of an agreement."),
    "form": Entry("hub.cli.outbound", "Forms for a party to fill in."),
    "claim": Entry(
        "hub.cli.outbound",
        "A municipality's mentor-support claim in its own format ([claim] in its config). MUNICIPALITY is"
        " its code (163) or its config's name (herlev).",
    ),
    "bundle": Entry(
        "hub.cli.outbound",
        "The auditor's bundle: originals, records with provenance, the claim, the completeness report, log"
        " entries with their proofs, a signed manifest and an offline verifier. MUNICIPALITY is its code"
        " (151) or its config's name (ballerup).",
    ),
    "payments": Entry(
        "hub.cli.payments",
        "Per municipality and placement: days active, granted, delivered and claimable hours, rate, amount.",
    ),
    "validate": Entry(
        "hub.cli.records",
        "Validate one canonical record (or a list of them); exit 2 with every error when invalid.",
    ),
    "reprocess": Entry(
        "hub.cli.reprocess",
        "Re-map a municipality's stored documents (or the company's forms) after a config change, from"
        " their kept extractions.",
    ),
    "serve": Entry(
        "hub.cli.serve",
        "Serve the hub under waitress; with HUB_REDIS_URL empty, a worker thread works the queue.",
    ),
    "tokens": Entry(
        "hub.cli.tokens", "API tokens for municipal systems: stored hashed, revocable, expiring."
    ),
    "users": Entry("hub.cli.users", "Users: one role each, bound to one party."),
    "requeue": Entry(
        "hub.cli.waiting",
        "Queue again the submissions no worker will finish: never queued, failed, or left by a dead worker.",
    ),
    "worker": Entry(
        "hub.cli.worker",
        "Work jobs from HUB_REDIS_URL (in the embedded mode `hub serve` and each command work their own).",
    ),
}
