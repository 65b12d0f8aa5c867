// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/enterprisepicker.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include "core/domain/enterprise.h"
#include "core/storage/database.h"
#include "core/storage/enterpriserepository.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

enum Role { IdRole = Qt::UserRole, NameRole, FlagsRole };

QString flagText(int flags)
{
    QStringList names;
    for (domain::EnterpriseFlag flag : domain::EnterpriseFlagNames::all()) {
        if (flags & int(flag))
            names.append(domain::EnterpriseFlagNames::displayName(flag));
    }
    return names.join(EnterprisePicker::tr(", "));
}

int flagsOf(const domain::Enterprise& enterprise)
{
    return (enterprise.disputes ? int(domain::EnterpriseFlag::Disputes) : 0) |
           (enterprise.difficulty ? int(domain::EnterpriseFlag::Difficulty) : 0) |
           (enterprise.key ? int(domain::EnterpriseFlag::Key) : 0);
}

} // namespace

EnterprisePicker::EnterprisePicker(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edit(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_picked(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(u"enterpriseSearch"_s);
    m_edit->setPlaceholderText(tr("Type part of the name or credit code; Down, Enter to pick"));
    m_edit->installEventFilter(this);
    m_matches->setObjectName(u"enterpriseMatches"_s);
    m_matches->setFocusPolicy(Qt::NoFocus); // the line keeps the focus; Down and Up move here
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 8 + 8);
    m_matches->hide();
    m_picked->setObjectName(u"enterprisePicked"_s);
    m_picked->setWordWrap(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_matches);
    layout->addWidget(m_picked);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &EnterprisePicker::search);
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { pickRow(m_matches->row(item)); });
    showPicked({}, 0);
}

void EnterprisePicker::setEnterpriseId(const QString& id)
{
    m_id = id;
    m_matches->clear();
    m_matches->hide();
    if (id.isEmpty()) {
        m_edit->clear();
        showPicked({}, 0);
        return;
    }
    auto found = storage::EnterpriseRepository(m_database.connection()).findById(id);
    if (!found || !found->has_value()) {
        m_edit->clear();
        m_picked->setText(found ? tr("The enterprise of this visit is no longer in the roster.")
                                : found.error().message);
        return;
    }
    m_edit->setText((*found)->name);
    showPicked((*found)->name, flagsOf(**found));
}

QStringList EnterprisePicker::matchNames() const
{
    QStringList names;
    for (int row = 0; row < m_matches->count(); ++row)
        names.append(m_matches->item(row)->data(NameRole).toString());
    return names;
}

void EnterprisePicker::search(const QString& text)
{
    const bool hadPick = !m_id.isEmpty();
    m_id.clear();
    showPicked({}, 0);
    m_matches->clear();
    if (!text.trimmed().isEmpty()) {
        storage::EnterpriseFilter filter;
        filter.search = text;
        auto rows =
            storage::EnterpriseRepository(m_database.connection()).rows(filter, 0, kMaxMatches);
        if (!rows) {
            m_picked->setText(rows.error().message);
        } else {
            for (const auto& row : std::as_const(*rows)) {
                const QString flags = flagText(row.flags);
                auto* item = new QListWidgetItem(
                    flags.isEmpty() ? row.name : tr("%1  [%2]").arg(row.name, flags), m_matches);
                item->setData(IdRole, row.id);
                item->setData(NameRole, row.name);
                item->setData(FlagsRole, row.flags);
                item->setToolTip(row.creditCode);
            }
            if (rows->isEmpty())
                m_picked->setText(tr("No enterprise matches \"%1\".").arg(text.trimmed()));
        }
    }
    m_matches->setVisible(m_matches->count() > 0);
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
    if (hadPick)
        Q_EMIT enterpriseChanged({});
}

void EnterprisePicker::moveCurrent(int step)
{
    if (!m_matches->isVisible() || m_matches->count() == 0)
        return;
    const int row = std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1);
    m_matches->setCurrentRow(row);
    m_matches->scrollToItem(m_matches->item(row));
}

void EnterprisePicker::pickRow(int row)
{
    QListWidgetItem* item = m_matches->item(row);
    if (!item)
        return;
    m_id = item->data(IdRole).toString();
    const QString name = item->data(NameRole).toString();
    const int flags = item->data(FlagsRole).toInt();
    m_matches->clear();
    m_matches->hide();
    m_edit->setText(name);
    showPicked(name, flags);
    Q_EMIT enterpriseChanged(m_id);
}

void EnterprisePicker::showPicked(const QString& name, int flags)
{
    if (name.isEmpty()) {
        m_picked->setText(tr("No enterprise picked."));
        return;
    }
    const QString flagNames = flagText(flags);
    m_picked->setText(flagNames.isEmpty() ? tr("Picked: %1").arg(name)
                                          : tr("Picked: %1 — %2").arg(name, flagNames));
}

bool EnterprisePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool listing = m_matches->isVisible() && m_matches->count() > 0;
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return listing;
        case Qt::Key_Up:
            moveCurrent(-1);
            return listing;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return listing;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return listing;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (listing) {
                pickRow(std::max(0, m_matches->currentRow()));
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (listing) {
                m_matches->hide();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lp::ui
