// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Inline validation for a form: each field's editor is registered with the record column it
// edits, and the issues a service's check() returns are shown beside their fields — a red
// message under the editor, the message as the editor's accessible description and a red frame
// (the dynamic property `fieldIssue` matched by a style sheet rule). FormFeedback never touches
// what the editors hold, so a refused form keeps everything that was typed.
//
// Message labels are children of the editor's parent widget; FormFeedback owns nothing else and
// must not outlive the editors it was given.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/services/fieldissue.h"

class QFormLayout;
class QLabel;
class QWidget;

namespace lp::ui {

class FormFeedback final : public QObject {
    Q_OBJECT
public:
    explicit FormFeedback(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FormFeedback)

    // Registers `editor` as the field of `column` and returns its message label, hidden, for the
    // caller to place (typically right under the editor).
    QLabel* addField(const QString& column, QWidget* editor);
    // As above for an editor that is already in a row of `form` (directly, or inside the row's
    // widget or layout): the message goes into a new row right beneath it, shown only with a
    // message.
    QLabel* addField(const QString& column, QWidget* editor, QFormLayout* form);
    // Issues whose column has no field are listed here (say, above the form's buttons).
    void setSummaryLabel(QLabel* label);

    // Marks each field with an issue and clears the others.
    void show(const services::FieldIssues& issues);
    // Marks or clears only the fields of `columns`, leaving the others as they are: a form that
    // re-checks when an editor loses focus updates that field and those already marked.
    void showFor(const services::FieldIssues& issues, const QStringList& columns);
    void clear();
    // Moves the keyboard focus to the first marked field in registration order; false if none.
    bool focusFirstIssue();

    [[nodiscard]] bool hasIssues() const;
    [[nodiscard]] QStringList markedColumns() const;
    // The message shown for `column`, empty when it has none.
    [[nodiscard]] QString message(const QString& column) const;
    [[nodiscard]] QLabel* messageLabel(const QString& column) const;
    [[nodiscard]] QWidget* editor(const QString& column) const;

Q_SIGNALS:
    // A registered editor lost the keyboard focus.
    void fieldLeft(const QString& column);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Field {
        QString column;
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
        QPointer<QFormLayout> form; // when the message has a row of its own
        QString description;        // the editor's own accessible description
        QString message;
    };

    void mark(Field& field, const QString& message);
    void updateSummary(const services::FieldIssues& issues);
    Field* find(const QString& column);
    const Field* find(const QString& column) const;

    QList<Field> m_fields;
    QPointer<QLabel> m_summary;
};

} // namespace lp::ui
