// Metrics commands: report funnel|kpis|forecast|campaigns|sla, plan. Definitions: docs/metrics.md.

#include "cli.h"
#include "io/fileguard.h"
#include "leads/segmentstore.h"
#include "metrics/metrics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

const QCommandLineOption &fromOption()
{
    static const QCommandLineOption option(u"from"_s,
        tr("First day of the period (YYYY-MM-DD, inclusive; default: start of this quarter)."),
        tr("date"));
    return option;
}

const QCommandLineOption &toOption()
{
    static const QCommandLineOption option(u"to"_s,
        tr("Day after the period (YYYY-MM-DD, exclusive; default: end of this quarter)."),
        tr("date"));
    return option;
}

const QCommandLineOption &byOption()
{
    static const QCommandLineOption option(
        u"by"_s, tr("Group by source, campaign or owner (default: no grouping)."), tr("group"));
    return option;
}

const QCommandLineOption &segmentOption()
{
    static const QCommandLineOption option(u"segment"_s,
        tr("Count only the leads of this saved segment (name or id), with their history, "
           "assignments and touchpoints."),
        tr("segment"));
    return option;
}

const QCommandLineOption &viewOption()
{
    static const QCommandLineOption option(
        u"view"_s, tr("Funnel view: cohort, activity or both (default both)."), tr("view"));
    return option;
}

const QCommandLineOption &tzOption()
{
    static const QCommandLineOption option(u"tz"_s,
        tr("Time zone for days, months and quarters (IANA name; default: the metrics.time_zone "
           "setting, else UTC)."),
        tr("zone"));
    return option;
}

const QCommandLineOption &revenueOption()
{
    static const QCommandLineOption option(u"revenue"_s,
        tr("Revenue goal in whole currency units (150000 or 150000.50)."), tr("amount"));
    return option;
}

const QCommandLineOption &periodOption()
{
    static const QCommandLineOption option(u"period"_s,
        tr("The period to plan: 2027-Q1, 2027-03 or 2027 (default: next quarter)."), tr("period"));
    return option;
}

const QCommandLineOption &ratesOption()
{
    static const QCommandLineOption option(u"rates"_s,
        tr("historic (default) or a JSON file of rates to use instead (docs/metrics.md)."),
        tr("historic|file"));
    return option;
}

/// One output cell; a null value is "not available".
struct Cell
{
    enum Kind { Text, Int, Percent, Money, Days, Hours, Number } kind = Text;
    QVariant value;
};

Cell text(const QString &s)
{
    return {Cell::Text, s};
}
Cell integer(qint64 n)
{
    return {Cell::Int, n};
}
Cell percent(Maybe p)
{
    return {Cell::Percent, p ? QVariant(*p) : QVariant()};
}
Cell money(std::optional<qint64> m)
{
    return {Cell::Money, m ? QVariant(*m) : QVariant()};
}
Cell days(MaybeMs ms)
{
    return {Cell::Days, ms ? QVariant(double(*ms) / 86400000.0) : QVariant()};
}
Cell hours(MaybeMs ms)
{
    return {Cell::Hours, ms ? QVariant(double(*ms) / 3600000.0) : QVariant()};
}
Cell number(Maybe x)
{
    return {Cell::Number, x ? QVariant(*x) : QVariant()};
}

QString moneyText(qint64 minor)
{
    const QString sign = minor < 0 ? u"-"_s : QString();
    const qint64 a = std::llabs(minor);
    return sign + QString::number(a / 100) + u'.'
        + QString::number(a % 100).rightJustified(2, u'0');
}

QString cellText(const Cell &c)
{
    if (c.value.isNull())
        return u"n/a"_s;
    switch (c.kind) {
    case Cell::Text:
        return c.value.toString();
    case Cell::Int:
        return QString::number(c.value.toLongLong());
    case Cell::Money:
        return moneyText(c.value.toLongLong());
    case Cell::Percent:
    case Cell::Days:
    case Cell::Hours:
        return QString::number(c.value.toDouble(), 'f', 1);
    case Cell::Number:
        return QString::number(c.value.toDouble(), 'f', 3);
    }
    return {};
}

QJsonValue cellJson(const Cell &c)
{
    if (c.value.isNull())
        return QJsonValue::Null;
    switch (c.kind) {
    case Cell::Text:
        return c.value.toString();
    case Cell::Int:
        return c.value.toLongLong();
    case Cell::Money:
        return moneyText(c.value.toLongLong());
    case Cell::Percent:
    case Cell::Days:
    case Cell::Hours:
    case Cell::Number:
        return std::round(c.value.toDouble() * 10000.0) / 10000.0;
    }
    return {};
}

struct Report
{
    QString name;
    QJsonObject header; ///< period, time zone, ... (JSON only; the table shows it as notes)
    QStringList headers;
    QList<QList<Cell>> rows;
    QStringList notes; ///< lines under the table (table format only)
    QJsonObject extra; ///< more JSON members
    QStringList extraHeaders; ///< a second table (table format and JSON)
    QList<QList<Cell>> extraRows;
    QString extraName;
};

void print(Context &ctx, Format format, const Report &report)
{
    auto strings = [](const QList<QList<Cell>> &rows) {
        QList<QStringList> out;
        for (const auto &row : rows) {
            QStringList line;
            for (const Cell &c : row)
                line << cellText(c);
            out << line;
        }
        return out;
    };
    auto objects = [](const QStringList &headers, const QList<QList<Cell>> &rows) {
        QJsonArray out;
        for (const auto &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < headers.size() && i < row.size(); ++i)
                object.insert(headers[i], cellJson(row[i]));
            out.append(object);
        }
        return out;
    };
    if (format == Format::Json) {
        QJsonObject object = report.header;
        object.insert(u"report"_s, report.name);
        object.insert(u"rows"_s, objects(report.headers, report.rows));
        if (!report.extraName.isEmpty())
            object.insert(report.extraName, objects(report.extraHeaders, report.extraRows));
        for (auto it = report.extra.begin(); it != report.extra.end(); ++it)
            object.insert(it.key(), it.value());
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    printRows(ctx.out, format, report.headers, strings(report.rows));
    if (format == Format::Table) {
        if (!report.extraName.isEmpty() && !report.extraRows.isEmpty()) {
            ctx.out << Qt::endl;
            printRows(ctx.out, format, report.extraHeaders, strings(report.extraRows));
        }
        for (const QString &line : report.notes)
            ctx.out << line << Qt::endl;
    }
}

QJsonObject periodJson(const Period &period)
{
    return {{u"from"_s, period.from().toString(Qt::ISODateWithMs)},
        {u"to"_s, period.to().toString(Qt::ISODateWithMs)},
        {u"time_zone"_s, QString::fromUtf8(period.zone.id())}};
}

QString periodNote(const Period &period)
{
    return tr("Period [%1, %2) in %3.")
        .arg(period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate),
            QString::fromUtf8(period.zone.id()));
}

Result<QTimeZone> zoneOf(Context &ctx, const MetricsService &metrics)
{
    if (!ctx.parser.isSet(tzOption()))
        return metrics.timeZone();
    const QString id = ctx.parser.value(tzOption()).trimmed();
    if (id.compare(u"UTC"_s, Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return fail(ErrorCode::Invalid,
            tr("--tz: unknown time zone \"%1\"; use an IANA name such as Europe/Berlin, or UTC.")
                .arg(id));
    return zone;
}

/// Applies --segment to metrics; returns the segment's name for the report ("" when none).
Result<QString> applySegment(Context &ctx, MetricsService &metrics)
{
    if (!ctx.parser.isSet(segmentOption()))
        return QString();
    auto segment = SegmentStore(ctx.database->connection()).get(ctx.parser.value(segmentOption()));
    if (!segment)
        return fail(segment.error());
    metrics.setSegment(segment->query);
    return segment->name;
}

/// The segment in a report's header and notes.
void noteSegment(Report &report, const QString &segment)
{
    if (segment.isEmpty())
        return;
    report.header.insert(u"segment"_s, segment);
    report.notes << tr("Only the leads of the segment \"%1\".").arg(segment);
}

Result<Period> periodOf(Context &ctx, const QTimeZone &zone)
{
    const Period quarter = Period::quarterContaining(QDateTime::currentMSecsSinceEpoch(), zone);
    QDate from = quarter.from().date();
    QDate to = quarter.to().date();
    for (auto [option, date] : {std::pair {&fromOption(), &from}, std::pair {&toOption(), &to}}) {
        if (!ctx.parser.isSet(*option))
            continue;
        const QString value = ctx.parser.value(*option);
        *date = QDate::fromString(value, Qt::ISODate);
        if (!date->isValid())
            return fail(ErrorCode::Invalid,
                tr("--%1 must be a date as YYYY-MM-DD, not \"%2\".")
                    .arg(option->names().constFirst(), value));
    }
    return Period::fromDates(from, to, zone);
}

int runReport(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QStringList kinds {u"funnel"_s, u"kpis"_s, u"forecast"_s, u"campaigns"_s, u"sla"_s};
    if (ctx.arguments.size() != 1 || !kinds.contains(ctx.arguments[0]))
        return ctx.error(tr("report needs one of: %1.").arg(kinds.join(u", "_s)), Usage);
    const QString kind = ctx.arguments[0];
    const auto group = groupByFromString(ctx.parser.value(byOption()));
    if (!group)
        return ctx.error(tr("--by must be source, campaign or owner, not \"%1\".")
                             .arg(ctx.parser.value(byOption())),
            Usage);
    const QString view =
        ctx.parser.isSet(viewOption()) ? ctx.parser.value(viewOption()) : u"both"_s;
    if (!QStringList {u"cohort"_s, u"activity"_s, u"both"_s}.contains(view))
        return ctx.error(
            tr("--view must be cohort, activity or both, not \"%1\".").arg(view), Usage);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    // A report only reads, and the process ends with it: pages mapped, not copied per read.
    QSqlQuery(ctx.database->connection()).exec(MetricsService::readMappingPragma());
    MetricsService metrics(ctx.database->connection());
    auto zone = zoneOf(ctx, metrics);
    if (!zone)
        return ctx.error(zone.error());
    auto period = periodOf(ctx, *zone);
    if (!period)
        return ctx.error(period.error());
    auto segment = applySegment(ctx, metrics);
    if (!segment)
        return ctx.error(segment.error());

    Report report;
    report.name = kind;
    report.header = periodJson(*period);
    report.header.insert(u"by"_s, groupByKey(*group));
    report.notes << periodNote(*period);
    noteSegment(report, *segment);

    if (kind == u"funnel"_s) {
        report.headers = {u"view"_s, u"group"_s, u"stage"_s, u"reached"_s, u"conversion_pct"_s,
            u"median_days_in_stage"_s, u"completed_stays"_s};
        QList<FunnelView> views;
        if (view != u"activity"_s)
            views << FunnelView::Cohort;
        if (view != u"cohort"_s)
            views << FunnelView::Activity;
        auto funnels = metrics.funnels(*period, views, *group);
        if (!funnels)
            return ctx.error(funnels.error());
        for (const Funnel &f : *funnels)
            for (const FunnelRow &r : f.rows)
                report.rows.append({text(funnelViewKey(f.view)), text(f.group),
                    text(stageKey(r.stage)), integer(r.reached), percent(r.conversionFromPrevious),
                    days(r.medianMsInStage), integer(r.completedStays)});
        report.notes << tr("cohort: leads created in the period, by the furthest stage they "
                           "reached at any time; activity: leads that entered each stage in the "
                           "period.");
    } else if (kind == u"kpis"_s) {
        auto kpis = metrics.kpis(*period, *group);
        if (!kpis)
            return ctx.error(kpis.error());
        report.headers = {u"group"_s, u"kpi"_s, u"value"_s, u"numerator"_s, u"denominator"_s};
        for (const Kpis &k : *kpis) {
            auto add = [&](const QString &name, Cell value, std::optional<qint64> num = {},
                           std::optional<qint64> den = {}) {
                report.rows.append(
                    {text(k.group), text(name), value, num ? integer(*num) : Cell {Cell::Int, {}},
                        den ? integer(*den) : Cell {Cell::Int, {}}});
            };
            auto ratio = [&](const QString &name, const Ratio &r) {
                add(name, percent(r.percent()), r.numerator, r.denominator);
            };
            add(u"leads"_s, integer(k.leads));
            ratio(u"lead_conversion_rate_pct"_s, k.conversion);
            ratio(u"mql_to_sql_pct"_s, k.mqlToSql);
            ratio(u"sql_to_won_pct"_s, k.sqlToWon);
            add(u"lead_velocity_rate_pct:"_s + k.velocityMonth, percent(k.leadVelocityRate),
                k.qualifiedInMonth - k.qualifiedPreviousMonth, k.qualifiedPreviousMonth);
            ratio(u"win_rate_pct"_s, k.winRate);
            add(u"won_deals"_s, integer(k.wonDeals));
            add(u"mean_sales_cycle_days"_s, days(k.meanCycleMs));
            add(u"median_sales_cycle_days"_s, days(k.medianCycleMs));
            add(u"won_revenue"_s, money(k.wonRevenue));
            add(u"marketing_share_of_won_revenue_pct"_s, percent(k.marketingShare));
            add(u"pipeline_value"_s, money(k.pipelineValue));
            add(u"weighted_pipeline"_s, money(k.weightedPipeline));
            ratio(u"sla_compliance_pct"_s, k.slaMet);
            add(u"median_hours_to_first_contact"_s, hours(k.medianFirstContactMs));
            ratio(u"sales_acceptance_rate_pct"_s, k.acceptance);
            if (*group == GroupBy::Campaign) {
                add(u"campaign_cost"_s, money(k.cost));
                add(u"cost_per_lead"_s, money(k.costPerLead));
                add(u"cost_per_won_deal"_s, money(k.costPerWon));
            }
        }
    } else if (kind == u"forecast"_s) {
        auto f = metrics.forecast(*period);
        if (!f)
            return ctx.error(f.error());
        report.headers = {u"month"_s, u"stage"_s, u"deals"_s, u"value"_s, u"weighted"_s};
        for (const ForecastRow &r : f->rows)
            report.rows.append({text(r.month), text(stageKey(r.stage)), integer(r.deals),
                money(r.value), money(r.weighted)});
        report.rows.append({text(u"period"_s), text(u"all"_s), integer(f->periodDeals),
            money(f->periodValue), money(f->periodWeighted)});
        report.rows.append({text(u"open pipeline"_s), text(u"all"_s), integer(f->openDeals),
            money(f->pipelineValue), money(f->weightedPipeline)});
        QJsonObject probabilities, medians;
        for (Stage s : {Stage::Sql, Stage::Opportunity}) {
            probabilities.insert(stageKey(s), f->probabilities.value(s));
            medians.insert(stageKey(s), cellJson(days(f->medianToWonMs.value(s))));
            report.notes << tr("%1: probability %2, historic median %3 days to won.")
                                .arg(stageKey(s))
                                .arg(f->probabilities.value(s))
                                .arg(cellText(days(f->medianToWonMs.value(s))));
        }
        report.extra = {{u"currency"_s, f->currency}, {u"probabilities"_s, probabilities},
            {u"median_days_to_won"_s, medians}, {u"overdue_deals"_s, f->overdueDeals},
            {u"unknown_close_deals"_s, f->unknownCloseDeals},
            {u"other_currency_deals"_s, f->otherCurrencyDeals},
            {u"period_expected_deals"_s, std::round(f->periodExpectedDeals * 100) / 100}};
        report.notes << tr("Currency %1. %2 overdue deals counted in the current month; %3 "
                           "with no historic median left out; %4 in other currencies left out.")
                            .arg(f->currency)
                            .arg(f->overdueDeals)
                            .arg(f->unknownCloseDeals)
                            .arg(f->otherCurrencyDeals);
    } else if (kind == u"campaigns"_s) {
        auto rows = metrics.campaigns(*period);
        if (!rows)
            return ctx.error(rows.error());
        report.headers = {u"campaign"_s, u"channel"_s, u"currency"_s, u"cost"_s, u"leads"_s,
            u"mqls"_s, u"won"_s, u"won_revenue"_s, u"cost_per_lead"_s, u"cost_per_won_deal"_s};
        for (const CampaignRow &c : *rows)
            report.rows.append({text(c.name), text(c.channel), text(c.currency), money(c.cost),
                integer(c.leads), integer(c.mqls), integer(c.won), money(c.wonRevenue),
                money(c.costPerLead), money(c.costPerWon)});
    } else {
        auto sla = metrics.sla(*period, *group);
        if (!sla)
            return ctx.error(sla.error());
        report.headers = {u"group"_s, u"assignments"_s, u"with_sla"_s, u"met"_s, u"breached"_s,
            u"pending"_s, u"compliance_pct"_s, u"median_hours_to_first_contact"_s, u"accepted"_s,
            u"rejected"_s, u"acceptance_pct"_s};
        for (const SlaRow &r : sla->rows)
            report.rows.append({text(r.group), integer(r.assignments), integer(r.withSla),
                integer(r.met), integer(r.breached), integer(r.pending),
                percent(r.compliance.percent()), hours(r.medianFirstContactMs), integer(r.accepted),
                integer(r.rejected), percent(r.acceptance.percent())});
        report.extraName = u"rejection_reasons"_s;
        report.extraHeaders = {u"rejection_reason"_s, u"count"_s};
        for (const auto &[reason, count] : sla->rejectionReasons)
            report.extraRows.append({text(reason), integer(count)});
    }
    print(ctx, *format, report);
    return Success;
}

int runPlan(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (!ctx.parser.isSet(revenueOption()))
        return ctx.error(tr("plan needs --revenue AMOUNT."), Usage);
    bool ok = false;
    const double amount = ctx.parser.value(revenueOption()).toDouble(&ok);
    if (!ok || amount <= 0 || amount > 1e15)
        return ctx.error(tr("--revenue must be a positive amount such as 150000 or 150000.50, not "
                            "\"%1\".")
                             .arg(ctx.parser.value(revenueOption())),
            Usage);
    Rates typed;
    const QString ratesArg =
        ctx.parser.isSet(ratesOption()) ? ctx.parser.value(ratesOption()) : u"historic"_s;
    if (ratesArg != u"historic"_s) {
        const auto bytes = FileGuard::readAll(ratesArg);
        if (!bytes)
            return ctx.error(bytes.error());
        auto rates = MetricsService::ratesFromJson(*bytes);
        if (!rates) {
            Error error = rates.error();
            error.file = ratesArg;
            return ctx.error(error);
        }
        typed = *rates;
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    // A report only reads, and the process ends with it: pages mapped, not copied per read.
    QSqlQuery(ctx.database->connection()).exec(MetricsService::readMappingPragma());
    MetricsService metrics(ctx.database->connection());
    auto zone = zoneOf(ctx, metrics);
    if (!zone)
        return ctx.error(zone.error());
    Result<Period> period = ctx.parser.isSet(periodOption())
        ? Period::parse(ctx.parser.value(periodOption()), *zone)
        : Period::quarterContaining(
            Period::quarterContaining(QDateTime::currentMSecsSinceEpoch(), *zone).toMs, *zone);
    if (!period)
        return ctx.error(period.error());
    auto segment = applySegment(ctx, metrics);
    if (!segment)
        return ctx.error(segment.error());
    auto plan = metrics.plan(qRound64(amount * 100), *period, typed);
    if (!plan)
        return ctx.error(plan.error());
    Report report;
    report.name = u"plan"_s;
    report.header = periodJson(plan->period);
    report.header.insert(u"revenue_goal"_s, moneyText(plan->revenueGoal));
    report.header.insert(u"currency"_s, plan->currency);
    report.header.insert(u"historic_from"_s, plan->historicWindow.from().toString(Qt::ISODate));
    report.header.insert(u"historic_to"_s, plan->historicWindow.to().toString(Qt::ISODate));
    report.headers = {
        u"level"_s, u"needed"_s, u"in_pipeline"_s, u"gap"_s, u"rate"_s, u"rate_source"_s};
    for (const PlanStep &s : plan->steps) {
        const bool isMoney = s.level == u"revenue"_s;
        report.rows.append({text(s.level), isMoney ? money(s.needed) : integer(s.needed),
            isMoney ? money(s.inPipeline)
                    : (s.inPipeline ? integer(*s.inPipeline) : Cell {Cell::Int, {}}),
            isMoney ? money(s.gap) : integer(s.gap),
            s.level == u"responses"_s ? number(s.rate) : percent(s.rate), text(s.rateSource)});
    }
    report.notes << periodNote(plan->period)
                 << tr("Goal %1 %2; historic rates from [%3, %4); gap = still to find beyond "
                       "the weighted pipeline; responses rate = responses per lead.")
                        .arg(moneyText(plan->revenueGoal), plan->currency,
                            plan->historicWindow.from().toString(Qt::ISODate),
                            plan->historicWindow.to().toString(Qt::ISODate));
    noteSegment(report, *segment);
    print(ctx, *format, report);
    return Success;
}

} // namespace

QList<Command> metricsCommands()
{
    return {
        {u"report"_s, tr("funnel|kpis|forecast|campaigns|sla"),
            tr("Funnel, KPIs, forecast, campaign costs or SLA for a period, of all leads or of a "
               "saved segment (docs/metrics.md)."),
            [](QCommandLineParser &parser) {
                parser.addOptions({fromOption(), toOption(), byOption(), segmentOption(),
                    viewOption(), tzOption(), formatOption()});
            },
            runReport},
        {u"plan"_s, {},
            tr("Deals, SQLs, MQLs, leads and responses needed for a revenue goal: plan --revenue "
               "AMOUNT [--period 2027-Q1] [--rates historic|FILE]"),
            [](QCommandLineParser &parser) {
                parser.addOptions({revenueOption(), periodOption(), ratesOption(), segmentOption(),
                    tzOption(), formatOption()});
            },
            runPlan},
    };
}

} // namespace lf::cli
