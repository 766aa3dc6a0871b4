#include "touchpointservice.h"

#include "io/bulk.h"
#include "routing/router.h"
#include "scoring/scorer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Touchpoints", text);
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(text.trimmed());
}

QString typeLabel(const QString &type)
{
    if (type == u"call"_s)
        return tr("Call");
    if (type == u"email"_s)
        return tr("Email");
    if (type == u"meeting"_s)
        return tr("Meeting");
    if (type == u"note"_s)
        return tr("Note");
    QString label = type;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

TouchpointService::TouchpointService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s)))
{
}

QStringList TouchpointService::manualTypes()
{
    return {u"call"_s, u"email"_s, u"meeting"_s, u"note"_s};
}

bool TouchpointService::isContact(const QString &type)
{
    return type == u"call"_s || type == u"email"_s || type == u"meeting"_s;
}

Result<Touchpoint> TouchpointService::log(const Touchpoint &touchpoint)
{
    Touchpoint t = touchpoint;
    t.type = t.type.trimmed().toLower();
    static const QRegularExpression typePattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    if (!typePattern.match(t.type).hasMatch())
        return fail(ErrorCode::Invalid,
            tr("\"%1\" is not a touchpoint type; use call, email, meeting, note, or a word such as "
               "demo_request (letters, digits, _).")
                .arg(touchpoint.type),
            u"type"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!t.at.isValid())
        t.at = now;
    if (t.at > now.addDays(1))
        return fail(ErrorCode::Invalid,
            tr("A touchpoint cannot be logged in the future (%1).").arg(t.at.toString(Qt::ISODate)),
            u"at"_s);
    t.actor = m_actor;

    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto lead = LeadService(m_db).get(t.leadId);
    if (!lead)
        return fail(lead.error());
    if (t.campaignId > 0) {
        QSqlQuery campaign(m_db);
        campaign.prepare(u"SELECT name FROM campaigns WHERE id = ?"_s);
        campaign.addBindValue(t.campaignId);
        if (!campaign.exec())
            return fail(databaseError(campaign, tr("Cannot read the campaigns")));
        if (!campaign.next())
            return fail(ErrorCode::NotFound, tr("There is no campaign %1.").arg(t.campaignId),
                u"campaign"_s);
        t.campaign = campaign.value(0).toString();
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO touchpoints (lead_id, type, channel, campaign_id, occurred_at, "
                   "detail, outcome, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(t.leadId);
    insert.addBindValue(t.type);
    insert.addBindValue(nullable(t.channel));
    insert.addBindValue(
        t.campaignId > 0 ? QVariant(t.campaignId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(t.at.toMSecsSinceEpoch());
    insert.addBindValue(nullable(t.detail));
    insert.addBindValue(nullable(t.outcome));
    insert.addBindValue(t.actor);
    insert.addBindValue(now.toMSecsSinceEpoch());
    if (!insert.exec())
        return fail(databaseError(insert, tr("Cannot log the touchpoint")));
    t.id = insert.lastInsertId().toLongLong();

    // The first-contact clock stops at the first call, email or meeting (a bookkeeping field
    // like the scores: it does not bump the lead's version).
    if (isContact(t.type)) {
        if (auto done = bulk::exec(m_db,
                u"UPDATE leads SET first_contacted_at = ? WHERE id = ? AND "
                "(first_contacted_at IS NULL OR first_contacted_at > ?)"_s,
                {t.at.toMSecsSinceEpoch(), t.leadId, t.at.toMSecsSinceEpoch()},
                tr("Cannot record the first contact"));
            !done)
            return fail(done.error());
        // ... and so does the owner's SLA clock.
        if (auto done = Router::recordFirstContact(m_db, t.leadId, t.at.toMSecsSinceEpoch()); !done)
            return fail(done.error());
    }
    if (auto scored = ScoringService(m_db).rescore(t.leadId); !scored)
        return fail(scored.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return t;
}

Result<QList<Touchpoint>> TouchpointService::list(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT t.id, t.lead_id, t.type, t.channel, t.campaign_id, c.name, "
                  "t.occurred_at, t.detail, t.outcome, t.actor, t.import_batch_id "
                  "FROM touchpoints t LEFT JOIN campaigns c ON c.id = t.campaign_id "
                  "WHERE t.lead_id = ? ORDER BY t.occurred_at, t.id"_s);
    query.addBindValue(leadId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1's touchpoints").arg(leadId)));
    QList<Touchpoint> out;
    while (query.next()) {
        Touchpoint t;
        t.id = query.value(0).toLongLong();
        t.leadId = query.value(1).toLongLong();
        t.type = query.value(2).toString();
        t.channel = query.value(3).toString();
        t.campaignId = query.value(4).toLongLong();
        t.campaign = query.value(5).toString();
        t.at = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        t.detail = query.value(7).toString();
        t.outcome = query.value(8).toString();
        t.actor = query.value(9).toString();
        t.importBatchId = query.value(10).toLongLong();
        out << t;
    }
    return out;
}

Result<QList<TimelineEntry>> TouchpointService::timeline(qint64 leadId) const
{
    auto history = LeadService(m_db).history(leadId);
    if (!history)
        return fail(history.error());
    auto touchpoints = list(leadId);
    if (!touchpoints)
        return fail(touchpoints.error());

    // What a stage change records by itself (closing time, lost reason, ...) is told by the stage
    // change's line, not as edits of its own.
    QSet<qint64> stageVersions;
    for (const HistoryEntry &h : std::as_const(*history)) {
        if (h.kind == HistoryEntry::Kind::StageChanged)
            stageVersions.insert(h.version);
    }
    static const QStringList consequences {fieldKey(LeadField::ClosedAt),
        fieldKey(LeadField::ConvertedAt), fieldKey(LeadField::AcceptedAt),
        fieldKey(LeadField::LostReason), fieldKey(LeadField::RecycleReason)};

    QList<TimelineEntry> entries;
    for (const HistoryEntry &h : std::as_const(*history)) {
        if (h.kind == HistoryEntry::Kind::FieldChanged && stageVersions.contains(h.version)
            && consequences.contains(h.field))
            continue;
        TimelineEntry e;
        e.at = h.at;
        e.actor = h.actor;
        switch (h.kind) {
        case HistoryEntry::Kind::Created:
            e.kind = TimelineEntry::Kind::Created;
            e.summary = tr("Lead created");
            e.detail = h.reason;
            break;
        case HistoryEntry::Kind::FieldChanged:
            e.kind = TimelineEntry::Kind::Edit;
            e.summary = tr("%1 changed").arg(h.field);
            e.detail = tr("%1 → %2").arg(h.oldValue.isEmpty() ? tr("(empty)") : h.oldValue,
                h.newValue.isEmpty() ? tr("(empty)") : h.newValue);
            break;
        case HistoryEntry::Kind::StageChanged: {
            e.kind = TimelineEntry::Kind::StageChange;
            const auto from = stageFromString(h.oldValue);
            const auto to = stageFromString(h.newValue);
            const QString toLabel = to ? stageLabel(*to) : h.newValue;
            e.summary = from ? tr("Stage %1 → %2").arg(stageLabel(*from), toLabel)
                             : tr("Stage %1").arg(toLabel);
            e.detail = h.reason;
            break;
        }
        case HistoryEntry::Kind::Deleted:
            e.kind = TimelineEntry::Kind::Deleted;
            e.summary = tr("Lead deleted");
            break;
        case HistoryEntry::Kind::Restored:
            e.kind = TimelineEntry::Kind::Restored;
            e.summary = tr("Lead restored");
            break;
        }
        entries << e;
    }
    for (const Touchpoint &t : std::as_const(*touchpoints)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Touchpoint;
        e.at = t.at;
        e.actor = t.actor;
        e.sourceId = t.id;
        e.summary = t.outcome.isEmpty() ? typeLabel(t.type)
                                        : tr("%1: %2").arg(typeLabel(t.type), t.outcome);
        QStringList detail;
        if (!t.channel.isEmpty())
            detail << t.channel;
        if (!t.campaign.isEmpty())
            detail << tr("campaign %1").arg(t.campaign);
        if (!t.detail.isEmpty())
            detail << t.detail;
        if (t.importBatchId > 0)
            detail << tr("import #%1").arg(t.importBatchId);
        e.detail = detail.join(u"; "_s);
        entries << e;
    }

    QSqlQuery assignments(m_db);
    assignments.prepare(u"SELECT a.id, a.assigned_at, a.assigned_by, u.name, a.reason, "
                        "a.ended_at, a.end_reason FROM assignments a "
                        "JOIN users u ON u.id = a.user_id WHERE a.lead_id = ?"_s);
    assignments.addBindValue(leadId);
    if (!assignments.exec())
        return fail(databaseError(assignments, tr("Cannot read lead %1's owners").arg(leadId)));
    while (assignments.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Assignment;
        e.sourceId = assignments.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(assignments.value(1).toLongLong(), Qt::UTC);
        e.actor = assignments.value(2).toString();
        e.summary = tr("Assigned to %1").arg(assignments.value(3).toString());
        e.detail = assignments.value(4).toString();
        entries << e;
        if (!assignments.value(5).isNull()) {
            TimelineEntry end = e;
            end.at = QDateTime::fromMSecsSinceEpoch(assignments.value(5).toLongLong(), Qt::UTC);
            end.summary = tr("No longer with %1").arg(assignments.value(3).toString());
            end.detail = assignments.value(6).toString();
            entries << end;
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    return entries;
}

} // namespace lf
