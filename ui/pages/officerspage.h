// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/officer.h"
#include "core/domain/organisation.h"
#include "ui/pages/recordpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace lp::ui {

class OfficerListModel;

// The officers (干警) of the units, with their sections and roles; the list can be narrowed to
// one unit.
class OfficersPage final : public RecordPage {
    Q_OBJECT
public:
    explicit OfficersPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfficersPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    QWidget* buildForm();
    // Offers the sections of the unit chosen in the form.
    void offerSections();
    [[nodiscard]] domain::Officer formRecord() const;

    OfficerListModel* m_model = nullptr;
    QList<domain::Section> m_allSections;
    domain::Officer m_shown;
    QComboBox* m_unitFilter = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_section = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_active = nullptr;
};

} // namespace lp::ui
