// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Search as you type over the visits and the problem ledger of the district file: what one
// keystroke costs a list (the new total and the first screen of rows, every cell read as the
// view paints it), for one, two and more Chinese characters.
#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "tests/bench/benchharness.h"

namespace lp::bench {

constexpr int kScreenRows = 40; // what a full-height list shows

// Reads every cell of rows [first, first + kScreenRows) as a view paints them; true when at
// least one row was there.
bool paintScreen(const QAbstractItemModel& model, int first);

QList<Measure> searchMeasures(const QString& scratch);

} // namespace lp::bench
