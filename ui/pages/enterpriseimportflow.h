// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing a roster from the window: choose the file, read and check it on a worker thread
// (cancellable), save the error report beside it when rows are wrong, preview, then write on a
// worker thread and announce the change.
#pragma once

#include <QCoreApplication>

class QWidget;

namespace lp::ui {

struct Session;

class EnterpriseImportFlow final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseImportFlow)
public:
    EnterpriseImportFlow(Session& session, QWidget* parent)
        : m_session(session)
        , m_parent(parent)
    {}

    // True when records were written.
    bool run();

private:
    Session& m_session;
    QWidget* m_parent;
};

} // namespace lp::ui
