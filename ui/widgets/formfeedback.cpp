// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/formfeedback.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

const char* const kIssueProperty = "fieldIssue";

// The frame of a marked editor; the rule matches nothing until the property is set.
QString issueStyleRule()
{
    return u"*[fieldIssue=\"true\"] { border: 1px solid #c62828; border-radius: 2px; }"_s;
}

bool layoutHolds(QLayout* layout, QWidget* editor)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget();
            widget && (widget == editor || widget->isAncestorOf(editor)))
            return true;
        if (layoutHolds(item->layout(), editor))
            return true;
    }
    return false;
}

int rowOf(QFormLayout* form, QWidget* editor)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            QLayoutItem* item = form->itemAt(row, role);
            if (!item)
                continue;
            if (QWidget* widget = item->widget();
                widget && (widget == editor || widget->isAncestorOf(editor)))
                return row;
            if (layoutHolds(item->layout(), editor))
                return row;
        }
    }
    return -1;
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

FormFeedback::FormFeedback(QObject* parent)
    : QObject(parent)
{}

QLabel* FormFeedback::addField(const QString& column, QWidget* editor)
{
    Q_ASSERT(editor && !find(column));
    auto* label = new QLabel(editor->parentWidget());
    label->setObjectName(column + u"Issue"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    if (!editor->styleSheet().contains(issueStyleRule()))
        editor->setStyleSheet(editor->styleSheet() + issueStyleRule());
    editor->setProperty(kIssueProperty, false);
    editor->installEventFilter(this);
    m_fields.append({column, editor, label, nullptr, editor->accessibleDescription(), {}});
    return label;
}

QLabel* FormFeedback::addField(const QString& column, QWidget* editor, QFormLayout* form)
{
    QLabel* label = addField(column, editor);
    const int row = rowOf(form, editor);
    Q_ASSERT(row >= 0);
    form->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
    form->setRowVisible(label, false);
    m_fields.last().form = form;
    return label;
}

void FormFeedback::setSummaryLabel(QLabel* label)
{
    m_summary = label;
    if (m_summary)
        m_summary->hide();
}

void FormFeedback::show(const services::FieldIssues& issues)
{
    for (Field& field : m_fields) {
        const services::FieldIssue* issue = services::issueFor(issues, field.column);
        mark(field, issue ? issue->error.message : QString());
    }
    updateSummary(issues);
}

void FormFeedback::showFor(const services::FieldIssues& issues, const QStringList& columns)
{
    for (const QString& column : columns) {
        if (Field* field = find(column)) {
            const services::FieldIssue* issue = services::issueFor(issues, column);
            mark(*field, issue ? issue->error.message : QString());
        }
    }
}

void FormFeedback::clear()
{
    show({});
}

bool FormFeedback::focusFirstIssue()
{
    for (const Field& field : std::as_const(m_fields)) {
        if (!field.message.isEmpty() && field.editor) {
            field.editor->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

bool FormFeedback::hasIssues() const
{
    return !markedColumns().isEmpty() || (m_summary && !m_summary->text().isEmpty());
}

QStringList FormFeedback::markedColumns() const
{
    QStringList columns;
    for (const Field& field : m_fields) {
        if (!field.message.isEmpty())
            columns.append(field.column);
    }
    return columns;
}

QString FormFeedback::message(const QString& column) const
{
    const Field* field = find(column);
    return field ? field->message : QString();
}

QLabel* FormFeedback::messageLabel(const QString& column) const
{
    const Field* field = find(column);
    return field ? field->label.data() : nullptr;
}

QWidget* FormFeedback::editor(const QString& column) const
{
    const Field* field = find(column);
    return field ? field->editor.data() : nullptr;
}

bool FormFeedback::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        for (const Field& field : std::as_const(m_fields)) {
            if (field.editor == watched) {
                Q_EMIT fieldLeft(field.column);
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void FormFeedback::mark(Field& field, const QString& message)
{
    field.message = message;
    const bool marked = !message.isEmpty();
    if (field.editor) {
        field.editor->setAccessibleDescription(marked ? message : field.description);
        if (field.editor->property(kIssueProperty).toBool() != marked) {
            field.editor->setProperty(kIssueProperty, marked);
            repolish(field.editor);
        }
    }
    if (!field.label)
        return;
    field.label->setText(message);
    if (field.form)
        field.form->setRowVisible(field.label, marked);
    else
        field.label->setVisible(marked);
}

void FormFeedback::updateSummary(const services::FieldIssues& issues)
{
    if (!m_summary)
        return;
    QStringList messages;
    for (const services::FieldIssue& issue : issues) {
        if (!find(issue.field))
            messages.append(issue.error.message);
    }
    m_summary->setText(messages.join(u'\n'));
    m_summary->setVisible(!messages.isEmpty());
}

FormFeedback::Field* FormFeedback::find(const QString& column)
{
    for (Field& field : m_fields) {
        if (field.column == column)
            return &field;
    }
    return nullptr;
}

const FormFeedback::Field* FormFeedback::find(const QString& column) const
{
    for (const Field& field : m_fields) {
        if (field.column == column)
            return &field;
    }
    return nullptr;
}

} // namespace lp::ui
