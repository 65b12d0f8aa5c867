// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/problemletters.h"

#include <QRegularExpression>

#include "core/domain/enterprise.h"
#include "core/reports/visitnames.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/problemtrailrepository.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

struct LetterContext {
    VisitNames names;
    domain::Enterprise enterprise;
};

Result<LetterContext> loadContext(const QSqlDatabase& connection, const domain::Problem& problem)
{
    auto names = VisitNames::load(connection);
    auto enterprise = storage::EnterpriseRepository(connection).findById(problem.enterpriseId);
    if (const Error* error = firstError(names, enterprise))
        return fail(*error);
    return LetterContext{std::move(*names), enterprise->value_or(domain::Enterprise())};
}

QString contactOf(const domain::Enterprise& enterprise)
{
    const QString person =
        enterprise.contactName.isEmpty() ? enterprise.legalRepresentative : enterprise.contactName;
    return QStringList{person, enterprise.contactPhone}.join(u' ').trimmed();
}

// Title, number line and addressee: the head of a GB/T 9704 letter.
Document letterHead(const QString& title, const QString& numberLine, const QString& addressee)
{
    Document document;
    document.title = title;
    document.setup = PageSetup::official();
    document.blocks.append(Title{title, {}});
    document.blocks.append(Paragraph{numberLine, Align::Center, false});
    document.blocks.append(Paragraph{addressee + u'：', Align::Left, false});
    return document;
}

// The facts of the problem every letter states, one per row so a label never wraps. The day it
// was found and the deadline are in the letter's text.
QList<FormField> problemFields(const domain::Problem& problem, const LetterContext& context)
{
    return {{ProblemLetters::tr("Problem number"), problem.number},
            {ProblemLetters::tr("Enterprise"), context.enterprise.name},
            {ProblemLetters::tr("Contact"), contactOf(context.enterprise)},
            {ProblemLetters::tr("Category"), context.names.category(problem.categoryId)},
            {ProblemLetters::tr("Problem"), problem.description},
            {ProblemLetters::tr("Enterprise's request"), problem.request}};
}

// The issuing unit and the date at the right, GB/T 9704's 成文日期.
void appendSignOff(Document& document, const QString& unit, const QDate& date)
{
    document.blocks.append(Paragraph{unit, Align::Right, false});
    document.blocks.append(Paragraph{printedDate(date), Align::Right, false});
}

// The reply on a page of its own: what was done, when, by whom, signed and sealed.
void appendReply(Document& document, const QString& title, const QString& numberLine,
                 QList<FormField> fields, const QString& reply, const QDate& repliedOn)
{
    document.blocks.append(PageBreak{});
    document.blocks.append(Title{title, numberLine});
    fields.append({ProblemLetters::tr("Result of the handling"), reply, false, 10});
    fields.append({ProblemLetters::tr("Replied on"), printedDate(repliedOn)});
    fields.append({ProblemLetters::tr("Handled by and phone"), QString()});
    document.blocks.append(KeyValueForm{1, fields});
    document.blocks.append(SignatureBlock{{{ProblemLetters::tr("Handling unit (seal)"), {}},
                                           {ProblemLetters::tr("Person in charge"), {}},
                                           {ProblemLetters::tr("Date"), {}}}});
}

QString numberList(const QList<domain::SupervisionOrder>& orders)
{
    QStringList numbers;
    for (const auto& order : orders)
        numbers.append(u"%1-%2"_s.arg(order.number.year).arg(order.number.seq));
    return numbers.join(u", "_s);
}

} // namespace

std::optional<domain::DocumentNumber> ProblemLetters::parseNumber(const QString& text)
{
    static const QRegularExpression plain(u"^(\\d{4})-(\\d{1,6})$"_s);
    static const QRegularExpression printed(u"^〔(\\d{4})〕(\\d{1,6})号$"_s);
    QRegularExpressionMatch match = plain.match(text.trimmed());
    if (!match.hasMatch())
        match = printed.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const domain::DocumentNumber number{match.captured(1).toInt(), match.captured(2).toInt()};
    return number.isValid() ? std::optional(number) : std::nullopt;
}

Result<Document> ProblemLetters::transferLetter(storage::Database& database,
                                                const domain::Problem& problem)
{
    const QSqlDatabase connection = database.connection();
    auto transfers = storage::ProblemTrailRepository(connection).transfers(problem.id);
    if (!transfers)
        return fail(transfers.error());
    if (transfers->isEmpty()) {
        return fail(ErrorCode::NotFound,
                    tr("Problem %1 was never transferred to a department, so it has no transfer "
                       "letter.")
                        .arg(problem.number));
    }
    const domain::Transfer& transfer = transfers->last();
    auto context = loadContext(connection, problem);
    if (!context)
        return fail(context.error());
    const VisitNames& names = context->names;
    const QString numberLine = names.unitShortName(problem.unitId) + transfer.letter.text();
    const QString department = names.department(transfer.departmentId);

    Document document = letterHead(tr("Problem transfer letter"), numberLine, department);
    document.blocks.append(
        Paragraph{tr("On %1 our unit visited %2 and found the problem below, which lies outside "
                     "the remit of the political-legal units. Under the first-visit "
                     "responsibility system it is transferred to you: please handle it by %3 and "
                     "return the reply slip.")
                      .arg(printedDate(problem.foundOn), context->enterprise.name,
                           printedDate(problem.deadline))});
    QList<FormField> fields = problemFields(problem, *context);
    fields.append({tr("Time limit"), printedDate(problem.deadline)});
    if (!transfer.note.isEmpty())
        fields.append({tr("Note"), transfer.note});
    document.blocks.append(KeyValueForm{1, fields});
    appendSignOff(document, names.unit(problem.unitId), transfer.transferredOn);
    appendReply(document, tr("Reply slip"), tr("Transfer letter %1").arg(numberLine),
                {{tr("Problem number"), problem.number}, {tr("Handling unit"), department}},
                transfer.reply, transfer.repliedOn);
    return document;
}

Result<Document> ProblemLetters::supervisionOrder(storage::Database& database,
                                                  const domain::Problem& problem,
                                                  std::optional<domain::DocumentNumber> number)
{
    const QSqlDatabase connection = database.connection();
    const storage::ProblemTrailRepository trail(connection);
    auto orders = trail.orders(problem.id);
    auto transfers = trail.transfers(problem.id);
    if (const Error* error = firstError(orders, transfers))
        return fail(*error);
    if (orders->isEmpty()) {
        return fail(ErrorCode::NotFound,
                    tr("Problem %1 has no supervision order.").arg(problem.number));
    }
    // The latest: the last issued (orders come in date order), or the one asked for.
    const domain::SupervisionOrder* order = &orders->last();
    if (number) {
        order = nullptr;
        for (const auto& candidate : std::as_const(*orders)) {
            if (candidate.number.year == number->year && candidate.number.seq == number->seq)
                order = &candidate;
        }
        if (!order) {
            return fail(ErrorCode::NotFound,
                        tr("Problem %1 has no supervision order %2-%3. Its orders are: %4.")
                            .arg(problem.number)
                            .arg(number->year)
                            .arg(number->seq)
                            .arg(numberList(*orders)));
        }
    }
    auto context = loadContext(connection, problem);
    if (!context)
        return fail(context.error());
    const VisitNames& names = context->names;
    const QString numberLine = names.unitShortName(order->unitId) + order->number.text();
    // Whoever handles the problem: the department it went to, else the unit answering for it.
    QString addressee;
    if (!transfers->isEmpty())
        addressee = names.department(transfers->last().departmentId);
    if (addressee.isEmpty())
        addressee = QStringList{names.unit(problem.responsibleUnitId),
                                names.section(problem.responsibleSectionId)}
                        .join(u' ')
                        .trimmed();
    if (addressee.isEmpty())
        addressee = names.unit(problem.unitId);

    Document document = letterHead(tr("Supervision order"), numberLine, addressee);
    const QString why =
        order->trigger == domain::SupervisionTrigger::Overdue
            ? tr("Found on %1 on a visit to %2 and due by %3, the problem below is not yet "
                 "solved.")
                  .arg(printedDate(problem.foundOn), context->enterprise.name,
                       printedDate(problem.deadline))
            : tr("The problem below, found on %1 on a visit to %2, is supervised until it is "
                 "solved.")
                  .arg(printedDate(problem.foundOn), context->enterprise.name);
    document.blocks.append(
        Paragraph{why + u' ' +
                  tr("Please handle it as required by %1 and report the result on the reply page.")
                      .arg(printedDate(order->timeLimit))});
    QList<FormField> fields = problemFields(problem, *context);
    if (!transfers->isEmpty()) {
        const domain::Transfer& transfer = transfers->last();
        fields.append(
            {tr("Transferred"),
             tr("%1, %2 (transfer letter %3)")
                 .arg(printedDate(transfer.transferredOn), names.department(transfer.departmentId),
                      names.unitShortName(problem.unitId) + transfer.letter.text())});
    }
    QStringList earlier;
    for (const auto& previous : std::as_const(*orders)) {
        if (&previous != order && previous.issuedOn <= order->issuedOn)
            earlier.append(names.unitShortName(previous.unitId) + previous.number.text() + u' ' +
                           printedDate(previous.issuedOn));
    }
    if (!earlier.isEmpty())
        fields.append({tr("Earlier orders"), earlier.join(u'\n')});
    fields.append({tr("Requirement"), order->requirement});
    fields.append({tr("Time limit"), printedDate(order->timeLimit)});
    document.blocks.append(KeyValueForm{1, fields});
    appendSignOff(document, names.unit(order->unitId), order->issuedOn);
    appendReply(document, tr("Reply"), tr("Supervision order %1").arg(numberLine),
                {{tr("Problem number"), problem.number}, {tr("Handling unit"), addressee}},
                order->reply, order->repliedOn);
    return document;
}

} // namespace lp::reports
