#include "leadactions.h"

#include "domain/lifecycle.h"
#include "leads/leadservice.h"
#include "routing/router.h"
#include "salesfeedbackdialog.h"
#include "scoring/qualification.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

/// More leads than this in one action: views reload everything instead of lead by lead.
constexpr qsizetype ManyLeads = 50;

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"desktop"_s : user;
}

/// The fields a person may set that differ between two states of a lead, with the values of `to`.
LeadChanges difference(const Lead &from, const Lead &to)
{
    LeadChanges changes;
    for (const FieldInfo &info : allFields()) {
        if (!info.editable)
            continue;
        if (from.value(info.field) != to.value(info.field))
            changes.append({info.field, to.value(info.field)});
    }
    return changes;
}

Error readOnlyError()
{
    return Error {ErrorCode::Invalid,
        QCoreApplication::translate("lf::LeadActions",
            "This database is open read-only: leads can be looked at but not changed."),
        {}, 0, 0, {}, {}};
}

} // namespace

/// One step on the undo stack. The action has already been carried out when the command is pushed,
/// so its first redo() does nothing. An undo or redo that fails (someone changed the lead since)
/// tells the user through LeadActions::actionFailed and makes the command obsolete, so the stack
/// drops it rather than pretending it happened.
class LeadActions::Command : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    Command(LeadActions *actions, const QString &text, QList<qint64> ids, Step undo, Step redo)
        : QUndoCommand(text)
        , m_actions(actions)
        , m_ids(std::move(ids))
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
    {
    }

    void undo() override { run(m_undo, QCoreApplication::translate("lf::LeadActions", "undo")); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo, QCoreApplication::translate("lf::LeadActions", "redo"));
    }

private:
    void run(const Step &step, const QString &what)
    {
        const Status done = step();
        m_actions->notify(m_ids);
        if (!done) {
            setObsolete(true);
            emit m_actions->actionFailed(
                QCoreApplication::translate("lf::LeadActions", "Could not %1 “%2”: %3")
                    .arg(what, text(), done.error().message));
        }
    }

    LeadActions *m_actions;
    QList<qint64> m_ids;
    Step m_undo;
    Step m_redo;
    bool m_first = true;
};

LeadActions::LeadActions(Database &database, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_actor(osUser())
{
}

LeadActions::~LeadActions() = default;

bool LeadActions::isReadOnly() const
{
    return m_database.isReadOnly();
}

void LeadActions::notify(const QList<qint64> &ids)
{
    if (ids.size() > ManyLeads) {
        emit leadsChanged();
        return;
    }
    for (qint64 id : ids)
        emit leadChanged(id);
}

void LeadActions::push(const QString &text, const QList<qint64> &ids, std::function<Status()> undo,
    std::function<Status()> redo)
{
    if (m_undoStack)
        m_undoStack->push(new Command(this, text, ids, std::move(undo), std::move(redo)));
}

Status LeadActions::applySnapshots(const QList<std::pair<Lead, Lead>> &moves, const QString &reason)
{
    // moves: (state the lead must be in now, state to put it in)
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    LeadService leads(m_database.connection());
    leads.setActor(m_actor);
    leads.setLifecycleChecks(false);
    for (const auto &[now, target] : moves) {
        auto current = leads.get(now.id(), true);
        if (!current)
            return std::unexpected(current.error());
        if (current->version() != now.version())
            return fail(ErrorCode::Conflict,
                tr("%1 was changed since (by someone else or another window).")
                    .arg(current->displayName()));
        const LeadChanges changes = difference(*current, target);
        if (changes.isEmpty())
            continue;
        auto written = leads.update(now.id(), now.version(), changes, reason);
        if (!written)
            return std::unexpected(written.error());
    }
    return transaction.commit();
}

Result<Lead> LeadActions::editLead(qint64 id, qint64 expectedVersion, const LeadChanges &changes)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    LeadService leads(m_database.connection());
    leads.setActor(m_actor);
    auto before = leads.get(id);
    if (!before)
        return before;
    auto after = leads.update(id, expectedVersion, changes);
    if (!after)
        return after;
    notify({id});
    // Undo and redo compare whole snapshots, so a change made meanwhile is never overwritten.
    auto pairs = std::make_shared<QList<std::pair<Lead, Lead>>>();
    pairs->append({*before, *after});
    const QString text = tr("Edit %1").arg(after->displayName());
    push(text, {id}, makeSnapshotStep(pairs, true, text), makeSnapshotStep(pairs, false, text));
    return after;
}

Result<QList<Lead>> LeadActions::revert(
    const QList<std::pair<Lead, Lead>> &moves, const QString &reason)
{
    // moves: (the state each lead must be in now, the state to put it in)
    if (auto done = applySnapshots(moves, reason); !done)
        return std::unexpected(done.error());
    QList<Lead> now;
    LeadService leads(m_database.connection());
    for (const auto &move : moves) {
        auto lead = leads.get(move.first.id(), true);
        if (!lead)
            return std::unexpected(lead.error());
        now.append(*lead);
    }
    return now;
}

bool LeadActions::canMove(Stage from, Stage to)
{
    return lifecycle::isAllowed(from, to);
}

bool LeadActions::needsReason(Stage to)
{
    return lifecycle::requiresReason(to);
}

QStringList LeadActions::reasonChoices(Stage to) const
{
    auto definition = QualificationStore(m_database.connection()).current();
    if (!definition)
        return {};
    if (to == Stage::Lost)
        return definition->lostReasons;
    if (to == Stage::Disqualified)
        return definition->disqualifyReasons;
    return {};
}

Result<QList<Lead>> LeadActions::changeStage(
    const QList<qint64> &ids, Stage to, QWidget *dialogParent)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    LeadService leads(m_database.connection());
    QList<qint64> movable;
    QStringList refusals;
    for (qint64 id : ids) {
        auto lead = leads.get(id);
        if (!lead) {
            refusals.append(lead.error().message);
            continue;
        }
        if (lead->stage() == to)
            continue;
        if (!lifecycle::isAllowed(lead->stage(), to)) {
            refusals.append(
                tr("%1: %2").arg(lead->displayName(), lifecycle::refusal(lead->stage(), to)));
            continue;
        }
        movable.append(id);
    }

    QString reason;
    if (!movable.isEmpty() && lifecycle::requiresReason(to)) {
        const QStringList choices = reasonChoices(to);
        bool ok = false;
        const QString label = movable.size() == 1
            ? tr("Why is this lead %1?").arg(stageLabel(to).toLower())
            : tr("Why are these %n leads %1?", nullptr, int(movable.size()))
                  .arg(stageLabel(to).toLower());
        reason = QInputDialog::getItem(
            dialogParent, tr("Move to %1").arg(stageLabel(to)), label, choices, 0, true, &ok)
                     .trimmed();
        if (!ok || reason.isEmpty())
            return fail(ErrorCode::Cancelled, tr("The move was cancelled."));
    }

    auto value = to == Stage::Won ? askDealValue(movable, dialogParent)
                                  : Result<std::optional<QVariant>>(std::nullopt);
    if (!value)
        return std::unexpected(value.error());
    QList<Lead> moved;
    if (!movable.isEmpty()) {
        auto done = moveLeads(movable, to, reason, &refusals, *value);
        if (!done)
            refusals.append(done.error().message);
        else
            moved = *done;
    }
    if (!refusals.isEmpty() && dialogParent) {
        QMessageBox box(QMessageBox::Warning, tr("Move to %1").arg(stageLabel(to)),
            refusals.size() == 1
                ? refusals.first()
                : tr("%n lead(s) could not be moved.", nullptr, int(refusals.size())),
            QMessageBox::Ok, dialogParent);
        if (refusals.size() > 1)
            box.setDetailedText(refusals.join(u'\n'));
        box.exec();
    }
    if (moved.isEmpty() && !refusals.isEmpty())
        return fail(ErrorCode::Invalid, refusals.first());
    return moved;
}

Result<std::optional<QVariant>> LeadActions::askDealValue(
    const QList<qint64> &ids, QWidget *dialogParent)
{
    // Several leads at once keep their own values; those without one are refused and listed.
    if (ids.size() != 1 || !dialogParent)
        return std::optional<QVariant>();
    auto lead = LeadService(m_database.connection()).get(ids.first());
    if (!lead || (!lead->isNull(LeadField::Value) && lead->integer(LeadField::Value) > 0))
        return std::optional<QVariant>();
    bool ok = false;
    const QString currency = lead->text(LeadField::Currency);
    const double amount = QInputDialog::getDouble(dialogParent, tr("Mark as Won"),
        currency.isEmpty()
            ? tr("A won deal needs its value. What is %1's deal worth?").arg(lead->displayName())
            : tr("A won deal needs its value. What is %1's deal worth (%2)?")
                  .arg(lead->displayName(), currency),
        0, 0.01, 1e12, 2, &ok);
    if (!ok)
        return fail(ErrorCode::Cancelled, tr("The move was cancelled."));
    auto value = LeadService::parseValue(LeadField::Value, QString::number(amount, 'f', 2));
    if (!value)
        return std::unexpected(value.error());
    return std::optional<QVariant>(*value);
}

Result<QList<Lead>> LeadActions::changeStageQuiet(
    const QList<qint64> &ids, Stage to, const QString &reason)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    return moveLeads(ids, to, reason, nullptr);
}

Result<QList<Lead>> LeadActions::moveLeads(const QList<qint64> &ids, Stage to,
    const QString &reason, QStringList *refusals, const std::optional<QVariant> &value)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    LeadService leads(m_database.connection());
    leads.setActor(m_actor);
    auto pairs = std::make_shared<QList<std::pair<Lead, Lead>>>();
    for (qint64 id : ids) {
        auto before = leads.get(id);
        if (!before)
            return std::unexpected(before.error());
        if (before->stage() == to)
            continue;
        // Each lead in a savepoint of its own: with refusals collected, one refused lead leaves
        // the others moved (and all of them one undo step); without, the first refusal is final.
        Transaction one(m_database.connection());
        if (auto begun = one.begin(); !begun)
            return std::unexpected(begun.error());
        auto after = value ? leads.update(id, before->version(),
                         {{LeadField::Stage, stageKey(to)}, {LeadField::Value, *value}}, reason)
                           : leads.changeStage(id, to, reason, before->version());
        if (!after) {
            if (!refusals)
                return std::unexpected(after.error());
            one.rollback();
            refusals->append(after.error().message);
            continue;
        }
        if (auto committed = one.commit(); !committed)
            return std::unexpected(committed.error());
        // Scoring or routing may have written the lead again after the move: keep its last state.
        auto settled = leads.get(id);
        if (!settled)
            return std::unexpected(settled.error());
        pairs->append({*before, *settled});
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());

    QList<Lead> moved;
    QList<qint64> movedIds;
    for (const auto &pair : std::as_const(*pairs)) {
        moved.append(pair.second);
        movedIds.append(pair.second.id());
    }
    if (moved.isEmpty())
        return moved;
    notify(movedIds);
    const QString text = moved.size() == 1
        ? tr("Move %1 to %2").arg(moved.first().displayName(), stageLabel(to))
        : tr("Move %n leads to %1", nullptr, int(moved.size())).arg(stageLabel(to));
    push(text, movedIds, makeSnapshotStep(pairs, true, text), makeSnapshotStep(pairs, false, text));
    return moved;
}

std::function<Status()> LeadActions::makeSnapshotStep(
    std::shared_ptr<QList<std::pair<Lead, Lead>>> pairs, bool undo, const QString &text)
{
    // pairs hold (before, after). Undo moves each lead from `after` back to `before`; redo the
    // other way. Each step records the state it wrote, so the next step checks against it.
    return [this, pairs, undo, text] {
        QList<std::pair<Lead, Lead>> moves;
        for (const auto &[before, after] : std::as_const(*pairs))
            moves.append(undo ? std::pair {after, before} : std::pair {before, after});
        auto done = revert(moves, undo ? tr("Undo: %1").arg(text) : tr("Redo: %1").arg(text));
        if (!done)
            return Status(std::unexpected(done.error()));
        for (qsizetype i = 0; i < pairs->size(); ++i) {
            if (undo)
                (*pairs)[i].first = done->at(i);
            else
                (*pairs)[i].second = done->at(i);
        }
        return Status {};
    };
}

Result<QList<Lead>> LeadActions::accept(const QList<qint64> &ids, QStringList *refusals)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    Router router(m_database.connection());
    router.setActor(m_actor);
    QList<Lead> accepted;
    QStringList refused;
    for (qint64 id : ids) {
        // Each its own transaction: one lead missing its BANT leaves the others accepted.
        auto lead = router.accept(id);
        if (!lead) {
            refused.append(lead.error().message);
            continue;
        }
        accepted.append(*lead);
    }
    if (refusals)
        *refusals = refused;
    QList<qint64> changed;
    for (const Lead &lead : std::as_const(accepted))
        changed.append(lead.id());
    notify(changed);
    if (accepted.isEmpty() && !refused.isEmpty())
        return fail(ErrorCode::NotAllowed, refused.join(u'\n'));
    return accepted;
}

Result<Lead> LeadActions::reject(qint64 id, const QString &reason, bool toMarketing)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    Router router(m_database.connection());
    router.setActor(m_actor);
    auto lead = router.reject(
        id, reason, toMarketing ? Router::RejectTo::Marketing : Router::RejectTo::Routing);
    if (lead)
        notify({id});
    return lead;
}

Result<Lead> LeadActions::recycle(
    qint64 id, const QString &reason, const QDateTime &until, bool resetScore)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    Router router(m_database.connection());
    router.setActor(m_actor);
    auto lead = router.recycle(id, reason, until, resetScore);
    if (lead)
        notify({id});
    return lead;
}

Result<QList<Lead>> LeadActions::askAccept(const QList<qint64> &ids, QWidget *dialogParent)
{
    QStringList refusals;
    auto accepted = accept(ids, &refusals);
    if (!refusals.isEmpty() && dialogParent) {
        QMessageBox box(QMessageBox::Warning, tr("Accept"),
            refusals.size() == 1
                ? refusals.first()
                : tr("%n lead(s) could not be accepted.", nullptr, int(refusals.size())),
            QMessageBox::Ok, dialogParent);
        if (refusals.size() > 1)
            box.setDetailedText(refusals.join(u'\n'));
        box.exec();
    }
    return accepted;
}

Result<Lead> LeadActions::askReject(qint64 id, QWidget *dialogParent)
{
    auto lead = LeadService(m_database.connection()).get(id);
    if (!lead)
        return lead;
    SalesFeedbackDialog dialog(
        SalesFeedbackDialog::Kind::Reject, lead->displayName(), dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, tr("The rejection was cancelled."));
    auto rejected = reject(id, dialog.reason(), dialog.toMarketing());
    if (!rejected && dialogParent)
        QMessageBox::warning(dialogParent, tr("Reject"), rejected.error().message);
    return rejected;
}

Result<Lead> LeadActions::askRecycle(qint64 id, QWidget *dialogParent)
{
    auto lead = LeadService(m_database.connection()).get(id);
    if (!lead)
        return lead;
    SalesFeedbackDialog dialog(
        SalesFeedbackDialog::Kind::Recycle, lead->displayName(), dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, tr("The recycle was cancelled."));
    auto recycled = recycle(id, dialog.reason(), dialog.until(), dialog.resetScore());
    if (!recycled && dialogParent)
        QMessageBox::warning(dialogParent, tr("Recycle"), recycled.error().message);
    return recycled;
}

Result<qint64> LeadActions::assign(const QList<qint64> &ids, qint64 userId, const QString &reason)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    if (userId <= 0)
        return fail(ErrorCode::Invalid, tr("Choose whom to give the leads to."));
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    LeadService leads(m_database.connection());
    Router router(m_database.connection());
    router.setActor(m_actor);
    auto previous = std::make_shared<QList<std::pair<qint64, qint64>>>(); // lead, previous owner
    for (qint64 id : ids) {
        auto lead = leads.get(id);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->integer(LeadField::OwnerId) == userId)
            continue;
        auto done = router.assign(id, userId, reason);
        if (!done)
            return std::unexpected(done.error());
        previous->append(
            {id, lead->isNull(LeadField::OwnerId) ? 0 : lead->integer(LeadField::OwnerId)});
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    if (previous->isEmpty())
        return 0;

    QList<qint64> changed;
    for (const auto &entry : std::as_const(*previous))
        changed.append(entry.first);
    notify(changed);
    const QString text = tr("Assign %n lead(s)", nullptr, int(changed.size()));
    push(
        text, changed,
        [this, previous, text] {
            Transaction undoTransaction(m_database.connection());
            if (auto begun = undoTransaction.begin(); !begun)
                return begun;
            Router undoRouter(m_database.connection());
            undoRouter.setActor(m_actor);
            for (const auto &[id, owner] : std::as_const(*previous)) {
                if (owner > 0) {
                    if (auto done = undoRouter.assign(id, owner, tr("Undo: %1").arg(text)); !done)
                        return Status(std::unexpected(done.error()));
                } else if (auto done = undoRouter.unassign(id, tr("Undo: %1").arg(text)); !done) {
                    return Status(std::unexpected(done.error()));
                }
            }
            return undoTransaction.commit();
        },
        [this, previous, userId, reason] {
            Transaction redoTransaction(m_database.connection());
            if (auto begun = redoTransaction.begin(); !begun)
                return begun;
            Router redoRouter(m_database.connection());
            redoRouter.setActor(m_actor);
            for (const auto &entry : std::as_const(*previous)) {
                if (auto done = redoRouter.assign(entry.first, userId, reason); !done)
                    return Status(std::unexpected(done.error()));
            }
            return redoTransaction.commit();
        });
    return qint64(changed.size());
}

Status LeadActions::setDeleted(const QList<qint64> &ids, bool deleted)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    LeadService leads(m_database.connection());
    leads.setActor(m_actor);
    for (qint64 id : ids) {
        auto done = deleted ? leads.remove(id) : leads.restore(id);
        if (!done)
            return std::unexpected(done.error());
    }
    return transaction.commit();
}

Result<qint64> LeadActions::remove(const QList<qint64> &ids)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    if (ids.isEmpty())
        return 0;
    if (auto done = setDeleted(ids, true); !done)
        return std::unexpected(done.error());
    notify(ids);
    push(
        tr("Delete %n lead(s)", nullptr, int(ids.size())), ids,
        [this, ids] { return setDeleted(ids, false); },
        [this, ids] { return setDeleted(ids, true); });
    return qint64(ids.size());
}

Result<Lead> LeadActions::create(const LeadChanges &fields)
{
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    LeadService leads(m_database.connection());
    leads.setActor(m_actor);
    auto created = leads.create(fields);
    if (!created)
        return created;
    const qint64 id = created->id();
    notify({id});
    push(
        tr("Add %1").arg(created->displayName()), {id},
        [this, id] { return setDeleted({id}, true); },
        [this, id] { return setDeleted({id}, false); });
    return created;
}

} // namespace lf
