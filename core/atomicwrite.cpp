// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomicwrite.h"

#include <filesystem>
#include <system_error>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lp {

QString AtomicWrite::temporaryPathFor(const QString& target)
{
    const QFileInfo info(target);
    const quint32 salt = QRandomGenerator::global()->generate();
    return info.absolutePath() + u"/."_s + info.fileName() + u".part-"_s +
           QString::number(salt, 16);
}

Result<void> AtomicWrite::replace(const QString& temporary, const QString& target)
{
    std::error_code error;
    // std::filesystem::rename replaces an existing target on every platform (MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows, rename(2) elsewhere).
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error) {
        return fail(ErrorCode::Io, tr("The file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(target),
                                            QString::fromLocal8Bit(error.message())));
    }
    return {};
}

Result<void> writeFileAtomically(const QString& target,
                                 const std::function<Result<void>(const QString&)>& write)
{
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir()) {
        return fail(ErrorCode::Io, AtomicWrite::tr("The folder %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(folder.filePath())));
    }
    const QString temporary = AtomicWrite::temporaryPathFor(target);
    Result<void> written = write(temporary);
    if (written)
        written = AtomicWrite::replace(temporary, target);
    if (!written) {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
    }
    return written;
}

Result<void> writeBytesAtomically(const QString& target, const QByteArray& bytes)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io, AtomicWrite::tr("The file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(target), file.errorString()));
    }
    return {};
}

} // namespace lp
