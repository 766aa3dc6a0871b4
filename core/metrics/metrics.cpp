#include "metrics.h"

#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString trm(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr int funnelSize = 6; // new, contacted, mql, sql, opportunity, won
using RankCounts = std::array<qint64, funnelSize>; // leads whose furthest stage has this rank

/// Funnel rank of a stage column: new 0 .. won 5. Lost counts as SQL (a lead can only be lost from
/// SQL or opportunity); nurturing and disqualified add nothing beyond New.
QString rankOf(const QString &column)
{
    return u"(CASE %1 WHEN 'contacted' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN "
           "'opportunity' THEN 4 WHEN 'won' THEN 5 WHEN 'lost' THEN 3 ELSE 0 END)"_s.arg(column);
}

int rankOfStage(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return 0;
    case Stage::Contacted:
        return 1;
    case Stage::Mql:
        return 2;
    case Stage::Sql:
        return 3;
    case Stage::Opportunity:
        return 4;
    case Stage::Won:
        return 5;
    default:
        return -1;
    }
}

QString groupColumn(GroupBy group, const QString &ownerColumn = u"l.owner_id"_s)
{
    switch (group) {
    case GroupBy::None:
        return u"NULL"_s;
    case GroupBy::Source:
        return u"l.source"_s;
    case GroupBy::Campaign:
        return u"l.campaign_id"_s;
    case GroupBy::Owner:
        return ownerColumn;
    }
    return u"NULL"_s;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(databaseError(query, trm("Cannot compute the metrics")));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query, trm("Cannot compute the metrics")));
    return query;
}

/// Turns raw group values into labels ("(no campaign)", a user's name, ...).
class Labels
{
public:
    static Result<Labels> load(const QSqlDatabase &db, GroupBy group)
    {
        Labels labels;
        labels.m_group = group;
        const QString table = group == GroupBy::Campaign ? u"campaigns"_s
            : group == GroupBy::Owner                    ? u"users"_s
                                                         : QString();
        if (table.isEmpty())
            return labels;
        auto query = run(db, u"SELECT id, name FROM %1"_s.arg(table));
        if (!query)
            return fail(query.error());
        while (query->next())
            labels.m_names.insert(query->value(0).toLongLong(), query->value(1).toString());
        return labels;
    }

    QString label(const QVariant &value) const
    {
        switch (m_group) {
        case GroupBy::None:
            return u"all"_s;
        case GroupBy::Source:
            return value.isNull() || value.toString().isEmpty() ? trm("(no source)")
                                                                : value.toString();
        case GroupBy::Campaign:
            if (value.isNull())
                return trm("(no campaign)");
            return m_names.value(value.toLongLong(), u"#"_s + value.toString());
        case GroupBy::Owner:
            if (value.isNull())
                return trm("(unassigned)");
            return m_names.value(value.toLongLong(), u"#"_s + value.toString());
        }
        return {};
    }

private:
    GroupBy m_group = GroupBy::None;
    QHash<qint64, QString> m_names;
};

/// Median of values (mean of the two middle ones, rounded down, for an even count); n/a if none.
MaybeMs median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    const qint64 a = values[n / 2 - 1];
    const qint64 b = values[n / 2];
    return a + (b - a) / 2;
}

Maybe percentOf(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator * 100.0;
}

MaybeMs divideMoney(qint64 amount, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return qRound64(double(amount) / double(count));
}

/// Cohort: for each group, how many leads created in the period got furthest to each rank.
Result<QMap<QString, RankCounts>> cohortRanks(
    const QSqlDatabase &db, const Period &period, GroupBy group, const Labels &labels)
{
    const QString sql =
        u"SELECT g, r, COUNT(*) FROM (SELECT %1 AS g, MAX(%2, COALESCE((SELECT "
        "MAX(%3) FROM stage_history h WHERE h.lead_id = l.id), 0)) AS r FROM leads "
        "l WHERE l.deleted_at IS NULL AND l.created_at >= ? AND l.created_at < ?) "
        "GROUP BY g, r"_s.arg(groupColumn(group), rankOf(u"l.stage"_s), rankOf(u"h.to_stage"_s));
    auto query = run(db, sql, {period.fromMs, period.toMs});
    if (!query)
        return fail(query.error());
    QMap<QString, RankCounts> out;
    while (query->next()) {
        const QString label = labels.label(query->value(0));
        auto it = out.find(label);
        if (it == out.end())
            it = out.insert(label, RankCounts {});
        const int rank = std::clamp(query->value(1).toInt(), 0, funnelSize - 1);
        (*it)[rank] += query->value(2).toLongLong();
    }
    return out;
}

qint64 reachedAtLeast(const RankCounts &counts, int rank)
{
    qint64 total = 0;
    for (int r = rank; r < funnelSize; ++r)
        total += counts[r];
    return total;
}

qint64 startOfMonth(qint64 ms, const QTimeZone &zone, int addMonths = 0)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    return QDateTime(QDate(day.year(), day.month(), 1).addMonths(addMonths), QTime(0, 0), zone)
        .toMSecsSinceEpoch();
}

QString monthLabel(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM"_s);
}

QStringList settingList(const QSqlDatabase &db, const QString &key, const QStringList &fallback)
{
    const QString value = Settings(db).value(key);
    if (value.trimmed().isEmpty())
        return fallback;
    QStringList out;
    for (const QString &item : value.split(u','))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

// --- Period -------------------------------------------------------------------------------------

Result<Period> Period::fromDates(QDate from, QDate to, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid())
        return fail(ErrorCode::Invalid, trm("The period needs a valid start and end date."));
    Period period;
    period.zone = zone;
    period.fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    period.toMs = QDateTime(to, QTime(0, 0), zone).toMSecsSinceEpoch();
    if (period.toMs <= period.fromMs)
        return fail(ErrorCode::Invalid,
            trm("The period ends (%1) before it begins (%2); --to is exclusive, so give a later "
                "date.")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return period;
}

Result<Period> Period::parse(QStringView label, const QTimeZone &zone)
{
    const QString text = label.trimmed().toString().toUpper();
    bool ok = false;
    if (text.size() == 7 && text.mid(4, 2) == u"-Q"_s) {
        const int year = text.left(4).toInt(&ok);
        const int quarter = text.mid(6).toInt();
        if (ok && quarter >= 1 && quarter <= 4) {
            const QDate start(year, (quarter - 1) * 3 + 1, 1);
            return fromDates(start, start.addMonths(3), zone);
        }
    } else if (text.size() == 7 && text[4] == u'-') {
        const QDate start = QDate::fromString(text + u"-01"_s, Qt::ISODate);
        if (start.isValid())
            return fromDates(start, start.addMonths(1), zone);
    } else if (text.size() == 4) {
        const int year = text.toInt(&ok);
        if (ok)
            return fromDates(QDate(year, 1, 1), QDate(year + 1, 1, 1), zone);
    }
    return fail(ErrorCode::Invalid,
        trm("\"%1\" is not a period; write a quarter (2027-Q1), a month (2027-03) or a year "
            "(2027).")
            .arg(label.toString()));
}

Period Period::quarterContaining(qint64 ms, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    const QDate start(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return *fromDates(start, start.addMonths(3), zone);
}

QDateTime Period::from() const
{
    return QDateTime::fromMSecsSinceEpoch(fromMs, zone);
}

QDateTime Period::to() const
{
    return QDateTime::fromMSecsSinceEpoch(toMs, zone);
}

// --- small helpers ------------------------------------------------------------------------------

QString funnelViewKey(FunnelView view)
{
    return view == FunnelView::Cohort ? u"cohort"_s : u"activity"_s;
}

std::optional<GroupBy> groupByFromString(QStringView text)
{
    const QString key = text.trimmed().toString().toLower();
    if (key == u"none"_s || key.isEmpty())
        return GroupBy::None;
    if (key == u"source"_s)
        return GroupBy::Source;
    if (key == u"campaign"_s)
        return GroupBy::Campaign;
    if (key == u"owner"_s)
        return GroupBy::Owner;
    return std::nullopt;
}

QString groupByKey(GroupBy group)
{
    switch (group) {
    case GroupBy::None:
        return u"none"_s;
    case GroupBy::Source:
        return u"source"_s;
    case GroupBy::Campaign:
        return u"campaign"_s;
    case GroupBy::Owner:
        return u"owner"_s;
    }
    return {};
}

QList<Stage> funnelStages()
{
    return {Stage::New, Stage::Contacted, Stage::Mql, Stage::Sql, Stage::Opportunity, Stage::Won};
}

Maybe Ratio::percent() const
{
    return percentOf(double(numerator), double(denominator));
}

// --- MetricsService -----------------------------------------------------------------------------

MetricsService::MetricsService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList MetricsService::defaultMarketingSources()
{
    return {u"Webinar"_s, u"Website form"_s, u"E-book download"_s, u"Paid search"_s,
        u"Email campaign"_s, u"LinkedIn"_s, u"Trade show"_s};
}

QStringList MetricsService::defaultResponseTypes()
{
    return {u"form_submit"_s, u"demo_request"_s, u"webinar_registered"_s, u"content_download"_s};
}

Result<QTimeZone> MetricsService::timeZone() const
{
    const QString id = Settings(m_db).value(TimeZoneKey).trimmed();
    if (id.isEmpty() || id.compare(u"UTC"_s, Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return fail(ErrorCode::Invalid,
            trm("The setting %1 names an unknown time zone \"%2\"; use an IANA name such as "
                "Europe/Berlin, or UTC.")
                .arg(TimeZoneKey, id));
    return zone;
}

qint64 MetricsService::now() const
{
    return m_now ? *m_now : QDateTime::currentMSecsSinceEpoch();
}

QString MetricsService::currency() const
{
    const QString value = Settings(m_db).value(CurrencyKey).trimmed().toUpper();
    return value.isEmpty() ? u"USD"_s : value;
}

QHash<Stage, double> MetricsService::probabilities() const
{
    QHash<Stage, double> out {{Stage::Sql, 0.25}, {Stage::Opportunity, 0.5}};
    const QJsonObject object =
        QJsonDocument::fromJson(Settings(m_db).value(ProbabilitiesKey).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto stage = stageFromString(it.key());
        const double p = it.value().toDouble(-1);
        if (stage && (*stage == Stage::Sql || *stage == Stage::Opportunity) && p >= 0 && p <= 1)
            out.insert(*stage, p);
    }
    return out;
}

Result<QList<Funnel>> MetricsService::funnel(
    const Period &period, FunnelView view, GroupBy group) const
{
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error());
    const QList<Stage> stages = funnelStages();
    QMap<QString, std::array<qint64, funnelSize>> reached;
    QMap<QString, std::array<QList<qint64>, funnelSize>> stays;

    if (view == FunnelView::Cohort) {
        auto ranks = cohortRanks(m_db, period, group, *labels);
        if (!ranks)
            return fail(ranks.error());
        for (auto it = ranks->begin(); it != ranks->end(); ++it) {
            std::array<qint64, funnelSize> row {};
            for (int r = 0; r < funnelSize; ++r)
                row[r] = reachedAtLeast(*it, r);
            reached.insert(it.key(), row);
        }
    } else {
        const QString sql =
            u"SELECT %1, h.to_stage, COUNT(DISTINCT h.lead_id) FROM stage_history h JOIN leads l "
            "ON l.id = h.lead_id WHERE h.at >= ? AND h.at < ? AND l.deleted_at IS NULL GROUP BY "
            "1, 2"_s.arg(groupColumn(group));
        auto query = run(m_db, sql, {period.fromMs, period.toMs});
        if (!query)
            return fail(query.error());
        while (query->next()) {
            const auto stage = stageFromString(query->value(1).toString());
            const int rank = stage ? rankOfStage(*stage) : -1;
            if (rank < 0)
                continue;
            reached[labels->label(query->value(0))][rank] += query->value(2).toLongLong();
        }
    }

    // Completed stays: from an entry to the lead's next stage change (any later history row).
    const QString next = u"(SELECT MIN(n.at) FROM stage_history n WHERE n.lead_id = h.lead_id AND "
                         "(n.at > h.at OR (n.at = h.at AND n.id > h.id))) - h.at"_s;
    const QString staySql = view == FunnelView::Cohort
        ? u"SELECT %1, h.to_stage, %2 FROM leads l JOIN stage_history h ON h.lead_id = l.id "
          "WHERE l.deleted_at IS NULL AND l.created_at >= ? AND l.created_at < ? AND h.to_stage "
          "IN ('new', 'contacted', 'mql', 'sql', 'opportunity')"_s.arg(groupColumn(group), next)
        : u"SELECT %1, h.to_stage, %2 FROM stage_history h JOIN leads l ON l.id = h.lead_id "
          "WHERE h.at >= ? AND h.at < ? AND l.deleted_at IS NULL AND h.to_stage IN ('new', "
          "'contacted', 'mql', 'sql', 'opportunity')"_s.arg(groupColumn(group), next);
    auto query = run(m_db, staySql, {period.fromMs, period.toMs});
    if (!query)
        return fail(query.error());
    while (query->next()) {
        if (query->value(2).isNull())
            continue;
        const auto stage = stageFromString(query->value(1).toString());
        const int rank = stage ? rankOfStage(*stage) : -1;
        if (rank >= 0)
            stays[labels->label(query->value(0))][rank].append(query->value(2).toLongLong());
    }

    if (reached.isEmpty())
        reached.insert(labels->label({}), {}); // an empty period still has a (zero) funnel
    QList<Funnel> out;
    for (auto it = reached.begin(); it != reached.end(); ++it) {
        Funnel funnel;
        funnel.view = view;
        funnel.period = period;
        funnel.group = it.key();
        const auto groupStays = stays.value(it.key());
        for (int r = 0; r < funnelSize; ++r) {
            FunnelRow row;
            row.stage = stages[r];
            row.reached = (*it)[r];
            if (r > 0)
                row.conversionFromPrevious = percentOf(double(row.reached), double((*it)[r - 1]));
            row.medianMsInStage = median(groupStays[r]);
            row.completedStays = groupStays[r].size();
            funnel.rows.append(row);
        }
        out.append(funnel);
    }
    return out;
}

Result<QList<Kpis>> MetricsService::kpis(const Period &period, GroupBy group) const
{
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error());
    QMap<QString, Kpis> rows;
    auto row = [&rows](const QString &label) -> Kpis & {
        auto it = rows.find(label);
        if (it == rows.end()) {
            it = rows.insert(label, Kpis {});
            it->group = label;
        }
        return *it;
    };
    const QString cur = currency();

    // Cohort rates.
    auto ranks = cohortRanks(m_db, period, group, *labels);
    if (!ranks)
        return fail(ranks.error());
    for (auto it = ranks->begin(); it != ranks->end(); ++it) {
        Kpis &k = row(it.key());
        k.leads = reachedAtLeast(*it, 0);
        const qint64 mql = reachedAtLeast(*it, 2);
        const qint64 sql = reachedAtLeast(*it, 3);
        const qint64 opportunity = reachedAtLeast(*it, 4);
        const qint64 won = reachedAtLeast(*it, 5);
        k.conversion = {opportunity, k.leads};
        k.mqlToSql = {sql, mql};
        k.sqlToWon = {won, sql};
    }

    // Lead velocity: MQL entries in the period's last month against the month before.
    const qint64 monthStart = startOfMonth(period.toMs - 1, period.zone);
    const qint64 previousStart = startOfMonth(period.toMs - 1, period.zone, -1);
    const qint64 monthEnd = startOfMonth(period.toMs - 1, period.zone, 1);
    {
        const QString sql =
            u"SELECT %1, COUNT(DISTINCT CASE WHEN h.at >= ? THEN h.lead_id END), COUNT(DISTINCT "
            "CASE WHEN h.at < ? THEN h.lead_id END) FROM stage_history h JOIN leads l ON l.id = "
            "h.lead_id WHERE h.to_stage = 'mql' AND h.at >= ? AND h.at < ? AND l.deleted_at IS "
            "NULL GROUP BY 1"_s.arg(groupColumn(group));
        auto query = run(m_db, sql, {monthStart, monthStart, previousStart, monthEnd});
        if (!query)
            return fail(query.error());
        while (query->next()) {
            Kpis &k = row(labels->label(query->value(0)));
            k.qualifiedInMonth = query->value(1).toLongLong();
            k.qualifiedPreviousMonth = query->value(2).toLongLong();
        }
    }

    // Closes in the period: win rate, cycle length, won revenue and its marketing share.
    QHash<QString, QList<qint64>> cycles;
    QSet<QString> marketing;
    for (const QString &source : settingList(m_db, MarketingSourcesKey, defaultMarketingSources()))
        marketing.insert(source.toLower());
    {
        const QString sql =
            u"SELECT %1, h.to_stage, MIN(h.at) - l.created_at, l.value, l.currency, l.source "
            "FROM stage_history h JOIN leads l ON l.id = h.lead_id WHERE h.to_stage IN ('won', "
            "'lost') AND h.at >= ? AND h.at < ? AND l.deleted_at IS NULL GROUP BY h.lead_id, "
            "h.to_stage"_s.arg(groupColumn(group));
        auto query = run(m_db, sql, {period.fromMs, period.toMs});
        if (!query)
            return fail(query.error());
        QHash<QString, qint64> won, lost;
        while (query->next()) {
            const QString label = labels->label(query->value(0));
            Kpis &k = row(label);
            if (query->value(1).toString() == u"lost"_s) {
                ++k.winRate.denominator;
                continue;
            }
            ++k.winRate.numerator;
            ++k.winRate.denominator;
            ++k.wonDeals;
            cycles[label].append(query->value(2).toLongLong());
            const QString valueCurrency = query->value(4).toString().toUpper();
            if (!query->value(3).isNull() && (valueCurrency.isEmpty() || valueCurrency == cur)) {
                const qint64 value = query->value(3).toLongLong();
                k.wonRevenue += value;
                if (marketing.contains(query->value(5).toString().toLower()))
                    k.marketingWonRevenue += value;
            }
        }
    }
    for (auto it = cycles.begin(); it != cycles.end(); ++it) {
        Kpis &k = row(it.key());
        qint64 sum = 0;
        for (qint64 ms : *it)
            sum += ms;
        if (!it->isEmpty())
            k.meanCycleMs = qRound64(double(sum) / double(it->size()));
        k.medianCycleMs = median(*it);
    }

    // Pipeline now.
    const QHash<Stage, double> p = probabilities();
    {
        const QString sql =
            u"SELECT %1, l.stage, SUM(l.value) FROM leads l WHERE l.stage IN ('sql', "
            "'opportunity') AND l.deleted_at IS NULL AND l.value IS NOT NULL AND (l.currency IS "
            "NULL OR UPPER(l.currency) = ?) GROUP BY 1, 2"_s.arg(groupColumn(group));
        auto query = run(m_db, sql, {cur});
        if (!query)
            return fail(query.error());
        while (query->next()) {
            Kpis &k = row(labels->label(query->value(0)));
            const qint64 value = query->value(2).toLongLong();
            const Stage stage =
                stageFromString(query->value(1).toString()).value_or(Stage::Opportunity);
            k.pipelineValue += value;
            k.weightedPipeline += qRound64(double(value) * p.value(stage));
        }
    }

    // SLA and acceptance.
    auto sla = this->sla(period, group);
    if (!sla)
        return fail(sla.error());
    for (const SlaRow &s : sla->rows) {
        Kpis &k = row(s.group);
        k.slaMet = s.compliance;
        k.medianFirstContactMs = s.medianFirstContactMs;
        k.acceptance = s.acceptance;
    }

    if (group == GroupBy::Campaign) {
        auto campaignRows = campaigns(period);
        if (!campaignRows)
            return fail(campaignRows.error());
        for (const CampaignRow &c : *campaignRows) {
            if (!c.id || !rows.contains(c.name))
                continue;
            Kpis &k = row(c.name);
            k.cost = c.cost;
            k.costPerLead = c.costPerLead;
            k.costPerWon = c.costPerWon;
        }
    }

    if (rows.isEmpty())
        row(labels->label({}));
    QList<Kpis> out;
    for (Kpis &k : rows) {
        k.velocityMonth = monthLabel(monthStart, period.zone);
        if (k.qualifiedPreviousMonth > 0)
            k.leadVelocityRate = percentOf(double(k.qualifiedInMonth - k.qualifiedPreviousMonth),
                double(k.qualifiedPreviousMonth));
        k.marketingShare = percentOf(double(k.marketingWonRevenue), double(k.wonRevenue));
        out.append(k);
    }
    return out;
}

Result<Forecast> MetricsService::forecast(const Period &period) const
{
    Forecast f;
    f.period = period;
    f.currency = currency();
    f.probabilities = probabilities();
    for (Stage stage : {Stage::Sql, Stage::Opportunity}) {
        auto query = run(m_db,
            u"SELECT w.at - (SELECT MAX(h.at) FROM stage_history h WHERE h.lead_id = w.lead_id "
            "AND h.to_stage = ? AND h.at <= w.at) FROM stage_history w JOIN leads l ON l.id = "
            "w.lead_id WHERE w.to_stage = 'won' AND l.deleted_at IS NULL"_s,
            {stageKey(stage)});
        if (!query)
            return fail(query.error());
        QList<qint64> durations;
        while (query->next())
            if (!query->value(0).isNull())
                durations.append(query->value(0).toLongLong());
        f.medianToWonMs.insert(stage, median(durations));
    }

    auto query = run(m_db,
        u"SELECT l.stage, l.value, l.currency, COALESCE((SELECT MAX(h.at) FROM stage_history h "
        "WHERE h.lead_id = l.id AND h.to_stage = l.stage), l.created_at) FROM leads l WHERE "
        "l.stage IN ('sql', 'opportunity') AND l.deleted_at IS NULL"_s);
    if (!query)
        return fail(query.error());
    const qint64 nowMs = now();
    QMap<QPair<QString, int>, ForecastRow> rows;
    while (query->next()) {
        const QString valueCurrency = query->value(2).toString().toUpper();
        if (!valueCurrency.isEmpty() && valueCurrency != f.currency) {
            ++f.otherCurrencyDeals;
            continue;
        }
        const Stage stage = stageFromString(query->value(0).toString()).value_or(Stage::Sql);
        const qint64 value = query->value(1).toLongLong();
        const qint64 weighted = qRound64(double(value) * f.probabilities.value(stage));
        ++f.openDeals;
        f.pipelineValue += value;
        f.weightedPipeline += weighted;
        const MaybeMs toWon = f.medianToWonMs.value(stage);
        if (!toWon) {
            ++f.unknownCloseDeals;
            continue;
        }
        qint64 expected = query->value(3).toLongLong() + *toWon;
        if (expected < nowMs) {
            ++f.overdueDeals;
            expected = nowMs;
        }
        if (!period.contains(expected))
            continue;
        ++f.periodDeals;
        f.periodValue += value;
        f.periodWeighted += weighted;
        f.periodExpectedDeals += f.probabilities.value(stage);
        ForecastRow &row = rows[{monthLabel(expected, period.zone), rankOfStage(stage)}];
        row.month = monthLabel(expected, period.zone);
        row.stage = stage;
        ++row.deals;
        row.value += value;
        row.weighted += weighted;
    }
    f.rows = rows.values();
    return f;
}

Result<QList<CampaignRow>> MetricsService::campaigns(const Period &period) const
{
    const QString sql =
        u"SELECT campaign_id, COUNT(*), SUM(r >= 2), SUM(r >= 5), SUM(CASE WHEN r >= 5 AND "
        "(currency IS NULL OR UPPER(currency) = ?) THEN COALESCE(value, 0) ELSE 0 END) FROM "
        "(SELECT l.campaign_id, l.value, l.currency, MAX(%1, COALESCE((SELECT MAX(%2) FROM "
        "stage_history h WHERE h.lead_id = l.id), 0)) AS r FROM leads l WHERE l.deleted_at IS "
        "NULL AND l.created_at >= ? AND l.created_at < ?) GROUP BY campaign_id"_s.arg(
            rankOf(u"l.stage"_s), rankOf(u"h.to_stage"_s));
    auto query = run(m_db, sql, {currency(), period.fromMs, period.toMs});
    if (!query)
        return fail(query.error());
    QHash<qint64, CampaignRow> byId;
    CampaignRow none;
    none.name = trm("(no campaign)");
    while (query->next()) {
        CampaignRow r;
        r.leads = query->value(1).toLongLong();
        r.mqls = query->value(2).toLongLong();
        r.won = query->value(3).toLongLong();
        r.wonRevenue = query->value(4).toLongLong();
        if (query->value(0).isNull())
            none = {std::nullopt, none.name, {}, {}, std::nullopt, r.leads, r.mqls, r.won,
                r.wonRevenue, std::nullopt, std::nullopt};
        else
            byId.insert(query->value(0).toLongLong(), r);
    }
    auto list =
        run(m_db, u"SELECT id, name, channel, cost, currency FROM campaigns ORDER BY name"_s);
    if (!list)
        return fail(list.error());
    QList<CampaignRow> out;
    while (list->next()) {
        CampaignRow r = byId.value(list->value(0).toLongLong());
        r.id = list->value(0).toLongLong();
        r.name = list->value(1).toString();
        r.channel = list->value(2).toString();
        r.cost = list->value(3).toLongLong();
        r.currency = list->value(4).toString();
        r.costPerLead = divideMoney(*r.cost, r.leads);
        r.costPerWon = divideMoney(*r.cost, r.won);
        out.append(r);
    }
    if (none.leads > 0)
        out.append(none);
    return out;
}

Result<SlaReport> MetricsService::sla(const Period &period, GroupBy group) const
{
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error());
    SlaReport report;
    report.period = period;
    const qint64 nowMs = now();
    const QString sql =
        u"SELECT %1, a.assigned_at, a.sla_due_at, a.first_contact_at, a.accepted_at IS NOT NULL, "
        "a.rejected_at IS NOT NULL, a.rejection_reason FROM assignments a JOIN leads l ON l.id = "
        "a.lead_id WHERE a.assigned_at >= ? AND a.assigned_at < ? AND l.deleted_at IS NULL"_s.arg(
            groupColumn(group, u"a.user_id"_s));
    auto query = run(m_db, sql, {period.fromMs, period.toMs});
    if (!query)
        return fail(query.error());
    QMap<QString, SlaRow> rows;
    QHash<QString, QList<qint64>> firstContact;
    QHash<QString, qint64> reasons;
    while (query->next()) {
        const QString label = labels->label(query->value(0));
        SlaRow &r = rows[label];
        r.group = label;
        ++r.assignments;
        const qint64 assigned = query->value(1).toLongLong();
        const bool contacted = !query->value(3).isNull();
        const qint64 contact = query->value(3).toLongLong();
        if (contacted)
            firstContact[label].append(contact - assigned);
        if (!query->value(2).isNull()) {
            ++r.withSla;
            const qint64 due = query->value(2).toLongLong();
            if (contacted && contact <= due)
                ++r.met;
            else if (contacted || due <= nowMs)
                ++r.breached;
            else
                ++r.pending;
        }
        if (query->value(4).toBool())
            ++r.accepted;
        if (query->value(5).toBool()) {
            ++r.rejected;
            const QString reason = query->value(6).toString().trimmed();
            ++reasons[reason.isEmpty() ? trm("(no reason given)") : reason];
        }
    }
    if (rows.isEmpty())
        rows[labels->label({})].group = labels->label({});
    for (SlaRow &r : rows) {
        r.compliance = {r.met, r.met + r.breached};
        r.acceptance = {r.accepted, r.accepted + r.rejected};
        r.medianFirstContactMs = median(firstContact.value(r.group));
        report.rows.append(r);
    }
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        report.rejectionReasons.append({it.key(), it.value()});
    std::sort(report.rejectionReasons.begin(), report.rejectionReasons.end(),
        [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
    return report;
}

Result<Rates> MetricsService::ratesFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(ErrorCode::Parse,
            trm("The rates are not a JSON object (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    const QJsonObject object = document.object();
    const QStringList known {u"average_deal"_s, u"sql_to_won"_s, u"mql_to_sql"_s, u"lead_to_mql"_s,
        u"responses_per_lead"_s};
    Rates rates;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(ErrorCode::Invalid,
                trm("Unknown rate \"%1\"; the rates are %2.").arg(it.key(), known.join(u", "_s)),
                it.key());
        const double value = it.value().toDouble(-1);
        const bool fraction = it.key() != u"average_deal"_s && it.key() != u"responses_per_lead"_s;
        if (!it.value().isDouble() || value <= 0 || (fraction && value > 1))
            return fail(ErrorCode::Invalid,
                fraction ? trm("The rate \"%1\" must be a number above 0 and at most 1 (0.25 for "
                               "25 %).")
                               .arg(it.key())
                         : trm("\"%1\" must be a number above 0.").arg(it.key()),
                it.key());
        if (it.key() == u"average_deal"_s)
            rates.averageDeal = qRound64(value * 100);
        else if (it.key() == u"sql_to_won"_s)
            rates.sqlToWon = value;
        else if (it.key() == u"mql_to_sql"_s)
            rates.mqlToSql = value;
        else if (it.key() == u"lead_to_mql"_s)
            rates.leadToMql = value;
        else
            rates.responsesPerLead = value;
    }
    return rates;
}

Result<Plan> MetricsService::plan(
    qint64 revenueGoal, const Period &period, const Rates &typed) const
{
    if (revenueGoal <= 0)
        return fail(ErrorCode::Invalid, trm("The revenue goal must be above 0."));
    Plan plan;
    plan.revenueGoal = revenueGoal;
    plan.period = period;
    plan.currency = currency();
    // Historic rates: the twelve months (in the period's zone) before the period begins.
    plan.historicWindow.zone = period.zone;
    plan.historicWindow.toMs = period.fromMs;
    plan.historicWindow.fromMs = startOfMonth(period.fromMs, period.zone, -12);
    const Period &window = plan.historicWindow;

    Rates historic;
    auto ranks = cohortRanks(m_db, window, GroupBy::None, Labels {});
    if (!ranks)
        return fail(ranks.error());
    const RankCounts counts = ranks->value(u"all"_s);
    const qint64 leads = reachedAtLeast(counts, 0);
    auto fraction = [](qint64 a, qint64 b) -> Maybe {
        if (b == 0 || a == 0)
            return std::nullopt;
        return double(a) / double(b);
    };
    historic.leadToMql = fraction(reachedAtLeast(counts, 2), leads);
    historic.mqlToSql = fraction(reachedAtLeast(counts, 3), reachedAtLeast(counts, 2));
    historic.sqlToWon = fraction(reachedAtLeast(counts, 5), reachedAtLeast(counts, 3));
    {
        auto query = run(m_db,
            u"SELECT COUNT(*), SUM(value) FROM (SELECT l.value FROM stage_history h JOIN leads l "
            "ON l.id = h.lead_id WHERE h.to_stage = 'won' AND h.at >= ? AND h.at < ? AND "
            "l.deleted_at IS NULL AND l.value IS NOT NULL AND (l.currency IS NULL OR "
            "UPPER(l.currency) = ?) GROUP BY h.lead_id)"_s,
            {window.fromMs, window.toMs, plan.currency});
        if (!query)
            return fail(query.error());
        if (query->next() && query->value(0).toLongLong() > 0)
            historic.averageDeal =
                qRound64(query->value(1).toDouble() / query->value(0).toDouble());
    }
    {
        const QStringList types = settingList(m_db, ResponseTypesKey, defaultResponseTypes());
        QVariantList binds;
        for (const QString &type : types)
            binds.append(type);
        binds << window.fromMs << window.toMs;
        auto query = run(m_db,
            u"SELECT COUNT(*) FROM touchpoints t WHERE t.type IN (%1) AND t.occurred_at >= ? AND "
            "t.occurred_at < ? AND t.lead_id NOT IN (SELECT id FROM leads WHERE deleted_at IS "
            "NOT NULL)"_s.arg(placeholders(types.size())),
            binds);
        if (!query)
            return fail(query.error());
        if (query->next() && leads > 0 && query->value(0).toLongLong() > 0)
            historic.responsesPerLead = query->value(0).toDouble() / double(leads);
    }

    auto pick = [](const auto &typedValue, const auto &historicValue, QString &source) {
        source = typedValue ? u"typed"_s : u"historic"_s;
        return typedValue ? typedValue : historicValue;
    };
    QString averageSource, winSource, sqlSource, mqlSource, responseSource;
    const auto averageDeal = pick(typed.averageDeal, historic.averageDeal, averageSource);
    const Maybe sqlToWon = pick(typed.sqlToWon, historic.sqlToWon, winSource);
    const Maybe mqlToSql = pick(typed.mqlToSql, historic.mqlToSql, sqlSource);
    const Maybe leadToMql = pick(typed.leadToMql, historic.leadToMql, mqlSource);
    const Maybe responsesPerLead =
        pick(typed.responsesPerLead, historic.responsesPerLead, responseSource);
    QStringList missing;
    if (!averageDeal)
        missing << u"average_deal"_s;
    if (!sqlToWon)
        missing << u"sql_to_won"_s;
    if (!mqlToSql)
        missing << u"mql_to_sql"_s;
    if (!leadToMql)
        missing << u"lead_to_mql"_s;
    if (!responsesPerLead)
        missing << u"responses_per_lead"_s;
    if (!missing.isEmpty())
        return fail(ErrorCode::Invalid,
            trm("The history from %1 to %2 has no data for %3; type these rates in a JSON file "
                "and pass it with --rates FILE.")
                .arg(window.from().date().toString(Qt::ISODate),
                    window.to().date().toString(Qt::ISODate), missing.join(u", "_s)));

    auto fc = forecast(period);
    if (!fc)
        return fail(fc.error());
    QHash<QString, qint64> open;
    {
        auto query = run(m_db,
            u"SELECT stage, COUNT(*) FROM leads WHERE deleted_at IS NULL AND stage IN ('new', "
            "'contacted', 'mql', 'sql', 'opportunity') GROUP BY stage"_s);
        if (!query)
            return fail(query.error());
        while (query->next())
            open.insert(query->value(0).toString(), query->value(1).toLongLong());
    }

    auto up = [](double x) {
        return qint64(std::ceil(x - 1e-9));
    };
    const qint64 revenueGap = std::max<qint64>(0, revenueGoal - fc->periodWeighted);
    PlanStep revenue {u"revenue"_s, revenueGoal, fc->periodWeighted, revenueGap, std::nullopt, {}};
    const qint64 deals = up(double(revenueGoal) / double(*averageDeal));
    const qint64 dealsGap = up(double(revenueGap) / double(*averageDeal));
    PlanStep dealStep {u"deals"_s, deals, qRound64(fc->periodExpectedDeals), dealsGap, std::nullopt,
        averageSource};
    PlanStep sqls {u"sqls"_s, up(deals / *sqlToWon),
        open.value(u"sql"_s) + open.value(u"opportunity"_s), up(dealsGap / *sqlToWon),
        *sqlToWon * 100, winSource};
    PlanStep mqls {u"mqls"_s, up(sqls.needed / *mqlToSql), open.value(u"mql"_s),
        up(sqls.gap / *mqlToSql), *mqlToSql * 100, sqlSource};
    PlanStep leadStep {u"leads"_s, up(mqls.needed / *leadToMql),
        open.value(u"new"_s) + open.value(u"contacted"_s), up(mqls.gap / *leadToMql),
        *leadToMql * 100, mqlSource};
    PlanStep responses {u"responses"_s, up(leadStep.needed * *responsesPerLead), std::nullopt,
        up(leadStep.gap * *responsesPerLead), *responsesPerLead, responseSource};
    plan.steps = {revenue, dealStep, sqls, mqls, leadStep, responses};
    return plan;
}

} // namespace lf
