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

// Writes a Document as PDF through QPdfWriter and our own paginator, with embedded fonts that
// extract cleanly, atomically. Returns the number of pages.
class PdfWriter final {
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
public:
    static Result<int> write(const Document& document, const QString& path,
                             TaskControl* control = nullptr);
};

} // namespace lp::reports
