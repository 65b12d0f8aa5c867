// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The translations in effect: LinkPoint's own (built into the binary under :/i18n) and Qt's
// qtbase, for the chosen language. Applying another language replaces both; Qt then sends
// QEvent::LanguageChange to every widget.
#pragma once

#include <memory>

#include <QLocale>

#include "core/settings/appsettings.h"

class QTranslator;

namespace lp::settings {

class Translations final {
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // The locale a language setting stands for: System follows the system's UI languages,
    // Chinese on a Chinese system and English elsewhere.
    [[nodiscard]] static QLocale localeFor(Language language);

    // Installs the translations for `language`, replacing earlier ones, and makes its locale
    // the default. Returns false if a Chinese translation was asked for and could not be loaded.
    bool apply(Language language);
    [[nodiscard]] const QLocale& locale() const { return m_locale; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QLocale m_locale{QLocale::English, QLocale::UnitedStates};
};

} // namespace lp::settings
