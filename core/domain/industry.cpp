// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/industry.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lp::domain {
namespace {

QList<IndustrySection> load()
{
    QFile file(u":/data/gbt4754-2017-sections.tsv"_s);
    Q_ASSERT(file.exists());
    QList<IndustrySection> sections;
    if (!file.open(QIODevice::ReadOnly))
        return sections;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3 && fields[0].size() == 1)
            sections.append({fields[0][0], fields[1], fields[2]});
    }
    return sections;
}

} // namespace

const QList<IndustrySection>& Industries::sections()
{
    static const QList<IndustrySection> all = load();
    return all;
}

std::optional<IndustrySection> Industries::find(QChar letter)
{
    for (const IndustrySection& section : sections()) {
        if (section.letter == letter.toUpper())
            return section;
    }
    return std::nullopt;
}

std::optional<IndustrySection> Industries::parse(const QString& text)
{
    QString value = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (value.size() == 1)
        return find(value[0]);
    // "C 制造业" or "C制造业": a letter followed by the title.
    if (value[0].isLetter() && value[0].unicode() < 128 && !value[1].isLetter())
        value = value.mid(1).trimmed();
    else if (value[0].isLetter() && value[0].unicode() < 128 && value[1].unicode() >= 128)
        value = value.mid(1);
    for (const IndustrySection& section : sections()) {
        if (section.chineseTitle == value ||
            section.englishTitle.compare(value, Qt::CaseInsensitive) == 0)
            return section;
    }
    return std::nullopt;
}

QString Industries::displayName(QChar letter)
{
    const auto section = find(letter);
    if (!section)
        return QString(letter);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return u"%1 %2"_s.arg(section->letter, chinese ? section->chineseTitle : section->englishTitle);
}

} // namespace lp::domain
