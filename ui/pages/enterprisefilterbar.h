// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The filter bar above the enterprise list: search as you type (debounced a little, so a fast
// typist does not query on every key) and choices of park, contact point, industry, scale,
// priority flag and liaison.
#pragma once

#include <QWidget>

#include "core/storage/enterprisequery.h"

class QComboBox;
class QLineEdit;
class QTimer;

namespace lp::ui {

struct Session;

class EnterpriseFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit EnterpriseFilterBar(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EnterpriseFilterBar)

    [[nodiscard]] storage::EnterpriseFilter filter() const;
    // "所属园区：…；规模：…" for the printed roster; empty when nothing is filtered.
    [[nodiscard]] QString description() const;
    void reloadChoices();
    void focusSearch();
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    static void fill(QComboBox* combo, const QString& anyText,
                     const QList<std::pair<QString, QVariant>>& items);

    Session& m_session;
    QLineEdit* m_search = nullptr;
    QComboBox* m_park = nullptr;
    QComboBox* m_point = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_scale = nullptr;
    QComboBox* m_flag = nullptr;
    QComboBox* m_liaison = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace lp::ui
