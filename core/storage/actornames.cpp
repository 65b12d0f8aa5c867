// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/actornames.h"

#include <QSqlQuery>
#include <QVariant>

#include "core/actor.h"

using namespace Qt::StringLiterals;

namespace lp::storage {

QString ActorNames::displayName(const QSqlDatabase& connection, const QString& storedActor)
{
    const Actor actor = Actor::fromStored(storedActor);
    if (!actor.isOfficer()) {
        const QString user = actor.osUserName();
        return user.isEmpty() ? tr("LinkPoint") : tr("command line (%1)").arg(user);
    }
    QSqlQuery query(connection);
    query.prepare(u"SELECT name, code FROM officers WHERE id = ?"_s);
    query.addBindValue(actor.officerId());
    if (query.exec() && query.next())
        return tr("%1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
    return tr("an unknown officer (%1)").arg(storedActor);
}

} // namespace lp::storage
