// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The names the visit reports print, read once and looked up in memory: a list of 40,000
// problems names the same few units, sections, officers and categories over and over. Enum
// values (triage, status, reason) print in Chinese by design, as the domain's chineseName()
// gives them; dates in the official documents are written the Chinese way (2026年3月5日).
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include "core/domain/problem.h"
#include "core/domain/unit.h"
#include "core/result.h"

namespace lp::reports {

class VisitNames final {
    Q_DECLARE_TR_FUNCTIONS(VisitNames)
public:
    static Result<VisitNames> load(const QSqlDatabase& connection);

    [[nodiscard]] const QList<domain::Unit>& units() const { return m_units; } // in sort order
    [[nodiscard]] QString unit(const QString& id) const;
    [[nodiscard]] QString unitShortName(const QString& id) const; // the name when it has none
    [[nodiscard]] QString section(const QString& id) const { return m_sections.value(id); }
    [[nodiscard]] QString officer(const QString& id) const { return m_officers.value(id); }
    [[nodiscard]] QString category(const QString& id) const { return m_categories.value(id); }
    [[nodiscard]] QString department(const QString& id) const { return m_departments.value(id); }
    // The officers' names joined with 、, in the given order.
    [[nodiscard]] QString officers(const QStringList& ids) const;
    // Who answers for the problem: unit, section and officer, those that are set.
    [[nodiscard]] QString responsible(const domain::Problem& problem) const;
    // The triage, with the partner units of a cross-unit problem: 跨单位协调（区人民检察院）.
    [[nodiscard]] QString triage(const domain::Problem& problem) const;

private:
    QList<domain::Unit> m_units;
    QHash<QString, qsizetype> m_unitIndex;
    QHash<QString, QString> m_sections;
    QHash<QString, QString> m_officers;
    QHash<QString, QString> m_categories;
    QHash<QString, QString> m_departments;
};

// A date and a month as official documents print them: 2026年3月5日, 2026年3月.
[[nodiscard]] QString printedDate(const QDate& date);
[[nodiscard]] QString printedMonth(const QDate& date);

} // namespace lp::reports
