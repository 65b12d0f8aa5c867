// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's pages on the district file: the problem ledger's first page with two filters and
// its last rows, and the start of the whole window with its dashboard filled.
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

QList<Measure> ledgerMeasures(const QString& scratch);

} // namespace lp::bench
