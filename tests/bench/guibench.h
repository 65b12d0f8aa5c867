// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's start as main() makes it, in-process and offscreen: the controller opens the
// file (with its migration check), builds the window and shows it; the measure ends when the
// dashboard, the first page, shows its facts. Measured on the district file and on a file with
// only the district's units and one officer, for the ratio between them.
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

QList<Measure> guiMeasures(const QString& scratch);

} // namespace lp::bench
