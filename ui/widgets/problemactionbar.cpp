// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/problemactionbar.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/problemdetails.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

using domain::ProblemAction;

QString actionObjectName(ProblemAction action)
{
    switch (action) {
    case ProblemAction::Start:
        return u"start"_s;
    case ProblemAction::Transfer:
        return u"transfer"_s;
    case ProblemAction::AddMeasure:
        return u"addMeasure"_s;
    case ProblemAction::IssueSupervision:
        return u"issueSupervision"_s;
    case ProblemAction::RecordResult:
        return u"recordResult"_s;
    case ProblemAction::RecordFeedback:
        return u"recordFeedback"_s;
    case ProblemAction::Close:
        return u"close"_s;
    case ProblemAction::Reopen:
        return u"reopen"_s;
    case ProblemAction::Edit:
        return u"edit"_s;
    }
    return {};
}

} // namespace

const QList<ProblemAction>& ProblemActionBar::actions()
{
    static const QList<ProblemAction> steps{
        ProblemAction::Start,        ProblemAction::Transfer,
        ProblemAction::AddMeasure,   ProblemAction::IssueSupervision,
        ProblemAction::RecordResult, ProblemAction::RecordFeedback,
        ProblemAction::Close,        ProblemAction::Reopen};
    return steps;
}

ProblemActionBar::ProblemActionBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    int at = 0;
    auto place = [&](QPushButton* button, const QString& name) {
        button->setObjectName(name);
        grid->addWidget(button, at / 2, at % 2);
        ++at;
    };
    for (ProblemAction action : actions()) {
        auto* button = new QPushButton(domain::ProblemFlow::actionName(action));
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT actionRequested(action); });
        m_actions.insert(action, button);
        place(button, actionObjectName(action));
    }
    m_history = new QPushButton(tr("History"));
    connect(m_history, &QPushButton::clicked, this, &ProblemActionBar::historyRequested);
    place(m_history, u"history"_s);
    m_transferLetter = new QPushButton(tr("Transfer letter…"));
    connect(m_transferLetter, &QPushButton::clicked, this,
            &ProblemActionBar::transferLetterRequested);
    place(m_transferLetter, u"printTransferLetter"_s);
    m_supervisionOrder = new QPushButton(tr("Supervision order…"));
    connect(m_supervisionOrder, &QPushButton::clicked, this,
            [this] { Q_EMIT supervisionOrderRequested(std::nullopt); });
    place(m_supervisionOrder, u"printSupervisionOrder"_s);
    layout->addLayout(grid);

    m_whyNot = new QLabel;
    m_whyNot->setObjectName(u"whyNot"_s);
    m_whyNot->setWordWrap(true);
    m_whyNot->setTextFormat(Qt::PlainText);
    m_whyNot->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_whyNot->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_whyNot->setFont(small);
    layout->addWidget(m_whyNot);
    showFor(nullptr, {});
}

void ProblemActionBar::showFor(const ProblemRecord* record, const QString& readOnlyReason)
{
    QStringList whyNot;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QPushButton* button = it.value();
        if (!record) {
            button->setEnabled(false);
            button->setToolTip({});
            continue;
        }
        Result<void> allowed = domain::ProblemFlow::check(record->problem, it.key());
        if (allowed && !readOnlyReason.isEmpty())
            allowed =
                fail(ErrorCode::ReadOnly, tr("The file is open read-only: %1").arg(readOnlyReason));
        button->setEnabled(allowed.has_value());
        button->setToolTip(allowed ? QString() : allowed.error().message);
        if (!allowed)
            whyNot.append(
                tr("• %1: %2")
                    .arg(domain::ProblemFlow::actionName(it.key()), allowed.error().message));
    }
    if (!whyNot.isEmpty())
        whyNot.prepend(tr("Not possible now:"));
    m_whyNot->setText(whyNot.join(u'\n'));
    m_whyNot->setVisible(!whyNot.isEmpty());

    m_history->setEnabled(record != nullptr);
    const bool transferred = record && !record->transfers.isEmpty();
    m_transferLetter->setEnabled(transferred);
    m_transferLetter->setToolTip(transferred ? tr("Preview and print the transfer letter (交办单)")
                                             : tr("The problem was never transferred."));
    const bool ordered = record && !record->orders.isEmpty();
    m_supervisionOrder->setEnabled(ordered);
    m_supervisionOrder->setToolTip(ordered ? tr("Preview and print a supervision order (督办单)")
                                           : tr("No supervision order has been issued."));
    delete m_supervisionOrder->menu();
    m_supervisionOrder->setMenu(nullptr);
    if (ordered && record->orders.size() > 1) {
        auto* menu = new QMenu(m_supervisionOrder);
        for (auto it = record->orders.crbegin(); it != record->orders.crend(); ++it) {
            const domain::DocumentNumber number = it->number;
            menu->addAction(
                tr("Order %1 of %2").arg(number.text(), it->issuedOn.toString(Qt::ISODate)), this,
                [this, number] { Q_EMIT supervisionOrderRequested(number); });
        }
        m_supervisionOrder->setMenu(menu);
    }
}

QPushButton* ProblemActionBar::button(domain::ProblemAction action) const
{
    return m_actions.value(action);
}

QString ProblemActionBar::whyNotText() const
{
    return m_whyNot->text();
}

} // namespace lp::ui
