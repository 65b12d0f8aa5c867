// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lp {

// Who makes a write. It is stored in created_by / updated_by and in the audit log as a stable
// text: an officer's record id, "cli:<os user>" for the command line without --officer, or
// "system" for LinkPoint itself (migrations, first start).
class Actor final {
public:
    static Actor officer(const QString& officerId);
    static Actor commandLine(const QString& osUserName);
    static Actor system();
    static Actor fromStored(const QString& stored);

    [[nodiscard]] const QString& stored() const { return m_stored; }
    [[nodiscard]] bool isOfficer() const;
    [[nodiscard]] QString officerId() const;  // empty unless isOfficer()
    [[nodiscard]] QString osUserName() const; // empty unless a command-line actor

    friend bool operator==(const Actor&, const Actor&) = default;

private:
    explicit Actor(QString stored)
        : m_stored(std::move(stored))
    {}
    QString m_stored;
};

// The operating-system user running this process, for "command line (alice)".
[[nodiscard]] QString currentOsUserName();

} // namespace lp
