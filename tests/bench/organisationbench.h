// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The organisation records at district scale: the demo, a 10,000-row XLSX import, search as you
// type over 10,000 enterprises, and opening the enterprises page.
#pragma once

#include <QList>

#include "tests/bench/benchharness.h"

namespace lp::bench {

// A smoke run (CI) checks that each measure works, not its speed: there the district demo
// measure writes the small demo, as the shared district file already writes a whole district.
QList<Measure> organisationMeasures(const QString& scratch, bool smoke);

} // namespace lp::bench
