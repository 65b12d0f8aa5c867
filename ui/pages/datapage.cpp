// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/datapage.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/settings/appsettings.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"
#include "ui/icons.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/taskrunner.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

DataPage::DataPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_details = new QLabel(this);
    m_lastBackup = new QLabel(this);
    m_lastBackup->setObjectName(u"lastBackup"_s);
    form->addRow(tr("Database file:"), m_file);
    form->addRow(tr("State:"), m_details);
    form->addRow(tr("Last backup:"), m_lastBackup);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* backUpButton = new QPushButton(icon(Icon::Backup), tr("&Back up now…"), this);
    backUpButton->setObjectName(u"backupButton"_s);
    m_restore = new QPushButton(icon(Icon::Restore), tr("&Restore a backup…"), this);
    m_restore->setObjectName(u"restoreButton"_s);
    auto* checkButton = new QPushButton(icon(Icon::Check), tr("&Check the data"), this);
    checkButton->setObjectName(u"checkButton"_s);
    buttons->addWidget(backUpButton);
    buttons->addWidget(m_restore);
    buttons->addWidget(checkButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(u"checkFindings"_s);
    m_findings->setHeaderLabels({tr("Check"), tr("Result")});
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setRootIsDecorated(true);
    layout->addWidget(m_findings, 1);

    connect(backUpButton, &QPushButton::clicked, this, &DataPage::backUp);
    connect(m_restore, &QPushButton::clicked, this, &DataPage::restore);
    connect(checkButton, &QPushButton::clicked, this, &DataPage::check);
    refresh();
}

QString DataPage::title() const
{
    return tr("Data and backups");
}

QIcon DataPage::pageIcon() const
{
    return icon(Icon::Data);
}

void DataPage::refresh()
{
    const storage::Database& db = m_session.database;
    m_file->setText(QDir::toNativeSeparators(db.path()));
    // In WAL mode the newest pages wait in the -wal file until the next checkpoint.
    const qint64 bytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + u"-wal"_s).size();
    const QString size = QLocale().formattedDataSize(bytes);
    m_details->setText(db.isReadOnly()
                           ? tr("%1, data version %2, read-only because %3")
                                 .arg(size)
                                 .arg(db.schemaVersion())
                                 .arg(db.readOnlyReason())
                           : tr("%1, data version %2").arg(size).arg(db.schemaVersion()));
    const QDateTime last = m_session.settings.lastBackup(db.path());
    m_lastBackup->setText(last.isValid()
                              ? QLocale().toString(last.toLocalTime(), QLocale::LongFormat)
                              : tr("never from this computer — back up regularly to a second "
                                   "disk"));
    m_restore->setEnabled(!db.isReadOnly());
}

QString DataPage::suggestedBackupPath() const
{
    const QFileInfo info(m_session.database.path());
    const QString folder = m_session.settings.backupFolder().isEmpty()
                               ? info.absolutePath()
                               : m_session.settings.backupFolder();
    const QString stamp = m_session.clock.now().toLocalTime().toString(u"yyyyMMdd-HHmm"_s);
    return QDir(folder).filePath(info.completeBaseName() + u"-backup-"_s + stamp + u".sqlite"_s);
}

void DataPage::backUp()
{
    const QString target = m_session.prompts.chooseBackupTarget(this, suggestedBackupPath());
    if (target.isEmpty())
        return;
    storage::Database& db = m_session.database;
    auto written = runTask(this, tr("Backing up %1…").arg(QFileInfo(db.path()).fileName()),
                           [&db, &target](TaskControl& control) {
                               return storage::Backups::create(db, target, &control);
                           });
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(this, tr("Backup failed"), written.error().message);
        return;
    }
    m_session.settings.setLastBackup(db.path(), m_session.clock.now());
    refresh();
    m_session.prompts.inform(
        this, tr("Backup written"),
        tr("The backup was written to %1.").arg(QDir::toNativeSeparators(target)));
}

void DataPage::restore()
{
    storage::Database& db = m_session.database;
    const QString folder = m_session.settings.backupFolder().isEmpty()
                               ? QFileInfo(db.path()).absolutePath()
                               : m_session.settings.backupFolder();
    const QString file = m_session.prompts.chooseBackupToRestore(this, folder);
    if (file.isEmpty())
        return;
    if (!m_session.prompts.confirm(
            this, tr("Restore the backup?"),
            tr("Everything in %1 will be replaced by the backup %2. The current content is kept "
               "beside the database file first. Restore?")
                .arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(file))))
        return;
    QString kept;
    auto restored = runTask(
        this, tr("Restoring %1…").arg(QFileInfo(file).fileName()),
        [&db, &file, &kept](TaskControl&) -> Result<void> {
            auto outcome = storage::Backups::restore(db, file);
            if (!outcome)
                return fail(outcome.error());
            kept = outcome->replacedCopy;
            return {};
        },
        false);
    if (!restored) {
        m_session.prompts.warn(this, tr("Restore failed"), restored.error().message);
        return;
    }
    m_session.prompts.inform(this, tr("Backup restored"),
                             tr("The backup was restored. The content it replaced was kept as "
                                "%1.")
                                 .arg(QDir::toNativeSeparators(kept)));
    Q_EMIT databaseReplaced();
}

void DataPage::check()
{
    storage::Database& db = m_session.database;
    QList<storage::CheckFinding> findings;
    auto ran = runTask(
        this, tr("Checking the data…"),
        [&db, &findings](TaskControl&) -> Result<void> {
            auto result = storage::DatabaseCheck::run(db);
            if (!result)
                return fail(result.error());
            findings = *result;
            return {};
        },
        false);
    m_findings->clear();
    if (!ran) {
        m_session.prompts.warn(this, tr("Check failed"), ran.error().message);
        return;
    }
    for (const storage::CheckFinding& finding : std::as_const(findings)) {
        auto* item = new QTreeWidgetItem(m_findings, {finding.name, finding.summary});
        item->setIcon(0, style()->standardIcon(finding.passed ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxWarning));
        for (const QString& detail : finding.details)
            new QTreeWidgetItem(item, {QString(), detail});
        item->setExpanded(!finding.passed);
    }
}

} // namespace lp::ui
