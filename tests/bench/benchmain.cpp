// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "core/appinfo.h"
#include "tests/bench/benchharness.h"
#include "tests/bench/demobench.h"
#include "tests/bench/districtfile.h"
#include "tests/bench/guibench.h"
#include "tests/bench/ledgerbench.h"
#include "tests/bench/organisationbench.h"
#include "tests/bench/oversightbench.h"
#include "tests/bench/reportbench.h"
#include "tests/bench/searchbench.h"
#include "tests/bench/storagebench.h"
#include "tests/bench/visitbench.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    lp::configureApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures LinkPoint's speed and prints one line per "
                                     "measure: name median_ms min_ms max_ms goal_ms met|MISSED"_s);
    parser.addHelpOption();
    const QCommandLineOption db(
        u"db"_s, u"Measure on this district file (the district measures work on a copy)."_s,
        u"FILE"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per measure (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"One run of every measure, as CI does."_s);
    const QCommandLineOption only(u"only"_s, u"Run only the measures whose name contains TEXT."_s,
                                  u"TEXT"_s);
    const QCommandLineOption walk(u"walk-pages"_s,
                                  u"(internal) Walk every page of the window on FILE and "
                                  "print the peak RSS."_s,
                                  u"FILE"_s);
    const QCommandLineOption scratchFolder(u"scratch"_s, u"(internal) The scratch folder."_s,
                                           u"FOLDER"_s);
    parser.addOptions({db, runs, smoke, only, walk, scratchFolder});
    parser.process(app);
    if (parser.isSet(walk))
        return lp::bench::walkEveryPage(parser.value(walk), parser.value(scratchFolder));

    bool ok = false;
    const int runCount = parser.isSet(smoke) ? 1 : parser.value(runs).toInt(&ok);
    if (!parser.isSet(smoke) && (!ok || runCount < 1)) {
        QTextStream(stderr) << "linkpoint-bench: --runs needs a positive number\n";
        return 2;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        QTextStream(stderr) << "linkpoint-bench: cannot create a scratch folder\n";
        return 1;
    }

    QTextStream out(stdout);
    out << "# linkpoint-bench " << QCoreApplication::applicationVersion() << ", runs " << runCount
        << ", " << QThread::idealThreadCount() << " cores, " << QSysInfo::prettyProductName()
        << '\n'
        << "# name                                   median_ms    min_ms    max_ms    goal\n";
    lp::bench::District::configure(parser.value(db), parser.isSet(smoke));
    lp::bench::Harness harness(out, runCount);
    int failed = 0;
    auto measures = lp::bench::storageMeasures(scratch.path());
    measures += lp::bench::reportMeasures(scratch.path());
    measures += lp::bench::demoMeasures();
    measures += lp::bench::organisationMeasures(scratch.path(), parser.isSet(smoke));
    measures += lp::bench::visitMeasures(scratch.path());
    measures += lp::bench::oversightMeasures(scratch.path());
    measures += lp::bench::ledgerMeasures(scratch.path());
    measures += lp::bench::searchMeasures(scratch.path());
    measures += lp::bench::guiMeasures(scratch.path());
    measures += lp::bench::editMeasures(scratch.path()); // last: they write to the district
    for (const auto& measure : measures) {
        if (parser.isSet(only) && !measure.name.contains(parser.value(only)))
            continue;
        if (!harness.run(measure)) {
            QTextStream(stderr) << "linkpoint-bench: " << measure.name << " failed\n";
            ++failed;
        }
    }
    if (!parser.isSet(only) || u"peak_rss_every_page_mb"_s.contains(parser.value(only))) {
        QString error;
        const QList<double> peaks = lp::bench::peakRssOfWalks(scratch.path(), runCount, error);
        if (peaks.isEmpty()) {
            QTextStream(stderr) << "linkpoint-bench: peak_rss_every_page_mb: " << error << '\n';
            ++failed;
        }
        harness.report(u"peak_rss_every_page_mb"_s, peaks, 250);
    }
    harness.ratio(u"pdf_5000_rows_8_columns"_s, u"libreoffice_csv_to_pdf_5000_rows"_s, 0.2);
    harness.ratio(u"xlsx_40000_rows_8_columns"_s, u"libreoffice_csv_to_xlsx_40000_rows"_s, 0.2);
    harness.ratio(u"gui_start_dashboard_district"_s, u"gui_start_dashboard_empty_file"_s, 1.2);
    return failed == 0 ? 0 : 1;
}
