// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Typed access to the user's settings (QSettings underneath, an INI file per user). Nothing else
// reads or writes setting keys.
#pragma once

#include <memory>

#include <QDateTime>
#include <QString>

class QSettings;

namespace lp::settings {

enum class Language { System, Chinese, English };

[[nodiscard]] QString languageCode(Language language); // "system", "zh_CN", "en"
[[nodiscard]] Language languageFromCode(const QString& code);

class AppSettings final {
public:
    // The user's settings file.
    AppSettings();
    // A settings file of its own, for tests.
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    [[nodiscard]] Language language() const;
    void setLanguage(Language language);

    // The database file last used; empty for the default one.
    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString& path);

    // The officer using this computer, remembered per database file (an officer id).
    [[nodiscard]] QString currentOfficer(const QString& databasePath) const;
    void setCurrentOfficer(const QString& databasePath, const QString& officerId);

    // Where backups made from the window go; empty for the database file's folder.
    [[nodiscard]] QString backupFolder() const;
    void setBackupFolder(const QString& folder);

    // When a backup of the database file was last made from LinkPoint; invalid if never.
    [[nodiscard]] QDateTime lastBackup(const QString& databasePath) const;
    void setLastBackup(const QString& databasePath, const QDateTime& at);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lp::settings
