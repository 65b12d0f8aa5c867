// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imports/rostercolumns.h"

using namespace Qt::StringLiterals;

namespace lp::imports {
namespace {

struct Synonyms {
    RosterField field;
    QStringList headers; // compared after normalising: no spaces, lower case, no "*" or "（必填）"
};

const QList<Synonyms>& synonyms()
{
    static const QList<Synonyms> all{
        {RosterField::Name,
         {u"企业名称"_s, u"名称"_s, u"单位名称"_s, u"企业全称"_s, u"市场主体名称"_s, u"name"_s,
          u"enterprisename"_s, u"enterprise"_s}},
        {RosterField::CreditCode,
         {u"统一社会信用代码"_s, u"社会信用代码"_s, u"信用代码"_s, u"统一代码"_s, u"creditcode"_s,
          u"unifiedsocialcreditcode"_s, u"uscc"_s}},
        {RosterField::LegalRepresentative,
         {u"法定代表人"_s, u"法人"_s, u"法人代表"_s, u"负责人"_s, u"经营者"_s,
          u"legalrepresentative"_s}},
        {RosterField::ContactName, {u"联系人"_s, u"contact"_s, u"contactperson"_s}},
        {RosterField::ContactPhone,
         {u"联系电话"_s, u"电话"_s, u"手机"_s, u"联系方式"_s, u"phone"_s, u"contactphone"_s}},
        {RosterField::Address,
         {u"地址"_s, u"住所"_s, u"经营地址"_s, u"注册地址"_s, u"企业地址"_s, u"address"_s}},
        {RosterField::Park, {u"所属园区"_s, u"园区"_s, u"park"_s}},
        {RosterField::ContactPoint,
         {u"服务联系点"_s, u"联系点"_s, u"所属联系点"_s, u"contactpoint"_s}},
        {RosterField::Industry,
         {u"行业"_s, u"所属行业"_s, u"行业门类"_s, u"行业分类"_s, u"industry"_s}},
        {RosterField::Scale, {u"规模"_s, u"企业规模"_s, u"scale"_s}},
    };
    return all;
}

QString normalisedHeader(const QString& header)
{
    QString text = header.normalized(QString::NormalizationForm_KC).toLower();
    text.remove(u"(必填)"_s).remove(u"(选填)"_s).remove(u'*');
    text.remove(QChar(u' ')).remove(QChar(u'\t')).remove(QChar(u'\n')).remove(QChar(u'_'));
    return text;
}

} // namespace

QString RosterColumns::cell(const QStringList& row, RosterField field) const
{
    const int column = index.value(field, -1);
    return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
}

QString RosterColumnMatcher::header(RosterField field)
{
    for (const Synonyms& entry : synonyms()) {
        if (entry.field == field)
            return entry.headers.first();
    }
    return {};
}

Result<RosterColumns> RosterColumnMatcher::match(const QStringList& header)
{
    RosterColumns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString wanted = normalisedHeader(header[i]);
        if (wanted.isEmpty())
            continue;
        bool known = false;
        for (const Synonyms& entry : synonyms()) {
            if (!entry.headers.contains(wanted))
                continue;
            known = true;
            if (columns.index.contains(entry.field)) {
                const int first = columns.index.value(entry.field);
                return fail(ErrorCode::InvalidInput,
                            tr("Row 1: the columns \"%1\" and \"%2\" both hold %3; keep one of "
                               "them.")
                                .arg(header[first].trimmed(), header[i].trimmed(),
                                     RosterColumnMatcher::header(entry.field)));
            }
            columns.index.insert(entry.field, i);
        }
        if (!known)
            columns.ignored.append(header[i].trimmed());
    }
    QStringList missing;
    for (RosterField required : {RosterField::Name, RosterField::CreditCode}) {
        if (!columns.has(required))
            missing.append(RosterColumnMatcher::header(required));
    }
    if (!missing.isEmpty()) {
        QStringList found;
        for (const QString& h : header) {
            if (!h.trimmed().isEmpty())
                found.append(h.trimmed());
        }
        return fail(ErrorCode::InvalidInput,
                    tr("Row 1 must name the columns %1; the file's first row has: %2.")
                        .arg(missing.join(tr(", ")),
                             found.isEmpty() ? tr("nothing") : found.join(tr(", "))));
    }
    return columns;
}

} // namespace lp::imports
