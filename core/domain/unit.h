// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lp::domain {

// Stored as the stable codes of unitKindCode().
enum class UnitKind { Committee, Court, Procuratorate, Police, Justice, Other };

[[nodiscard]] QString unitKindCode(UnitKind kind);
[[nodiscard]] std::optional<UnitKind> unitKindFromCode(const QString& code);

class UnitKindNames final {
    Q_DECLARE_TR_FUNCTIONS(UnitKindNames)
public:
    static QString displayName(UnitKind kind);
};

struct Unit {
    QString id;
    QString code; // short ASCII code users may edit: zfw, fy, jcy, gaj, sfj
    QString name;
    QString shortName;
    UnitKind kind = UnitKind::Other;
    int sortOrder = 0;
    int version = 0;
};

// The five political-legal units of a district with their default codes and names. The names
// are data printed on Chinese documents, so they are Chinese whatever the interface language.
[[nodiscard]] QList<Unit> defaultDistrictUnits();

} // namespace lp::domain
