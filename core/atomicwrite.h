// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Everything LinkPoint writes for the user (exports, backups) is written atomically: the content
// goes to a temporary file in the target's folder, and only a complete file is renamed over the
// target. A failure removes the temporary file and leaves any earlier target untouched.
#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace lp {

class AtomicWrite final {
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
public:
    static Result<void> replace(const QString& temporary, const QString& target);
    static QString temporaryPathFor(const QString& target);
};

// `write` receives a temporary path in the target's folder and fills it.
Result<void> writeFileAtomically(const QString& target,
                                 const std::function<Result<void>(const QString&)>& write);

// The common case of bytes already in memory (QSaveFile underneath).
Result<void> writeBytesAtomically(const QString& target, const QByteArray& bytes);

} // namespace lp
