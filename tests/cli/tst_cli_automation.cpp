#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

/// leadflow-cli automation end to end: a file is imported, and after that only the clock moves
/// (`automation run --now`, through a week). Leads are scored, MQLs routed within capacity with
/// first-contact clocks in business hours, breaches escalate to the manager, a contact closes its
/// escalation, nurture tasks appear on their day, and `report sla` agrees with what happened.
/// Expected figures come from SQL over the assignments, not from the report's code.
class TestCliAutomation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aWeekOfTheClock();
    void replayedMomentChangesNothingTheSecondTime();
    void statusTellsARunningPassFromAnInterruptedOne();
    void statusAndUsageErrors_data();
    void statusAndUsageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    QString ok(const QStringList &arguments) const;
    QJsonObject pass(const QString &at) const;
    QVariant sql(const QString &statement) const;
    QString dump() const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestCliAutomation::Run TestCliAutomation::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, m_db});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliAutomation::ok(const QStringList &arguments) const
{
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s failed (%d): %s", qPrintable(arguments.join(u' ')), run.exitCode,
            qPrintable(run.err));
    return run.exitCode == 0 ? run.out : u"<failed>"_s;
}

QJsonObject TestCliAutomation::pass(const QString &at) const
{
    return QJsonDocument::fromJson(
        ok({u"automation"_s, u"run"_s, u"--now"_s, at, u"--format"_s, u"json"_s}).toUtf8())
        .object();
}

QVariant TestCliAutomation::sql(const QString &statement) const
{
    QVariant result;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        raw.setDatabaseName(m_db);
        if (raw.open()) {
            QSqlQuery query(statement, raw);
            if (query.next())
                result = query.value(0);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return result;
}

QString TestCliAutomation::dump() const
{
    QString out;
    for (const QString &table : {u"leads"_s, u"assignments"_s, u"tasks"_s, u"enrolments"_s,
             u"stage_history"_s, u"audit_log"_s, u"settings"_s})
        out += sql(u"SELECT group_concat(r, '\n') FROM (SELECT quote(t.rowid) || ':' || "
                   "json_array(t.*) AS r FROM %1 t ORDER BY t.rowid)"_s.arg(table))
                   .toString();
    return out;
}

void TestCliAutomation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(qgetenv("TZ"), QByteArray("UTC")); // ctest sets it: local days are UTC days
    m_db = m_dir.filePath(u"week.sqlite"_s);
    QVERIFY(!ok({u"init"_s}).startsWith(u"<failed>"_s));
    ok({u"sla"_s, u"settings"_s, u"--hours"_s, u"09:00-17:00"_s, u"--days"_s, u"1,2,3,4,5"_s,
        u"--time-zone"_s, u"UTC"_s, u"--default-hours"_s, u"4"_s});
    ok({u"users"_s, u"add"_s, u"--name"_s, u"Maria Boss"_s, u"--role"_s, u"manager"_s});
    ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--capacity"_s, u"3"_s, u"--manager"_s,
        u"Maria Boss"_s});
    ok({u"users"_s, u"add"_s, u"--name"_s, u"Bob Stone"_s, u"--capacity"_s, u"2"_s, u"--manager"_s,
        u"Maria Boss"_s});
    ok({u"rules"_s, u"add"_s, u"--kind"_s, u"fit"_s, u"--name"_s, u"US market"_s, u"--attribute"_s,
        u"country"_s, u"--values"_s, u"US"_s, u"--points"_s, u"70"_s});
    ok({u"sequences"_s, u"add"_s, u"--name"_s, u"Warmup"_s, u"--step"_s, u"wait:1"_s, u"--step"_s,
        u"call:Call {{first_name}}"_s});
}

void TestCliAutomation::aWeekOfTheClock()
{
    // Eight US leads (MQL material under the rule) and four German ones, from different firms.
    QByteArray csv = "First Name,Last Name,Email,Country,Create Date\n";
    for (int i = 1; i <= 8; ++i)
        csv += "U" + QByteArray::number(i) + ",Lead,u" + QByteArray::number(i) + "@firm"
            + QByteArray::number(i) + ".com,US,2026-02-27T12:00:00Z\n";
    for (int i = 1; i <= 4; ++i)
        csv += "D" + QByteArray::number(i) + ",Lead,d" + QByteArray::number(i) + "@gmbh"
            + QByteArray::number(i) + ".de,DE,2026-02-27T12:00:00Z\n";
    QFile file(m_dir.filePath(u"leads.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    // Imported on Friday evening; nothing else is typed until the end of the week but the clock.
    QVERIFY(ok({u"import"_s, u"leads"_s, file.fileName(), u"--no-rescore"_s}).contains(u"12"_s));

    // Monday 08:00: the import's follow-up work. Every lead scored; the 8 US leads MQL; Ann (3 a
    // week) and Bob (2 a week) get 5, the other 3 wait unassigned. First contact is due 4
    // business hours after 09:00 (business hours start then): 13:00.
    const QJsonObject monday = pass(u"2026-03-02T08:00:00Z"_s);
    QCOMPARE(monday[u"owed_for"_s].toArray(), QJsonArray {u"import 1"_s});
    QCOMPARE(monday[u"promoted"_s].toInt(), 8);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM leads WHERE score = 0"_s).toInt(), 0);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql'"_s).toInt(), 8);
    QCOMPARE(sql(u"SELECT group_concat(n, ',') FROM (SELECT u.name || '=' || COUNT(*) AS n FROM "
                 "assignments a JOIN users u ON u.id = a.user_id GROUP BY u.name ORDER BY "
                 "u.name)"_s)
                 .toString(),
        u"Ann Lee=3,Bob Stone=2"_s);
    QCOMPARE(
        sql(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND owner_id IS NULL"_s).toInt(), 3);
    const qint64 monday8 = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 monday13 = monday8 + 5 * 3600 * 1000;
    QCOMPARE(sql(u"SELECT COUNT(*) FROM assignments WHERE assigned_at = %1 AND sla_due_at = %2"_s
                     .arg(monday8)
                     .arg(monday13))
                 .toInt(),
        5);
    ok({u"enrol"_s, u"9"_s, u"Warmup"_s, u"--at"_s, u"2026-03-02T09:00:00Z"_s});

    // The reps call two of their leads in time.
    const QStringList owned =
        sql(u"SELECT group_concat(lead_id) FROM (SELECT lead_id FROM assignments ORDER BY "
            "lead_id)"_s)
            .toString()
            .split(u',');
    QCOMPARE(owned.size(), 5);
    ok({u"touch"_s, owned[0], u"call"_s, u"--at"_s, u"2026-03-02T10:00:00Z"_s});
    ok({u"touch"_s, owned[1], u"call"_s, u"--at"_s, u"2026-03-02T11:00:00Z"_s});
    QCOMPARE(pass(u"2026-03-02T12:59:00Z"_s)[u"breached"_s].toInt(), 0);

    // 14:00: the three others missed their deadline; each escalates to Maria with a task.
    const QJsonObject afternoon = pass(u"2026-03-02T14:00:00Z"_s);
    QCOMPARE(afternoon[u"breached"_s].toInt(), 3);
    QCOMPARE(afternoon[u"escalated"_s].toInt(), 3);
    QCOMPARE(afternoon[u"reminders"_s].toArray().size(), 3);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM tasks t JOIN users u ON u.id = t.user_id WHERE t.kind = "
                 "'escalation' AND u.name = 'Maria Boss' AND t.done_at IS NULL"_s)
                 .toInt(),
        3);
    QCOMPARE(afternoon[u"nurture_tasks"_s].toInt(), 0); // the wait runs until Tuesday 09:00

    // Tuesday: one late lead is called at 09:30; the 10:00 pass closes its escalation, refreshes
    // the day's decay, and the nurture call comes due.
    ok({u"touch"_s, owned[2], u"call"_s, u"--at"_s, u"2026-03-03T09:30:00Z"_s});
    const QJsonObject tuesday = pass(u"2026-03-03T10:00:00Z"_s);
    QCOMPARE(tuesday[u"decay_refreshed"_s].toBool(), true);
    QCOMPARE(tuesday[u"tasks_closed"_s].toInt(), 1);
    QCOMPARE(tuesday[u"nurture_tasks"_s].toInt(), 1);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM tasks WHERE kind = 'call' AND lead_id = 9 AND title = "
                 "'Call D1'"_s)
                 .toInt(),
        1);
    QCOMPARE(
        sql(u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation' AND done_at IS NULL"_s).toInt(),
        2);

    // Sales feedback: the first lead accepted (with its BANT), one breached lead rejected.
    ok({u"update"_s, owned[0], u"bant_budget=5000"_s, u"bant_authority=CEO"_s, u"bant_need=CRM"_s});
    ok({u"accept"_s, owned[0]});
    ok({u"reject"_s, owned[3], u"--reason"_s, u"Not a fit"_s});
    for (int day = 4; day <= 8; ++day) {
        const QJsonObject later = pass(u"2026-03-%1T10:00:00Z"_s.arg(day, 2, 10, QChar(u'0')));
        QCOMPARE(later[u"decay_refreshed"_s].toBool(), true);
        QCOMPARE(later[u"breached"_s].toInt(), 0);
    }
    // The rejected lead went to another rep who has not called yet: its escalation stays open
    // until someone makes contact; the lead called on Tuesday closed the other.
    QCOMPARE(
        sql(u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation' AND closed_reason IS NOT NULL"_s)
            .toInt(),
        1);

    // report sla agrees with the assignments of the week, counted here with SQL.
    const QJsonObject report =
        QJsonDocument::fromJson(ok({u"report"_s, u"sla"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                                       u"2026-03-09"_s, u"--format"_s, u"json"_s})
                                    .toUtf8())
            .object();
    const QJsonObject all = report[u"rows"_s].toArray().first().toObject();
    const QString week = u"assigned_at >= %1 AND assigned_at < %2"_s.arg(monday8 - 8 * 3600000)
                             .arg(monday8 + 6 * 86400000LL);
    QCOMPARE(all[u"assignments"_s].toInt(),
        sql(u"SELECT COUNT(*) FROM assignments WHERE "_s + week).toInt());
    QCOMPARE(all[u"breached"_s].toInt(),
        sql(u"SELECT COUNT(*) FROM assignments WHERE breached_at IS NOT NULL AND "_s + week)
            .toInt());
    QCOMPARE(all[u"breached"_s].toInt(), 3);
    QCOMPARE(all[u"met"_s].toInt(), 2);
    QCOMPARE(all[u"accepted"_s].toInt(),
        sql(u"SELECT COUNT(*) FROM assignments WHERE accepted_at IS NOT NULL AND "_s + week)
            .toInt());
    QCOMPARE(all[u"rejected"_s].toInt(),
        sql(u"SELECT COUNT(*) FROM assignments WHERE rejected_at IS NOT NULL AND "_s + week)
            .toInt());
    QCOMPARE(all[u"accepted"_s].toInt(), 1);
    QCOMPARE(all[u"rejected"_s].toInt(), 1);
    QCOMPARE(all[u"acceptance_pct"_s].toDouble(), 50.0);
    // Median hours from assignment to first contact, over the contacted ones.
    QList<double> hours;
    for (const QString &h : sql(u"SELECT group_concat((first_contact_at - assigned_at) / "
                                "3600000.0) FROM assignments WHERE first_contact_at IS NOT NULL "
                                "AND "_s
             + week)
                                .toString()
                                .split(u','))
        hours << h.toDouble();
    std::sort(hours.begin(), hours.end());
    QCOMPARE(hours.size(), 3);
    QCOMPARE(all[u"median_hours_to_first_contact"_s].toDouble(), hours[1]);
}

void TestCliAutomation::replayedMomentChangesNothingTheSecondTime()
{
    const QString at = u"2026-03-09T10:00:00Z"_s;
    const QJsonObject first = pass(at);
    QVERIFY(!first.isEmpty());
    const QString before = dump();
    const QJsonObject second = pass(at);
    QCOMPARE(second[u"decay_refreshed"_s].toBool(), false);
    QCOMPARE(second[u"reminders"_s].toArray().size(), 0);
    QCOMPARE(dump(), before);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM automation_runs WHERE finished_at IS NULL"_s).toInt(), 0);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM automation_lock"_s).toInt(), 0);
}

void TestCliAutomation::statusTellsARunningPassFromAnInterruptedOne()
{
    // A pass of this (live) test process holds the lease and has not finished: running. The same
    // log row with the lease gone: interrupted.
    const QString runner = QSysInfo::machineHostName() + u':'
        + QString::number(QCoreApplication::applicationPid()) + u":7"_s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"write"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        query.prepare(u"INSERT INTO automation_lock (id, runner, acquired_at, expires_at) VALUES "
                      "(1, ?, ?, ?)"_s);
        query.addBindValue(runner);
        query.addBindValue(now);
        query.addBindValue(now + 600000);
        QVERIFY(query.exec());
        query.prepare(u"INSERT INTO automation_runs (runner, clock_at, started_at) "
                      "VALUES (?, ?, ?)"_s);
        query.addBindValue(runner);
        query.addBindValue(now);
        query.addBindValue(now);
        QVERIFY(query.exec());
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"write"_s);
    const QString running = ok({u"automation"_s, u"status"_s});
    QVERIFY2(running.contains(u"A pass is running now"_s), qPrintable(running));
    QVERIFY2(running.contains(u"has not finished yet"_s), qPrintable(running));
    QVERIFY2(!running.contains(u"did not finish"_s), qPrintable(running));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"write"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"DELETE FROM automation_lock"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"write"_s);
    const QString interrupted = ok({u"automation"_s, u"status"_s});
    QVERIFY2(interrupted.contains(u"did not finish"_s), qPrintable(interrupted));
    // The next pass runs and is the last one again.
    QVERIFY(!pass(u"2026-03-10T10:00:00Z"_s).isEmpty());
}

void TestCliAutomation::statusAndUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("text");
    QTest::newRow("status") << QStringList {u"automation"_s, u"status"_s} << 0 << u"Last pass "_s;
    QTest::newRow("no action") << QStringList {u"automation"_s} << 2 << u"run or status"_s;
    QTest::newRow("unknown action")
        << QStringList {u"automation"_s, u"go"_s} << 2 << u"run or status"_s;
    QTest::newRow("bad time") << QStringList {u"automation"_s, u"run"_s, u"--now"_s, u"monday"_s}
                              << 2 << u"--now must be a date or time"_s;
    QTest::newRow("status with --now") << QStringList {u"automation"_s, u"status"_s, u"--now"_s,
        u"2026-03-02"_s} << 2 << u"--now goes with automation run"_s;
}

void TestCliAutomation::statusAndUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, text);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(text), qPrintable(run.out + run.err));
}

QTEST_GUILESS_MAIN(TestCliAutomation)
#include "tst_cli_automation.moc"
