// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "tests/bench/benchharness.h"

namespace lp::bench {

// What leaders watch, on the district file: a month's cadence and the open deadlines.
QList<Measure> oversightMeasures(const QString& scratch);

} // namespace lp::bench
