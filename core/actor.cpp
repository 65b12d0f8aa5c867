// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actor.h"

#include <QDir>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace lp {
namespace {
const QString kCliPrefix = u"cli:"_s;
const QString kSystem = u"system"_s;
} // namespace

Actor Actor::officer(const QString& officerId)
{
    return Actor(officerId);
}

Actor Actor::commandLine(const QString& osUserName)
{
    return Actor(kCliPrefix + osUserName);
}

Actor Actor::system()
{
    return Actor(kSystem);
}

Actor Actor::fromStored(const QString& stored)
{
    return Actor(stored);
}

bool Actor::isOfficer() const
{
    return m_stored != kSystem && !m_stored.startsWith(kCliPrefix);
}

QString Actor::officerId() const
{
    return isOfficer() ? m_stored : QString();
}

QString Actor::osUserName() const
{
    return m_stored.startsWith(kCliPrefix) ? m_stored.mid(kCliPrefix.size()) : QString();
}

QString currentOsUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name.isEmpty() ? u"unknown"_s : name;
}

} // namespace lp
