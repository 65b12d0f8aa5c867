// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "ui/icons.h"
#include "ui/prompts.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

QWidget* withBrowseButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsChoice& current,
                               const QList<domain::Officer>& officers, Prompts& prompts,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setWindowIcon(icon(Icon::Settings));
    auto* form = new QFormLayout(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system (Chinese on a Chinese system)"),
                        settings::languageCode(settings::Language::System));
    m_language->addItem(u"中文（简体）"_s, settings::languageCode(settings::Language::Chinese));
    m_language->addItem(u"English"_s, settings::languageCode(settings::Language::English));
    m_language->setCurrentIndex(m_language->findData(settings::languageCode(current.language)));
    form->addRow(tr("&Language:"), m_language);

    m_database = new QLineEdit(QDir::toNativeSeparators(current.databasePath), this);
    m_database->setObjectName(u"databasePath"_s);
    auto* browseDatabase = new QPushButton(tr("&Browse…"), this);
    connect(browseDatabase, &QPushButton::clicked, this, [this, &prompts] {
        const QString chosen = prompts.chooseDatabaseFile(this, m_database->text());
        if (!chosen.isEmpty())
            m_database->setText(QDir::toNativeSeparators(chosen));
    });
    form->addRow(tr("&Database file:"), withBrowseButton(m_database, browseDatabase));

    m_officer = new QComboBox(this);
    m_officer->setObjectName(u"officer"_s);
    for (const domain::Officer& officer : officers)
        m_officer->addItem(tr("%1 (%2)").arg(officer.name, officer.code), officer.id);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(current.officerId)));
    form->addRow(tr("Current &officer:"), m_officer);

    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(current.backupFolder), this);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    m_backupFolder->setPlaceholderText(tr("the database file's folder"));
    auto* browseFolder = new QPushButton(tr("B&rowse…"), this);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Where backups go"), m_backupFolder->text());
        if (!chosen.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(chosen));
    });
    form->addRow(tr("&Backups go to:"), withBrowseButton(m_backupFolder, browseFolder));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(620, sizeHint().height());
}

SettingsChoice SettingsDialog::choice() const
{
    return {settings::languageFromCode(m_language->currentData().toString()),
            QDir::fromNativeSeparators(m_database->text().trimmed()),
            m_officer->currentData().toString(),
            QDir::fromNativeSeparators(m_backupFolder->text().trimmed())};
}

} // namespace lp::ui
