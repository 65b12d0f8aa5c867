// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prompts answered in advance by a test; every question asked is recorded.
#pragma once

#include <deque>

#include <QStringList>

#include "ui/prompts.h"

namespace lp::test {

class ScriptedPrompts final : public ui::Prompts {
public:
    std::deque<ui::OpenFailureChoice> openFailureAnswers;
    std::deque<QString> databaseFileAnswers;
    std::deque<QString> backupToRestoreAnswers;
    std::deque<QString> backupTargetAnswers;
    std::deque<QString> exportTargetAnswers;
    std::deque<QString> importFileAnswers;
    std::deque<QString> holidayTableAnswers;
    std::deque<std::optional<imports::ImportOptions>> importReviewAnswers;
    QList<imports::ImportPlan> reviewedPlans;
    QStringList reviewedReports;
    std::deque<std::optional<services::FirstStartInput>> firstStartAnswers;
    bool confirmAnswer = true;
    bool demoAnswer = false;
    int demoOffers = 0;

    QStringList openFailureMessages;
    QList<services::FirstStartInput> firstStartProposals;
    QStringList firstStartProblems;
    QStringList informed;
    QStringList warned;

    ui::OpenFailureChoice openFailed(const Error& error, const QString&) override
    {
        openFailureMessages.append(error.message);
        return pop(openFailureAnswers, ui::OpenFailureChoice::Quit);
    }
    QString chooseDatabaseFile(QWidget*, const QString&) override
    {
        return pop(databaseFileAnswers, QString());
    }
    QString chooseBackupToRestore(QWidget*, const QString&) override
    {
        return pop(backupToRestoreAnswers, QString());
    }
    QString chooseBackupTarget(QWidget*, const QString&) override
    {
        return pop(backupTargetAnswers, QString());
    }
    QString chooseExportTarget(QWidget*, const QString&) override
    {
        return pop(exportTargetAnswers, QString());
    }
    QString chooseImportFile(QWidget*) override { return pop(importFileAnswers, QString()); }
    QString chooseHolidayTable(QWidget*) override { return pop(holidayTableAnswers, QString()); }
    bool offerDemoData() override
    {
        ++demoOffers;
        return demoAnswer;
    }
    std::optional<imports::ImportOptions> reviewImport(QWidget*, const imports::ImportPlan& plan,
                                                       const QString& reportPath) override
    {
        reviewedPlans.append(plan);
        reviewedReports.append(reportPath);
        return pop(importReviewAnswers, std::optional<imports::ImportOptions>());
    }
    std::optional<services::FirstStartInput> firstStart(const services::FirstStartInput& proposal,
                                                        const QString& problem) override
    {
        firstStartProposals.append(proposal);
        firstStartProblems.append(problem);
        return pop(firstStartAnswers, std::optional<services::FirstStartInput>());
    }
    bool confirm(QWidget*, const QString&, const QString&) override { return confirmAnswer; }
    void inform(QWidget*, const QString&, const QString& text) override { informed.append(text); }
    void warn(QWidget*, const QString&, const QString& text) override { warned.append(text); }

private:
    template <typename T>
    static T pop(std::deque<T>& answers, T fallback)
    {
        if (answers.empty())
            return fallback;
        T answer = std::move(answers.front());
        answers.pop_front();
        return answer;
    }
};

// Valid first-start answers for the district 陈仓区, with 王磊 of the court as first officer.
inline services::FirstStartInput chencangAnswers()
{
    services::FirstStartInput input;
    input.districtName = QStringLiteral("陈仓区");
    input.units = domain::defaultDistrictUnits();
    input.units[1].name = QStringLiteral("陈仓区人民法院");
    input.officer.name = QStringLiteral("王磊");
    input.officer.code = QStringLiteral("wanglei");
    input.officer.phone = QStringLiteral("13800000000");
    input.officerUnitCode = QStringLiteral("fy");
    return input;
}

} // namespace lp::test
