// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/storage/database.h"
#include "ui/mainwindow.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    lp::configureApplication();
    lp::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, QApplication::translate("main", "The database file."),
                                u"FILE"_s);
    parser.addOption(db);
    parser.process(app);

    lp::SystemClock clock;
    lp::storage::DatabaseOptions options;
    options.path = parser.isSet(db) ? parser.value(db) : lp::defaultDatabasePath();
    auto database = lp::storage::Database::open(options, clock);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "LinkPoint"),
                              database.error().message);
        return 1;
    }
    lp::ui::MainWindow window(**database);
    window.show();
    return QApplication::exec();
}
