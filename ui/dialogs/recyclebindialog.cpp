// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/recyclebindialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/storage/tables.h"
#include "ui/prompts.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

RecycleBinDialog::RecycleBinDialog(Session& session, const storage::TableSpec& table,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(table)
{
    setWindowTitle(tr("Recycle bin — %1").arg(storage::tableDisplayName(table)));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Deleted records stay here until they are restored."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"recycleBinList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Deleted at"), tr("Deleted by")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Deleted records"));
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setDefault(true);
    layout->addWidget(buttons);

    connect(m_restore, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter reaches the default button (Restore); a double click restores too.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { restoreSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecycleBinDialog::updateButtons);
    reload();
    resize(560, 360);
}

bool RecycleBinDialog::run(Session& session, const storage::TableSpec& table, QWidget* parent)
{
    RecycleBinDialog dialog(session, table, parent);
    dialog.exec();
    return dialog.restoredAny();
}

void RecycleBinDialog::reload()
{
    m_list->clear();
    m_records.clear();
    services::RecycleBin bin(m_session.database, m_session.actor(), &m_session.changes);
    auto records = bin.list(m_table);
    if (!records) {
        m_session.prompts.warn(this, tr("Recycle bin"), records.error().message);
        updateButtons();
        return;
    }
    m_records = *records;
    for (const services::DeletedRecord& record : std::as_const(m_records)) {
        const QDateTime at = fromStoredTimestamp(record.deletedAt).toLocalTime();
        auto* item = new QTreeWidgetItem(
            m_list, {record.label, QLocale().toString(at, QLocale::ShortFormat), record.deletedBy});
        item->setData(0, Qt::UserRole, record.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    updateButtons();
}

bool RecycleBinDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_records.size())
        return false;
    const services::DeletedRecord record = m_records.at(row);
    services::RecycleBin bin(m_session.database, m_session.actor(), &m_session.changes);
    auto restored = bin.restore(m_table, record.id, record.version);
    if (!restored) {
        m_session.prompts.warn(this, tr("Not restored"), restored.error().message);
        reload();
        return false;
    }
    m_restoredAny = true;
    reload();
    m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
    return true;
}

void RecycleBinDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace lp::ui
