#pragma once

#include "scoring/scorer.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace lf {

/// Follow-up work that a committed change still owes the lead process: after an import of leads or
/// touchpoints, or an undo of one, every lead must be rescored, graded, moved to MQL where it
/// qualifies, and the new MQLs routed with their first-contact clocks.
///
/// The change records the debt with mark() inside its own transaction; finish() does the work and
/// clears the record in one transaction. A kill, a full disk or a lock between the two leaves the
/// record, and the next command (leadflow-cli opens every writable database through finish()) or
/// automation pass pays it. Doing the work twice is harmless: rescoring is idempotent.
class PendingWork
{
public:
    /// Records that every lead must be rescored and routed, because of reason ("import 12").
    /// Joins the caller's transaction; call it before that transaction commits.
    static Status markRescore(QSqlDatabase db, const QString &reason);

    /// The reasons of the work still owed, oldest first; empty when nothing is owed.
    static Result<QStringList> owed(QSqlDatabase db);

    struct Done
    {
        QStringList reasons; ///< what the work was owed for
        ScoringService::Totals totals;
    };
    /// Rescores and routes every lead when that is owed, and clears the record, in one
    /// transaction; nullopt when nothing was owed. actor names who the stage changes are by; now
    /// as for rescoreAll().
    static Result<std::optional<Done>> finish(
        QSqlDatabase db, const QString &actor, qint64 now = 0);
    /// Rescores and routes every lead now, owed or not, and clears the record in the same
    /// transaction (`leadflow-cli rescore --all`, the end of an import, the automation pass's
    /// daily decay refresh). now: the moment scores are decayed to and routing clocks start, ms
    /// since the epoch (0 = the system clock); it is recorded as DecayRefreshedKey.
    static Result<ScoringService::Totals> rescoreAll(
        QSqlDatabase db, const QString &actor, Progress *progress = nullptr, qint64 now = 0);

    /// Setting: when every lead's engagement decay was last brought up to date (ms since the
    /// epoch).
    static inline const QString DecayRefreshedKey = QStringLiteral("automation.decay_refreshed_at");
};

} // namespace lf
