"""The Danish half of the auditor's bundle's README (`bundle_readme`): what the bundle holds and how
`verify.py` checks it, in the words a Danish auditor reads first."""

from __future__ import annotations

from hub.exports.bundle_withheld import CLAIMS_DA, ORIGINALS_DA
from hub.words import YEARS, counted

# Where the rule is `full`: the downloaded claim files are in the bundle as they were sent. (The text
# starts with its own space, so that no line ends in a space.)
_SENT = """ Hver hentet fil er med i `claim/hentet/`, navngivet
  efter logposten for hentningen, som er med i `log/`; `verify.py` kontrollerer, at filen er den, logposten
  nævner."""


def danish(code: str, period: str, masked: bool, retention_years: int) -> str:
    """The README's `## Dansk` section, ending in the blank line before `## English`. `masked`: the
    municipality's rule masks CPR in bundles (the originals and downloaded claims are listed, not
    enclosed: decisions 0055, 0057)."""
    cpr_da = "CPR-numre maskeret som DDMMÅÅ-XXXX" if masked else "fulde CPR-numre"
    cpr_docs_da = ORIGINALS_DA if masked else ""
    sent_da = CLAIMS_DA if masked else _SENT
    docs_da = "de originale dokumenter, som de blev modtaget" + (
        " (kun listet i manifestet)" if masked else ""
    )
    _, kept_da = counted(retention_years, *YEARS)  # a rule may say 1: "1 år"
    return f"""## Dansk

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

    python3 verify.py DENNE-PAKKE.zip --municipality {code} --period {period} --key FINGERAFTRYK

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

    python3 verify.py NÆSTE-PAKKE.zip --municipality {code} --period PERIODE \\
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

"""
