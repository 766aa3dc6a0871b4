#pragma once

// Funnel, KPIs, forecast, campaign costs, SLA and the reverse-funnel planner: read-only SQL
// aggregates over leads, stage_history, assignments, campaigns and touchpoints. Every number is
// defined in docs/metrics.md; this header names the same things.

#include "domain/stage.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lf {

/// A value that may be "not available" (a ratio over zero, a median of nothing). Empty means n/a:
/// shown as "n/a" in tables and CSV, null in JSON; never NaN and never a 0 pretending.
using Maybe = std::optional<double>;
using MaybeMs = std::optional<qint64>;

/// A half-open reporting period [from, to) in UTC milliseconds, with the time zone that decides
/// where days, months and quarters begin (UTC unless the "metrics.time_zone" setting or --tz say
/// otherwise).
struct Period
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QTimeZone zone = QTimeZone::utc();

    /// [midnight of from, midnight of to) in zone. Fails when to is not after from.
    static Result<Period> fromDates(QDate from, QDate to, const QTimeZone &zone);
    /// "2027-Q1", "2027-03" or "2027" in zone.
    static Result<Period> parse(QStringView label, const QTimeZone &zone);
    /// The calendar quarter (in zone) that contains ms.
    static Period quarterContaining(qint64 ms, const QTimeZone &zone);

    bool contains(qint64 ms) const { return ms >= fromMs && ms < toMs; }
    QDateTime from() const;
    QDateTime to() const;
};

enum class FunnelView {
    Cohort, ///< leads created in the period, however far they got (at any time)
    Activity, ///< stage entries that happened in the period, whoever made them
};
enum class GroupBy { None, Source, Campaign, Owner };

QString funnelViewKey(FunnelView view); ///< "cohort", "activity"
std::optional<GroupBy> groupByFromString(QStringView text); ///< "none", "source", ...
QString groupByKey(GroupBy group);
/// new, contacted, mql, sql, opportunity, won: the stages a funnel counts.
QList<Stage> funnelStages();

/// numerator / denominator as a percentage; n/a when the denominator is 0.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    Maybe percent() const;
};

struct FunnelRow
{
    Stage stage = Stage::New;
    qint64 reached = 0; ///< cohort: leads that reached it; activity: leads that entered it
    Maybe conversionFromPrevious; ///< percent of the previous row; n/a on the first row or over 0
    MaybeMs medianMsInStage; ///< median of completed stays; n/a when none completed
    qint64 completedStays = 0; ///< how many stays the median is over
};

struct Funnel
{
    FunnelView view = FunnelView::Cohort;
    Period period;
    QString group; ///< "all" when not grouped, "(no campaign)" etc. for missing values
    QList<FunnelRow> rows;
};

struct Kpis
{
    QString group;
    qint64 leads = 0; ///< created in the period
    Ratio conversion; ///< leads that reached opportunity / leads created (cohort)
    Ratio mqlToSql; ///< cohort: reached SQL / reached MQL
    Ratio sqlToWon; ///< cohort: reached won / reached SQL
    QString velocityMonth; ///< "2026-03": last month of the period, in the period's zone
    qint64 qualifiedInMonth = 0; ///< leads that entered MQL in velocityMonth
    qint64 qualifiedPreviousMonth = 0;
    Maybe leadVelocityRate; ///< (month − previous) / previous × 100
    Ratio winRate; ///< won / (won + lost), closes in the period
    qint64 wonDeals = 0;
    MaybeMs meanCycleMs; ///< created → won, deals won in the period
    MaybeMs medianCycleMs;
    qint64 wonRevenue = 0; ///< minor units, reporting currency, deals won in the period
    qint64 marketingWonRevenue = 0;
    Maybe marketingShare; ///< marketing-sourced won revenue / won revenue × 100
    qint64 pipelineValue = 0; ///< open SQLs and opportunities now (not period-bound)
    qint64 weightedPipeline = 0; ///< pipelineValue weighted by stage probability
    Ratio slaMet; ///< met / (met + breached), assignments made in the period
    MaybeMs medianFirstContactMs;
    Ratio acceptance; ///< accepted / (accepted + rejected), assignments made in the period
    std::optional<qint64> cost; ///< grouped by campaign only: the campaign's cost
    MaybeMs costPerLead; ///< minor units
    MaybeMs costPerWon; ///< cost / cohort leads that reached won
};

struct ForecastRow
{
    QString month; ///< "2027-01" in the period's zone
    Stage stage = Stage::Sql;
    qint64 deals = 0;
    qint64 value = 0;
    qint64 weighted = 0;
};

struct Forecast
{
    Period period;
    QString currency;
    QHash<Stage, double> probabilities; ///< 0..1 for sql and opportunity
    QHash<Stage, MaybeMs> medianToWonMs; ///< historic median from entering the stage to won
    qint64 openDeals = 0; ///< all open SQLs and opportunities in the reporting currency
    qint64 pipelineValue = 0;
    qint64 weightedPipeline = 0;
    qint64 overdueDeals = 0; ///< expected close already past: counted in the current month
    qint64 unknownCloseDeals = 0; ///< no historic median for their stage
    qint64 otherCurrencyDeals = 0; ///< left out: value in another currency
    qint64 periodDeals = 0; ///< expected to close in the period
    qint64 periodValue = 0;
    qint64 periodWeighted = 0;
    double periodExpectedDeals = 0; ///< sum of the probabilities of periodDeals
    QList<ForecastRow> rows; ///< months in the period only
};

struct CampaignRow
{
    std::optional<qint64> id; ///< empty for leads with no campaign
    QString name;
    QString channel;
    QString currency;
    std::optional<qint64> cost; ///< empty for "(no campaign)"
    qint64 leads = 0; ///< created in the period
    qint64 mqls = 0; ///< of those, reached MQL
    qint64 won = 0; ///< of those, reached won
    qint64 wonRevenue = 0;
    MaybeMs costPerLead;
    MaybeMs costPerWon;
};

struct SlaRow
{
    QString group;
    qint64 assignments = 0; ///< made in the period
    qint64 withSla = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0; ///< deadline not reached yet, no contact yet
    Ratio compliance; ///< met / (met + breached)
    MaybeMs medianFirstContactMs;
    qint64 accepted = 0;
    qint64 rejected = 0;
    Ratio acceptance; ///< accepted / (accepted + rejected)
};

struct SlaReport
{
    Period period;
    QList<SlaRow> rows;
    QList<QPair<QString, qint64>> rejectionReasons; ///< most frequent first
};

/// Conversion rates for the planner, as fractions (0.25 = 25 %). Empty members are taken from the
/// base's history.
struct Rates
{
    std::optional<qint64> averageDeal; ///< minor units
    Maybe sqlToWon;
    Maybe mqlToSql;
    Maybe leadToMql;
    Maybe responsesPerLead;
};

struct PlanStep
{
    QString level; ///< revenue, deals, sqls, mqls, leads, responses
    qint64 needed = 0; ///< for the whole goal
    std::optional<qint64> inPipeline; ///< what is open now (n/a for responses)
    qint64 gap = 0; ///< still to find beyond the weighted pipeline
    Maybe rate; ///< the rate used to get here from the level above
    QString rateSource; ///< "historic" or "typed"
};

struct Plan
{
    qint64 revenueGoal = 0;
    Period period;
    Period historicWindow; ///< where the historic rates come from
    QString currency;
    QList<PlanStep> steps;
};

/// Read-only metrics over one connection (use it on the connection's thread).
class MetricsService
{
public:
    explicit MetricsService(QSqlDatabase db);

    /// Settings keys and their shipped defaults (docs/metrics.md).
    static inline const QString TimeZoneKey = QStringLiteral("metrics.time_zone");
    static inline const QString CurrencyKey = QStringLiteral("metrics.currency");
    static inline const QString ProbabilitiesKey = QStringLiteral("metrics.stage_probabilities");
    static inline const QString MarketingSourcesKey = QStringLiteral("metrics.marketing_sources");
    static inline const QString ResponseTypesKey = QStringLiteral("metrics.response_types");
    static QStringList defaultMarketingSources();
    /// The pragma that lets a connection that only reads (a report's second connection, the
    /// CLI's) map the database file into memory instead of copying every page it reads: a tenth
    /// of a report's CPU time on a million leads. Not for long-lived connections that write.
    static QString readMappingPragma();
    static QStringList defaultResponseTypes();

    /// The reporting time zone from the settings (UTC when unset); fails on an unknown zone.
    Result<QTimeZone> timeZone() const;
    /// "Now" for SLA pending and overdue forecasts; the clock unless set (tests).
    void setNow(qint64 ms) { m_now = ms; }
    /// Restricts every report to the leads that the filters of a saved segment (or any LeadQuery)
    /// match: their stage history, assignments and touchpoints, as if the base held only them.
    /// Sort and paging are ignored; deleted leads stay out whatever the query says.
    void setSegment(const LeadQuery &filters) { m_segment = filters; }
    void clearSegment() { m_segment.reset(); }
    const std::optional<LeadQuery> &segment() const { return m_segment; }

    /// Lets reports run independent scans at the same time on a second connection to the same
    /// database file, in another thread (on by default). Each connection reads its own snapshot,
    /// so a write committed between their starts may be seen by one part only. A database that
    /// cannot be opened twice (in memory, another driver), or a connection inside a transaction
    /// (whose uncommitted writes only it sees), is always read on one connection.
    void setConcurrent(bool concurrent) { m_concurrent = concurrent; }

    Result<QList<Funnel>> funnel(const Period &period, FunnelView view, GroupBy group) const;
    /// The funnels of several views, in the order given (with two views, computed concurrently
    /// when the database allows it).
    Result<QList<Funnel>> funnels(
        const Period &period, const QList<FunnelView> &views, GroupBy group) const;
    Result<QList<Kpis>> kpis(const Period &period, GroupBy group) const;
    Result<Forecast> forecast(const Period &period) const;
    Result<QList<CampaignRow>> campaigns(const Period &period) const;
    Result<SlaReport> sla(const Period &period, GroupBy group) const;
    /// Reverse funnel for revenueGoal (minor units) in period; typed rates win over historic ones.
    Result<Plan> plan(qint64 revenueGoal, const Period &period, const Rates &typed) const;
    /// Rates read from a JSON object {"average_deal": 25000.00, "sql_to_won": 0.25, ...}.
    static Result<Rates> ratesFromJson(const QByteArray &json);

private:
    qint64 now() const;
    QString currency() const;
    /// Whether setConcurrent() allows it and the database is a file a second connection can open.
    bool canRunAside() const;
    /// The same service (clock, segment) over another connection.
    MetricsService over(QSqlDatabase db) const;
    QHash<Stage, double> probabilities() const;

    QSqlDatabase m_db;
    std::optional<qint64> m_now;
    std::optional<LeadQuery> m_segment;
    bool m_concurrent = true;
};

} // namespace lf
