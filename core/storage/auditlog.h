// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace lp::storage {

struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString actor;
    QString table;
    QString recordId;
    QString action;      // insert, update, delete, restore, batch
    QJsonObject changes; // column -> [before, after]
    QString note;
};

class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // The history of one record, oldest first, including the batch entry that created it.
    static Result<QList<AuditEntry>> history(const QSqlDatabase& connection, const QString& table,
                                             const QString& recordId);
};

} // namespace lp::storage
