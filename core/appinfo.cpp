// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

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

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, u"linkpoint"_s, u"_"_s, u":/i18n"_s)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace lp
