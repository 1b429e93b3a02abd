/*
 * Mariagerfjord's placement agreement as its C case system writes it with libxlsxwriter (Debian's
 * libxlsxwriter-dev 1.1.4): one sheet laid out as a form, labels in column A and each value in a
 * range B:D merged across, the section headings merged over A:D. The dates are numbers with a date
 * format; the last day is a formula over the first with its value cached, as the C program knows it;
 * CVR, P-number and phone are numbers (the phone in a "00 00 00 00" format); whether the mentor is
 * employed by the company is a boolean cell; the e-mail a mailto link showing the address; the labels
 * "Navn" and "Dato" come twice, under different headings.
 *
 * Built and run by tools/make_fixtures_onboarding_thirtyfourth.py:
 *     gcc -o praktikaftale mariagerfjord_praktikaftale.c -lxlsxwriter && ./praktikaftale out.xlsx
 * The case's own time is the file's creation time, so each run writes the same bytes.
 */
#include <stdio.h>
#include <xlsxwriter.h>

static void label(lxw_worksheet *sheet, lxw_row_t row, const char *text, lxw_format *format)
{
    worksheet_write_string(sheet, row, 0, text, format);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s out.xlsx\n", argv[0]);
        return 2;
    }
    lxw_workbook *book = workbook_new(argv[1]);
    lxw_doc_properties properties = {
        .title = "Aftale om virksomhedspraktik",
        .author = "Jobcenter Mariagerfjord",
        .company = "Mariagerfjord Kommune",
        .comments = "Dannet af sagssystemet (libxlsxwriter)",
        .created = 1788332400, /* 2026-09-02 07:00:00 UTC: the case's own time */
    };
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Praktikaftale");

    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xD9E1F2);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(book);
    format_set_border(text, LXW_BORDER_THIN);
    lxw_format *whole = workbook_add_format(book);
    format_set_border(whole, LXW_BORDER_THIN);
    format_set_num_format(whole, "0");
    lxw_format *day = workbook_add_format(book);
    format_set_border(day, LXW_BORDER_THIN);
    format_set_align(day, LXW_ALIGN_LEFT);
    format_set_num_format(day, "dd-mm-yyyy");
    lxw_format *hours = workbook_add_format(book);
    format_set_border(hours, LXW_BORDER_THIN);
    format_set_align(hours, LXW_ALIGN_LEFT);
    format_set_num_format(hours, "0.0");
    lxw_format *phone = workbook_add_format(book);
    format_set_border(phone, LXW_BORDER_THIN);
    format_set_align(phone, LXW_ALIGN_LEFT);
    format_set_num_format(phone, "00 00 00 00");
    lxw_format *link = workbook_add_format(book);
    format_set_border(link, LXW_BORDER_THIN);
    format_set_underline(link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(link, LXW_COLOR_BLUE);
    lxw_format *yesno = workbook_add_format(book);
    format_set_border(yesno, LXW_BORDER_THIN);
    format_set_align(yesno, LXW_ALIGN_LEFT);
    lxw_format *wrap = workbook_add_format(book);
    format_set_border(wrap, LXW_BORDER_THIN);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    worksheet_set_column(sheet, 0, 0, 30, NULL);
    worksheet_set_column(sheet, 1, 3, 22, NULL);

    worksheet_merge_range(sheet, 0, 0, 0, 3, "Aftale om virksomhedspraktik", title);
    worksheet_merge_range(sheet, 1, 0, 1, 3, "Jobcenter Mariagerfjord, Ndr. Kajgade 1, 9500 Hobro", NULL);
    label(sheet, 2, "Sagsnr.", NULL);
    worksheet_write_string(sheet, 2, 1, "2026-084417", NULL);

    worksheet_merge_range(sheet, 4, 0, 4, 3, "Borger", heading);
    label(sheet, 5, "CPR-nummer", text);
    worksheet_merge_range(sheet, 5, 1, 5, 3, "210688-2746", text);
    label(sheet, 6, "Navn", text);
    worksheet_merge_range(sheet, 6, 1, 6, 3, "Sofie Thyregod Mikkelsen", text);

    worksheet_merge_range(sheet, 8, 0, 8, 3, "Virksomhed", heading);
    label(sheet, 9, "CVR-nummer", text);
    worksheet_merge_range(sheet, 9, 1, 9, 3, "", whole);
    worksheet_write_number(sheet, 9, 1, 29461759, whole);
    label(sheet, 10, "Virksomhedens navn", text);
    worksheet_merge_range(sheet, 10, 1, 10, 3, "Hobro Maskinfabrik ApS", text);
    label(sheet, 11, "P-nummer", text);
    worksheet_merge_range(sheet, 11, 1, 11, 3, "", whole);
    worksheet_write_number(sheet, 11, 1, 1017462938, whole);
    label(sheet, 12, "Arbejdssted", text);
    worksheet_merge_range(sheet, 12, 1, 12, 3, "Hobro Maskinfabrik, Industrivej 14, 9500 Hobro", text);

    worksheet_merge_range(sheet, 14, 0, 14, 3, "Praktikken", heading);
    label(sheet, 15, "Første dag", text);
    lxw_datetime first = {2026, 9, 14, 0, 0, 0};
    worksheet_merge_range(sheet, 15, 1, 15, 3, "", day);
    worksheet_write_datetime(sheet, 15, 1, &first, day);
    label(sheet, 16, "Sidste dag", text);
    worksheet_merge_range(sheet, 16, 1, 16, 3, "", day);
    /* twelve weeks: the program knows the day, so it caches it (46279 + 83) */
    worksheet_write_formula_num(sheet, 16, 1, "=B16+83", day, 46362);
    label(sheet, 17, "Timer pr. uge", text);
    worksheet_merge_range(sheet, 17, 1, 17, 3, "", hours);
    worksheet_write_number(sheet, 17, 1, 18.5, hours);
    label(sheet, 18, "Ydelse", text);
    worksheet_merge_range(sheet, 18, 1, 18, 3, "Uddannelseshjælp", text);
    label(sheet, 19, "Visitation", text);
    worksheet_merge_range(sheet, 19, 1, 19, 3, "Uddannelsesparat", text);

    worksheet_merge_range(sheet, 21, 0, 21, 3, "Mentor", heading);
    label(sheet, 22, "Navn", text);
    worksheet_merge_range(sheet, 22, 1, 22, 3, "Lars Hvidberg", text);
    label(sheet, 23, "Ansat i virksomheden", text);
    worksheet_merge_range(sheet, 23, 1, 23, 3, "", yesno);
    worksheet_write_boolean(sheet, 23, 1, 1, yesno);

    worksheet_merge_range(sheet, 25, 0, 25, 3, "Sagsbehandler", heading);
    label(sheet, 26, "Navn", text);
    worksheet_merge_range(sheet, 26, 1, 26, 3, "Kirsten Vad", text);
    label(sheet, 27, "E-mail", text);
    worksheet_merge_range(sheet, 27, 1, 27, 3, "", link);
    /* the documented way to show other text than the link: the link, then the text over it */
    worksheet_write_url(sheet, 27, 1, "mailto:Kirsten.Vad@mariagerfjord.example.dk", link);
    worksheet_write_string(sheet, 27, 1, "Kirsten.Vad@mariagerfjord.example.dk", link);
    label(sheet, 28, "Telefon", text);
    worksheet_merge_range(sheet, 28, 1, 28, 3, "", phone);
    worksheet_write_number(sheet, 28, 1, 97113412, phone);

    worksheet_merge_range(sheet, 30, 0, 30, 3, "Formål med praktikken", heading);
    worksheet_set_row(sheet, 31, 45, NULL);
    worksheet_merge_range(sheet, 31, 0, 31, 3,
                          "Afklaring af arbejdsevne i produktionen.\n"
                          "Mandag-torsdag kl. 8-13, fredag kl. 8-11.", wrap);

    worksheet_merge_range(sheet, 33, 0, 33, 3, "Underskrifter", heading);
    label(sheet, 34, "Dato", text);
    lxw_datetime signed_on = {2026, 9, 2, 0, 0, 0};
    worksheet_write_datetime(sheet, 34, 1, &signed_on, day);
    worksheet_write_string(sheet, 35, 0, "Udskrevet af sagssystemet", NULL);
    lxw_datetime printed = {2026, 9, 2, 9, 12, 0};
    lxw_format *stamp = workbook_add_format(book);
    format_set_num_format(stamp, "dd-mm-yyyy hh:mm");
    worksheet_write_datetime(sheet, 35, 1, &printed, stamp);

    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
