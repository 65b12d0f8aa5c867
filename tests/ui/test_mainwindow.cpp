// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

#include "core/services/setupservice.h"
#include "tests/testsupport.h"
#include "ui/mainwindow.h"

using namespace lp;
using namespace lp::test;

TEST_CASE("MainWindow: opens offscreen showing the database and its units")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
    ui::MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("unitsTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 5);
    CHECK(table->item(1, 0)->text() == QStringLiteral("fy"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("区人民法院"));
    CHECK(window.statusBar()->currentMessage() == QDir::toNativeSeparators(db->path()));
}

TEST_CASE("MainWindow: an empty database says how to create the units")
{
    Workspace ws;
    auto db = ws.open();
    ui::MainWindow window(*db);
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("unitsTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 0);
    bool hinted = false;
    for (auto* label : window.findChildren<QLabel*>())
        hinted = hinted || label->text().contains(QStringLiteral("linkpoint-cli init"));
    CHECK(hinted);
}
