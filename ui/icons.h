// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace lp::ui {

enum class Icon {
    App,
    Data,
    Settings,
    About,
    Backup,
    Restore,
    Check,
    Open,
    ContactPoints,
    Parks,
    Units,
    Officers,
    Enterprises,
    Dashboard,
    Visits,
    Problems
};

// The freedesktop theme icon where the system has one, else our own SVG (sharp at any scale).
[[nodiscard]] QIcon icon(Icon which);

} // namespace lp::ui
