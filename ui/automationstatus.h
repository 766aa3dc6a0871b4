#pragma once

#include "workflow/automationreport.h"

#include <QLabel>

#include <chrono>
#include <optional>

class QThread;

namespace lf {

class AutomationScheduler;
class Database;

/// Runs the database's due work (SLA breaches, decay, nurture steps, reminders) on a worker
/// thread every interval while the window is open, and says in the status bar when it last ran
/// and what it did; the tooltip has the whole report. The window refreshes its pages when a pass
/// changed data, and tells the user of tasks that came due.
class AutomationStatus : public QLabel
{
    Q_OBJECT

public:
    /// database must outlive this label.
    explicit AutomationStatus(const Database &database, QWidget *parent = nullptr);
    ~AutomationStatus() override; ///< waits for a running pass, then stops the thread

    /// Runs a pass now and then every interval.
    void start(std::chrono::milliseconds interval);
    bool isRunning() const { return m_thread != nullptr; }
    /// The last pass's report, if one finished.
    const std::optional<AutomationReport> &lastReport() const { return m_last; }

signals:
    /// A pass changed leads, tasks or owners: pages showing them should read them again.
    void dataChanged();
    void remindersDue(const QList<lf::Reminder> &reminders);
    void passFinished(const lf::AutomationReport &report);

private:
    void finished(const AutomationReport &report);
    void failed(const QString &message);

    const Database &m_database;
    QThread *m_thread = nullptr;
    AutomationScheduler *m_scheduler = nullptr;
    std::optional<AutomationReport> m_last;
};

} // namespace lf
