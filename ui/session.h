// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the window and its pages work with: the open database, the settings, the way to ask the
// user, and who is working. AppController owns all of it and outlives every window.
#pragma once

#include <optional>

#include <QString>

#include "core/actor.h"
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
namespace lp::services {
class ChangeHub;
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
    services::ChangeHub& changes;           // what services announce they wrote

    // Who the window's writes are recorded as.
    [[nodiscard]] Actor actor() const
    {
        return officer ? Actor::officer(officer->id) : Actor::system();
    }
};

} // namespace lp::ui
