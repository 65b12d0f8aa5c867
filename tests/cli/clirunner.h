// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Running linkpoint-cli as scripts do: a separate process on an English system (unless the
// caller's environment says otherwise), its exit code, stdout and stderr.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace lp::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QProcessEnvironment& extra = {});
QStringList withDb(const QString& path, QStringList arguments);

} // namespace lp::test
