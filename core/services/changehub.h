// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Services announce what they wrote here, so lists and forms refresh the rows that changed
// instead of reloading the world. One hub per open database, owned by whoever owns the
// services (AppController in the GUI); services that run headless may have none.
#pragma once

#include <QObject>
#include <QStringList>

namespace lp::services {

class ChangeHub final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(ChangeHub)

    // `ids` empty: many records of the table changed (an import).
    void announce(const QString& table, const QStringList& ids = {})
    {
        Q_EMIT recordsChanged(table, ids);
    }

Q_SIGNALS:
    void recordsChanged(const QString& table, const QStringList& ids);
};

} // namespace lp::services
