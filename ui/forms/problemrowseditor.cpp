// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/problemrowseditor.h"

#include <algorithm>

#include <QVBoxLayout>

#include "core/services/visitservice.h"
#include "core/storage/database.h"
#include "core/storage/problemlistsrepository.h"
#include "core/storage/unitrepository.h"
#include "ui/forms/problemblock.h"
#include "ui/session.h"
#include "ui/widgets/formfeedback.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

// "problem.3.description" → (3, "description"); (-1, {}) for a visit field.
std::pair<int, QString> splitField(const QString& field)
{
    const QStringList parts = field.split(u'.');
    if (parts.size() != 3 || parts[0] != u"problem"_s)
        return {-1, {}};
    bool ok = false;
    const int index = parts[1].toInt(&ok);
    return ok ? std::pair{index, parts[2]} : std::pair{-1, QString()};
}

} // namespace

ProblemRowsEditor::ProblemRowsEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    reloadChoices();
}

void ProblemRowsEditor::reloadChoices()
{
    m_categories.clear();
    auto categories = storage::ProblemListsRepository(m_session.database.connection()).categories();
    for (const auto& category : categories.value_or(QList<domain::ProblemCategory>())) {
        if (category.active)
            m_categories.append({category.id, category.name});
    }
    m_units.clear();
    auto units = storage::UnitRepository(m_session.database.connection()).listActive();
    for (const auto& unit : units.value_or(QList<domain::Unit>()))
        m_units.append({unit.id, unit.name});
    for (ProblemBlock* block : std::as_const(m_blocks))
        block->setPartnerChoices(partnerChoices());
}

QList<Choice> ProblemRowsEditor::partnerChoices() const
{
    QList<Choice> choices;
    for (const Choice& unit : m_units) {
        if (unit.id != m_unitId)
            choices.append(unit);
    }
    return choices;
}

void ProblemRowsEditor::setProblems(const QList<domain::Problem>& problems)
{
    for (ProblemBlock* block : std::as_const(m_blocks))
        delete block;
    m_blocks.clear();
    for (const auto& problem : problems)
        appendBlock(problem);
    renumber();
    Q_EMIT blocksChanged();
}

ProblemBlock* ProblemRowsEditor::appendBlock(const domain::Problem& problem)
{
    QList<Choice> categories = m_categories;
    if (!problem.categoryId.isEmpty() &&
        std::none_of(categories.cbegin(), categories.cend(),
                     [&](const Choice& c) { return c.id == problem.categoryId; })) {
        // A category retired since: still shown for the problems that have it.
        auto old = storage::ProblemListsRepository(m_session.database.connection())
                       .categoryById(problem.categoryId);
        if (old && old->has_value())
            categories.append({problem.categoryId, (*old)->name});
    }
    auto* block = new ProblemBlock(categories, this);
    block->setPartnerChoices(partnerChoices());
    block->setProblem(problem);
    m_layout->addWidget(block);
    block->show(); // at once: the layout would show it on the next event loop turn, and the
                   // keyboard cannot reach a hidden field
    m_blocks.append(block);
    connect(block, &ProblemBlock::removeRequested, this, [this, block] { removeBlock(block); });
    connect(block, &ProblemBlock::categoryChanged, this,
            [this, block] { updateDefaultDeadline(block); });
    connect(block, &ProblemBlock::edited, this, &ProblemRowsEditor::edited);
    updateDefaultDeadline(block);
    return block;
}

ProblemBlock* ProblemRowsEditor::addProblem()
{
    ProblemBlock* block = appendBlock({});
    renumber();
    Q_EMIT blocksChanged();
    // Tab order follows creation order, so a new block's fields come after the last block's.
    block->focusCategory();
    Q_EMIT edited();
    return block;
}

void ProblemRowsEditor::removeBlock(ProblemBlock* block)
{
    const int index = int(m_blocks.indexOf(block));
    if (index < 0 || !block->isNew())
        return;
    m_blocks.removeAt(index);
    block->deleteLater();
    block->hide();
    renumber();
    Q_EMIT blocksChanged();
    if (!m_blocks.isEmpty())
        m_blocks.value(std::min(index, int(m_blocks.size()) - 1))->focusCategory();
    Q_EMIT edited();
}

void ProblemRowsEditor::renumber()
{
    for (int i = 0; i < m_blocks.size(); ++i)
        m_blocks[i]->setTitleNumber(i + 1);
}

QList<ProblemBlock*> ProblemRowsEditor::editableBlocks() const
{
    QList<ProblemBlock*> blocks;
    for (ProblemBlock* block : m_blocks) {
        if (block->isEditable())
            blocks.append(block);
    }
    return blocks;
}

QList<domain::Problem> ProblemRowsEditor::problems() const
{
    QList<domain::Problem> problems;
    for (ProblemBlock* block : editableBlocks())
        problems.append(block->problem());
    return problems;
}

void ProblemRowsEditor::setVisit(const QDate& date, const QString& unitId)
{
    const bool unitChanged = unitId != m_unitId;
    m_date = date;
    m_unitId = unitId;
    for (ProblemBlock* block : std::as_const(m_blocks)) {
        if (unitChanged)
            block->setPartnerChoices(partnerChoices());
        updateDefaultDeadline(block);
    }
}

void ProblemRowsEditor::updateDefaultDeadline(ProblemBlock* block)
{
    const QString category = block->categoryId();
    if (category.isEmpty() || !m_date.isValid()) {
        block->setDefaultDeadline({});
        return;
    }
    services::VisitService service(m_session.database, m_session.actor());
    block->setDefaultDeadline(service.defaultDeadline(category, m_date).value_or(QDate()));
}

services::FieldIssues ProblemRowsEditor::ownIssues() const
{
    services::FieldIssues issues;
    const QList<ProblemBlock*> blocks = editableBlocks();
    for (int i = 0; i < blocks.size(); ++i) {
        if (const QString problem = blocks[i]->deadlineProblem(); !problem.isEmpty())
            issues.append({services::VisitService::problemField(i, u"deadline"_s),
                           Error{ErrorCode::InvalidInput, problem, {}}});
    }
    return issues;
}

void ProblemRowsEditor::showIssues(const services::FieldIssues& issues)
{
    const QList<ProblemBlock*> blocks = editableBlocks();
    QList<services::FieldIssues> perBlock(blocks.size());
    for (const services::FieldIssue& issue : issues) {
        const auto [index, column] = splitField(issue.field);
        if (index >= 0 && index < blocks.size())
            perBlock[index].append({column, issue.error});
    }
    for (int i = 0; i < blocks.size(); ++i)
        blocks[i]->feedback().show(perBlock[i]);
}

QString ProblemRowsEditor::message(const QString& field) const
{
    const auto [index, column] = splitField(field);
    const QList<ProblemBlock*> blocks = editableBlocks();
    if (index < 0 || index >= blocks.size())
        return {};
    return blocks[index]->feedback().message(column);
}

bool ProblemRowsEditor::focusFirstIssue()
{
    for (ProblemBlock* block : editableBlocks()) {
        if (block->feedback().focusFirstIssue())
            return true;
    }
    return false;
}

} // namespace lp::ui
