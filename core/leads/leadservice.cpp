#include "leadservice.h"

#include "domain/lifecycle.h"
#include "domain/normalizer.h"
#include "leads/leadsearch.h"
#include "nurture/nurtureservice.h"
#include "routing/router.h"
#include "scoring/qualification.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "workflow/leadworkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadService", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString column(LeadField field)
{
    return QString::fromLatin1(fieldInfo(field).column);
}

/// "id, first_name, ..." in LeadField order, for SELECT.
const QString &selectColumns()
{
    static const QString columns = [] {
        QStringList names;
        for (const FieldInfo &info : allFields())
            names.append(QString::fromLatin1(info.column));
        return names.join(u", "_s);
    }();
    return columns;
}

bool isTextual(FieldType type)
{
    return type == FieldType::Text || type == FieldType::Stage || type == FieldType::Json;
}

Lead readLead(const QSqlQuery &query)
{
    Lead lead;
    for (const FieldInfo &info : allFields()) {
        const QVariant value = query.value(int(info.field));
        if (value.isNull())
            continue;
        lead.setValue(info.field,
            isTextual(info.type) ? QVariant(value.toString()) : QVariant(value.toLongLong()));
    }
    return lead;
}

/// The value as audit_log stores it: display text, null stays null.
QVariant auditText(const Lead &lead, LeadField field)
{
    if (lead.isNull(field))
        return QVariant(QMetaType::fromType<QString>());
    return lead.displayText(field);
}

/// Fields kept by the service itself; edits to them are not written to the audit log.
bool isBookkeeping(LeadField field)
{
    return field == LeadField::Version || field == LeadField::UpdatedAt || field == LeadField::Id;
}

QString searchText(const Lead &lead)
{
    return QStringList {lead.text(LeadField::FirstName), lead.text(LeadField::LastName),
        lead.text(LeadField::Company), lead.text(LeadField::EmailNormalized)}
        .join(u' ')
        .toCaseFolded();
}

/// Applies the write-time normalization to every derived field.
Status normalize(Lead &lead, Normalizer &normalizer)
{
    for (const FieldInfo &info : allFields()) {
        if ((info.type == FieldType::Text || info.type == FieldType::Json)
            && lead.text(info.field).size() > kMaxFieldLength)
            return fail(ErrorCode::Invalid,
                tr("%1 is longer than %2 characters; Leadflow keeps no longer value, so that "
                   "every export can be imported again.")
                    .arg(QString::fromLatin1(info.key))
                    .arg(kMaxFieldLength),
                QString::fromLatin1(info.key));
        if (info.type == FieldType::Text && !lead.isNull(info.field)) {
            const QString cleaned = Normalizer::cleanText(lead.text(info.field));
            lead.setValue(info.field, cleaned.isEmpty() ? QVariant() : QVariant(cleaned));
        }
    }
    const auto email = Normalizer::email(lead.text(LeadField::Email));
    lead.setValue(LeadField::EmailNormalized,
        email.normalized.isEmpty() ? QVariant() : QVariant(email.normalized));
    lead.setValue(LeadField::EmailState, qint64(email.state));

    if (!lead.isNull(LeadField::Country)) {
        const QString code = Normalizer::countryCode(lead.text(LeadField::Country));
        if (code.isEmpty())
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not a country Leadflow knows; use a country name or its "
                   "two-letter ISO code.")
                    .arg(lead.text(LeadField::Country)),
                fieldKey(LeadField::Country));
        lead.setValue(LeadField::Country, code);
    }
    if (!lead.isNull(LeadField::Currency))
        lead.setValue(LeadField::Currency, lead.text(LeadField::Currency).toUpper());

    const QString e164 = lead.isNull(LeadField::Phone)
        ? QString()
        : normalizer.phoneE164(lead.text(LeadField::Phone), lead.text(LeadField::Country));
    lead.setValue(LeadField::PhoneE164, e164.isEmpty() ? QVariant() : QVariant(e164));

    const QString domain =
        Normalizer::companyDomain(email.normalized, lead.text(LeadField::Website));
    lead.setValue(LeadField::CompanyDomain, domain.isEmpty() ? QVariant() : QVariant(domain));

    const auto employees = Normalizer::employeeCount(lead.text(LeadField::Employees));
    lead.setValue(LeadField::EmployeeCount, employees ? QVariant(*employees) : QVariant());
    return {};
}

Status requireIdentity(const Lead &lead)
{
    if (lead.isNull(LeadField::FirstName) && lead.isNull(LeadField::LastName)
        && lead.isNull(LeadField::Company) && lead.isNull(LeadField::Email)
        && lead.isNull(LeadField::Phone))
        return fail(ErrorCode::Invalid,
            tr("A lead needs at least a name, a company, an email or a phone number."));
    return {};
}

Status applyChanges(Lead &lead, const LeadChanges &changes)
{
    for (const auto &[field, value] : changes) {
        const FieldInfo &info = fieldInfo(field);
        if (!info.editable)
            return fail(ErrorCode::Invalid,
                tr("The field %1 is kept by Leadflow and cannot be set.").arg(fieldKey(field)),
                fieldKey(field));
        if (value.isNull()
            || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
            lead.setValue(field, QVariant());
            continue;
        }
        if (value.typeId() == QMetaType::QString) {
            auto parsed = LeadService::parseValue(field, value.toString());
            if (!parsed)
                return fail(parsed.error());
            lead.setValue(field, *parsed);
        } else if (isTextual(info.type)) {
            lead.setValue(field, value.toString());
        } else {
            lead.setValue(field, value.toLongLong());
        }
    }
    return {};
}

Status execPrepared(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return fail(databaseError(query, what));
    return {};
}

Status writeAudit(QSqlDatabase &db, qint64 leadId, qint64 version, const QString &action,
    const QString &field, const QVariant &oldValue, const QVariant &newValue, const QString &actor,
    qint64 at)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_log (entity, entity_id, entity_version, action, field, "
                  "old_value, new_value, actor, at) VALUES ('lead', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(leadId);
    query.addBindValue(version);
    query.addBindValue(action);
    query.addBindValue(
        field.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(field));
    query.addBindValue(oldValue);
    query.addBindValue(newValue);
    query.addBindValue(actor);
    query.addBindValue(at);
    return execPrepared(query, tr("Cannot write the audit log"));
}

Status writeStageChange(QSqlDatabase &db, qint64 leadId, qint64 version, const QVariant &from,
    const QString &to, const QString &actor, const QString &reason, qint64 at)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, "
                  "actor, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(leadId);
    query.addBindValue(version);
    query.addBindValue(from.isNull() ? QVariant(QMetaType::fromType<QString>()) : from);
    query.addBindValue(to);
    query.addBindValue(at);
    query.addBindValue(actor);
    query.addBindValue(
        reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    return execPrepared(query, tr("Cannot write the stage history"));
}

/// Checks a stage change against the lifecycle and the qualification definition and records its
/// consequences on the lead (closing, conversion and acceptance times, lost or recycle reason).
/// The reason is returned as the definition spells it.
Result<QString> applyStageChange(
    QSqlDatabase &db, const Lead &current, Lead &next, const QString &reason, qint64 now)
{
    const Stage from = current.stage();
    const Stage to = next.stage();
    if (!lifecycle::isAllowed(from, to))
        return fail(
            ErrorCode::NotAllowed, lifecycle::refusal(from, to), fieldKey(LeadField::Stage));
    auto definition = QualificationStore(db).current();
    if (!definition)
        return fail(definition.error());
    QString canonical = reason.trimmed();
    if (lifecycle::requiresReason(to)) {
        const QStringList &reasons =
            to == Stage::Lost ? definition->lostReasons : definition->disqualifyReasons;
        const auto found = std::find_if(reasons.cbegin(), reasons.cend(),
            [&](const QString &r) { return r.compare(canonical, Qt::CaseInsensitive) == 0; });
        if (found == reasons.cend())
            return fail(ErrorCode::Invalid,
                canonical.isEmpty()
                    ? tr("Moving a lead to %1 needs a reason, one of: %2.")
                          .arg(stageLabel(to), reasons.join(u"; "_s))
                    : tr("\"%3\" is not a reason for %1; use one of: %2 (the list is part of the "
                         "qualification definition).")
                          .arg(stageLabel(to), reasons.join(u"; "_s), canonical),
                u"reason"_s);
        canonical = *found;
    }
    if (to == Stage::Won && (next.isNull(LeadField::Value) || next.integer(LeadField::Value) <= 0))
        return fail(ErrorCode::NotAllowed,
            tr("%1 cannot be marked won without a deal value; enter the value first.")
                .arg(current.displayName()),
            fieldKey(LeadField::Value));
    if (to == Stage::Sql) {
        const QList<BantItem> missing = definition->missingForSql(next);
        if (!missing.isEmpty()) {
            QStringList names;
            for (BantItem item : missing)
                names << bantKey(item);
            return fail(ErrorCode::NotAllowed,
                tr("Lead %1 cannot be SQL yet: the qualification definition (v%2) asks for %3, "
                   "and it lacks %4. Fill in the BANT fields first.")
                    .arg(current.id())
                    .arg(definition->version)
                    .arg(QStringList([&] {
                        QStringList all;
                        for (BantItem item : definition->sqlRequires)
                            all << bantKey(item);
                        return all;
                    }())
                             .join(u", "_s),
                        names.join(u", "_s)),
                fieldKey(bantField(missing.first())));
        }
        if (next.isNull(LeadField::AcceptedAt))
            next.setValue(LeadField::AcceptedAt, now);
    }
    if (to == Stage::Opportunity && next.isNull(LeadField::ConvertedAt))
        next.setValue(LeadField::ConvertedAt, now);
    if (isClosedStage(to))
        next.setValue(LeadField::ClosedAt, now);
    else if (isClosedStage(from))
        next.setValue(LeadField::ClosedAt, QVariant());
    if (to == Stage::Lost || to == Stage::Disqualified)
        next.setValue(LeadField::LostReason, canonical);
    if (to == Stage::Nurturing && !canonical.isEmpty())
        next.setValue(LeadField::RecycleReason, canonical);
    return canonical;
}

QVariant bindable(const Lead &lead, LeadField field)
{
    if (!lead.isNull(field))
        return lead.value(field);
    return isTextual(fieldInfo(field).type) ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(QMetaType::fromType<qint64>());
}

/// Prepares select on rows (forward only), binds its values and runs it.
bool execLeadSql(QSqlQuery &rows, const LeadSql &select)
{
    rows.setForwardOnly(true);
    rows.prepare(select.sql);
    for (const QVariant &value : std::as_const(select.values))
        rows.addBindValue(value);
    return rows.exec();
}

} // namespace

LeadService::LeadService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s)))
{
}

LeadService::~LeadService() = default;

Normalizer &LeadService::normalizer() const
{
    if (!m_normalizer)
        m_normalizer = std::make_unique<Normalizer>(Settings(m_db).defaultPhoneRegion());
    return *m_normalizer;
}

Result<QVariant> LeadService::parseValue(LeadField field, const QString &text)
{
    const QString value = text.trimmed();
    const FieldInfo &info = fieldInfo(field);
    const QString key = fieldKey(field);
    if (value.isEmpty())
        return QVariant();
    switch (info.type) {
    case FieldType::Text:
        return QVariant(text);
    case FieldType::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
        if (!document.isObject())
            return fail(ErrorCode::Invalid, tr("%1 must be a JSON object.").arg(key), key);
        return QVariant(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    case FieldType::Integer:
    case FieldType::Reference: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::Invalid,
                tr("%1 must be a whole number, not \"%2\".").arg(key, value), key);
        return QVariant(number);
    }
    case FieldType::Money: {
        // Plain amounts as typed at a prompt: "1234", "1,234.50", "$ 1234.5", "-20".
        static const QRegularExpression money(
            uR"(^([-+])?\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*([A-Za-z]{3})?$)"_s);
        const auto match = money.match(value);
        if (!match.hasMatch())
            return fail(ErrorCode::Invalid,
                tr("%1 must be an amount such as 1234.50, not \"%2\".").arg(key, value), key);
        bool ok = false;
        const qint64 units = match.captured(2).remove(u',').toLongLong(&ok);
        if (!ok || units > std::numeric_limits<qint64>::max() / 100 - 100)
            return fail(ErrorCode::Invalid, tr("%1 is too large.").arg(key), key);
        const qint64 cents = match.captured(3).leftJustified(2, u'0').toLongLong();
        const qint64 total = units * 100 + cents;
        return QVariant(match.captured(1) == u"-"_s ? -total : total);
    }
    case FieldType::Timestamp: {
        // The whole value must be the date or time: Qt's ISO parser accepts a date followed by
        // anything ("2026-01-01' OR 1=1 --" read as 2026-01-01).
        static const QRegularExpression iso(uR"(^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})"
                                            uR"((?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$)"_s);
        QDateTime time;
        if (iso.match(value).hasMatch())
            time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid() && value.size() == 10 && iso.match(value).hasMatch()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid())
                time = date.startOfDay(QTimeZone::utc());
        }
        if (!time.isValid())
            return fail(ErrorCode::Invalid,
                tr("%1 must be a date or time in ISO 8601 form (2026-11-23 or "
                   "2026-11-23T14:30:00Z), not \"%2\".")
                    .arg(key, value),
                key);
        if (time.timeSpec() == Qt::LocalTime && !value.contains(u'T'))
            time.setTimeZone(QTimeZone::utc());
        return QVariant(time.toMSecsSinceEpoch());
    }
    case FieldType::Stage: {
        const auto stage = stageFromString(value);
        if (!stage) {
            QStringList keys;
            for (Stage s : allStages())
                keys << stageKey(s);
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not a stage; use one of: %2.").arg(value, keys.join(u", "_s)), key);
        }
        return QVariant(stageKey(*stage));
    }
    }
    return QVariant(text);
}

Result<Lead> LeadService::create(const LeadChanges &fields)
{
    Lead lead;
    const qint64 now = nowMs();
    lead.setValue(LeadField::Stage, stageKey(Stage::New));
    for (LeadField score : {LeadField::Score, LeadField::FitScore, LeadField::EngagementScore})
        lead.setValue(score, qint64(0));
    if (auto applied = applyChanges(lead, fields); !applied)
        return fail(applied.error());
    if (auto normalized = normalize(lead, normalizer()); !normalized)
        return fail(normalized.error());
    if (auto identified = requireIdentity(lead); !identified)
        return fail(identified.error());
    if (lead.isNull(LeadField::CreatedAt))
        lead.setValue(LeadField::CreatedAt, now);
    lead.setValue(LeadField::UpdatedAt, now);
    lead.setValue(LeadField::Version, qint64(1));

    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    QStringList columns;
    QStringList marks;
    for (const FieldInfo &info : allFields()) {
        if (info.field == LeadField::Id)
            continue;
        columns << column(info.field);
        marks << u"?"_s;
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO leads (%1, search_text) VALUES (%2, ?)"_s.arg(
        columns.join(u", "_s), marks.join(u", "_s)));
    for (const FieldInfo &info : allFields()) {
        if (info.field != LeadField::Id)
            insert.addBindValue(bindable(lead, info.field));
    }
    insert.addBindValue(searchText(lead));
    if (auto done = execPrepared(insert, tr("Cannot save the lead")); !done)
        return fail(done.error());
    const qint64 id = insert.lastInsertId().toLongLong();
    lead.setValue(LeadField::Id, id);

    if (auto done = writeAudit(m_db, id, 1, u"create"_s, {}, {}, {}, m_actor, now); !done)
        return fail(done.error());
    if (auto done =
            writeStageChange(m_db, id, 1, {}, lead.text(LeadField::Stage), m_actor, {}, now);
        !done)
        return fail(done.error());
    if (auto scored = ScoringService(m_db).rescore(id); !scored)
        return fail(scored.error());
    auto stored = get(id);
    if (!stored)
        return stored;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return stored;
}

Result<Lead> LeadService::get(qint64 id, bool includeDeleted) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM leads WHERE id = ?"_s.arg(selectColumns()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1").arg(id)));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no lead %1.").arg(id));
    Lead lead = readLead(query);
    if (lead.isDeleted() && !includeDeleted)
        return fail(
            ErrorCode::NotFound, tr("Lead %1 is deleted; restore it to see or change it.").arg(id));
    return lead;
}

Result<Lead> LeadService::updateCurrent(
    qint64 id, const LeadChanges &changes, const QString &reason)
{
    QSet<QString> mine;
    for (const auto &change : changes)
        mine.insert(fieldKey(change.first));
    constexpr int attempts = 100;
    for (int attempt = 1;; ++attempt) {
        auto current = get(id);
        if (!current)
            return current;
        auto updated = update(id, current->version(), changes, reason);
        if (updated || updated.error().code != ErrorCode::Conflict || attempt == attempts)
            return updated;
        const QStringList &theirs = updated.error().details;
        if (std::any_of(theirs.cbegin(), theirs.cend(),
                [&](const QString &field) { return mine.contains(field); }))
            return updated;
    }
}

Result<Lead> LeadService::update(
    qint64 id, qint64 expectedVersion, const LeadChanges &changes, const QString &reason)
{
    if (!m_lifecycleChecks)
        return write(id, expectedVersion, changes, reason, HistoryEntry::Kind::FieldChanged);
    auto current = get(id);
    if (!current)
        return current;
    // An owner set or removed by an edit is an assignment of its own, as `assign` makes.
    const LeadWorkflow::Plan plan = LeadWorkflow::plan(*current, changes);
    if (!plan.owner)
        return write(id, expectedVersion, changes, reason, HistoryEntry::Kind::FieldChanged);
    LeadWorkflow workflow(m_db, m_actor);
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (*plan.owner == 0) {
        if (auto ended = workflow.endAssignment(id, plan, reason); !ended)
            return fail(ended.error());
    }
    auto written = write(id, expectedVersion, plan.write, reason, HistoryEntry::Kind::FieldChanged);
    if (!written)
        return written;
    if (auto owned = *plan.owner > 0 ? workflow.assignOwner(id, *plan.owner, reason)
                                     : workflow.clearDeadline(id);
        !owned)
        return fail(owned.error());
    // Moved to SQL in the same edit: the new owner's assignment is the one accepted.
    if (*plan.owner > 0 && written->stage() == Stage::Sql && current->stage() != Stage::Sql) {
        if (auto counted = workflow.countAcceptance(id); !counted)
            return fail(counted.error());
    }
    auto settled = get(id);
    if (!settled)
        return settled;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return settled;
}

Result<Lead> LeadService::changeStage(
    qint64 id, Stage to, const QString &reason, qint64 expectedVersion)
{
    auto current = get(id);
    if (!current)
        return current;
    if (current->stage() == to)
        return fail(ErrorCode::NotAllowed,
            tr("Lead %1 is already in %2.").arg(id).arg(stageLabel(to)),
            fieldKey(LeadField::Stage));
    return update(id, expectedVersion > 0 ? expectedVersion : current->version(),
        {{LeadField::Stage, stageKey(to)}}, reason);
}

Result<Lead> LeadService::remove(qint64 id)
{
    auto current = get(id);
    if (!current)
        return current;
    return write(id, current->version(), {}, {}, HistoryEntry::Kind::Deleted);
}

Result<Lead> LeadService::restore(qint64 id)
{
    auto current = get(id, true);
    if (!current)
        return current;
    if (!current->isDeleted())
        return fail(ErrorCode::Invalid, tr("Lead %1 is not deleted.").arg(id));
    return write(id, current->version(), {}, {}, HistoryEntry::Kind::Restored);
}

namespace {

/// The Conflict of a save made to an older version: which fields others changed since.
Error staleEdit(QSqlDatabase db, qint64 id, qint64 expectedVersion)
{
    QSqlQuery changed(db);
    changed.prepare(u"SELECT DISTINCT COALESCE(field, action) FROM audit_log "
                    "WHERE entity = 'lead' AND entity_id = ? AND entity_version > ? "
                    "ORDER BY 1"_s);
    changed.addBindValue(id);
    changed.addBindValue(expectedVersion);
    if (!changed.exec())
        return databaseError(changed, tr("Cannot read lead %1's history").arg(id));
    Error conflict {ErrorCode::Conflict, {}, {}, 0, 0, {}, {}};
    while (changed.next())
        conflict.details << changed.value(0).toString();
    if (changed.lastError().isValid())
        return databaseError(changed, tr("Cannot read lead %1's history").arg(id));
    conflict.message = tr("Lead %1 was changed by someone else since you opened it (%2); "
                          "nothing was saved. Reload it and make your change again.")
                           .arg(id)
                           .arg(conflict.details.join(u", "_s));
    return conflict;
}

/// The audit rows of a write: one per changed field of an update, one for a delete or restore.
Status auditWrite(QSqlDatabase &db, const Lead &before, const Lead &after,
    const QList<LeadField> &changed, const QString &action, const QString &actor, qint64 now)
{
    const qint64 version = after.version();
    if (action != u"update"_s)
        return writeAudit(db, before.id(), version, action, {}, {}, {}, actor, now);
    for (LeadField field : changed) {
        if (auto done = writeAudit(db, before.id(), version, action, fieldKey(field),
                auditText(before, field), auditText(after, field), actor, now);
            !done)
            return done;
    }
    return {};
}

} // namespace

Result<Lead> LeadService::write(qint64 id, qint64 expectedVersion, const LeadChanges &changes,
    const QString &reason, HistoryEntry::Kind kind)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    auto current = get(id, kind == HistoryEntry::Kind::Restored);
    if (!current)
        return current;

    if (current->version() != expectedVersion)
        return fail(staleEdit(m_db, id, expectedVersion));

    Lead next = *current;
    const qint64 now = nowMs();
    QString action = u"update"_s;
    if (kind == HistoryEntry::Kind::Deleted) {
        next.setValue(LeadField::DeletedAt, now);
        action = u"delete"_s;
    } else if (kind == HistoryEntry::Kind::Restored) {
        next.setValue(LeadField::DeletedAt, QVariant());
        action = u"restore"_s;
    } else {
        if (auto applied = applyChanges(next, changes); !applied)
            return fail(applied.error());
        if (auto normalized = normalize(next, normalizer()); !normalized)
            return fail(normalized.error());
        if (auto identified = requireIdentity(next); !identified)
            return fail(identified.error());
    }

    QString stageReason = reason;
    if (m_lifecycleChecks && next.text(LeadField::Stage) != current->text(LeadField::Stage)) {
        auto checked = applyStageChange(m_db, *current, next, reason, now);
        if (!checked)
            return fail(checked.error());
        stageReason = *checked;
    }

    QList<LeadField> changed;
    for (const FieldInfo &info : allFields()) {
        if (!isBookkeeping(info.field) && next.value(info.field) != current->value(info.field))
            changed << info.field;
    }
    if (changed.isEmpty())
        return current;

    const qint64 version = current->version() + 1;
    next.setValue(LeadField::Version, version);
    next.setValue(LeadField::UpdatedAt, now);

    QStringList assignments;
    for (LeadField field : std::as_const(changed))
        assignments << column(field) + u" = ?"_s;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE leads SET %1, version = ?, updated_at = ?, search_text = ? "
                   "WHERE id = ? AND version = ?"_s.arg(assignments.join(u", "_s)));
    for (LeadField field : std::as_const(changed))
        update.addBindValue(bindable(next, field));
    update.addBindValue(version);
    update.addBindValue(now);
    update.addBindValue(searchText(next));
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (auto done = execPrepared(update, tr("Cannot save lead %1").arg(id)); !done)
        return fail(done.error());
    if (update.numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
            tr("Lead %1 was changed by someone else while saving; nothing was saved.").arg(id));

    if (auto done = auditWrite(m_db, *current, next, changed, action, m_actor, now); !done)
        return fail(done.error());
    if (changed.contains(LeadField::Stage)) {
        if (auto done = writeStageChange(m_db, id, version, current->value(LeadField::Stage),
                next.text(LeadField::Stage), m_actor, stageReason, now);
            !done)
            return fail(done.error());
    }
    auto reread = LeadWorkflow(m_db, m_actor)
                      .afterWrite(*current, next, changed,
                          kind == HistoryEntry::Kind::Restored      ? LeadWorkflow::Write::Restore
                              : kind == HistoryEntry::Kind::Deleted ? LeadWorkflow::Write::Delete
                                                                    : LeadWorkflow::Write::Edit,
                          m_lifecycleChecks);
    if (!reread)
        return fail(reread.error());
    if (*reread) {
        auto stored = get(id);
        if (!stored)
            return stored;
        next = *stored;
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return next;
}

Result<QList<Lead>> LeadService::list(const LeadQuery &query) const
{
    auto select = leadSelect(query, selectColumns());
    if (!select)
        return fail(select.error());
    QSqlQuery rows(m_db);
    if (!execLeadSql(rows, *select))
        return fail(databaseError(rows, tr("Cannot list leads")));
    QList<Lead> leads;
    while (rows.next())
        leads.append(readLead(rows));
    // A read that stops at a damaged page ends the loop like the last row does: say so, never
    // return the rows before it as if they were all.
    if (rows.lastError().isValid())
        return fail(databaseError(rows, tr("Cannot list leads")));
    return leads;
}

Result<QList<Lead>> LeadService::listPage(const LeadQuery &query) const
{
    auto readIds = [this](const LeadSql &select) -> Result<QList<qint64>> {
        QSqlQuery rows(m_db);
        if (!execLeadSql(rows, select))
            return fail(databaseError(rows, tr("Cannot list leads")));
        QList<qint64> ids;
        while (rows.next())
            ids.append(rows.value(0).toLongLong());
        if (rows.lastError().isValid())
            return fail(databaseError(rows, tr("Cannot list leads")));
        return ids;
    };
    QList<qint64> ids;
    // The first page of a search, sorted by an indexed column: common words are found among the
    // first leads of the list, which the index gives without reading the rest; the search index
    // would hand over every match (a third of the leads for "gmail") to be sorted.
    static const QList<LeadField> indexed {
        LeadField::Id, LeadField::CreatedAt, LeadField::Score, LeadField::UpdatedAt};
    const LeadSearch search(query.search);
    if (!search.isEmpty() && query.offset == 0 && query.limit > 0 && !query.reverse
        && indexed.contains(query.sortField)) {
        // The walk stops at the page's last match; a rare word gives up after the window and is
        // answered by the search index, which then has few matches to sort.
        constexpr qint64 window = 8000;
        auto select = leadWindowSelect(query, window);
        if (!select)
            return fail(select.error());
        QSqlQuery rows(m_db);
        if (!execLeadSql(rows, *select))
            return fail(databaseError(rows, tr("Cannot list leads")));
        QList<qint64> found;
        while (found.size() < query.limit && rows.next()) {
            if (search.matches(rows.value(1).toString()))
                found.append(rows.value(0).toLongLong());
        }
        if (rows.lastError().isValid())
            return fail(databaseError(rows, tr("Cannot list leads")));
        rows.finish();
        if (found.size() == query.limit)
            ids = std::move(found);
    }
    if (ids.isEmpty()) {
        auto select = leadIdSelect(query);
        if (!select)
            return fail(select.error());
        Result<QList<qint64>> found = readIds(*select);
        if (!found)
            return fail(found.error());
        ids = std::move(*found);
    }
    if (ids.isEmpty())
        return QList<Lead>();
    LeadQuery byId;
    byId.ids = ids;
    byId.deleted = LeadQuery::Deleted::Include;
    Result<QList<Lead>> leads = list(byId);
    if (!leads)
        return leads;
    // Back into the page's order; a lead deleted between the two reads is left out.
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < leads->size(); ++i)
        position.insert(leads->at(i).id(), i);
    QList<Lead> page;
    page.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (const auto found = position.constFind(id); found != position.cend())
            page.append(std::move((*leads)[*found]));
    }
    return page;
}

Result<qint64> LeadService::count(const LeadQuery &query) const
{
    QSqlQuery select(m_db);
    if (!execLeadSql(select, leadCount(query)) || !select.next())
        return fail(databaseError(select, tr("Cannot count leads")));
    return select.value(0).toLongLong();
}

Result<QList<HistoryEntry>> LeadService::history(qint64 id) const
{
    auto lead = get(id, true);
    if (!lead)
        return fail(lead.error());
    QSqlQuery query(m_db);
    // In time order; within one millisecond by the lead version each change produced, a version's
    // field edits before its stage change.
    query.prepare(
        u"SELECT at, 0, action, field, old_value, new_value, actor, NULL, entity_version, id "
        "FROM audit_log WHERE entity = 'lead' AND entity_id = ? "
        "UNION ALL "
        "SELECT at, 1, 'stage', 'stage', from_stage, to_stage, actor, "
        "COALESCE(reason, rule), lead_version, id FROM stage_history WHERE lead_id = ? "
        "ORDER BY 1, 9, 2, 10"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1's history").arg(id)));
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        const QString action = query.value(2).toString();
        entry.field = query.value(3).toString();
        entry.oldValue = query.value(4).toString();
        entry.newValue = query.value(5).toString();
        entry.actor = query.value(6).toString();
        entry.reason = query.value(7).toString();
        entry.version = query.value(8).toLongLong();
        if (query.value(1).toInt() == 1) {
            entry.kind = HistoryEntry::Kind::StageChanged;
        } else {
            if (action == u"create"_s)
                entry.kind = HistoryEntry::Kind::Created;
            else if (action == u"delete"_s)
                entry.kind = HistoryEntry::Kind::Deleted;
            else if (action == u"restore"_s)
                entry.kind = HistoryEntry::Kind::Restored;
            else if (entry.field == u"stage"_s)
                continue; // the stage_history row tells it, with its reason
            else
                entry.kind = HistoryEntry::Kind::FieldChanged;
        }
        entries.append(entry);
    }
    // An import records the creation of its leads once, on its batch, not in the audit log.
    const bool created = std::any_of(entries.cbegin(), entries.cend(),
        [](const HistoryEntry &e) { return e.kind == HistoryEntry::Kind::Created; });
    if (!created && !lead->isNull(LeadField::ImportBatchId)) {
        query.prepare(u"SELECT actor FROM import_batches WHERE id = ?"_s);
        query.addBindValue(lead->integer(LeadField::ImportBatchId));
        HistoryEntry entry;
        entry.kind = HistoryEntry::Kind::Created;
        entry.at = lead->time(LeadField::CreatedAt);
        entry.version = 1;
        entry.reason = tr("import #%1").arg(lead->integer(LeadField::ImportBatchId));
        entry.actor = query.exec() && query.next() ? query.value(0).toString() : QString();
        entries.prepend(entry);
    }
    return entries;
}

} // namespace lf
