// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit list: the count of a VisitFilter and windows of its rows, newest first (visit date,
// then entry order), never the visits in the recycle bin. A window is fetched in two steps — the
// page of `seq`s by the date indexes, then the names, officers and problem counts of just those
// rows — so a deep window costs an index walk, not 200,000 joins. Search words go through the
// full-text indexes of the live visits (search::liveMatches).
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
    // `total`, when the caller knows the count, lets a search with many matches walk the date
    // index instead of sorting them (search::kWalkListFrom).
    [[nodiscard]] Result<QList<VisitRow>> rows(const VisitFilter& filter, int offset, int limit,
                                               int total = -1) const;
    // The row of visit `id` under the filter, or -1 when the filter leaves it out.
    [[nodiscard]] Result<int> indexOf(const VisitFilter& filter, const QString& id) const;

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
