// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lp::settings {

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

QLocale Translations::localeFor(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::System:
        break;
    }
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (name.startsWith(u"zh"_s))
            return QLocale(QLocale::Chinese, QLocale::China);
        if (name.startsWith(u"en"_s))
            break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void Translations::removeInstalled()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

bool Translations::apply(Language language)
{
    removeInstalled();
    m_locale = localeFor(language);
    QLocale::setDefault(m_locale);
    if (m_locale.language() == QLocale::English)
        return true; // the source strings are English

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(m_locale, u"linkpoint"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(ours.get());
    m_ours = std::move(ours);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(m_locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

} // namespace lp::settings
