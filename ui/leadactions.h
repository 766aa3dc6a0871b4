#pragma once

#include "domain/lead.h"
#include "domain/stage.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QUndoStack;
class QWidget;

namespace lf {

class Database;

/// The changes a person makes to leads in the GUI, made through the core services and pushed on
/// one QUndoStack so that Edit > Undo takes back edits, stage changes and assignments alike.
///
/// Every widget that changes a lead (lead table, lead detail, pipeline board) goes through here, so
/// that the rules (lifecycle, reasons, BANT), the conflict check and the undo history are the same
/// everywhere. Methods that may need to ask the user something (a reason, a conflict) take the
/// parent widget for their dialogs; the *Quiet variants never ask and return the error instead (for
/// tests and drag-and-drop previews).
///
/// Lives on the GUI thread and uses the database's own connection.
class LeadActions : public QObject
{
    Q_OBJECT

public:
    LeadActions(Database &database, QUndoStack *undoStack, QObject *parent = nullptr);
    ~LeadActions() override;

    Database &database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;

    /// Who makes the changes (recorded in audit_log and stage_history); the OS user by default.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Saves changes made to the lead as it was at expectedVersion, as one undoable step. When
    /// someone changed the lead meanwhile the error has ErrorCode::Conflict and nothing is written.
    Result<Lead> editLead(qint64 id, qint64 expectedVersion, const LeadChanges &changes);

    /// Whether the lifecycle allows moving a lead from one stage to the other (lifecycle.h).
    static bool canMove(Stage from, Stage to);
    /// Whether the move needs a reason (lost, disqualified), chosen from the qualification
    /// definition's list for that stage (reasonChoices()).
    static bool needsReason(Stage to);
    QStringList reasonChoices(Stage to) const;

    /// Moves leads to a stage as one undoable step. Asks for a reason (from the definition's
    /// list, or free text) when the target needs one; when the user cancels, nothing changes and
    /// the error is ErrorCode::Cancelled. Leads the lifecycle refuses are reported in one message
    /// box and skipped; returns the leads moved.
    Result<QList<Lead>> changeStage(const QList<qint64> &ids, Stage to, QWidget *dialogParent);
    /// The same without asking: the reason is given (may be empty); the first refusal is the
    /// error and nothing is moved.
    Result<QList<Lead>> changeStageQuiet(const QList<qint64> &ids, Stage to, const QString &reason);

    /// Gives leads to a user by hand (userId 0 is refused), one undoable step; the reason goes
    /// into the assignment. Undo gives each lead back to its previous owner, or none.
    Result<qint64> assign(const QList<qint64> &ids, qint64 userId, const QString &reason);

    /// Sales feedback on owned leads, recorded on their assignments (and so in the acceptance
    /// figures). Not undoable: they are the sales side's word, as `leadflow-cli accept` records
    /// it; a later change of mind is another stage change or assignment.
    /// Accept: the owner takes the leads on; each becomes SQL where the qualification definition
    /// allows. Returns the leads accepted; refused ones are listed in the error when none was.
    Result<QList<Lead>> accept(const QList<qint64> &ids, QStringList *refusals = nullptr);
    /// Reject with a reason: back to routing (another rep; never the one rejecting), or to
    /// marketing (nurturing, no owner).
    Result<Lead> reject(qint64 id, const QString &reason, bool toMarketing);
    /// Back to marketing for nurturing, with a reason and optionally a date to look again and a
    /// fresh engagement score.
    Result<Lead> recycle(qint64 id, const QString &reason, const QDateTime &until, bool resetScore);

    /// The same, asking what is needed (SalesFeedbackDialog) and telling the user what was
    /// refused; Cancelled when the user cancels.
    Result<QList<Lead>> askAccept(const QList<qint64> &ids, QWidget *dialogParent);
    Result<Lead> askReject(qint64 id, QWidget *dialogParent);
    Result<Lead> askRecycle(qint64 id, QWidget *dialogParent);

    /// Soft-deletes leads, one undoable step (undo restores them).
    Result<qint64> remove(const QList<qint64> &ids);

    /// A lead created in the GUI, one undoable step (undo deletes it, redo restores it).
    Result<Lead> create(const LeadChanges &fields);

signals:
    /// A lead was written (edited, moved, assigned, deleted or restored) by an action, its undo
    /// or its redo. Views showing the lead reload it.
    void leadChanged(qint64 id);
    /// Many leads changed at once (more than a view should reload one by one): reload everything.
    void leadsChanged();
    /// An undo or redo could not be carried out (the lead changed meanwhile); the stack is kept.
    void actionFailed(const QString &message);

private:
    class Command;
    void notify(const QList<qint64> &ids);
    void push(const QString &text, const QList<qint64> &ids, std::function<Status()> undo,
        std::function<Status()> redo);
    /// Puts each lead from the first state of its pair into the second, refusing (Conflict) when
    /// a lead is no longer in the first state; one transaction, lifecycle checks off.
    Status applySnapshots(const QList<std::pair<Lead, Lead>> &moves, const QString &reason);
    /// applySnapshots(), then the leads as they are now.
    Result<QList<Lead>> revert(const QList<std::pair<Lead, Lead>> &moves, const QString &reason);
    /// The undo (or redo) step of a command over (before, after) snapshots.
    std::function<Status()> makeSnapshotStep(
        std::shared_ptr<QList<std::pair<Lead, Lead>>> pairs, bool undo, const QString &text);
    /// Moves the leads in one transaction and pushes one undo step for those moved. With
    /// refusals, a refused lead is skipped and its message appended; without, it fails them all.
    /// For a single lead being marked won without a deal value: asks for it. nullopt when no value
    /// is needed; Cancelled when the user cancels.
    Result<std::optional<QVariant>> askDealValue(const QList<qint64> &ids, QWidget *dialogParent);
    Result<QList<Lead>> moveLeads(const QList<qint64> &ids, Stage to, const QString &reason,
        QStringList *refusals, const std::optional<QVariant> &value = std::nullopt);
    Status setDeleted(const QList<qint64> &ids, bool deleted);

    Database &m_database;
    QUndoStack *m_undoStack;
    QString m_actor;
};

} // namespace lf
