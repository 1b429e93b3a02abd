"""What a bundle says where its municipality's rule masks CPR (`cpr_in_bundles = "masked"`): why the
originals (decision 0055) and the downloaded claim files (decision 0057) are listed, not enclosed, why
the claim the bundle computes has CPR masked, and how the auditor gets and checks a file it needs. In
Danish and English; the README's paragraphs are indented to sit under its list items."""

from __future__ import annotations

ORIGINALS_DA = """**De andre originaler, alle andre end virksomhedens skemaer, er heller ikke med i
  denne pakke.** Kommunens regel er, at dens revisor ser CPR-numre maskeret, og originalerne har fulde
  CPR-numre; et maskeret dokument ville ikke længere have den SHA-256, hubben modtog, og kunne intet
  bevise. I stedet står hver original i `manifest.json` med `"included": false` og
  `"why": "cpr_masked"`: dens sti under `documents/` (navngivet efter dens SHA-256), filnavn (CPR-numre
  maskeret), størrelse, SHA-256 og de poster (`"records"`), der er læst af den. Har revisionen brug for
  en af dem, så bed kommunen, pakken gælder, om den (et af virksomhedens skemaer har den kommune,
  `"held_by"` nævner), og kontrollér den mod manifestet: `sha256sum FIL` (Windows:
  `certutil -hashfile FIL SHA256`) skal give den SHA-256, manifestet nævner, og `verify.py` bekræfter,
  at manifestet er hubbens."""
ORIGINALS_EN = """**The other originals, all but the company's forms, are not in this bundle either.** The
  municipality's rule is that its auditor sees CPR numbers masked, and the originals hold full CPR
  numbers; a masked document would no longer have the SHA-256 the hub received and could prove nothing.
  Instead `manifest.json` lists each original with `"included": false` and `"why": "cpr_masked"`: its
  path under `documents/` (named by its SHA-256), file name (CPR numbers masked), size, SHA-256 and the
  records read from it (`"records"`). Where the audit needs one of them, ask the municipality this
  bundle is for (one of the company's forms is held by the municipality `"held_by"` names) and check it
  against the manifest: `sha256sum FILE` (Windows: `certutil -hashfile FILE SHA256`) must give the
  SHA-256 the manifest names, and `verify.py` confirms that the manifest is the hub's."""

# In the README's `claim/` item, in place of "each downloaded file is in `claim/hentet/`", as a paragraph
# of its own.
CLAIMS_DA = """
  **Kravets CPR-numre er maskeret, og de hentede filer er ikke med.** Kommunens regel maskerer CPR
  for dens revisor, så kravet, hubben beregner, har CPR-numre som DDMMÅÅ-XXXX og er derfor ikke en
  fil, kommunen kunne sende: et krav i XML er kontrolleret mod sit XSD med de fulde numre, ikke med de
  maskerede, som XSD'et kan afvise. Linjer, timer og beløb er de samme. De hentede filer har fulde
  CPR-numre og kan ikke maskeres uden at miste deres SHA-256: hver står i `manifest.json` under
  `claim/hentet/` med `"included": false`, `"why": "cpr_masked"`, størrelse, SHA-256 og logposten for
  hentningen (`"log_entry"`), som er med i `log/`; `verify.py` kontrollerer, at manifestets SHA-256 er
  den, logposten nævner. Bed kommunen om den fil, den sendte, og kontrollér den med `sha256sum` mod
  manifestet."""
CLAIMS_EN = """
  **The claim's CPR numbers are masked, and the downloaded files are not enclosed.** The
  municipality's rule masks CPR for its auditor, so the claim the hub computes has CPR numbers as
  DDMMYY-XXXX and is therefore not a file the municipality could send: a claim in XML was checked
  against its XSD with the full numbers, not with the masked ones, which the XSD may refuse. Its lines,
  hours and amounts are the same. The downloaded files hold full CPR numbers and cannot be masked
  without losing their SHA-256: `manifest.json` lists each under `claim/hentet/` with
  `"included": false`, `"why": "cpr_masked"`, size, SHA-256 and the log entry of its download
  (`"log_entry"`), which is in `log/`; `verify.py` checks that the manifest's SHA-256 is the one the
  entry names. Ask the municipality for the file it sent and check it against the manifest with
  `sha256sum`."""

# The head of `claim/hentede-krav.txt` in such a bundle, Danish then English.
CLAIMS_LIST_HEAD = [
    "CPR-numre er maskeret (DDMMÅÅ-XXXX), som kommunens regel siger: kravet i pakken er derfor ikke en "
    "fil, kommunen kunne sende. De hentede filer har fulde CPR-numre og er ikke med; hver står i "
    "manifest.json med størrelse, SHA-256 og logposten for hentningen. Bed kommunen om filen.",
    "CPR numbers are masked (DDMMYY-XXXX), as the municipality's rule says: the claim in the bundle is "
    "therefore not a file the municipality could send. The downloaded files hold full CPR numbers and "
    "are not enclosed; manifest.json lists each with its size, SHA-256 and the log entry of its "
    "download. Ask the municipality for the file.",
    "",
]


def listed_only(path: str) -> str:
    """The line of `hentede-krav.txt` for a downloaded file listed in the manifest, not enclosed."""
    return (
        f"  ikke med (CPR maskeret), står i manifestet / not included (CPR masked), "
        f"listed in the manifest: {path}"
    )
