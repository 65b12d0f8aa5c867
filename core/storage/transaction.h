// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Transaction is the only way LinkPoint writes. The outermost one on a connection starts with
// BEGIN IMMEDIATE, so it takes the write lock at once (waiting up to the busy timeout) and a
// busy file is reported before any work is done; a nested one is a SAVEPOINT. Unless commit()
// succeeds, the destructor rolls everything back.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/result.h"

namespace lp::storage {

class Database;

class Transaction final {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    // Refuses with the reason when the database is read-only.
    static Result<Transaction> begin(Database& database);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] QSqlDatabase& connection() { return m_connection; }
    Result<void> commit();
    void rollback();

private:
    Transaction(QSqlDatabase connection, QString savepoint);

    QSqlDatabase m_connection;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = true;
};

} // namespace lp::storage
