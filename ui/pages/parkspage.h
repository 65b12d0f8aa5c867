// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "ui/pages/recordpage.h"

class QLineEdit;

namespace lp::ui {

class ParkListModel;

// The parks (园区) the contact points serve.
class ParksPage final : public RecordPage {
    Q_OBJECT
public:
    explicit ParksPage(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ParksPage)

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon pageIcon() const override;

protected:
    void reload() override;
    void showRecord(const QString& id) override;
    std::optional<QString> saveForm() override;
    [[nodiscard]] QWidget* firstField() const override;

private:
    [[nodiscard]] domain::Park formRecord() const;

    ParkListModel* m_model = nullptr;
    domain::Park m_shown; // the record the form was filled from
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_managingBody = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
};

} // namespace lp::ui
