// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every question LinkPoint asks the user goes through Prompts, so tests can answer in advance
// (as KeePassXC's MessageBox::setNextAnswer does) and the controller never opens a dialog
// itself. DialogPrompts asks with real dialogs.
#pragma once

#include <optional>

#include <QString>

#include "core/error.h"
#include "core/imports/importplan.h"
#include "core/services/setupservice.h"

class QWidget;

namespace lp::ui {

enum class OpenFailureChoice { ChooseAnother, RestoreBackup, Quit };

class Prompts {
public:
    virtual ~Prompts() = default;

    // A database file could not be opened: the storage layer's message and what to do now.
    virtual OpenFailureChoice openFailed(const Error& error, const QString& path) = 0;
    // A database file to open or create; empty when cancelled.
    virtual QString chooseDatabaseFile(QWidget* parent, const QString& current) = 0;
    // A LinkPoint backup to restore; empty when cancelled.
    virtual QString chooseBackupToRestore(QWidget* parent, const QString& folder) = 0;
    // Where to write a backup, starting from a suggestion; empty when cancelled.
    virtual QString chooseBackupTarget(QWidget* parent, const QString& suggested) = 0;
    // Where to export a report, as .pdf, .docx or .xlsx; empty when cancelled.
    virtual QString chooseExportTarget(QWidget* parent, const QString& suggestedName) = 0;
    // A roster to import (CSV or XLSX); empty when cancelled.
    virtual QString chooseImportFile(QWidget* parent) = 0;
    // A holiday table to import (a tab-separated text file); empty when cancelled.
    virtual QString chooseHolidayTable(QWidget* parent) = 0;
    // The import preview: the plan row by row; the options the user confirmed (missing parks
    // and points to create, non-conforming codes accepted with reasons), or nullopt when the
    // user cancelled.
    virtual std::optional<imports::ImportOptions>
    reviewImport(QWidget* parent, const imports::ImportPlan& plan, const QString& reportPath) = 0;
    // A new, empty file: true to try LinkPoint on a small made-up district instead of setting
    // up the real one.
    virtual bool offerDemoData() = 0;
    // The first-start questions, starting from `proposal` (and `problem` when the previous
    // answers were refused); nullopt when the user gave up.
    virtual std::optional<services::FirstStartInput>
    firstStart(const services::FirstStartInput& proposal, const QString& problem) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
};

class DialogPrompts final : public Prompts {
public:
    OpenFailureChoice openFailed(const Error& error, const QString& path) override;
    QString chooseDatabaseFile(QWidget* parent, const QString& current) override;
    QString chooseBackupToRestore(QWidget* parent, const QString& folder) override;
    QString chooseBackupTarget(QWidget* parent, const QString& suggested) override;
    QString chooseExportTarget(QWidget* parent, const QString& suggestedName) override;
    QString chooseImportFile(QWidget* parent) override;
    QString chooseHolidayTable(QWidget* parent) override;
    bool offerDemoData() override;
    std::optional<imports::ImportOptions> reviewImport(QWidget* parent,
                                                       const imports::ImportPlan& plan,
                                                       const QString& reportPath) override;
    std::optional<services::FirstStartInput> firstStart(const services::FirstStartInput& proposal,
                                                        const QString& problem) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace lp::ui
