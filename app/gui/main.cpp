// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "ui/appcontroller.h"
#include "ui/icons.h"
#include "ui/prompts.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    lp::configureApplication();
    QApplication::setWindowIcon(lp::ui::icon(lp::ui::Icon::App));
    QApplication::setDesktopFileName(u"org.linkpoint.LinkPoint"_s);

    lp::settings::AppSettings settings;
    lp::settings::Translations translations;
    translations.apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "LinkPoint"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, QApplication::translate("main", "The database file."),
                                u"FILE"_s);
    parser.addOption(db);
    parser.addPositionalArgument(
        u"file"_s, QApplication::translate("main", "A database file to open."), u"[FILE]"_s);
    parser.process(app);
    QString databaseOverride = parser.value(db);
    if (databaseOverride.isEmpty() && !parser.positionalArguments().isEmpty())
        databaseOverride = parser.positionalArguments().first();

    lp::SystemClock clock;
    lp::ui::DialogPrompts prompts;
    lp::ui::AppController controller(settings, translations, prompts, clock);
    if (!controller.start(databaseOverride))
        return 0; // the user chose to quit
    return QApplication::exec();
}
