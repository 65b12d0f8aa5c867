// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the window and its pages work with: the open database, the settings, the way to ask the
// user, and who is working. AppController owns all of it and outlives every window.
#pragma once

#include <optional>

#include <QString>

#include "core/domain/officer.h"

namespace lp {
class Clock;
}
namespace lp::settings {
class AppSettings;
}
namespace lp::storage {
class Database;
}

namespace lp::ui {

class Prompts;

struct Session {
    storage::Database& database;
    settings::AppSettings& settings;
    Prompts& prompts;
    const Clock& clock;
    QString districtName;
    std::optional<domain::Officer> officer; // the current officer
};

} // namespace lp::ui
