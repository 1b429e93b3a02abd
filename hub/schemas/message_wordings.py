"""Every English message the canonical schemas give, with its Danish wording (`hub.schemas.messages` looks
them up): the patterns, and the Danish way of saying the numbers and subjects they carry over.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from hub.quantities import number_text

Replacement = str | Callable[[re.Match[str]], str]
# The English subject the schema's value fields name (`hours must not be negative`), as Danish says it.
_SUBJECTS = {
    "hours": "Timetallet",
    "amount": "Beløbet",
    "CPR": "CPR-nummeret",
    "CVR": "CVR-nummeret",
    "P-number": "P-nummeret",
    "municipality": "Kommunen",
    "phone": "Telefonnummeret",
    "week": "Ugen",
    "date": "Datoen",
}


def danish_number(text: str) -> str:
    """A canonical number (`200.0`, `18.5`, `1000000`) as Danish writes it: a decimal comma, thousands
    grouped with a point, no needless zeros (`200`, `18,5`, `1.000.000`). Text that is no number (a date,
    a code) is kept as it is."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return number_text(number, "da") if number.is_finite() else text


def _said_of(danish: str) -> Replacement:
    """A Danish wording whose `{subject}` is the English message's first group in Danish and whose
    `{g1}`, `{g2}`... are its groups as they are; `{n1}`, `{n2}`... the groups that are numbers, written the
    Danish way. Plain `\\1` replacements cannot translate what they carry over."""

    def said(match: re.Match[str]) -> str:
        groups = {str(i): g or "" for i, g in enumerate(match.groups(), 1)}
        numbers = {f"n{i}": danish_number(g) for i, g in groups.items()}
        subject = _SUBJECTS.get(groups.get("1", ""), groups.get("1", ""))
        return danish.format(subject=subject, **{f"g{i}": g for i, g in groups.items()}, **numbers)

    return said


# Every English message the canonical schemas give, anchored whole, with its Danish wording; the details
# (a date, a number, a code) are carried over. A message no pattern knows keeps its English text.
DANISH: tuple[tuple[re.Pattern[str], Replacement], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), danish)
    for pattern, danish in (
        (r"^Missing data for required field\.?$", "Feltet mangler."),
        (r"^Unknown field\.?$", "Ukendt felt."),
        (r"^Field may not be null\.?$", "Feltet må ikke være tomt."),
        (r"^Not a valid string\.?$", "Ikke en gyldig tekst."),
        (r"^Not a valid integer\.?$", "Ikke et gyldigt heltal."),
        (
            r"^given as text( \('.*'\))?, not a number: a mark is a whole number from 1 to 5 \(in a form's"
            r" config, give the field the `integer` transform after what reads it\)$",
            r"Givet som tekst\1, ikke som tal: en karakter er et helt tal fra 1 til 5 (i blankettens"
            r" konfiguration: giv feltet transformationen `integer` efter det, der læser det).",
        ),
        (r"^Not a valid email address\.?$", "Ikke en gyldig e-mailadresse."),
        (r"^Not a valid (?:list|mapping type)\.?$", "Forkert type."),
        (r"^Must be one of: (.*)\.$", r"Skal være en af: \1."),
        (r"^(.*) is not one of: (.*)$", r"\1 er ikke en af: \2."),
        (r"^Must be equal to (.*)\.$", r"Skal være \1."),
        (
            r"^Must be greater than or equal to (\S+) and less than or equal to (\S+)\.$",
            _said_of("Skal være mellem {n1} og {n2}."),
        ),
        (r"^Shorter than minimum length (\d+)\.$", _said_of("Kortere end {n1} tegn.")),
        (r"^Longer than maximum length (\d+)\.$", _said_of("Længere end {n1} tegn.")),
        (r"^Not a valid boolean\.?$", "Ikke sand eller falsk (true/false)."),
        (r"^Must be greater than or equal to (\S+)\.$", _said_of("Skal være mindst {n1}.")),
        (r"^Must be less than or equal to (\S+)\.$", _said_of("Må højst være {n1}.")),
        (
            r"^Length must be between (\d+) and (\d+)\.$",
            _said_of("Længden skal være mellem {n1} og {n2} tegn."),
        ),
        (r"^Not a valid date\.?$", "Ikke en gyldig dato."),
        (r"^Before 'since' \((\S+)\): no day is in both\.$", r"Før 'since' (\1): ingen dag er i begge."),
        (r"^Not a valid datetime\.?$", "Ikke et gyldigt tidspunkt."),
        (r"^Not a valid number\.?$", "Ikke et gyldigt tal."),
        (r"^String does not match expected pattern\.?$", "Teksten har ikke den forventede form."),
        (r"^Invalid value\.?$", "Ugyldig værdi."),
        (r"^must not be empty$", "Må ikke være tom."),
        (
            r"^holds what looks like a CPR number: an e-mail address is shown as written to everyone who may"
            r" see the record; write the address without it$",
            "Indeholder noget, der ligner et CPR-nummer: en e-mailadresse vises, som den er skrevet, for"
            " alle, der må se posten; skriv adressen uden det.",
        ),
        (
            r"^holds no character that can be read, only invisible or damaged ones$",
            "Har intet tegn, der kan læses, kun usynlige eller beskadigede.",
        ),
        (
            r"^looks encoded twice: '(.*)' should probably read '(.*)' \(text saved as UTF-8 was read as"
            r" ([\w-]+) and saved again\): correct it where it was written and send the file again$",
            r"Ser ud til at være kodet to gange: '\1' skulle nok være '\2' (tekst gemt som UTF-8 blev læst"
            r" som \3 og gemt igen): ret den, hvor den blev skrevet, og send filen igen.",
        ),
        (r"^([\w-]+) must be a string$", _said_of("{subject} skal være tekst.")),
        (r"^CPR must be 10 digits \(DDMMYYSSSS\)$", "CPR-nummeret skal have 10 cifre (DDMMÅÅSSSS)."),
        (
            r"^CPR must be 10 digits \(DDMMYYSSSS\), not 9: was its leading zero lost\?$",
            "CPR-nummeret skal have 10 cifre (DDMMÅÅSSSS), ikke 9: er nullet foran gået tabt, fx i et"
            " regneark, der læste det som et tal?",
        ),
        (r"^CPR is not a real date: month (\d+)$", r"CPR-nummeret er ikke en rigtig dato: måned \1."),
        (
            r"^CPR is not a real date: day (\d+) in (\S+)$",
            r"CPR-nummeret er ikke en rigtig dato: dag \1 i \2.",
        ),
        (r"^CPR birth date (\S+) is in the future$", r"CPR-nummerets fødselsdato \1 ligger i fremtiden."),
        (
            r"^CVR must be 8 digits, not starting with 0$",
            "CVR-nummeret skal have 8 cifre og ikke begynde med 0.",
        ),
        (r"^CVR check digit is wrong$", "CVR-nummerets kontrolciffer er forkert."),
        (r"^P-number must be 10 digits$", "P-nummeret skal have 10 cifre."),
        (
            r"^(CPR|CVR|P-number|phone) written as a number in scientific notation( \(.*\))?: its digits are"
            r" lost; save the column as text$",
            _said_of(
                "{subject} er skrevet som et tal i videnskabelig notation{g2}: cifrene er tabt; gem"
                " kolonnen som tekst."
            ),
        ),
        (r"^unknown municipality(?: code)? (.*)$", r"Ukendt kommune \1."),
        (r"^municipality must be a code or slug string.*$", "Kommunen skal angives med kode eller navn."),
        (
            r"^Danish phone number must be 8 digits after \+45: (.*)$",
            r"Et dansk telefonnummer skal have 8 cifre efter +45: \1.",
        ),
        (r"^not a phone number .*: (.*)$", r"Ikke et telefonnummer: \1."),
        (
            r"^a date, not a phone number: (.*); write the phone number there$",
            r"En dato, ikke et telefonnummer: \1; skriv telefonnummeret der.",
        ),
        (
            r"^holds what looks like a CPR number, not a phone number: a phone number is shown as written to"
            r" everyone who may see the record; write the phone number there$",
            "Indeholder noget, der ligner et CPR-nummer, ikke et telefonnummer: et telefonnummer vises, som"
            " det er skrevet, for alle, der må se posten; skriv telefonnummeret der.",
        ),
        (
            r"^(.+) must be a decimal string with a dot, e\.g\. (.*)$",
            _said_of("{subject} skal være et decimaltal med punktum, fx {g2}."),
        ),
        (r"^(.+) must be a finite number$", _said_of("{subject} skal være et endeligt tal.")),
        (r"^(.+) must not be negative$", _said_of("{subject} må ikke være negativt.")),
        (
            r"^(.+) must use a dot as decimal separator, not a comma$",
            _said_of("{subject} skal bruge punktum som decimaltegn, ikke komma."),
        ),
        (
            r"^(.+) is not a decimal number with at most 4 decimals: (.*)$",
            _said_of("{subject} er ikke et tal med højst 4 decimaler: {g2}."),
        ),
        (
            r"^(.+) has more than 9 digits before the decimal point: (.*)$",
            _said_of("{subject} har mere end 9 cifre før decimaltegnet: {g2}."),
        ),
        (r"^(.+) is not a number: (.*)$", _said_of("{subject} er ikke et tal: {g2}.")),
        (
            r"^hours (\S+) exceed the (\S+) hours of a week$",
            _said_of("Timetallet {n1} overstiger ugens {n2} timer."),
        ),
        (r"^amount has more than two decimals: (.*)$", _said_of("Beløbet har mere end to decimaler: {n1}.")),
        (
            r"^hours have more than (\d+) decimals: (\S+)$",
            _said_of("Timetallet har mere end {g1} decimaler: {n2}."),
        ),
        (r"^amount (\S+) exceeds (\S+)$", _said_of("Beløbet {n1} overstiger {n2}.")),
        (
            r"^the year of the (date|week) must be between (\d+) and (\d+): (.*)$",
            r"Året skal være mellem \2 og \3: \4.",
        ),
        (r"^week must look like 2026-W32, not (.*)$", r"Ugen skal skrives som 2026-W32, ikke \1."),
        (r"^(\S+) is not a week of ISO year (\d+)$", r"\1 er ikke en uge i ISO-året \2."),
        (r"^date must be YYYY-MM-DD, not (.*)$", r"Datoen skal skrives ÅÅÅÅ-MM-DD, ikke \1."),
        (r"^not a real date: (.*)$", r"Ikke en rigtig dato: \1."),
        (r"^end (\S+) is before start (\S+)$", r"Slutdatoen \1 ligger før startdatoen \2."),
        (r"^week (\S+) appears more than once$", r"Uge \1 står der mere end én gang."),
        (
            r"^total_hours (\S+) is not the sum of the entries \((\S+)\)$",
            _said_of("Timetallet i alt {n1} er ikke summen af linjerne ({n2})."),
        ),
        (
            r"^signed on (\S+), before the first week it signs, (\d+)-W(\d+), began \((\S+)\): a signature"
            r" cannot sign hours not given yet; check the date$",
            _said_of(
                "Underskrevet {g1}, før den første uge, den skriver under på, uge {g3} {g2}, begyndte ({g4}):"
                " en underskrift kan ikke skrive under på timer, der endnu ikke er givet; tjek datoen."
            ),
        ),
        (r"^unknown form type (.*); expected one of (.*)$", r"Ukendt blankettype \1; forventet en af \2."),
        (r"^a record must be an object$", "En post skal være et objekt."),
        (r"^an agreement must be an object$", "En aftale skal være et objekt."),
        (r"^required when basis is (\S+)$", r"Skal udfyldes, når betalingsgrundlaget er \1."),
        (
            r"^basis none pays nothing, so it must not carry (\S+)$",
            r"Grundlaget none betaler intet, så \1 må ikke angives.",
        ),
        (
            r"^(\S+) is the lead municipality and cannot also be a partner$",
            r"\1 er tovholder og kan ikke også være partner.",
        ),
        (r"^P-number (\S+) is listed twice$", r"P-nummer \1 står der to gange."),
        (r"^(\S+) is listed twice$", r"\1 står der to gange."),
        (r"^municipality (\S+) is given twice \(as (.*)\)$", r"Kommune \1 er angivet to gange (som \2)."),
        (
            r"^(\d+) places allotted but the sites have (\d+)$",
            _said_of("{n1} pladser fordelt, men arbejdsstederne har {n2}."),
        ),
        (
            r"^the primary contact must be from the lead \((\S+)\)$",
            r"Den primære kontakt skal være fra tovholderen (\1).",
        ),
        (r"^not a municipality of this agreement$", "Ikke en kommune i denne aftale."),
        (r"^expected a record or a list of records$", "Forventede en post eller en liste af poster."),
    )
)
