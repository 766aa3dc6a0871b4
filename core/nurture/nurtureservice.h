#pragma once

#include "domain/stage.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace lf {

/// One step of a nurture sequence. Email subjects and bodies and call texts are templates: they may
/// use the placeholders NurtureService::placeholders() lists, written {{first_name}}, optionally
/// with a text for when the lead has no value: {{first_name|there}}.
struct SequenceStep
{
    enum class Kind { Email, Call, Wait };

    int position = 0; ///< 1-based; createSequence() numbers the steps in list order
    Kind kind = Kind::Wait;
    int waitDays = 0; ///< wait steps: whole days (1 to 3650)
    QString subject; ///< email: the subject; call: what the call is about (the task's title)
    QString body; ///< email: the text; call: optional notes for the caller

    static QString kindKey(Kind kind); ///< "email", "call", "wait"
    static std::optional<Kind> kindFromString(QStringView text);
    /// "wait 3 days", "email: Your e-book", "call: Call about the e-book" (untranslated templates).
    QString summary() const;

    /// {"kind": "wait", "wait_days": 3} or {"kind": "email", "subject": ..., "body": ...}.
    QJsonObject toJson() const;
    static Result<SequenceStep> fromJson(const QJsonObject &object);
};

/// A nurture sequence: steps a lead goes through one after the other once enrolled.
struct Sequence
{
    qint64 id = 0;
    QString name; ///< unique (ignoring case), not only digits
    QString description;
    /// Leads that enter the Nurturing stage are enrolled by themselves ("by rule").
    bool enrolOnNurturing = false;
    /// Inactive sequences take no new enrolments; running ones go on.
    bool active = true;
    QList<SequenceStep> steps;
    QDateTime createdAt; ///< UTC, read only

    // Read only: how many leads are in the sequence, finished it, or left it early.
    qint64 activeEnrolments = 0;
    qint64 completedEnrolments = 0;
    qint64 exitedEnrolments = 0;

    /// name, description, enrol_on_nurturing, active, steps (no id, no counts).
    QJsonObject toJson() const;
    /// The inverse of toJson(); "steps" is required, the rest optional. Not validated beyond the
    /// types: createSequence() does that.
    static Result<Sequence> fromJson(const QJsonObject &object);
};

/// A lead's passage through a sequence.
struct Enrolment
{
    enum class Status { Active, Completed, Exited };

    qint64 id = 0;
    qint64 leadId = 0;
    qint64 sequenceId = 0;
    QString sequenceName;
    Status status = Status::Active;
    /// The step the lead is at (1-based): the next one to run, or the one whose task is open.
    /// Past the last step once completed.
    int stepPosition = 1;
    /// When the current step is due (UTC); for a step with an open task, the task's due time.
    /// Invalid once the enrolment ended.
    QDateTime nextDueAt;
    QDateTime enrolledAt; ///< UTC
    QString enrolledBy; ///< who enrolled the lead; "rule" for enrolment on entering Nurturing
    Stage stageAtEnrolment = Stage::New;
    QDateTime endedAt; ///< UTC; invalid while active
    /// Why an exited enrolment ended: "stage changed to mql", "replied", "unsubscribed",
    /// "lead deleted". Stored as written here (not translated).
    QString exitReason;

    static QString statusKey(Status status); ///< "active", "completed", "exited"
};

/// Something a user has to do for a lead: a call or an email from a sequence, or a follow-up.
struct Task
{
    enum class Kind { Call, Email, FollowUp, Escalation };

    qint64 id = 0;
    qint64 leadId = 0;
    QString leadName; ///< read only: the lead's display name
    qint64 userId = 0; ///< 0 = nobody (the lead had no owner)
    QString userName; ///< read only
    Kind kind = Kind::Call;
    QString title; ///< email: the merged subject; call: the merged call text
    QString detail; ///< email: the merged body; call: the merged notes
    QDateTime dueAt; ///< UTC
    QDateTime doneAt; ///< UTC; invalid while open
    qint64 enrolmentId = 0; ///< 0 when the task is not from a sequence
    int stepPosition = 0;
    QString sequenceName; ///< read only

    static QString kindKey(Kind kind); ///< "call", "email", "follow_up", "escalation"
};

/// An email task merged with the lead and its owner, ready for a mail client.
struct RenderedEmail
{
    qint64 taskId = 0;
    qint64 leadId = 0;
    QString to; ///< the lead's address as entered
    QString toName; ///< the lead's display name
    QString from; ///< the sender's address (the task's user, else the lead's owner); may be empty
    QString fromName;
    QString subject; ///< one line
    QString body; ///< lines separated by \n
    /// Placeholders that had no value and no fallback text, so were merged as empty ("first_name").
    QStringList missing;
};

/// What one advance() did.
struct AdvanceResult
{
    qint64 checked = 0; ///< due enrolments looked at (including those waiting for an open task)
    qint64 tasksCreated = 0;
    qint64 completed = 0; ///< enrolments that went past their last step
    qint64 exited = 0; ///< enrolments ended because the lead moved on
};

/// Nurture sequences, enrolments and the task lists they feed.
///
/// A lead enrolled in a sequence starts at step 1, due at once. advance() runs the due steps: a
/// wait moves the due time on by whole days (wall-clock days in the machine's time zone), a call or
/// an email creates a task for the lead's owner due at the step's due time and waits until that
/// task is done (completeTask()); after the last step the enrolment is completed. An enrolment
/// ends by itself (exited) when the lead changes stage, is deleted, or, after the enrolment, has a
/// touchpoint of a reply type (reply, email_reply, meeting, demo_request) or unsubscribes. The
/// open tasks of an ended enrolment no longer appear in task lists and cannot be completed.
///
/// Times are UTC milliseconds in the database. Use from the thread that owns the connection.
class NurtureService
{
public:
    explicit NurtureService(QSqlDatabase db);

    // --- templates ----------------------------------------------------------------------------

    /// Placeholder names a template may use: first_name, last_name, company, title, owner_name,
    /// owner_email, sender_name.
    static QStringList placeholders();
    /// Refuses unknown placeholders (naming them) and a "{{" that opens none. `what` names the
    /// text in the message ("Step 2's subject").
    static Status checkTemplate(const QString &text, const QString &what);
    /// Replaces each {{name}} or {{name|fallback}} (name ignoring case and spaces) by its value;
    /// an empty value gives the fallback, or nothing (its name is then added to *missing once).
    /// Values are inserted as they are, never expanded again. Unknown placeholders stay as written.
    static QString merge(
        const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);

    // --- sequences ----------------------------------------------------------------------------

    /// Validates and stores a sequence with its steps (numbered 1..n in list order). Refuses a
    /// missing, numeric or taken name, no steps, only waits, an email without subject or body, a
    /// call without text, a wait outside 1..3650 days and unknown placeholders.
    Result<Sequence> createSequence(const Sequence &sequence);
    /// Every sequence with its steps and enrolment counts, by name.
    Result<QList<Sequence>> listSequences() const;
    /// A sequence by id (digits) or by name (exact, else ignoring case).
    Result<Sequence> sequence(const QString &nameOrId) const;

    // --- enrolments ---------------------------------------------------------------------------

    /// Enrols a lead by hand at `at` (invalid = now); its first step is due then. Refuses unknown
    /// and deleted leads, won, lost and disqualified ones, an inactive sequence, a lead already
    /// active in the sequence, and an unsubscribed lead in a sequence that sends email.
    Result<Enrolment> enrol(
        qint64 leadId, const QString &sequence, const QString &actor, const QDateTime &at = {});
    /// A lead's enrolments, oldest first.
    Result<QList<Enrolment>> enrolments(qint64 leadId) const;

    /// Runs what is due at `now` in one transaction: ends enrolments whose lead moved on, then
    /// runs steps (see the class comment). Only enrolments due by `now` are read (enrolments_due
    /// index); when none needs a change nothing is written and no write lock is taken.
    Result<AdvanceResult> advance(const QDateTime &now);

    /// Called by the lead service in the transaction of every stage change: ends the lead's active
    /// enrolments (exit reason "stage changed to <to>") and, when `to` is Nurturing, enrols the
    /// lead in every active sequence marked to take leads that enter nurturing (unless already in
    /// it; unsubscribed leads not in sequences that send email). Calling it twice does no harm.
    Status onStageChanged(qint64 leadId, Stage from, Stage to);

    // --- tasks --------------------------------------------------------------------------------

    enum class TaskFilter {
        Open, ///< every open task
        DueToday, ///< open and due on today's date (machine's time zone)
        Overdue, ///< open and due before today's date
    };
    /// userId for tasks of nobody (leads without owner).
    static constexpr qint64 Unassigned = -1;
    /// Open tasks of a user (0 = everybody, Unassigned = nobody's), by due time. Tasks of deleted
    /// leads and of ended enrolments are left out. Reads only; call advance() first.
    Result<QList<Task>> tasks(qint64 userId, TaskFilter filter, const QDateTime &now) const;
    Result<Task> task(qint64 taskId) const;
    /// Marks a task done at `at` (invalid = now) and moves its enrolment on (a next email or call
    /// step becomes a task at once). Completing an email task logs an "email" touchpoint with the
    /// merged subject as its detail. Refuses a task already done or of an ended enrolment.
    Result<Task> completeTask(qint64 taskId, const QString &actor, const QDateTime &at = {});

    /// The email of an email task merged from the lead and its owner (users.name, users.email).
    /// Refuses other tasks, a lead without a valid email address, and ended enrolments.
    Result<RenderedEmail> renderEmail(qint64 taskId) const;
    /// mailto: URL (RFC 6068): the address, then subject and body percent-encoded as UTF-8, line
    /// breaks in the body as %0D%0A.
    static QString mailtoUrl(const RenderedEmail &email);
    /// The email as an unsent RFC 5322 message: CRLF line ends, non-ASCII header text as RFC 2047
    /// encoded words, the body as quoted-printable UTF-8, "X-Unsent: 1" so mail clients open it as
    /// a draft. date invalid = now.
    static QByteArray emlText(const RenderedEmail &email, const QDateTime &date = {});
    /// Writes emlText() to path through a QSaveFile (complete or not at all).
    static Status writeEml(const RenderedEmail &email, const QString &path);

private:
    struct DueRow;
    Result<QList<DueRow>> dueRows(qint64 now, qint64 enrolmentId) const;
    Result<QList<SequenceStep>> steps(qint64 sequenceId) const;
    Status process(const DueRow &row, qint64 now, AdvanceResult &result,
        QHash<qint64, QList<SequenceStep>> &stepCache);
    Result<QHash<QString, QString>> mergeValues(qint64 leadId, qint64 senderId) const;

    QSqlDatabase m_db;
};

} // namespace lf
