// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs long work (backups, checks, restores) on a worker thread of its own, with a progress
// dialog that can cancel it, while the window keeps responding. The worker thread gets its own
// database connection, which is closed when the thread ends.
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "core/result.h"
#include "core/taskcontrol.h"

class QWidget;

namespace lp::ui {

// Blocks the caller (not the event loop) until `work` ends; returns its result.
Result<void> runTask(QWidget* parent, const QString& label,
                     const std::function<Result<void>(TaskControl&)>& work,
                     bool cancellable = true);

// The same for work that produces a value.
template <typename T>
Result<T> runTaskFor(QWidget* parent, const QString& label,
                     const std::function<Result<T>(TaskControl&)>& work, bool cancellable = true)
{
    std::optional<Result<T>> produced;
    auto done = runTask(
        parent, label,
        [&](TaskControl& control) -> Result<void> {
            produced.emplace(work(control));
            return {};
        },
        cancellable);
    if (!done)
        return fail(done.error());
    return std::move(*produced);
}

} // namespace lp::ui
