#include "leads/segmentstore.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/// leadflow-cli report and plan end to end on a small database built here. Fixture (UTC, 2026):
/// L1 created Jan 5 (Webinar): new Jan 5, mql Jan 7, sql Jan 9, won Feb 4, value 1,000.00;
/// L2 created Jan 10 (Referral): new Jan 10; L3 created Jan 31 23:30 (Webinar): new.
/// Saved segment "Webinars": source Webinar (L1, L3).
class TestCliMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void funnelJson();
    void funnelCsvShowsNotAvailable();
    void timeZoneOption();
    void kpisTable();
    void planWithRatesFile();
    void segmentOption();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    QString m_db;
    QTemporaryDir m_dir;
};

TestCliMetrics::Run TestCliMetrics::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, m_db});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

static qint64 t(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

void TestCliMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"metrics.sqlite"_s);
    auto db = lf::Database::open(m_db);
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"INSERT INTO leads (id, source, stage, value, currency, created_at, "
                   "updated_at) VALUES (1, 'Webinar', 'won', 100000, 'USD', %1, 0), "
                   "(2, 'Referral', 'new', NULL, NULL, %2, 0), (3, 'Webinar', 'new', NULL, NULL, "
                   "%3, 0)"_s.arg(t(1, 5))
                       .arg(t(1, 10))
                       .arg(t(1, 31, 23, 30))));
    QVERIFY(q.exec(u"INSERT INTO stage_history (lead_id, to_stage, at) VALUES (1, 'new', %1), "
                   "(1, 'mql', %2), (1, 'sql', %3), (1, 'won', %4), (2, 'new', %5), "
                   "(3, 'new', %6)"_s.arg(t(1, 5))
                       .arg(t(1, 7))
                       .arg(t(1, 9))
                       .arg(t(2, 4))
                       .arg(t(1, 10))
                       .arg(t(1, 31, 23, 30))));
    lf::LeadQuery webinars;
    webinars.source = u"Webinar"_s;
    QVERIFY(lf::SegmentStore((*db)->connection()).save(u"Webinars"_s, webinars));
}

void TestCliMetrics::funnelJson()
{
    const Run run = cli({u"report"_s, u"funnel"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-02-01"_s, u"--view"_s, u"cohort"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object[u"report"_s].toString(), u"funnel"_s);
    QCOMPARE(object[u"time_zone"_s].toString(), u"UTC"_s);
    const QJsonArray rows = object[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 6);
    // 3 leads; L1 reached mql, sql and won (cumulative: also contacted); opportunity via won.
    QCOMPARE(rows[0][u"reached"_s].toInt(), 3);
    QCOMPARE(rows[1][u"reached"_s].toInt(), 1);
    QVERIFY(rows[0][u"conversion_pct"_s].isNull());
    QCOMPARE(rows[1][u"conversion_pct"_s].toDouble(), 33.3333);
    // new: L1 stayed 2 days; L2 and L3 still there → median 2.0.
    QCOMPARE(rows[0][u"median_days_in_stage"_s].toDouble(), 2.0);
    QVERIFY(rows[5][u"median_days_in_stage"_s].isNull());
}

void TestCliMetrics::funnelCsvShowsNotAvailable()
{
    const Run run = cli({u"report"_s, u"funnel"_s, u"--from"_s, u"2030-01-01"_s, u"--to"_s,
        u"2030-02-01"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 13); // header + 6 cohort + 6 activity
    QVERIFY(lines[0].startsWith(u"view,group,stage,reached,conversion_pct"_s));
    QVERIFY2(lines[2].contains(u"cohort,all,contacted,0,n/a,n/a,0"_s), qPrintable(lines[2]));
}

void TestCliMetrics::timeZoneOption()
{
    // In Europe/Berlin L3 (Jan 31 23:30 UTC) was created in February.
    const Run run =
        cli({u"report"_s, u"funnel"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-01"_s,
            u"--view"_s, u"cohort"_s, u"--tz"_s, u"Europe/Berlin"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object[u"rows"_s].toArray()[0][u"reached"_s].toInt(), 2);
    QVERIFY(object[u"from"_s].toString().startsWith(u"2026-01-01T00:00:00.000+01:00"_s));
}

void TestCliMetrics::kpisTable()
{
    const Run run = cli({u"report"_s, u"kpis"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
        u"2026-03-01"_s, u"--by"_s, u"source"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"win_rate_pct"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"n/a"_s)); // no leads created in February: conversion n/a
    QVERIFY(run.out.contains(u"1000.00"_s)); // won revenue of L1
}

void TestCliMetrics::planWithRatesFile()
{
    const QString file = m_dir.filePath(u"rates.json"_s);
    QFile rates(file);
    QVERIFY(rates.open(QIODevice::WriteOnly));
    rates.write(R"({"average_deal": 1000, "sql_to_won": 0.5, "mql_to_sql": 0.5,
        "lead_to_mql": 0.25, "responses_per_lead": 2})");
    rates.close();
    const Run run = cli({u"plan"_s, u"--revenue"_s, u"10000"_s, u"--period"_s, u"2027-Q1"_s,
        u"--rates"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8())[u"rows"_s].toArray();
    // 10 deals → 20 SQLs → 40 MQLs → 160 leads → 320 responses.
    QCOMPARE(rows[1][u"needed"_s].toInt(), 10);
    QCOMPARE(rows[2][u"needed"_s].toInt(), 20);
    QCOMPARE(rows[3][u"needed"_s].toInt(), 40);
    QCOMPARE(rows[4][u"needed"_s].toInt(), 160);
    QCOMPARE(rows[5][u"needed"_s].toInt(), 320);
    QCOMPARE(rows[5][u"rate_source"_s].toString(), u"typed"_s);
}

void TestCliMetrics::segmentOption()
{
    // The segment (named in any case) keeps L1 and L3: 2 created in January, L1 reached
    // contacted (cumulatively) and mql: 1 of 2.
    const Run run =
        cli({u"report"_s, u"funnel"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-01"_s,
            u"--view"_s, u"cohort"_s, u"--segment"_s, u"webinars"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object[u"segment"_s].toString(), u"Webinars"_s);
    const QJsonArray rows = object[u"rows"_s].toArray();
    QCOMPARE(rows[0][u"reached"_s].toInt(), 2);
    QCOMPARE(rows[1][u"reached"_s].toInt(), 1);
    QCOMPARE(rows[1][u"conversion_pct"_s].toDouble(), 50.0);
    QCOMPARE(rows[2][u"reached"_s].toInt(), 1);
    // The table says which segment it counts.
    const Run table = cli({u"report"_s, u"kpis"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-02-01"_s, u"--segment"_s, u"Webinars"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(u"\"Webinars\""_s), qPrintable(table.out));
    // An unknown segment fails with its name, and prints no report.
    const Run unknown = cli({u"report"_s, u"sla"_s, u"--segment"_s, u"Nobody"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Nobody"_s), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
}

void TestCliMetrics::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringList {u"report"_s} << 2 << u"funnel"_s;
    QTest::newRow("bad kind") << QStringList {u"report"_s, u"pies"_s} << 2 << u"funnel"_s;
    QTest::newRow("bad by") << QStringList {u"report"_s, u"kpis"_s, u"--by"_s, u"hat"_s} << 2
                            << u"hat"_s;
    QTest::newRow("bad date") << QStringList {u"report"_s, u"sla"_s, u"--from"_s, u"soon"_s} << 2
                              << u"soon"_s;
    QTest::newRow("reversed") << QStringList {u"report"_s, u"sla"_s, u"--from"_s, u"2026-02-01"_s,
        u"--to"_s, u"2026-01-01"_s}
                              << 2 << u"exclusive"_s;
    QTest::newRow("bad tz") << QStringList {u"report"_s, u"kpis"_s, u"--tz"_s, u"Mars/Base"_s} << 2
                            << u"Mars/Base"_s;
    QTest::newRow("no revenue") << QStringList {u"plan"_s} << 2 << u"--revenue"_s;
    QTest::newRow("bad period") << QStringList {u"plan"_s, u"--revenue"_s, u"5"_s, u"--period"_s,
        u"2027-Q9"_s} << 2 << u"2027-Q9"_s;
    QTest::newRow("no history") << QStringList {u"plan"_s, u"--revenue"_s, u"5"_s, u"--period"_s,
        u"2020-Q1"_s} << 2 << u"--rates"_s;
}

void TestCliMetrics::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
