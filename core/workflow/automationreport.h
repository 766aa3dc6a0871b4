#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lf {

/// A task that came due during an automation pass: what its reminder tells.
struct Reminder
{
    qint64 taskId = 0;
    qint64 leadId = 0;
    QString leadName;
    QString userName; ///< empty: nobody's task
    QString title;
    QDateTime dueAt; ///< UTC
};

/// What one automation pass did (or that it left the work to another runner).
struct AutomationReport
{
    qint64 runId = 0; ///< automation_runs id; 0 when the pass did not run
    QDateTime clock; ///< the moment the pass ran for (UTC)
    QString heldBy; ///< set when another runner holds the lease: nothing was done
    qint64 elapsedMs = 0;

    QStringList owedFor; ///< follow-up work finished for these changes ("import 12")
    bool decayRefreshed = false; ///< every lead rescored for the day's decay
    qint64 rescored = 0; ///< leads whose stored score changed (owed work and decay refresh)
    qint64 promoted = 0; ///< leads that became MQL by score
    qint64 nurtureReturned = 0; ///< recycled leads whose nurture-until date passed
    qint64 nurturePromoted = 0; ///< of them, back to MQL
    qint64 routed = 0; ///< waiting MQLs that found an owner
    qint64 breached = 0; ///< first-contact deadlines newly missed
    qint64 escalated = 0;
    qint64 reassigned = 0;
    qint64 nurtureTasks = 0; ///< tasks made by sequence steps
    qint64 nurtureCompleted = 0;
    qint64 nurtureExited = 0;
    qint64 tasksClosed = 0; ///< open tasks closed because their lead moved on
    /// Tasks that came due since the previous pass: how many, and the first MaxReminders of them
    /// (a day's breaches on a big base are thousands; the task lists have them all).
    qint64 remindersDue = 0;
    QList<Reminder> reminders;
    static constexpr int MaxReminders = 50;

    bool skipped() const { return !heldBy.isEmpty(); }
    /// Whether anything in the database changed (reminders change nothing).
    bool changedData() const;
    /// One line a person reads: "Nothing was due." or "3 leads scored, 1 SLA breach escalated…".
    QString summary() const;
    QJsonObject toJson() const;
    static AutomationReport fromJson(const QJsonObject &object);
};

} // namespace lf

Q_DECLARE_METATYPE(lf::AutomationReport)
