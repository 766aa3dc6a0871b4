#include "automationpass.h"

#include "automationlock.h"
#include "domain/lead.h"
#include "io/bulk.h"
#include "nurture/nurtureservice.h"
#include "pendingwork.h"
#include "routing/router.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AutomationPass", text);
}

/// Longer than any step takes on a large base; renewed after each step.
constexpr auto leaseLength = 10min;
constexpr qint64 dayMs = 24 * 3600 * 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// A setting holding a moment, or fallback when unset.
qint64 moment(QSqlDatabase db, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = Settings(db).value(key).toLongLong(&ok);
    return ok ? value : fallback;
}

Status exec(QSqlDatabase db, const QString &sql, const QVariantList &values, const QString &what,
    qint64 *affected = nullptr)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query, what));
    if (affected)
        *affected += query.numRowsAffected();
    return {};
}

} // namespace

AutomationPass::AutomationPass(QSqlDatabase db)
    : m_db(db)
    , m_actor(tr("Leadflow automation"))
    , m_runner(AutomationLock::defaultRunner())
{
}

AutomationPass::~AutomationPass() = default;

Result<AutomationReport> AutomationPass::run(const QDateTime &at)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    AutomationReport report;
    report.clock = utc(now);
    AutomationLock lock(m_db, m_runner);
    auto held = lock.acquire(leaseLength);
    if (!held)
        return fail(held.error());
    if (*held) {
        report.heldBy = (*held)->runner;
        return report;
    }
    auto id = logStart(now);
    if (!id)
        return fail(id.error());
    report.runId = *id;
    if (auto done = runSteps(lock, now, report); !done) {
        // The log keeps the run unfinished, with what stopped it.
        exec(m_db, u"UPDATE automation_runs SET summary = ? WHERE id = ?"_s,
            {QString::fromUtf8(QJsonDocument(QJsonObject {{u"error"_s, done.error().message}})
                                   .toJson(QJsonDocument::Compact)),
                report.runId},
            {});
        return fail(done.error());
    }
    report.elapsedMs = timer.elapsed();
    if (auto logged = logFinish(report); !logged)
        return fail(logged.error());
    return report;
}

Status AutomationPass::runSteps(AutomationLock &lock, qint64 now, AutomationReport &report)
{
    using Step = Status (AutomationPass::*)(qint64, AutomationReport &);
    static constexpr Step steps[] = {&AutomationPass::finishOwedWork, &AutomationPass::refreshDecay,
        &AutomationPass::returnRecycled, &AutomationPass::routeWaiting,
        &AutomationPass::processBreaches, &AutomationPass::advanceNurture,
        &AutomationPass::closeStaleTasks, &AutomationPass::collectReminders};
    for (Step step : steps) {
        if (auto renewed = lock.renew(); !renewed)
            return renewed;
        if (auto done = (this->*step)(now, report); !done)
            return done;
    }
    return {};
}

Status AutomationPass::finishOwedWork(qint64 now, AutomationReport &report)
{
    auto done = PendingWork::finish(m_db, m_actor, now);
    if (!done)
        return fail(done.error());
    if (*done) {
        report.owedFor = (*done)->reasons;
        report.rescored += (*done)->totals.changed;
        report.promoted += (*done)->totals.promoted;
    }
    return {};
}

Status AutomationPass::refreshDecay(qint64 now, AutomationReport &report)
{
    // Engagement fades by whole days of half-life: one refresh per local day is enough.
    const qint64 last = moment(m_db, PendingWork::DecayRefreshedKey, -1);
    if (last >= 0 && utc(last).toLocalTime().date() >= utc(now).toLocalTime().date())
        return {};
    auto totals = PendingWork::rescoreAll(m_db, m_actor, nullptr, now);
    if (!totals)
        return fail(totals.error());
    report.decayRefreshed = true;
    report.rescored += totals->changed;
    report.promoted += totals->promoted;
    return {};
}

Status AutomationPass::returnRecycled(qint64 now, AutomationReport &report)
{
    const qint64 from = moment(m_db, NurtureCheckedKey, 0);
    if (from >= now)
        return {};
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM leads WHERE nurture_until IS NOT NULL AND stage = 'nurturing' "
                  "AND nurture_until > ? AND nurture_until <= ? AND deleted_at IS NULL "
                  "ORDER BY nurture_until, id"_s);
    query.addBindValue(from);
    query.addBindValue(now);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the recycled leads that are due")));
    QList<qint64> due;
    while (query.next())
        due << query.value(0).toLongLong();
    if (query.lastError().isValid())
        return fail(databaseError(query, tr("Cannot read the recycled leads that are due")));
    ScoringService scoring(m_db);
    scoring.setActor(m_actor);
    scoring.setNow(now);
    for (qint64 leadId : std::as_const(due)) {
        auto outcome = scoring.rescore(leadId);
        if (!outcome)
            return fail(outcome.error());
        ++report.nurtureReturned;
        report.nurturePromoted += outcome->promoted ? 1 : 0;
    }
    if (auto saved = Settings(m_db).setValue(NurtureCheckedKey, QString::number(now)); !saved)
        return saved;
    return transaction.commit();
}

Status AutomationPass::routeWaiting(qint64 now, AutomationReport &report)
{
    // MQLs that found nobody with room wait unassigned; capacity frees as the week rolls on, so
    // the queue is offered again every hour (when routing runs on MQL).
    constexpr qint64 hourMs = 3600 * 1000;
    const qint64 last = moment(m_db, BacklogRoutedKey, 0);
    if (now - last < hourMs && now >= last)
        return {};
    auto settings = RoutingSettings::load(m_db);
    if (!settings)
        return fail(settings.error());
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery waiting(m_db);
    if (!waiting.exec(u"SELECT 1 FROM leads WHERE stage = 'mql' AND owner_id IS NULL AND "
                      "deleted_at IS NULL LIMIT 1"_s))
        return fail(databaseError(waiting, tr("Cannot read the unassigned MQLs")));
    if (settings->trigger == RoutingSettings::Trigger::OnMql && waiting.next()) {
        waiting.finish();
        Router router(m_db);
        router.setActor(m_actor);
        router.setNow(now);
        auto totals = router.routeBacklog();
        if (!totals)
            return fail(totals.error());
        report.routed += totals->assigned;
    }
    if (auto saved = Settings(m_db).setValue(BacklogRoutedKey, QString::number(now)); !saved)
        return saved;
    return transaction.commit();
}

Status AutomationPass::processBreaches(qint64 now, AutomationReport &report)
{
    Router router(m_db);
    router.setActor(m_actor);
    router.setNow(now);
    auto totals = router.processBreaches();
    if (!totals)
        return fail(totals.error());
    report.breached += totals->breached;
    report.escalated += totals->escalated;
    report.reassigned += totals->reassigned;
    return {};
}

Status AutomationPass::advanceNurture(qint64 now, AutomationReport &report)
{
    auto advanced = NurtureService(m_db).advance(utc(now));
    if (!advanced)
        return fail(advanced.error());
    report.nurtureTasks += advanced->tasksCreated;
    report.nurtureCompleted += advanced->completed;
    report.nurtureExited += advanced->exited;
    return {};
}

Status AutomationPass::closeStaleTasks(qint64 now, AutomationReport &report)
{
    // Each rule walks every open task; on a big base that is thousands, so every ten minutes is
    // enough (a closed task only tidies the lists).
    constexpr qint64 sweepMs = 10 * 60 * 1000;
    const qint64 last = moment(m_db, TasksSweptKey, 0);
    if (now - last < sweepMs && now >= last)
        return {};
    // Open tasks are few next to the leads; each statement walks them (tasks_open_due) and looks
    // their lead, assignment or enrolment up by key.
    const QString what = tr("Cannot close the tasks of leads that moved on");
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Why a task stands no longer, and the tasks that holds for.
    const std::pair<QString, QString> stale[] = {
        // Correlated: each open task looks its own lead up by key.
        {ClosedReasonLeadClosed,
            u"EXISTS (SELECT 1 FROM leads l WHERE l.id = tasks.lead_id AND (l.deleted_at IS NOT "
            "NULL OR l.stage IN ('won', 'lost', 'disqualified')))"_s},
        // An escalation stands until someone has made contact: while the lead has an open
        // assignment without a first contact (the late rep's, or the next rep's after a
        // reassignment on breach). Contact made, or no owner any more: resolved.
        {ClosedReasonEscalationResolved,
            u"kind = 'escalation' AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.lead_id = "
            "tasks.lead_id AND a.ended_at IS NULL AND a.first_contact_at IS NULL)"_s},
        {ClosedReasonEnrolmentEnded,
            u"enrolment_id IS NOT NULL AND EXISTS (SELECT 1 FROM enrolments e WHERE e.id = "
            "tasks.enrolment_id AND e.status <> 'active')"_s},
    };
    for (const auto &[reason, which] : stale) {
        if (auto done = exec(m_db,
                u"UPDATE tasks SET done_at = ?, closed_reason = ? WHERE done_at IS NULL AND "
                "due_at IS NOT NULL AND "_s
                    + which,
                {now, reason}, what, &report.tasksClosed);
            !done)
            return done;
    }
    if (auto saved = Settings(m_db).setValue(TasksSweptKey, QString::number(now)); !saved)
        return saved;
    return transaction.commit();
}

Status AutomationPass::collectReminders(qint64 now, AutomationReport &report)
{
    // The first pass on a database reminds of the last day's tasks, not of every old one.
    const qint64 from = moment(m_db, RemindedKey, now - dayMs);
    if (from >= now)
        return {};
    QSqlQuery query(m_db);
    // Due since the previous pass, or made since then already due (a follow-up logged late):
    // two ranges, each read from its own partial index of the open tasks.
    query.prepare(u"SELECT k.id, k.lead_id, l.first_name, l.last_name, l.company, l.email, "
                  "u.name, k.title, k.due_at FROM (SELECT id FROM tasks WHERE done_at IS NULL AND "
                  "due_at > ? AND due_at <= ? UNION SELECT id FROM tasks WHERE done_at IS NULL "
                  "AND created_at > ? AND created_at <= ? AND due_at <= ?) d "
                  "JOIN tasks k ON k.id = d.id JOIN leads l ON l.id = k.lead_id "
                  "LEFT JOIN users u ON u.id = k.user_id "
                  "LEFT JOIN enrolments e ON e.id = k.enrolment_id "
                  "WHERE l.deleted_at IS NULL AND (k.enrolment_id IS NULL OR e.status = 'active') "
                  "ORDER BY k.due_at, k.id"_s);
    for (const qint64 bound : {from, now, from, now, from})
        query.addBindValue(bound);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the tasks that came due")));
    while (query.next()) {
        if (++report.remindersDue > AutomationReport::MaxReminders)
            continue; // counted, not listed
        Lead lead;
        lead.setValue(LeadField::FirstName, query.value(2));
        lead.setValue(LeadField::LastName, query.value(3));
        lead.setValue(LeadField::Company, query.value(4));
        lead.setValue(LeadField::Email, query.value(5));
        report.reminders << Reminder {query.value(0).toLongLong(), query.value(1).toLongLong(),
            lead.displayName(), query.value(6).toString(), query.value(7).toString(),
            utc(query.value(8).toLongLong())};
    }
    if (query.lastError().isValid())
        return fail(databaseError(query, tr("Cannot read the tasks that came due")));
    return Settings(m_db).setValue(RemindedKey, QString::number(now));
}

Result<qint64> AutomationPass::logStart(qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO automation_runs (runner, clock_at, started_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(m_runner);
    query.addBindValue(now);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot log the automation pass")));
    return query.lastInsertId().toLongLong();
}

Status AutomationPass::logFinish(const AutomationReport &report)
{
    return exec(m_db, u"UPDATE automation_runs SET finished_at = ?, summary = ? WHERE id = ?"_s,
        {QDateTime::currentMSecsSinceEpoch(),
            QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)),
            report.runId},
        tr("Cannot log the automation pass"));
}

Result<std::optional<AutomationPass::Run>> AutomationPass::lastRun(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, runner, started_at, finished_at, summary FROM automation_runs "
                    "ORDER BY id DESC LIMIT 1"_s))
        return fail(databaseError(query, tr("Cannot read the automation log")));
    if (!query.next()) {
        if (query.lastError().isValid())
            return fail(databaseError(query, tr("Cannot read the automation log")));
        return std::optional<Run>();
    }
    Run run;
    run.id = query.value(0).toLongLong();
    run.runner = query.value(1).toString();
    run.startedAt = utc(query.value(2).toLongLong());
    if (!query.value(3).isNull())
        run.finishedAt = utc(query.value(3).toLongLong());
    const QJsonObject summary =
        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    run.error = summary.value(u"error"_s).toString();
    run.report = AutomationReport::fromJson(summary);
    run.report.runId = run.id;
    return std::optional<Run>(run);
}

} // namespace lf
