// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "tests/bench/benchharness.h"

namespace lp::bench {

// What leaders watch, on the district file: a month's cadence, the open deadlines and the
// dashboard's facts.
QList<Measure> oversightMeasures(const QString& scratch);

// The dashboard counted again after one visit is entered. Each run adds a visit with a problem
// to the district file, so these run after every measure that reads it.
QList<Measure> editMeasures(const QString& scratch);

} // namespace lp::bench
