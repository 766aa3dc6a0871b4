#pragma once

#include "domain/lead.h"
#include "io/progress.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace lf {

/// How routing behaves; kept in the settings table.
struct RoutingSettings
{
    enum class Trigger { OnMql, Manual };
    /// OnMql: a lead that becomes MQL without an owner is routed at once. Manual: only by
    /// `route` / the backlog.
    Trigger trigger = Trigger::OnMql;
    /// A lead whose company domain already has an owner goes to that owner.
    bool accountBased = true;
    /// An SLA breach also hands the lead to the next eligible rep.
    bool reassignOnBreach = false;

    static inline const QString TriggerKey = QStringLiteral("routing.trigger");
    static inline const QString AccountBasedKey = QStringLiteral("routing.account_based");
    static inline const QString ReassignKey = QStringLiteral("routing.reassign_on_breach");
    /// Who takes a lead when every rep it could go to is at capacity, away or excluded; 0 = nobody
    /// (it waits unassigned, in the queue of unowned MQLs).
    qint64 overflowUserId = 0;
    static inline const QString OverflowKey = QStringLiteral("routing.overflow_user");
    static Result<RoutingSettings> load(QSqlDatabase db);
    Status save(QSqlDatabase db) const;
};

/// One owner of a lead, for a while: who, since when, why, and what came of it.
struct Assignment
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 userId = 0;
    QString userName;
    QDateTime assignedAt;
    QString assignedBy;
    QString rule;
    QString reason;
    QDateTime slaDueAt;
    QDateTime firstContactAt;
    QDateTime breachedAt;
    qint64 escalatedTo = 0;
    QDateTime acceptedAt;
    QDateTime rejectedAt;
    QString rejectionReason;
    QDateTime endedAt;
    QString endReason;
};

/// Where routing sent a lead, and why.
struct RoutingOutcome
{
    qint64 leadId = 0;
    bool assigned = false;
    qint64 userId = 0;
    QString userName;
    QString rule; ///< rule name, "account" or "fallback"
    QString reason; ///< one sentence, as why-owner tells it
    QDateTime slaDueAt;
};

/// A lead whose first contact is overdue.
struct OverdueLead
{
    qint64 leadId = 0;
    QString leadName;
    qint64 assignmentId = 0;
    qint64 userId = 0;
    QString userName;
    QDateTime assignedAt;
    QDateTime dueAt;
    double businessHoursLate = 0;
    QDateTime breachedAt; ///< invalid until a breach check recorded it
    qint64 escalatedTo = 0;
};

/// Routes leads to reps and follows them up: ordered rules, pools served round robin weighted by
/// capacity and load, account ownership, the first-contact SLA with escalation, and sales feedback
/// (accept, reject, recycle). Every assignment is a row in assignments with its reason.
class Router
{
public:
    explicit Router(QSqlDatabase db);
    ~Router();

    void setActor(const QString &actor) { m_actor = actor; }
    /// A fixed clock for tests (ms since the epoch); 0 = the system clock.
    void setNow(qint64 now) { m_now = now; }
    QDateTime now() const;

    /// Routes one lead now. A lead with an owner keeps it unless `reassign`; excludeUserId (e.g.
    /// the rep who rejected it) is never chosen. One transaction (joins the caller's).
    Result<RoutingOutcome> route(qint64 leadId, bool reassign = false, qint64 excludeUserId = 0);

    struct BacklogTotals
    {
        qint64 leads = 0;
        qint64 assigned = 0;
        qint64 unassigned = 0;
        qint64 elapsedMs = 0;
        QHash<qint64, qint64> perUser;
    };
    /// Routes every MQL without an owner (oldest first) in one transaction.
    Result<BacklogTotals> routeBacklog(Progress *progress = nullptr);

    /// Gives a lead to a user by hand (a person's decision, recorded as such).
    Result<RoutingOutcome> assign(qint64 leadId, qint64 userId, const QString &reason);

    /// Records that an edit made userId the lead's owner (the lead row already says so): the
    /// previous open assignment ends, a hand assignment with its first-contact clock starts, the
    /// lead's deadline follows it. Refused for someone who cannot take leads now (inactive, away).
    Status recordOwnerEdit(qint64 leadId, qint64 userId, const QString &reason);
    /// Takes a lead from its owner without giving it to anyone (undoing a hand assignment of an
    /// unowned lead): the open assignment ends with the reason and the lead has no owner.
    Result<Lead> unassign(qint64 leadId, const QString &reason);

    Result<QList<Assignment>> assignments(qint64 leadId) const;
    /// "Lead 12 belongs to Ann Lee since ...: <reason>. First contact due ..." in one sentence.
    Result<QString> whyOwner(qint64 leadId) const;

    /// Sales accepts the lead: it becomes SQL when the qualification definition allows.
    Result<Lead> accept(qint64 leadId, const QString &note = {});
    enum class RejectTo { Routing, Marketing };
    /// Sales rejects the lead with a reason: back to routing (another rep) or to marketing
    /// (nurturing, no owner).
    Result<Lead> reject(qint64 leadId, const QString &reason, RejectTo to);
    /// Back to marketing for nurturing, with a reason, a date to look again and optionally a
    /// fresh engagement score (earlier touchpoints stop counting).
    Result<Lead> recycle(
        qint64 leadId, const QString &reason, const QDateTime &until, bool resetScore);

    /// Leads whose first contact is overdue, most overdue first.
    Result<QList<OverdueLead>> overdue() const;
    struct BreachTotals
    {
        qint64 breached = 0; ///< newly recorded breaches
        qint64 escalated = 0; ///< of them, escalated to a manager (with a task)
        qint64 reassigned = 0;
    };
    /// Records new breaches, escalates each to the owner's manager with a task, and reassigns
    /// when the settings say so.
    Result<BreachTotals> processBreaches();

    /// The first call, email or meeting after an assignment stops its clock (the touchpoint
    /// service calls this).
    static Status recordFirstContact(QSqlDatabase &db, qint64 leadId, qint64 at);

private:
    class Engine;
    /// Loads the engine for giving leadId to userId by hand; refused when they cannot take leads.
    Status loadFor(Engine &engine, qint64 leadId, qint64 userId);
    Result<RoutingOutcome> routeWith(Engine &engine, const Lead &lead, bool reassign,
        qint64 excludeUserId, const QString &endReason);
    Status write(Engine &engine, const Lead &lead, const RoutingOutcome &outcome,
        const QString &assignedBy, const QString &endReason);

    QSqlDatabase m_db;
    QString m_actor;
    qint64 m_now = 0;
};

} // namespace lf
