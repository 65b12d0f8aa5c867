// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/testpage.h"

using namespace Qt::StringLiterals;

namespace lp::reports {
namespace {

Table sampleLedger(const QDate& date)
{
    Table table;
    table.caption = TestPage::tr("Sample ledger: problems found on visits");
    table.columns = {
        {TestPage::tr("No."), 0.5, Align::Center, CellType::Number},
        {TestPage::tr("Enterprise"), 2.2, Align::Left, CellType::Text},
        {TestPage::tr("Category"), 1.0, Align::Center, CellType::Text},
        {TestPage::tr("Description"), 3.2, Align::Left, CellType::Text},
        {TestPage::tr("Responsible unit"), 1.3, Align::Center, CellType::Text},
        {TestPage::tr("Deadline"), 1.1, Align::Center, CellType::Date},
        {TestPage::tr("Status"), 0.9, Align::Center, CellType::Text},
        {TestPage::tr("Amount (10k yuan)"), 1.0, Align::Right, CellType::Number},
    };
    auto spanned = [](const QString& text, int cols, int rows) {
        return TableCell{text, cols, rows};
    };
    table.header = {
        {spanned(table.columns[0].title, 1, 2), spanned(table.columns[1].title, 1, 2),
         spanned(TestPage::tr("Problem"), 2, 1), spanned(table.columns[4].title, 1, 2),
         spanned(table.columns[5].title, 1, 2), spanned(table.columns[6].title, 1, 2),
         spanned(table.columns[7].title, 1, 2)},
        {spanned(table.columns[2].title, 1, 1), spanned(table.columns[3].title, 1, 1)},
    };
    const QStringList enterprises{TestPage::tr("Chencang Precision Machinery Co., Ltd."),
                                  TestPage::tr("Weihe Food Processing Co., Ltd."),
                                  TestPage::tr("Baoji Titanium Materials Co., Ltd."),
                                  TestPage::tr("Hi-tech Park Logistics Co., Ltd.")};
    const QStringList categories{TestPage::tr("Employment"), TestPage::tr("Contracts"),
                                 TestPage::tr("Intellectual property"),
                                 TestPage::tr("Public order")};
    const QStringList units{TestPage::tr("District court"), TestPage::tr("Procuratorate"),
                            TestPage::tr("Police sub-bureau"), TestPage::tr("Justice bureau")};
    const QStringList statuses{TestPage::tr("In progress"), TestPage::tr("Transferred"),
                               TestPage::tr("Closed")};
    for (int i = 0; i < TestPage::kLedgerRows; ++i) {
        QString description = TestPage::tr("The enterprise asks for help with a dispute over "
                                           "unpaid wages of %1 workers.")
                                  .arg(3 + i % 7);
        if (i % 3 == 0) {
            description += TestPage::tr(" A supplier has not delivered under a signed contract "
                                        "and the enterprise asks how to recover its deposit.");
        }
        table.rows.append({TableCell{i + 1}, TableCell{enterprises[i % enterprises.size()]},
                           TableCell{categories[i % categories.size()]}, TableCell{description},
                           TableCell{units[i % units.size()]}, TableCell{date.addDays(7 + i)},
                           TableCell{statuses[i % statuses.size()]},
                           TableCell{(i * 37 % 500) / 10.0 + 0.5}});
    }
    return table;
}

KeyValueForm sampleForm(const QDate& date, const QString& district)
{
    KeyValueForm form;
    form.fields = {
        {TestPage::tr("Visit date"), date.toString(Qt::ISODate)},
        {TestPage::tr("Visiting unit"), district + TestPage::tr(" district court")},
        {TestPage::tr("Officers"), TestPage::tr("Wang Lei, Li Qing")},
        {TestPage::tr("Enterprise"), TestPage::tr("Chencang Precision Machinery Co., Ltd.")},
        {TestPage::tr("Credit code"), u"91310110666007217T"_s},
        {TestPage::tr("Contact and phone"), TestPage::tr("Zhang Min 13800000000")},
        {TestPage::tr("What was discussed"),
         TestPage::tr("Explained the new rules on labour contracts; heard the enterprise's "
                      "concerns about collecting receivables and about security around the "
                      "park at night."),
         true, 4},
        {TestPage::tr("Problems raised"), QString(), true, 3},
    };
    return form;
}

} // namespace

Document TestPage::build(const TestPageFacts& facts)
{
    Document document;
    document.title = tr("Printer test page");
    document.setup = PageSetup::ledger();
    document.setup.headerText =
        facts.districtName.isEmpty()
            ? tr("LinkPoint printer test page")
            : tr("%1 · LinkPoint printer test page").arg(facts.districtName);
    document.blocks.append(
        Title{tr("Printer test page"), tr("Printed %1 — the ledger below runs over two pages; its "
                                          "header repeats on each.")
                                           .arg(facts.date.toString(Qt::ISODate))});
    document.blocks.append(sampleLedger(facts.date));

    document.blocks.append(SectionBreak{PageSetup::official()});
    document.blocks.append(Title{tr("Enterprise visit registration form"), {}});
    document.blocks.append(sampleForm(facts.date, facts.districtName));
    document.blocks.append(Heading{1, tr("What this page checks")});
    document.blocks.append(Heading{2, tr("Layout")});
    document.blocks.append(Paragraph{tr("Margins follow GB/T 9704-2012: 37 mm at the top, 28 mm "
                                        "on the binding side; the page number sits below the "
                                        "text as — N —. Measure them on paper.")});
    document.blocks.append(Heading{3, tr("Fonts")});
    if (facts.format == OutputFormat::Pdf) {
        for (const FontReport& font : facts.fonts) {
            const QString state = !font.checked ? tr("not checked (pdftotext is not installed)")
                                  : font.extractsCleanly
                                      ? tr("its text extracts correctly")
                                      : tr("its text does NOT extract correctly");
            document.blocks.append(
                Paragraph{tr("%1: %2 — %3.").arg(font.role, font.family, state)});
        }
    } else {
        document.blocks.append(Paragraph{tr("Word and WPS print titles in 方正小标宋简体, body "
                                            "text in 仿宋_GB2312 and headings in 黑体 and "
                                            "楷体_GB2312 where these faces are installed.")});
    }
    document.blocks.append(Heading{4, tr("Signatures")});
    document.blocks.append(SignatureBlock{{{tr("Reporting unit (seal)"), {}},
                                           {tr("Person in charge"), {}},
                                           {tr("Filled in by"), {}},
                                           {tr("Date"), facts.date.toString(tr("yyyy-MM-dd"))}}});
    return document;
}

} // namespace lp::reports
