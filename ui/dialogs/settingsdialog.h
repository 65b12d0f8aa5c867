// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/settings/appsettings.h"

class QComboBox;
class QLineEdit;

namespace lp::ui {

class Prompts;

struct SettingsChoice {
    settings::Language language = settings::Language::System;
    QString databasePath;
    QString officerId;
    QString backupFolder;
};

// The settings a user can change: language, database file, current officer, backup folder.
// It receives the current values and the officers to choose from, and returns the choice.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const SettingsChoice& current, const QList<domain::Officer>& officers,
                   Prompts& prompts, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    [[nodiscard]] SettingsChoice choice() const;

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_backupFolder = nullptr;
};

} // namespace lp::ui
