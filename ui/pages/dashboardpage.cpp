// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/dashboardpage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "core/services/changehub.h"
#include "core/storage/database.h"
#include "ui/icons.h"
#include "ui/session.h"
#include "ui/widgets/dashboardchart.h"
#include "ui/widgets/dashboardtables.h"
#include "ui/widgets/linktable.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

// The tables whose writes change what the dashboard counts.
bool countsOn(const QString& table)
{
    static const QStringList tables{u"problems"_s,     u"visits"_s,    u"measures"_s,
                                    u"feedback"_s,     u"transfers"_s, u"supervision_orders"_s,
                                    u"enterprises"_s,  u"units"_s,     u"visit_officers"_s,
                                    u"problem_units"_s};
    return tables.contains(table);
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    // One thread, kept while the page lives, so its connection (and SQLite's cache) is reused.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            recompute();
        else
            m_dirty = true; // hidden since the write: counted when shown
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardPage::finished);
    connect(&m_session.changes, &services::ChangeHub::recordsChanged, this,
            [this](const QString& table) { recordsChanged(table); });
    buildLayout();
    start();
}

DashboardPage::~DashboardPage()
{
    m_debounce.stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::pageIcon() const
{
    return icon(Icon::Dashboard);
}

void DashboardPage::buildLayout()
{
    m_header = new QLabel(this);
    m_header->setObjectName(u"dashboardHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.4);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_status = new QLabel(this);
    m_status->setObjectName(u"dashboardStatus"_s);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Count everything again"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::recompute);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_status);
    top->addWidget(refreshButton);

    m_content = new QWidget;
    m_deadlines = new LinkTable(m_content);
    m_deadlines->setObjectName(u"dashboardDeadlines"_s);
    DashboardTables::setUpDeadlines(*m_deadlines);
    m_triage = new LinkTable(m_content);
    m_triage->setObjectName(u"dashboardTriage"_s);
    DashboardTables::setUpTriage(*m_triage);
    m_cadence = new LinkTable(m_content);
    m_cadence->setObjectName(u"dashboardCadence"_s);
    DashboardTables::setUpCadence(*m_cadence);
    m_flagged = new LinkTable(m_content);
    m_flagged->setObjectName(u"dashboardFlagged"_s);
    DashboardTables::setUpFlagged(*m_flagged);
    m_chart = new DashboardChart(m_content);
    connect(m_chart, &DashboardChart::monthClicked, this,
            [this](DashboardChart::Series series, const QDate& firstDay) {
                storage::ProblemFilter filter;
                filter.today = m_facts.today;
                filter.foundFrom = firstDay;
                filter.foundTo = firstDay.addMonths(1).addDays(-1);
                // The ledger filters by the day found: a closed bar lists the closed problems
                // found in its month (its tooltip says so).
                if (series == DashboardChart::Series::Closed)
                    filter.state = storage::ProblemState::Closed;
                Q_EMIT problemsRequested(filter);
            });
    m_supervision = new QLabel(m_content);
    m_supervision->setObjectName(u"dashboardSupervision"_s);
    m_flaggedTitle = sectionTitle(tr("Flagged enterprises not visited this month"), m_content);

    auto* grid = new QGridLayout(m_content);
    grid->addWidget(sectionTitle(tr("Open problems by unit"), m_content), 0, 0);
    grid->addWidget(sectionTitle(tr("Open problems by triage"), m_content), 0, 1);
    grid->addWidget(m_deadlines, 1, 0);
    auto* triageColumn = new QVBoxLayout;
    triageColumn->addWidget(m_triage);
    triageColumn->addWidget(m_supervision);
    triageColumn->addStretch(1);
    grid->addLayout(triageColumn, 1, 1);
    grid->addWidget(sectionTitle(tr("This month's visits"), m_content), 2, 0);
    grid->addWidget(m_flaggedTitle, 2, 1);
    grid->addWidget(m_cadence, 3, 0, Qt::AlignTop);
    grid->addWidget(m_flagged, 3, 1);
    grid->addWidget(m_chart, 4, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(5, 1);
    m_content->setEnabled(false); // until the first facts arrive

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    updateHeader();
}

void DashboardPage::refresh()
{
    if (m_dirty || (m_facts.today.isValid() && m_facts.today != m_session.clock.today()))
        recompute();
}

void DashboardPage::recompute()
{
    m_debounce.stop();
    if (m_computing) {
        m_dirty = true;
        return;
    }
    start();
}

bool DashboardPage::isLoading() const
{
    return m_computing;
}

void DashboardPage::start()
{
    m_dirty = false;
    m_computing = true;
    storage::Database& database = m_session.database;
    const QDate today = m_session.clock.today();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&database, today] {
        // Without the larger cache the computation is slower, not wrong.
        (void)services::Dashboard::keepPagesCached(database);
        return services::Dashboard::compute(database, today);
    }));
    updateHeader();
}

void DashboardPage::finished()
{
    // Computing until here, not until the worker ends: the future finishes before its watcher's
    // signal arrives on this thread, and until then the facts on screen are the old ones.
    m_computing = false;
    const Result<services::DashboardFacts> result = m_watcher.result();
    if (result) {
        m_error.clear();
        showFacts(*result);
    } else {
        m_error = result.error().message;
        updateHeader();
    }
    if (m_dirty && isVisible())
        start();
    if (result)
        Q_EMIT factsShown();
}

void DashboardPage::recordsChanged(const QString& table)
{
    if (!countsOn(table))
        return;
    if (!isVisible() || m_computing) {
        m_dirty = true;
        return;
    }
    m_debounce.start();
}

void DashboardPage::showFacts(const services::DashboardFacts& facts)
{
    m_facts = facts;
    m_updatedAt = QLocale().toString(m_session.clock.now().toLocalTime().time(), u"HH:mm"_s);
    const DashboardLinks links{
        [this](const storage::ProblemFilter& filter) { Q_EMIT problemsRequested(filter); },
        [this](const storage::VisitFilter& filter) {
            Q_EMIT visitsRequested(filter);
        }};
    DashboardTables::fillDeadlines(*m_deadlines, facts, links);
    DashboardTables::fillTriage(*m_triage, facts, links);
    DashboardTables::fillCadence(*m_cadence, facts, links);
    DashboardTables::fillFlagged(*m_flagged, facts, links);
    m_flaggedTitle->setText(tr("Flagged enterprises not visited this month: %1 of %2")
                                .arg(facts.cadence.flaggedUnvisited.size())
                                .arg(facts.cadence.flaggedEnterprises));
    m_supervision->setText(
        facts.supervisionDue > 0
            ? tr("Transferred problems past their deadline without a supervision order: %1")
                  .arg(facts.supervisionDue)
            : tr("No supervision order is due."));
    m_chart->setMonths(facts.months);
    m_content->setEnabled(true);
    updateHeader();
}

void DashboardPage::updateHeader()
{
    const QString district =
        m_session.districtName.isEmpty() ? tr("LinkPoint") : m_session.districtName;
    const QDate today = m_facts.today.isValid() ? m_facts.today : m_session.clock.today();
    m_header->setText(tr("%1 — %2").arg(district, QLocale().toString(today, QLocale::LongFormat)));
    if (!m_error.isEmpty())
        m_status->setText(tr("The dashboard could not be counted: %1").arg(m_error));
    else if (!m_facts.today.isValid())
        m_status->setText(tr("Loading…"));
    else if (isLoading())
        m_status->setText(tr("Updating… (updated at %1)").arg(m_updatedAt));
    else
        m_status->setText(tr("Updated at %1").arg(m_updatedAt));
}

} // namespace lp::ui
