// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace lp::storage {

// Turns a stored actor (created_by, updated_by, audit_log.actor) into what a user reads:
// the officer's name, "command line (alice)" or "LinkPoint".
class ActorNames final {
    Q_DECLARE_TR_FUNCTIONS(ActorNames)
public:
    static QString displayName(const QSqlDatabase& connection, const QString& storedActor);
};

} // namespace lp::storage
