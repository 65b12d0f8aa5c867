// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The shape every organisation page shares: a filtered, sortable list beside a detail form.
// Ctrl+N starts a new record, Ctrl+S saves the form, Delete in the list moves the selected
// record to the recycle bin at once with an Undo on the page, Ctrl+F goes to the filter.
//
// The form shows one record, `currentId()` (empty: a new one). Selecting a row loads it;
// ChangeHub announcements reload the list without touching the form, so a form being edited
// keeps what was typed — a save over a version someone else changed is refused by the service
// and told through Prompts, and the form stays as it was. Leaving edits that are not saved
// (selecting another row, Ctrl+N) asks through Prompts first; refusing keeps them.
#pragma once

#include <optional>

#include <QStringList>

#include "core/services/organisationservice.h"
#include "ui/pages/page.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/widgets/formfeedback.h"

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace lp::storage {
struct TableSpec;
}

namespace lp::ui {

class RecordFilterProxy;

class RecordPage : public Page {
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(RecordPage)

    void refresh() override;
    void newRecord();
    void save();
    // Moves the record selected in the list to the recycle bin and offers Undo.
    void deleteSelected();
    void undoDelete();
    void openRecycleBin();

    // Selects the record in the list (clearing the filter if it hides it) and shows it.
    bool selectRecord(const QString& id);
    [[nodiscard]] QString currentId() const { return m_currentId; }
    [[nodiscard]] QTableView* listView() const { return m_view; }
    // Whether the form holds edits not saved yet. Leaving them (another row, Ctrl+N) asks first.
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }

protected:
    RecordPage(Session& session, const storage::TableSpec& table, QWidget* parent);

    // Builds the page around `model` (whose rows answer the roles of RecordTableModel) and
    // `form`; a change announced for any of `watchedTables` reloads the page.
    void setUp(QAbstractItemModel* model, QWidget* form, const QStringList& watchedTables);
    // A combo box in the filter bar that narrows the list to the rows whose roles::Group is its
    // current item's data; its first item, "all", has no data. The page fills in the rest.
    QComboBox* addGroupFilter(const QString& label, const QString& allText);
    // The column the list is sorted by until the user clicks another header.
    void setDefaultSortColumn(int column);
    [[nodiscard]] FormFeedback& feedback() { return m_feedback; }
    // Adds `editor` (named `column`) as a labelled row of `layout`, with its inline message
    // row beneath it.
    void addFormRow(QFormLayout* layout, const QString& column, QWidget* editor);
    // A button of the page's own beside New and Delete under the list.
    QPushButton* addListButton(const QString& text, const QString& objectName);
    // A line edit for a record's short code, hinting what a code may hold.
    [[nodiscard]] static QLineEdit* codeEdit(QWidget* parent);
    [[nodiscard]] Session& session() { return m_session; }

    // Re-reads the records and whatever the form offers to choose from.
    virtual void reload() = 0;
    // Fills the form with the record `id`, or empties it for a new record when `id` is empty.
    virtual void showRecord(const QString& id) = 0;
    // Checks and saves the form; the saved record's id, or nullopt when refused (the form and
    // its feedback then say why).
    virtual std::optional<QString> saveForm() = 0;
    // The editor that gets the focus for a new record.
    [[nodiscard]] virtual QWidget* firstField() const = 0;

    // Checks `record` (showing every issue in `feedback`) and saves it. Errors other than the
    // fields' go through Prompts; nullopt when nothing was written.
    template <typename Record>
    std::optional<Record> saveRecord(const Record& record, FormFeedback& feedback)
    {
        services::OrganisationService service(m_session.database, m_session.actor(),
                                              &m_session.changes);
        auto issues = service.check(record);
        if (!issues) {
            m_session.prompts.warn(this, tr("Not saved"), issues.error().message);
            return std::nullopt;
        }
        feedback.show(*issues);
        if (!issues->isEmpty()) {
            feedback.focusFirstIssue();
            return std::nullopt;
        }
        auto saved = service.save(record);
        if (!saved) {
            warnNotSaved(saved.error());
            return std::nullopt;
        }
        return *saved;
    }
    // Re-checks `record` after `column` lost the focus: that field and those already marked.
    template <typename Record>
    void recheck(const Record& record, FormFeedback& feedback, const QString& column)
    {
        services::OrganisationService service(m_session.database, m_session.actor());
        auto issues = service.check(record);
        if (!issues)
            return;
        QStringList columns = feedback.markedColumns();
        // A field the user has not filled in yet is not wrong yet: only what was typed is told.
        if (!feedback.message(column).isEmpty() || fieldHasInput(feedback, column))
            columns.append(column);
        feedback.showFor(*issues, columns);
    }
    void warnNotSaved(const Error& error);
    // Moves a record of `table` (the page's own or one its form lists, as a unit's sections)
    // to the recycle bin and offers Undo; false when refused (told through Prompts).
    bool deleteWithUndo(const storage::TableSpec& table, const QString& id, int version,
                        const QString& label);

private:
    void currentRowChanged();
    // showRecord() and reload() without counting their changes to the editors as edits.
    void showQuietly(const QString& id);
    void reloadQuietly();
    bool confirmDiscard();
    void hideUndo();
    [[nodiscard]] QModelIndex sourceIndexOf(const QString& id) const;
    static bool fieldHasInput(const FormFeedback& feedback, const QString& column);

    Session& m_session;
    const storage::TableSpec& m_table;
    FormFeedback m_feedback;
    QAbstractItemModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_filter = nullptr;
    QHBoxLayout* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_delete = nullptr;
    QHBoxLayout* m_listButtons = nullptr;
    QFrame* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QString m_currentId;
    const storage::TableSpec* m_undoTable = nullptr;
    QString m_undoId;
    int m_undoVersion = 0;
    bool m_columnsFitted = false;
    bool m_loaded = false; // reloaded at least once: the first refresh() loads the list
    bool m_writable = true;
    bool m_dirty = false;     // the user edited the form since it was filled
    bool m_loading = false;   // the page itself is filling the editors
    bool m_reverting = false; // moving the list's current row back, or clearing it
};

} // namespace lp::ui
