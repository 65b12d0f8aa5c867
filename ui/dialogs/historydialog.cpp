// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/services/enterpriseservice.h"
#include "core/services/organisationchecks.h"
#include "core/storage/actornames.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "ui/session.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return HistoryDialog::tr("(empty)");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    return value.toString();
}

QString actionText(const QString& action)
{
    if (action == u"insert"_s)
        return HistoryDialog::tr("Created");
    if (action == u"update"_s)
        return HistoryDialog::tr("Changed");
    if (action == u"delete"_s)
        return HistoryDialog::tr("Moved to the recycle bin");
    if (action == u"restore"_s)
        return HistoryDialog::tr("Restored");
    if (action == u"batch"_s)
        return HistoryDialog::tr("Created in bulk");
    return action;
}

} // namespace

HistoryDialog::HistoryDialog(Session& session, const storage::TableSpec& table,
                             const QString& recordId, const QString& recordName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(recordName));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    auto* list = new QTreeWidget(this);
    list->setObjectName(u"history"_s);
    list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    layout->addWidget(list, 1);

    const bool enterprises = table.name == storage::tables::enterprises().name;
    const QSqlDatabase connection = session.database.connection();
    auto history = storage::AuditLog::history(connection, table.name, recordId);
    if (!history) {
        layout->insertWidget(0, new QLabel(history.error().message, this));
    } else {
        for (const storage::AuditEntry& entry : *history) {
            QStringList changes;
            for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it) {
                const QJsonArray pair = it.value().toArray();
                const QString label = enterprises
                                          ? services::EnterpriseService::fieldLabel(it.key())
                                          : services::OrganisationChecks::fieldLabel(it.key());
                changes.append(
                    tr("%1: %2 → %3").arg(label, valueText(pair.at(0)), valueText(pair.at(1))));
            }
            if (!entry.note.isEmpty())
                changes.append(entry.note);
            const QString when =
                fromStoredTimestamp(entry.at).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            new QTreeWidgetItem(list,
                                {when, storage::ActorNames::displayName(connection, entry.actor),
                                 actionText(entry.action), changes.join(u'\n')});
            ++m_entries;
        }
    }
    list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    list->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace lp::ui
