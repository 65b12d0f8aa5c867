// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's start as main() makes it, in-process and offscreen: the controller opens the
// file (with its migration check), builds the window and shows it; the measure ends when the
// dashboard, the first page, shows its facts. Measured on the district file and on a file with
// only the district's units and one officer, for the ratio between them. And the memory the
// window holds once every page has been shown, measured in a process of its own.
#pragma once

#include "tests/bench/benchharness.h"

namespace lp::bench {

QList<Measure> guiMeasures(const QString& scratch);

// The window started on `path`, then every page of the sidebar shown in turn, each painted and
// given time for its loading; prints "peak_rss_kb N" (the process's VmHWM) and returns 0.
int walkEveryPage(const QString& path, const QString& scratch);

// Runs walkEveryPage in a new process of this program (`--walk-pages`) on the district file,
// `runs` times: the peak RSS of each run, in MB. Empty with `error` set on failure.
QList<double> peakRssOfWalks(const QString& scratch, int runs, QString& error);

} // namespace lp::bench
