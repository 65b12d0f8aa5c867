// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The problems of the visit form, one ProblemBlock each. The draft's problems are the editable
// blocks in order (a problem being handled is shown, not sent back), so VisitService's
// "problem.N.column" issues are routed to the N-th editable block, which shows them under its
// fields. Deadlines left empty show the category's default for the visit's day as placeholder.
#pragma once

#include <QDate>
#include <QWidget>

#include "core/domain/problem.h"
#include "core/services/fieldissue.h"
#include "ui/widgets/choices.h"

class QVBoxLayout;

namespace lp::ui {

class ProblemBlock;
struct Session;

class ProblemRowsEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ProblemRowsEditor(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemRowsEditor)

    // Categories and units to choose from, read again.
    void reloadChoices();
    void setProblems(const QList<domain::Problem>& problems);
    // A new, empty block at the end, its category focused.
    ProblemBlock* addProblem();
    // The problems to save: the editable blocks, in order.
    [[nodiscard]] QList<domain::Problem> problems() const;
    [[nodiscard]] int blockCount() const { return int(m_blocks.size()); }
    [[nodiscard]] ProblemBlock* block(int index) const { return m_blocks.value(index); }
    // The visit's day and unit: default deadlines and the units to coordinate with follow them.
    void setVisit(const QDate& date, const QString& unitId);

    // Issues the form itself finds (deadlines that are not dates), keyed as VisitService keys.
    [[nodiscard]] services::FieldIssues ownIssues() const;
    // Shows the "problem.N.column" issues of `issues`, clearing the others.
    void showIssues(const services::FieldIssues& issues);
    // The message shown for "problem.N.column", empty when none.
    [[nodiscard]] QString message(const QString& field) const;
    bool focusFirstIssue();

Q_SIGNALS:
    void edited();
    // Blocks were added or removed: the form puts them in its keyboard order.
    void blocksChanged();

private:
    ProblemBlock* appendBlock(const domain::Problem& problem);
    void removeBlock(ProblemBlock* block);
    void renumber();
    void updateDefaultDeadline(ProblemBlock* block);
    [[nodiscard]] QList<ProblemBlock*> editableBlocks() const;
    [[nodiscard]] QList<Choice> partnerChoices() const;

    Session& m_session;
    QVBoxLayout* m_layout = nullptr;
    QList<ProblemBlock*> m_blocks;
    QList<Choice> m_categories;
    QList<Choice> m_units;
    QDate m_date;
    QString m_unitId;
};

} // namespace lp::ui
