// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterprisefiltersql.h"

#include <QRegularExpression>

#include "core/storage/searchterms.h"

using namespace Qt::StringLiterals;

namespace lp::storage {
namespace {

const QString kJoins = u" LEFT JOIN parks p ON p.id = e.park_id"
                       " LEFT JOIN contact_points c ON c.id = e.contact_point_id"
                       " LEFT JOIN officers lo ON lo.id = e.liaison_officer_id"
                       " LEFT JOIN officers lj ON lj.id = e.liaison_judge_id"_s;

QString sortExpression(EnterpriseColumn column)
{
    switch (column) {
    case EnterpriseColumn::Name:
        return u"e.name"_s;
    case EnterpriseColumn::CreditCode:
        return u"e.credit_code"_s;
    case EnterpriseColumn::LegalRepresentative:
        return u"e.legal_representative"_s;
    case EnterpriseColumn::Contact:
        return u"e.contact_name"_s;
    case EnterpriseColumn::Phone:
        return u"e.contact_phone"_s;
    case EnterpriseColumn::Address:
        return u"e.address"_s;
    case EnterpriseColumn::Industry:
        return u"e.industry"_s;
    case EnterpriseColumn::Scale:
        return u"CASE e.scale WHEN 'above' THEN 1 WHEN 'below' THEN 2 WHEN 'micro' THEN 3 "
               "WHEN 'individual' THEN 4 END"_s;
    case EnterpriseColumn::Park:
        return u"p.name"_s;
    case EnterpriseColumn::ContactPoint:
        return u"c.name"_s;
    case EnterpriseColumn::Liaison:
        return u"lo.name"_s;
    case EnterpriseColumn::Flags:
        return u"(e.flag_key * 4 + e.flag_difficulty * 2 + e.flag_disputes)"_s;
    }
    return u"e.name"_s;
}

} // namespace

QStringList EnterpriseFilterSql::searchWords(const QString& search)
{
    static const QRegularExpression space(u"\\s+"_s);
    return search.normalized(QString::NormalizationForm_KC).split(space, Qt::SkipEmptyParts);
}

EnterpriseFilterSql EnterpriseFilterSql::build(const EnterpriseFilter& filter, bool withJoins)
{
    EnterpriseFilterSql sql;
    sql.from = u"enterprises e"_s + (withJoins ? kJoins : QString());
    QStringList conditions{filter.deleted ? u"e.deleted_at IS NOT NULL"_s
                                          : u"e.deleted_at IS NULL"_s};
    const auto add = [&](const QString& condition, const QVariantList& values) {
        conditions.append(condition);
        sql.values.append(values);
    };
    if (!filter.parkId.isEmpty())
        add(u"e.park_id = ?"_s, {filter.parkId});
    if (!filter.contactPointId.isEmpty())
        add(u"e.contact_point_id = ?"_s, {filter.contactPointId});
    if (!filter.industry.isNull())
        add(u"e.industry = ?"_s, {QString(filter.industry)});
    if (filter.scale)
        add(u"e.scale = ?"_s, {domain::enterpriseScaleCode(*filter.scale)});
    if (filter.flags & int(domain::EnterpriseFlag::Disputes))
        conditions.append(u"e.flag_disputes = 1"_s);
    if (filter.flags & int(domain::EnterpriseFlag::Difficulty))
        conditions.append(u"e.flag_difficulty = 1"_s);
    if (filter.flags & int(domain::EnterpriseFlag::Key))
        conditions.append(u"e.flag_key = 1"_s);
    if (!filter.liaisonOfficerId.isEmpty()) {
        add(u"(e.liaison_officer_id = ? OR e.liaison_judge_id = ?)"_s,
            {filter.liaisonOfficerId, filter.liaisonOfficerId});
    }

    QStringList ftsWords;
    for (const QString& word : searchWords(filter.search)) {
        if (word.size() >= search::kMinTrigramLength) {
            ftsWords.append(search::ftsPhrase(word));
            continue;
        }
        if (search::hasLatinLetter(word)) {
            // LIKE, for its case-insensitive match of Latin letters ("ma" finds "MA6T…").
            const QString pattern = search::containsPattern(word);
            add(u"(e.name LIKE ? ESCAPE '\\' OR e.credit_code LIKE ? ESCAPE '\\' OR "
                "e.legal_representative LIKE ? ESCAPE '\\' OR e.contact_name LIKE ? ESCAPE '\\' "
                "OR e.contact_phone LIKE ? ESCAPE '\\' OR e.address LIKE ? ESCAPE '\\')"_s,
                {pattern, pattern, pattern, pattern, pattern, pattern});
        } else {
            // Chinese characters and digits: a plain substring test, several times faster.
            add(u"(instr(e.name, ?) > 0 OR instr(e.credit_code, ?) > 0 OR "
                "instr(e.legal_representative, ?) > 0 OR instr(e.contact_name, ?) > 0 OR "
                "instr(e.contact_phone, ?) > 0 OR instr(e.address, ?) > 0)"_s,
                {word, word, word, word, word, word});
        }
    }
    if (!ftsWords.isEmpty()) {
        add(u"e.seq IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)"_s,
            {ftsWords.join(u' ')});
    }
    sql.where = conditions.join(u" AND "_s);
    const QString direction = filter.ascending ? u" ASC"_s : u" DESC"_s;
    sql.orderBy = sortExpression(filter.sortColumn) + direction + u", e.name"_s + direction +
                  u", e.seq"_s + direction;
    return sql;
}

} // namespace lp::storage
