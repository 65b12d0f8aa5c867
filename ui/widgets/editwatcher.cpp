// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/editwatcher.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace lp::ui {

const char* const EditWatcher::kOwnEdits = "recordPageOwnEdits";

EditWatcher::EditWatcher(QWidget* form, QObject* parent)
    : QObject(parent)
{
    const auto ignored = [form](QWidget* widget) {
        for (QWidget* w = widget; w && w != form; w = w->parentWidget()) {
            if (w->property(kOwnEdits).toBool())
                return true;
        }
        return false;
    };
    const auto edited = [this] {
        Q_EMIT this->edited();
    };
    for (auto* edit : form->findChildren<QLineEdit*>()) {
        // Spin boxes and date edits have line edits inside; their own signals count.
        if (!ignored(edit) && !qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            connect(edit, &QLineEdit::textEdited, this, edited);
    }
    for (auto* combo : form->findChildren<QComboBox*>()) {
        if (!ignored(combo))
            connect(combo, &QComboBox::currentIndexChanged, this, edited);
    }
    for (auto* button : form->findChildren<QAbstractButton*>()) {
        if (!ignored(button) && button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, edited);
    }
    for (auto* spin : form->findChildren<QSpinBox*>()) {
        if (!ignored(spin))
            connect(spin, &QSpinBox::valueChanged, this, edited);
    }
    for (auto* date : form->findChildren<QDateEdit*>()) {
        if (!ignored(date))
            connect(date, &QDateEdit::dateChanged, this, edited);
    }
    for (auto* list : form->findChildren<QListWidget*>()) {
        if (!ignored(list))
            connect(list, &QListWidget::itemChanged, this, edited);
    }
}

} // namespace lp::ui
