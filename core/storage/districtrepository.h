// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "core/domain/workcalendar.h"
#include "core/result.h"

namespace lp::storage {

class RecordWriter;

struct DistrictRecord {
    QString id;
    QString name;
    int version = 0;
    domain::DeadlineCounting deadlineCounting = domain::DeadlineCounting::CalendarDays;
};

// The one district a database belongs to.
class DistrictRepository final {
public:
    explicit DistrictRepository(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    [[nodiscard]] Result<std::optional<DistrictRecord>> current() const;
    static Result<DistrictRecord> insert(RecordWriter& writer, const QString& name);
    // An audited update of how deadlines are counted; fails when `district` is stale.
    static Result<DistrictRecord> setDeadlineCounting(RecordWriter& writer, DistrictRecord district,
                                                      domain::DeadlineCounting counting);

private:
    QSqlDatabase m_connection;
};

} // namespace lp::storage
