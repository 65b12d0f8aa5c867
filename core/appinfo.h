// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lp {

// Names and version shared by the GUI and the CLI, so both find the same default database.
void configureApplication();

// <AppDataLocation>/linkpoint.sqlite
[[nodiscard]] QString defaultDatabasePath();

// Loads LinkPoint's translation for `locale` and Qt's own, installed on `app`. English needs
// none; returns false when a translation for a non-English locale is missing.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace lp
