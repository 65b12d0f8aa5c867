// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/recordpage.h"

#include <utility>

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/changehub.h"
#include "core/services/organisationchecks.h"
#include "core/services/recyclebin.h"
#include "core/storage/database.h"
#include "core/storage/tables.h"
#include "ui/dialogs/recyclebindialog.h"
#include "ui/models/recordfilterproxy.h"
#include "ui/models/recordtablemodel.h"
#include "ui/widgets/editwatcher.h"

using namespace Qt::StringLiterals;

namespace lp::ui {

RecordPage::RecordPage(Session& session, const storage::TableSpec& table, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_table(table)
{}

void RecordPage::setUp(QAbstractItemModel* model, QWidget* form, const QStringList& watchedTables)
{
    m_model = model;
    auto* layout = new QVBoxLayout(this);

    m_filterBar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filterBar->addWidget(m_filter, 1);
    layout->addLayout(m_filterBar);

    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 2, 2, 2);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(u"undoText"_s);
    auto* undo = new QPushButton(tr("&Undo"), m_undoBar);
    undo->setObjectName(u"undoButton"_s);
    auto* dismiss = new QPushButton(tr("Dismiss"), m_undoBar);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undo);
    undoLayout->addWidget(dismiss);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* listSide = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_view = new QTableView(listSide);
    m_view->setObjectName(u"recordList"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMaximumSectionSize(320);
    m_view->setAccessibleName(storage::tableDisplayName(m_table));
    listLayout->addWidget(m_view, 1);
    auto* listButtons = new QHBoxLayout;
    m_listButtons = listButtons;
    auto* add = new QPushButton(tr("&New"), listSide);
    add->setObjectName(u"newButton"_s);
    add->setToolTip(tr("New record (Ctrl+N)"));
    m_delete = new QPushButton(tr("&Delete"), listSide);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setToolTip(tr("Move the selected record to the recycle bin (Delete)"));
    auto* bin = new QPushButton(tr("Recycle &bin…"), listSide);
    bin->setObjectName(u"recycleBinButton"_s);
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    listButtons->addWidget(bin);
    listLayout->addLayout(listButtons);

    auto* formSide = new QWidget(splitter);
    auto* formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(formSide);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the list straight into the fields
    scroll->setWidget(form);
    formLayout->addWidget(scroll, 1);
    auto* summary = new QLabel(formSide);
    summary->setObjectName(u"formSummary"_s);
    summary->setWordWrap(true);
    summary->setStyleSheet(u"color: #c62828;"_s);
    m_feedback.setSummaryLabel(summary);
    formLayout->addWidget(summary);
    auto* saveRow = new QHBoxLayout;
    auto* saveButton = new QPushButton(tr("&Save"), formSide);
    saveButton->setObjectName(u"saveButton"_s);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    saveRow->addStretch();
    saveRow->addWidget(saveButton);
    formLayout->addLayout(saveRow);
    splitter->addWidget(listSide);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Window shortcuts fire only while the page is the visible one.
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
            &RecordPage::newRecord);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &RecordPage::save);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RecordPage::deleteSelected);

    connect(add, &QPushButton::clicked, this, &RecordPage::newRecord);
    connect(m_delete, &QPushButton::clicked, this, &RecordPage::deleteSelected);
    connect(bin, &QPushButton::clicked, this, &RecordPage::openRecycleBin);
    connect(saveButton, &QPushButton::clicked, this, &RecordPage::save);
    connect(undo, &QPushButton::clicked, this, &RecordPage::undoDelete);
    connect(dismiss, &QPushButton::clicked, this, &RecordPage::hideUndo);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPage::currentRowChanged);
    connect(&m_session.changes, &services::ChangeHub::recordsChanged, this,
            [this, watchedTables](const QString& table) {
                // A page never shown loads when it is: nothing to keep current yet.
                if (m_loaded && watchedTables.contains(table))
                    reloadQuietly();
            });

    setTabOrder(m_filter, m_view);
    connect(new EditWatcher(form, this), &EditWatcher::edited, this, [this] {
        if (!m_loading)
            m_dirty = true;
    });
    m_delete->setEnabled(false);
    // A read-only file can be looked at; the status bar says why it cannot be changed.
    m_writable = !m_session.database.isReadOnly();
    add->setEnabled(m_writable);
    bin->setEnabled(m_writable);
    saveButton->setEnabled(m_writable);
}

QComboBox* RecordPage::addGroupFilter(const QString& label, const QString& allText)
{
    auto* caption = new QLabel(label, this);
    m_group = new QComboBox(this);
    m_group->setObjectName(u"groupFilter"_s);
    m_group->addItem(allText);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption->setBuddy(m_group);
    m_filterBar->addWidget(caption);
    m_filterBar->addWidget(m_group);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toString()); });
    setTabOrder(m_filter, m_group);
    setTabOrder(m_group, m_view);
    return m_group;
}

void RecordPage::setDefaultSortColumn(int column)
{
    m_view->sortByColumn(column, Qt::AscendingOrder);
}

void RecordPage::refresh()
{
    reloadQuietly();
    // Once there are rows to measure; later the user's widths stay.
    if (!m_columnsFitted && m_proxy->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsFitted = true;
    }
}

void RecordPage::newRecord()
{
    if (m_dirty && !confirmDiscard())
        return;
    m_reverting = true; // no row to show
    m_view->selectionModel()->clearSelection();
    m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    m_reverting = false;
    m_currentId.clear();
    m_feedback.clear();
    showQuietly({});
    m_delete->setEnabled(false);
    if (QWidget* first = firstField())
        first->setFocus(Qt::ShortcutFocusReason);
}

void RecordPage::save()
{
    if (!m_writable)
        return;
    const std::optional<QString> saved = saveForm();
    if (!saved)
        return;
    m_dirty = false;
    hideUndo();
    m_feedback.clear();
    selectRecord(*saved);
}

void RecordPage::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_writable)
        return;
    const bool wasDirty = std::exchange(m_dirty, false); // the record goes either way
    if (!deleteWithUndo(m_table, current.data(roles::Id).toString(),
                        current.data(roles::Version).toInt(),
                        current.data(roles::Label).toString())) {
        m_dirty = wasDirty;
        return;
    }
    if (!m_view->currentIndex().isValid())
        newRecord();
    m_view->setFocus();
}

bool RecordPage::deleteWithUndo(const storage::TableSpec& table, const QString& id, int version,
                                const QString& label)
{
    services::RecycleBin bin(m_session.database, m_session.actor(), &m_session.changes);
    auto removed = bin.remove(table, id, version);
    if (!removed) {
        m_session.prompts.warn(this, tr("Not deleted"), removed.error().message);
        return false;
    }
    m_undoTable = &table;
    m_undoId = id;
    m_undoVersion = removed->version;
    m_undoText->setText(tr("“%1” was moved to the recycle bin.").arg(label));
    m_undoBar->show();
    return true;
}

void RecordPage::undoDelete()
{
    if (m_undoId.isEmpty() || !m_undoTable)
        return;
    services::RecycleBin bin(m_session.database, m_session.actor(), &m_session.changes);
    auto restored = bin.restore(*m_undoTable, m_undoId, m_undoVersion);
    if (!restored) {
        m_session.prompts.warn(this, tr("Not restored"), restored.error().message);
        return;
    }
    const QString id = m_undoId;
    const bool own = m_undoTable == &m_table;
    hideUndo();
    if (own) {
        selectRecord(id);
        m_view->setFocus();
    }
}

void RecordPage::openRecycleBin()
{
    if (RecycleBinDialog::run(m_session, m_table, this)) {
        hideUndo();
        reloadQuietly();
    }
}

bool RecordPage::selectRecord(const QString& id)
{
    const QModelIndex source = sourceIndexOf(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        if (m_group)
            m_group->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    currentRowChanged(); // the current row may not have changed, the record has
    return true;
}

void RecordPage::warnNotSaved(const Error& error)
{
    const QString message =
        error.code == ErrorCode::StaleVersion
            ? tr("%1\n\nWhat you typed is still in the form. Copy what you need, then select "
                 "the record again to see the saved version.")
                  .arg(error.message)
            : error.message;
    m_session.prompts.warn(this, tr("Not saved"), message);
}

void RecordPage::currentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_reverting || !current.isValid())
        return;
    const QString id = current.data(roles::Id).toString();
    if (m_dirty && id != m_currentId && !confirmDiscard()) {
        // Back to the record being edited, which keeps what was typed.
        m_reverting = true;
        const QModelIndex source = sourceIndexOf(m_currentId);
        const QModelIndex back = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
        if (back.isValid()) {
            m_view->selectionModel()->setCurrentIndex(back, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        } else {
            m_view->selectionModel()->clearSelection();
            m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        }
        m_reverting = false;
        return;
    }
    m_currentId = id;
    m_feedback.clear();
    showQuietly(m_currentId);
    m_delete->setEnabled(m_writable);
}

void RecordPage::showQuietly(const QString& id)
{
    m_loading = true;
    showRecord(id);
    m_loading = false;
    m_dirty = false;
}

void RecordPage::reloadQuietly()
{
    const bool loading = std::exchange(m_loading, true);
    reload();
    m_loading = loading;
    m_loaded = true;
}

bool RecordPage::confirmDiscard()
{
    return m_session.prompts.confirm(this, tr("Discard the changes?"),
                                     tr("What you changed in the form is not saved. Discard "
                                        "it?"));
}

void RecordPage::hideUndo()
{
    m_undoId.clear();
    m_undoBar->hide();
}

QModelIndex RecordPage::sourceIndexOf(const QString& id) const
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), roles::Id, id, 1, Qt::MatchExactly);
    return found.value(0);
}

bool RecordPage::fieldHasInput(const FormFeedback& feedback, const QString& column)
{
    QWidget* editor = feedback.editor(column);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return !line->text().isEmpty();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return !combo->currentData().toString().isEmpty();
    return editor != nullptr;
}

void RecordPage::addFormRow(QFormLayout* layout, const QString& column, QWidget* editor)
{
    editor->setObjectName(column);
    layout->addRow(tr("%1:").arg(services::OrganisationChecks::fieldLabel(column)), editor);
    m_feedback.addField(column, editor, layout);
}

QLineEdit* RecordPage::codeEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(u"code"_s);
    edit->setPlaceholderText(tr("lower-case letters, digits, - or _"));
    return edit;
}

QPushButton* RecordPage::addListButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, m_view->parentWidget());
    button->setObjectName(objectName);
    m_listButtons->insertWidget(2, button); // after New and Delete
    return button;
}

} // namespace lp::ui
