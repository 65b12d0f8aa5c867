// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/unit.h"

using namespace Qt::StringLiterals;

namespace lp::domain {

QString unitKindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Committee:
        return u"committee"_s;
    case UnitKind::Court:
        return u"court"_s;
    case UnitKind::Procuratorate:
        return u"procuratorate"_s;
    case UnitKind::Police:
        return u"police"_s;
    case UnitKind::Justice:
        return u"justice"_s;
    case UnitKind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

std::optional<UnitKind> unitKindFromCode(const QString& code)
{
    for (UnitKind kind : {UnitKind::Committee, UnitKind::Court, UnitKind::Procuratorate,
                          UnitKind::Police, UnitKind::Justice, UnitKind::Other}) {
        if (unitKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString UnitKindNames::displayName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Committee:
        return tr("Political-Legal Committee");
    case UnitKind::Court:
        return tr("Court");
    case UnitKind::Procuratorate:
        return tr("Procuratorate");
    case UnitKind::Police:
        return tr("Public-security sub-bureau");
    case UnitKind::Justice:
        return tr("Justice bureau");
    case UnitKind::Other:
        return tr("Other");
    }
    return tr("Other");
}

QList<Unit> defaultDistrictUnits()
{
    return {
        {{}, u"zfw"_s, u"区委政法委"_s, u"政法委"_s, UnitKind::Committee, 10, 0},
        {{}, u"fy"_s, u"区人民法院"_s, u"法院"_s, UnitKind::Court, 20, 0},
        {{}, u"jcy"_s, u"区人民检察院"_s, u"检察院"_s, UnitKind::Procuratorate, 30, 0},
        {{}, u"gaj"_s, u"公安分局"_s, u"公安"_s, UnitKind::Police, 40, 0},
        {{}, u"sfj"_s, u"区司法局"_s, u"司法局"_s, UnitKind::Justice, 50, 0},
    };
}

} // namespace lp::domain
