// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The filter row of the visits page: search as you type (content, person met, enterprise name),
// the visiting unit (at first the current officer's), and the month (at first this one). A filter
// given from elsewhere (the dashboard: one enterprise, one officer, an arbitrary period) is kept on
// top of the row and named beside it until cleared.
#pragma once

#include <QWidget>

#include "core/storage/ledgerfilters.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lp::ui {

struct Session;

class VisitFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit VisitFilterBar(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VisitFilterBar)

    void reloadChoices();
    [[nodiscard]] storage::VisitFilter filter() const;
    // Shows `filter`: its unit and search in the row, a whole month as the month, anything else
    // (enterprise, officer, another period) as the extra filter. Emits filterChanged.
    void setFilter(const storage::VisitFilter& filter);
    [[nodiscard]] QString unitId() const;
    // Any day of the month chosen, or an invalid date when no month is.
    [[nodiscard]] QDate month() const;
    void focusSearch();

Q_SIGNALS:
    void filterChanged();

private:
    void clearExtra();
    void updateExtraLabel();

    Session& m_session;
    QLineEdit* m_search = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_byMonth = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_extraLabel = nullptr;
    QPushButton* m_clearExtra = nullptr;
    QTimer* m_debounce = nullptr;
    storage::VisitFilter m_extra; // enterprise, officer, period not shown by the widgets
};

} // namespace lp::ui
