// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace lp::cli {

// Standard output and error as UTF-8 text streams; tests swap them for buffers.
class CliOutput final {
public:
    CliOutput();
    CliOutput(QString* out, QString* err);

    void line(const QString& text);  // stdout
    void error(const QString& text); // stderr, prefixed with the program name

private:
    QTextStream m_out;
    QTextStream m_err;
};

// A file as messages name it: absolute, with the system's separators.
[[nodiscard]] QString shownPath(const QString& path);

} // namespace lp::cli
