// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/importpreviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/imports/enterpriseimport.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

using Action = imports::ImportRow::Action;

QString actionText(Action action)
{
    switch (action) {
    case Action::Insert:
        return ImportPreviewDialog::tr("New");
    case Action::Update:
        return ImportPreviewDialog::tr("Update");
    case Action::Unchanged:
        return ImportPreviewDialog::tr("Unchanged");
    }
    return {};
}

bool needsAttention(const imports::ImportRow& row)
{
    return !row.issues.isEmpty() || row.nonConformingCode || !row.missingPark.isEmpty() ||
           !row.missingPoint.isEmpty();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const imports::ImportPlan& plan, const QString& reportPath,
                                         QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_reportPath(reportPath)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(plan.path).fileName()));
    resize(920, 560);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QString summary = tr("%1 row(s): %2 new, %3 to update (same credit code), %4 unchanged.")
                          .arg(plan.rows.size())
                          .arg(plan.count(Action::Insert))
                          .arg(plan.count(Action::Update))
                          .arg(plan.count(Action::Unchanged));
    if (!plan.encoding.isEmpty())
        summary += u' ' + tr("Read as %1.").arg(plan.encoding);
    if (!plan.ignoredColumns.isEmpty())
        summary += u' ' + tr("Columns not imported: %1.").arg(plan.ignoredColumns.join(tr(", ")));
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    QStringList missing;
    if (!plan.missingParks.isEmpty())
        missing.append(tr("parks %1").arg(plan.missingParks.join(tr(", "))));
    if (!plan.missingPoints.isEmpty())
        missing.append(tr("contact points %1").arg(plan.missingPoints.join(tr(", "))));
    m_createMissing =
        new QCheckBox(tr("Create the %1 the file names").arg(missing.join(tr("; "))), this);
    m_createMissing->setObjectName(u"createMissing"_s);
    m_createMissing->setVisible(!missing.isEmpty());
    layout->addWidget(m_createMissing);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"rows"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Action"), tr("Enterprise"),
                                        tr("Credit code"), tr("Problems"),
                                        tr("Accept the code; reason")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    fillTable();

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"import"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_createMissing, &QCheckBox::toggled, this, &ImportPreviewDialog::updateState);
    connect(m_table, &QTableWidget::itemChanged, this, &ImportPreviewDialog::updateState);
    updateState();
}

void ImportPreviewDialog::fillTable()
{
    // Only the rows that need attention: a clean 10,000-row file shows an empty list at once.
    const QSignalBlocker blocker(m_table);
    for (const imports::ImportRow& row : m_plan.rows) {
        if (!needsAttention(row))
            continue;
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            m_table->setItem(at, column, item);
            return item;
        };
        cell(RowColumn, QString::number(row.sheetRow))->setData(Qt::UserRole, row.sheetRow);
        cell(ActionColumn, actionText(row.action));
        cell(NameColumn, row.record.name);
        cell(CodeColumn, row.record.creditCode);
        QStringList notes;
        for (const imports::ImportIssue& issue : row.issues)
            notes.append(issue.message);
        if (!row.missingPark.isEmpty())
            notes.append(tr("New park: %1").arg(row.missingPark));
        if (!row.missingPoint.isEmpty())
            notes.append(tr("New contact point: %1").arg(row.missingPoint));
        if (row.nonConformingCode)
            notes.append(tr("The credit code fails its check characters."));
        cell(ProblemColumn, notes.join(u'\n'));
        auto* reason = new QTableWidgetItem;
        if (row.nonConformingCode) {
            reason->setFlags(Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable |
                             Qt::ItemIsSelectable);
            reason->setCheckState(Qt::Unchecked);
            reason->setToolTip(tr("Tick to accept the code and type why (for example: checked "
                                  "against the original licence)."));
        } else {
            reason->setFlags(Qt::ItemIsEnabled);
        }
        m_table->setItem(at, ReasonColumn, reason);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

imports::ImportOptions ImportPreviewDialog::options() const
{
    imports::ImportOptions options;
    options.createMissing = m_createMissing->isChecked();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* reason = m_table->item(row, ReasonColumn);
        if (reason && reason->checkState() == Qt::Checked && !reason->text().trimmed().isEmpty())
            options.acceptedCodes.insert(m_table->item(row, RowColumn)->data(Qt::UserRole).toInt(),
                                         reason->text().trimmed());
    }
    return options;
}

int ImportPreviewDialog::problemCount() const
{
    return int(imports::EnterpriseImport::problems(m_plan, options()).size());
}

void ImportPreviewDialog::updateState()
{
    const int count = problemCount();
    m_import->setEnabled(count == 0 && !m_plan.rows.isEmpty());
    if (count == 0) {
        m_problems->setText(m_plan.rows.isEmpty() ? tr("The file has no rows to import.")
                                                  : tr("Nothing blocks the import."));
        return;
    }
    QString text =
        tr("%n problem(s) block the import: correct the file, or confirm above.", nullptr, count);
    if (!m_reportPath.isEmpty())
        text += u' ' + tr("They are listed in %1.").arg(QDir::toNativeSeparators(m_reportPath));
    m_problems->setText(text);
}

} // namespace lp::ui
