"""The auditor's bundle's README: what is in the bundle and how to check it, in Danish, then in English."""

from __future__ import annotations

from dataclasses import dataclass

from hub.exports import bundle_signatures, danish_clock
from hub.exports.bundle_withheld import CLAIMS_DA, CLAIMS_EN, ORIGINALS_DA, ORIGINALS_EN
from hub.words import YEARS, counted


@dataclass(frozen=True)
class About:
    """What a bundle is of, for its README."""

    municipality: str
    code: str
    period: str
    created_at: str
    cpr_rule: str
    retention_years: int
    public_pem: str
    origin: str


# Where the rule is `full`: the downloaded claim files are in the bundle as they were sent. (Each
# text starts with its own space or line break, so that no line ends in a space.)
_SENT_DA = """ Hver hentet fil er med i `claim/hentet/`, navngivet
  efter logposten for hentningen, som er med i `log/`; `verify.py` kontrollerer, at filen er den, logposten
  nævner."""
_SENT_EN = """ Each downloaded file is in `claim/hentet/`,
  named by its download's log entry, which is in `log/`; `verify.py` checks that the file is the one the
  entry names."""


def readme(about: About) -> str:
    """The bundle's README: what is in it and how to check it, in Danish, then in English."""
    fingerprint = bundle_signatures.public_key_fingerprint(about.public_pem.encode())
    cpr_da = "fulde CPR-numre" if about.cpr_rule == "full" else "CPR-numre maskeret som DDMMÅÅ-XXXX"
    cpr_en = "full CPR numbers" if about.cpr_rule == "full" else "CPR numbers masked as DDMMYY-XXXX"
    # The originals and the downloaded claims cannot be masked and stay evidence: where the rule masks
    # CPR they are listed in the manifest, not enclosed, and the computed claim is masked (0055, 0057).
    masked = about.cpr_rule != "full"
    cpr_docs_da = ORIGINALS_DA if masked else ""
    cpr_docs_en = ORIGINALS_EN if masked else ""
    sent_da = CLAIMS_DA if masked else _SENT_DA
    sent_en = CLAIMS_EN if masked else _SENT_EN
    docs_da = "de originale dokumenter, som de blev modtaget" + (
        " (kun listet i manifestet)" if masked else ""
    )
    docs_en = "the original documents as they were received" + (
        " (listed in the manifest only)" if masked else ""
    )
    kept_en, kept_da = counted(about.retention_years, *YEARS)  # a rule may say 1: "1 year"
    return f"""# Revisionspakke / Audit bundle: {about.municipality} ({about.code}), {about.period}

Dannet af hubben {danish_clock.danish_time(about.created_at)} / made by the hub {about.created_at}
(log `{about.origin}`).
Nøgle / key: `public-key.pem`, fingeraftryk / fingerprint `{fingerprint}`.

## Dansk

Pakken rummer dokumentationen for kommunens krav om refusion af mentorstøtte i perioden:

- `documents/`: {docs_da}, navngivet efter deres SHA-256. Skemaer
  fra virksomheden er ikke med: ét skema nævner praktikanter fra alle aftalens kommuner. Posterne viser
  for hvert felt ark, række og celle og den rå værdi, og ved posten står skemaets SHA-256,
  `"enclosed": false` og `"held_by"`: aftalens tovholder, der har originalen. Har revisionen brug for et
  af virksomhedens skemaer, så bed den kommune, `"held_by"` nævner, om det.
  {cpr_docs_da}
- `records/records.jsonl`: de kanoniske poster, periodens krav og kontroller bygger på (praktikken,
  bevillingerne, periodens timesedler og dem, hvis timer kravet tæller, periodens statusrapporter og
  den seneste før perioden, ophørsblanketten, når den afgør periodens dage), hver i alle versioner op
  til den, kontrollen læste, med oprindelse (dokument, felt, rå værdi, omformninger) for hvert felt;
  poster, der kun hører til andre perioder, er ikke med; {cpr_da}, som kommunens regel siger.
  `read_with` er fingeraftrykket af den kode, hubben læste dokumentet med, den dag det blev læst;
  `mapped_with` af den opsætning og kode, posten blev dannet med (en version, som `hub reprocess`
  dannede af en gemt læsning, har dagens `mapped_with` og læsningens `read_with`); `null`: ikke noteret.
  `reason`: `submitted` (modtaget), `reprocessed` (læst igen efter ændret opsætning) eller `reapplied`:
  en blanket modtaget efter versionen før den, gemt igen øverst, fordi en ældre blanket blev gemt efter
  den (beslutning 0067); dens oprindelse er den blankets, igen.
- `claim/`: kravet i kommunens eget format (eller en forklaring, når der intet er at kræve), som hubben
  beregner det af posterne, da pakken blev dannet, og `claim/hentede-krav.txt`: hver gang kravet for
  perioden blev hentet fra hubben (hvornår, af hvem, linjer, beløb, SHA-256), og om det senest hentede
  har samme linjer og beløb som kravet i pakken.{sent_da}
- `agreements/`: hver aftale, pakkens praktikker og krav hører til, som den er gemt: timesats, timer om
  ugen, arbejdssteder og kontakter, men uden de andre kommuners pladser og jobcenterkontakter
  (tovholderens kontakt er med). Hvor kommunen ikke bevilger på en blanket, er aftalens vilkår
  bevillingen. Den gemte aftale har de nyeste vilkår; under `terms_in_period` står hver version af
  vilkårene, der gjaldt i perioden (fra og til), som kravet er beregnet efter, også når de er ændret
  i eller efter perioden. En aftale, kommunen siden er taget ud af, har under `terms_as_member` de
  vilkår, den var med på i perioden, som kravet for dens dage er beregnet efter.
- `completeness/report.pdf` og `report.csv`: kommunens revisionsregler anvendt på hver praktik, med de
  dokumenter, hver regel så på. Et hul (fx en manglende eller ikke underskrevet timeseddel) står som
  `mangler` eller `forkert` med grunden, ikke som en udeladt linje.
- `completeness/claim-gaps.csv`: hvorfor timer ikke er med i kravet, linje for linje: hvert hul, hubben
  fandt, da den beregnede kravet i `claim/` (fx timer uden underskrevet timeseddel, timer ud over
  bevillingen, en måned uden timeseddel), med aftalen, deltageren, numrene på deltagerens linjer i
  kravet (`kravlinjer`; tom: ingen linje), hullets art, timerne og grunden på dansk (`grund`) og engelsk
  (`reason`). Kravets eget format har ikke plads til grundene.
- `log/entries.jsonl`: revisionslogposterne for pakkens indsendelser, poster og hentede krav og for
  enhver læsning i perioden af kommunens borgeres data (en virksomheds udtræk, side eller blanket, en
  revisors side): `detail.municipalities` siger, hvis borgere den læste, `detail.participants` hvem, med
  deltager-id; en læsning af flere kommuners borgere er med i hver af deres pakker, som den blev logget.
  Hver post har sit bevis for at være med i loggen (RFC 9162), `log/checkpoint.txt`: loggens signerede
  kontrolpunkt, og `log/consistency.json`: beviser for, at loggen rummer kommunens tidligere pakkers
  kontrolpunkter uændret.
- `manifest.json`: SHA-256 og størrelse for hver fil; `manifest.sig`: hubbens Ed25519-signatur af den.

Kontrol uden netværk (Python 3.9 eller nyere), med det fingeraftryk, hubben har offentliggjort:

    python3 verify.py DENNE-PAKKE.zip --municipality {about.code} --period {about.period} --key FINGERAFTRYK

Den siger, hvilken kommune og periode pakken gælder og hvis nøgle der signerede den, og afviser en anden.
Den kontrollerer også hver postversion og hvert dokument mod loggen, ikke kun mod hubbens signatur: hver
skal have den logpost, hubben skrev, da den modtog dokumentet og gemte posten, og hver postversion det
indhold, logposten har SHA-256 af (`data_sha256`: posten som JSON med sorterede nøgler, uden mellemrum,
UTF-8, CPR-nummeret og enhver tekst i friteksten, der ligner et CPR-nummer, som dets seks første cifre,
en bindestreg og fire X'er, som en pakke med maskeret CPR viser dem; identifikatorer som P- og CVR-nummer
som gemt), så en post ændret i databasen, efter den blev gemt, opdages. Og hver postversion den
oprindelse, logposten har SHA-256 af (`provenance_sha256`: hver oprindelsesrække, dvs. `path`,
`document_sha256`, `locator`, `source_key`, `raw_value` og `transforms`, som JSON på samme måde, i den rå
værdi, stedangivelsens tekster og kildenøglen enhver tekst, der ligner et CPR-nummer, som dets seks
første cifre, en bindestreg og fire X'er, som en pakke med maskeret CPR viser dem; rækkerne sorteret og
sat sammen som en JSON-liste), så en rå værdi eller et felt, en side, en XPath eller en celle ændret i
databasen opdages og nævnes med post, version, felt og fil (`provenance_rows`: de første 8 hex-cifre af
hver rækkes SHA-256, som peger på rækken). Versioner gemt, før hubben loggede indholdet eller
oprindelsen, siges samlet på én linje: kan ikke spores til indholdet, oprindelsen kan ikke spores.
Versioner, hvis logpost ikke har `provenance_form` 2, fik oprindelsen logget med stedangivelse og
kildenøgle, som de blev gemt: de kontrolleres i den form og tælles på én linje; rækker, som en pakke med
maskeret CPR viser maskeret, hvor hubben dengang loggede dem umaskeret, tælles som ikke sporbare.
Versioner, hvis logpost ikke har `data_form` 2, fik indholdet logget med friteksten, som den blev gemt:
de kontrolleres i den form; versioner, som en pakke med maskeret CPR viser med et CPR-nummer i friteksten
maskeret, tælles som ikke sporbare til indholdet.
Afslutningskode 0: urørt; 1: noget er ændret, eller pakken gælder en anden eller er signeret med en
anden nøgle; 2: pakken kan ikke læses; 3: ikke bekræftet, fordi ingen signatur kunne kontrolleres, eller
fordi `--key` ikke er givet.
Hashværdier og logbeviser kontrolleres med Pythons standardbibliotek alene; signaturerne med pakken
`cryptography`, hvis den er installeret, ellers med kommandoen `openssl` (OpenSSL 3):

    openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile manifest.bin

hvor `manifest.bin` er `manifest.sig` base64-afkodet (`base64 -d manifest.sig > manifest.bin`).
Sammenlign nøglens fingeraftryk med det, hubben har oplyst (`hub audit key` og revisorens side i
hubben).

Gem `log/checkpoint.txt` (eller hele pakken). Med næste pakke kontrollerer du, at hubbens log stadig
rummer alt, hvad kontrolpunktet dækkede, uændret: at intet, der var logget, siden er ændret eller fjernet
(RFC 9162-konsistensbevis):

    python3 verify.py NÆSTE-PAKKE.zip --municipality {about.code} --period PERIODE \\
        --key FINGERAFTRYK --since checkpoint.txt

(PERIODE: den næste pakkes periode. Uden `--municipality` og `--period` kan en anden kommunes pakke gemt
under dette navn ikke kendes fra jeres.)

Næste pakke har beviset med fra kommunens tidligere pakker (`log/consistency.json`). For et kontrolpunkt
af en anden størrelse (fra revisorens side eller `GET /api/audit/checkpoint`) siger `verify.py`, hvilket
bevis der mangler: hent det på revisorens side i hubben ("Hent beviset") eller med
`GET /api/audit/consistency?from_size=N&to_size=M` (N: det gemte kontrolpunkts
størrelse, M: pakkens), gem svaret og giv det med `--proof bevis.json`. Afslutningskode 1, når loggen
ikke rummer kontrolpunktet uændret (en anden rod ved dets størrelse, et bevis der ikke passer, en
signatur der ikke passer, et kontrolpunkt større end pakkens, en anden log eller nøgle); 2, når filen
ikke kan læses; 3, når intet bevis forbinder de to.
Dokumentationen opbevares i {kept_da}.

## English

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

    python3 verify.py THIS-BUNDLE.zip --municipality {about.code} --period {about.period} --key FINGERPRINT

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

    python3 verify.py NEXT-BUNDLE.zip --municipality {about.code} --period PERIOD \\
        --key FINGERPRINT --since checkpoint.txt

(PERIOD: the next bundle's period. Without `--municipality` and `--period` another municipality's bundle
saved under this name cannot be told from yours.)

The next bundle carries the proof from the municipality's earlier bundles (`log/consistency.json`).
For a checkpoint of another size (from the auditor's page or `GET /api/audit/checkpoint`) `verify.py`
says which proof is missing: download it on the auditor's page in the hub ("Hent beviset") or fetch
`GET /api/audit/consistency?from_size=N&to_size=M` (N: the kept
checkpoint's size, M: the bundle's), save the answer and give it with `--proof proof.json`. Exit status
1 when the log does not hold the checkpoint unchanged (another root at its size, a proof that does not
verify, a signature that does not verify, a checkpoint larger than the bundle's, another log or key);
2 when the file cannot be read; 3 when no proof joins the two.
Keep the documentation for {kept_en}.
"""
