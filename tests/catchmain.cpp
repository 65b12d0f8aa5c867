// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Catch2 main of every suite. It defaults to the offscreen platform, because
// catch_discover_tests runs the binary at build time, creates the application object, and puts
// QStandardPaths into test mode so no test touches a real profile. Messages are in English:
// tests that check Chinese output set the locale themselves. Catch2 itself is compiled once, in
// catchimpl.cpp.
#include <QLocale>
#include <QStandardPaths>

#include "tests/catchrun.h"

#ifdef LINKPOINT_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("linkpoint-tests"));
    return lp::test::runCatch(argc, argv);
}
