// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/creditcode.h"

using namespace Qt::StringLiterals;

namespace lp::domain {
namespace {

// GB 32100 character set in value order: 0–9 are 0–9, A is 10 … Y is 30.
const QString kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
constexpr int kWeights11714[8] = {3, 7, 9, 10, 5, 8, 4, 2};

// GB 11714 values digits 0–9 and every Latin letter A–Z as 10–35.
int value11714(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    return c.unicode() >= u'A' && c.unicode() <= u'Z' ? c.unicode() - u'A' + 10 : -1;
}

} // namespace

QString CreditCode::normalized(const QString& input)
{
    QString code;
    for (const QChar c : input) {
        if (!c.isSpace() && c != u'-')
            code.append(c.toUpper());
    }
    return code;
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    int sum = 0;
    int weight = 1; // 3^(i-1) mod 31
    for (const QChar c : first17) {
        sum += int(kAlphabet.indexOf(c)) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet.at((31 - sum % 31) % 31);
}

QChar CreditCode::organizationCheck(QStringView body8)
{
    int sum = 0;
    for (int i = 0; i < 8 && i < body8.size(); ++i)
        sum += value11714(body8[i]) * kWeights11714[i];
    const int check = 11 - sum % 11;
    return check == 10 ? u'X' : check == 11 ? u'0' : QChar(u'0' + check);
}

Result<void> CreditCode::validate(const QString& code)
{
    const QString field = tr("Unified social credit code");
    if (code.size() != kLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1: it has %2 characters; a code has 18.").arg(field).arg(code.size()));
    }
    for (int i = 0; i < kLength - 1; ++i) { // the check character is judged below
        if (!kAlphabet.contains(code[i])) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1: character %2 is \"%3\", which codes never use (only digits and "
                           "letters other than I, O, Z, S and V).")
                            .arg(field)
                            .arg(i + 1)
                            .arg(code[i]));
        }
        if (i >= 2 && i <= 7 && !code[i].isDigit()) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1: character %2 should be a digit (positions 3 to 8 are the "
                           "administrative division code), not \"%3\".")
                            .arg(field)
                            .arg(i + 1)
                            .arg(code[i]));
        }
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (code[17] != expected) {
        // A check character outside the alphabet is a typing error, never a pilot code.
        return fail(kAlphabet.contains(code[17]) ? ErrorCode::Conflict : ErrorCode::InvalidInput,
                    tr("%1: character 18 (the check character) should be %2, not %3. Check the "
                       "code against the business licence.")
                        .arg(field, expected, code[17]));
    }
    const QChar organization = organizationCheck(QStringView(code).mid(8, 8));
    if (code[16] != organization) {
        return fail(ErrorCode::Conflict,
                    tr("%1: character 17 (the check digit of the organisation code) should be "
                       "%2, not %3. Check the code against the business licence.")
                        .arg(field, organization, code[16]));
    }
    return {};
}

} // namespace lp::domain
