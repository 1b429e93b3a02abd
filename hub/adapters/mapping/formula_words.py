"""Why a spreadsheet's formula cell is refused, in the sender's words: a formula with no value (never
calculated, or a CSV saved with its formulas shown), or a saved total its own cells contradict.

Apart from `read_problems`, which notes each problem where it is: these words are about what a
spreadsheet program saves, and the workbook's readers (`xlsx_values`, `xlsx_saved_totals`) decide when
they apply.
"""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.xlsx_cells import DAYS_HIDDEN, SAVED_UNCALCULATED, TEXT_SUMMED

_NAMED = 5  # of a sum's text cells, the first named: the sender mends them all once told which kind


def formula_words(fmt: str) -> tuple[str, str]:
    """Why a cell holding a formula and no value is refused, in the sender's words for the format."""
    if fmt == "csv":
        # A sheet saved as text with its formulas shown (`csv_formulas`): the text is the formula itself,
        # never read as a number (its digits are cell references); the sheet it came from has the value.
        return (
            "a formula, not its value: the cell holds a spreadsheet's formula written as text (the sheet "
            "was saved with its formulas shown); save the file with values and send it again",
            "en formel, ikke dens værdi: cellen har et regnearks formel skrevet som tekst (arket er gemt "
            "med formlerne vist); gem filen med værdierne, og send den igen",
        )
    # Excel shows the formula's value, the file holds none: the sender sees a filled cell.
    return (
        "empty: the cell holds a formula whose value was never calculated (the file was written by "
        "a program, not saved in Excel): open it in Excel, save it and send it again",
        "tom: cellen har en formel, hvis værdi aldrig er regnet ud (filen er skrevet af et program, "
        "ikke gemt i Excel): åbn den i Excel, gem den og send den igen",
    )


def saved_uncalculated_words(formula: str, total: str | None, saved: str = "0") -> tuple[str, str]:
    """Why a formula's `saved` number is refused where the cells it adds make `total` (`xlsx_values`),
    or, `total` None, where its cells hold numbers from which it cannot make 0 (`xlsx_saved_totals`):
    the program that saved the workbook did not calculate it, and Excel may show either number."""
    if total is None:
        return (
            f"the cell's formula {formula} is saved with the value 0, but the cells it uses hold numbers "
            "other than 0, from which it cannot make 0: the spreadsheet was saved without calculating; "
            "open it and save it again, then send it",
            f"cellens formel {formula} er gemt med værdien 0, men cellerne, den bruger, har andre tal end 0, "
            "som den ikke kan give 0 af: regnearket er gemt uden at blive regnet ud; åbn det og gem det "
            "igen, og send det så",
        )
    if saved != "0":
        return (
            f"the cell's formula {formula} is saved with the value {saved}, but the cells it adds make "
            f"{total}: the saved total does not match its cells; save the workbook again in a spreadsheet "
            "program, then send it",
            f"cellens formel {formula} er gemt med værdien {saved.replace('.', ',')}, men cellerne, den "
            f"lægger sammen, giver {total.replace('.', ',')}: den gemte sum passer ikke med cellerne; gem "
            "projektmappen igen i et regnearksprogram, og send den så",
        )
    return (
        f"the cell's formula {formula} is saved with the value 0, but the cells it adds make {total}: the "
        "spreadsheet was saved without calculating; open it and save it again, then send it",
        f"cellens formel {formula} er gemt med værdien 0, men cellerne, den lægger sammen, giver "
        f"{total.replace('.', ',')}: regnearket er gemt uden at blive regnet ud; åbn det og gem det igen, "
        "og send det så",
    )


def marked_formula_words(meta: dict[str, Any]) -> tuple[str, str] | None:
    """Why a workbook value marked by its reader as a total no one can read is refused: a saved total
    its cells contradict (`SAVED_UNCALCULATED`), a `SUM` of cells holding text (`TEXT_SUMMED`) or a sum of
    a day or more in a time-of-day format (`DAYS_HIDDEN`); None for any other value."""
    if mark := meta.get(SAVED_UNCALCULATED):
        return saved_uncalculated_words(*mark)
    if mark := meta.get(TEXT_SUMMED):
        return text_summed_words(*mark)
    if mark := meta.get(DAYS_HIDDEN):
        return days_hidden_words(*mark)
    return None


def days_hidden_words(formula: str, total: str, number_format: str) -> tuple[str, str]:
    """Why a sum of lengths of a day or more in a time-of-day format (`h:mm`) is refused: the format shows
    a time of day, so Excel shows the total less its whole days (25:30 as 1:30), and neither the total
    shown nor the one hidden is what the sender saw (decision 0061, "Stop 68: fixes-110")."""
    hours, minutes = total.split(":")[:2]
    shown = f"{int(hours) % 24}:{minutes}"
    return (
        f"the cell's formula {formula} adds up to {hours}:{minutes}, but its format {number_format} shows a"
        f" time of day, so the sheet shows {shown}: the format hides whole days; format the cell as"
        " [h]:mm, then send it again",
        f"cellens formel {formula} giver {hours}:{minutes}, men dens format {number_format} viser et"
        f" klokkeslæt, så arket viser {shown}: formatet skjuler hele døgn; formatér cellen som [t]:mm, og"
        " send den så igen",
    )


def text_summed_words(formula: str, cells: list[str]) -> tuple[str, str]:
    """Why a total never calculated whose `SUM` adds cells holding text is refused: the hours are text,
    which Excel's sum passes over too, so opening and saving the book would not mend it (decision 0061,
    "Stop 66: fixes-102"); the cells named."""
    named = ", ".join(cells[:_NAMED])
    more_en = f" and {len(cells) - _NAMED} more" if len(cells) > _NAMED else ""
    more_da = f" og {len(cells) - _NAMED} til" if len(cells) > _NAMED else ""
    return (
        f"the cell's formula {formula} adds cells holding text, not numbers: {named}{more_en}; the hours"
        " there are typed as text, which a sum passes over (Excel's total leaves them out too): type them"
        " as numbers, then send it again",
        f"cellens formel {formula} lægger celler sammen, der har tekst, ikke tal: {named}{more_da};"
        " timerne der er skrevet som tekst, som en sum springer over (Excels sum udelader dem også):"
        " skriv dem som tal, og send den så igen",
    )


def excel_error_words(shown: str, fmt: str) -> tuple[str, str]:
    """Why Excel's error is no value (English, Danish): a cell shows it; an XML value or a PDF field holds
    it, copied from a sheet whose formula could not be calculated (decision 0061, "Stop 65: fixes-97";
    decision 0025, "Stop 66: fixes-100")."""
    if fmt in ("xml", "pdf"):
        return (
            f"the value is Excel's error {shown}: the formula it was copied from could not be calculated; "
            "correct it in Excel and send the file again",
            f"værdien er Excels fejl {shown}: formlen, den er kopieret fra, kunne ikke regnes ud; ret den i "
            "Excel og send filen igen",
        )
    return (
        f"the cell shows Excel's error {shown}: its formula could not be calculated; correct it in Excel "
        "and send the file again",
        f"cellen viser Excels fejl {shown}: dens formel kunne ikke regnes ud; ret den i Excel og send "
        "filen igen",
    )
