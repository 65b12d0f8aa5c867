// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/choices.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalBlocker>

namespace lp::ui {

void setChoices(QComboBox* combo, const QList<Choice>& choices, const QString& noneText)
{
    const QString chosen = chosenId(combo);
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (!noneText.isEmpty())
            combo->addItem(noneText, QString());
        for (const Choice& choice : choices)
            combo->addItem(choice.text, choice.id);
    }
    choose(combo, chosen);
}

void choose(QComboBox* combo, const QString& id)
{
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setCurrentIndex(combo->findData(QString()));
}

QString chosenId(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void setCheckChoices(QListWidget* list, const QList<Choice>& choices)
{
    const QStringList checked = checkedIds(list);
    list->clear();
    for (const Choice& choice : choices) {
        auto* item = new QListWidgetItem(choice.text, list);
        item->setData(Qt::UserRole, choice.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(choice.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void setCheckedIds(QListWidget* list, const QStringList& ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

} // namespace lp::ui
