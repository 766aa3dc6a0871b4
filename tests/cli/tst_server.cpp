#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// leadflow-server end to end: on a database with a missed first-contact deadline and a nurture
/// step due, the server alone records the breach, escalates it and makes the task, within its
/// first pass; two servers on one database never run a pass at the same time and do the work once;
/// SIGTERM stops it cleanly; bad options and a missing database are clear errors.
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void doesTheDueWorkByItself();
    void twoServersDoTheWorkOnce();
    void stopsOnSigterm();
    void refusesBadOptions_data();
    void refusesBadOptions();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &db) const;
    Run server(const QStringList &arguments) const;
    /// A database with Ann (whose manager is Maria) owning an MQL whose first contact was due an
    /// hour ago, and a lead enrolled in a one-call sequence.
    QString prepare(const QString &name) const;
    static qint64 value(const QString &db, const QString &sql);

    QTemporaryDir m_dir;
};

TestServer::Run TestServer::cli(const QStringList &arguments, const QString &db) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, db});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

TestServer::Run TestServer::server(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_SERVER_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

qint64 TestServer::value(const QString &db, const QString &sql)
{
    qint64 result = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        raw.setDatabaseName(db);
        if (raw.open()) {
            QSqlQuery query(sql, raw);
            if (query.next())
                result = query.value(0).toLongLong();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return result;
}

void TestServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestServer::prepare(const QString &name) const
{
    const QString db = m_dir.filePath(name);
    auto ok = [&](const QStringList &arguments) {
        const Run run = cli(arguments, db);
        if (run.exitCode != 0)
            qFatal("%s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
    };
    ok({u"init"_s});
    ok({u"users"_s, u"add"_s, u"--name"_s, u"Maria Boss"_s, u"--role"_s, u"manager"_s});
    ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--manager"_s, u"Maria Boss"_s});
    ok({u"add"_s, u"first_name=Lena"_s, u"last_name=Lang"_s, u"stage=mql"_s});
    ok({u"assign"_s, u"1"_s, u"Ann Lee"_s});
    ok({u"add"_s, u"first_name=Nora"_s, u"email=nora@example.com"_s});
    ok({u"sequences"_s, u"add"_s, u"--name"_s, u"Call once"_s, u"--step"_s,
        u"call:Call {{first_name}}"_s});
    ok({u"enrol"_s, u"2"_s, u"Call once"_s});
    // Ann's deadline passed an hour ago (whatever the business hours of today are).
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prepare"_s);
    {
        raw.setDatabaseName(db);
        raw.open();
        QSqlQuery query(raw);
        query.prepare(u"UPDATE assignments SET sla_due_at = ?"_s);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        if (!query.exec())
            qFatal("cannot move the deadline");
        raw.close();
    }
    raw = {};
    QSqlDatabase::removeDatabase(u"prepare"_s);
    return db;
}

void TestServer::doesTheDueWorkByItself()
{
    const QString db = prepare(u"alone.sqlite"_s);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM tasks"_s), 0);
    const Run run = server({u"--db"_s, db, u"--interval"_s, u"1"_s, u"--for"_s, u"3"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM assignments WHERE breached_at IS NOT NULL"_s), 1);
    QCOMPARE(value(db,
                 u"SELECT COUNT(*) FROM tasks t JOIN users u ON u.id = t.user_id WHERE "
                 "t.kind = 'escalation' AND u.name = 'Maria Boss' AND t.lead_id = 1"_s),
        1);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM tasks WHERE kind = 'call' AND lead_id = 2"_s), 1);
    QVERIFY2(run.out.contains(u"1 first-contact deadline missed"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Due: First contact overdue: Lena Lang (Ann Lee)"_s),
        qPrintable(run.out));
    // Passes ran every second; later ones found nothing and said nothing (no --verbose).
    QVERIFY(
        value(db, u"SELECT COUNT(*) FROM automation_runs WHERE finished_at IS NOT NULL"_s) >= 2);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM automation_lock"_s), 0);
    const Run status = cli({u"automation"_s, u"status"_s}, db);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.startsWith(u"Last pass "_s), qPrintable(status.out));
}

void TestServer::twoServersDoTheWorkOnce()
{
    const QString db = prepare(u"pair.sqlite"_s);
    QProcess first;
    QProcess second;
    const QStringList arguments {u"--db"_s, db, u"--interval"_s, u"1"_s, u"--for"_s, u"4"_s};
    first.start(QStringLiteral(LEADFLOW_SERVER_PATH), arguments);
    second.start(QStringLiteral(LEADFLOW_SERVER_PATH), arguments);
    QVERIFY(first.waitForFinished(30000));
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation'"_s), 1);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM tasks WHERE kind = 'call'"_s), 1);
    // No two passes overlapped in time: each started after the one before it had finished.
    QCOMPARE(value(db,
                 u"SELECT COUNT(*) FROM automation_runs a JOIN automation_runs b ON b.id > a.id "
                 "WHERE b.started_at < a.finished_at"_s),
        0);
    QVERIFY(value(db, u"SELECT COUNT(DISTINCT runner) FROM automation_runs"_s) >= 1);
}

void TestServer::stopsOnSigterm()
{
    const QString db = prepare(u"term.sqlite"_s);
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_SERVER_PATH), {u"--db"_s, db, u"--interval"_s, u"1"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        value(db, u"SELECT COUNT(*) FROM automation_runs WHERE finished_at IS NOT NULL"_s) >= 1,
        10000);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Stopping."_s));
    QCOMPARE(value(db, u"PRAGMA integrity_check"_s), 0); // "ok" reads as 0
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM automation_runs WHERE finished_at IS NULL"_s), 0);
}

void TestServer::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    QTest::newRow("no database") << QStringList {u"--db"_s, missing, u"--once"_s} << 1
                                 << u"There is no database"_s;
    QTest::newRow("interval 0") << QStringList {u"--db"_s, missing, u"--interval"_s, u"0"_s} << 2
                                << u"--interval must be"_s;
    QTest::newRow("interval text") << QStringList {u"--db"_s, missing, u"--interval"_s, u"soon"_s}
                                   << 2 << u"--interval must be"_s;
    QTest::newRow("for negative") << QStringList {u"--db"_s, missing, u"--for"_s, u"-1"_s} << 2
                                  << u"--for must be"_s;
}

void TestServer::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = server(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s))); // never created
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
