// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include "ui/dialogs/firststartwizard.h"
#include "ui/dialogs/importpreviewdialog.h"
#include "ui/dialogs/openfailuredialog.h"

namespace lp::ui {
namespace {

QString databaseFilter()
{
    return QCoreApplication::translate("lp::ui::DialogPrompts",
                                       "LinkPoint databases (*.sqlite *.db);;All files (*)");
}

} // namespace

OpenFailureChoice DialogPrompts::openFailed(const Error& error, const QString& path)
{
    OpenFailureDialog dialog(error, path);
    dialog.exec();
    return dialog.choice();
}

QString DialogPrompts::chooseDatabaseFile(QWidget* parent, const QString& current)
{
    QFileDialog dialog(
        parent,
        QCoreApplication::translate("lp::ui::DialogPrompts", "Open or create a LinkPoint database"),
        current, databaseFilter());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString DialogPrompts::chooseBackupToRestore(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("lp::ui::DialogPrompts", "Choose a backup to restore"),
        folder, databaseFilter());
}

QString DialogPrompts::chooseBackupTarget(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("lp::ui::DialogPrompts", "Save the backup as"),
        suggested, databaseFilter());
}

QString DialogPrompts::chooseExportTarget(QWidget* parent, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("lp::ui::DialogPrompts", "Export as"),
        QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
        QCoreApplication::translate("lp::ui::DialogPrompts",
                                    "PDF (*.pdf);;Word document (*.docx);;Excel workbook (*.xlsx)"),
        &selected);
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    // No extension typed: take the one of the chosen filter.
    if (selected.contains(QStringLiteral("*.docx")))
        return path + QStringLiteral(".docx");
    if (selected.contains(QStringLiteral("*.xlsx")))
        return path + QStringLiteral(".xlsx");
    return path + QStringLiteral(".pdf");
}

QString DialogPrompts::chooseImportFile(QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("lp::ui::DialogPrompts", "Import an enterprise roster"),
        folder,
        QCoreApplication::translate("lp::ui::DialogPrompts",
                                    "Rosters (*.xlsx *.csv *.txt);;Excel workbook (*.xlsx);;CSV "
                                    "file (*.csv *.txt)"));
}

QString DialogPrompts::chooseHolidayTable(QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("lp::ui::DialogPrompts", "Import a holiday table"),
        folder,
        QCoreApplication::translate("lp::ui::DialogPrompts",
                                    "Holiday tables (*.tsv *.txt);;All files (*)"));
}

std::optional<imports::ImportOptions> DialogPrompts::reviewImport(QWidget* parent,
                                                                  const imports::ImportPlan& plan,
                                                                  const QString& reportPath)
{
    ImportPreviewDialog dialog(plan, reportPath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

bool DialogPrompts::offerDemoData()
{
    QMessageBox box;
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("lp::ui::DialogPrompts", "Welcome"));
    box.setText(QCoreApplication::translate("lp::ui::DialogPrompts",
                                            "This data file is new. Set up your district now, or "
                                            "first try LinkPoint on a small made-up district?"));
    box.setInformativeText(QCoreApplication::translate(
        "lp::ui::DialogPrompts",
        "The demonstration has five units, sixty officers, eight parks, a few contact points "
        "and 200 enterprises, all invented. Use another file for your real work."));
    QPushButton* setUp =
        box.addButton(QCoreApplication::translate("lp::ui::DialogPrompts", "Set up my district"),
                      QMessageBox::AcceptRole);
    QPushButton* demo =
        box.addButton(QCoreApplication::translate("lp::ui::DialogPrompts", "Try the demonstration"),
                      QMessageBox::ActionRole);
    box.setDefaultButton(setUp);
    box.exec();
    return box.clickedButton() == demo;
}

std::optional<services::FirstStartInput>
DialogPrompts::firstStart(const services::FirstStartInput& proposal, const QString& problem)
{
    FirstStartWizard wizard(proposal);
    if (!problem.isEmpty())
        wizard.showProblem(problem);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    return wizard.input();
}

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void DialogPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompts::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace lp::ui
