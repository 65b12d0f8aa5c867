// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit list: the count of a VisitFilter and windows of its rows, newest first (visit date,
// then entry order), never the visits in the recycle bin. A window is fetched in two steps — the
// page of `seq`s by the date indexes, then the names, officers and problem counts of just those
// rows — so a deep window costs an index walk, not 200,000 joins. Search words of three or more
// characters go through the trigram indexes (visits_fts, and enterprises_fts for the name);
// shorter ones scan with instr() (LIKE when they hold Latin letters, for its case-insensitivity).
#pragma once

#include <QDate>
#include <QSqlDatabase>

#include "core/domain/visit.h"
#include "core/result.h"
#include "core/storage/ledgerfilters.h"

namespace lp::storage {

struct VisitRow {
    QString id;
    int version = 0;
    QDate date;
    QString unitId;
    QString unitName; // the unit's short name
    QString enterpriseId;
    QString enterpriseName;
    domain::VisitReason reason = domain::VisitReason::Routine;
    QString metName;
    QString metRole;
    QStringList officerNames; // by name
    int problemCount = 0;
    QString contentLine; // the first line of the content
};

class VisitListQuery final {
public:
    explicit VisitListQuery(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<int> count(const VisitFilter& filter) const;
    [[nodiscard]] Result<QList<VisitRow>> rows(const VisitFilter& filter, int offset,
                                               int limit) const;
    // The row of visit `id` under the filter, or -1 when the filter leaves it out.
    [[nodiscard]] Result<int> indexOf(const VisitFilter& filter, const QString& id) const;

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
