// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/visit.h"

using namespace Qt::StringLiterals;

namespace lp::domain {

QString visitReasonCode(VisitReason reason)
{
    switch (reason) {
    case VisitReason::Routine:
        return u"routine"_s;
    case VisitReason::Disputes:
        return u"disputes"_s;
    case VisitReason::Difficulty:
        return u"difficulty"_s;
    case VisitReason::Revisit:
        return u"revisit"_s;
    }
    return u"routine"_s;
}

QList<VisitReason> allVisitReasons()
{
    return {VisitReason::Routine, VisitReason::Disputes, VisitReason::Difficulty,
            VisitReason::Revisit};
}

std::optional<VisitReason> visitReasonFromCode(const QString& code)
{
    for (VisitReason reason : allVisitReasons()) {
        if (visitReasonCode(reason) == code)
            return reason;
    }
    return std::nullopt;
}

QString VisitReasonNames::displayName(VisitReason reason)
{
    switch (reason) {
    case VisitReason::Routine:
        return tr("Routine visit");
    case VisitReason::Disputes:
        return tr("Many disputes");
    case VisitReason::Difficulty:
        return tr("Operating difficulties");
    case VisitReason::Revisit:
        return tr("Return visit");
    }
    return {};
}

QString VisitReasonNames::chineseName(VisitReason reason)
{
    switch (reason) {
    case VisitReason::Routine:
        return u"常规走访"_s;
    case VisitReason::Disputes:
        return u"纠纷多"_s;
    case VisitReason::Difficulty:
        return u"经营困难"_s;
    case VisitReason::Revisit:
        return u"回访"_s;
    }
    return {};
}

} // namespace lp::domain
