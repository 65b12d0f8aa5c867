// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace lp::ui {

// Tells when an editor of a form changes: line edits as the user types, combo boxes, check
// boxes, spin boxes, date edits and check lists whenever their value changes — so whoever
// fills the form itself must ignore edited() meanwhile. The editors are those inside the form
// when the watcher is made.
class EditWatcher final : public QObject {
    Q_OBJECT
public:
    // A widget with this property set to true keeps edits of its own (a sub-form saved
    // separately): editors inside it are not watched.
    static const char* const kOwnEdits;

    EditWatcher(QWidget* form, QObject* parent);
    Q_DISABLE_COPY_MOVE(EditWatcher)

Q_SIGNALS:
    void edited();
};

} // namespace lp::ui
