// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

using namespace Qt::StringLiterals;

namespace lp::ui {
namespace {

struct IconNames {
    QString theme;
    QString fallback;
};

IconNames namesOf(Icon which)
{
    switch (which) {
    case Icon::App:
        return {QString(), u"linkpoint"_s};
    case Icon::Data:
        return {u"drive-harddisk"_s, u"data"_s};
    case Icon::Settings:
        return {u"preferences-system"_s, u"settings"_s};
    case Icon::About:
        return {u"help-about"_s, u"about"_s};
    case Icon::Backup:
        return {u"document-save-as"_s, u"backup"_s};
    case Icon::Restore:
        return {u"document-revert"_s, u"restore"_s};
    case Icon::Check:
        return {u"security-high"_s, u"check"_s};
    case Icon::Open:
        return {u"document-open"_s, u"open"_s};
    case Icon::Enterprises:
        return {QString(), u"enterprises"_s};
    // No freedesktop name fits these: always ours.
    case Icon::ContactPoints:
        return {QString(), u"contactpoints"_s};
    case Icon::Parks:
        return {QString(), u"parks"_s};
    case Icon::Units:
        return {QString(), u"units"_s};
    case Icon::Officers:
        return {QString(), u"officers"_s};
    case Icon::Dashboard:
        return {QString(), u"dashboard"_s};
    case Icon::Visits:
        return {QString(), u"visits"_s};
    case Icon::Problems:
        return {QString(), u"problems"_s};
    }
    return {};
}

} // namespace

QIcon icon(Icon which)
{
    const IconNames names = namesOf(which);
    const QIcon ours(u":/icons/"_s + names.fallback + u".svg"_s);
    return names.theme.isEmpty() ? ours : QIcon::fromTheme(names.theme, ours);
}

} // namespace lp::ui
