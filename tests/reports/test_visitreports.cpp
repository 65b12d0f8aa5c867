// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The visit log and the three lists read back as people's tools see them (python-docx,
// openpyxl, pdftotext) and compared with the records the fixture inserted.
#include "core/reports/problemlists.h"
#include "core/reports/visitlog.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/reports/visitreporttests.h"

using namespace lp;
using namespace lp::reports;
using namespace lp::test;
using namespace lp::test::visits;
using namespace Qt::StringLiterals;

TEST_CASE("VisitLog: a unit's month as Word holds every visit of that unit and month with its "
          "officers and problems, and nothing else",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const QString court = fx.unitId(u"fy"_s);
    const Period march = monthOf(2026, 3);
    auto document = VisitLog::load(*fx.db, court, QDate(2026, 3, 17), u"高新区"_s);
    REQUIRE_OK(document);
    const auto rows = docxTableRows(write(*document, OutputFormat::Docx, fx.ws, u"log.docx"_s));

    QList<domain::Visit> visits;
    for (const auto& visit : f.visits) {
        if (visit.unitId == court && march.contains(visit.date))
            visits.append(visit);
    }
    std::stable_sort(visits.begin(), visits.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    REQUIRE(visits.size() >= 5);
    QList<QStringList> expected;
    int number = 0;
    for (const auto& visit : visits) {
        const QString met = visit.metRole.isEmpty()
                                ? visit.metName
                                : visit.metName + u"（"_s + visit.metRole + u"）"_s;
        const QStringList visitCells{QString::number(++number),
                                     iso(visit.date),
                                     f.enterprises.value(visit.enterpriseId).name,
                                     officerNames(f, visit.officerIds),
                                     domain::VisitReasonNames::chineseName(visit.reason),
                                     met,
                                     visit.content};
        QList<domain::Problem> problems;
        for (const auto& p : f.problems) {
            if (p.visitId == visit.id)
                problems.append(p);
        }
        if (problems.isEmpty())
            expected.append(visitCells + QStringList{u"None"_s, {}, {}, {}});
        for (const auto& p : problems) {
            expected.append(visitCells +
                            QStringList{p.number + u' ' + f.categories.value(p.categoryId).name +
                                            u"\\n"_s + p.description,
                                        triageText(f, p), responsibleText(f, p),
                                        domain::ProblemNames::chineseName(p.status)});
        }
    }
    REQUIRE(rows.size() == expected.size() + 1); // the header row first
    CHECK(rows.first().value(0) == u"No."_s);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(rows[i + 1] == expected[i]);
    }
    const QString paragraphs =
        docxParagraphs(write(*document, OutputFormat::Docx, fx.ws, u"log2.docx"_s)).join(u'\n');
    CHECK(paragraphs.contains(u"区人民法院, 2026年3月"_s));
    CHECK(paragraphs.contains(u"Recorded by"_s));
    CHECK(paragraphs.contains(u"Reviewed by"_s));
}

TEST_CASE("VisitLog: the PDF of a month reads back with the unit's visits and problems and "
          "without other units', other months' or deleted ones",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const QString court = fx.unitId(u"fy"_s);
    const Period march = monthOf(2026, 3);
    auto document = VisitLog::load(*fx.db, court, QDate(2026, 3, 1), u"高新区"_s);
    REQUIRE_OK(document);
    const QString pdf = write(*document, OutputFormat::Pdf, fx.ws, u"log.pdf"_s);
    const QString text = squeezed(pdfText(pdf));
    int shown = 0;
    QSet<QString> live;
    for (const auto& visit : f.visits)
        live.insert(visit.id);
    for (const auto& visit : f.visits + f.deletedVisits) {
        const QString token = visit.content.left(5); // V0012: one line in its cell
        const bool expected =
            visit.unitId == court && march.contains(visit.date) && live.contains(visit.id);
        INFO(token.toStdString());
        CHECK(text.contains(token) == expected);
        shown += expected ? 1 : 0;
    }
    REQUIRE(shown >= 5);
    for (const auto& p : f.problems + f.deletedProblems) {
        const bool expected =
            p.unitId == court && march.contains(p.foundOn) && f.problem(p.id) != nullptr;
        INFO(p.number.toStdString());
        CHECK(text.contains(p.number) == expected);
    }
    CHECK(text.contains(squeezed(u"Recorded by："_s)));
    CHECK(pdfPageSize(pdf, 1).startsWith(u"842 x 595"_s)); // landscape A4
}

TEST_CASE("ProblemLists: the problem list of a period as XLSX has its header in row 1 and the "
          "unit's problems found in the period below, by date, no totals",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const QString unit = fx.unitId(u"jcy"_s);
    const Period period{QDate(2026, 2, 10), QDate(2026, 3, 20)};
    auto document = ProblemLists::load(*fx.db, ProblemListKind::Problems,
                                       {u"高新区"_s, unit, period.from, period.to});
    REQUIRE_OK(document);
    const auto rows = xlsxRows(write(*document, OutputFormat::Xlsx, fx.ws, u"p.xlsx"_s));
    const auto expected = problemsFound(f, period, unit);
    REQUIRE(expected.size() >= 5);
    REQUIRE(rows.size() == expected.size() + 1);
    CHECK(rows[0] == QStringList{u"No."_s, u"Problem number"_s, u"Found on"_s, u"Enterprise"_s,
                                 u"Category"_s, u"Problem"_s, u"Enterprise's request"_s,
                                 u"Triage"_s, u"Responsible"_s, u"Deadline"_s, u"Status"_s,
                                 u"Closed on"_s});
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const domain::Problem& p = expected[i];
        INFO("row " << i + 2);
        CHECK(rows[i + 1] ==
              QStringList{QString::number(i + 1), p.number, iso(p.foundOn),
                          f.enterprises.value(p.enterpriseId).name,
                          f.categories.value(p.categoryId).name, p.description, p.request,
                          triageText(f, p), responsibleText(f, p), iso(p.deadline),
                          domain::ProblemNames::chineseName(p.status), iso(p.closedOn)});
    }
}

TEST_CASE("ProblemLists: every unit's problem list names the visiting unit on each row", "[visits]")
{
    Fixture fx;
    const Period march = monthOf(2026, 3);
    auto document =
        ProblemLists::load(*fx.db, ProblemListKind::Problems, {{}, {}, march.from, march.to});
    REQUIRE_OK(document);
    const auto rows = xlsxRows(write(*document, OutputFormat::Xlsx, fx.ws, u"all.xlsx"_s));
    const auto expected = problemsFound(fx.f, march, {});
    REQUIRE(rows.size() == expected.size() + 1);
    CHECK(rows[0].value(2) == u"Visiting unit"_s);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("row " << i + 2);
        CHECK(rows[i + 1].value(1) == expected[i].number);
        CHECK(rows[i + 1].value(2) == unitName(fx.f, expected[i].unitId));
    }
}

TEST_CASE("ProblemLists: the measure list holds the measures taken in the period on the "
          "unit's live problems, by date",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const QString unit = fx.unitId(u"fy"_s);
    const Period period = monthOf(2026, 3);
    auto document =
        ProblemLists::load(*fx.db, ProblemListKind::Measures, {{}, unit, period.from, period.to});
    REQUIRE_OK(document);
    const auto rows = xlsxRows(write(*document, OutputFormat::Xlsx, fx.ws, u"m.xlsx"_s));
    QList<domain::Measure> expected;
    for (const auto& m : f.measures) {
        const domain::Problem* p = f.problem(m.problemId);
        if (p && p->unitId == unit && period.contains(m.takenOn))
            expected.append(m);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](const auto& a, const auto& b) {
        return std::pair(a.takenOn, f.problem(a.problemId)->number) <
               std::pair(b.takenOn, f.problem(b.problemId)->number);
    });
    REQUIRE(expected.size() >= 5);
    REQUIRE(rows.size() == expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const domain::Measure& m = expected[i];
        const domain::Problem& p = *f.problem(m.problemId);
        INFO("row " << i + 2);
        CHECK(rows[i + 1] ==
              QStringList{QString::number(i + 1), p.number,
                          f.enterprises.value(p.enterpriseId).name, p.description, iso(m.takenOn),
                          m.content,
                          m.officerId.isEmpty() ? m.doneBy : f.officers.value(m.officerId).name,
                          domain::ProblemNames::chineseName(p.status)});
    }
    for (const auto& deleted : f.deletedMeasures) {
        for (const auto& row : rows)
            CHECK_FALSE(row.contains(deleted.content));
    }
}

TEST_CASE("ProblemLists: the feedback list holds the feedback given in the period, as XLSX, "
          "Word and PDF",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    const Period period{QDate(2026, 3, 1), QDate(2026, 4, 30)};
    auto document =
        ProblemLists::load(*fx.db, ProblemListKind::Feedback, {{}, {}, period.from, period.to});
    REQUIRE_OK(document);
    const auto rows = xlsxRows(write(*document, OutputFormat::Xlsx, fx.ws, u"f.xlsx"_s));
    QList<domain::Feedback> expected;
    for (const auto& feedback : f.feedback) {
        if (f.problem(feedback.problemId) && period.contains(feedback.givenOn))
            expected.append(feedback);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](const auto& a, const auto& b) {
        return std::pair(a.givenOn, f.problem(a.problemId)->number) <
               std::pair(b.givenOn, f.problem(b.problemId)->number);
    });
    REQUIRE(expected.size() >= 10);
    REQUIRE(rows.size() == expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const domain::Feedback& fb = expected[i];
        const domain::Problem& p = *f.problem(fb.problemId);
        INFO("row " << i + 2);
        CHECK(rows[i + 1] == QStringList{QString::number(i + 1), p.number, unitName(f, p.unitId),
                                         f.enterprises.value(p.enterpriseId).name, p.description,
                                         iso(fb.givenOn),
                                         domain::ProblemNames::chineseName(fb.manner), fb.content,
                                         domain::ProblemNames::chineseName(fb.satisfaction),
                                         f.officers.value(fb.officerId).name});
    }
    const auto docx = docxTableRows(write(*document, OutputFormat::Docx, fx.ws, u"f.docx"_s));
    CHECK(docx == rows);
    const QString pdf = squeezed(pdfText(write(*document, OutputFormat::Pdf, fx.ws, u"f.pdf"_s)));
    for (const auto& fb : expected) // "F123 向…": one line in its cell
        CHECK(pdf.contains(fb.content.section(u' ', 0, 0) + u"向"_s));
    for (const auto& deleted : f.deletedFeedback)
        CHECK_FALSE(pdf.contains(deleted.content.section(u' ', 0, 0) + u"向"_s));
}
