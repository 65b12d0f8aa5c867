// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Shared between long work running on a worker thread and the window watching it: the worker
// reports progress and checks for cancellation; the window reads progress and may cancel.
#pragma once

#include <atomic>

namespace lp {

struct TaskControl {
    std::atomic<bool> cancelled{false};
    std::atomic<long long> done{0};
    std::atomic<long long> total{0}; // 0 while unknown

    void report(long long doneNow, long long totalNow)
    {
        total = totalNow;
        done = doneNow;
    }
};

} // namespace lp
