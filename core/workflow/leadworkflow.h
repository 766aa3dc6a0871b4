#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lf {

/// What follows a change to one lead, decided in one place: the lead service calls it in the
/// transaction of every write, so the CLI, the GUI and every other caller get the same process.
///
/// - Fields the score depends on changed (or the lead was restored): rescored, graded, promoted
///   to MQL when it qualifies.
/// - A live stage change (not an import's record of one): nurture sequences end or start; a new
///   MQL without an owner is routed when routing runs on MQL; a move to SQL by its owner's side
///   counts as the owner accepting the lead, as `accept` does.
/// - An owner set by an edit is an assignment like `assign` (recorded, with its first-contact
///   clock); an owner removed ends the open assignment. A move to nurturing hands the lead back
///   to marketing: it loses its owner and its first-contact clock, as `recycle` does.
class LeadWorkflow
{
public:
    LeadWorkflow(QSqlDatabase db, const QString &actor);

    /// Splits what an edit asks for into what the lead service writes and the owner change that
    /// comes with it: `owner` is set when the edit changes the owner (0 = no owner), also when a
    /// move to nurturing takes an owned lead back to marketing (`write` then clears the owner).
    struct Plan
    {
        LeadChanges write;
        std::optional<qint64> owner;
        bool toNurturing = false;
    };
    static Plan plan(const Lead &current, const LeadChanges &changes);

    /// Before an owner is removed: ends the open assignment (with why).
    Status endAssignment(qint64 leadId, const Plan &plan, const QString &reason);
    /// After an owner was removed: the lead has no first-contact deadline any more.
    Status clearDeadline(qint64 leadId);
    /// After the edit that set the owner is written: records it as a hand assignment with its
    /// reason and first-contact clock, as `assign` does.
    Status assignOwner(qint64 leadId, qint64 owner, const QString &reason);

    /// The consequences of a written change, in its transaction. Returns whether the lead row
    /// changed again (the caller reads it back).
    enum class Write { Edit, Delete, Restore };
    Result<bool> afterWrite(const Lead &before, const Lead &after, const QList<LeadField> &changed,
        Write write, bool lifecycle);

    /// The owner's acceptance of a lead moved to SQL (its open, unanswered assignment).
    Status countAcceptance(qint64 leadId) const;

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace lf
