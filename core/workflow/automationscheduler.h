#pragma once

#include "automationreport.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace lf {

class Database;

/// Runs an AutomationPass on a database now and then every interval, on the thread it lives in,
/// through a connection of its own opened on that thread (so the GUI can move it to a worker
/// thread and keep its window responsive). A pass that fails (the file is locked by a long
/// import, the disk is full) is reported and tried again at the next interval.
class AutomationScheduler : public QObject
{
    Q_OBJECT

public:
    /// database must outlive the scheduler.
    AutomationScheduler(
        const Database &database, std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~AutomationScheduler() override;

    /// Who the changes are recorded for.
    void setActor(const QString &actor) { m_actor = actor; }

public slots:
    /// Runs a pass at once, then every interval.
    void start();
    void stop();
    /// Runs a pass at once (the timer keeps its rhythm).
    void runNow();

signals:
    void passFinished(const lf::AutomationReport &report);
    void passFailed(const QString &message);

private:
    const Database &m_database;
    QString m_actor;
    QString m_runner;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

} // namespace lf
