// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/problemdetails.h"

#include <algorithm>

#include "core/domain/problemflow.h"
#include "core/reports/visitnames.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/problemrepository.h"
#include "core/storage/problemtrailrepository.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

const auto kOverdueColour = u"#c62828"_s;
const auto kDueSoonColour = u"#b26a00"_s;

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

struct Step {
    QDate on;
    int order = 0; // steps of one day: transfer, measure, order, result, feedback, closing
    QString html;
};

QString replyHtml(const QString& reply, const QDate& repliedOn)
{
    if (reply.isEmpty())
        return {};
    return u"<br>"_s +
           ProblemDetails::tr("Reply of %1: %2").arg(dateText(repliedOn), escaped(reply));
}

} // namespace

Result<std::optional<ProblemRecord>> ProblemDetails::load(const QSqlDatabase& connection,
                                                          const QString& id)
{
    auto problem = storage::ProblemRepository(connection).findById(id);
    if (!problem)
        return fail(problem.error());
    if (!problem->has_value())
        return std::optional<ProblemRecord>();
    ProblemRecord record;
    record.problem = **problem;
    auto enterprise =
        storage::EnterpriseRepository(connection).findById(record.problem.enterpriseId);
    storage::ProblemTrailRepository trail(connection);
    auto measures = trail.measures(id);
    auto feedback = trail.feedback(id);
    auto transfers = trail.transfers(id);
    auto orders = trail.orders(id);
    if (const Error* error = firstError(enterprise, measures, feedback, transfers, orders))
        return fail(*error);
    if (enterprise->has_value())
        record.enterpriseName = (*enterprise)->name;
    record.measures = *measures;
    record.feedback = *feedback;
    record.transfers = *transfers;
    record.orders = *orders;
    return std::optional<ProblemRecord>(std::move(record));
}

QString ProblemDetails::responsible(const ProblemRecord& record, const reports::VisitNames& names)
{
    const domain::Problem& problem = record.problem;
    if (problem.triage == domain::Triage::Transfer && !record.transfers.isEmpty()) {
        const domain::Transfer& last = record.transfers.last();
        return tr("%1 (transfer letter %2)")
            .arg(names.department(last.departmentId), last.letter.text());
    }
    return names.responsible(problem);
}

QString ProblemDetails::triage(const ProblemRecord& record, const reports::VisitNames& names)
{
    const domain::Problem& problem = record.problem;
    if (!problem.triage)
        return tr("Not triaged yet");
    QString text = domain::ProblemNames::displayName(*problem.triage);
    if (problem.triage == domain::Triage::CrossUnit && !problem.partnerUnitIds.isEmpty()) {
        QStringList partners;
        for (const QString& id : problem.partnerUnitIds)
            partners.append(names.unitShortName(id));
        text = tr("%1, with %2").arg(text, partners.join(u", "_s));
    }
    return text;
}

DeadlineState ProblemDetails::deadline(const domain::Problem& problem, const QDate& today)
{
    if (!problem.deadline.isValid())
        return {tr("None"), {}};
    const QString date = dateText(problem.deadline);
    if (domain::ProblemFlow::isOverdue(problem, today)) {
        const int days = static_cast<int>(problem.deadline.daysTo(today));
        return {tr("%1 — overdue by %n day(s)", nullptr, days).arg(date), kOverdueColour};
    }
    if (domain::ProblemFlow::isDueSoon(problem, today)) {
        const int days = static_cast<int>(today.daysTo(problem.deadline));
        if (days == 0)
            return {tr("%1 — due today").arg(date), kDueSoonColour};
        return {tr("%1 — due in %n day(s)", nullptr, days).arg(date), kDueSoonColour};
    }
    return {date, {}};
}

QString ProblemDetails::trailHtml(const ProblemRecord& record, const reports::VisitNames& names)
{
    QList<Step> steps;
    for (const domain::Transfer& transfer : record.transfers) {
        QString html =
            tr("Transferred to %1, transfer letter (交办单) %2")
                .arg(escaped(names.department(transfer.departmentId)), transfer.letter.text());
        if (!transfer.note.isEmpty())
            html += u"<br>"_s + escaped(transfer.note);
        steps.append(
            {transfer.transferredOn, 0, html + replyHtml(transfer.reply, transfer.repliedOn)});
    }
    for (const domain::Measure& measure : record.measures) {
        const QString who =
            measure.officerId.isEmpty() ? measure.doneBy : names.officer(measure.officerId);
        steps.append({measure.takenOn, 1,
                      tr("Measure: %1 (%2)").arg(escaped(measure.content), escaped(who))});
    }
    for (const domain::SupervisionOrder& order : record.orders) {
        QString html =
            tr("Supervision order (督办单) %1, %2, by %3, time limit %4: %5")
                .arg(order.number.text(), domain::ProblemNames::displayName(order.trigger),
                     escaped(names.unit(order.unitId)), dateText(order.timeLimit),
                     escaped(order.requirement));
        steps.append({order.issuedOn, 2, html + replyHtml(order.reply, order.repliedOn)});
    }
    if (!record.problem.result.isEmpty())
        steps.append(
            {record.problem.resultOn, 3, tr("Result: %1").arg(escaped(record.problem.result))});
    for (const domain::Feedback& feedback : record.feedback) {
        QString html = tr("Feedback (%1, %2): %3")
                           .arg(domain::ProblemNames::displayName(feedback.manner),
                                domain::ProblemNames::displayName(feedback.satisfaction),
                                escaped(feedback.content));
        if (!feedback.officerId.isEmpty())
            html += u" (%1)"_s.arg(escaped(names.officer(feedback.officerId)));
        steps.append({feedback.givenOn, 4, html});
    }
    if (record.problem.status == domain::ProblemStatus::Closed)
        steps.append({record.problem.closedOn, 5, tr("Closed (销号)")});
    if (steps.isEmpty())
        return tr("Nothing has been done yet.");
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        return a.on != b.on ? a.on < b.on : a.order < b.order;
    });
    QString html;
    for (const Step& step : std::as_const(steps))
        html += u"<p><b>%1</b>&nbsp; %2</p>"_s.arg(dateText(step.on), step.html);
    return html;
}

} // namespace lp::ui
