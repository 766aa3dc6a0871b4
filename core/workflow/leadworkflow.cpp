#include "leadworkflow.h"

#include "io/bulk.h"
#include "leads/leadservice.h"
#include "nurture/nurtureservice.h"
#include "routing/router.h"
#include "scoring/scorer.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadWorkflow", text);
}

/// Fields whose change can move a lead's score; a change of stage alone (and what it records)
/// leaves the score as it is.
bool affectsScore(LeadField field)
{
    switch (field) {
    case LeadField::Stage:
    case LeadField::AcceptedAt:
    case LeadField::ConvertedAt:
    case LeadField::ClosedAt:
    case LeadField::LostReason:
    case LeadField::RecycleReason:
        return false;
    default:
        return true;
    }
}

} // namespace

LeadWorkflow::LeadWorkflow(QSqlDatabase db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{
}

LeadWorkflow::Plan LeadWorkflow::plan(const Lead &current, const LeadChanges &changes)
{
    Plan plan;
    for (const auto &change : changes) {
        if (change.first == LeadField::OwnerId) {
            const qint64 owner = change.second.isNull() ? 0 : change.second.toLongLong();
            if (owner != current.integer(LeadField::OwnerId))
                plan.owner = owner;
        }
        if (change.first == LeadField::Stage
            && stageFromString(change.second.toString()) == Stage::Nurturing
            && current.stage() != Stage::Nurturing)
            plan.toNurturing = true;
        plan.write.append(change);
    }
    // Back to marketing: no owner, no first-contact clock (unless the edit names a new owner).
    if (plan.toNurturing && !current.isNull(LeadField::OwnerId) && !plan.owner) {
        plan.owner = 0;
        plan.write.append({LeadField::OwnerId, QVariant()});
    }
    return plan;
}

Status LeadWorkflow::endAssignment(qint64 leadId, const Plan &plan, const QString &reason)
{
    QString why = reason.trimmed();
    if (why.isEmpty())
        why = plan.toNurturing ? tr("back to marketing for nurturing")
                               : tr("owner removed by %1").arg(m_actor);
    return bulk::exec(m_db,
        u"UPDATE assignments SET ended_at = ?, end_reason = ? WHERE lead_id = ? AND "
        "ended_at IS NULL"_s,
        {QDateTime::currentMSecsSinceEpoch(), why, leadId}, tr("Cannot end the assignment"));
}

Status LeadWorkflow::clearDeadline(qint64 leadId)
{
    return bulk::exec(m_db,
        u"UPDATE leads SET first_contact_due_at = NULL WHERE id = ? AND owner_id IS NULL"_s,
        {leadId}, tr("Cannot clear the first-contact deadline"));
}

Status LeadWorkflow::assignOwner(qint64 leadId, qint64 owner, const QString &reason)
{
    Router router(m_db);
    router.setActor(m_actor);
    return router.recordOwnerEdit(leadId, owner, reason);
}

Result<bool> LeadWorkflow::afterWrite(const Lead &before, const Lead &after,
    const QList<LeadField> &changed, Write write, bool lifecycle)
{
    bool reread = false;
    // Edits rescore the lead; so does a restore (its score may have faded, or the rules changed,
    // while it was deleted).
    if (write == Write::Restore
        || (write == Write::Edit && std::any_of(changed.cbegin(), changed.cend(), affectsScore))) {
        if (auto scored = ScoringService(m_db).rescore(after.id()); !scored)
            return fail(scored.error());
        reread = true;
    }
    if (!lifecycle || write != Write::Edit || !changed.contains(LeadField::Stage))
        return reread;
    if (auto done = NurtureService(m_db).onStageChanged(after.id(), before.stage(), after.stage());
        !done)
        return fail(done.error());
    if (after.stage() == Stage::Sql) {
        if (auto counted = countAcceptance(after.id()); !counted)
            return fail(counted.error());
    }
    auto settings = RoutingSettings::load(m_db);
    if (!settings)
        return fail(settings.error());
    if (after.stage() == Stage::Mql && after.isNull(LeadField::OwnerId)
        && settings->trigger == RoutingSettings::Trigger::OnMql) {
        if (auto routed = Router(m_db).route(after.id()); !routed)
            return fail(routed.error());
    }
    return true;
}

Status LeadWorkflow::countAcceptance(qint64 leadId) const
{
    // Whoever moves an owned lead to SQL takes it on for sales: the open assignment is accepted,
    // as `accept` records it (the acceptance rate counts both ways the same).
    QSqlDatabase db = m_db;
    return bulk::exec(db,
        u"UPDATE assignments SET accepted_at = ? WHERE lead_id = ? AND ended_at IS NULL AND "
        "accepted_at IS NULL AND rejected_at IS NULL"_s,
        {QDateTime::currentMSecsSinceEpoch(), leadId}, tr("Cannot record the acceptance"));
}

} // namespace lf
