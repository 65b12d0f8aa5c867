// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The transfer letter and the supervision order read back with pdftotext and python-docx and
// compared with the fixture's records.
#include "core/reports/problemletters.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/reports/visitreporttests.h"

using namespace lp;
using namespace lp::reports;
using namespace lp::test;
using namespace lp::test::visits;
using namespace Qt::StringLiterals;

namespace {

// A problem of the fixture with a transfer and at least two supervision orders.
const domain::Problem& supervisedProblem(const VisitFixture& f)
{
    QHash<QString, int> orders;
    for (const auto& order : f.orders)
        ++orders[order.problemId];
    for (const auto& transfer : f.transfers) {
        if (orders.value(transfer.problemId) >= 2)
            return *f.problem(transfer.problemId);
    }
    FAIL("the fixture has no problem with two supervision orders");
    return f.problems.first();
}

} // namespace

TEST_CASE("ProblemLetters: the transfer letter names the department, the problem, the "
          "enterprise and its contact, the time limit and the issuing unit, with a reply slip "
          "on page 2",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const domain::Problem& problem = supervisedProblem(f);
    domain::Transfer transfer;
    for (const auto& t : f.transfers) {
        if (t.problemId == problem.id)
            transfer = t;
    }
    auto document = ProblemLetters::transferLetter(*fx.db, problem);
    REQUIRE_OK(document);
    const QString pdf = write(*document, OutputFormat::Pdf, fx.ws, u"t.pdf"_s);
    CHECK(pdfPageCount(pdf) == 2);
    CHECK(pdfPageSize(pdf, 1).startsWith(u"595 x 842"_s)); // portrait A4
    const QString first = squeezed(pdfText(pdf, 1));
    const domain::Enterprise& enterprise = f.enterprises.value(problem.enterpriseId);
    const QString numberLine =
        u"法院〔%1〕%2号"_s.arg(transfer.letter.year).arg(transfer.letter.seq);
    for (const QString& expected :
         QStringList{u"Problem transfer letter"_s, numberLine,
                     f.departments.value(transfer.departmentId).name + u"："_s, enterprise.name,
                     enterprise.contactName + enterprise.contactPhone, problem.number,
                     problem.description.left(4), u"区人民法院"_s,
                     u"%1年%2月%3日"_s.arg(problem.deadline.year())
                         .arg(problem.deadline.month())
                         .arg(problem.deadline.day()),
                     u"%1年%2月%3日"_s.arg(transfer.transferredOn.year())
                         .arg(transfer.transferredOn.month())
                         .arg(transfer.transferredOn.day())}) {
        INFO(expected.toStdString());
        CHECK(first.contains(squeezed(expected)));
    }
    const QString second = squeezed(pdfText(pdf, 2));
    CHECK(second.contains(u"Replyslip"_s));
    CHECK(second.contains(numberLine));
    CHECK(second.contains(squeezed(u"Handling unit (seal)"_s)));
    if (!transfer.reply.isEmpty())
        CHECK(second.contains(squeezed(transfer.reply)));

    domain::Problem untransferred;
    for (const auto& p : f.problems) {
        if (p.triage != domain::Triage::Transfer)
            untransferred = p;
    }
    auto refused = ProblemLetters::transferLetter(*fx.db, untransferred);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(refused.error().message.contains(untransferred.number));
}

TEST_CASE("ProblemLetters: the supervision order prints the latest order unless another is "
          "asked for by number, and lists the earlier ones",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const domain::Problem& problem = supervisedProblem(f);
    QList<domain::SupervisionOrder> orders;
    for (const auto& order : f.orders) {
        if (order.problemId == problem.id)
            orders.append(order);
    }
    REQUIRE(orders.size() >= 2);
    const auto numberLine = [](const domain::SupervisionOrder& order) {
        return u"法院〔%1〕%2号"_s.arg(order.number.year).arg(order.number.seq);
    };

    auto latest = ProblemLetters::supervisionOrder(*fx.db, problem);
    REQUIRE_OK(latest);
    const QString pdf = write(*latest, OutputFormat::Pdf, fx.ws, u"o.pdf"_s);
    const QString first = squeezed(pdfText(pdf, 1));
    CHECK(first.contains(u"Supervisionorder"_s));
    CHECK(first.contains(numberLine(orders.last())));
    CHECK(first.contains(squeezed(orders.last().requirement)));
    CHECK_FALSE(first.contains(squeezed(orders.first().requirement)));
    CHECK(first.contains(squeezed(u"Earlier orders"_s)));
    CHECK(first.contains(numberLine(orders.first())));
    CHECK(squeezed(pdfText(pdf, 2)).contains(u"Reply"_s));

    auto chosen = ProblemLetters::supervisionOrder(*fx.db, problem, orders.first().number);
    REQUIRE_OK(chosen);
    const QString docx = write(*chosen, OutputFormat::Docx, fx.ws, u"o.docx"_s);
    const QString paragraphs = docxParagraphs(docx).join(u'\n');
    CHECK(paragraphs.contains(numberLine(orders.first())));
    QStringList cells;
    for (const auto& row : docxTableRows(docx))
        cells += row;
    CHECK(cells.contains(orders.first().requirement));
    CHECK_FALSE(cells.contains(orders.last().requirement));

    auto missing =
        ProblemLetters::supervisionOrder(*fx.db, problem, domain::DocumentNumber{2026, 999});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(
        u"%1-%2"_s.arg(orders.first().number.year).arg(orders.first().number.seq)));
    CHECK(ProblemLetters::parseNumber(u"2026-3"_s)->seq == 3);
    CHECK(ProblemLetters::parseNumber(u"〔2026〕12号"_s)->seq == 12);
    CHECK_FALSE(ProblemLetters::parseNumber(u"2026/3"_s));
}
