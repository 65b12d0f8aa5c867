// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

constexpr int kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

// isWritable() alone says yes to an administrator for any file; a file or folder without a
// single write permission bit was write-protected on purpose, and LinkPoint respects that.
bool writable(const QFileInfo& info)
{
    constexpr auto anyWriteBit = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWriteBit);
}

bool folderIsWritable(const QFileInfo& info)
{
    const QFileInfo folder(info.absolutePath());
    return folder.exists() && writable(folder);
}

} // namespace

Result<FileFacts> FileProbe::inspect(const QString& path)
{
    const QFileInfo info(path);
    FileFacts facts;
    facts.exists = info.exists();
    facts.folderWritable = folderIsWritable(info);
    if (!facts.exists)
        return facts;

    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir()) {
        return fail(ErrorCode::NotSqlite,
                    tr("%1 is a folder, not a LinkPoint database file. Choose a file.").arg(shown));
    }
    facts.size = info.size();
    facts.fileWritable = writable(info);
    facts.walFilePresent = QFileInfo::exists(info.absoluteFilePath() + u"-wal"_s);
    if (facts.size == 0)
        return facts; // SQLite treats an empty file as a new database

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(kMagic)) {
        return fail(ErrorCode::NotSqlite,
                    tr("%1 is not a LinkPoint database file (it is not an SQLite database). "
                       "Choose the .sqlite file that LinkPoint created, or a backup of it.")
                        .arg(shown));
    }
    if (header.size() < kHeaderSize) {
        return fail(ErrorCode::Truncated,
                    tr("The database file %1 is cut short (only %2 bytes). It was probably copied "
                       "incompletely; restore it from a backup.")
                        .arg(shown)
                        .arg(facts.size));
    }

    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    facts.walMode = bytes[18] == 2 && bytes[19] == 2;

    const bool sizeInHeaderIsValid = pageCount > 0 && changeCounter == validFor;
    const qint64 expected = qint64(pageSize) * pageCount;
    if (pageSize < 512 || (sizeInHeaderIsValid && facts.size < expected) ||
        facts.size % pageSize != 0) {
        return fail(ErrorCode::Truncated,
                    tr("The database file %1 is cut short: it has %2 bytes where its header "
                       "promises %3. It was probably copied incompletely; restore it from a "
                       "backup.")
                        .arg(shown)
                        .arg(facts.size)
                        .arg(expected),
                    u"page size %1, page count %2"_s.arg(pageSize).arg(pageCount));
    }
    return facts;
}

} // namespace lp::storage
