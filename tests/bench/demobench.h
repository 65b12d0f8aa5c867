// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

// The demo generator's names: a district roster of 10,000 enterprises (name, credit code,
// people, phones, address), without a database.
QList<Measure> demoMeasures();

} // namespace lp::bench
