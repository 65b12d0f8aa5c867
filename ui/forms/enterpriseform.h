// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The detail form of an enterprise. It shows a record, gives back what is typed (never losing
// it), and shows problems beside their fields; saving is the page's business. A credit code
// that fails only its check characters opens the "accept with a reason" row.
#pragma once

#include <QWidget>

#include "core/domain/enterprise.h"
#include "core/services/fieldissue.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lp::ui {

class FormFeedback;
struct Session;

class EnterpriseForm final : public QWidget {
    Q_OBJECT
public:
    explicit EnterpriseForm(Session& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EnterpriseForm)

    // Parks, contact points and officers to choose from, read again from the database.
    void reloadChoices();
    void setRecord(const domain::Enterprise& enterprise);
    [[nodiscard]] domain::Enterprise record() const;
    [[nodiscard]] bool isNew() const { return m_loaded.id.isEmpty(); }
    [[nodiscard]] bool isModified() const;

    void showIssues(const services::FieldIssues& issues);
    [[nodiscard]] FormFeedback& feedback() { return *m_feedback; }
    void focusName();

Q_SIGNALS:
    void historyRequested(const QString& id);

private:
    void buildLayout();
    void updateCodeAcceptance();
    void fillCombo(QComboBox* combo, const QList<std::pair<QString, QString>>& items);
    static void select(QComboBox* combo, const QString& id);

    Session& m_session;
    domain::Enterprise m_loaded;
    FormFeedback* m_feedback = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_creditCode = nullptr;
    QCheckBox* m_acceptCode = nullptr;
    QLineEdit* m_acceptReason = nullptr;
    QWidget* m_acceptRow = nullptr;
    QLineEdit* m_legalRepresentative = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_scale = nullptr;
    QComboBox* m_park = nullptr;
    QComboBox* m_point = nullptr;
    QComboBox* m_liaison = nullptr;
    QComboBox* m_judge = nullptr;
    QCheckBox* m_disputes = nullptr;
    QCheckBox* m_difficulty = nullptr;
    QCheckBox* m_key = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QWidget* m_historyButton = nullptr;
};

} // namespace lp::ui
