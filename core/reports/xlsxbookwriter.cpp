// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/xlsxbookwriter.h"

#include <algorithm>

#include <QRegularExpression>

#include <xlsxwriter.h>

#include "core/atomicwrite.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

constexpr int kA4 = 9;
constexpr int kSampledRows = 500;

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* number = nullptr;
    lxw_format* date = nullptr;
};

Formats makeFormats(lxw_workbook* book)
{
    Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
                    workbook_add_format(book)};
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xE8E8E8);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(formats.header);
    for (lxw_format* format : {formats.text, formats.number, formats.date}) {
        format_set_border(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_text_wrap(formats.text);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    return formats;
}

// Display width in Excel's character units: a Chinese character takes two.
double displayWidth(const QString& text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return width;
}

// Excel's header codes start with '&'; a literal ampersand is written "&&".
QByteArray pageHeader(const QString& title)
{
    QString escaped = title;
    escaped.replace(u'&', u"&&"_s);
    return (u"&C"_s + escaped.left(200)).toUtf8();
}

struct Sheet {
    QString name;
    QStringList header;
    QList<CellType> types;
    QList<TableRow> rows;
};

Sheet sheetOfTable(const Table& table)
{
    Sheet sheet{table.caption, {}, {}, table.rows};
    for (const TableColumn& column : table.columns) {
        sheet.header.append(column.title);
        sheet.types.append(column.type);
    }
    return sheet;
}

Sheet sheetOfForm(const KeyValueForm& form, const QString& name)
{
    Sheet sheet{name,
                {XlsxBookWriter::tr("Item"), XlsxBookWriter::tr("Content")},
                {CellType::Text, CellType::Text},
                {}};
    for (const FormField& field : form.fields)
        sheet.rows.append({TableCell{field.label, 1, 1}, TableCell{field.value, 1, 1}});
    return sheet;
}

void writeCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const TableCell& cell,
               CellType type, const Formats& formats)
{
    const QVariant& value = cell.value;
    if (value.isNull() || !value.isValid()) {
        worksheet_write_blank(ws, row, col, formats.text);
    } else if (type == CellType::Date && value.typeId() == QMetaType::QDate &&
               value.toDate().isValid()) {
        const QDate date = value.toDate();
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &when, formats.date);
    } else if (type == CellType::Number && value.canConvert<double>() &&
               value.typeId() != QMetaType::QString) {
        worksheet_write_number(ws, row, col, value.toDouble(), formats.number);
    } else {
        worksheet_write_string(ws, row, col, cellText(cell).toUtf8().constData(), formats.text);
    }
}

Result<void> writeSheet(lxw_workbook* book, const Sheet& sheet, const QString& title,
                        const Formats& formats, TaskControl* control)
{
    const QByteArray name = sheet.name.toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(book, name.constData());
    if (!ws) {
        return fail(ErrorCode::Io,
                    XlsxBookWriter::tr("The sheet \"%1\" could not be added.").arg(sheet.name));
    }
    const auto columns = lxw_col_t(sheet.header.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        double width = displayWidth(sheet.header[c]);
        for (qsizetype r = 0; r < std::min<qsizetype>(sheet.rows.size(), kSampledRows); ++r)
            width = std::max(width, displayWidth(cellText(sheet.rows[r].value(c))));
        if (sheet.types.value(c) == CellType::Date)
            width = std::max(width, 10.0);
        worksheet_set_column(ws, c, c, std::clamp(width + 2, 6.0, 60.0), nullptr);
        worksheet_write_string(ws, 0, c, sheet.header[c].toUtf8().constData(), formats.header);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, kA4);
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_header(ws, pageHeader(title).constData());
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        if (control && r % 1000 == 0) {
            if (control->cancelled)
                return fail(ErrorCode::Cancelled,
                            XlsxBookWriter::tr("Cancelled; nothing was written."));
            control->report(r, sheet.rows.size());
        }
        const TableRow& row = sheet.rows[r];
        for (lxw_col_t c = 0; c < columns && c < row.size(); ++c)
            writeCell(ws, lxw_row_t(r + 1), c, row[c], sheet.types.value(c), formats);
    }
    if (columns > 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), columns - 1);
    return {};
}

} // namespace

QString XlsxBookWriter::sheetName(const QString& wanted, const QStringList& taken)
{
    static const QRegularExpression forbidden(u"[\\[\\]:*?/\\\\]"_s);
    QString base = wanted.simplified();
    base.replace(forbidden, u"_"_s);
    while (base.startsWith(u'\'') || base.endsWith(u'\''))
        base = base.startsWith(u'\'') ? base.mid(1) : base.chopped(1);
    if (base.isEmpty())
        base = tr("Sheet");
    base = base.left(31);
    QString name = base;
    for (int n = 2;
         std::any_of(taken.cbegin(), taken.cend(),
                     [&](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
         ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    return name;
}

Result<void> XlsxBookWriter::write(const Document& document, const QString& path,
                                   TaskControl* control)
{
    QList<Sheet> sheets;
    QStringList names;
    for (const Block& block : document.blocks) {
        Sheet sheet;
        if (const auto* table = std::get_if<Table>(&block))
            sheet = sheetOfTable(*table);
        else if (const auto* form = std::get_if<KeyValueForm>(&block))
            sheet = sheetOfForm(*form, tr("Registration form"));
        else
            continue;
        sheet.name = sheetName(sheet.name.isEmpty() ? document.title : sheet.name, names);
        names.append(sheet.name);
        sheets.append(sheet);
    }
    if (sheets.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" has no table to put in a spreadsheet; export it as PDF or Word.")
                        .arg(document.title));
    }
    return writeFileAtomically(path, [&](const QString& temporary) -> Result<void> {
        lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
        lxw_workbook* book = workbook_new_opt(temporary.toUtf8().constData(), &options);
        if (!book)
            return fail(ErrorCode::Io, tr("The spreadsheet could not be started."));
        const QByteArray title = document.title.toUtf8();
        lxw_doc_properties properties{};
        QByteArray titleCopy = title; // libxlsxwriter takes char*
        properties.title = titleCopy.data();
        workbook_set_properties(book, &properties);
        const Formats formats = makeFormats(book);
        Result<void> written;
        for (const Sheet& sheet : std::as_const(sheets)) {
            written = writeSheet(book, sheet, document.title, formats, control);
            if (!written)
                break;
        }
        const lxw_error closed = workbook_close(book);
        if (written && closed != LXW_NO_ERROR) {
            return fail(ErrorCode::Io, tr("The spreadsheet could not be written."),
                        QString::fromUtf8(lxw_strerror(closed)));
        }
        return written;
    });
}

} // namespace lp::reports
