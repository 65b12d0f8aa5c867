// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/xlsxsheet.h"

#include <algorithm>

#include <QLocale>
#include <QXmlStreamReader>

#include "core/formats/xlsxpackage.h"
#include "core/formats/xlsxparts.h"
#include "core/formats/xlsxreader.h"
#include "core/formats/xlsxvalues.h"
#include "core/taskcontrol.h"

using namespace Qt::StringLiterals;

namespace lp::formats::xlsx {
namespace {

constexpr qint64 kSaturated = qint64(1) << 40;

QString shown(qint64 number)
{
    return QLocale().toString(number);
}

// The quoted text of something malformed, kept short for a message.
QString excerpt(QStringView text)
{
    return text.size() > 24 ? text.left(24).toString() + u"…"_s : text.toString();
}

class SheetParser final {
public:
    SheetParser(const XlsxPackage& package, const SheetInput& input)
        : m_file(package.displayPath())
        , m_sheet(XlsxPackage::elided(input.sheetName))
        , m_input(input)
        , m_limits(input.limits)
    {}

    Result<void> parse(QXmlStreamReader& xml)
    {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"row"_s) {
                if (auto row = startRow(xml); !row)
                    return row;
            } else if (xml.name() == u"c"_s) {
                if (auto cell = readCell(xml); !cell)
                    return cell;
            }
        }
        return {};
    }

    SheetTable take()
    {
        while (!m_rows.isEmpty() && m_rows.last().isEmpty())
            m_rows.removeLast();
        return SheetTable{m_input.sheetName, std::move(m_rows), {}};
    }

private:
    Result<void> startRow(QXmlStreamReader& xml)
    {
        if (m_input.control && m_input.control->cancelled)
            return fail(ErrorCode::Cancelled,
                        XlsxSheet::tr("Reading %1 was cancelled.").arg(m_file));
        const QStringView number = xml.attributes().value(u"r"_s);
        qint64 row = m_row + 1;
        if (!number.isEmpty()) {
            bool ok = false;
            row = number.toLongLong(&ok);
            if (!ok || row < 1) {
                if (!ok && row == 0 && std::all_of(number.begin(), number.end(), [](QChar c) {
                        return c >= u'0' && c <= u'9';
                    }))
                    row = kSaturated;
                else
                    return malformed(number);
            }
        }
        if (auto within = checkRow(row); !within)
            return within;
        m_row = row;
        m_column = 0;
        return {};
    }

    Result<void> readCell(QXmlStreamReader& xml)
    {
        const auto attributes = xml.attributes();
        const QStringView reference = attributes.value(u"r"_s);
        qint64 row = std::max<qint64>(m_row, 1);
        qint64 column = m_column + 1;
        if (!reference.isEmpty() && !XlsxSheet::parseCellReference(reference, row, column))
            return malformed(reference);
        if (auto within = checkRow(row); !within)
            return within;
        if (column > m_limits.maxColumns) {
            return fail(ErrorCode::InvalidInput,
                        XlsxSheet::tr("Sheet \"%1\" of %2 has data in column %3; LinkPoint reads "
                                      "at most %4 columns (up to column %5), as Excel does.")
                            .arg(m_sheet, m_file, columnLetters(column), shown(m_limits.maxColumns),
                                 columnLetters(m_limits.maxColumns)));
        }
        m_column = column;

        const QStringView type = attributes.value(u"t"_s);
        const qsizetype style = attributes.value(u"s"_s).toLongLong();
        QString stored;
        QString inlineText;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break; // </c>: every child below is read to its own end
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"v"_s)
                stored = xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"is"_s)
                inlineText = XlsxParts::readRichText(xml);
            else
                xml.skipCurrentElement(); // <f>ormula, <extLst>
        }
        if (xml.hasError())
            return {};

        QString text;
        if (type == u"s"_s && !stored.isEmpty()) {
            auto shared = sharedString(stored, row, column);
            if (!shared)
                return fail(std::move(shared).error());
            text = *shared;
        } else if (type == u"inlineStr"_s) {
            text = inlineText;
        } else if (type == u"str"_s || type == u"e"_s) {
            text = decodeEscapes(stored);
        } else if (type == u"b"_s) {
            text = stored.isEmpty()             ? QString()
                   : stored.trimmed() == u"0"_s ? u"FALSE"_s
                                                : u"TRUE"_s;
        } else if (type == u"d"_s) {
            text = formatIsoDate(stored);
        } else if (type != u"s"_s && !stored.isEmpty()) {
            const NumberFormat format = m_input.styles.format(style);
            text = format.isDateOrTime() ? formatSerial(stored, format, m_input.date1904)
                                         : formatNumber(stored);
        }
        if (text.isEmpty())
            return {};
        return place(row, column, std::move(text));
    }

    Result<QString> sharedString(const QString& stored, qint64 row, qint64 column) const
    {
        bool ok = false;
        const qsizetype index = stored.trimmed().toLongLong(&ok);
        if (ok && index >= 0 && index < m_input.sharedStrings.size())
            return m_input.sharedStrings[index];
        return fail(ErrorCode::InvalidInput,
                    XlsxSheet::tr("Sheet \"%1\" of %2, row %3, column %4: the cell refers to "
                                  "text number %5, but the workbook holds only %6 texts. The file "
                                  "is damaged; open it in Excel or WPS and save it again.")
                        .arg(m_sheet, m_file)
                        .arg(row)
                        .arg(columnLetters(column), excerpt(stored))
                        .arg(m_input.sharedStrings.size()));
    }

    Result<void> place(qint64 row, qint64 column, QString text)
    {
        if (++m_cells > m_limits.maxCells) {
            return fail(ErrorCode::InvalidInput,
                        XlsxSheet::tr("Sheet \"%1\" of %2 has more than %3 filled cells, more "
                                      "than LinkPoint imports at once. Split it into smaller "
                                      "sheets or files.")
                            .arg(m_sheet, m_file, shown(m_limits.maxCells)));
        }
        if (m_rows.size() < row)
            m_rows.resize(row);
        QStringList& line = m_rows[row - 1];
        if (line.size() < column) {
            m_gridCells += column - line.size();
            if (m_gridCells > m_limits.maxGridCells) {
                return fail(ErrorCode::InvalidInput,
                            XlsxSheet::tr("Sheet \"%1\" of %2 is too large to import: counted up "
                                          "to the last filled cell of each row, it has more than "
                                          "%3 cells. Delete unused columns or split the sheet.")
                                .arg(m_sheet, m_file, shown(m_limits.maxGridCells)));
            }
            line.resize(column);
        }
        line[column - 1] = std::move(text);
        return {};
    }

    Result<void> checkRow(qint64 row) const
    {
        if (row <= m_limits.maxRows)
            return {};
        return fail(ErrorCode::InvalidInput,
                    XlsxSheet::tr("Sheet \"%1\" of %2 has data in row %3; LinkPoint reads at "
                                  "most %4 rows, as Excel does.")
                        .arg(m_sheet, m_file,
                             row < kSaturated ? shown(row) : shown(kSaturated) + u"+"_s,
                             shown(m_limits.maxRows)));
    }

    Result<void> malformed(QStringView reference) const
    {
        return fail(ErrorCode::InvalidInput,
                    XlsxSheet::tr("Sheet \"%1\" of %2 is damaged: \"%3\" is not a cell "
                                  "reference. Open it in Excel or WPS and save it again.")
                        .arg(m_sheet, m_file, excerpt(reference)));
    }

    QString m_file;
    QString m_sheet; // for messages
    const SheetInput& m_input;
    const XlsxLimits& m_limits;
    QList<QStringList> m_rows;
    qint64 m_row = 0;    // the current <row>, 1-based
    qint64 m_column = 0; // the last cell's column, 1-based
    qint64 m_cells = 0;
    qint64 m_gridCells = 0;
};

} // namespace

bool XlsxSheet::parseCellReference(QStringView reference, qint64& row, qint64& column)
{
    qsizetype i = 0;
    qint64 letters = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference[i].toUpper();
        if (c < u'A' || c > u'Z')
            break;
        letters = std::min(letters * 26 + (c.unicode() - u'A' + 1), kSaturated);
    }
    if (i == 0 || i == reference.size())
        return false;
    qint64 digits = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference[i];
        if (c < u'0' || c > u'9')
            return false;
        digits = std::min(digits * 10 + (c.unicode() - u'0'), kSaturated);
    }
    if (digits < 1)
        return false;
    row = digits;
    column = letters;
    return true;
}

Result<SheetTable> XlsxSheet::read(XlsxPackage& package, const QString& part,
                                   const SheetInput& input)
{
    SheetParser parser(package, input);
    auto parsed = package.parse(
        part, [&](QXmlStreamReader& xml, const PartDevice&) { return parser.parse(xml); });
    if (!parsed)
        return fail(std::move(parsed).error());
    return parser.take();
}

} // namespace lp::formats::xlsx
