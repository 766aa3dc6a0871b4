#pragma once

#include "io/progress.h"
#include "scoringrule.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lf {

/// How a proposed set of scoring rules would move the leads compared with the current set.
struct RuleImpact
{
    qint64 leads = 0; ///< leads compared (every lead that is not deleted)
    qint64 scoreChanged = 0; ///< leads whose score would change
    qint64 gradeChanged = 0; ///< leads whose grade would change
    qint64 becomeMql = 0; ///< score below the MQL threshold now, at or above it with the proposal
    qint64 fallBelowMql = 0; ///< at or above the threshold now, below it with the proposal
    /// Leads that would change grade or cross the MQL threshold (either way).
    qint64 moved = 0;
    /// Mean of (proposed score - current score) over all compared leads; 0 without leads.
    double meanScoreChange = 0;
    /// Touchpoints were read because the engagement rules differ.
    bool readTouchpoints = false;
    qint64 touchpoints = 0; ///< touchpoints read

    /// "This change would move 3 leads: 2 change grade, 1 become MQL, 0 fall below MQL." followed
    /// by the mean score change.
    QString toText() const;
};

/// Works out, before anything is saved, what a change to the scoring rules would do to the leads.
///
/// Both rule sets are scored with ScoringModel under the current qualification definition and the
/// same clock, so the comparison shows the rule change alone, not scores that went stale since the
/// last rescoring. The route taken is the cheapest honest one:
/// - Fit is recomputed for both sets from the leads' own fields: one pass over the leads, reading
///   only the columns the fit rules of either set look at.
/// - When the enabled engagement rules of both sets are identical, engagement cannot differ, so no
///   touchpoint is read and each lead's stored engagement score stands in on both sides (the score
///   change is then exactly the fit change; threshold crossings use the stored engagement).
/// - Otherwise every scored touchpoint is read once and each lead's engagement is summed for both
///   sets exactly as ScoringModel::score() does (decay to now, caps, 0-100 bounds).
///
/// Nothing is written. Use from the thread that owns the connection (a worker opens its own with
/// lf::Connection).
class RulePreview
{
public:
    explicit RulePreview(QSqlDatabase db);

    /// A fixed clock for tests (ms since the epoch); 0 = the system clock.
    void setNow(qint64 now) { m_now = now; }
    qint64 now() const;

    /// Compares proposed with current over every lead. Progress counts leads; a cancelled run
    /// returns a Cancelled error.
    Result<RuleImpact> compare(const QList<ScoringRule> &current,
        const QList<ScoringRule> &proposed, Progress *progress = nullptr) const;

    /// rules with `rule` replacing the one with the same id, or appended when its id is 0 or not
    /// among them.
    static QList<ScoringRule> withRule(const QList<ScoringRule> &rules, const ScoringRule &rule);
    /// rules without the one with this id.
    static QList<ScoringRule> withoutRule(const QList<ScoringRule> &rules, qint64 id);

private:
    QSqlDatabase m_db;
    qint64 m_now = 0;
};

} // namespace lf
