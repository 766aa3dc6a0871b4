#pragma once

#include "automationreport.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <optional>

namespace lf {

class AutomationLock;

/// The time-driven part of the lead process as one pass over a database: everything that is due at
/// a moment, so that nothing depends on someone running a command.
///
/// In order, each step in its own transaction: follow-up work a committed change still owes
/// (PendingWork); the day's engagement-decay refresh (every lead rescored once per local day, new
/// MQLs routed); recycled leads whose nurture-until date passed are looked at again (back to MQL
/// when their score qualifies); unassigned MQLs are offered to routing again every hour; missed
/// first-contact deadlines are recorded, escalated and, when the routing settings say so,
/// reassigned; due nurture steps run; open tasks of leads that moved on are closed; tasks that came
/// due since the previous pass are reported as reminders.
///
/// Running it again at the same moment changes nothing; a pass killed half way leaves each step
/// done or not done, and the next pass does the rest. Two runners never work at once: a pass holds
/// the database's AutomationLock and one that finds it held by a live runner does nothing. Every
/// pass that ran is logged in automation_runs with its report.
class AutomationPass
{
public:
    explicit AutomationPass(QSqlDatabase db);
    ~AutomationPass();

    /// Who the changes are recorded for (default "Leadflow automation").
    void setActor(const QString &actor) { m_actor = actor; }
    /// The lease name (default AutomationLock::defaultRunner(), fixed per object).
    void setRunner(const QString &runner) { m_runner = runner; }
    QString runner() const { return m_runner; }

    /// Runs what is due at `now` (invalid = the system clock).
    Result<AutomationReport> run(const QDateTime &now = {});

    /// The latest pass logged on the database, if any; finishedAt invalid when it was interrupted.
    struct Run
    {
        qint64 id = 0;
        QString runner;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString error; ///< what stopped an interrupted pass, when it could still be logged
        AutomationReport report;
    };
    static Result<std::optional<Run>> lastRun(QSqlDatabase db);

    /// Settings holding how far the time-driven steps have got (ms since the epoch).
    static inline const QString NurtureCheckedKey = QStringLiteral("automation.nurture_checked_to");
    static inline const QString RemindedKey = QStringLiteral("automation.reminded_to");
    static inline const QString BacklogRoutedKey = QStringLiteral("automation.backlog_routed_at");
    static inline const QString TasksSweptKey = QStringLiteral("automation.tasks_swept_at");
    static inline const QString ClosedReasonLeadClosed = QStringLiteral("lead_closed");
    static inline const QString ClosedReasonEscalationResolved =
        QStringLiteral("escalation_resolved");
    static inline const QString ClosedReasonEnrolmentEnded = QStringLiteral("enrolment_ended");

private:
    Status runSteps(AutomationLock &lock, qint64 now, AutomationReport &report);
    Status finishOwedWork(qint64 now, AutomationReport &report);
    Status refreshDecay(qint64 now, AutomationReport &report);
    Status returnRecycled(qint64 now, AutomationReport &report);
    Status routeWaiting(qint64 now, AutomationReport &report);
    Status processBreaches(qint64 now, AutomationReport &report);
    Status advanceNurture(qint64 now, AutomationReport &report);
    Status closeStaleTasks(qint64 now, AutomationReport &report);
    Status collectReminders(qint64 now, AutomationReport &report);
    Result<qint64> logStart(qint64 now);
    Status logFinish(const AutomationReport &report);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_runner;
};

} // namespace lf
