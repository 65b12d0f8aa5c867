// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What an import looks rows up in, loaded once: parks and contact points by name or by code,
// and the stored enterprises by credit code.
#pragma once

#include <QHash>
#include <QSqlDatabase>

#include "core/domain/enterprise.h"
#include "core/result.h"

namespace lp::imports {

struct Lookups {
    QHash<QString, QString> parks;  // name or code → id
    QHash<QString, QString> points; // name or code → id
    QHash<QString, domain::Enterprise> enterprises;

    static Result<Lookups> load(const QSqlDatabase& connection);
};

} // namespace lp::imports
