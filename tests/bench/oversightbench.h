// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "tests/bench/benchharness.h"

namespace lp::bench {

// What leaders watch, on the district file: a month's cadence, the open deadlines and the
// dashboard's facts.
QList<Measure> oversightMeasures(const QString& scratch);

} // namespace lp::bench
