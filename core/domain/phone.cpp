// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/phone.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lp::domain {

QString Phone::normalized(const QString& input)
{
    QString phone;
    for (QChar c : input.normalized(QString::NormalizationForm_KC)) {
        if (c == u'－' || c == u'—' || c == u'–')
            c = u'-';
        if (!c.isSpace())
            phone.append(c);
    }
    return phone;
}

Result<void> Phone::validate(const QString& phone, const QString& fieldLabel)
{
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?$"_s);
    static const QRegularExpression service(u"^[48]00-?\\d{3}-?\\d{4}$"_s);
    if (mobile.match(phone).hasMatch() || landline.match(phone).hasMatch() ||
        service.match(phone).hasMatch())
        return {};
    return fail(ErrorCode::InvalidInput,
                tr("%1: \"%2\" is neither a mobile number (11 digits starting with 1) nor a "
                   "landline with its area code (for example 0917-3456789).")
                    .arg(fieldLabel, phone));
}

} // namespace lp::domain
