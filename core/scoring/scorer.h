#pragma once

#include "io/progress.h"
#include "qualification.h"
#include "scoringrule.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace lf {

/// What engagement rules look at in a touchpoint.
struct TouchFacts
{
    qint64 at = 0; ///< ms since the epoch, UTC
    QString type;
    QString channel;
    QString campaign; ///< campaign name, empty when none
};

/// One rule's part in a lead's score.
struct RuleOutcome
{
    qint64 ruleId = 0;
    QString name;
    ScoringRule::Kind kind = ScoringRule::Kind::Fit;
    QString condition;
    int matches = 0; ///< touchpoints counted (engagement); 1 for a fit rule that applied
    double points = 0; ///< before decay and cap
    double afterDecay = 0; ///< what decay left of points
    double counted = 0; ///< after the cap: what the rule adds to the score
    std::optional<int> cap;
    std::optional<double> halfLifeDays;
};

/// A lead's score with its explanation.
struct ScoreCard
{
    int fit = 0;
    int engagement = 0; ///< 0-100
    int score = 0; ///< fit + engagement; the MQL threshold applies to this
    QChar grade = u'D';
    double engagementRaw = 0; ///< sum of engagement rules before the 0-100 bounds
    qint64 at = 0; ///< the moment decay was computed for
    QList<RuleOutcome> rules; ///< rules that applied, fit first, in rule order
    /// Points decay took away, over all engagement rules.
    double decayLost() const;
    /// Points caps took away (positive) or held back from negative rules.
    double capLost() const;
    /// Several lines a person reads (CLI `explain`, the lead detail's tooltip).
    QString toText() const;
};

/// The scoring rules and the qualification definition, ready to score leads. Pure: no database.
/// Not thread-safe (it caches rule answers per distinct value).
class ScoringModel
{
public:
    ScoringModel(const QList<ScoringRule> &rules, const QualificationDefinition &definition);
    ~ScoringModel();
    ScoringModel(ScoringModel &&) noexcept;
    ScoringModel &operator=(ScoringModel &&) noexcept;

    const QualificationDefinition &definition() const { return m_definition; }
    const QList<ScoringRule> &fitRules() const { return m_fit; }
    const QList<ScoringRule> &engagementRules() const { return m_engagement; }

    /// Whether fit rule i (index into fitRules()) holds for a field value.
    bool fitMatches(qsizetype i, const QVariant &value) const;
    /// Bit i set when engagement rule i counts a touchpoint with these attributes.
    quint64 engagementMask(
        const QString &type, const QString &channel, const QString &campaign) const;
    /// Weight of a touchpoint `ageMs` old under engagement rule i (1 without decay).
    double decayWeight(qsizetype i, qint64 ageMs) const;
    /// Bounds a rule's decayed total by its cap.
    double capped(qsizetype i, double total) const;
    /// fit and engagement → the stored numbers (engagement rounded into 0-100, grade from fit).
    void finish(ScoreCard &card) const;

    ScoreCard score(const Lead &lead, const QList<TouchFacts> &touches, qint64 now) const;

    /// Whether a lead now at `score` moves to MQL by itself: new or contacted leads at or above
    /// the threshold; recycled (nurturing) ones when their score crosses it from below, or at or
    /// above it once their nurture-until date has passed.
    bool promotesToMql(
        Stage stage, int previousScore, int score, qint64 nurtureUntil, qint64 now) const;
    QString mqlReason(int score) const;
    /// Changes whenever what engagement sums mean changes (the engagement rules' ids, what they
    /// count, their points and half-lives); stored engagement states carry it.
    quint32 engagementFingerprint() const;

private:
    struct Caches;
    QList<ScoringRule> m_fit;
    QList<ScoringRule> m_engagement;
    QualificationDefinition m_definition;
    std::unique_ptr<Caches> m_caches;
};

/// Keeps the scores stored on leads current: one lead after a change (its fit and its own
/// touchpoints only, never the whole base), or every lead in one bulk pass.
class ScoringService
{
public:
    explicit ScoringService(QSqlDatabase db);

    /// Who automatic stage changes are recorded for (default "Leadflow scoring").
    void setActor(const QString &actor) { m_actor = actor; }
    /// A fixed clock for tests (ms since the epoch); 0 = the system clock.
    void setNow(qint64 now) { m_now = now; }
    qint64 now() const;

    Result<ScoringModel> model() const;
    /// The score a lead has now, with which rules gave which points (nothing is written).
    Result<ScoreCard> explain(qint64 leadId) const;

    struct Outcome
    {
        ScoreCard card;
        bool changed = false; ///< stored scores were updated
        bool promoted = false; ///< the lead moved to MQL
    };
    /// Recomputes one lead, stores it and moves it to MQL when it qualifies; in one transaction
    /// (joins the caller's).
    Result<Outcome> rescore(qint64 leadId);

    struct Totals
    {
        qint64 leads = 0; ///< leads scored
        qint64 touchpoints = 0; ///< touchpoints read
        qint64 changed = 0; ///< leads whose stored scores changed
        qint64 promoted = 0; ///< leads moved to MQL
        qint64 elapsedMs = 0;
        bool fullPass = false; ///< every touchpoint was read (engagement states rebuilt)
    };
    /// Makes the next rescoreAll() read every touchpoint again: for changes the stored engagement
    /// states cannot follow (rules edited, touchpoints removed).
    static Status distrustEngagementStates(QSqlDatabase db);
    /// Rescores every lead that is not deleted in one transaction and writes only what changed.
    /// Each lead keeps its engagement as per-rule sums decayed to a moment (its engagement state,
    /// kept current by rescore() and folded forward here), so a pass reads the leads and only the
    /// touchpoints added since the last pass. When the engagement rules changed, touchpoints were
    /// removed or many were added, it reads every touchpoint once in storage order instead and
    /// writes fresh states. Progress counts leads.
    /// beforeCommit runs inside the pass's own transaction just before it commits (what must be
    /// recorded with the scores, all or nothing). Call it outside any transaction: inside one the
    /// pass would be a savepoint, and SQLite's statement journals make that slower with every row.
    Result<Totals> rescoreAll(
        Progress *progress = nullptr, const std::function<Status()> &beforeCommit = {});

private:
    /// The lead's score under scoring, from its (scored) touchpoints.
    Result<ScoreCard> score(const ScoringModel &scoring, const Lead &lead) const;

    QSqlDatabase m_db;
    QString m_actor;
    qint64 m_now = 0;
};

} // namespace lf
