#include "metrics/metrics.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

/// MetricsService on a hand-built fixture. Every expected number is worked out by hand below from
/// the fixture, not by the code under test.
///
/// Segments (saved lead filters, setSegment) restrict every report to the leads they match.
///
/// Fixture (all times UTC, 2026 unless said; values in cents):
///   L1 created Jan 5 00:00, Webinar, campaign 1, owner Ann, value 1,000,000:
///      new Jan 5, contacted Jan 6, mql Jan 8, sql Jan 10, opportunity Jan 15, won Feb 4
///   L2 created Jan 10, Referral, no campaign, owner Bob, value 500,000:
///      new Jan 10, contacted Jan 12, mql Jan 14, sql Jan 20, lost Feb 1 00:00
///   L3 created Jan 20, Webinar, campaign 1, owner Ann: new Jan 20, contacted Jan 21
///   L4 created Jan 31 23:30 (Feb 1 00:30 in Berlin), Paid search, campaign 2, no owner: new
///   L5 created Jan 15, deleted: new Jan 15, mql Jan 16 (must never count)
///   L6 created 2025-12-20, Cold call, no campaign, owner Bob, value 200,000:
///      new Dec 20, mql Jan 3, sql Jan 4, opportunity Jan 25 (open)
///   Campaign 1 "Webinar Jan" cost 300,000; campaign 2 "Search" cost 100,000.
///   Assignments: A1 L1→Ann Jan 5 00:00 due 04:00 contacted 02:00 accepted;
///     A2 L2→Bob Jan 10 due 04:00 contacted 06:00 rejected "Not my territory";
///     A3 L3→Ann Jan 20 due 04:00 never contacted; A4 L4→Ann Jan 31 23:30 due Feb 5, none.
///   Touchpoints: L1 form_submit Jan 5, L3 demo_request Jan 20, L4 web_visit Jan 31.
///   "Now" is Feb 2 2026 00:00.
class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cohortFunnel();
    void activityFunnel();
    void funnelByCampaign();
    void emptyPeriod();
    void timeZoneAtPeriodEdge();
    void kpisJanuary();
    void kpisFebruary();
    void campaigns();
    void sla();
    void forecast();
    void planHistoric();
    void planTypedRates();
    void planWithoutHistory();
    void periodParsing_data();
    void periodParsing();
    void segmentFunnels();
    void segmentKpisAndSla();
    void segmentForecast();
    void concurrentMatchesOneConnection_data();
    void concurrentMatchesOneConnection();
    void historyKeptCurrent();

private:
    static qint64 t(int month, int day, int hour = 0, int minute = 0, int year = 2026)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }
    static constexpr qint64 day = 86400000;
    Period month(int m, const QTimeZone &zone = QTimeZone::utc()) const
    {
        return *Period::fromDates(QDate(2026, m, 1), QDate(2026, m + 1, 1), zone);
    }
    void exec(const QString &sql, const QVariantList &binds = {});
    MetricsService service() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMetrics::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.prepare(sql), qPrintable(sql));
    for (const QVariant &v : binds)
        query.addBindValue(v);
    QVERIFY2(query.exec(), qPrintable(sql));
}

MetricsService TestMetrics::service() const
{
    MetricsService m(m_db->connection());
    m.setNow(t(2, 2));
    return m;
}

void TestMetrics::initTestCase()
{
    auto db = Database::open(m_dir.filePath(u"m.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    exec(u"INSERT INTO users (id, name, created_at, updated_at) VALUES (1, 'Ann', 0, 0), "
         "(2, 'Bob', 0, 0)"_s);
    exec(
        u"INSERT INTO campaigns (id, name, channel, cost, currency, created_at) VALUES "
        "(1, 'Webinar Jan', 'Webinar', 300000, 'USD', 0), (2, 'Search', 'Paid', 100000, 'USD', 0)"_s);
    struct L
    {
        int id;
        qint64 created;
        const char *source;
        QVariant campaign, owner, value;
        const char *stage;
        QVariant deleted;
    };
    const QList<L> leads {
        {1, t(1, 5), "Webinar", 1, 1, 1000000, "won", {}},
        {2, t(1, 10), "Referral", {}, 2, 500000, "lost", {}},
        {3, t(1, 20), "Webinar", 1, 1, {}, "contacted", {}},
        {4, t(1, 31, 23, 30), "Paid search", 2, {}, {}, "new", {}},
        {5, t(1, 15), "Webinar", 1, 1, {}, "mql", t(1, 17)},
        {6, t(12, 20, 0, 0, 2025), "Cold call", {}, 2, 200000, "opportunity", {}},
    };
    for (const L &l : leads)
        exec(u"INSERT INTO leads (id, source, campaign_id, owner_id, value, currency, stage, "
             "created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?)"_s,
            {l.id, QString::fromLatin1(l.source), l.campaign, l.owner, l.value,
                QString::fromLatin1(l.stage), l.created, l.created, l.deleted});
    const QList<std::tuple<int, const char *, qint64>> moves {{1, "new", t(1, 5)},
        {1, "contacted", t(1, 6)}, {1, "mql", t(1, 8)}, {1, "sql", t(1, 10)},
        {1, "opportunity", t(1, 15)}, {1, "won", t(2, 4)}, {2, "new", t(1, 10)},
        {2, "contacted", t(1, 12)}, {2, "mql", t(1, 14)}, {2, "sql", t(1, 20)},
        {2, "lost", t(2, 1)}, {3, "new", t(1, 20)}, {3, "contacted", t(1, 21)},
        {4, "new", t(1, 31, 23, 30)}, {5, "new", t(1, 15)}, {5, "mql", t(1, 16)},
        {6, "new", t(12, 20, 0, 0, 2025)}, {6, "mql", t(1, 3)}, {6, "sql", t(1, 4)},
        {6, "opportunity", t(1, 25)}};
    for (const auto &[lead, stage, at] : moves)
        exec(u"INSERT INTO stage_history (lead_id, to_stage, at) VALUES (?, ?, ?)"_s,
            {lead, QString::fromLatin1(stage), at});
    exec(u"INSERT INTO assignments (lead_id, user_id, assigned_at, assigned_by, reason, "
         "sla_due_at, first_contact_at, accepted_at, rejected_at, rejection_reason) VALUES "
         "(1, 1, ?, 'rule', 'r', ?, ?, ?, NULL, NULL), (2, 2, ?, 'rule', 'r', ?, ?, NULL, ?, "
         "'Not my territory'), (3, 1, ?, 'rule', 'r', ?, NULL, NULL, NULL, NULL), "
         "(4, 1, ?, 'rule', 'r', ?, NULL, NULL, NULL, NULL)"_s,
        {t(1, 5), t(1, 5, 4), t(1, 5, 2), t(1, 5, 3), t(1, 10), t(1, 10, 4), t(1, 10, 6),
            t(1, 10, 7), t(1, 20), t(1, 20, 4), t(1, 31, 23, 30), t(2, 5)});
    exec(u"INSERT INTO touchpoints (lead_id, type, occurred_at, created_at) VALUES "
         "(1, 'form_submit', ?, 0), (3, 'demo_request', ?, 0), (4, 'web_visit', ?, 0)"_s,
        {t(1, 5), t(1, 20), t(1, 31)});
}

void TestMetrics::cohortFunnel()
{
    // Cohort January: L1..L4 (L5 deleted, L6 created in December). Furthest stage: L1 won,
    // L2 sql (lost counts as SQL), L3 contacted, L4 new → reached 4, 3, 2, 2, 1, 1.
    auto funnels = service().funnel(month(1), FunnelView::Cohort, GroupBy::None);
    QVERIFY(funnels);
    QCOMPARE(funnels->size(), 1);
    const Funnel &f = funnels->first();
    QCOMPARE(f.group, u"all"_s);
    const QList<qint64> reached {4, 3, 2, 2, 1, 1};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(f.rows[i].reached, reached[i]);
    QVERIFY(!f.rows[0].conversionFromPrevious);
    QCOMPARE(*f.rows[1].conversionFromPrevious, 75.0);
    QCOMPARE(*f.rows[4].conversionFromPrevious, 50.0);
    // Completed stays: new L1 1d, L2 2d, L3 1d → 1d; contacted L1 2d, L2 2d → 2d;
    // mql L1 2d, L2 6d → 4d; sql L1 5d, L2 12d → 8.5d; opportunity L1 20d; won: none → n/a.
    QCOMPARE(*f.rows[0].medianMsInStage, 1 * day);
    QCOMPARE(f.rows[0].completedStays, 3);
    QCOMPARE(*f.rows[1].medianMsInStage, 2 * day);
    QCOMPARE(*f.rows[2].medianMsInStage, 4 * day);
    QCOMPARE(*f.rows[3].medianMsInStage, 8 * day + day / 2);
    QCOMPARE(*f.rows[4].medianMsInStage, 20 * day);
    QVERIFY(!f.rows[5].medianMsInStage);
}

void TestMetrics::activityFunnel()
{
    // Entries in January: new L1-L4 (4), contacted L1 L2 L3 (3), mql L1 L2 L6 (3),
    // sql L1 L2 L6 (3), opportunity L1 L6 (2), won none (0; L1 won in February).
    auto funnels = service().funnel(month(1), FunnelView::Activity, GroupBy::None);
    QVERIFY(funnels);
    const Funnel &f = funnels->first();
    const QList<qint64> reached {4, 3, 3, 3, 2, 0};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(f.rows[i].reached, reached[i]);
    QCOMPARE(*f.rows[2].conversionFromPrevious, 100.0);
    QCOMPARE(*f.rows[5].conversionFromPrevious, 0.0);
    // Stays begun in January: opportunity L1 20d, L6 open → 20d; sql L1 5d, L2 12d, L6 21d → 12d.
    QCOMPARE(*f.rows[4].medianMsInStage, 20 * day);
    QCOMPARE(*f.rows[3].medianMsInStage, 12 * day);
}

void TestMetrics::funnelByCampaign()
{
    // Cohort January by campaign: "(no campaign)" L2; "Search" L4; "Webinar Jan" L1, L3.
    auto funnels = service().funnel(month(1), FunnelView::Cohort, GroupBy::Campaign);
    QVERIFY(funnels);
    QCOMPARE(funnels->size(), 3);
    QHash<QString, QList<qint64>> expected {{u"(no campaign)"_s, {1, 1, 1, 1, 0, 0}},
        {u"Search"_s, {1, 0, 0, 0, 0, 0}}, {u"Webinar Jan"_s, {2, 2, 1, 1, 1, 1}}};
    for (const Funnel &f : *funnels) {
        QVERIFY2(expected.contains(f.group), qPrintable(f.group));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(f.rows[i].reached, expected[f.group][i]);
    }
    // By owner: Ann (L1, L3), Bob (L2), unassigned (L4).
    auto owners = service().funnel(month(1), FunnelView::Cohort, GroupBy::Owner);
    QVERIFY(owners);
    QStringList groups;
    for (const Funnel &f : *owners)
        groups << f.group;
    QCOMPARE(groups, (QStringList {u"(unassigned)"_s, u"Ann"_s, u"Bob"_s}));
}

void TestMetrics::emptyPeriod()
{
    const Period empty = *Period::fromDates(QDate(2030, 1, 1), QDate(2030, 2, 1), QTimeZone::utc());
    auto funnels = service().funnel(empty, FunnelView::Cohort, GroupBy::None);
    QVERIFY(funnels);
    QCOMPARE(funnels->size(), 1);
    for (const FunnelRow &r : funnels->first().rows) {
        QCOMPARE(r.reached, 0);
        QVERIFY(!r.conversionFromPrevious); // 0 / 0 is n/a, not 0 %
        QVERIFY(!r.medianMsInStage);
    }
    auto kpis = service().kpis(empty, GroupBy::None);
    QVERIFY(kpis);
    QCOMPARE(kpis->size(), 1);
    const Kpis &k = kpis->first();
    QCOMPARE(k.leads, 0);
    QVERIFY(!k.conversion.percent());
    QVERIFY(!k.winRate.percent());
    QVERIFY(!k.meanCycleMs);
    QVERIFY(!k.leadVelocityRate);
    QVERIFY(!k.marketingShare);
    QVERIFY(!k.slaMet.percent());
    // The pipeline is "now", not period-bound: L6 200,000 at 50 %.
    QCOMPARE(k.pipelineValue, 200000);
    QCOMPARE(k.weightedPipeline, 100000);
}

void TestMetrics::timeZoneAtPeriodEdge()
{
    // January in Berlin is [Dec 31 23:00, Jan 31 23:00) UTC: L4 (Jan 31 23:30 UTC) falls in
    // February there, so the cohort is L1-L3.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const Period january = month(1, berlin);
    QCOMPARE(january.fromMs, t(12, 31, 23, 0, 2025));
    auto funnels = service().funnel(january, FunnelView::Cohort, GroupBy::None);
    QVERIFY(funnels);
    QCOMPARE(funnels->first().rows[0].reached, 3);
    auto february = service().funnel(month(2, berlin), FunnelView::Cohort, GroupBy::None);
    QVERIFY(february);
    QCOMPARE(february->first().rows[0].reached, 1);
    // In UTC the half-open edge puts L2's loss at Feb 1 00:00 in February, not January.
    auto jan = service().kpis(month(1), GroupBy::None);
    QVERIFY(jan);
    QCOMPARE(jan->first().winRate.denominator, 0);
}

void TestMetrics::kpisJanuary()
{
    auto kpis = service().kpis(month(1), GroupBy::None);
    QVERIFY(kpis);
    const Kpis &k = kpis->first();
    QCOMPARE(k.leads, 4);
    QCOMPARE(*k.conversion.percent(), 25.0); // L1 reached opportunity: 1 / 4
    QCOMPARE(*k.mqlToSql.percent(), 100.0); // L1, L2 reached SQL / L1, L2 reached MQL
    QCOMPARE(*k.sqlToWon.percent(), 50.0); // L1 / (L1, L2)
    // Velocity: MQL entries January (L1, L2, L6) = 3, December 0 → n/a (division by zero).
    QCOMPARE(k.velocityMonth, u"2026-01"_s);
    QCOMPARE(k.qualifiedInMonth, 3);
    QCOMPARE(k.qualifiedPreviousMonth, 0);
    QVERIFY(!k.leadVelocityRate);
    QVERIFY(!k.winRate.percent()); // nothing closed in January
    // SLA: A1 met, A2 breached (late), A3 breached (due passed), A4 pending → 1 / 3.
    QCOMPARE(k.slaMet.numerator, 1);
    QCOMPARE(k.slaMet.denominator, 3);
    QCOMPARE(*k.medianFirstContactMs, 4 * 3600000LL); // 2 h and 6 h
    QCOMPARE(*k.acceptance.percent(), 50.0); // A1 accepted, A2 rejected
}

void TestMetrics::kpisFebruary()
{
    auto kpis = service().kpis(month(2), GroupBy::None);
    QVERIFY(kpis);
    const Kpis &k = kpis->first();
    QCOMPARE(k.leads, 0);
    QVERIFY(!k.conversion.percent());
    // Closes: L1 won Feb 4, L2 lost Feb 1 → 1 / 2.
    QCOMPARE(*k.winRate.percent(), 50.0);
    QCOMPARE(k.wonDeals, 1);
    QCOMPARE(*k.meanCycleMs, 30 * day); // Jan 5 → Feb 4
    QCOMPARE(*k.medianCycleMs, 30 * day);
    QCOMPARE(k.wonRevenue, 1000000);
    QCOMPARE(*k.marketingShare, 100.0); // Webinar is a marketing source
    // Velocity: February 0 MQL entries against January 3 → −100 %.
    QCOMPARE(*k.leadVelocityRate, -100.0);

    // Grouped by source: Referral lost only → 0 % win rate, Webinar won → 100 %.
    auto bySource = service().kpis(month(2), GroupBy::Source);
    QVERIFY(bySource);
    QHash<QString, Kpis> rows;
    for (const Kpis &r : *bySource)
        rows.insert(r.group, r);
    QCOMPARE(*rows[u"Referral"_s].winRate.percent(), 0.0);
    QCOMPARE(*rows[u"Webinar"_s].winRate.percent(), 100.0);
    QCOMPARE(rows[u"Cold call"_s].pipelineValue, 200000);
}

void TestMetrics::campaigns()
{
    auto rows = service().campaigns(month(1));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3); // two campaigns (by name) + "(no campaign)"
    const CampaignRow &search = rows->at(0);
    QCOMPARE(search.name, u"Search"_s);
    QCOMPARE(search.leads, 1);
    QCOMPARE(*search.costPerLead, 100000);
    QVERIFY(!search.costPerWon); // no won deal: n/a, not 0
    const CampaignRow &webinar = rows->at(1);
    QCOMPARE(webinar.leads, 2); // L1, L3
    QCOMPARE(webinar.mqls, 1);
    QCOMPARE(webinar.won, 1);
    QCOMPARE(webinar.wonRevenue, 1000000);
    QCOMPARE(*webinar.costPerLead, 150000); // 300,000 / 2
    QCOMPARE(*webinar.costPerWon, 300000);
    const CampaignRow &none = rows->at(2);
    QVERIFY(!none.id);
    QCOMPARE(none.leads, 1); // L2
    QVERIFY(!none.cost);
    QVERIFY(!none.costPerLead);

    auto empty = service().campaigns(month(6));
    QVERIFY(empty);
    QCOMPARE(empty->size(), 2);
    QVERIFY(!empty->first().costPerLead);
}

void TestMetrics::sla()
{
    auto report = service().sla(month(1), GroupBy::Owner);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 2);
    const SlaRow &ann = report->rows[0];
    QCOMPARE(ann.group, u"Ann"_s);
    QCOMPARE(ann.assignments, 3);
    QCOMPARE(ann.met, 1);
    QCOMPARE(ann.breached, 1);
    QCOMPARE(ann.pending, 1);
    QCOMPARE(*ann.compliance.percent(), 50.0);
    QCOMPARE(*ann.medianFirstContactMs, 2 * 3600000LL);
    const SlaRow &bob = report->rows[1];
    QCOMPARE(*bob.compliance.percent(), 0.0);
    QCOMPARE(*bob.acceptance.percent(), 0.0); // rejected A2, accepted none
    QCOMPARE(report->rejectionReasons.size(), 1);
    QCOMPARE(report->rejectionReasons[0].first, u"Not my territory"_s);
    QCOMPARE(report->rejectionReasons[0].second, 1);
}

void TestMetrics::forecast()
{
    // Historic medians to won (only L1): from sql Jan 10 → Feb 4 = 25 d; from opportunity
    // Jan 15 → 20 d. L6 entered opportunity Jan 25 → expected Feb 14, not overdue (now Feb 2).
    auto f = service().forecast(month(2));
    QVERIFY(f);
    QCOMPARE(*f->medianToWonMs.value(Stage::Sql), 25 * day);
    QCOMPARE(*f->medianToWonMs.value(Stage::Opportunity), 20 * day);
    QCOMPARE(f->openDeals, 1);
    QCOMPARE(f->pipelineValue, 200000);
    QCOMPARE(f->weightedPipeline, 100000);
    QCOMPARE(f->periodDeals, 1);
    QCOMPARE(f->overdueDeals, 0);
    QCOMPARE(f->rows.size(), 1);
    QCOMPARE(f->rows[0].month, u"2026-02"_s);
    QCOMPARE(f->rows[0].weighted, 100000);
    auto march = service().forecast(month(3));
    QVERIFY(march);
    QCOMPARE(march->periodDeals, 0);
    QCOMPARE(march->pipelineValue, 200000);
}

void TestMetrics::planHistoric()
{
    // Window [2025-03-01, 2026-03-01): cohort L1, L2, L3, L4, L6 = 5 leads; reached MQL L1 L2 L6
    // = 3 (0.6); SQL 3 (1.0); won L1 = 1 (1/3). Average won deal 10,000.00. Responses: form_submit
    // + demo_request = 2 over 5 leads = 0.4. Goal 30,000.00 in March; March forecast holds
    // nothing → deals 3, SQLs 9, MQLs 9, leads 15, responses 6.
    auto plan = service().plan(3000000, month(3), {});
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->historicWindow.fromMs, t(3, 1, 0, 0, 2025));
    const QList<qint64> needed {3000000, 3, 9, 9, 15, 6};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(plan->steps[i].needed, needed[i]);
        QCOMPARE(plan->steps[i].gap, needed[i]);
    }
    QCOMPARE(*plan->steps[2].inPipeline, 1); // L6
    QCOMPARE(*plan->steps[4].inPipeline, 2); // L3 contacted, L4 new
    QCOMPARE(plan->steps[2].rateSource, u"historic"_s);
}

void TestMetrics::planTypedRates()
{
    auto rates = MetricsService::ratesFromJson(R"({"sql_to_won": 0.5})");
    QVERIFY(rates);
    auto plan = service().plan(3000000, month(3), *rates);
    QVERIFY(plan);
    // 3 deals / 0.5 = 6 SQLs, / 1.0 = 6 MQLs, / 0.6 = 10 leads, × 0.4 = 4 responses.
    QCOMPARE(plan->steps[2].needed, 6);
    QCOMPARE(plan->steps[2].rateSource, u"typed"_s);
    QCOMPARE(plan->steps[4].needed, 10);
    QCOMPARE(plan->steps[5].needed, 4);
    QVERIFY(!MetricsService::ratesFromJson(R"({"sql_to_won": 1.5})"));
    QVERIFY(!MetricsService::ratesFromJson(R"({"win": 0.5})"));
    QVERIFY(!MetricsService::ratesFromJson("not json"));
}

void TestMetrics::planWithoutHistory()
{
    const Period far = *Period::parse(u"2020-Q1", QTimeZone::utc());
    auto plan = service().plan(100000, far, {});
    QVERIFY(!plan);
    QVERIFY(plan.error().message.contains(u"--rates"_s));
    Rates typed {100000, 0.5, 0.5, 0.5, 1.0};
    auto typedPlan = service().plan(100000, far, typed);
    QVERIFY(typedPlan);
    QCOMPARE(typedPlan->steps[4].needed, 8); // 1 deal → 2 SQLs → 4 MQLs → 8 leads
}

void TestMetrics::periodParsing_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("quarter") << u"2027-Q1"_s << t(1, 1, 0, 0, 2027) << t(4, 1, 0, 0, 2027);
    QTest::newRow("q4") << u"2026-q4"_s << t(10, 1) << t(1, 1, 0, 0, 2027);
    QTest::newRow("month") << u"2026-02"_s << t(2, 1) << t(3, 1);
    QTest::newRow("year") << u"2026"_s << t(1, 1) << t(1, 1, 0, 0, 2027);
    QTest::newRow("bad") << u"2026-Q5"_s << qint64(-1) << qint64(-1);
    QTest::newRow("junk") << u"soon"_s << qint64(-1) << qint64(-1);
}

void TestMetrics::periodParsing()
{
    QFETCH(QString, label);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    auto period = Period::parse(label, QTimeZone::utc());
    if (from < 0) {
        QVERIFY(!period);
        return;
    }
    QVERIFY(period);
    QCOMPARE(period->fromMs, from);
    QCOMPARE(period->toMs, to);
    QVERIFY(!Period::fromDates(QDate(2026, 2, 1), QDate(2026, 1, 1), QTimeZone::utc()));
}

void TestMetrics::segmentFunnels()
{
    // Segment "source is webinar" (case does not matter): L1 and L3; L5 is a deleted Webinar lead.
    LeadQuery webinar;
    webinar.source = u"webinar"_s;
    MetricsService m = service();
    m.setSegment(webinar);
    // Cohort January: L1 reached won, L3 contacted → 2, 2, 1, 1, 1, 1.
    auto cohort = m.funnel(month(1), FunnelView::Cohort, GroupBy::None);
    QVERIFY(cohort);
    QCOMPARE(cohort->size(), 1);
    const QList<qint64> reached {2, 2, 1, 1, 1, 1};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(cohort->first().rows[i].reached, reached[i]);
    // Completed stays in new: L1 1 d, L3 1 d (L2's 2 d is not the segment's).
    QCOMPARE(cohort->first().rows[0].completedStays, 2);
    QCOMPARE(*cohort->first().rows[0].medianMsInStage, 1 * day);
    // Activity January: new L1 L3, contacted L1 L3, mql/sql/opportunity L1, won none (Feb 4).
    auto activity = m.funnel(month(1), FunnelView::Activity, GroupBy::None);
    QVERIFY(activity);
    const QList<qint64> entered {2, 2, 1, 1, 1, 0};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(activity->first().rows[i].reached, entered[i]);
    // Grouped by owner inside the segment: Ann alone (L1, L3).
    auto byOwner = m.funnel(month(1), FunnelView::Activity, GroupBy::Owner);
    QVERIFY(byOwner);
    QCOMPARE(byOwner->size(), 1);
    QCOMPARE(byOwner->first().group, u"Ann"_s);
    QCOMPARE(byOwner->first().rows[1].reached, 2);

    // A segment that asks for deleted leads still never counts them: the same two.
    webinar.deleted = LeadQuery::Deleted::Include;
    m.setSegment(webinar);
    auto withDeleted = m.funnel(month(1), FunnelView::Cohort, GroupBy::None);
    QVERIFY(withDeleted);
    QCOMPARE(withDeleted->first().rows[0].reached, 2);
    // A segment nobody is in: an empty (zero) funnel, not an error.
    LeadQuery nobody;
    nobody.source = u"Nobody"_s;
    m.setSegment(nobody);
    auto empty = m.funnel(month(1), FunnelView::Cohort, GroupBy::None);
    QVERIFY(empty);
    QCOMPARE(empty->first().rows[0].reached, 0);
    QVERIFY(!empty->first().rows[1].conversionFromPrevious);
    m.clearSegment();
    QCOMPARE(m.funnel(month(1), FunnelView::Cohort, GroupBy::None)->first().rows[0].reached, 4);
}

void TestMetrics::segmentKpisAndSla()
{
    LeadQuery webinar;
    webinar.source = u"Webinar"_s;
    MetricsService m = service();
    m.setSegment(webinar);
    // February closes: L1 won (Webinar), L2 lost (Referral: not in the segment) → 1 of 1; the
    // whole base says 1 of 2.
    auto kpis = m.kpis(month(2), GroupBy::None);
    QVERIFY(kpis);
    QCOMPARE(kpis->first().winRate.numerator, 1);
    QCOMPARE(kpis->first().winRate.denominator, 1);
    QCOMPARE(kpis->first().wonRevenue, 1000000);
    QCOMPARE(*kpis->first().marketingShare, 100.0);
    QCOMPARE(service().kpis(month(2), GroupBy::None)->first().winRate.denominator, 2);
    // January cohort: L1 converted, L3 did not → 1 of 2.
    auto january = m.kpis(month(1), GroupBy::None);
    QVERIFY(january);
    QCOMPARE(january->first().leads, 2);
    QCOMPARE(*january->first().conversion.percent(), 50.0);
    // SLA in January: A1 (L1) met, A3 (L3) breached; A2 (L2) and A4 (L4) are not the segment's.
    auto sla = m.sla(month(1), GroupBy::None);
    QVERIFY(sla);
    QCOMPARE(sla->rows.size(), 1);
    QCOMPARE(sla->rows[0].assignments, 2);
    QCOMPARE(sla->rows[0].met, 1);
    QCOMPARE(sla->rows[0].breached, 1);
    QCOMPARE(sla->rows[0].pending, 0);
    QCOMPARE(sla->rows[0].rejected, 0);
    QVERIFY(sla->rejectionReasons.isEmpty());
    // Campaigns: "Webinar Jan" keeps L1 and L3; "Search" (L4, Paid search) has none.
    auto campaigns = m.campaigns(month(1));
    QVERIFY(campaigns);
    for (const CampaignRow &c : *campaigns)
        QCOMPARE(c.leads, c.name == u"Webinar Jan"_s ? 2 : 0);
}

void TestMetrics::segmentForecast()
{
    // Segment "source is Cold call": L6 alone, an open opportunity; no won deal in the segment,
    // so its close cannot be estimated.
    LeadQuery coldCalls;
    coldCalls.source = u"Cold call"_s;
    MetricsService m = service();
    m.setSegment(coldCalls);
    auto f = m.forecast(month(2));
    QVERIFY(f);
    QCOMPARE(f->openDeals, 1);
    QCOMPARE(f->pipelineValue, 200000);
    QVERIFY(!f->medianToWonMs.value(Stage::Opportunity));
    QCOMPARE(f->unknownCloseDeals, 1);
    QCOMPARE(f->periodDeals, 0);
    // Segment by stage (won): L1 only; its history gives the medians as for the whole base.
    LeadQuery won;
    won.stages = {Stage::Won};
    m.setSegment(won);
    auto wonOnly = m.forecast(month(2));
    QVERIFY(wonOnly);
    QCOMPARE(wonOnly->openDeals, 0);
    QCOMPARE(*wonOnly->medianToWonMs.value(Stage::Sql), 25 * day);
}

/// The reports as text, every number included, to compare two ways of computing them.
static QString describe(const QList<Funnel> &funnels, const QList<Kpis> &kpis, const Plan &plan)
{
    QStringList out;
    auto maybe = [](const auto &value) {
        return value ? QString::number(*value) : u"n/a"_s;
    };
    for (const Funnel &f : funnels)
        for (const FunnelRow &r : f.rows)
            out << u"%1 %2 %3: %4 %5 %6 %7"_s.arg(funnelViewKey(f.view), f.group, stageKey(r.stage),
                QString::number(r.reached), maybe(r.conversionFromPrevious),
                maybe(r.medianMsInStage), QString::number(r.completedStays));
    for (const Kpis &k : kpis)
        out << u"%1: %2 %3/%4 %5/%6 %7 %8/%9 %10 %11 %12 %13 %14 %15/%16 %17 %18/%19"_s
                   .arg(k.group, QString::number(k.leads), QString::number(k.conversion.numerator),
                       QString::number(k.conversion.denominator),
                       QString::number(k.sqlToWon.numerator),
                       QString::number(k.sqlToWon.denominator), QString::number(k.qualifiedInMonth),
                       QString::number(k.winRate.numerator), QString::number(k.winRate.denominator))
                   .arg(QString::number(k.wonDeals), maybe(k.medianCycleMs),
                       QString::number(k.wonRevenue), QString::number(k.marketingWonRevenue),
                       QString::number(k.weightedPipeline), QString::number(k.slaMet.numerator),
                       QString::number(k.slaMet.denominator), maybe(k.medianFirstContactMs),
                       QString::number(k.acceptance.numerator),
                       QString::number(k.acceptance.denominator));
    for (const PlanStep &step : plan.steps)
        out << u"%1: %2 %3 %4 %5 %6"_s.arg(step.level, QString::number(step.needed),
            maybe(step.inPipeline), QString::number(step.gap), maybe(step.rate), step.rateSource);
    return out.join(u'\n');
}

void TestMetrics::concurrentMatchesOneConnection_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("group");
    QTest::newRow("all, by owner") << QString() << int(GroupBy::Owner);
    QTest::newRow("all, by campaign") << QString() << int(GroupBy::Campaign);
    QTest::newRow("segment, by source") << u"webinar"_s << int(GroupBy::Source);
}

void TestMetrics::concurrentMatchesOneConnection()
{
    // Funnels (both views), KPIs and the plan run parts on a second connection in another thread
    // when the base is a file; the numbers must be those of one connection, segment included.
    QFETCH(QString, source);
    QFETCH(int, group);
    QStringList results;
    for (const bool concurrent : {true, false}) {
        MetricsService m = service();
        m.setConcurrent(concurrent);
        if (!source.isEmpty()) {
            LeadQuery segment;
            segment.source = source;
            m.setSegment(segment);
        }
        auto funnels = m.funnels(
            month(1), {FunnelView::Cohort, FunnelView::Activity}, static_cast<GroupBy>(group));
        QVERIFY2(funnels, funnels ? "" : qPrintable(funnels.error().message));
        QVERIFY(!funnels->isEmpty());
        QCOMPARE(funnels->first().view, FunnelView::Cohort);
        QCOMPARE(funnels->last().view, FunnelView::Activity);
        auto kpis = m.kpis(month(1), static_cast<GroupBy>(group));
        QVERIFY2(kpis, kpis ? "" : qPrintable(kpis.error().message));
        Rates typed; // a segment's history may lack a rate: typed ones make the plan always run
        typed.averageDeal = 1000000;
        typed.sqlToWon = 0.5;
        typed.mqlToSql = 0.5;
        typed.leadToMql = 0.5;
        typed.responsesPerLead = 2;
        auto plan = m.plan(3000000, month(3), source.isEmpty() ? Rates {} : typed);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        results << describe(*funnels, *kpis, *plan);
    }
    QCOMPARE(results[0], results[1]);
    QVERIFY(results[0].contains(u"activity"_s));

    // Inside a transaction the reports see its uncommitted writes (one connection only): the
    // activity funnel, which would otherwise be read on the second connection, counts L4's move.
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    exec(u"INSERT INTO stage_history (lead_id, from_stage, to_stage, at, actor) VALUES (4, 'new', "
         "'contacted', ?, 'test')"_s,
        {t(1, 31, 23, 45)});
    auto inside =
        service().funnels(month(1), {FunnelView::Cohort, FunnelView::Activity}, GroupBy::None);
    QVERIFY(db.rollback());
    auto after =
        service().funnels(month(1), {FunnelView::Cohort, FunnelView::Activity}, GroupBy::None);
    QVERIFY(inside && after);
    QCOMPARE(inside->last().rows[1].reached, after->last().rows[1].reached + 1);
}

void TestMetrics::historyKeptCurrent()
{
    // funnel_rank and left_at (schema 6) follow inserts out of order, deletes and updates of
    // stage_history. Each step is checked against the definitions computed by plain SQL.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"h.sqlite"_s));
    QVERIFY(db);
    QSqlDatabase c = (*db)->connection();
    auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        QSqlQuery q(c);
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec();
    };
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(c);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    const QString rank = u"(CASE h.to_stage WHEN 'contacted' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' "
                         "THEN 3 WHEN 'opportunity' THEN 4 WHEN 'won' THEN 5 WHEN 'lost' THEN 3 "
                         "ELSE 0 END)"_s;
    auto consistent = [&]() {
        const qint64 wrongStays =
            scalar(u"SELECT COUNT(*) FROM (SELECT left_at, LEAD(at) OVER (PARTITION BY lead_id "
                   "ORDER BY at, id) AS next FROM stage_history) WHERE left_at IS NOT next"_s)
                .toLongLong();
        const qint64 wrongRanks =
            scalar(u"SELECT COUNT(*) FROM leads l WHERE l.funnel_rank <> COALESCE((SELECT "
                   "MAX(%1) FROM stage_history h WHERE h.lead_id = l.id), 0)"_s.arg(rank))
                .toLongLong();
        return wrongStays == 0 && wrongRanks == 0;
    };
    auto leftAt = [&](const QString &stage) {
        return scalar(
            u"SELECT left_at FROM stage_history WHERE lead_id = 1 AND to_stage = '%1'"_s.arg(
                stage));
    };
    QVERIFY(run(u"INSERT INTO leads (id, stage, created_at, updated_at) VALUES (1, 'contacted', "
                "?, ?), (2, 'new', ?, ?)"_s,
        {t(1, 1), t(1, 1), t(1, 1), t(1, 1)}));
    // An imported creation row, then a move.
    QVERIFY(run(u"INSERT INTO stage_history (lead_id, from_stage, to_stage, at, rule) VALUES "
                "(1, NULL, 'new', ?, 'import'), (2, NULL, 'new', ?, 'import')"_s,
        {t(1, 1), t(1, 1)}));
    QVERIFY(run(u"INSERT INTO stage_history (lead_id, from_stage, to_stage, at) VALUES (1, 'new', "
                "'contacted', ?)"_s,
        {t(1, 3)}));
    QCOMPARE(leftAt(u"new"_s).toLongLong(), t(1, 3));
    QVERIFY(leftAt(u"contacted"_s).isNull());
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 1"_s).toInt(), 1);
    QVERIFY(consistent());
    // A move recorded late, between the two: new ends at it, it ends where contacted begins.
    QVERIFY(run(u"INSERT INTO stage_history (lead_id, from_stage, to_stage, at) VALUES (1, 'new', "
                "'mql', ?)"_s,
        {t(1, 2)}));
    QCOMPARE(leftAt(u"new"_s).toLongLong(), t(1, 2));
    QCOMPARE(leftAt(u"mql"_s).toLongLong(), t(1, 3));
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 1"_s).toInt(), 2);
    QVERIFY(consistent());
    // Deleting it gives its stay back to new and lowers the furthest rank again.
    QVERIFY(run(u"DELETE FROM stage_history WHERE lead_id = 1 AND to_stage = 'mql'"_s));
    QCOMPARE(leftAt(u"new"_s).toLongLong(), t(1, 3));
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 1"_s).toInt(), 1);
    QVERIFY(consistent());
    // Changing a row's stage or time.
    QVERIFY(run(u"UPDATE stage_history SET to_stage = 'sql' WHERE lead_id = 1 AND to_stage = "
                "'contacted'"_s));
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 1"_s).toInt(), 3);
    QVERIFY(run(
        u"UPDATE stage_history SET at = ? WHERE lead_id = 1 AND to_stage = 'sql'"_s, {t(1, 5)}));
    QCOMPARE(leftAt(u"new"_s).toLongLong(), t(1, 5));
    QVERIFY(consistent());
    // Moving a row to another lead.
    QVERIFY(run(u"UPDATE stage_history SET lead_id = 2 WHERE lead_id = 1 AND to_stage = 'sql'"_s));
    QVERIFY(leftAt(u"new"_s).isNull());
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 1"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = 2"_s).toInt(), 3);
    QVERIFY(consistent());
    // A lead deleted for good takes its rows along (undoing an import).
    QVERIFY(run(u"DELETE FROM leads WHERE id = 2"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = 2"_s).toInt(), 0);
    QVERIFY(consistent());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
