// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QGuiApplication>

#include "app/cli/clicommands.h"
#include "core/appinfo.h"
#include "core/clock.h"
#include "core/settings/translations.h"

namespace {

// The command line prints its own messages; Qt's start-up chatter (the offscreen platform's
// notes about XDG_RUNTIME_DIR, for instance) would only bury them. LINKPOINT_DEBUG=1 keeps all.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool ours = context.category && qstrncmp(context.category, "linkpoint", 9) == 0;
    if (type == QtFatalMsg || type == QtCriticalMsg || ours ||
        qEnvironmentVariableIntValue("LINKPOINT_DEBUG") != 0)
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    // Headless unless the caller chose a platform: reports need QGuiApplication's fonts.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    lp::configureApplication();
    lp::settings::Translations translations;
    translations.apply(lp::settings::Language::System);

    lp::SystemClock clock;
    lp::cli::CliOutput output;
    lp::cli::CliCommands commands(output, clock);
    return commands.run(QCoreApplication::arguments());
}
