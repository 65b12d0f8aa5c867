// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One way to write a Document to a file in any of the formats, for the CLI and the window.
#pragma once

#include <optional>

#include <QString>

#include "core/reports/document.h"
#include "core/result.h"

namespace lp {
struct TaskControl;
}

namespace lp::reports {

enum class OutputFormat { Pdf, Docx, Xlsx };

// "pdf", "docx", "xlsx" (a --format value or a file suffix, any case).
[[nodiscard]] std::optional<OutputFormat> outputFormatFromName(const QString& name);

// Writes atomically with the writer of the format.
Result<void> writeDocument(const Document& document, OutputFormat format, const QString& path,
                           TaskControl* control = nullptr);

} // namespace lp::reports
