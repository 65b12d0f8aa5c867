// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The first start: the district's name, its units (the five pre-filled) and who uses this
// computer. Each page checks its answers with SetupService before going on, and a refused page
// keeps everything typed.
#pragma once

#include <QWizard>

#include "core/services/setupservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lp::ui {

class FirstStartWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { DistrictPage, UnitsPage, OfficerPage };

    explicit FirstStartWizard(const services::FirstStartInput& proposal, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FirstStartWizard)

    // Opens on the page a refused answer belongs to, showing why.
    void showProblem(const QString& problem);
    [[nodiscard]] services::FirstStartInput input() const;

    bool validateCurrentPage() override;

private:
    QWizardPage* buildDistrictPage(const services::FirstStartInput& proposal);
    QWizardPage* buildUnitsPage(const services::FirstStartInput& proposal);
    QWizardPage* buildOfficerPage(const services::FirstStartInput& proposal);
    void addUnitRow(const domain::Unit& unit);
    [[nodiscard]] QList<domain::Unit> units() const;
    void refreshUnitChoices();
    void setProblem(int page, const QString& text);

    QLineEdit* m_district = nullptr;
    QTableWidget* m_units = nullptr;
    QLineEdit* m_officerName = nullptr;
    QLineEdit* m_officerCode = nullptr;
    QComboBox* m_officerUnit = nullptr;
    QLineEdit* m_officerPhone = nullptr;
    QString m_proposedUnitCode;
    QList<QLabel*> m_problems;
};

} // namespace lp::ui
