// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/database.h"
#include "core/storage/unitrepository.h"

namespace lp::ui {

MainWindow::MainWindow(storage::Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setWindowTitle(tr("LinkPoint"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_units = new QTableWidget(0, 3, central);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setHorizontalHeaderLabels({tr("Code"), tr("Unit"), tr("Kind")});
    m_units->horizontalHeader()->setStretchLastSection(true);
    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->verticalHeader()->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_units, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QString status = QDir::toNativeSeparators(m_database.path());
    if (m_database.isReadOnly())
        status = tr("%1 (read-only: %2)").arg(status, m_database.readOnlyReason());
    statusBar()->showMessage(status);
    resize(900, 600);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    auto units = storage::UnitRepository(m_database.connection()).listActive();
    m_units->setRowCount(0);
    if (!units) {
        m_summary->setText(units.error().message);
        return;
    }
    m_summary->setText(units->isEmpty()
                           ? tr("This database has no units yet. Run \"linkpoint-cli init\" to "
                                "create the district's five political-legal units.")
                           : tr("The district's political-legal units:"));
    for (const domain::Unit& unit : std::as_const(*units)) {
        const int row = m_units->rowCount();
        m_units->insertRow(row);
        m_units->setItem(row, 0, new QTableWidgetItem(unit.code));
        m_units->setItem(row, 1, new QTableWidgetItem(unit.name));
        m_units->setItem(row, 2,
                         new QTableWidgetItem(domain::UnitKindNames::displayName(unit.kind)));
    }
}

} // namespace lp::ui
