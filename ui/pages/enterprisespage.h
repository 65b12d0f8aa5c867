// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The enterprises: a windowed list with its filter bar beside the detail form. Keyboard first:
// Ctrl+N new, Ctrl+S save, Ctrl+F search, Delete in the list moves the record to the recycle
// bin (undoable from the bar that appears).
#pragma once

#include "ui/pages/page.h"

class QLabel;
class QTableView;
class QWidget;

namespace lp::ui {

class EnterpriseFilterBar;
class EnterpriseForm;
class EnterpriseListModel;
struct Session;

class EnterprisesPage final : public Page {
    Q_OBJECT
public:
    explicit EnterprisesPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EnterprisesPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    void refresh() override;

    void newRecord();
    // Checks and saves the form; true when saved. Problems stay on the form with what was typed.
    bool save();
    void removeSelected();
    void undoRemove();
    void showRecycleBin();
    void importRoster();
    void printRoster();
    void printContactPointCard();

    [[nodiscard]] EnterpriseListModel& model() { return *m_model; }
    [[nodiscard]] EnterpriseForm& form() { return *m_form; }
    [[nodiscard]] QTableView& view() { return *m_view; }

private:
    void buildActions();
    void applyFilter();
    void showSelected();
    // True when the form holds no unsaved edits, or the user agrees to drop them.
    bool mayLeaveForm();
    void selectRecord(const QString& id);
    void showHistory(const QString& id);
    void updateCount(int total);

    Session& m_session;
    EnterpriseListModel* m_model = nullptr;
    EnterpriseFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    EnterpriseForm* m_form = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QString m_removedId;
    int m_removedVersion = 0;
};

} // namespace lp::ui
