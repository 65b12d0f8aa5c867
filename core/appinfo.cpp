// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lp {

void configureApplication()
{
    // No organisation name: the data then lives in <AppDataLocation> = .../linkpoint.
    QCoreApplication::setApplicationName(u"linkpoint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKPOINT_VERSION));
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"linkpoint.sqlite"_s);
}

} // namespace lp
