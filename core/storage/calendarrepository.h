// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The years of the holiday table imported into this file (calendar_years, calendar_days). They
// are not records: an import replaces whole years, in the caller's Transaction, with one batch
// entry in the audit log naming the years and their sources.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include "core/actor.h"
#include "core/domain/workcalendar.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

struct ImportedYear {
    int year = 0;
    QString source;
    QDateTime importedAt; // UTC
    QString importedBy;   // the stored actor
};

class CalendarRepository final {
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
public:
    explicit CalendarRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    // The imported years with their days, by year.
    [[nodiscard]] Result<QList<domain::CalendarYear>> years() const;
    // When and by whom each imported year was imported, by year.
    [[nodiscard]] Result<QList<ImportedYear>> imports() const;

    // Deletes the given years and writes them anew, with one audit batch entry carrying `note`.
    // The connection must be the writer's, inside a Transaction. Fails with Conflict when a day
    // is already listed under another imported year.
    static Result<void> replaceYears(RecordWriter& writer, const QSqlDatabase& connection,
                                     const QList<domain::CalendarYear>& years,
                                     const QDateTime& importedAt, const Actor& importedBy,
                                     const QString& note);

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
