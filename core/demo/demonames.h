// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Plausible Chinese organisation data for `linkpoint-cli demo`: persons, enterprises with valid
// unified social credit codes, phones, addresses, parks, contact points, sections and roles.
// Every value is a pure function of the DemoRandom's seed and the order of the calls: the same
// seed and the same calls give the same values on any machine. Word tables are arrays in a fixed
// order; the sets below only answer "taken already?" and are never iterated.
//
// One instance promises unique enterprise names and unique credit codes among what it made; it
// keeps no other state. It holds a reference to the DemoRandom, which must outlive it. The
// organisation part (parks, contact points, sections, roles) is in demounits.cpp.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lp::demo {

class DemoRandom;

// Where the demo district is. Names as enterprise names use them: no 省 or 市.
struct DemoPlace {
    QString province;     // 陕西
    QString city;         // 西安
    QString district;     // 高新区
    QString divisionCode; // 610131: positions 3–8 of every credit code
    QString areaCode;     // 029: landlines
    QString codePrefix;   // MA6: how the province's organisation codes have begun since 2015

    // The seed district: Xi'an high-tech zone (西安高新区).
    static DemoPlace xianHighTechZone();
};

struct DemoPark {
    QString code; // gxcy, rjxc …: passes Codes::validate
    QString name;
    QString address;
    QString managingBody;
    QString contactName;
    QString contactPhone;
};

struct DemoSection {
    QString code; // lat, ms1, zxj …: passes Codes::validate, unique within its unit
    QString name;
};

enum class AddressKind { Office, Shop, Plant };

struct DemoEnterprise {
    QString name;
    QString creditCode;
    QChar industrySection; // GB/T 4754-2017, A–S
    bool individualBusiness = false;
    QString legalRepresentative; // the operator (经营者) of an individual business
    QString contactName;
    QString mobile;
    QString landline; // empty for most individual businesses
    QString address;
};

class DemoNames final {
public:
    DemoNames(DemoRandom& random, DemoPlace place);
    Q_DISABLE_COPY_MOVE(DemoNames)

    [[nodiscard]] const DemoPlace& place() const { return m_place; }

    // 2 to 4 characters: a surname by its frequency, a one- or two-character given name.
    QString personName();

    // A GB/T 4754 section in the proportions of a high-tech district's roster (never T).
    QChar industrySection();
    // Whether an entity of the section is an individual business (个体工商户), by its share.
    bool individualBusiness(QChar industrySection);
    // A name not made before by this instance: "西安恒达物流有限公司", "张记面馆" for an
    // individual business. Sections without individual businesses (B, D, J, P, S) get a
    // generic 经营部 name; T is treated as L.
    QString enterpriseName(QChar industrySection, bool individualBusiness = false);
    // A code that passes CreditCode::validate, with the place's division code, not made before
    // by this instance: 9 then 1 (enterprise) or 2 (individual business).
    QString creditCode(bool individualBusiness);
    QString mobile();   // 13x 15x 17x 18x 19x, 11 digits
    QString landline(); // 029-8xxxxxxx: the place's area code
    QString address(AddressKind kind = AddressKind::Office);
    // All of the above for one entity, consistent with each other.
    DemoEnterprise enterprise();

    // The first `count` (at most parkCount()) of a fixed list of parks; contacts are drawn.
    QList<DemoPark> parks(int count);
    [[nodiscard]] static int parkCount();
    // "高新区法院驻软件新城服务联系点"; the district is put in front unless the short name has it.
    QString contactPointName(const QString& hostShortName, const QString& unitKindCode,
                             const QString& parkName);
    // The sections of a unit kind (committee, court, procuratorate, police, justice); empty for
    // other codes.
    [[nodiscard]] static QList<DemoSection> sections(const QString& unitKindCode);
    // One of roleCodes(), as plausible for an officer of the unit kind (courts: judges, staff,
    // a few leaders); "staff" for an unknown kind.
    QString officerRole(const QString& unitKindCode);
    [[nodiscard]] static QStringList roleCodes();

private:
    QString tradeName(bool fourCharacters);
    QString companyName(QChar section, int attempt);
    QString shopName(QChar section, int attempt);
    QString surname();

    DemoRandom& m_random;
    DemoPlace m_place;
    QString m_districtShort; // 高新: the district without 区 or 县, for branch names
    QSet<QString> m_enterpriseNames;
    QSet<QString> m_creditCodes;
};

} // namespace lp::demo
