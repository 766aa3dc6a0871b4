#pragma once

#include "domain/lead.h"
#include "leadquery.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace lf {

class Database;
class Normalizer;

/// One entry of a lead's history: a field edit, a stage change, a deletion or restore.
struct HistoryEntry
{
    enum class Kind { Created, FieldChanged, StageChanged, Deleted, Restored };
    Kind kind = Kind::FieldChanged;
    QDateTime at; ///< UTC
    QString actor;
    QString field; ///< field key for FieldChanged
    QString oldValue;
    QString newValue;
    QString reason; ///< for stage changes
    qint64 version = 0; ///< lead version this change produced
};

/// Create, read, update, soft-delete and restore leads; list them with filters and sorting in SQL.
/// Every write normalizes the lead, writes audit_log (and stage_history for stage changes) and
/// bumps the lead's version in one transaction. Use from the thread that owns the connection.
class LeadService
{
public:
    /// Works on the given connection (the Database's own, or a thread's).
    explicit LeadService(QSqlDatabase db);
    ~LeadService();

    /// Who is making the changes (a user name); recorded in audit_log and stage_history.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    /// Whether stage changes must follow the lifecycle and the qualification definition (on by
    /// default). Imports and their undo record stages as another system or an earlier state had
    /// them, so they switch it off.
    void setLifecycleChecks(bool on) { m_lifecycleChecks = on; }

    Result<Lead> create(const LeadChanges &fields);
    /// A lead by id; a deleted one only with includeDeleted.
    Result<Lead> get(qint64 id, bool includeDeleted = false) const;
    /// Applies changes made to the lead as it was at expectedVersion. If the lead has changed
    /// since, nothing is written and the error (ErrorCode::Conflict) lists the fields changed
    /// meanwhile.
    Result<Lead> update(
        qint64 id, qint64 expectedVersion, const LeadChanges &changes, const QString &reason = {});
    /// Applies changes to the lead as it is now. When another writer saves the lead between the
    /// read and the write, it reads again and re-applies, as long as that writer changed none of
    /// the fields these changes set; otherwise the Conflict of update() comes back. Nothing the
    /// other writer saved is overwritten with an older value.
    Result<Lead> updateCurrent(qint64 id, const LeadChanges &changes, const QString &reason = {});
    /// Moves a lead to another stage, as the lifecycle allows (lifecycle.h): lost and disqualified
    /// need a reason from the qualification definition's list, SQL the BANT items it names.
    /// Recorded in stage_history with who, when and why. expectedVersion 0 = the current one.
    Result<Lead> changeStage(
        qint64 id, Stage to, const QString &reason, qint64 expectedVersion = 0);
    Result<Lead> remove(qint64 id); ///< soft delete
    Result<Lead> restore(qint64 id);

    Result<QList<Lead>> list(const LeadQuery &query) const;
    /// The same leads as list(), for one page of a big list (limit and offset set): finds the
    /// page's ids first, from the sort column's index where there is one, then reads those leads.
    /// Deep pages cost an index walk instead of a walk over the table.
    Result<QList<Lead>> listPage(const LeadQuery &query) const;
    Result<qint64> count(const LeadQuery &query) const;
    Result<QList<HistoryEntry>> history(qint64 id) const;

    /// Converts a typed-in value (CLI "field=value", a form) to the stored type of the field:
    /// money "1,234.50" → 123450, times ISO 8601 → ms, stage names → keys. Errors name the field.
    static Result<QVariant> parseValue(LeadField field, const QString &text);

private:
    Result<Lead> write(qint64 id, qint64 expectedVersion, const LeadChanges &changes,
        const QString &reason, HistoryEntry::Kind kind);
    Normalizer &normalizer() const;

    QSqlDatabase m_db;
    QString m_actor;
    bool m_lifecycleChecks = true;
    mutable std::unique_ptr<Normalizer> m_normalizer;
};

} // namespace lf
