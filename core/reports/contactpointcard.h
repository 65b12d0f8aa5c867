// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The contact-point card (服务联系点基本情况表): the point, its convener, its members and the
// enterprises it serves, on portrait official pages.
#pragma once

#include <QCoreApplication>

#include "core/reports/document.h"
#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::reports {

class ContactPointCard final {
    Q_DECLARE_TR_FUNCTIONS(ContactPointCard)
public:
    // The point with code `pointCode`; NotFound names the codes that exist.
    static Result<Document> load(storage::Database& database, const QString& pointCode,
                                 const QString& districtName);
};

} // namespace lp::reports
