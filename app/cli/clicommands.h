// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The linkpoint-cli contract (DESIGN.md): exit 0 on success, 1 on bad input or a failed check
// (the message on stderr names the file, record or row), 2 on bad usage.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QStringList>

#include "app/cli/clioutput.h"
#include "core/actor.h"
#include "core/result.h"

namespace lp {
class Clock;
}
namespace lp::storage {
class Database;
}

namespace lp::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

class CliCommands final {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(CliOutput& output, const Clock& clock);

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList& arguments);

private:
    struct Context {
        QString databasePath;
        QString officerCode;
        QString outPath;
        QString format;
        QStringList positional; // command first
        QString park;           // --park CODE
        QString point;          // --point CODE
        QString sheet;          // --sheet NAME
        bool dryRun = false;
        bool createMissing = false;
        QString scale; // --scale small|district
        QString seed;  // --seed N
        QString today; // --today YYYY-MM-DD
    };

    int version();
    int init(const Context& context);
    int check(const Context& context);
    int backup(const Context& context);
    int restore(const Context& context);
    int exportReport(const Context& context);
    int exportTestPage(const Context& context);
    int exportRoster(const Context& context);
    int exportContactPointCard(const Context& context);
    int importEnterprises(const Context& context);
    int importHolidays(const Context& context);
    int deadlineCounting(const Context& context);
    int demo(const Context& context);

    Result<std::unique_ptr<storage::Database>> openDatabase(const Context& context);
    Result<Actor> resolveActor(storage::Database& database, const Context& context);
    QString districtName(storage::Database& database) const;
    int failed(const Error& error);
    int usage(const QString& message);

    CliOutput& m_output;
    const Clock& m_clock;
    QString m_help;
};

} // namespace lp::cli
