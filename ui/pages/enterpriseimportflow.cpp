// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/enterpriseimportflow.h"

#include <QFileInfo>

#include "core/imports/enterpriseimport.h"
#include "core/imports/importreport.h"
#include "core/services/changehub.h"
#include "core/storage/tables.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/taskrunner.h"

namespace lp::ui {

bool EnterpriseImportFlow::run()
{
    const QString path = m_session.prompts.chooseImportFile(m_parent);
    if (path.isEmpty())
        return false;
    const QString name = QFileInfo(path).fileName();
    auto plan = runTaskFor<imports::ImportPlan>(
        m_parent, tr("Reading %1…").arg(name), [&](TaskControl& control) {
            return imports::EnterpriseImport::prepare(m_session.database, path, {}, &control);
        });
    if (!plan) {
        if (plan.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(m_parent, tr("Import"), plan.error().message);
        return false;
    }
    QString reportPath;
    const auto problems = imports::EnterpriseImport::problems(*plan, {});
    if (!problems.isEmpty()) {
        auto report = imports::ImportReport::write(*plan, problems);
        if (report)
            reportPath = *report;
    }
    const auto options = m_session.prompts.reviewImport(m_parent, *plan, reportPath);
    if (!options)
        return false;
    const Actor actor = m_session.actor();
    auto outcome = runTaskFor<imports::ImportOutcome>(
        m_parent, tr("Importing %1…").arg(name), [&](TaskControl& control) {
            return imports::EnterpriseImport::commit(m_session.database, actor, *plan, *options,
                                                     &control);
        });
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            m_session.prompts.warn(m_parent, tr("Import"), outcome.error().message);
        return false;
    }
    if (!outcome->createdParks.isEmpty())
        m_session.changes.announce(storage::tables::parks().name);
    if (!outcome->createdPoints.isEmpty())
        m_session.changes.announce(storage::tables::contactPoints().name);
    m_session.changes.announce(storage::tables::enterprises().name);
    m_session.prompts.inform(m_parent, tr("Import"),
                             tr("%1 was imported: %2 new, %3 updated, %4 unchanged.")
                                 .arg(name)
                                 .arg(outcome->inserted)
                                 .arg(outcome->updated)
                                 .arg(outcome->unchanged));
    return true;
}

} // namespace lp::ui
