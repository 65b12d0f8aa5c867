// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/setupservice.h"
#include "core/storage/databasecheck.h"
#include "tests/testsupport.h"

using namespace lp;
using namespace lp::test;

namespace {

const storage::CheckFinding& finding(const QList<storage::CheckFinding>& findings,
                                     const QString& nameStart)
{
    for (const auto& f : findings) {
        if (f.name.startsWith(nameStart))
            return f;
    }
    FAIL("no finding named " << nameStart.toStdString());
    return findings.first();
}

} // namespace

TEST_CASE("DatabaseCheck: a database written through LinkPoint passes every check")
{
    Workspace ws;
    auto db = ws.open();
    REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
    auto findings = storage::DatabaseCheck::run(*db);
    REQUIRE_OK(findings);
    REQUIRE(findings->size() >= 5);
    for (const auto& f : *findings) {
        INFO(f.name.toStdString() << ": " << f.summary.toStdString());
        CHECK(f.passed);
    }
}

TEST_CASE("DatabaseCheck: a record written behind LinkPoint's back is reported by name")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        REQUIRE_OK(services::SetupService(*db).createDefaultUnits(Actor::system()));
        path = db->path();
    }
    rawExec(path, QStringLiteral(
                      "INSERT INTO units (id, code, name, kind, created_at, updated_at, "
                      "created_by, updated_by) VALUES ('x-1', 'ghost', '幽灵单位', 'other', "
                      "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'system', "
                      "'system');"
                      "UPDATE units SET name = '改过', version = version + 1 WHERE code = 'fy';"));
    auto db = ws.open();
    auto findings = storage::DatabaseCheck::run(*db);
    REQUIRE_OK(findings);
    const auto& audit = finding(*findings, QStringLiteral("Audit trail of Units"));
    CHECK_FALSE(audit.passed);
    CHECK(audit.summary.startsWith(QStringLiteral("2 record")));
    REQUIRE(audit.details.size() == 2);
    CHECK(audit.details.join(u'\n').contains(QStringLiteral("幽灵单位 (x-1)")));
    CHECK(audit.details.join(u'\n').contains(QStringLiteral("改过")));
    CHECK(finding(*findings, QStringLiteral("File integrity")).passed);
}

TEST_CASE("DatabaseCheck: a broken reference is reported")
{
    Workspace ws;
    QString path;
    {
        auto db = ws.open();
        path = db->path();
    }
    rawExec(path,
            QStringLiteral("PRAGMA foreign_keys = OFF;"
                           "INSERT INTO officers (id, code, name, unit_id, created_at, updated_at, "
                           "created_by, updated_by) VALUES ('o-1', 'li', '李', 'no-such-unit', "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'system', "
                           "'system');"));
    auto db = ws.open();
    auto findings = storage::DatabaseCheck::run(*db);
    REQUIRE_OK(findings);
    const auto& references = finding(*findings, QStringLiteral("References"));
    CHECK_FALSE(references.passed);
    REQUIRE(references.details.size() == 1);
    CHECK(references.details.first().contains(QStringLiteral("officers")));
}
