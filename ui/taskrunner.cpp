// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskrunner.h"

#include <memory>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace lp::ui {

Result<void> runTask(QWidget* parent, const QString& label,
                     const std::function<Result<void>(TaskControl&)>& work, bool cancellable)
{
    TaskControl control;
    Result<void> result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = work(control); }));

    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    if (cancellable) {
        progress.setCancelButtonText(QCoreApplication::translate("lp::ui::TaskRunner", "Cancel"));
        QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                         [&control] { control.cancelled = true; });
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const long long total = control.total;
        if (total > 0) {
            progress.setMaximum(1000);
            progress.setValue(int(1000 * control.done / total));
        }
    });
    poll.start(100);

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace lp::ui
