#include "router.h"

#include "businesscalendar.h"
#include "io/bulk.h"
#include "leads/leadservice.h"
#include "routingrule.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "userservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Routing", text, nullptr, n);
}

constexpr qint64 weekMs = 7LL * 24 * 3600 * 1000;

QString shortTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

// --- RoutingSettings -----------------------------------------------------------------------------

Result<RoutingSettings> RoutingSettings::load(QSqlDatabase db)
{
    Settings settings(db);
    RoutingSettings out;
    const QString trigger = settings.value(TriggerKey, u"mql"_s);
    if (trigger == u"manual"_s)
        out.trigger = Trigger::Manual;
    else if (trigger != u"mql"_s)
        return fail(ErrorCode::Invalid,
            tr("The setting %1 is \"%2\"; it must be mql or manual.").arg(TriggerKey, trigger),
            TriggerKey);
    out.accountBased = settings.value(AccountBasedKey, u"1"_s) != u"0"_s;
    out.reassignOnBreach = settings.value(ReassignKey, u"0"_s) == u"1"_s;
    out.overflowUserId = settings.value(OverflowKey).toLongLong();
    return out;
}

Status RoutingSettings::save(QSqlDatabase db) const
{
    Settings settings(db);
    if (auto done =
            settings.setValue(TriggerKey, trigger == Trigger::Manual ? u"manual"_s : u"mql"_s);
        !done)
        return done;
    if (auto done = settings.setValue(AccountBasedKey, accountBased ? u"1"_s : u"0"_s); !done)
        return done;
    if (auto done = settings.setValue(ReassignKey, reassignOnBreach ? u"1"_s : u"0"_s); !done)
        return done;
    return settings.setValue(
        OverflowKey, overflowUserId > 0 ? QString::number(overflowUserId) : QString());
}

// --- Engine: everything a routing decision needs, loaded once ----------------------------------

class Router::Engine
{
public:
    struct Person
    {
        User user;
        qint64 load = 0; ///< assignments in the last seven days
        double lastAssigned = 0; ///< for fair tie-breaking: the longest-waiting goes first
        QDateTime awayUntil; ///< valid while away now
    };

    Status load(QSqlDatabase &db, const QDateTime &now)
    {
        m_now = now;
        auto settings = RoutingSettings::load(db);
        if (!settings)
            return fail(settings.error());
        m_settings = *settings;
        auto calendar = BusinessCalendar::load(db);
        if (!calendar)
            return fail(calendar.error());
        m_calendar = std::make_unique<BusinessCalendar>(*calendar);
        auto rules = RoutingRuleStore(db).list();
        if (!rules)
            return fail(rules.error());
        for (const RoutingRule &rule : std::as_const(*rules)) {
            if (rule.enabled)
                m_rules << rule;
        }
        auto users = UserService(db).list();
        if (!users)
            return fail(users.error());
        for (const User &user : std::as_const(*users))
            m_people.insert(user.id, Person {user, 0, 0, {}});

        QSqlQuery query(db);
        query.prepare(u"SELECT user_id, MAX(ends_at) FROM user_absences WHERE starts_at <= ? "
                      "AND ends_at > ? GROUP BY user_id"_s);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the absences")));
        while (query.next()) {
            if (auto it = m_people.find(query.value(0).toLongLong()); it != m_people.end())
                it->awayUntil = timeFrom(query.value(1));
        }
        query.prepare(u"SELECT user_id, COUNT(*) FILTER (WHERE assigned_at >= ?), "
                      "MAX(assigned_at) FROM assignments GROUP BY user_id"_s);
        query.addBindValue(now.toMSecsSinceEpoch() - weekMs);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the reps' load")));
        while (query.next()) {
            if (auto it = m_people.find(query.value(0).toLongLong()); it != m_people.end()) {
                it->load = query.value(1).toLongLong();
                it->lastAssigned = query.value(2).toDouble();
            }
        }
        for (auto [statement, sql] :
            {std::pair {&endOpen,
                 u"UPDATE assignments SET ended_at = ?, end_reason = ? WHERE lead_id = ? AND "
                 "ended_at IS NULL"_s},
                std::pair {&insertAssignment,
                    u"INSERT INTO assignments (lead_id, user_id, assigned_at, assigned_by, rule, "
                    "reason, sla_due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
                std::pair {&updateLead,
                    u"UPDATE leads SET owner_id = ?, first_contact_due_at = ?, version = ?, "
                    "updated_at = ? WHERE id = ? AND version = ?"_s},
                std::pair {&insertAudit,
                    u"INSERT INTO audit_log (entity, entity_id, entity_version, action, field, "
                    "old_value, new_value, actor, at) VALUES ('lead', ?, ?, 'update', 'owner', "
                    "?, ?, ?, ?)"_s}}) {
            *statement = QSqlQuery(db);
            if (!statement->prepare(sql))
                return fail(databaseError(*statement, tr("Cannot prepare the assignment")));
        }
        query.prepare(u"SELECT lead_id, user_id FROM assignments WHERE rejected_at IS NOT NULL"_s);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the rejected leads")));
        while (query.next())
            m_rejectedBy[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
        if (query.lastError().isValid())
            return fail(databaseError(query, tr("Cannot read the rejected leads")));
        m_accountOwner = QSqlQuery(db);
        m_accountOwner.prepare(u"SELECT owner_id FROM leads WHERE company_domain = ? AND "
                               "owner_id IS NOT NULL AND id <> ? AND deleted_at IS NULL "
                               "ORDER BY updated_at DESC LIMIT 1"_s);
        return {};
    }

    QSqlQuery endOpen;
    QSqlQuery insertAssignment;
    QSqlQuery updateLead;
    QSqlQuery insertAudit;

    const RoutingSettings &settings() const { return m_settings; }
    const BusinessCalendar &calendar() const { return *m_calendar; }
    const Person *person(qint64 id) const
    {
        const auto it = m_people.constFind(id);
        return it == m_people.cend() ? nullptr : &*it;
    }
    QString name(qint64 id) const
    {
        const Person *p = person(id);
        return p ? p->user.name : tr("user %1").arg(id);
    }

    /// Reps who rejected the lead (and the one handing it back now): automatic routing never
    /// gives it to them again; a manager still can, by hand.
    QSet<qint64> excluded(qint64 leadId, qint64 exclude) const
    {
        QSet<qint64> out = m_rejectedBy.value(leadId);
        if (exclude > 0)
            out.insert(exclude);
        return out;
    }

    /// Why a person cannot take a lead now, or empty when they can.
    QString unavailable(qint64 id, const QSet<qint64> &exclude) const
    {
        const Person *p = person(id);
        if (!p)
            return tr("user %1 no longer exists").arg(id);
        if (exclude.contains(id))
            return tr("%1 handed it back").arg(p->user.name);
        if (!p->user.active)
            return tr("%1 is inactive").arg(p->user.name);
        if (p->awayUntil.isValid())
            return tr("%1 is away until %2").arg(p->user.name, shortTime(p->awayUntil));
        return {};
    }

    RoutingOutcome decide(const Lead &lead, const QSet<qint64> &exclude)
    {
        RoutingOutcome outcome;
        outcome.leadId = lead.id();
        QStringList skipped;
        double slaHours = m_calendar->defaultSlaHours();

        const QString domain = lead.text(LeadField::CompanyDomain);
        if (m_settings.accountBased && !domain.isEmpty()) {
            m_accountOwner.addBindValue(domain);
            m_accountOwner.addBindValue(lead.id());
            if (m_accountOwner.exec() && m_accountOwner.next()) {
                const qint64 owner = m_accountOwner.value(0).toLongLong();
                const QString why = unavailable(owner, exclude);
                if (why.isEmpty()) {
                    finish(outcome, owner, u"account"_s,
                        tr("the account %1 already belongs to %2").arg(domain, name(owner)),
                        slaHours);
                    return outcome;
                }
                skipped << tr("the account %1 belongs to %2, but %3").arg(domain, name(owner), why);
            }
            m_accountOwner.finish();
        }

        for (const RoutingRule &rule : std::as_const(m_rules)) {
            if (!rule.matches(lead))
                continue;
            const double hours = rule.slaHours.value_or(slaHours);
            const QString what = tr("rule \"%1\" (%2)").arg(rule.name, rule.describe());
            if (rule.targetUserId > 0) {
                const QString why = unavailable(rule.targetUserId, exclude);
                if (why.isEmpty()) {
                    // Like a pool's reason, it says which earlier choices could not take it.
                    QString reason = tr("%1 names %2").arg(what, name(rule.targetUserId));
                    if (!skipped.isEmpty())
                        reason += tr("; before that, %1").arg(skipped.join(u"; "_s));
                    finish(outcome, rule.targetUserId, rule.name, reason, hours);
                    return outcome;
                }
                skipped << tr("%1 names %2, but %3").arg(what, name(rule.targetUserId), why);
                continue;
            }
            if (pick(outcome, rule.pool, lead, exclude, rule.name,
                    tr("%1 sends it to a pool of %n", int(rule.pool.size())).arg(what), hours,
                    skipped))
                return outcome;
        }

        // No rule placed it: every active rep takes their turn.
        QList<qint64> reps;
        for (const Person &p : std::as_const(m_people)) {
            if (p.user.role == User::Role::Rep && p.user.active)
                reps << p.user.id;
        }
        std::sort(reps.begin(), reps.end());
        const QString what =
            m_rules.isEmpty() ? tr("no routing rule is set up") : tr("no routing rule placed it");
        if (pick(outcome, reps, lead, exclude, u"fallback"_s,
                tr("%1, so all %n active reps share it", int(reps.size())).arg(what), slaHours,
                skipped))
            return outcome;
        if (const qint64 overflow = m_settings.overflowUserId; overflow > 0) {
            const QString why = unavailable(overflow, exclude);
            if (why.isEmpty()) {
                finish(outcome, overflow, u"overflow"_s,
                    tr("nobody it could go to had room (%1), so it goes to the overflow, %2")
                        .arg(skipped.join(u"; "_s), name(overflow)),
                    slaHours);
                return outcome;
            }
            skipped << tr("the overflow, %1, cannot take it either: %2").arg(name(overflow), why);
        }
        outcome.reason =
            tr("Nobody could take it: %1. It waits unassigned until someone has room or a "
               "manager assigns it.")
                .arg(skipped.isEmpty() ? tr("there are no active reps") : skipped.join(u"; "_s));
        return outcome;
    }

    void noteAssigned(qint64 userId)
    {
        if (auto it = m_people.find(userId); it != m_people.end()) {
            it->load += 1;
            it->lastAssigned = double(m_now.toMSecsSinceEpoch()) + (++m_sequence) * 1e-3;
        }
    }

private:
    static double weight(const User &user)
    {
        return user.capacityPerWeek > 0 ? double(user.capacityPerWeek) : 1.0;
    }

    /// Weighted round robin: the rep with the lowest (load + 1) / capacity, so over time each gets
    /// leads in proportion to capacity; ties go to whoever waited longest, then the lower id.
    bool pick(RoutingOutcome &outcome, const QList<qint64> &pool, const Lead &lead,
        const QSet<qint64> &exclude, const QString &rule, const QString &what, double hours,
        QStringList &skipped)
    {
        const Person *best = nullptr;
        double bestRatio = 0;
        QStringList notes;
        for (qint64 id : pool) {
            const QString why = unavailable(id, exclude);
            if (!why.isEmpty()) {
                notes << why;
                continue;
            }
            const Person &p = *person(id);
            // Capacity is a limit per week, not only a weight: a full rep is passed over.
            if (p.user.capacityPerWeek > 0 && p.load >= p.user.capacityPerWeek) {
                notes << tr("%1 is at capacity (%2 of %3 this week)")
                             .arg(p.user.name)
                             .arg(p.load)
                             .arg(p.user.capacityPerWeek);
                continue;
            }
            if (!p.user.covers(lead)) {
                notes << tr("%1 does not cover %2").arg(p.user.name, territory(lead));
                continue;
            }
            const double ratio = double(p.load + 1) / weight(p.user);
            if (!best || ratio < bestRatio - 1e-12
                || (std::abs(ratio - bestRatio) <= 1e-12
                    && (p.lastAssigned < best->lastAssigned
                        || (p.lastAssigned == best->lastAssigned && p.user.id < best->user.id)))) {
                best = &p;
                bestRatio = ratio;
            }
        }
        if (!best) {
            skipped << tr("%1, but %2")
                           .arg(what, notes.isEmpty() ? tr("it is empty") : notes.join(u", "_s));
            return false;
        }
        QString reason =
            tr("%1, round robin weighted by capacity and load: %2 had %3 of %4 this "
               "week, the lightest load")
                .arg(what, best->user.name)
                .arg(best->load)
                .arg(best->user.capacityPerWeek > 0 ? QString::number(best->user.capacityPerWeek)
                                                    : tr("no set capacity"));
        if (!notes.isEmpty())
            reason += u" ("_s + notes.mid(0, 4).join(u"; "_s)
                + (notes.size() > 4 ? tr("; %1 more").arg(notes.size() - 4) : QString()) + u")"_s;
        if (!skipped.isEmpty())
            reason += tr("; before that, %1").arg(skipped.join(u"; "_s));
        finish(outcome, best->user.id, rule, reason, hours);
        return true;
    }

    static QString territory(const Lead &lead)
    {
        QStringList parts;
        if (!lead.isNull(LeadField::Country))
            parts << lead.text(LeadField::Country);
        if (!lead.isNull(LeadField::Industry))
            parts << lead.text(LeadField::Industry);
        return parts.isEmpty() ? tr("this lead") : parts.join(u'/');
    }

    void finish(RoutingOutcome &outcome, qint64 userId, const QString &rule, const QString &reason,
        double hours)
    {
        outcome.assigned = true;
        outcome.userId = userId;
        outcome.userName = name(userId);
        outcome.rule = rule;
        outcome.reason = reason;
        outcome.slaDueAt = m_calendar->addBusinessHours(m_now, hours);
    }

    QDateTime m_now;
    RoutingSettings m_settings;
    std::unique_ptr<BusinessCalendar> m_calendar;
    QList<RoutingRule> m_rules;
    QHash<qint64, Person> m_people;
    QHash<qint64, QSet<qint64>> m_rejectedBy; ///< lead → reps who rejected it
    QSqlQuery m_accountOwner;
    qint64 m_sequence = 0;
};

// --- Router --------------------------------------------------------------------------------------

Router::Router(QSqlDatabase db)
    : m_db(std::move(db))
    , m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s)))
{
}

Router::~Router() = default;

QDateTime Router::now() const
{
    return m_now > 0 ? QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC)
                     : QDateTime::currentDateTimeUtc();
}

Status Router::write(Engine &engine, const Lead &lead, const RoutingOutcome &outcome,
    const QString &assignedBy, const QString &endReason)
{
    const qint64 at = now().toMSecsSinceEpoch();
    const auto run = [](QSqlQuery &query, const QVariantList &values,
                         const QString &what) -> Status {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values[i]);
        if (!query.exec())
            return fail(databaseError(query, what));
        return {};
    };
    if (!lead.isNull(LeadField::OwnerId)) {
        if (auto done = run(engine.endOpen, {at, endReason, lead.id()},
                tr("Cannot end the previous assignment"));
            !done)
            return done;
    }
    if (auto done = run(engine.insertAssignment,
            {lead.id(), outcome.userId, at, assignedBy, outcome.rule, outcome.reason,
                timeOrNull(outcome.slaDueAt)},
            tr("Cannot record the assignment"));
        !done)
        return done;
    const qint64 version = lead.version() + 1;
    if (auto done = run(engine.updateLead,
            {outcome.userId, timeOrNull(outcome.slaDueAt), version, at, lead.id(), lead.version()},
            tr("Cannot save lead %1's owner").arg(lead.id()));
        !done)
        return done;
    if (engine.updateLead.numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
            tr("Lead %1 was changed by someone else while routing it; nothing was saved.")
                .arg(lead.id()));
    return run(engine.insertAudit,
        {lead.id(), version,
            lead.isNull(LeadField::OwnerId)
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::number(lead.integer(LeadField::OwnerId))),
            QString::number(outcome.userId), assignedBy, at},
        tr("Cannot write the audit log"));
}

Result<RoutingOutcome> Router::routeWith(
    Engine &engine, const Lead &lead, bool reassign, qint64 excludeUserId, const QString &endReason)
{
    if (lead.isDeleted())
        return fail(ErrorCode::NotAllowed, tr("Lead %1 is deleted.").arg(lead.id()));
    if (isClosedStage(lead.stage()))
        return fail(ErrorCode::NotAllowed,
            tr("Lead %1 is %2; closed leads are not routed.")
                .arg(lead.id())
                .arg(stageLabel(lead.stage())));
    if (!lead.isNull(LeadField::OwnerId) && !reassign) {
        RoutingOutcome kept;
        kept.leadId = lead.id();
        kept.assigned = true;
        kept.userId = lead.integer(LeadField::OwnerId);
        kept.userName = engine.name(kept.userId);
        kept.rule = u"kept"_s;
        kept.reason = tr("it already belongs to %1").arg(kept.userName);
        return kept;
    }
    RoutingOutcome outcome = engine.decide(lead, engine.excluded(lead.id(), excludeUserId));
    if (!outcome.assigned)
        return outcome;
    if (auto done = write(engine, lead, outcome, m_actor, endReason); !done)
        return fail(done.error());
    engine.noteAssigned(outcome.userId);
    return outcome;
}

Result<RoutingOutcome> Router::route(qint64 leadId, bool reassign, qint64 excludeUserId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto lead = LeadService(m_db).get(leadId);
    if (!lead)
        return fail(lead.error());
    Engine engine;
    if (auto loaded = engine.load(m_db, now()); !loaded)
        return fail(loaded.error());
    auto outcome = routeWith(engine, *lead, reassign, excludeUserId, tr("routed again"));
    if (!outcome)
        return outcome;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return outcome;
}

Result<Router::BacklogTotals> Router::routeBacklog(Progress *progress)
{
    QElapsedTimer timer;
    timer.start();
    // Thousands of leads: joined to an enclosing transaction (a rescoring pass), never a savepoint.
    Transaction transaction(m_db, Transaction::Nesting::Join);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    Engine engine;
    if (auto loaded = engine.load(m_db, now()); !loaded)
        return fail(loaded.error());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id FROM leads WHERE owner_id IS NULL AND stage = 'mql' AND "
                    "deleted_at IS NULL ORDER BY created_at, id"_s))
        return fail(databaseError(query, tr("Cannot read the backlog")));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();

    BacklogTotals totals;
    LeadService leads(m_db);
    constexpr qsizetype chunk = 2000;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        LeadQuery page;
        page.ids = ids.mid(start, chunk);
        auto batch = leads.list(page);
        if (!batch)
            return fail(batch.error());
        // list() returns id order; route oldest first as the backlog lists them.
        QHash<qint64, const Lead *> byId;
        for (const Lead &lead : std::as_const(*batch))
            byId.insert(lead.id(), &lead);
        for (qint64 id : std::as_const(page.ids)) {
            const Lead *lead = byId.value(id);
            if (!lead)
                continue;
            auto outcome = routeWith(engine, *lead, false, 0, {});
            if (!outcome)
                return fail(outcome.error());
            ++totals.leads;
            if (outcome->assigned) {
                ++totals.assigned;
                totals.perUser[outcome->userId] += 1;
            } else {
                ++totals.unassigned;
            }
        }
        if (progress) {
            if (progress->isCancelled())
                return fail(
                    ErrorCode::Cancelled, tr("Routing was cancelled; nobody was assigned."));
            progress->update(totals.leads, ids.size());
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    totals.elapsedMs = timer.elapsed();
    return totals;
}

Status Router::loadFor(Engine &engine, qint64 leadId, qint64 userId)
{
    if (auto loaded = engine.load(m_db, now()); !loaded)
        return loaded;
    const QString why = engine.unavailable(userId, {});
    if (!why.isEmpty())
        return fail(
            ErrorCode::NotAllowed, tr("Lead %1 cannot go to them: %2.").arg(leadId).arg(why));
    return {};
}

Result<RoutingOutcome> Router::assign(qint64 leadId, qint64 userId, const QString &reason)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto lead = LeadService(m_db).get(leadId);
    if (!lead)
        return fail(lead.error());
    Engine engine;
    if (auto ready = loadFor(engine, leadId, userId); !ready)
        return fail(ready.error());
    if (lead->integer(LeadField::OwnerId) == userId)
        return fail(ErrorCode::NotAllowed,
            tr("Lead %1 already belongs to %2.").arg(leadId).arg(engine.name(userId)));
    RoutingOutcome outcome;
    outcome.leadId = leadId;
    outcome.assigned = true;
    outcome.userId = userId;
    outcome.userName = engine.name(userId);
    outcome.rule = u"manual"_s;
    outcome.reason = reason.trimmed().isEmpty()
        ? tr("%1 gave it to %2 by hand").arg(m_actor, outcome.userName)
        : tr("%1 gave it to %2 by hand: %3").arg(m_actor, outcome.userName, reason.trimmed());
    outcome.slaDueAt =
        engine.calendar().addBusinessHours(now(), engine.calendar().defaultSlaHours());
    if (auto done = write(engine, *lead, outcome, m_actor, tr("reassigned by hand")); !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return outcome;
}

Status Router::recordOwnerEdit(qint64 leadId, qint64 userId, const QString &reason)
{
    Engine engine;
    if (auto ready = loadFor(engine, leadId, userId); !ready)
        return fail(ready.error());
    const qint64 at = now().toMSecsSinceEpoch();
    const QDateTime due =
        engine.calendar().addBusinessHours(now(), engine.calendar().defaultSlaHours());
    const QString name = engine.name(userId);
    const QString text = reason.trimmed().isEmpty()
        ? tr("%1 made %2 the owner").arg(m_actor, name)
        : tr("%1 made %2 the owner: %3").arg(m_actor, name, reason.trimmed());
    for (const auto &[sql, values] :
        {std::pair {u"UPDATE assignments SET ended_at = ?, end_reason = ? WHERE lead_id = ? AND "
                    "ended_at IS NULL"_s,
             QVariantList {at, tr("reassigned by hand"), leadId}},
            std::pair {u"INSERT INTO assignments (lead_id, user_id, assigned_at, assigned_by, "
                       "rule, reason, sla_due_at) VALUES (?, ?, ?, ?, 'manual', ?, ?)"_s,
                QVariantList {leadId, userId, at, m_actor, text, timeOrNull(due)}},
            std::pair {u"UPDATE leads SET first_contact_due_at = ? WHERE id = ?"_s,
                QVariantList {timeOrNull(due), leadId}}}) {
        if (auto done = bulk::exec(m_db, sql, values, tr("Cannot record the assignment")); !done)
            return done;
    }
    return {};
}

namespace {
Status clearDeadlineIfUnowned(QSqlDatabase &db, qint64 leadId);
} // namespace

Result<Lead> Router::unassign(qint64 leadId, const QString &reason)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    LeadService leads(m_db);
    leads.setActor(m_actor);
    auto lead = leads.get(leadId);
    if (!lead)
        return lead;
    if (lead->isNull(LeadField::OwnerId))
        return fail(ErrorCode::NotAllowed, tr("Lead %1 has no owner.").arg(leadId));
    const QString why =
        reason.trimmed().isEmpty() ? tr("unassigned by %1").arg(m_actor) : reason.trimmed();
    if (auto done = bulk::exec(m_db,
            u"UPDATE assignments SET ended_at = ?, end_reason = ? WHERE lead_id = ? AND "
            "ended_at IS NULL"_s,
            {now().toMSecsSinceEpoch(), why, leadId}, tr("Cannot end the assignment"));
        !done)
        return fail(done.error());
    auto cleared = leads.update(leadId, lead->version(), {{LeadField::OwnerId, QVariant()}}, why);
    if (!cleared)
        return cleared;
    if (auto done = clearDeadlineIfUnowned(m_db, leadId); !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return cleared;
}

Result<QList<Assignment>> Router::assignments(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.id, a.lead_id, a.user_id, u.name, a.assigned_at, a.assigned_by, "
                  "a.rule, a.reason, a.sla_due_at, a.first_contact_at, a.breached_at, "
                  "a.escalated_to, a.accepted_at, a.rejected_at, a.rejection_reason, a.ended_at, "
                  "a.end_reason FROM assignments a LEFT JOIN users u ON u.id = a.user_id "
                  "WHERE a.lead_id = ? ORDER BY a.assigned_at, a.id"_s);
    query.addBindValue(leadId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1's owners").arg(leadId)));
    QList<Assignment> out;
    while (query.next()) {
        Assignment a;
        a.id = query.value(0).toLongLong();
        a.leadId = query.value(1).toLongLong();
        a.userId = query.value(2).toLongLong();
        a.userName = query.value(3).toString();
        a.assignedAt = timeFrom(query.value(4));
        a.assignedBy = query.value(5).toString();
        a.rule = query.value(6).toString();
        a.reason = query.value(7).toString();
        a.slaDueAt = timeFrom(query.value(8));
        a.firstContactAt = timeFrom(query.value(9));
        a.breachedAt = timeFrom(query.value(10));
        a.escalatedTo = query.value(11).toLongLong();
        a.acceptedAt = timeFrom(query.value(12));
        a.rejectedAt = timeFrom(query.value(13));
        a.rejectionReason = query.value(14).toString();
        a.endedAt = timeFrom(query.value(15));
        a.endReason = query.value(16).toString();
        out << a;
    }
    return out;
}

Result<QString> Router::whyOwner(qint64 leadId) const
{
    auto lead = LeadService(m_db).get(leadId, true);
    if (!lead)
        return fail(lead.error());
    auto all = assignments(leadId);
    if (!all)
        return fail(all.error());
    const auto open = std::find_if(
        all->crbegin(), all->crend(), [](const Assignment &a) { return !a.endedAt.isValid(); });
    // An owner set by editing the lead has no assignment of their own: say so rather than claim
    // the lead has no owner (or name the rep routing chose before the edit).
    const qint64 owner = lead->isNull(LeadField::OwnerId) ? 0 : lead->integer(LeadField::OwnerId);
    if (owner > 0 && (open == all->crend() || open->userId != owner)) {
        auto user = UserService(m_db).get(owner);
        return tr("Lead %1 belongs to %2, who was made its owner by editing the lead rather than "
                  "by routing.")
            .arg(leadId)
            .arg(user ? user->name : tr("user %1").arg(owner));
    }
    if (owner == 0 && open != all->crend())
        return tr("Lead %1 has no owner now; %2, to whom routing gave it, was removed by editing "
                  "the lead.")
            .arg(leadId)
            .arg(open->userName);
    if (lead->isNull(LeadField::OwnerId) || open == all->crend()) {
        if (!all->isEmpty())
            return tr("Lead %1 has no owner now; it last belonged to %2 until %3 (%4).")
                .arg(leadId)
                .arg(all->constLast().userName, shortTime(all->constLast().endedAt),
                    all->constLast().endReason);
        return tr("Lead %1 has no owner; it has never been routed.").arg(leadId);
    }
    QString text = tr("Lead %1 belongs to %2 since %3: %4.")
                       .arg(leadId)
                       .arg(open->userName, shortTime(open->assignedAt), open->reason);
    if (open->firstContactAt.isValid())
        text += u" "_s + tr("First contact made %1.").arg(shortTime(open->firstContactAt));
    else if (open->slaDueAt.isValid())
        text += u" "_s + tr("First contact due %1.").arg(shortTime(open->slaDueAt));
    return text;
}

// --- sales feedback ------------------------------------------------------------------------------

namespace {

/// A lead handed back without an owner has no first-contact deadline any more (bookkeeping kept
/// by routing, like the scores: no new version).
Status clearDeadlineIfUnowned(QSqlDatabase &db, qint64 leadId)
{
    return bulk::exec(db,
        u"UPDATE leads SET first_contact_due_at = NULL WHERE id = ? AND owner_id IS NULL"_s,
        {leadId},
        QCoreApplication::translate("Routing", "Cannot clear the first-contact deadline"));
}

Result<Assignment> openAssignment(const Router &router, qint64 leadId)
{
    auto all = router.assignments(leadId);
    if (!all)
        return fail(all.error());
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (!it->endedAt.isValid())
            return *it;
    }
    return fail(ErrorCode::NotAllowed,
        QCoreApplication::translate("Routing", "Lead %1 has no owner to accept or reject it.")
            .arg(leadId));
}

} // namespace

Result<Lead> Router::accept(qint64 leadId, const QString &note)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto assignment = openAssignment(*this, leadId);
    if (!assignment)
        return fail(assignment.error());
    LeadService leads(m_db);
    leads.setActor(m_actor);
    auto lead = leads.get(leadId);
    if (!lead)
        return lead;
    const bool moved = lead->stage() != Stage::Sql;
    if (moved) {
        lead = leads.changeStage(leadId, Stage::Sql,
            note.isEmpty() ? tr("accepted by %1").arg(assignment->userName)
                           : tr("accepted by %1: %2").arg(assignment->userName, note));
        if (!lead)
            return lead;
    }
    // The move to SQL counted the acceptance already (LeadWorkflow); accept() records it at its
    // own clock. A lead that was SQL before keeps its first acceptance.
    if (auto done = bulk::exec(m_db,
            moved
                ? u"UPDATE assignments SET accepted_at = ? WHERE id = ?"_s
                : u"UPDATE assignments SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL"_s,
            {now().toMSecsSinceEpoch(), assignment->id}, tr("Cannot record the acceptance"));
        !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return lead;
}

Result<Lead> Router::reject(qint64 leadId, const QString &reason, RejectTo to)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("Rejecting a lead needs a reason."), u"reason"_s);
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto assignment = openAssignment(*this, leadId);
    if (!assignment)
        return fail(assignment.error());
    const qint64 at = now().toMSecsSinceEpoch();
    if (auto done = bulk::exec(m_db,
            u"UPDATE assignments SET rejected_at = ?, rejection_reason = ?, ended_at = ?, "
            "end_reason = ? WHERE id = ?"_s,
            {at, reason.trimmed(), at, tr("rejected"), assignment->id},
            tr("Cannot record the rejection"));
        !done)
        return fail(done.error());
    LeadService leads(m_db);
    leads.setActor(m_actor);
    if (to == RejectTo::Routing) {
        auto routed = route(leadId, true, assignment->userId);
        if (!routed)
            return fail(routed.error());
        if (!routed->assigned) {
            // Nobody else can take it now: it waits without an owner for the backlog.
            auto lead = leads.get(leadId);
            if (!lead)
                return lead;
            auto cleared = leads.update(leadId, lead->version(), {{LeadField::OwnerId, QVariant()}},
                tr("rejected by %1: %2").arg(assignment->userName, reason.trimmed()));
            if (!cleared)
                return cleared;
        }
    } else {
        auto lead = leads.get(leadId);
        if (!lead)
            return lead;
        LeadChanges changes {{LeadField::OwnerId, QVariant()}};
        if (lead->stage() != Stage::Nurturing)
            changes.append({LeadField::Stage, stageKey(Stage::Nurturing)});
        auto moved = leads.update(leadId, lead->version(), changes,
            tr("rejected by %1: %2").arg(assignment->userName, reason.trimmed()));
        if (!moved)
            return moved;
    }
    if (auto done = clearDeadlineIfUnowned(m_db, leadId); !done)
        return fail(done.error());
    auto lead = leads.get(leadId);
    if (!lead)
        return lead;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return lead;
}

Result<Lead> Router::recycle(
    qint64 leadId, const QString &reason, const QDateTime &until, bool resetScore)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("Recycling a lead needs a reason."), u"reason"_s);
    if (until.isValid() && until <= now())
        return fail(
            ErrorCode::Invalid, tr("The re-nurture date must be in the future."), u"until"_s);
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    LeadService leads(m_db);
    leads.setActor(m_actor);
    auto lead = leads.get(leadId);
    if (!lead)
        return lead;
    const qint64 at = now().toMSecsSinceEpoch();
    if (auto done = bulk::exec(m_db,
            u"UPDATE assignments SET ended_at = ?, end_reason = ? WHERE lead_id = ? AND "
            "ended_at IS NULL"_s,
            {at, tr("recycled: %1").arg(reason.trimmed()), leadId},
            tr("Cannot end the assignment"));
        !done)
        return fail(done.error());
    if (resetScore) {
        if (auto done = bulk::exec(m_db,
                u"UPDATE touchpoints SET scored = 0 WHERE lead_id = ? AND scored = 1"_s, {leadId},
                tr("Cannot reset the score"));
            !done)
            return fail(done.error());
    }
    LeadChanges changes {{LeadField::OwnerId, QVariant()},
        {LeadField::NurtureUntil,
            until.isValid() ? QVariant(until.toMSecsSinceEpoch()) : QVariant()}};
    if (lead->stage() != Stage::Nurturing)
        changes.append({LeadField::Stage, stageKey(Stage::Nurturing)});
    auto moved = leads.update(leadId, lead->version(), changes, reason.trimmed());
    if (!moved)
        return moved;
    if (resetScore) {
        if (auto scored = ScoringService(m_db).rescore(leadId); !scored)
            return fail(scored.error());
    }
    if (auto done = clearDeadlineIfUnowned(m_db, leadId); !done)
        return fail(done.error());
    moved = leads.get(leadId);
    if (!moved)
        return moved;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return moved;
}

// --- SLA -----------------------------------------------------------------------------------------

Status Router::recordFirstContact(QSqlDatabase &db, qint64 leadId, qint64 at)
{
    return bulk::exec(db,
        u"UPDATE assignments SET first_contact_at = ? WHERE lead_id = ? AND ended_at IS NULL AND "
        "first_contact_at IS NULL AND assigned_at <= ?"_s,
        {at, leadId, at}, tr("Cannot record the first contact"));
}

namespace {

/// Open, uncontacted assignments past their first-contact deadline at `now`, most overdue first;
/// only those whose breach is not recorded yet when `unrecordedOnly` (what a breach check needs,
/// read from a partial index that holds just those).
Result<QList<OverdueLead>> readOverdue(QSqlDatabase db, const QDateTime &now, bool unrecordedOnly)
{
    auto calendar = BusinessCalendar::load(db);
    if (!calendar)
        return fail(calendar.error());
    QSqlQuery query(db);
    query.prepare(u"SELECT a.lead_id, l.first_name, l.last_name, l.company, l.email, a.id, "
                  "a.user_id, u.name, a.assigned_at, a.sla_due_at, a.breached_at, a.escalated_to "
                  "FROM assignments a JOIN leads l ON l.id = a.lead_id "
                  "LEFT JOIN users u ON u.id = a.user_id "
                  "WHERE a.ended_at IS NULL AND a.first_contact_at IS NULL "
                  "AND a.sla_due_at IS NOT NULL AND a.sla_due_at < ? AND l.deleted_at IS NULL "
                  "AND l.stage NOT IN ('won', 'lost', 'disqualified')"_s
        + (unrecordedOnly ? u" AND a.breached_at IS NULL"_s : QString())
        + u" ORDER BY a.sla_due_at"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the overdue leads")));
    QList<OverdueLead> out;
    while (query.next()) {
        OverdueLead o;
        o.leadId = query.value(0).toLongLong();
        Lead lead;
        lead.setValue(LeadField::FirstName, query.value(1));
        lead.setValue(LeadField::LastName, query.value(2));
        lead.setValue(LeadField::Company, query.value(3));
        lead.setValue(LeadField::Email, query.value(4));
        o.leadName = lead.displayName();
        o.assignmentId = query.value(5).toLongLong();
        o.userId = query.value(6).toLongLong();
        o.userName = query.value(7).toString();
        o.assignedAt = timeFrom(query.value(8));
        o.dueAt = timeFrom(query.value(9));
        o.businessHoursLate = calendar->businessHoursBetween(o.dueAt, now);
        o.breachedAt = timeFrom(query.value(10));
        o.escalatedTo = query.value(11).toLongLong();
        out << o;
    }
    if (query.lastError().isValid())
        return fail(databaseError(query, tr("Cannot read the overdue leads")));
    return out;
}

} // namespace

Result<QList<OverdueLead>> Router::overdue() const
{
    return readOverdue(m_db, now(), false);
}

Result<Router::BreachTotals> Router::processBreaches()
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto late = readOverdue(m_db, now(), true);
    if (!late)
        return fail(late.error());
    auto settings = RoutingSettings::load(m_db);
    if (!settings)
        return fail(settings.error());
    UserService users(m_db);
    BreachTotals totals;
    const qint64 at = now().toMSecsSinceEpoch();
    for (const OverdueLead &o : std::as_const(*late)) {
        if (o.breachedAt.isValid())
            continue;
        ++totals.breached;
        // The owner's manager, or past an inactive or absent one to theirs, and so on up.
        qint64 manager = 0;
        QList<qint64> seen {o.userId};
        auto owner = users.get(o.userId);
        for (qint64 next = owner ? owner->managerId : 0; next > 0 && !seen.contains(next);) {
            seen << next;
            auto boss = users.get(next);
            if (!boss)
                break;
            auto away = users.awayAt(boss->id, now());
            if (!away)
                return fail(away.error());
            if (boss->active && !away->has_value()) {
                manager = boss->id;
                break;
            }
            next = boss->managerId;
        }
        if (auto done = bulk::exec(m_db,
                u"UPDATE assignments SET breached_at = ?, escalated_to = ? WHERE id = ?"_s,
                {at, manager > 0 ? QVariant(manager) : QVariant(QMetaType::fromType<qint64>()),
                    o.assignmentId},
                tr("Cannot record the breach"));
            !done)
            return fail(done.error());
        if (manager > 0) {
            if (auto done = bulk::exec(m_db,
                    u"INSERT INTO tasks (lead_id, user_id, kind, title, detail, due_at, "
                    "created_at, created_by) VALUES (?, ?, 'escalation', ?, ?, ?, ?, ?)"_s,
                    {o.leadId, manager,
                        tr("First contact overdue: %1 (%2)").arg(o.leadName, o.userName),
                        tr("%1 had until %2 to make first contact.")
                            .arg(o.userName, shortTime(o.dueAt)),
                        at, at, m_actor},
                    tr("Cannot create the escalation task"));
                !done)
                return fail(done.error());
            ++totals.escalated;
        }
        if (settings->reassignOnBreach) {
            auto routed = route(o.leadId, true, o.userId);
            if (!routed)
                return fail(routed.error());
            if (routed->assigned)
                ++totals.reassigned;
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return totals;
}

} // namespace lf
