#include "dashboardpage.h"
#include "funnelchart.h"
#include "leads/leadservice.h"
#include "leads/segmentstore.h"
#include "metrics/metrics.h"
#include "storage/database.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace lf;

/// DashboardPage and FunnelChart over a small fixture written through LeadService.
///
/// Fixture (UTC): January 2026 cohort of five leads, February of two.
///   J1 new → contacted → mql → sql → opportunity → won   (reached won)
///   J2 new → contacted → mql                              (reached mql)
///   J3 new → contacted                                    (reached contacted)
///   J4 new                                                (reached new)
///   J5 new → contacted → mql → sql → lost                 (lost counts as reached sql)
///   F1 new; F2 new → contacted
/// Cohort January: reached 5, 4, 3, 2, 1, 1.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void funnelEqualsMetrics_data();
    void funnelEqualsMetrics();
    void kpiTilesShowMetrics();
    void chartsShowMetrics();
    void clickingStageEmitsQuery();
    void keyboardActivatesStage_data();
    void keyboardActivatesStage();
    void activityViewQuery();
    void periodChangeReloads();
    void exports();
    void emptyDatabase();
    void paletteChangeKeepsValues();
    void reversedPeriodShowsError();
    void customPeriodByKeyboard();
    void tabOrder();
    void segmentFiltersFigures();
    void bigDatabaseKeepsGuiResponsive();
    void screenshots();

private:
    static qint64 t(int month, int day, int year = 2026)
    {
        return QDateTime(QDate(year, month, day), QTime(9, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }
    static bool waitIdle(DashboardPage &page)
    {
        return QTest::qWaitFor([&page] { return !page.isBusy(); }, 30000);
    }
    static QList<qint64> barValues(FunnelChart *chart)
    {
        QList<qint64> values;
        for (int i = 0; i < chart->stageCount(); ++i)
            values.append(chart->barValue(i));
        // The bars as drawn hold the same numbers, bottom up.
        for (int i = 0; i < chart->countSet()->count(); ++i)
            if (qint64(chart->countSet()->at(i)) != values.at(chart->barIndex(i)))
                return {};
        return values;
    }
    Funnel metricsFunnel(QDate from, QDate toInclusive, FunnelView view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDashboardPage::initTestCase()
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(u"dash.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);

    LeadService service(m_db->connection());
    service.setLifecycleChecks(false);
    const QList<QPair<qint64, QList<Stage>>> leads {
        {t(1, 5), {Stage::Contacted, Stage::Mql, Stage::Sql, Stage::Opportunity, Stage::Won}},
        {t(1, 8), {Stage::Contacted, Stage::Mql}},
        {t(1, 12), {Stage::Contacted}},
        {t(1, 20), {}},
        {t(1, 25), {Stage::Contacted, Stage::Mql, Stage::Sql, Stage::Lost}},
        {t(2, 3), {}},
        {t(2, 10), {Stage::Contacted}},
    };
    for (const auto &[created, moves] : leads) {
        auto lead = service.create({{LeadField::FirstName, u"Test"_s},
            {LeadField::Source, u"Webinar"_s}, {LeadField::CreatedAt, created}});
        QVERIFY2(lead, qPrintable(lead ? QString() : lead.error().toString()));
        for (Stage stage : moves) {
            auto moved = service.changeStage(lead->id(), stage, u"Budget"_s);
            QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        }
    }
}

Funnel TestDashboardPage::metricsFunnel(QDate from, QDate toInclusive, FunnelView view) const
{
    const auto period = Period::fromDates(from, toInclusive.addDays(1), QTimeZone::utc());
    const auto funnels = MetricsService(m_db->connection()).funnel(*period, view, GroupBy::None);
    return funnels && !funnels->isEmpty() ? funnels->first() : Funnel {};
}

void TestDashboardPage::funnelEqualsMetrics_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<FunnelView>("view");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("cohort January") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << FunnelView::Cohort
                                    << QList<qint64> {5, 4, 3, 2, 1, 1};
    QTest::newRow("cohort February") << QDate(2026, 2, 1) << QDate(2026, 2, 28)
                                     << FunnelView::Cohort << QList<qint64> {2, 1, 0, 0, 0, 0};
    QTest::newRow("cohort both months") << QDate(2026, 1, 1) << QDate(2026, 2, 28)
                                        << FunnelView::Cohort << QList<qint64> {7, 5, 3, 2, 1, 1};
    // LeadService records creation and stage changes at the time they are made: today.
    QTest::newRow("activity today") << QDate::currentDate() << QDate::currentDate()
                                    << FunnelView::Activity << QList<qint64> {7, 5, 3, 2, 1, 1};
    QTest::newRow("activity January")
        << QDate(2026, 1, 1) << QDate(2026, 1, 31) << FunnelView::Activity << QList<qint64>(6, 0);
    QTest::newRow("one day, nothing") << QDate(2026, 1, 6) << QDate(2026, 1, 6)
                                      << FunnelView::Cohort << QList<qint64> {0, 0, 0, 0, 0, 0};
}

void TestDashboardPage::funnelEqualsMetrics()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(FunnelView, view);
    QFETCH(QList<qint64>, expected);

    DashboardPage page(*m_db);
    page.setFunnelView(view);
    page.setCustomPeriod(from, to);
    QVERIFY(waitIdle(page));
    QVERIFY(!page.data().error);

    const Funnel funnel = metricsFunnel(from, to, view);
    QList<qint64> counts;
    for (const FunnelRow &row : funnel.rows)
        counts.append(row.reached);
    QCOMPARE(counts, expected); // the fixture is what the test thinks it is
    FunnelChart *chart = page.funnelChart();
    QCOMPARE(barValues(chart), counts);
    QCOMPARE(chart->stageCount(), funnel.rows.size());
    for (int i = 0; i < funnel.rows.size(); ++i) {
        QCOMPARE(chart->stageAt(i), funnel.rows[i].stage);
        QCOMPARE(chart->countLabel(i), QLocale().toString(funnel.rows[i].reached));
        if (i > 0) {
            const Maybe rate = funnel.rows[i].conversionFromPrevious;
            QCOMPARE(chart->conversionLabel(i).contains(u'—'), !rate.has_value());
            if (rate)
                QVERIFY2(chart->conversionLabel(i).contains(QLocale().toString(*rate, 'f', 1)),
                    qPrintable(chart->conversionLabel(i)));
        }
    }
}

void TestDashboardPage::kpiTilesShowMetrics()
{
    DashboardPage page(*m_db);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    // January cohort: 5 leads, 1 reached opportunity → 20.0 %; MQL 3 → SQL 2: 66.7 %;
    // SQL 2 → won 1: 50.0 %. Nothing closed in January: win rate n/a. No assignments: SLA n/a.
    QCOMPARE(page.kpiText(u"conversion"_s), u"20.0 %"_s);
    QCOMPARE(page.kpiText(u"mql_to_sql"_s), u"66.7 %"_s);
    QCOMPARE(page.kpiText(u"sql_to_won"_s), u"50.0 %"_s);
    QCOMPARE(page.kpiText(u"win_rate"_s), u"—"_s);
    QCOMPARE(page.kpiText(u"sla"_s), u"—"_s);
    QCOMPARE(page.kpiText(u"first_contact"_s), u"—"_s);
    QCOMPARE(page.kpiText(u"cycle"_s), u"—"_s);
    QCOMPARE(page.kpiText(u"unknown"_s), QString());
    QCOMPARE(page.data().trend.size(), DashboardPage::TrendMonths);
    QCOMPARE(page.data().trend.last().month, QDate(2026, 1, 1));
    QCOMPARE(page.data().trend.last().leads, 5);
}

void TestDashboardPage::chartsShowMetrics()
{
    DashboardPage page(*m_db);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 2, 28));
    QVERIFY(waitIdle(page));
    QVERIFY(page.data().complete);
    QVERIFY(!page.chartView(u"nothing"_s));

    // Sources: all seven leads came from Webinar, 1 of 7 converted (14.3 %).
    QChartView *sources = page.chartView(u"sources"_s);
    QVERIFY(sources);
    const auto bars = qobject_cast<QAbstractBarSeries *>(sources->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), 1);
    QCOMPARE(bars->barSets().first()->at(0), 7.0);
    QVERIFY2(sources->accessibleDescription().contains(u"Webinar · 14.3 % converted: Leads 7"_s),
        qPrintable(sources->accessibleDescription()));

    // Trend: twelve months ending February 2026; January 1 of 5 converted, February 0 of 2.
    QChartView *trend = page.chartView(u"trend"_s);
    const auto conversion = qobject_cast<QLineSeries *>(trend->chart()->series().value(0));
    QVERIFY(conversion);
    QCOMPARE(conversion->count(), 2); // months without leads have no rate: no point
    QCOMPARE(conversion->at(0), QPointF(10, 20.0));
    QCOMPARE(conversion->at(1), QPointF(11, 0.0));
    QVERIFY2(trend->accessibleDescription().contains(u"Jan 20.0, Feb 0.0"_s),
        qPrintable(trend->accessibleDescription()));

    // Campaigns: only "(no campaign)", with no cost per lead.
    QChartView *campaigns = page.chartView(u"campaigns"_s);
    const auto campaignBars =
        qobject_cast<QAbstractBarSeries *>(campaigns->chart()->series().value(0));
    QVERIFY(campaignBars);
    QCOMPARE(campaignBars->barSets().first()->count(), 1);
    QCOMPARE(campaignBars->barSets().first()->at(0), 7.0);
    QVERIFY2(campaigns->accessibleDescription().contains(u"(no campaign) · no cost: Leads 7"_s),
        qPrintable(campaigns->accessibleDescription()));

    // No assignments: the SLA chart has no bars.
    const auto sla =
        qobject_cast<QAbstractBarSeries *>(page.chartView(u"sla"_s)->chart()->series().value(0));
    QVERIFY(sla);
    QCOMPARE(sla->barSets().first()->count(), 0);
}

void TestDashboardPage::clickingStageEmitsQuery()
{
    DashboardPage page(*m_db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QSignalSpy spy(&page, &DashboardPage::stageClicked);

    // Click in the middle of the MQL bar (index 2).
    FunnelChart *chart = page.funnelChart();
    const double width = double(chart->barValue(0)); // the widest bar
    QAbstractSeries *series = chart->chart()->series().first();
    const QPointF scene = chart->chart()->mapToScene(
        chart->chart()->mapToPosition(QPointF(width / 2, chart->barIndex(2)), series));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->mapFromScene(scene));
    QCOMPARE(spy.count(), 1);
    const auto query = spy.first().first().value<LeadQuery>();
    QCOMPARE(query.stages.first(), Stage::Mql);
    QCOMPARE(query.stages,
        (QList<Stage> {Stage::Mql, Stage::Sql, Stage::Opportunity, Stage::Won, Stage::Lost}));
    QCOMPARE(query.createdFrom, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(query.createdTo, QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(chart->currentIndex(), 2);

    // The query lists exactly the cohort leads that reached MQL (none of them is in nurturing or
    // disqualified): J1 won, J2 mql, J5 lost.
    LeadService service(m_db->connection());
    const auto count = service.count(query);
    QVERIFY(count);
    QCOMPARE(*count, chart->barValue(2));
}

void TestDashboardPage::keyboardActivatesStage_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<Stage>("stage");
    QTest::newRow("first on focus, Enter") << QList<int> {Qt::Key_Return} << Stage::New;
    QTest::newRow("down twice, Enter")
        << QList<int> {Qt::Key_Down, Qt::Key_Down, Qt::Key_Enter} << Stage::Mql;
    QTest::newRow("End, Space") << QList<int> {Qt::Key_End, Qt::Key_Space} << Stage::Won;
    QTest::newRow("up stops at the top")
        << QList<int> {Qt::Key_Up, Qt::Key_Up, Qt::Key_Return} << Stage::New;
    QTest::newRow("down stops at the bottom")
        << QList<int>(8, Qt::Key_Down) + QList<int> {Qt::Key_Return} << Stage::Won;
    QTest::newRow("End, Up, Home, Right") << QList<int> {Qt::Key_End, Qt::Key_Up, Qt::Key_Home,
        Qt::Key_Right, Qt::Key_Return} << Stage::Contacted;
}

void TestDashboardPage::keyboardActivatesStage()
{
    QFETCH(QList<int>, keys);
    QFETCH(Stage, stage);
    DashboardPage page(*m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    FunnelChart *chart = page.funnelChart();
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QSignalSpy spy(&page, &DashboardPage::stageClicked);
    for (int key : keys)
        QTest::keyClick(chart, Qt::Key(key));
    QCOMPARE(spy.count(), 1);
    const auto query = spy.first().first().value<LeadQuery>();
    QCOMPARE(query.stages.first(), stage);
    QCOMPARE(query.createdFrom.date(), QDate(2026, 1, 1));
    QVERIFY(chart->accessibleDescription().contains(stageLabel(stage)));
}

void TestDashboardPage::activityViewQuery()
{
    DashboardPage page(*m_db);
    page.setFunnelView(FunnelView::Activity);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QCOMPARE(page.data().view, FunnelView::Activity);
    QSignalSpy spy(&page, &DashboardPage::stageClicked);
    page.funnelChart()->activate(3);
    QCOMPARE(spy.count(), 1);
    const auto query = spy.first().first().value<LeadQuery>();
    QCOMPARE(query.stages, QList<Stage> {Stage::Sql});
    QVERIFY(!query.createdFrom.isValid());
    page.funnelChart()->activate(17); // out of range: nothing
    QCOMPARE(spy.count(), 1);
}

void TestDashboardPage::periodChangeReloads()
{
    DashboardPage page(*m_db);
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QCOMPARE(barValues(page.funnelChart()).first(), 5);
    QVERIFY(refreshed.count() >= 2); // partial, then complete
    QCOMPARE(refreshed.last().first().toBool(), true);

    refreshed.clear();
    page.setCustomPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(page.isBusy());
    QVERIFY(waitIdle(page));
    QVERIFY(!refreshed.isEmpty());
    QCOMPARE(barValues(page.funnelChart()), (QList<qint64> {2, 1, 0, 0, 0, 0}));
    QCOMPARE(page.data().period.from().date(), QDate(2026, 2, 1));
    QCOMPARE(page.kpiText(u"conversion"_s), u"0.0 %"_s);

    // Presets resolve against today, "this year" up to and including today: compare with
    // MetricsService over the same days.
    page.setPeriodPreset(DashboardPage::PeriodPreset::ThisYear);
    QVERIFY(waitIdle(page));
    QCOMPARE(page.periodPreset(), DashboardPage::PeriodPreset::ThisYear);
    const int year = QDate::currentDate().year();
    QCOMPARE(page.data().period.from().date(), QDate(year, 1, 1));
    QCOMPARE(page.data().period.to().date(), QDate::currentDate().addDays(1));
    const Funnel funnel =
        metricsFunnel(QDate(year, 1, 1), QDate::currentDate(), FunnelView::Cohort);
    QList<qint64> counts;
    for (const FunnelRow &row : funnel.rows)
        counts.append(row.reached);
    QCOMPARE(barValues(page.funnelChart()), counts);

    // A request superseded before it finished never shows.
    page.setCustomPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QCOMPARE(barValues(page.funnelChart()).first(), 5);
}

void TestDashboardPage::exports()
{
    DashboardPage page(*m_db);
    page.resize(1280, 800);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 2, 28));
    QVERIFY(waitIdle(page));
    QTemporaryDir dir;
    const QString png = dir.filePath(u"dash.png"_s);
    QVERIFY2(page.exportPng(png), qPrintable(page.lastError()));
    QImage image;
    QVERIFY(image.load(png));
    QVERIFY(image.width() >= 600);
    QVERIFY(image.height() >= 600);

    const QString pdf = dir.filePath(u"dash.pdf"_s);
    QVERIFY2(page.exportPdf(pdf), qPrintable(page.lastError()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 5000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    QVERIFY(!page.exportPng(dir.filePath(u"missing/dir/dash.png"_s)));
    QVERIFY(page.lastError().contains(u"dash.png"_s));
    QVERIFY(!page.exportPdf(dir.filePath(u"missing/dir/dash.pdf"_s)));
    QVERIFY(page.lastError().contains(u"dash.pdf"_s));

    // Never over the open database or its companions, by any name.
    // (stat only: reading the open database's file here would drop its locks)
    const QFileInfo before(m_db->path());
    QVERIFY(QFile::link(m_db->path(), dir.filePath(u"link.png"_s)));
    for (const QString &target :
        {m_db->path(), m_db->path() + u"-wal"_s, dir.filePath(u"link.png"_s)}) {
        QVERIFY(!page.exportPng(target));
        QVERIFY2(page.lastError().contains(u"open database"_s), qPrintable(page.lastError()));
        QVERIFY(!page.exportPdf(target));
        QVERIFY2(page.lastError().contains(u"open database"_s), qPrintable(page.lastError()));
    }
    const QFileInfo after(m_db->path());
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.lastModified(), before.lastModified());
    QVERIFY(after.isFile() && !after.isSymLink());
}

void TestDashboardPage::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"empty.sqlite"_s));
    QVERIFY(db);
    DashboardPage page(**db);
    page.resize(1280, 800);
    page.show();
    for (auto preset :
        {DashboardPage::PeriodPreset::ThisMonth, DashboardPage::PeriodPreset::LastQuarter}) {
        page.setPeriodPreset(preset);
        QVERIFY(waitIdle(page));
        QVERIFY(!page.data().error);
        QCOMPARE(barValues(page.funnelChart()), QList<qint64>(6, 0));
        for (int i = 1; i < 6; ++i)
            QVERIFY(page.funnelChart()->conversionLabel(i).contains(u'—'));
        for (const char *key : {"conversion", "mql_to_sql", "sql_to_won", "win_rate", "velocity",
                 "cycle", "sla", "first_contact"})
            QCOMPARE(page.kpiText(QString::fromLatin1(key)), u"—"_s);
        QVERIFY(page.kpiText(u"pipeline"_s).contains(u'0'));
        QVERIFY(page.kpiText(u"weighted"_s).contains(u'0'));
    }
    QSignalSpy spy(&page, &DashboardPage::stageClicked);
    page.funnelChart()->activate(0); // a stage with no leads still opens its (empty) list
    QCOMPARE(spy.count(), 1);
    QTemporaryDir out;
    QVERIFY(page.exportPng(out.filePath(u"empty.png"_s)));
    if (const QString shots = qEnvironmentVariable("LEADFLOW_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(page.grab().save(shots + u"/dashboard-empty.png"_s));
    }
}

void TestDashboardPage::paletteChangeKeepsValues()
{
    DashboardPage page(*m_db);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    const QList<qint64> before = barValues(page.funnelChart());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x32));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    page.setPalette(dark);
    QVERIFY(isDarkPalette(page.funnelChart()->palette()));
    QCOMPARE(page.funnelChart()->chart()->backgroundBrush().color(), QColor(0x2a, 0x2d, 0x32));
    QCOMPARE(barValues(page.funnelChart()), before);
    QVERIFY(!isDarkPalette(QPalette(QColor(0xf0, 0xf0, 0xf0))));
}

void TestDashboardPage::reversedPeriodShowsError()
{
    DashboardPage page(*m_db);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QSignalSpy errors(&page, &DashboardPage::errorOccurred);
    page.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 2, 1));
    QVERIFY(waitIdle(page));
    QCOMPARE(errors.count(), 1);
    QVERIFY(page.data().error);
    QCOMPARE(page.data().error->code, ErrorCode::Invalid);
    bool shown = false;
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        shown = shown || (!l->isHidden() && l->text().contains(errors.first().first().toString()));
    QVERIFY(shown);
    // A valid period again clears it.
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QVERIFY(!page.data().error);
    QCOMPARE(page.funnelChart()->barValue(0), 5);
}

void TestDashboardPage::customPeriodByKeyboard()
{
    DashboardPage page(*m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(waitIdle(page));
    QComboBox *period = nullptr;
    QDateEdit *from = nullptr;
    QDateEdit *to = nullptr;
    const QList<QWidget *> widgets = page.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->accessibleName() == u"Period")
            period = qobject_cast<QComboBox *>(w);
        else if (w->accessibleName().startsWith(u"From"))
            from = qobject_cast<QDateEdit *>(w);
        else if (w->accessibleName().startsWith(u"To"))
            to = qobject_cast<QDateEdit *>(w);
    }
    QVERIFY(period && from && to);
    QVERIFY(!from->isEnabled()); // presets fix the dates
    period->setFocus();
    QTest::keyClick(period, Qt::Key_End); // "Custom…"
    QCOMPARE(page.periodPreset(), DashboardPage::PeriodPreset::Custom);
    QVERIFY(waitIdle(page));
    QVERIFY(from->isEnabled());
    QVERIFY(to->isEnabled());

    from->setFocus();
    from->setDate(QDate(2026, 2, 1));
    QTest::keyClick(from, Qt::Key_Return);
    to->setFocus();
    to->setDate(QDate(2026, 2, 28));
    QTest::keyClick(to, Qt::Key_Return);
    QVERIFY(waitIdle(page));
    QCOMPARE(page.data().period.from().date(), QDate(2026, 2, 1));
    QCOMPARE(page.data().period.to().date(), QDate(2026, 3, 1));
    QCOMPARE(page.funnelChart()->barValue(0), 2);

    // Pressing Return again without a change does not recompute.
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    QTest::keyClick(to, Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY(!page.isBusy());
    QCOMPARE(refreshed.count(), 0);
}

void TestDashboardPage::bigDatabaseKeepsGuiResponsive()
{
    // On a big base (LEADFLOW_DASH_BENCH_DB, e.g. the 1M-lead set of benchmarks/metrics.sh, opened
    // read-only) the figures are computed off the GUI thread: a 5 ms timer keeps ticking.
    const QString path = qEnvironmentVariable("LEADFLOW_DASH_BENCH_DB");
    if (path.isEmpty())
        QSKIP("Set LEADFLOW_DASH_BENCH_DB to a big Leadflow database to time the dashboard.");
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QElapsedTimer clock;
    clock.start();
    DashboardPage page(**db);
    page.resize(1280, 800);
    page.setPeriodPreset(DashboardPage::PeriodPreset::ThisYear);
    page.show();
    qint64 last = clock.elapsed(), worstGap = 0, firstResult = -1;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, &page, [&] {
        worstGap = std::max(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    connect(&page, &DashboardPage::refreshed, &page, [&](bool complete) {
        if (!complete && firstResult < 0)
            firstResult = clock.elapsed();
    });
    ticker.start();
    QVERIFY(QTest::qWaitFor([&page] { return !page.isBusy(); }, 600000));
    QVERIFY(!page.data().error);
    qInfo("funnel and KPIs after %lld ms, everything after %lld ms, longest GUI stall %lld ms, "
          "%lld leads",
        firstResult, clock.elapsed(), worstGap, page.data().kpis.leads);
    QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
}

void TestDashboardPage::tabOrder()
{
    DashboardPage page(*m_db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    // Shift+Tab from the funnel reaches the last KPI tile, which names its value; Tab goes on to
    // the charts.
    page.funnelChart()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(page.funnelChart()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QWidget *tile = QApplication::focusWidget();
    QVERIFY(tile);
    QVERIFY2(tile->accessibleName().startsWith(u"Weighted forecast: "),
        qPrintable(tile->accessibleName()));
    QCOMPARE(qobject_cast<QFrame *>(tile)->lineWidth(), 2); // focus is shown
    QTest::keyClick(tile, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.funnelChart());
    QTest::keyClick(page.funnelChart(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.chartView(u"trend"_s));
    QCOMPARE(page.chartView(u"trend"_s)->chart()->backgroundPen().width(), 2);

    // An export draws no focus frame and leaves the focus where it was.
    QTemporaryDir dir;
    QVERIFY(page.exportPng(dir.filePath(u"focus.png"_s)));
    QCOMPARE(QApplication::focusWidget(), page.chartView(u"trend"_s));
    QCOMPARE(page.chartView(u"trend"_s)->chart()->backgroundPen().width(), 2);
}

void TestDashboardPage::segmentFiltersFigures()
{
    // "Early January": leads created Jan 1 – Jan 10, i.e. J1 (won) and J2 (mql).
    LeadQuery early;
    early.createdFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    early.createdTo = QDateTime(QDate(2026, 1, 10), QTime(0, 0), QTimeZone::utc());
    SegmentStore store(m_db->connection());
    const auto saved = store.save(u"Early January"_s, early);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

    DashboardPage page(*m_db);
    QComboBox *picker = nullptr;
    const QList<QComboBox *> combos = page.findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        if (combo->accessibleName() == u"Segment")
            picker = combo;
    QVERIFY(picker);
    QCOMPARE(picker->count(), 2); // all leads, Early January
    QCOMPARE(picker->itemText(1), u"Early January"_s);

    QVERIFY(!page.setSegment(u"No such segment"_s));
    QVERIFY(page.setSegment(u"early january"_s));
    QCOMPARE(page.segmentName(), u"Early January"_s);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(waitIdle(page));
    QVERIFY(!page.data().error);
    QCOMPARE(page.data().segmentName, u"Early January"_s);

    MetricsService metrics(m_db->connection());
    metrics.setSegment(early);
    const auto period = Period::fromDates(QDate(2026, 1, 1), QDate(2026, 2, 1), QTimeZone::utc());
    const auto funnels = metrics.funnel(*period, FunnelView::Cohort, GroupBy::None);
    QVERIFY(funnels);
    QList<qint64> counts;
    for (const FunnelRow &row : funnels->first().rows)
        counts.append(row.reached);
    QCOMPARE(counts, (QList<qint64> {2, 2, 2, 1, 1, 1}));
    QCOMPARE(barValues(page.funnelChart()), counts);
    QCOMPARE(page.kpiText(u"conversion"_s), u"50.0 %"_s); // 1 of 2 reached opportunity

    // A stage's query keeps the segment's filters: created from Jan 1 (period) to Jan 10
    // (segment), at SQL or beyond.
    QSignalSpy spy(&page, &DashboardPage::stageClicked);
    page.funnelChart()->activate(3);
    QCOMPARE(spy.count(), 1);
    const auto query = spy.first().first().value<LeadQuery>();
    QCOMPARE(
        query.stages, (QList<Stage> {Stage::Sql, Stage::Opportunity, Stage::Won, Stage::Lost}));
    QCOMPARE(query.createdFrom, early.createdFrom);
    QCOMPARE(query.createdTo, early.createdTo);
    const auto listed = LeadService(m_db->connection()).count(query);
    QVERIFY(listed);
    QCOMPARE(*listed, page.funnelChart()->barValue(3));

    // Back to all leads.
    QVERIFY(page.setSegment(QString()));
    QVERIFY(waitIdle(page));
    QCOMPARE(page.funnelChart()->barValue(0), 5);
    QVERIFY(page.data().segmentName.isEmpty());

    // A removed segment disappears from the picker on reload.
    QVERIFY(page.setSegment(u"Early January"_s));
    QVERIFY(waitIdle(page));
    QVERIFY(store.remove(u"Early January"_s));
    page.reloadSegments();
    QCOMPARE(picker->count(), 1);
    QVERIFY(waitIdle(page));
    QCOMPARE(page.funnelChart()->barValue(0), 5);
}

void TestDashboardPage::screenshots()
{
    // Renders the dashboard over a year of realistic data when LEADFLOW_SHOTS names a folder.
    const QString shots = qEnvironmentVariable("LEADFLOW_SHOTS");
    if (shots.isEmpty())
        QSKIP("Set LEADFLOW_SHOTS to a folder to render screenshots.");
    QDir().mkpath(shots);
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"shots.sqlite"_s));
    QVERIFY(opened);
    Database &db = **opened;
    QSqlDatabase sql = db.connection();
    auto exec = [&sql](const QString &text, const QVariantList &binds = {}) {
        QSqlQuery q(sql);
        if (!q.prepare(text))
            return false;
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec();
    };
    QVERIFY(sql.transaction());
    const QStringList reps {
        u"Ann Patel"_s, u"Bob Okafor"_s, u"Chen Wei"_s, u"Dana Lee"_s, u"Erik Berg"_s};
    for (int i = 0; i < reps.size(); ++i)
        QVERIFY(exec(u"INSERT INTO users (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)"_s,
            {i + 1, reps[i]}));
    const QList<std::tuple<QString, QString, qint64>> campaigns {
        {u"Spring webinar"_s, u"Webinar"_s, 450000}, {u"Autumn webinar"_s, u"Webinar"_s, 380000},
        {u"Search Q1–Q3"_s, u"Paid search"_s, 1250000}, {u"LinkedIn ABM"_s, u"LinkedIn"_s, 900000},
        {u"SaaS Expo"_s, u"Trade show"_s, 1500000}, {u"Newsletter"_s, u"Email campaign"_s, 60000}};
    for (int i = 0; i < campaigns.size(); ++i)
        QVERIFY(exec(u"INSERT INTO campaigns (id, name, channel, cost, currency, created_at) "
                     "VALUES (?, ?, ?, ?, 'USD', 0)"_s,
            {i + 1, std::get<0>(campaigns[i]), std::get<1>(campaigns[i]),
                std::get<2>(campaigns[i])}));
    const QList<QPair<QString, int>> sources {{u"Webinar"_s, 1}, {u"Paid search"_s, 3},
        {u"LinkedIn"_s, 4}, {u"Trade show"_s, 5}, {u"Email campaign"_s, 6}, {u"Referral"_s, 0},
        {u"Cold call"_s, 0}, {u"Website form"_s, 0}};
    QRandomGenerator random(2026);
    const qint64 hour = 3600000, day = 24 * hour;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDate::currentDate();
    const QDate start = QDate(today.year() - 1, today.month(), 1);
    int id = 0;
    for (int m = 0; m < 13; ++m) {
        const QDate month = start.addMonths(m);
        const int leads = 140 + m * 14 + int(random.bounded(40));
        for (int n = 0; n < leads; ++n) {
            const qint64 created = QDateTime(month.addDays(random.bounded(month.daysInMonth())),
                                       QTime(8, 0), QTimeZone::utc())
                                       .toMSecsSinceEpoch()
                + random.bounded(10 * int(hour));
            if (created >= now)
                continue;
            ++id;
            const auto &[source, campaignBase] = sources[random.bounded(int(sources.size()))];
            QVariant campaign;
            if (campaignBase == 1)
                campaign = month.month() <= 6 ? 1 : 2;
            else if (campaignBase > 0)
                campaign = campaignBase;
            const QVariant owner =
                random.bounded(10) == 0 ? QVariant() : QVariant(1 + random.bounded(5));
            QList<QPair<QString, qint64>> moves {{u"new"_s, created}};
            qint64 at = created;
            const QList<std::tuple<QString, int, int, int>> steps {{u"contacted"_s, 75, 1, 3},
                {u"mql"_s, 50, 2, 10}, {u"sql"_s, 55, 3, 14}, {u"opportunity"_s, 60, 5, 20},
                {u"won"_s, 45, 10, 40}};
            bool lost = false;
            for (const auto &[stage, chance, minDays, maxDays] : steps) {
                const qint64 next = at + (minDays + random.bounded(maxDays - minDays)) * day;
                if (next >= now)
                    break;
                if (int(random.bounded(100)) >= chance) {
                    if ((stage == u"opportunity" || stage == u"won") && random.bounded(3) > 0) {
                        moves.append({u"lost"_s, next});
                        lost = true;
                    }
                    break;
                }
                moves.append({stage, next});
                at = next;
            }
            Q_UNUSED(lost)
            const QString stage = moves.last().first;
            const bool deal = moves.size() >= 4;
            const QVariant value =
                deal ? QVariant(qint64(5000 + random.bounded(55000)) * 100) : QVariant();
            QVERIFY(exec(u"INSERT INTO leads (id, first_name, source, campaign_id, owner_id, "
                         "value, currency, stage, created_at, updated_at) VALUES (?, 'Lead', ?, "
                         "?, ?, ?, 'USD', ?, ?, ?)"_s,
                {id, source, campaign, owner, value, stage, created, moves.last().second}));
            for (const auto &[to, when] : moves)
                QVERIFY(
                    exec(u"INSERT INTO stage_history (lead_id, to_stage, at) VALUES (?, ?, ?)"_s,
                        {id, to, when}));
            if (owner.isValid()) {
                const qint64 assigned = created + 10 * 60000;
                const qint64 speed = owner.toInt() == 4 ? 9 : 4; // Dana is often late
                const QVariant contact = moves.size() > 1
                    ? QVariant(assigned + hour / 2 + random.bounded(int(speed * hour)))
                    : QVariant();
                QVERIFY(exec(u"INSERT INTO assignments (lead_id, user_id, assigned_at, "
                             "assigned_by, reason, sla_due_at, first_contact_at, accepted_at) "
                             "VALUES (?, ?, ?, 'rule', 'round robin', ?, ?, ?)"_s,
                    {id, owner, assigned, assigned + 4 * hour, contact, assigned + hour}));
            }
        }
    }
    QVERIFY(sql.commit());
    LeadQuery webinars;
    webinars.source = u"Webinar"_s;
    QVERIFY(SegmentStore(sql).save(u"Webinar leads"_s, webinars));

    DashboardPage page(db);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setPeriodPreset(DashboardPage::PeriodPreset::ThisQuarter);
    QVERIFY(waitIdle(page));
    QVERIFY(!page.data().error);
    page.funnelChart()->setFocus();
    QTest::keyClick(page.funnelChart(), Qt::Key_Down);
    QTest::qWait(50);
    QVERIFY(page.grab().save(shots + u"/dashboard-light.png"_s));
    QVERIFY(page.exportPng(shots + u"/dashboard-export.png"_s));
    QVERIFY(page.exportPdf(shots + u"/dashboard-export.pdf"_s));
    page.chartView(u"trend"_s)->setFocus(Qt::TabFocusReason);

    QTest::qWait(50);
    QVERIFY(page.grab().save(shots + u"/dashboard-focus-trend.png"_s));

    QVERIFY(page.setSegment(u"Webinar leads"_s));
    QVERIFY(waitIdle(page));
    QTest::qWait(50);
    QVERIFY(page.grab().save(shots + u"/dashboard-segment.png"_s));
    QVERIFY(page.setSegment(QString()));
    QVERIFY(waitIdle(page));

    QPalette dark(QColor(0x30, 0x33, 0x38), QColor(0x1f, 0x21, 0x25));
    dark.setColor(QPalette::Window, QColor(0x1f, 0x21, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x28, 0x2b, 0x30));
    dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x33, 0x38));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    dark.setColor(QPalette::Highlight, QColor(0xf2, 0xb1, 0x34));
    QApplication::setPalette(dark);
    page.setFunnelView(FunnelView::Activity);
    QVERIFY(waitIdle(page));
    QTest::qWait(50);
    QVERIFY(page.grab().save(shots + u"/dashboard-dark-activity.png"_s));
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
