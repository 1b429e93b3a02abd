"""The English half of the auditor's bundle's README (`bundle_readme`): what the bundle holds and how
`verify.py` checks it, as the Danish half says it, for an auditor who reads English."""

from __future__ import annotations

from hub.exports.bundle_withheld import CLAIMS_EN, ORIGINALS_EN
from hub.words import YEARS, counted

# Where the rule is `full`: the downloaded claim files are in the bundle as they were sent. (The text
# starts with its own space, so that no line ends in a space.)
_SENT = """ Each downloaded file is in `claim/hentet/`,
  named by its download's log entry, which is in `log/`; `verify.py` checks that the file is the one the
  entry names."""


def english(code: str, period: str, masked: bool, retention_years: int) -> str:
    """The README's `## English` section, its last; `masked` as for `bundle_readme_da.danish`."""
    cpr_en = "CPR numbers masked as DDMMYY-XXXX" if masked else "full CPR numbers"
    cpr_docs_en = ORIGINALS_EN if masked else ""
    sent_en = CLAIMS_EN if masked else _SENT
    docs_en = "the original documents as they were received" + (
        " (listed in the manifest only)" if masked else ""
    )
    kept_en, _ = counted(retention_years, *YEARS)  # a rule may say 1: "1 year"
    return f"""## English

The bundle holds the documentation of the municipality's mentor-support claim for the period:

- `documents/`: {docs_en}, named by their SHA-256. The company's
  forms are not enclosed: one form names interns of every municipality of the agreement. The records
  give the sheet, row and cell and the raw value of each field, and the form's SHA-256,
  `"enclosed": false` and `"held_by"`: the agreement's lead, which holds the original. Where the audit
  needs one of the company's forms, ask the municipality `"held_by"` names for it. {cpr_docs_en}
- `records/records.jsonl`: the canonical records the period's claim and checks rest on (the placement,
  the grants, the period's timesheets and those whose hours the claim counts, the period's progress
  reports and the last one before it, the end form where it decides the period's days), each in every
  version up to the one the checks read, with the provenance of each field (document, field, raw value,
  transforms); records that belong only to other periods are not in it; {cpr_en}, as the
  municipality's rule says. `read_with` is the fingerprint of the code the hub read the document with,
  on the day it was read; `mapped_with` of the config and code the record was made with (a version
  `hub reprocess` made from a kept reading has that day's `mapped_with` and the reading's `read_with`);
  `null`: not noted. `reason`: `submitted`, `reprocessed` (read again after an adapter change) or
  `reapplied`: a form received after the version before it, stored again on top because an older form
  was stored after it (decision 0067); its provenance is that form's, again.
- `claim/`: the claim in the municipality's own format (or why there is nothing to claim), as the hub
  computes it from the records when the bundle was made, and `claim/hentede-krav.txt`: each time the
  period's claim was downloaded from the hub (when, by whom, lines, amount, SHA-256), and whether the last
  one has the lines and amount of the claim in the bundle.{sent_en}
- `agreements/`: each agreement the bundle's placements and claims belong to, as stored: hourly rate,
  hours per week, sites and contacts, but without the other municipalities' places and job-centre
  contacts (the lead's contact is there). Where the municipality grants on no form of its own, the
  agreement's terms are the grant. The stored agreement has the newest terms; `terms_in_period` lists
  each version of the terms in effect in the period (from and to), which the claim is computed from,
  also where they changed in or after the period. An agreement the municipality was taken out of since
  has, under `terms_as_member`, the terms it was a member under in the period, which the claim for its
  days is computed from.
- `completeness/report.pdf` and `report.csv`: the municipality's audit rules applied to each placement,
  with the documents each rule looked at. A gap (a timesheet missing or not signed, say) is listed as
  `missing` or `wrong` (`mangler`, `forkert`) with its reason, never left out.
- `completeness/claim-gaps.csv`: why hours are not in the claim, line by line: each gap the hub found
  when it computed the claim in `claim/` (hours without a signed timesheet, hours above the grant, a
  month without a timesheet, say), with the agreement, the participant, the numbers of the participant's
  lines in the claim (`kravlinjer`; empty: no line), the gap's kind (`art`), the hours (`timer`) and the
  reason in Danish (`grund`) and English (`reason`). The claim's own format has no place for reasons.
- `log/entries.jsonl`: the audit log entries of the bundle's submissions, records and claim downloads,
  and of every read in the period of the municipality's citizens' data (a company's export, page or
  form, an auditor's page): `detail.municipalities` says whose citizens it read, `detail.participants`
  who, by participant id; a read of several municipalities' citizens is in each of their bundles, as
  logged. Each entry has its proof of inclusion in the log (RFC 9162), `log/checkpoint.txt`: the log's
  signed checkpoint, and `log/consistency.json`: proofs that the log holds the checkpoints of the
  municipality's earlier bundles unchanged.
- `manifest.json`: SHA-256 and size of every file; `manifest.sig`: the hub's Ed25519 signature of it.

Offline check (Python 3.9 or newer), with the fingerprint the hub published:

    python3 verify.py THIS-BUNDLE.zip --municipality {code} --period {period} --key FINGERPRINT

It says which municipality and period the bundle is for and whose key signed it, and refuses another.
It also checks each record version and document against the log, not only against the hub's signature:
each must have the log entry the hub wrote when it received the document and stored the record, and each
record version the content whose SHA-256 that entry holds (`data_sha256`: the record as JSON with sorted
keys, no spaces, UTF-8, the CPR number and every text in the free text that looks like one as its first
six digits, a dash and four X's, as a bundle with masked CPR shows them; identifiers such as the P-number
and CVR number as stored), so a record changed in the database after it was stored is caught; and each
record version the provenance whose SHA-256 that entry holds (`provenance_sha256`: each provenance row,
that is `path`, `document_sha256`, `locator`, `source_key`, `raw_value` and `transforms`, as JSON in the
same way, in the raw value, the locator's strings and the source key every text that looks like a CPR
number as its first six digits, a dash and four X's, as a bundle with masked CPR shows them; the rows
sorted and joined as a JSON list), so a raw value or a field, page, XPath or cell changed in the database
is caught and named by record, version, field and file (`provenance_rows`: the first 8 hex digits of each
row's SHA-256, which point to the row). Versions stored before the hub logged their content or provenance
are said together in one line: not traceable to content, provenance not traceable. Versions whose entry
has no `provenance_form` 2 had their provenance logged with locators and source keys as stored: they are
checked in that form and counted in one line; rows a bundle with masked CPR shows masked where the hub
then logged them unmasked are counted as not traceable. Versions whose entry has no `data_form` 2 had
their content logged with the free text as stored: they are checked in that form; versions a bundle with
masked CPR shows with a CPR number in the free text masked are counted as not traceable to content.
Exit status 0: intact; 1: something was changed, or it is another's, or signed with another key; 2: the
bundle cannot be read; 3: not verified, because no signature could be checked or no `--key` was given.
Hashes and log proofs are checked with Python's standard library alone; the signatures with the
`cryptography` package where it is installed, else with the `openssl` command (OpenSSL 3), as shown
above. Compare the key's fingerprint with the one the hub published (`hub audit key`, and the auditor's
page in the hub).

Keep `log/checkpoint.txt` (or the whole bundle). With the next bundle, check that the hub's log still
holds everything the checkpoint covered, unchanged: that nothing logged was changed or removed since
(an RFC 9162 consistency proof):

    python3 verify.py NEXT-BUNDLE.zip --municipality {code} --period PERIOD \\
        --key FINGERPRINT --since checkpoint.txt

(PERIOD: the next bundle's period. Without `--municipality` and `--period` another municipality's bundle
saved under this name cannot be told from yours.)

The next bundle carries the proof from the municipality's earlier bundles (`log/consistency.json`).
For a checkpoint of another size (from the auditor's page or `GET /api/audit/checkpoint`) `verify.py`
says which proof is missing: download it on the auditor's page in the hub ("Download the proof") or
fetch `GET /api/audit/consistency?from_size=N&to_size=M` (N: the kept
checkpoint's size, M: the bundle's), save the answer and give it with `--proof proof.json`. Exit status
1 when the log does not hold the checkpoint unchanged (another root at its size, a proof that does not
verify, a signature that does not verify, a checkpoint larger than the bundle's, another log or key);
2 when the file cannot be read; 3 when no proof joins the two.
Keep the documentation for {kept_en}.
"""
