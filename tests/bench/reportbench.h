// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

// The writers on district-sized tables: 5,000 rows × 8 Chinese columns to PDF and DOCX,
// 40,000 rows to XLSX, and LibreOffice converting the same tables from CSV for comparison.
QList<Measure> reportMeasures(const QString& scratchFolder);

} // namespace lp::bench
