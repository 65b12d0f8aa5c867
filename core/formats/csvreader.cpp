// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace lp::formats {
namespace {

// Takes the decoder by reference: an ICU-backed QStringDecoder (GB18030) that has been moved
// no longer reports errors (Qt 6.4 keeps counting them in the moved-from state).
bool decodeAs(QStringDecoder& decoder, QByteArrayView bytes, QString& text)
{
    text = decoder.decode(bytes);
    return !decoder.hasError();
}

QChar separatorOf(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    const QStringView firstLine = text.left(end);
    if (firstLine.contains(u','))
        return u',';
    const qsizetype tabs = firstLine.count(u'\t');
    const qsizetype semicolons = firstLine.count(u';');
    if (tabs > 0 && tabs >= semicolons)
        return u'\t';
    return semicolons > 0 ? u';' : u',';
}

bool isBlank(const QStringList& row)
{
    for (const QString& field : row) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

class CsvParser final {
public:
    CsvParser(QStringView text, QString name)
        : m_text(text)
        , m_name(std::move(name))
        , m_separator(separatorOf(text))
    {}

    Result<QList<QStringList>> parse()
    {
        qsizetype i = 0;
        const qsizetype size = m_text.size();
        bool rowOpen = false; // something of the current row has been read
        while (i < size) {
            rowOpen = true;
            QString field;
            if (m_text[i] == u'"') {
                const qsizetype opened = m_rows.size() + 1;
                ++i;
                for (;;) {
                    const qsizetype quote = m_text.indexOf(u'"', i);
                    if (quote < 0)
                        return unterminated(opened);
                    field += m_text.mid(i, quote - i);
                    i = quote + 1;
                    if (i < size && m_text[i] == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        break;
                    }
                }
            }
            const qsizetype end = fieldEnd(i);
            field += m_text.mid(i, end - i); // unquoted, or text after a closing quote
            i = end;
            if (auto added = addField(std::move(field)); !added)
                return fail(std::move(added).error());
            if (i >= size)
                break;
            if (m_text[i] == m_separator) {
                ++i;
                if (i < size)
                    continue;
                if (auto added = addField({}); !added) // "a," at the very end: one more field
                    return fail(std::move(added).error());
                break;
            }
            i += (m_text[i] == u'\r' && i + 1 < size && m_text[i + 1] == u'\n') ? 2 : 1;
            if (auto ended = endRow(); !ended)
                return fail(std::move(ended).error());
            rowOpen = false;
        }
        if (rowOpen) {
            if (auto ended = endRow(); !ended)
                return fail(std::move(ended).error());
        }
        while (!m_rows.isEmpty() && isBlank(m_rows.last()))
            m_rows.removeLast();
        return std::move(m_rows);
    }

private:
    qsizetype fieldEnd(qsizetype i) const
    {
        while (i < m_text.size() && m_text[i] != m_separator && m_text[i] != u'\n' &&
               m_text[i] != u'\r')
            ++i;
        return i;
    }

    Result<void> addField(QString field)
    {
        if (m_row.size() >= CsvReader::kMaxColumns) {
            return fail(ErrorCode::InvalidInput,
                        CsvReader::tr("%1, row %2: the row has more than %3 columns, more than "
                                      "Excel allows. Is this a CSV file?")
                            .arg(m_name)
                            .arg(m_rows.size() + 1)
                            .arg(QLocale().toString(CsvReader::kMaxColumns)));
        }
        if (++m_cells > CsvReader::kMaxCells) {
            return fail(ErrorCode::InvalidInput,
                        CsvReader::tr("%1 has more than %2 cells, more than LinkPoint imports "
                                      "at once. Split it into smaller files.")
                            .arg(m_name, QLocale().toString(CsvReader::kMaxCells)));
        }
        m_row.append(std::move(field));
        return {};
    }

    Result<void> endRow()
    {
        if (m_rows.size() >= CsvReader::kMaxRows) {
            return fail(ErrorCode::InvalidInput,
                        CsvReader::tr("%1 has more than %2 rows, more than Excel allows. Split "
                                      "it into smaller files.")
                            .arg(m_name, QLocale().toString(CsvReader::kMaxRows)));
        }
        if (m_row.size() == 1 && m_row.first().isEmpty())
            m_row.clear(); // an empty line is an empty row
        m_rows.append(std::move(m_row));
        m_row = {};
        return {};
    }

    Unexpected<Error> unterminated(qsizetype row) const
    {
        return fail(ErrorCode::InvalidInput,
                    CsvReader::tr("%1, row %2: a quoted field starts here and its closing quote "
                                  "is missing, so the rest of the file would be one cell. Add "
                                  "the closing quote (\") and import it again.")
                        .arg(m_name)
                        .arg(row));
    }

    QStringView m_text;
    QString m_name;
    QChar m_separator;
    QList<QStringList> m_rows;
    QStringList m_row;
    qint64 m_cells = 0;
};

} // namespace

Result<SheetTable> CsvReader::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !file.exists();
        return fail(missing ? ErrorCode::NotFound : ErrorCode::Io,
                    missing ? tr("The file %1 does not exist.").arg(shown)
                            : tr("The file %1 cannot be opened: %2").arg(shown, file.errorString()),
                    file.errorString());
    }
    if (file.size() > kMaxFileBytes) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is too large to import (more than %2). Split it into smaller files.")
                        .arg(shown, QLocale().formattedDataSize(kMaxFileBytes)));
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(ErrorCode::Io,
                    tr("The file %1 cannot be read: %2").arg(shown, file.errorString()),
                    file.errorString());
    }
    return parse(bytes, shown);
}

Result<SheetTable> CsvReader::parse(const QByteArray& bytes, const QString& name)
{
    using Encoding = QStringConverter::Encoding;
    constexpr auto stateless = QStringConverter::Flag::Stateless;
    QByteArrayView body = bytes;
    Encoding encoding = Encoding::Utf8;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        body = body.sliced(2);
        encoding = Encoding::Utf16LE;
    } else if (bytes.startsWith("\xFE\xFF")) {
        body = body.sliced(2);
        encoding = Encoding::Utf16BE;
    }
    QString text;
    QString encodingName = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    QStringDecoder unicode(encoding, stateless);
    bool ok = decodeAs(unicode, body, text);
    if (!ok && body.size() == bytes.size()) { // no byte order mark, and not UTF-8
        encodingName = u"GB18030"_s;
        QStringDecoder gb18030("GB18030", stateless);
        if (!gb18030.isValid()) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not UTF-8 text, and this system cannot read GB18030, the "
                           "other encoding LinkPoint accepts. Save it from Excel or WPS as "
                           "\"CSV UTF-8\" and import that file.")
                            .arg(name),
                        u"QStringDecoder(GB18030) is not available"_s);
        }
        ok = decodeAs(gb18030, bytes, text);
    }
    if (!ok) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not text in an encoding LinkPoint can read (it tried %2). Save it "
                       "from Excel or WPS as \"CSV UTF-8\" and import that file.")
                        .arg(name, encodingName),
                    encodingName);
    }
    auto rows = CsvParser(text, name).parse();
    if (!rows)
        return fail(std::move(rows).error());
    return SheetTable{QFileInfo(name).completeBaseName(), std::move(*rows), encodingName};
}

} // namespace lp::formats
