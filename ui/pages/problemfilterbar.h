// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The filter bar above the problem ledger: search as you type (debounced), state or exact
// status, visiting unit, category, triage, deadline (overdue, due within 3 or 7 days) and the
// period found (all, this month, last month, this year, or two dates). An enterprise filter
// has no widget of its own: it arrives with setFilter() (from an enterprise or the dashboard)
// and shows as a button that clears it.
#pragma once

#include <QWidget>

#include "core/storage/ledgerfilters.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace lp::ui {

struct Session;

class ProblemFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit ProblemFilterBar(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemFilterBar)

    // The filter the widgets show; `today` is the session clock's.
    [[nodiscard]] storage::ProblemFilter filter() const;
    // Shows `filter` in the widgets without announcing it (the caller applies it).
    void setFilter(const storage::ProblemFilter& filter);
    void reloadChoices();
    void focusSearch();
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    enum class Period { All, ThisMonth, LastMonth, ThisYear, Custom };
    static void fill(QComboBox* combo, const QString& anyText,
                     const QList<std::pair<QString, QVariant>>& items);
    [[nodiscard]] std::pair<QDate, QDate> presetRange(Period period) const;
    void periodChosen();
    void showEnterprise(const QString& id);

    Session& m_session;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_triage = nullptr;
    QComboBox* m_due = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_enterprise = nullptr;
    QString m_enterpriseId;
    QTimer* m_debounce = nullptr;
};

} // namespace lp::ui
