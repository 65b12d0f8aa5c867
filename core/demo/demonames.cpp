// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonames.h"

#include <vector>

#include "core/demo/demorandom.h"
#include "core/demo/demowords.h"
#include "core/domain/creditcode.h"

using namespace Qt::StringLiterals;

namespace lp::demo {
namespace {

using domain::CreditCode;

// GB 32100's characters: digits and Latin capitals without I, O, Z, S and V.
const QString kCodeAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
// Tries with a two-character trade name before the name gets a four-character one, and tries
// in all before a serial number makes it unique whatever the odds.
constexpr int kPlainAttempts = 6;
constexpr int kMaxAttempts = 200;

std::vector<int> weightsOf(std::span<const words::Weighted> table)
{
    std::vector<int> weights;
    weights.reserve(table.size());
    for (const auto& entry : table)
        weights.push_back(entry.weight);
    return weights;
}

const std::vector<int>& surnameWeights()
{
    static const std::vector<int> weights = weightsOf(words::surnames());
    return weights;
}

const std::vector<int>& mobileWeights()
{
    static const std::vector<int> weights = weightsOf(words::mobilePrefixes());
    return weights;
}

const std::vector<int>& industryWeights()
{
    static const std::vector<int> weights = [] {
        std::vector<int> result;
        for (const auto& industry : words::industries())
            result.push_back(industry.weight);
        return result;
    }();
    return weights;
}

// The table is in section order A–S; anything else (T, international organisations, which
// the demo never makes) is treated as L.
const words::Industry& industryOf(QChar section)
{
    const auto all = words::industries();
    const int index = section.unicode() - u'A';
    const auto& industry = index >= 0 && index < int(all.size()) ? all[index] : all[u'L' - u'A'];
    Q_ASSERT(industry.section == section.unicode() || industry.section == u'L');
    return industry;
}

QString digits(DemoRandom& random, int count)
{
    QString result(count, Qt::Uninitialized);
    for (QChar& c : result)
        c = QChar(u'0' + random.below(10));
    return result;
}

} // namespace

DemoPlace DemoPlace::xianHighTechZone()
{
    return {u"陕西"_s, u"西安"_s, u"高新区"_s, u"610131"_s, u"029"_s, u"MA6"_s};
}

DemoNames::DemoNames(DemoRandom& random, DemoPlace place)
    : m_random(random)
    , m_place(std::move(place))
    , m_districtShort(m_place.district)
{
    Q_ASSERT(m_place.divisionCode.size() == 6);
    Q_ASSERT(m_place.codePrefix.size() <= 8);
    if (m_districtShort.size() > 2 &&
        (m_districtShort.endsWith(u'区') || m_districtShort.endsWith(u'县')))
        m_districtShort.chop(1);
}

QString DemoNames::surname()
{
    return words::surnames()[m_random.weightedIndex(surnameWeights())].text.toString();
}

QString DemoNames::personName()
{
    QString name = surname();
    const bool female = m_random.chance(0.5);
    const bool oneCharacter = m_random.chance(0.2);
    const auto firsts = words::givenFirst(female);
    const auto seconds = words::givenSecond(female);
    for (;;) {
        const QStringView first = oneCharacter ? QStringView() : m_random.pick(firsts);
        const QStringView second = m_random.pick(seconds);
        // 王王 and 伟伟 read as nicknames or mistakes, 梓芬 as two generations: draw again.
        if (first == second || name.contains(second) ||
            (!first.isEmpty() &&
             (name.contains(first) || words::oddGivenName(first[0], second[0]))))
            continue;
        return name % first % second;
    }
}

QChar DemoNames::industrySection()
{
    return QChar(words::industries()[m_random.weightedIndex(industryWeights())].section);
}

bool DemoNames::individualBusiness(QChar industrySection)
{
    return m_random.chance(industryOf(industrySection).individualPercent / 100.0);
}

QString DemoNames::tradeName(bool fourCharacters)
{
    QString trade;
    if (m_random.chance(0.08)) {
        trade = m_random.pick(words::tradeLocal()).toString();
    } else {
        do {
            const QStringView first = m_random.pick(words::tradeFirst());
            const QStringView second = m_random.pick(words::tradeSecond());
            trade = first % second;
        } while (trade.at(0) == trade.at(1) || words::unsuitableTrade(trade));
    }
    if (fourCharacters) {
        QStringView suffix;
        do
            suffix = m_random.pick(words::tradeSuffix());
        while (suffix == trade);
        trade += suffix;
    }
    return trade;
}

QString DemoNames::companyName(QChar section, int attempt)
{
    const auto& industry = industryOf(section);
    const QString trade = tradeName(attempt >= kPlainAttempts || m_random.chance(0.12));
    const QStringView word = m_random.pick(industry.companyWords);
    enum Form { Limited, LimitedLiability, JointStock, Branch };
    static constexpr int kFormWeights[] = {60, 28, 6, 6};
    const int form = m_random.weightedIndex(kFormWeights);
    if (form == JointStock) {
        const QString& region = m_random.chance(0.6) ? m_place.province : m_place.city;
        return region % trade % word % u"股份有限公司";
    }
    // 西安…, 陕西…, 西安市高新区…, …（西安）…, 西安高新区…; a branch's parent is not of the
    // district.
    static constexpr int kPrefixWeights[] = {35, 25, 15, 15, 10};
    static constexpr int kBranchPrefixWeights[] = {35, 25, 0, 15, 0};
    QString name;
    switch (m_random.weightedIndex(form == Branch ? kBranchPrefixWeights : kPrefixWeights)) {
    case 0:
        name = m_place.city % trade % word;
        break;
    case 1:
        name = m_place.province % trade % word;
        break;
    case 2:
        name = m_place.city % u"市" % m_place.district % trade % word;
        break;
    case 3:
        name = trade % u"（" % m_place.city % u"）" % word;
        break;
    default:
        name = m_place.city % m_place.district % trade % word;
        break;
    }
    name += form == LimitedLiability ? QStringView(u"有限责任公司") : QStringView(u"有限公司");
    if (form == Branch)
        name += m_districtShort % u"分公司";
    return name;
}

QString DemoNames::shopName(QChar section, int attempt)
{
    const auto& industry = industryOf(section);
    const QStringView word =
        industry.shopWords.empty() ? QStringView(u"经营部") : m_random.pick(industry.shopWords);
    // 张记面馆 and 老王烟酒店 are for eateries, shops and repairers.
    const bool everyday = section == u'F' || section == u'H' || section == u'O';
    static constexpr int kEverydayShapes[] = {25, 15, 40, 20};
    static constexpr int kOtherShapes[] = {0, 0, 60, 40};
    const int shape = attempt >= kPlainAttempts
                          ? 3
                          : m_random.weightedIndex(everyday ? kEverydayShapes : kOtherShapes);
    if (shape <= 1) {
        const QString family = surname();
        if (family.size() == 1)
            return shape == 0 ? QString(family % u"记" % word) : QString(u"老" % family % word);
    }
    if (shape == 2)
        return tradeName(false) % word;
    return m_place.district % tradeName(attempt >= 3 * kPlainAttempts) % word;
}

QString DemoNames::enterpriseName(QChar industrySection, bool individualBusiness)
{
    for (int attempt = 0;; ++attempt) {
        QString name = individualBusiness ? shopName(industrySection, attempt)
                                          : companyName(industrySection, attempt);
        if (attempt >= kMaxAttempts)
            name += u"（" % QString::number(attempt) % u"）";
        if (!m_enterpriseNames.contains(name)) {
            m_enterpriseNames.insert(name);
            return name;
        }
    }
}

QString DemoNames::creditCode(bool individualBusiness)
{
    for (;;) {
        QString code;
        code.reserve(CreditCode::kLength);
        code += u'9'; // registered by the market regulator (工商)
        code += individualBusiness ? u'2' : u'1';
        code += m_place.divisionCode;
        // Organisation codes since 2015 begin with the province's prefix; older ones are digits.
        if (m_random.chance(individualBusiness ? 0.9 : 0.75)) {
            code += m_place.codePrefix;
            while (code.size() < 16)
                code += kCodeAlphabet[m_random.below(int(kCodeAlphabet.size()))];
        } else {
            code += digits(m_random, 8);
        }
        code += CreditCode::organizationCheck(QStringView(code).mid(8, 8));
        code += CreditCode::checkCharacter(code);
        if (!m_creditCodes.contains(code)) {
            m_creditCodes.insert(code);
            return code;
        }
    }
}

QString DemoNames::mobile()
{
    const auto prefix = words::mobilePrefixes()[m_random.weightedIndex(mobileWeights())].text;
    return prefix % digits(m_random, 8);
}

QString DemoNames::landline()
{
    // Three-digit area codes are the big cities, with eight-digit local numbers.
    const int localLength = m_place.areaCode.size() == 3 ? 8 : 7;
    const QChar lead = m_random.chance(0.8) ? u'8' : u'6';
    return m_place.areaCode % u'-' % lead % digits(m_random, localLength - 1);
}

QString DemoNames::address(AddressKind kind)
{
    QString result = m_place.city % u"市" % m_place.district;
    const QStringView road = m_random.pick(words::roads());
    const QString number = QString::number(m_random.between(1, 399)) % u"号";
    switch (kind) {
    case AddressKind::Office:
        result += road % number;
        if (m_random.chance(0.7)) {
            result += m_random.pick(words::officeBuildings());
            if (m_random.chance(0.6))
                result += QChar(u'A' + m_random.below(4)) % u"座";
            else
                result += QString::number(m_random.between(1, 12)) % u"号楼";
        }
        result += QString::number(m_random.between(1, 28) * 100 + m_random.between(1, 20)) % u"室";
        break;
    case AddressKind::Shop:
        result += road % number;
        if (m_random.chance(0.3))
            result += u"1层";
        else if (m_random.chance(0.4))
            result += m_random.pick(words::residentialCompounds()) %
                      QString::number(m_random.between(1, 20)) % u"号楼底商";
        break;
    case AddressKind::Plant:
        if (m_random.chance(0.25)) {
            static constexpr QStringView kCorners[] = {u"东南角", u"西南角", u"东北角", u"西北角"};
            QStringView other;
            do
                other = m_random.pick(words::roads());
            while (other == road);
            result += road % u"与" % other % u"十字" % m_random.pick(kCorners);
        } else {
            result += road % number;
            if (m_random.chance(0.5))
                result += QString::number(m_random.between(1, 12)) % u"号厂房";
        }
        break;
    }
    return result;
}

DemoEnterprise DemoNames::enterprise()
{
    DemoEnterprise e;
    e.industrySection = industrySection();
    e.individualBusiness = individualBusiness(e.industrySection);
    e.name = enterpriseName(e.industrySection, e.individualBusiness);
    e.creditCode = creditCode(e.individualBusiness);
    e.legalRepresentative = personName();
    e.contactName =
        e.individualBusiness || m_random.chance(0.3) ? e.legalRepresentative : personName();
    e.mobile = mobile();
    if (m_random.chance(e.individualBusiness ? 0.15 : 0.6))
        e.landline = landline();
    const bool plant = industryOf(e.industrySection).plants && m_random.chance(0.6);
    e.address = address(e.individualBusiness ? AddressKind::Shop
                        : plant              ? AddressKind::Plant
                                             : AddressKind::Office);
    return e;
}

} // namespace lp::demo
