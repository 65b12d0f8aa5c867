// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "ui/pages/recordpage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lp::ui {

class ContactPointListModel;

// The service contact points (服务联系点): host unit, convener, the parks they serve and their
// members, who may come from several units.
class ContactPointsPage final : public RecordPage {
    Q_OBJECT
public:
    explicit ContactPointsPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactPointsPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;
    // The print preview of the shown point's card (服务联系点基本情况表).
    void printCard();

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    QWidget* buildForm();
    void showEnterpriseCount();
    [[nodiscard]] domain::ContactPoint formRecord() const;

    ContactPointListModel* m_model = nullptr;
    domain::ContactPoint m_shown;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_hostUnit = nullptr;
    QComboBox* m_convener = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_hasDate = nullptr;
    QDateEdit* m_establishedOn = nullptr;
    QListWidget* m_parks = nullptr;
    QListWidget* m_members = nullptr;
    QLabel* m_enterprises = nullptr;
    QPushButton* m_printCard = nullptr;
};

} // namespace lp::ui
