// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The organisation part of DemoNames: parks, contact points, sections and officer roles. The
// police stations, justice offices and the people's tribunal are named after the streets of
// the seed district.
#include <algorithm>

#include "core/demo/demonames.h"
#include "core/demo/demorandom.h"
#include "core/demo/demowords.h"

using namespace Qt::StringLiterals;

namespace lp::demo {
namespace {

struct KindRoles {
    QStringView unitKind;
    int leader, judge, prosecutor, police, mediator, staff; // weights, in roleCodes() order
};

constexpr KindRoles kRoles[] = {
    {u"committee", 20, 0, 0, 0, 0, 80},      {u"court", 10, 55, 0, 0, 0, 35},
    {u"procuratorate", 10, 0, 55, 0, 0, 35}, {u"police", 10, 0, 0, 70, 0, 20},
    {u"justice", 10, 0, 0, 0, 40, 50},
};

} // namespace

int DemoNames::parkCount()
{
    return int(words::parks().size());
}

QList<DemoPark> DemoNames::parks(int count)
{
    Q_ASSERT(count >= 0 && count <= parkCount());
    QList<DemoPark> result;
    for (const auto& row : words::parks().first(std::min<std::size_t>(count, parkCount()))) {
        DemoPark park;
        park.code = row.code.toString();
        park.name = row.name.toString();
        park.address = m_place.city % u"市" % m_place.district % row.road %
                       QString::number(row.number) % u"号";
        park.managingBody = m_place.district % row.name % row.bodySuffix;
        park.contactName = personName();
        park.contactPhone = m_random.chance(0.6) ? landline() : mobile();
        result.append(park);
    }
    return result;
}

QString DemoNames::contactPointName(const QString& hostShortName, const QString& unitKindCode,
                                    const QString& parkName)
{
    static constexpr QStringView kCommittee[] = {u"服务联系点", u"政法服务联系点"};
    static constexpr QStringView kCourt[] = {u"服务联系点", u"法官工作站"};
    static constexpr QStringView kProcuratorate[] = {u"检企联系点", u"服务联系点"};
    static constexpr QStringView kPolice[] = {u"警企联系点", u"警务服务站"};
    static constexpr QStringView kJustice[] = {u"法律服务联系点", u"公共法律服务工作站"};
    static constexpr QStringView kOther[] = {u"服务联系点"};
    std::span<const QStringView> suffixes = kOther;
    if (unitKindCode == u"committee")
        suffixes = kCommittee;
    else if (unitKindCode == u"court")
        suffixes = kCourt;
    else if (unitKindCode == u"procuratorate")
        suffixes = kProcuratorate;
    else if (unitKindCode == u"police")
        suffixes = kPolice;
    else if (unitKindCode == u"justice")
        suffixes = kJustice;
    const QString host = hostShortName.startsWith(m_place.district)
                             ? hostShortName
                             : m_place.district % hostShortName;
    return host % u"驻" % parkName % m_random.pick(suffixes);
}

QList<DemoSection> DemoNames::sections(const QString& unitKindCode)
{
    if (unitKindCode == u"committee") {
        return {{u"zhk"_s, u"综合科"_s},      {u"zfjd"_s, u"执法监督科"_s},
                {u"wwk"_s, u"维稳科"_s},      {u"pajs"_s, u"平安建设科"_s},
                {u"fzjs"_s, u"法治建设科"_s}, {u"dwjs"_s, u"队伍建设科"_s}};
    }
    if (unitKindCode == u"court") {
        return {{u"lat"_s, u"立案庭"_s},        {u"ms1"_s, u"民事审判一庭"_s},
                {u"ms2"_s, u"民事审判二庭"_s},  {u"sst"_s, u"商事审判庭"_s},
                {u"xst"_s, u"刑事审判庭"_s},    {u"zxj"_s, u"执行局"_s},
                {u"ssfw"_s, u"诉讼服务中心"_s}, {u"zbft"_s, u"丈八人民法庭"_s},
                {u"bgs"_s, u"综合办公室"_s}};
    }
    if (unitKindCode == u"procuratorate") {
        return {{u"jc1"_s, u"第一检察部"_s}, {u"jc2"_s, u"第二检察部"_s},
                {u"jc3"_s, u"第三检察部"_s}, {u"jc4"_s, u"第四检察部"_s},
                {u"jc5"_s, u"第五检察部"_s}, {u"kgss"_s, u"控告申诉检察部"_s},
                {u"agb"_s, u"案件管理部"_s}, {u"bgs"_s, u"综合办公室"_s}};
    }
    if (unitKindCode == u"police") {
        return {{u"zadd"_s, u"治安管理大队"_s},   {u"jzdd"_s, u"经济犯罪侦查大队"_s},
                {u"xzdd"_s, u"刑事侦查大队"_s},   {u"fzdd"_s, u"法制大队"_s},
                {u"zhzx"_s, u"指挥中心"_s},       {u"zbpcs"_s, u"丈八派出所"_s},
                {u"yhzpcs"_s, u"鱼化寨派出所"_s}, {u"xlpcs"_s, u"细柳派出所"_s}};
    }
    if (unitKindCode == u"justice") {
        return {{u"rmtj"_s, u"人民调解科"_s},     {u"ggfl"_s, u"公共法律服务科"_s},
                {u"sqjz"_s, u"社区矫正科"_s},     {u"pfzl"_s, u"普法与依法治理科"_s},
                {u"flyz"_s, u"法律援助中心"_s},   {u"zbsfs"_s, u"丈八司法所"_s},
                {u"yhzsfs"_s, u"鱼化寨司法所"_s}, {u"bgs"_s, u"办公室"_s}};
    }
    return {};
}

QStringList DemoNames::roleCodes()
{
    return {u"leader"_s, u"judge"_s, u"prosecutor"_s, u"police"_s, u"mediator"_s, u"staff"_s};
}

QString DemoNames::officerRole(const QString& unitKindCode)
{
    for (const auto& kind : kRoles) {
        if (kind.unitKind == unitKindCode) {
            const int weights[] = {kind.leader, kind.judge,    kind.prosecutor,
                                   kind.police, kind.mediator, kind.staff};
            return roleCodes().at(m_random.weightedIndex(weights));
        }
    }
    return u"staff"_s;
}

} // namespace lp::demo
