#pragma once

#include "leadservice.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace lf {

/// Something that happened with a lead: a call, an email, a meeting, a note logged by hand, or an
/// email open, web visit, form or webinar taken from an import.
struct Touchpoint
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString type; ///< "call", "email", "meeting", "note", or an imported type ("demo_request")
    QString channel;
    qint64 campaignId = 0; ///< 0 = none
    QString campaign; ///< campaign name (read only; set campaignId to link one)
    QDateTime at; ///< UTC; invalid = now
    QString detail; ///< free text: what was said, the subject
    QString outcome; ///< "connected", "left voicemail", "no answer", ...
    QString actor;
    qint64 importBatchId = 0;
};

/// One line of a lead's timeline.
struct TimelineEntry
{
    enum class Kind { Created, Edit, StageChange, Touchpoint, Assignment, Deleted, Restored };
    Kind kind = Kind::Edit;
    QDateTime at; ///< UTC
    QString actor;
    QString summary; ///< one line a person reads: "Called: connected", "Stage New → MQL"
    QString detail; ///< reason, note, old → new value
    qint64 sourceId = 0; ///< touchpoint, stage_history, assignment or audit_log row id
};

/// Logs touchpoints by hand and builds a lead's timeline. Logging keeps the lead's score current
/// (that lead only) and stops the first-contact clock at the first call, email or meeting.
class TouchpointService
{
public:
    explicit TouchpointService(QSqlDatabase db);
    void setActor(const QString &actor) { m_actor = actor; }

    /// Types offered when logging by hand; an activity of one of the first three is a contact.
    static QStringList manualTypes(); ///< call, email, meeting, note
    static bool isContact(const QString &type);

    Result<Touchpoint> log(const Touchpoint &touchpoint);
    Result<QList<Touchpoint>> list(qint64 leadId) const;

    /// Touchpoints, stage changes, assignments and edits of a lead, oldest first.
    Result<QList<TimelineEntry>> timeline(qint64 leadId) const;

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace lf
