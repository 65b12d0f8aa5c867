// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "core/domain/officer.h"
#include "ui/models/recordtablemodel.h"

namespace lp::ui {

// Officers with the names of their units and sections; roles::Group is the unit's id.
class OfficerListModel final : public RecordTableModel<domain::Officer> {
    Q_OBJECT
public:
    enum Column { Code, Name, Unit, Section, Role, Phone, Active, ColumnCount };

    using RecordTableModel::RecordTableModel;
    Q_DISABLE_COPY_MOVE(OfficerListModel)

    // Names by id of the units and sections the officers belong to.
    void setNames(const QHash<QString, QString>& units, const QHash<QString, QString>& sections);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const domain::Officer& officer, int column) const override;
    QVariant raw(const domain::Officer& officer, int column) const override;
    QVariant group(const domain::Officer& officer) const override { return officer.unitId; }

private:
    QHash<QString, QString> m_units;
    QHash<QString, QString> m_sections;
};

} // namespace lp::ui
