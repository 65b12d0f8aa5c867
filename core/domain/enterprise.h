// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lp::domain {

// Stored as the stable codes of enterpriseScaleCode(): 规上 / 规下 / 小微 / 个体.
enum class EnterpriseScale { AboveDesignated, BelowDesignated, Micro, Individual };

[[nodiscard]] QString enterpriseScaleCode(EnterpriseScale scale);
[[nodiscard]] std::optional<EnterpriseScale> enterpriseScaleFromCode(const QString& code);
[[nodiscard]] QList<EnterpriseScale> allEnterpriseScales();

class EnterpriseScaleNames final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseScaleNames)
public:
    static QString displayName(EnterpriseScale scale);
    // The Chinese name as printed and as rosters write it (规上, 规下, 小微, 个体).
    static QString chineseName(EnterpriseScale scale);
    // A roster's cell: the Chinese name, a longer Chinese form, the code or the English name.
    static std::optional<EnterpriseScale> parse(const QString& text);
};

// The flags that raise an enterprise's visit priority.
enum class EnterpriseFlag { Disputes = 1, Difficulty = 2, Key = 4 };

class EnterpriseFlagNames final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseFlagNames)
public:
    static QString displayName(EnterpriseFlag flag);
    static QList<EnterpriseFlag> all();
};

struct Enterprise {
    QString id;
    QString name;
    QString creditCode;
    QString creditCodeOverride; // why a non-conforming code was accepted; empty when it conforms
    QString legalRepresentative;
    QString contactName;
    QString contactPhone;
    QString address;
    QChar industry; // GB/T 4754 section letter, or null
    std::optional<EnterpriseScale> scale;
    QString parkId;
    QString contactPointId;
    QString liaisonOfficerId; // 包联干警
    QString liaisonJudgeId;   // 一企一法官 (a judge or prosecutor)
    bool disputes = false;    // 纠纷多
    bool difficulty = false;  // 经营困难
    bool key = false;         // 重点企业
    QString notes;
    int version = 0;
};

} // namespace lp::domain
