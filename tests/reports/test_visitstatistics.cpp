// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The monthly statistics read back and compared with counts made over the fixture's records.
#include <set>

#include "core/reports/problemlists.h"
#include "core/reports/visitstatistics.h"
#include "tests/reports/reporttestsupport.h"
#include "tests/reports/visitreporttests.h"

using namespace lp;
using namespace lp::reports;
using namespace lp::test;
using namespace lp::test::visits;
using namespace Qt::StringLiterals;

namespace {

QString percent(int numerator, int denominator)
{
    return denominator == 0 ? u"—"_s : QString::asprintf("%.1f%%", 100.0 * numerator / denominator);
}

// The statistics row of `unitId` (every unit when empty) counted over the fixture's records.
QStringList countedRow(const VisitFixture& f, const Period& m, const QString& unitId,
                       const QList<domain::ProblemCategory>& categories)
{
    const auto mine = [&](const QString& id) {
        return unitId.isEmpty() || id == unitId;
    };
    int visits = 0;
    std::set<QString> enterprises;
    for (const auto& visit : f.visits) {
        if (mine(visit.unitId) && m.contains(visit.date)) {
            ++visits;
            enterprises.insert(visit.enterpriseId);
        }
    }
    int found = 0, closed = 0, open = 0, overdue = 0;
    QHash<QString, int> byCategory;
    for (const auto& p : f.problems) {
        if (!mine(p.unitId))
            continue;
        if (m.contains(p.foundOn)) {
            ++found;
            ++byCategory[p.categoryId];
        }
        if (m.contains(p.closedOn))
            ++closed;
        const bool closedByEnd = p.closedOn.isValid() && p.closedOn <= m.to;
        if (p.foundOn <= m.to && !closedByEnd) {
            ++open;
            if (p.deadline < m.to)
                ++overdue;
        }
    }
    int feedback = 0, satisfied = 0;
    for (const auto& fb : f.feedback) {
        const domain::Problem* p = f.problem(fb.problemId);
        if (p && mine(p->unitId) && m.contains(fb.givenOn)) {
            ++feedback;
            satisfied += fb.satisfaction != domain::Satisfaction::Unsatisfied ? 1 : 0;
        }
    }
    QStringList row{unitId.isEmpty() ? u"Total"_s : unitName(f, unitId),
                    QString::number(visits),
                    QString::number(enterprises.size()),
                    QString::number(found),
                    QString::number(closed),
                    QString::number(overdue),
                    percent(closed, closed + open),
                    percent(satisfied, feedback)};
    for (const auto& category : categories)
        row.append(QString::number(byCategory.value(category.id)));
    return row;
}

} // namespace

TEST_CASE("VisitStatistics: each unit's row and the total equal counts made over the inserted "
          "records, and problems found equals the rows of the unit's problem list",
          "[visits]")
{
    Fixture fx;
    const VisitFixture& f = fx.f;
    QList<domain::ProblemCategory> categories = f.categories.values();
    std::sort(categories.begin(), categories.end(),
              [](const auto& a, const auto& b) { return a.sortOrder < b.sortOrder; });
    const QStringList unitOrder{u"zfw"_s, u"fy"_s, u"jcy"_s, u"gaj"_s, u"sfj"_s};
    for (int month : {3, 4}) {
        const Period m = monthOf(2026, month);
        auto document = VisitStatistics::load(*fx.db, m.from.addDays(9), u"高新区"_s);
        REQUIRE_OK(document);
        const auto rows = xlsxRows(write(*document, OutputFormat::Xlsx, fx.ws, u"s.xlsx"_s));
        REQUIRE(rows.size() == 1 + unitOrder.size() + 1);
        QStringList header{u"Unit"_s,           u"Visits"_s,           u"Enterprises visited"_s,
                           u"Problems found"_s, u"Closed"_s,           u"Overdue at month end"_s,
                           u"Closing rate"_s,   u"Satisfaction rate"_s};
        for (const auto& category : categories)
            header.append(category.name);
        CHECK(rows[0] == header);
        for (qsizetype u = 0; u < unitOrder.size(); ++u) {
            INFO("month " << month << ", unit " << unitOrder[u].toStdString());
            CHECK(rows[u + 1] == countedRow(f, m, fx.unitId(unitOrder[u]), categories));
            // "Problems found" is the row count of the unit's problem list of the month.
            auto list = ProblemLists::load(*fx.db, ProblemListKind::Problems,
                                           {{}, fx.unitId(unitOrder[u]), m.from, m.to});
            REQUIRE_OK(list);
            const auto listRows = xlsxRows(write(*list, OutputFormat::Xlsx, fx.ws, u"list.xlsx"_s));
            CHECK(rows[u + 1].value(3) == QString::number(listRows.size() - 1));
        }
        CHECK(rows.last() == countedRow(f, m, {}, categories));
    }
    // The fixture exercises every part: something is closed, overdue and rated in March.
    const auto march = countedRow(f, monthOf(2026, 3), fx.unitId(u"fy"_s), categories);
    CHECK(march.value(4).toInt() > 0);
    CHECK(march.value(5).toInt() > 0);
    CHECK(march.value(7) != u"—"_s);
}

TEST_CASE("VisitStatistics: the printed table has the two-row header, the total row and the "
          "definitions under it, and an empty month shows dashes for the rates",
          "[visits]")
{
    Fixture fx;
    auto document = VisitStatistics::load(*fx.db, QDate(2026, 3, 1), u"高新区"_s);
    REQUIRE_OK(document);
    const QString text = squeezed(pdfText(write(*document, OutputFormat::Pdf, fx.ws, u"s.pdf"_s)));
    CHECK(text.contains(u"Problemsfoundbycategory"_s));
    CHECK(text.contains(u"劳动用工"_s));
    CHECK(text.contains(u"Total"_s));
    CHECK(text.contains(squeezed(u"Overdue at month end: its problems found on or before the "
                                 "last day of the month"_s)));
    const auto word = docxTableRows(write(*document, OutputFormat::Docx, fx.ws, u"s.docx"_s));
    CHECK(word.value(0).value(8) == u"Problems found by category"_s);
    CHECK(word.value(1).value(8) == u"劳动用工"_s);
    CHECK(word.last().value(0) == u"Total"_s);

    auto empty = VisitStatistics::load(*fx.db, QDate(2025, 7, 1), {});
    REQUIRE_OK(empty);
    const auto rows = xlsxRows(write(*empty, OutputFormat::Xlsx, fx.ws, u"e.xlsx"_s));
    REQUIRE(rows.size() == 7);
    CHECK(rows[2].mid(0, 8) ==
          QStringList{u"区人民法院"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"—"_s, u"—"_s});
}
