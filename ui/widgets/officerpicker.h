// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Chooses several officers: a check list with a filter line above it. Typing narrows the list
// (by name or code); Enter in the line checks or unchecks the first officer shown and clears
// the filter; Down moves into the list, where Space checks. Checked officers stay listed
// whatever the filter, so what is chosen is always in sight.
#pragma once

#include <QWidget>

#include "ui/widgets/choices.h"

class QLineEdit;
class QListWidget;

namespace lp::ui {

class OfficerPicker final : public QWidget {
    Q_OBJECT
public:
    explicit OfficerPicker(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfficerPicker)

    // Replaces the officers offered (id, "name (code)"), keeping the checked ones still offered.
    void setOfficers(const QList<Choice>& officers);
    void setCheckedIds(const QStringList& ids);
    [[nodiscard]] QStringList checkedIds() const;
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    void checkedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    [[nodiscard]] int firstShownRow() const;

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace lp::ui
