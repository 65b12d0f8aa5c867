// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/guibench.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include "core/services/setupservice.h"
#include "core/settings/appsettings.h"
#include "core/settings/translations.h"
#include "tests/bench/districtfile.h"
#include "tests/ui/scriptedprompts.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"

using namespace Qt::StringLiterals;

namespace lp::bench {
namespace {

// What one start needs besides the file. The timed work holds it, and the harness drops the work
// after timing it: closing the window is not timed, and happens while the application runs.
struct Start {
    settings::AppSettings settings;
    settings::Translations translations;
    test::ScriptedPrompts prompts; // a started file asks nothing; an unexpected question fails
    std::unique_ptr<ui::AppController> controller;

    explicit Start(const QString& ini)
        : settings(ini)
    {}
};

// The controller started on `path`, returned when its dashboard shows facts (or after 60 s).
bool startWindow(Start& start, const QString& path)
{
    start.controller = std::make_unique<ui::AppController>(start.settings, start.translations,
                                                           start.prompts, benchClock());
    if (!start.controller->start(path) || !start.controller->window())
        return false;
    ui::DashboardPage& dashboard = start.controller->window()->dashboard();
    if (dashboard.isLoading()) {
        QEventLoop loop;
        QObject::connect(&dashboard, &ui::DashboardPage::factsShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !dashboard.isLoading() && dashboard.facts().today.isValid();
}

Measure guiStart(const QString& name, const QString& scratch, const std::function<QString()>& file)
{
    return {name, 1000, [scratch, file] {
                const QString path = file();
                auto start = std::make_shared<Start>(
                    QDir(scratch).filePath(u"gui-%1.ini"_s.arg(qHash(path))));
                return std::function<bool()>(
                    [start, path] { return !path.isEmpty() && startWindow(*start, path); });
            }};
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The process's peak resident set, in kB (Linux's VmHWM), or -1.
qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(u"^VmHWM:\\s+(\\d+) kB"_s,
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// A file as the first start leaves it: the district, its five units and one officer.
QString setUpFile(const QString& scratch)
{
    const QString path = QDir(scratch).filePath(u"gui-empty.sqlite"_s);
    if (QFile::exists(path))
        return path;
    auto db = openFile(path);
    if (!db || !services::SetupService(*db).completeFirstStart(test::chencangAnswers()))
        return {};
    return path;
}

} // namespace

QList<Measure> guiMeasures(const QString& scratch)
{
    QList<Measure> measures;
    measures.append(guiStart(u"gui_start_dashboard_empty_file"_s, scratch,
                             [scratch] { return setUpFile(scratch); }));
    measures.append(guiStart(u"gui_start_dashboard_district"_s, scratch, [scratch] {
        return District::get(scratch).db ? District::get(scratch).path : QString();
    }));
    return measures;
}

int walkEveryPage(const QString& path, const QString& scratch)
{
    Start start(QDir(scratch).filePath(u"walk.ini"_s));
    if (!startWindow(start, path))
        return 1;
    ui::MainWindow* window = start.controller->window();
    window->resize(1400, 900);
    for (int page = 0; page < window->pageTitles().size(); ++page) {
        window->showPage(page);
        wait(300); // debounced counts and worker threads finish
        (void)window->grab();
    }
    window->showPage(0);
    wait(300);
    QTextStream(stdout) << "peak_rss_kb " << peakRssKb() << '\n';
    return 0;
}

QList<double> peakRssOfWalks(const QString& scratch, int runs, QString& error)
{
    District& district = District::get(scratch);
    if (!district.db) {
        error = u"no district file"_s;
        return {};
    }
    static const QRegularExpression reading(u"peak_rss_kb (\\d+)"_s);
    QList<double> values;
    for (int run = 0; run < runs; ++run) {
        QProcess walk;
        walk.start(QCoreApplication::applicationFilePath(),
                   {u"--walk-pages"_s, district.path, u"--scratch"_s, scratch});
        if (!walk.waitForFinished(300'000) || walk.exitCode() != 0) {
            error = u"the page walk failed: "_s + QString::fromUtf8(walk.readAllStandardError());
            return {};
        }
        const auto match = reading.match(QString::fromUtf8(walk.readAllStandardOutput()));
        const qint64 kb = match.hasMatch() ? match.captured(1).toLongLong() : -1;
        if (kb <= 0) {
            error = u"the page walk printed no peak RSS"_s;
            return {};
        }
        values.append(double(kb) / 1024.0);
    }
    return values;
}

} // namespace lp::bench
