// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Picks one enterprise out of 10^4 by typing: each edit searches the roster (name, credit code,
// contact, address; the trigram index for words of three or more characters, a scan for
// shorter ones) and lists at most kMaxMatches under the line. Down and Up move through the
// matches without leaving the line, Enter picks, Escape closes the list; a click picks too.
// The pick shows the enterprise's name with its visit-priority flags (纠纷多, 经营困难). Typing
// again drops the pick until another is made. The list is part of the widget, not a popup
// window, so the line keeps the keyboard focus throughout.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace lp::storage {
class Database;
}

namespace lp::ui {

class EnterprisePicker final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxMatches = 20;

    explicit EnterprisePicker(storage::Database& database, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EnterprisePicker)

    [[nodiscard]] QString enterpriseId() const { return m_id; }
    // Shows the enterprise `id` as picked (empty: none), reading its name from the database.
    void setEnterpriseId(const QString& id);
    // The names of the matches listed now, best first.
    [[nodiscard]] QStringList matchNames() const;
    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    // A pick was made or dropped (by the user; setEnterpriseId() stays quiet).
    void enterpriseChanged(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void pickRow(int row);
    void showPicked(const QString& name, int flags);
    void moveCurrent(int step);

    storage::Database& m_database;
    QLineEdit* m_edit = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_picked = nullptr;
    QString m_id;
};

} // namespace lp::ui
