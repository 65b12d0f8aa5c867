// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/reports/document.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::reports {

// Writes a Document as a Word file (hand-written OOXML zipped with minizip), atomically.
class DocxWriter final {
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)
public:
    static Result<void> write(const Document& document, const QString& path,
                              TaskControl* control = nullptr);
};

} // namespace lp::reports
