// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A session over a database with the default units, an officer, a park and a contact point
// (see orgfixtures.h), for the organisation pages' tests.
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>

#include "core/services/changehub.h"
#include "core/settings/appsettings.h"
#include "tests/core/orgfixtures.h"
#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/session.h"

namespace lp::test {

struct PageWorld {
    Workspace ws;
    std::unique_ptr<storage::Database> db = ws.open();
    OrgFixture org = createOrganisation(*db);
    settings::AppSettings settings{ws.path(QStringLiteral("settings.ini"))};
    ScriptedPrompts prompts;
    services::ChangeHub changes;
    ui::Session session{*db,          settings, prompts, ws.clock, QStringLiteral("陈仓区"),
                        std::nullopt, changes};

    [[nodiscard]] QVariant value(const QString& sql) { return scalar(*db, sql); }
};

// Types Chinese (or any) text into a line edit the way an input method does: a commit string.
inline void commitText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(edit, &event);
}

// Shows `widget` as the active window, so its window shortcuts (Ctrl+N, Ctrl+S) fire.
inline void showActive(QWidget& widget)
{
    widget.resize(1100, 700);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// The row of the list whose column 0 shows `text`, or -1.
inline int rowShowing(const QAbstractItemView* view, const QString& text)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace lp::test
