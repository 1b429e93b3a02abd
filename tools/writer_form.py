"""A LibreOffice Writer form's pieces as flat ODF (.fodt), for the trials that draw one
(`make_fixtures_onboarding_fifteenth`, `make_fixtures_onboarding_sixtysixth`): a control's model in the
document's form, the control drawn in the text, and a table row of a label beside its control(s)."""

from __future__ import annotations


def drawn_control(ident: int, width: float = 7.5, height: float = 0.55) -> str:
    """The control `ident` (`control<ident>`) drawn in the text as a character (cm)."""
    return (
        f'<draw:control text:anchor-type="as-char" draw:style-name="gr1" svg:width="{width}cm" '
        f'svg:height="{height}cm" draw:control="control{ident}"/>'
    )


def table_row(label: str, cell: str) -> str:
    """A table row: the label left, the control(s) right."""
    return (
        f'<table:table-row><table:table-cell office:value-type="string"><text:p>{label}</text:p>'
        f'</table:table-cell><table:table-cell office:value-type="string"><text:p>{cell}</text:p>'
        "</table:table-cell></table:table-row>"
    )


def control_model(kind: str, name: str, attributes: str, children: str = "") -> str:
    """A control's model in the document's form: `<form:KIND form:name=... form:id="ID" ...>` (the caller
    numbers its `ID`)."""
    return f'<form:{kind} form:name="{name}" form:id="ID" {attributes}>{children}</form:{kind}>'
