// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Filling the combo boxes and check lists of the forms with records to choose from, keyed by
// the records' ids (Qt::UserRole), keeping what the user chose when the choices are reloaded.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QListWidget;

namespace lp::ui {

struct Choice {
    QString id;
    QString text;
};

// Replaces the items of `combo` by `noneText` (no id; left out when empty) and `choices`,
// keeping the chosen id when it is still offered.
void setChoices(QComboBox* combo, const QList<Choice>& choices, const QString& noneText = {});
// Chooses the item with `id` (the "none" item, or nothing, when it is not offered).
void choose(QComboBox* combo, const QString& id);
[[nodiscard]] QString chosenId(const QComboBox* combo);

// Replaces the items of a check list, keeping the checked ids that are still offered.
void setCheckChoices(QListWidget* list, const QList<Choice>& choices);
void setCheckedIds(QListWidget* list, const QStringList& ids);
[[nodiscard]] QStringList checkedIds(const QListWidget* list);

} // namespace lp::ui
