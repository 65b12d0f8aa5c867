// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lp::settings {
namespace {

const QString kLanguage = u"ui/language"_s;
const QString kDatabase = u"data/database"_s;
const QString kBackupFolder = u"data/backupFolder"_s;

// Settings keys cannot hold arbitrary paths; a hash of the absolute path can.
QString perDatabaseKey(const QString& group, const QString& databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return group + u'/' +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::Chinese:
        return u"zh_CN"_s;
    case Language::English:
        return u"en"_s;
    case Language::System:
        break;
    }
    return u"system"_s;
}

Language languageFromCode(const QString& code)
{
    if (code == u"zh_CN"_s)
        return Language::Chinese;
    if (code == u"en"_s)
        return Language::English;
    return Language::System;
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             u"linkpoint"_s, u"linkpoint"_s))
{}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

Language AppSettings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString());
}

void AppSettings::setLanguage(Language language)
{
    m_settings->setValue(kLanguage, languageCode(language));
}

QString AppSettings::databasePath() const
{
    return m_settings->value(kDatabase).toString();
}

void AppSettings::setDatabasePath(const QString& path)
{
    m_settings->setValue(kDatabase,
                         path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

QString AppSettings::currentOfficer(const QString& databasePath) const
{
    return m_settings->value(perDatabaseKey(u"officers"_s, databasePath)).toString();
}

void AppSettings::setCurrentOfficer(const QString& databasePath, const QString& officerId)
{
    m_settings->setValue(perDatabaseKey(u"officers"_s, databasePath), officerId);
}

QString AppSettings::backupFolder() const
{
    return m_settings->value(kBackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString& folder)
{
    m_settings->setValue(kBackupFolder, folder);
}

QDateTime AppSettings::lastBackup(const QString& databasePath) const
{
    return m_settings->value(perDatabaseKey(u"lastBackup"_s, databasePath)).toDateTime();
}

void AppSettings::setLastBackup(const QString& databasePath, const QDateTime& at)
{
    m_settings->setValue(perDatabaseKey(u"lastBackup"_s, databasePath), at.toUTC());
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace lp::settings
