// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `linkpoint-cli demo` and the first start's demonstration data: realistic organisation
// records written in bulk into a file that holds none yet, as a pure function of the seed and
// the day (`today`) the dates run back from. One transaction, one batch audit entry per table,
// the search index built once after the rows. The visits and their problems are demovisits.h's.
#pragma once

#include <QCoreApplication>
#include <QDate>

#include "core/actor.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}
namespace lp::storage {
class Database;
}

namespace lp::demo {

enum class DemoScale { Small, District };

struct DemoOptions {
    DemoScale scale = DemoScale::Small;
    quint64 seed = 1;
    QDate today;
    int visits = 0; // how many visits to aim for; 0: the scale's (about 300, or 200,000)
};

struct DemoSummary {
    int units = 0;
    int sections = 0;
    int officers = 0;
    int parks = 0;
    int contactPoints = 0;
    int enterprises = 0;
    int visits = 0;
    int problems = 0;
    int measures = 0;
    int feedback = 0;
    int transfers = 0;
    int supervisionOrders = 0;
};

class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    [[nodiscard]] static int enterpriseCount(DemoScale scale);
    // True when the file holds no records at all, so demonstration data may go in.
    [[nodiscard]] static Result<bool> canFill(storage::Database& database);
    static Result<DemoSummary> create(storage::Database& database, const DemoOptions& options,
                                      const Actor& actor, TaskControl* control = nullptr);
};

} // namespace lp::demo
