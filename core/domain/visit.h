// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A visit to an enterprise (走访) by officers of one unit, and the configurable lists problems
// found on visits are sorted and sent by: problem categories and district departments.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lp::domain {

// Why the enterprise was chosen; stored as the codes of visitReasonCode().
enum class VisitReason { Routine, Disputes, Difficulty, Revisit };

[[nodiscard]] QString visitReasonCode(VisitReason reason);
[[nodiscard]] std::optional<VisitReason> visitReasonFromCode(const QString& code);
[[nodiscard]] QList<VisitReason> allVisitReasons();

class VisitReasonNames final {
    Q_DECLARE_TR_FUNCTIONS(VisitReasonNames)
public:
    static QString displayName(VisitReason reason);
    static QString chineseName(VisitReason reason); // as printed: 常规走访, 纠纷多, 经营困难, 回访
};

struct Visit {
    QString id;
    QDate date;
    QString unitId;
    QStringList officerIds; // at least one, of the visiting unit or not
    QString enterpriseId;
    VisitReason reason = VisitReason::Routine;
    QString metName; // the person met
    QString metRole; // and their role
    QString content; // 走访内容
    int version = 0;
};

struct ProblemCategory {
    QString id;
    QString code;
    QString name;
    int deadlineDays = 30; // the default time limit of a problem of this category
    int sortOrder = 0;
    bool active = true;
    int version = 0;
};

// A district department (区直部门) a problem outside the political-legal remit is transferred to.
struct Department {
    QString id;
    QString code;
    QString name;
    int sortOrder = 0;
    bool active = true;
    int version = 0;
};

} // namespace lp::domain
