// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/officerpicker.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lp::ui {

OfficerPicker::OfficerPicker(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setObjectName(u"officerFilter"_s);
    m_filter->setPlaceholderText(tr("Type to filter; Enter checks the first one"));
    m_filter->installEventFilter(this);
    m_list->setObjectName(u"officerList"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5 + 12);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &OfficerPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        applyFilter();
        Q_EMIT checkedChanged();
    });
}

void OfficerPicker::setOfficers(const QList<Choice>& officers)
{
    {
        const QSignalBlocker blocker(m_list);
        setCheckChoices(m_list, officers);
    }
    applyFilter();
}

void OfficerPicker::setCheckedIds(const QStringList& ids)
{
    {
        const QSignalBlocker blocker(m_list);
        ui::setCheckedIds(m_list, ids);
    }
    applyFilter();
}

QStringList OfficerPicker::checkedIds() const
{
    return ui::checkedIds(m_list);
}

void OfficerPicker::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool shown = text.isEmpty() || item->checkState() == Qt::Checked ||
                           item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

int OfficerPicker::firstShownRow() const
{
    const QString text = m_filter->text().trimmed();
    int checkedMatch = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->isHidden() || !item->text().contains(text, Qt::CaseInsensitive))
            continue;
        if (item->checkState() != Qt::Checked)
            return row; // an unchecked match first: Enter is mostly for adding someone
        if (checkedMatch < 0)
            checkedMatch = row;
    }
    return checkedMatch;
}

bool OfficerPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_filter->text().isEmpty()) {
            const int row = firstShownRow();
            if (row >= 0) {
                QListWidgetItem* item = m_list->item(row);
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked
                                                                      : Qt::Checked);
            }
            m_filter->clear();
            return true;
        }
        if (key == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            const int row = m_filter->text().isEmpty() ? 0 : firstShownRow();
            m_list->setCurrentRow(std::max(row, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lp::ui
