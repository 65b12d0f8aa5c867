// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "tests/bench/benchharness.h"

namespace lp::bench {

// Opening a file with the migration check (the file given with --db, or a fresh one), and
// 100,000 audited inserts in one transaction (always into a scratch file).
QList<Measure> storageMeasures(const QString& scratchFolder);

} // namespace lp::bench
