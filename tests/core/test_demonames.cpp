// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QHash>
#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>

#include "core/demo/demonames.h"
#include "core/demo/demorandom.h"
#include "core/demo/demowords.h"
#include "core/domain/codes.h"
#include "core/domain/creditcode.h"
#include "core/domain/phone.h"

using namespace Qt::StringLiterals;
using lp::demo::AddressKind;
using lp::demo::DemoNames;
using lp::demo::DemoPlace;
using lp::demo::DemoRandom;
using lp::domain::Codes;
using lp::domain::CreditCode;
using lp::domain::Phone;

namespace {

// One line per record, everything the generator made for it.
QStringList records(quint64 seed, int count)
{
    DemoRandom random(seed);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        const auto e = names.enterprise();
        lines.append(QStringList{e.name, e.creditCode, QString(e.industrySection),
                                 e.individualBusiness ? u"个体"_s : u"企业"_s,
                                 e.legalRepresentative, e.contactName, e.mobile, e.landline,
                                 e.address, names.personName(), names.officerRole(u"court"_s)}
                         .join(u'|'));
    }
    return lines;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

} // namespace

TEST_CASE("DemoNames: the same seed gives the same first 200 records, another seed others")
{
    const QStringList first = records(2026, 200);
    CHECK(records(2026, 200) == first);
    const QStringList other = records(2027, 200);
    int same = 0;
    for (int i = 0; i < 200; ++i)
        same += first[i] == other[i] ? 1 : 0;
    CHECK(same == 0);
}

TEST_CASE("DemoNames: seed 1 gives the same records on every machine")
{
    // Pinned: a change here means every demo file changes, which must be on purpose.
    const QStringList lines = records(1, 3);
    REQUIRE(lines.size() == 3);
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines[0] ==
          u"西安市高新区终南运输有限公司|91610131MA6FQ7KT7R|G|企业|李小妍|李小妍|18878774970||"
          "西安市高新区团结南路1号高科广场C座1210室|黄君轩|staff"_s);
    CHECK(lines[1] ==
          u"西安光航保安服务有限公司|91610131MA656NWX1L|L|企业|杨月|黎兵|13622459937|029-80775200|"
          "西安市高新区锦业二路192号国际中心3号楼304室|张雨娇|staff"_s);
    CHECK(lines[2] ==
          u"西安光鑫智联酒店有限公司|91610131MA66DCH21T|H|企业|蔡婉琴|蔡婉琴|13523056717|029-"
          "86145560|西安市高新区天谷六路70号嘉会广场8号楼2509室|邓文鹏|judge"_s);
}

TEST_CASE("DemoNames: 10,000 enterprises have unique names and unique valid credit codes of "
          "the district, and valid phones")
{
    DemoRandom random(20260101);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    QSet<QString> seenNames;
    QSet<QString> seenCodes;
    QStringList problems;
    int individuals = 0;
    int landlines = 0;
    for (int i = 0; i < 10000; ++i) {
        const auto e = names.enterprise();
        seenNames.insert(e.name);
        seenCodes.insert(e.creditCode);
        individuals += e.individualBusiness ? 1 : 0;
        if (const auto valid = CreditCode::validate(e.creditCode); !valid)
            problems.append(e.creditCode % u": " % valid.error().message);
        if (!e.creditCode.startsWith(e.individualBusiness ? u"92610131" : u"91610131"))
            problems.append(e.creditCode % u": not 91/92 and 610131");
        if (const auto valid = Phone::validate(e.mobile, u"mobile"_s); !valid)
            problems.append(valid.error().message);
        if (!e.landline.isEmpty()) {
            ++landlines;
            if (const auto valid = Phone::validate(e.landline, u"landline"_s); !valid)
                problems.append(valid.error().message);
        }
    }
    INFO(problems.mid(0, 10).join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(seenNames.size() == 10000);
    CHECK(seenCodes.size() == 10000);
    CHECK(individuals > 1000); // about 2,000 in a high-tech district's roster
    CHECK(individuals < 3500);
    CHECK(landlines > 3000);
}

TEST_CASE("DemoNames: names stay unique when an industry has few words")
{
    // G has two shop words and B four company words: the retries and the four-character trade
    // names have to do the work.
    DemoRandom random(3);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    QSet<QString> seen;
    for (int i = 0; i < 3000; ++i)
        seen.insert(names.enterpriseName(u'G', true));
    for (int i = 0; i < 20000; ++i)
        seen.insert(names.enterpriseName(u'B'));
    CHECK(seen.size() == 23000);
}

TEST_CASE("DemoNames: company names carry their industry and a legal form, shop names neither")
{
    DemoRandom random(5);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    const QStringList forms{u"有限公司"_s, u"有限责任公司"_s, u"股份有限公司"_s, u"分公司"_s};
    for (const auto& industry : lp::demo::words::industries()) {
        const QChar section(industry.section);
        INFO("section " << QString(section).toStdString());
        for (int i = 0; i < 50; ++i) {
            const QString name = names.enterpriseName(section);
            INFO(name.toStdString());
            CHECK(std::any_of(forms.begin(), forms.end(),
                              [&](const QString& form) { return name.endsWith(form); }));
            CHECK(std::any_of(industry.companyWords.begin(), industry.companyWords.end(),
                              [&](QStringView word) { return name.contains(word); }));
            CHECK(std::all_of(name.begin(), name.end(),
                              [](QChar c) { return isCjk(c) || c == u'（' || c == u'）'; }));
        }
    }
    // Finance may not be run by individual businesses: the generic name is all there is.
    CHECK(names.enterpriseName(u'J', true).endsWith(u"经营部"));
    for (int i = 0; i < 200; ++i) {
        const QString shop = names.enterpriseName(u'H', true);
        INFO(shop.toStdString());
        CHECK_FALSE(shop.contains(u"公司"));
        CHECK(shop.size() <= 12);
    }
}

TEST_CASE("DemoNames: trade names avoid words that need approval and well-known marks")
{
    DemoRandom random(6);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    // Not 联通: 同联 + 通信技术 is a fine name.
    const QStringList unsuitable{u"中华"_s, u"中国"_s, u"万科"_s, u"顺丰"_s, u"海信"_s, u"德邦"_s};
    QStringList found;
    for (int i = 0; i < 20000; ++i) {
        const QString name = names.enterpriseName(names.industrySection());
        for (const QString& word : unsuitable) {
            if (name.contains(word))
                found.append(name);
        }
    }
    INFO(found.join(u' ').toStdString());
    CHECK(found.isEmpty()); // about 30 without the filter
}

TEST_CASE("DemoNames: industries follow the roster's shares and never T")
{
    DemoRandom random(9);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    QHash<QChar, int> counts;
    for (int i = 0; i < 10000; ++i)
        ++counts[names.industrySection()];
    CHECK(counts.value(u'T') == 0);
    for (const QChar section : counts.keys())
        CHECK((section >= u'A' && section <= u'S'));
    CHECK(counts.value(u'F') > counts.value(u'I')); // retail outnumbers software
    CHECK(counts.value(u'I') > counts.value(u'K'));
    CHECK(counts.value(u'S') < 60); // about 20
}

TEST_CASE("DemoNames: person names are 2 to 4 CJK characters with a realistic surname mix")
{
    DemoRandom random(8);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    QHash<qsizetype, int> lengths;
    int wangLiZhang = 0;
    int compound = 0;
    int odd = 0;
    QSet<QString> compoundSurnames;
    for (const auto& surname : lp::demo::words::surnames()) {
        if (surname.text.size() == 2)
            compoundSurnames.insert(surname.text.toString());
    }
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const QString name = names.personName();
        INFO(name.toStdString());
        REQUIRE(name.size() >= 2);
        REQUIRE(name.size() <= 4);
        REQUIRE(std::all_of(name.begin(), name.end(), isCjk));
        ++lengths[name.size()];
        const bool compoundSurname = compoundSurnames.contains(name.left(2));
        compound += compoundSurname ? 1 : 0;
        if (name.size() == 3 && !compoundSurname)
            odd += lp::demo::words::oddGivenName(name[1], name[2]) ? 1 : 0;
        wangLiZhang += name.startsWith(u'王') || name.startsWith(u'李') || name.startsWith(u'张');
        seen.insert(name);
    }
    CHECK(lengths.value(2) > 1000); // one-character given names, about a fifth
    CHECK(lengths.value(3) > 6000);
    CHECK(lengths.value(4) > 0);
    CHECK(lengths.value(4) < 100);
    // 王, 李 and 张 carry a quarter of the table's weight (the table leaves out the rarer
    // surnames, which are about a fifth of people): 2,522 expected, σ ≈ 43.
    CHECK(wangLiZhang > 2300);
    CHECK(wangLiZhang < 2750);
    CHECK(compound > 0);
    CHECK(compound < 50);      // 13 in 8,207 of the weight: about 16
    CHECK(odd == 0);           // 梓芬 and 一兵 are redrawn
    CHECK(seen.size() > 7000); // repeats happen, as in life, but not many
}

TEST_CASE("DemoNames: mobiles, landlines and addresses have the place's shapes")
{
    DemoRandom random(10);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    for (int i = 0; i < 500; ++i) {
        const QString mobile = names.mobile();
        const QString landline = names.landline();
        INFO(mobile.toStdString() << " " << landline.toStdString());
        CHECK(Phone::validate(mobile, u"mobile"_s).has_value());
        CHECK(Phone::validate(landline, u"landline"_s).has_value());
        CHECK(mobile.size() == 11);
        CHECK(u"35789"_s.contains(mobile[1]));
        CHECK(landline.size() == 12);
        CHECK(landline.startsWith(u"029-"));
        for (const auto kind : {AddressKind::Office, AddressKind::Shop, AddressKind::Plant}) {
            const QString address = names.address(kind);
            INFO(address.toStdString());
            CHECK(address.startsWith(u"西安市高新区"));
            CHECK((address.contains(u'号') || address.endsWith(u'角')));
            CHECK((kind != AddressKind::Office || address.endsWith(u'室')));
        }
    }
}

TEST_CASE("DemoNames: credit codes, landlines and names follow the place")
{
    DemoRandom random(12);
    DemoPlace place = DemoPlace::xianHighTechZone();
    place.city = u"渭南"_s;
    place.district = u"临渭区"_s;
    place.divisionCode = u"610502"_s;
    place.areaCode = u"0913"_s;
    DemoNames names(random, place);
    int modern = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString company = names.creditCode(false);
        const QString individual = names.creditCode(true);
        INFO(company.toStdString() << " " << individual.toStdString());
        CHECK(CreditCode::validate(company).has_value());
        CHECK(CreditCode::validate(individual).has_value());
        CHECK(company.startsWith(u"91610502"));
        CHECK(individual.startsWith(u"92610502"));
        modern += company.mid(8, 3) == u"MA6" ? 1 : 0;
        const QString landline = names.landline();
        INFO(landline.toStdString());
        CHECK(landline.startsWith(u"0913-"));
        CHECK(landline.size() == 12); // seven-digit local numbers after a four-digit code
        CHECK(Phone::validate(landline, u"landline"_s).has_value());
    }
    int weinan = 0;
    for (int i = 0; i < 100; ++i) {
        const QString name = names.enterpriseName(u'C');
        INFO(name.toStdString());
        CHECK((name.startsWith(u"渭南") || name.startsWith(u"陕西") || name.contains(u"（渭南）")));
        weinan += name.contains(u"渭南") ? 1 : 0;
    }
    CHECK(weinan > 50);  // the rest say 陕西
    CHECK(modern > 650); // three quarters
    CHECK(modern < 850);
}

TEST_CASE("DemoNames: parks, contact points, sections and roles")
{
    DemoRandom random(14);
    DemoNames names(random, DemoPlace::xianHighTechZone());
    REQUIRE(DemoNames::parkCount() >= 8);
    const auto parks = names.parks(DemoNames::parkCount());
    REQUIRE(parks.size() == DemoNames::parkCount());
    QSet<QString> parkCodes;
    for (const auto& park : parks) {
        INFO(park.name.toStdString());
        CHECK(Codes::validate(park.code, u"park"_s).has_value());
        parkCodes.insert(park.code);
        CHECK(park.address.startsWith(u"西安市高新区"));
        CHECK(park.managingBody.startsWith(u"高新区" % park.name));
        CHECK(Phone::validate(park.contactPhone, u"phone"_s).has_value());
        CHECK(park.contactName.size() >= 2);
    }
    CHECK(parkCodes.size() == parks.size());
    CHECK(names.parks(2).size() == 2);

    const QString court = names.contactPointName(u"法院"_s, u"court"_s, u"软件新城"_s);
    CHECK(court.startsWith(u"高新区法院驻软件新城"));
    CHECK((court.endsWith(u"服务联系点") || court.endsWith(u"法官工作站")));
    CHECK(names.contactPointName(u"高新区检察院"_s, u"procuratorate"_s, u"综合保税区"_s)
              .startsWith(u"高新区检察院驻综合保税区"));

    for (const QString& kind :
         {u"committee"_s, u"court"_s, u"procuratorate"_s, u"police"_s, u"justice"_s}) {
        INFO(kind.toStdString());
        const auto sections = DemoNames::sections(kind);
        CHECK(sections.size() >= 5);
        QSet<QString> codes;
        for (const auto& section : sections) {
            CHECK(Codes::validate(section.code, u"section"_s).has_value());
            codes.insert(section.code);
        }
        CHECK(codes.size() == sections.size());
    }
    CHECK(DemoNames::sections(u"other"_s).isEmpty());

    QHash<QString, int> courtRoles;
    for (int i = 0; i < 1000; ++i) {
        ++courtRoles[names.officerRole(u"court"_s)];
        const QString prosecutorial = names.officerRole(u"procuratorate"_s);
        CHECK(DemoNames::roleCodes().contains(prosecutorial));
        CHECK(prosecutorial != u"judge");
    }
    CHECK(courtRoles.size() == 3);
    CHECK(courtRoles.value(u"judge"_s) > courtRoles.value(u"staff"_s));
    CHECK(courtRoles.value(u"staff"_s) > courtRoles.value(u"leader"_s));
    CHECK(courtRoles.value(u"leader"_s) > 0);
    CHECK(names.officerRole(u"unknown"_s) == u"staff");
}
