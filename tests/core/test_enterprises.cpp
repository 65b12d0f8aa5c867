// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>

#include "core/services/enterpriseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/databasecheck.h"
#include "core/storage/enterpriserepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/searchindex.h"
#include "core/storage/tables.h"
#include "core/storage/transaction.h"
#include "tests/core/orgfixtures.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;
using namespace Qt::StringLiterals;

namespace {

QStringList namesOf(storage::Database& db, const storage::EnterpriseFilter& filter)
{
    auto rows = storage::EnterpriseRepository(db.connection()).rows(filter, 0, 1000);
    REQUIRE_OK(rows);
    QStringList names;
    for (const auto& row : *rows)
        names.append(row.name);
    return names;
}

storage::EnterpriseFilter searching(const QString& text)
{
    storage::EnterpriseFilter filter;
    filter.search = text;
    return filter;
}

void checkClean(storage::Database& db)
{
    auto findings = storage::DatabaseCheck::run(db);
    REQUIRE_OK(findings);
    for (const auto& finding : *findings) {
        INFO(finding.name.toStdString() + ": " + finding.summary.toStdString() + " " +
             finding.details.join(u"; "_s).toStdString());
        CHECK(finding.passed);
    }
}

} // namespace

TEST_CASE("Enterprises: search finds words of three or more characters through the index and "
          "shorter ones without it")
{
    Workspace ws;
    auto db = ws.open();
    const OrgFixture org = createOrganisation(*db);
    services::EnterpriseService service(*db, Actor::system());
    auto a = makeEnterprise(u"西安秦川精密机械有限公司"_s, validCreditCode(u"MA6TAA01"_s));
    a.address = u"西安市高新区锦业路69号"_s;
    a.contactName = u"李娜"_s;
    a.contactPhone = u"13800138000"_s;
    a.parkId = org.park.id;
    auto b = makeEnterprise(u"渭南恒达物流有限责任公司"_s, validCreditCode(u"MA6TAA02"_s));
    b.address = u"渭南市临渭区朝阳大街1号"_s;
    b.contactName = u"张伟"_s;
    REQUIRE_OK(service.save(a));
    REQUIRE_OK(service.save(b));

    CHECK(namesOf(*db, searching(u"精密机械"_s)) == QStringList{a.name});
    CHECK(namesOf(*db, searching(u"锦业路"_s)) == QStringList{a.name});
    CHECK(namesOf(*db, searching(u"138001"_s)) == QStringList{a.name});
    // One and two characters: the trigram index cannot match them, LIKE does.
    CHECK(namesOf(*db, searching(u"物流"_s)) == QStringList{b.name});
    CHECK(namesOf(*db, searching(u"娜"_s)) == QStringList{a.name});
    // Several words must all appear; a LIKE metacharacter is taken literally.
    CHECK(namesOf(*db, searching(u"有限 渭南"_s)) == QStringList{b.name});
    CHECK(namesOf(*db, searching(u"%"_s)).isEmpty());
    // Short Latin words match codes whatever their case.
    CHECK(namesOf(*db, searching(u"6t"_s)).size() == 2);
    CHECK(namesOf(*db, searching(u"\"机械"_s)).isEmpty());
    CHECK(namesOf(*db, searching(u"不存在的企业"_s)).isEmpty());

    // A rename moves the record in the index; filters combine with search.
    auto stored = storage::EnterpriseRepository(db->connection()).findByCreditCode(a.creditCode);
    REQUIRE_OK(stored);
    auto renamed = **stored;
    renamed.name = u"西安秦川数控科技有限公司"_s;
    REQUIRE_OK(service.save(renamed));
    CHECK(namesOf(*db, searching(u"精密机械"_s)).isEmpty());
    CHECK(namesOf(*db, searching(u"数控科技"_s)) == QStringList{renamed.name});
    storage::EnterpriseFilter inPark = searching(u"有限"_s);
    inPark.parkId = org.park.id;
    CHECK(namesOf(*db, inPark) == QStringList{renamed.name});
    checkClean(*db);
}

TEST_CASE("Enterprises: the list counts, sorts and pages by any column, and finds a record's row")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    services::EnterpriseService service(*db, Actor::system());
    const QStringList names{u"丙公司"_s, u"甲公司"_s, u"乙公司"_s, u"丁公司"_s};
    for (int i = 0; i < names.size(); ++i) {
        auto e = makeEnterprise(names[i], validCreditCode(u"MA6TBB0%1"_s.arg(i)));
        e.scale = domain::allEnterpriseScales()[3 - i];
        e.key = i % 2 == 0;
        REQUIRE_OK(service.save(e));
    }
    storage::EnterpriseRepository repository(db->connection());
    storage::EnterpriseFilter filter;
    CHECK(*repository.count(filter) == 4);
    filter.sortColumn = storage::EnterpriseColumn::Scale;
    CHECK(namesOf(*db, filter) == QStringList{u"丁公司"_s, u"乙公司"_s, u"甲公司"_s, u"丙公司"_s});
    filter.ascending = false;
    CHECK(namesOf(*db, filter) == QStringList{u"丙公司"_s, u"甲公司"_s, u"乙公司"_s, u"丁公司"_s});
    auto window = repository.rows(filter, 1, 2);
    REQUIRE_OK(window);
    REQUIRE(window->size() == 2);
    CHECK(window->at(0).name == u"甲公司"_s);
    auto position = repository.indexOf(filter, window->at(1).id);
    REQUIRE_OK(position);
    CHECK(*position == 2);

    filter.flags = int(domain::EnterpriseFlag::Key);
    CHECK(*repository.count(filter) == 2);
    CHECK(namesOf(*db, filter) == QStringList{u"丙公司"_s, u"乙公司"_s});
    auto outside = repository.indexOf(filter, window->at(0).id);
    REQUIRE_OK(outside);
    CHECK(*outside == -1);
}

TEST_CASE("EnterpriseService: a code already used names the enterprise that has it")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    services::EnterpriseService service(*db, Actor::system());
    const QString code = validCreditCode(u"MA6TCC01"_s);
    REQUIRE_OK(service.save(makeEnterprise(u"陕西丰源餐饮管理有限公司"_s, code)));
    // Typed in lower case with spaces, it is still the same code.
    QString typed = code.toLower();
    typed.insert(6, u' ');
    auto again = service.save(makeEnterprise(u"另一家公司"_s, typed));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(u"陕西丰源餐饮管理有限公司"_s));
    CHECK(*storage::EnterpriseRepository(db->connection()).count({}) == 1);
}

TEST_CASE("EnterpriseService: a non-conforming real code is saved only with a reason, which the "
          "audit keeps")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    services::EnterpriseService service(*db, Actor::system());
    // A real early pilot-region code whose check character does not conform (RESEARCH.md §1.4).
    auto e = makeEnterprise(u"厦门试点企业有限公司"_s, u"91350211M00013FA1N"_s);
    const auto issues = services::EnterpriseService::validate(e);
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == u"credit_code"_s);
    CHECK(issues.first().error.code == ErrorCode::Conflict);
    REQUIRE_FALSE(service.save(e));

    e.creditCodeOverride = u"营业执照原件核对无误，早期试点地区代码"_s;
    auto saved = service.save(e);
    REQUIRE_OK(saved);
    auto history = storage::AuditLog::history(db->connection(), u"enterprises"_s, saved->id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().changes.value(u"credit_code_override"_s).toArray().at(1).toString() ==
          e.creditCodeOverride);

    // A code that is wrong in its form is never accepted, reason or not.
    auto malformed = makeEnterprise(u"坏代码公司"_s, u"91610131MA6TXXX"_s);
    malformed.creditCodeOverride = u"理由"_s;
    auto refused = service.save(malformed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("EnterpriseService: the form's problems are all reported, each beside its field")
{
    auto e = makeEnterprise({}, u"91610131MA6TCC0"_s);
    e.contactPhone = u"12345"_s;
    e.industry = u'Z';
    const auto issues =
        services::EnterpriseService::validate(services::EnterpriseService::normalized(e));
    QStringList fields;
    for (const auto& issue : issues)
        fields.append(issue.field);
    CHECK(fields == QStringList{u"name"_s, u"credit_code"_s, u"contact_phone"_s, u"industry"_s});
}

TEST_CASE(
    "EnterpriseService: a deleted enterprise leaves the list, and is restored unless its code "
    "was given to another one")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    services::EnterpriseService service(*db, Actor::system());
    const QString code = validCreditCode(u"MA6TDD01"_s);
    auto first = service.save(makeEnterprise(u"第一家公司"_s, code));
    REQUIRE_OK(first);
    auto removed = service.remove(first->id, first->version);
    REQUIRE_OK(removed);
    storage::EnterpriseRepository repository(db->connection());
    CHECK(*repository.count({}) == 0);
    storage::EnterpriseFilter bin;
    bin.deleted = true;
    CHECK(namesOf(*db, bin) == QStringList{u"第一家公司"_s});

    auto second = service.save(makeEnterprise(u"第二家公司"_s, code));
    REQUIRE_OK(second);
    auto refused = service.restore(first->id, removed->version);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"第二家公司"_s));

    REQUIRE_OK(service.remove(second->id, second->version));
    REQUIRE_OK(service.restore(first->id, removed->version));
    CHECK(namesOf(*db, {}) == QStringList{u"第一家公司"_s});
    checkClean(*db);
}

TEST_CASE("BulkSearchIndex: rows written while it is suspended are found after finish, and the "
          "triggers are back")
{
    Workspace ws;
    auto db = ws.open();
    createOrganisation(*db);
    const auto triggers = u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE "
                          "type = 'trigger' AND name LIKE 'enterprises_fts_%' ORDER BY name)"_s;
    const QString before = scalar(*db, triggers).toString();
    {
        auto transaction = storage::Transaction::begin(*db);
        REQUIRE_OK(transaction);
        auto index = storage::BulkSearchIndex::suspend(transaction->connection());
        REQUIRE_OK(index);
        CHECK(scalar(*db, triggers).toString().isEmpty());
        storage::RecordWriter writer(transaction->connection(), ws.clock, Actor::system());
        auto batch = writer.beginBatch(storage::tables::enterprises(), u"test"_s);
        REQUIRE_OK(batch);
        for (int i = 0; i < 50; ++i) {
            REQUIRE_OK(storage::EnterpriseRepository::insert(
                writer,
                makeEnterprise(u"批量企业%1号有限公司"_s.arg(i),
                               validCreditCode(u"MA6TEE%1"_s.arg(i, 2, 10, QChar(u'0')))),
                *batch));
        }
        REQUIRE_OK(index->finish());
        REQUIRE_OK(transaction->commit());
    }
    CHECK(scalar(*db, triggers).toString() == before);
    CHECK(namesOf(*db, searching(u"企业17号"_s)) == QStringList{u"批量企业17号有限公司"_s});
    // The triggers work again for the next single write.
    services::EnterpriseService service(*db, Actor::system());
    REQUIRE_OK(service.save(makeEnterprise(u"单独保存的公司"_s, validCreditCode(u"MA6TFF01"_s))));
    CHECK(namesOf(*db, searching(u"单独保存"_s)) == QStringList{u"单独保存的公司"_s});
    checkClean(*db);
}
