// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>

#include "core/atomicwrite.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

TEST_CASE("AtomicWrite: a failed write keeps the old file and leaves no temporary behind")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("list.docx"));
    writeBytes(target, "old report");
    auto result = writeFileAtomically(target, [](const QString& temporary) -> Result<void> {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, QStringLiteral("cannot open"));
        file.write("half a rep");
        return fail(ErrorCode::Cancelled, QStringLiteral("stopped half-way"));
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(readBytes(target) == QByteArray("old report"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("list.docx")});
}

TEST_CASE("AtomicWrite: a complete write replaces the target")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("列表.xlsx"));
    writeBytes(target, "old");
    REQUIRE_OK(writeBytesAtomically(target, "new content"));
    CHECK(readBytes(target) == QByteArray("new content"));
    REQUIRE_OK(writeFileAtomically(target, [](const QString& temporary) -> Result<void> {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) || file.write("third") != 5)
            return fail(ErrorCode::Io, QStringLiteral("write failed"));
        return {};
    }));
    CHECK(readBytes(target) == QByteArray("third"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}
