// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/domain/unit.h"
#include "ui/pages/recordpage.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace lp::ui {

class SectionListModel;
class UnitListModel;

// The political-legal units and, under the form of the selected unit, its sections (科、所、
// 队、庭、室), added, renamed and deleted through a small form of their own.
class UnitsPage final : public RecordPage {
    Q_OBJECT
public:
    explicit UnitsPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(UnitsPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;

    void newSection();
    void saveSection();
    void deleteSection();

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    QWidget* buildForm();
    QGroupBox* buildSections(QWidget* parent);
    void reloadSections();
    void showSection(const QModelIndex& index);
    [[nodiscard]] domain::Unit formRecord() const;
    [[nodiscard]] domain::Section sectionRecord() const;

    UnitListModel* m_model = nullptr;
    domain::Unit m_shown;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_sortOrder = nullptr;

    SectionListModel* m_sections = nullptr;
    FormFeedback m_sectionFeedback;
    domain::Section m_shownSection;
    QGroupBox* m_sectionBox = nullptr;
    QTableView* m_sectionList = nullptr;
    QLineEdit* m_sectionCode = nullptr;
    QLineEdit* m_sectionName = nullptr;
};

} // namespace lp::ui
