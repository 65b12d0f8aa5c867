// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/domain/workcalendar.h"
#include "core/result.h"
#include "core/services/calendarservice.h"
#include "core/settings/appsettings.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lp::ui {

class Prompts;

struct SettingsChoice {
    settings::Language language = settings::Language::System;
    QString databasePath;
    QString officerId;
    QString backupFolder;
    // How the open file counts deadlines; nullopt without the Deadlines group.
    std::optional<domain::DeadlineCounting> deadlineCounting;
};

// What the Deadlines group shows about the open database file.
struct DeadlineSettings {
    domain::DeadlineCounting counting = domain::DeadlineCounting::CalendarDays;
    QList<services::CalendarYearOrigin> years; // the holiday table in use
    QString warning;                           // CalendarService::coverageWarning, or empty
    QString readOnlyReason;                    // non-empty: nothing can be changed
};
// Imports a holiday table file into the open database at once (an import is an action, not a
// setting); returns what the group shows afterwards, or the error that refused the file.
using HolidayTableImporter = std::function<Result<DeadlineSettings>(const QString& path)>;

// The settings a user can change: language, database file, current officer, backup folder and,
// with a database open, how its deadlines are counted. It receives the current values and the
// officers to choose from, and returns the choice, which the caller applies after it closes.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const SettingsChoice& current, const QList<domain::Officer>& officers,
                   Prompts& prompts, QWidget* parent = nullptr,
                   std::optional<DeadlineSettings> deadlines = std::nullopt,
                   HolidayTableImporter importer = {});
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    [[nodiscard]] SettingsChoice choice() const;

    // The holiday table's years and sources, as the group shows them.
    [[nodiscard]] static QString coverageText(const QList<services::CalendarYearOrigin>& years);

private:
    QGroupBox* deadlinesGroup(const DeadlineSettings& deadlines);
    void showDeadlines(const DeadlineSettings& deadlines);
    void importHolidayTable();

    Prompts& m_prompts;
    HolidayTableImporter m_importer;
    QComboBox* m_language = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QRadioButton* m_calendarDays = nullptr; // the Deadlines group: only with a database
    QRadioButton* m_workingDays = nullptr;
    QLabel* m_coverage = nullptr;
    QLabel* m_coverageWarning = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace lp::ui
