// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace lp::test {

Run cli(const QStringList& arguments, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINKPOINT_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    // Shown with the caller's next assertion, where a failure needs it.
    UNSCOPED_INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

QStringList withDb(const QString& path, QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), path} + arguments;
}

} // namespace lp::test
