"""Why a spreadsheet's formula cell is refused, in the sender's words: a formula with no value (never
calculated, or a CSV saved with its formulas shown), or a saved total its own cells contradict.

Apart from `read_problems`, which notes each problem where it is: these words are about what a
spreadsheet program saves, and the workbook's readers (`xlsx_values`, `xlsx_saved_totals`) decide when
they apply.
"""

from __future__ import annotations


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
