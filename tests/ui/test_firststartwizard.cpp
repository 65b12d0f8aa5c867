// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include "tests/testsupport.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/dialogs/firststartwizard.h"

using namespace lp;
using namespace lp::test;

namespace {

QLabel* visibleProblem(QWizard& wizard)
{
    for (auto* label :
         wizard.currentPage()->findChildren<QLabel*>(QStringLiteral("problemLabel"))) {
        if (!label->isHidden())
            return label;
    }
    return nullptr;
}

} // namespace

TEST_CASE("FirstStartWizard: a refused page says why and keeps what was typed")
{
    services::FirstStartInput proposal;
    proposal.units = domain::defaultDistrictUnits();
    ui::FirstStartWizard wizard(proposal);
    wizard.show();
    REQUIRE(wizard.currentId() == ui::FirstStartWizard::DistrictPage);

    CHECK_FALSE(wizard.validateCurrentPage()); // no district name yet
    REQUIRE(visibleProblem(wizard));
    CHECK(visibleProblem(wizard)->text().contains(QStringLiteral("District")));
    auto* district = wizard.findChild<QLineEdit*>(QStringLiteral("districtName"));
    district->setText(QStringLiteral("陈仓区"));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstStartWizard::UnitsPage);

    auto* units = wizard.findChild<QTableWidget*>(QStringLiteral("unitsTable"));
    REQUIRE(units->rowCount() == 5);
    CHECK(units->item(0, 0)->text() == QStringLiteral("zfw"));
    units->item(2, 0)->setText(QStringLiteral("fy")); // a second "fy"
    wizard.next();
    CHECK(wizard.currentId() == ui::FirstStartWizard::UnitsPage);
    REQUIRE(visibleProblem(wizard));
    CHECK(visibleProblem(wizard)->text().contains(QStringLiteral("rows 2 and 3")));
    CHECK(units->item(2, 0)->text() == QStringLiteral("fy")); // kept as typed
    units->item(2, 0)->setText(QStringLiteral("jcy"));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstStartWizard::OfficerPage);

    auto* unit = wizard.findChild<QComboBox*>(QStringLiteral("officerUnit"));
    REQUIRE(unit->count() == 5);
    wizard.findChild<QLineEdit*>(QStringLiteral("officerName"))->setText(QStringLiteral("王磊"));
    wizard.findChild<QLineEdit*>(QStringLiteral("officerCode"))->setText(QStringLiteral("wanglei"));
    unit->setCurrentIndex(unit->findData(QStringLiteral("fy")));
    CHECK(wizard.validateCurrentPage());

    const services::FirstStartInput answers = wizard.input();
    CHECK(answers.districtName == QStringLiteral("陈仓区"));
    CHECK(answers.units.size() == 5);
    CHECK(answers.officer.code == QStringLiteral("wanglei"));
    CHECK(answers.officerUnitCode == QStringLiteral("fy"));
    CHECK(services::SetupService::validate(answers).has_value());
}
