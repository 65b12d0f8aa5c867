// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include "ui/widgets/formfeedback.h"

using namespace lp;

namespace {

services::FieldIssue issue(const QString& field, const QString& message)
{
    return {field, {ErrorCode::InvalidInput, message, {}}};
}

} // namespace

TEST_CASE("FormFeedback: marks the fields with issues, clears the others, keeps the text")
{
    QWidget form;
    auto* layout = new QFormLayout(&form);
    auto* code = new QLineEdit(&form);
    auto* name = new QLineEdit(&form);
    layout->addRow(QStringLiteral("Code"), code);
    layout->addRow(QStringLiteral("Name"), name);
    ui::FormFeedback feedback;
    QLabel* codeMessage = feedback.addField(QStringLiteral("code"), code, layout);
    QLabel* nameMessage = feedback.addField(QStringLiteral("name"), name, layout);
    auto* summary = new QLabel(&form);
    layout->addRow(summary);
    feedback.setSummaryLabel(summary);
    CHECK(layout->rowCount() == 5); // each field's message has a row beneath it
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    code->setText(QStringLiteral("Bad Code"));

    feedback.show({issue(QStringLiteral("code"), QStringLiteral("The code is wrong.")),
                   issue(QStringLiteral("parks"), QStringLiteral("No parks."))});
    CHECK(codeMessage->isVisible());
    CHECK(codeMessage->text() == QStringLiteral("The code is wrong."));
    CHECK(code->accessibleDescription() == QStringLiteral("The code is wrong."));
    CHECK(code->property("fieldIssue").toBool());
    CHECK_FALSE(nameMessage->isVisible());
    CHECK_FALSE(name->property("fieldIssue").toBool());
    CHECK(summary->isVisible());
    CHECK(summary->text() == QStringLiteral("No parks."));
    CHECK(code->text() == QStringLiteral("Bad Code"));
    CHECK(feedback.markedColumns() == QStringList{QStringLiteral("code")});
    // The message row sits right under the code's row.
    CHECK(codeMessage->geometry().top() >= code->geometry().bottom());
    CHECK(codeMessage->geometry().bottom() <= name->geometry().top());

    name->setFocus();
    CHECK(feedback.focusFirstIssue());
    CHECK(code->hasFocus());

    // Re-checking one field leaves the others alone.
    feedback.showFor({issue(QStringLiteral("name"), QStringLiteral("Name is required."))},
                     {QStringLiteral("name")});
    CHECK(feedback.message(QStringLiteral("code")) == QStringLiteral("The code is wrong."));
    CHECK(feedback.message(QStringLiteral("name")) == QStringLiteral("Name is required."));

    feedback.clear();
    CHECK_FALSE(codeMessage->isVisible());
    CHECK_FALSE(code->property("fieldIssue").toBool());
    CHECK(code->accessibleDescription().isEmpty());
    CHECK_FALSE(summary->isVisible());
    CHECK_FALSE(feedback.hasIssues());
    CHECK_FALSE(feedback.focusFirstIssue());
    CHECK(code->text() == QStringLiteral("Bad Code"));
}

TEST_CASE("FormFeedback: tells when a field loses the focus")
{
    QWidget form;
    auto* layout = new QFormLayout(&form);
    auto* code = new QLineEdit(&form);
    auto* name = new QLineEdit(&form);
    layout->addRow(QStringLiteral("Code"), code);
    layout->addRow(QStringLiteral("Name"), name);
    ui::FormFeedback feedback;
    QLabel* message = feedback.addField(QStringLiteral("code"), code);
    CHECK(message->parentWidget() == &form);
    form.show();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QSignalSpy left(&feedback, &ui::FormFeedback::fieldLeft);
    code->setFocus();
    name->setFocus();
    REQUIRE(left.count() == 1);
    CHECK(left.at(0).at(0).toString() == QStringLiteral("code"));
}
