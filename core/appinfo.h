// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lp {

// Names and version shared by the GUI and the CLI, so both find the same default database.
void configureApplication();

// <AppDataLocation>/linkpoint.sqlite
[[nodiscard]] QString defaultDatabasePath();

} // namespace lp
