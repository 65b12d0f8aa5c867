// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

// The visit reports on a year of district-sized visit records (made once, outside the timed
// part, since the district demo has no visits yet): a unit's month of 170 visits as a visit log
// in PDF and DOCX, and the year's problem list of about 40,000 rows as XLSX.
QList<Measure> visitMeasures(const QString& scratchFolder);

} // namespace lp::bench
