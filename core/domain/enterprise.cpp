// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/enterprise.h"

using namespace Qt::StringLiterals;

namespace lp::domain {

QString enterpriseScaleCode(EnterpriseScale scale)
{
    switch (scale) {
    case EnterpriseScale::AboveDesignated:
        return u"above"_s;
    case EnterpriseScale::BelowDesignated:
        return u"below"_s;
    case EnterpriseScale::Micro:
        return u"micro"_s;
    case EnterpriseScale::Individual:
        return u"individual"_s;
    }
    return {};
}

QList<EnterpriseScale> allEnterpriseScales()
{
    return {EnterpriseScale::AboveDesignated, EnterpriseScale::BelowDesignated,
            EnterpriseScale::Micro, EnterpriseScale::Individual};
}

std::optional<EnterpriseScale> enterpriseScaleFromCode(const QString& code)
{
    for (EnterpriseScale scale : allEnterpriseScales()) {
        if (enterpriseScaleCode(scale) == code)
            return scale;
    }
    return std::nullopt;
}

QString EnterpriseScaleNames::displayName(EnterpriseScale scale)
{
    switch (scale) {
    case EnterpriseScale::AboveDesignated:
        return tr("Above designated size");
    case EnterpriseScale::BelowDesignated:
        return tr("Below designated size");
    case EnterpriseScale::Micro:
        return tr("Small or micro");
    case EnterpriseScale::Individual:
        return tr("Individual business");
    }
    return {};
}

QString EnterpriseScaleNames::chineseName(EnterpriseScale scale)
{
    switch (scale) {
    case EnterpriseScale::AboveDesignated:
        return u"规上"_s;
    case EnterpriseScale::BelowDesignated:
        return u"规下"_s;
    case EnterpriseScale::Micro:
        return u"小微"_s;
    case EnterpriseScale::Individual:
        return u"个体"_s;
    }
    return {};
}

std::optional<EnterpriseScale> EnterpriseScaleNames::parse(const QString& text)
{
    const QString value = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QList<std::pair<QString, EnterpriseScale>> longForms{
        {u"规模以上"_s, EnterpriseScale::AboveDesignated},
        {u"规上企业"_s, EnterpriseScale::AboveDesignated},
        {u"规模以下"_s, EnterpriseScale::BelowDesignated},
        {u"规下企业"_s, EnterpriseScale::BelowDesignated},
        {u"小微企业"_s, EnterpriseScale::Micro},
        {u"小型"_s, EnterpriseScale::Micro},
        {u"微型"_s, EnterpriseScale::Micro},
        {u"个体工商户"_s, EnterpriseScale::Individual},
        {u"个体户"_s, EnterpriseScale::Individual}};
    for (EnterpriseScale scale : allEnterpriseScales()) {
        if (value == chineseName(scale) || value == enterpriseScaleCode(scale) ||
            value.compare(displayName(scale), Qt::CaseInsensitive) == 0)
            return scale;
    }
    for (const auto& [form, scale] : longForms) {
        if (value == form)
            return scale;
    }
    return std::nullopt;
}

QString EnterpriseFlagNames::displayName(EnterpriseFlag flag)
{
    switch (flag) {
    case EnterpriseFlag::Disputes:
        return tr("Many disputes");
    case EnterpriseFlag::Difficulty:
        return tr("Business difficulties");
    case EnterpriseFlag::Key:
        return tr("Key enterprise");
    }
    return {};
}

QList<EnterpriseFlag> EnterpriseFlagNames::all()
{
    return {EnterpriseFlag::Disputes, EnterpriseFlag::Difficulty, EnterpriseFlag::Key};
}

} // namespace lp::domain
