#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

/// kill -9 at spread moments of the long commands besides an import (whose kills
/// tst_cli_import covers): rescoring every lead with routing, undoing an import, and an automation
/// pass (the day's decay refresh and thousands of breaches with their escalations). After each
/// kill the file passes `leadflow-cli check` (integrity, foreign keys, search index), the command
/// did all or nothing, and the next command leaves the same result as an uninterrupted run.
class TestCliCrashLoops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringRescoreAndRouting();
    void killDuringUndoImport();
    void killDuringAutomationPass();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &db) const;
    /// A copy of the template database for one run.
    QString copy(const QString &name) const;
    /// How long the command takes uninterrupted on a copy, in ms.
    qint64 timed(const QStringList &arguments, const QString &db) const;
    /// Kills the command after delay ms; false when it finished first.
    bool killAfter(const QStringList &arguments, const QString &db, qint64 delay) const;
    static QString value(const QString &db, const QString &sql);

    QTemporaryDir m_dir;
    QString m_template;
};

/// Per lead: scores, grade, stage and owner.
const QString scoredState = u"SELECT group_concat(id || ':' || score || ':' || coalesce(grade, '-')"
                            " || ':' || stage || ':' || coalesce(owner_id, '-'), ' ') FROM "
                            "(SELECT * FROM leads ORDER BY id)"_s;

TestCliCrashLoops::Run TestCliCrashLoops::cli(const QStringList &arguments, const QString &db) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, db});
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliCrashLoops::value(const QString &db, const QString &sql)
{
    QString result;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        raw.setDatabaseName(db);
        if (raw.open()) {
            QSqlQuery query(sql, raw);
            if (query.next())
                result = query.value(0).toString();
            else
                result = u"error: "_s + sql;
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return result;
}

void TestCliCrashLoops::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 15,000 leads, a fifth of them MQL material under the shipped rules, two reps to route to;
    // imported without the rescoring, which the loops run.
    m_template = m_dir.filePath(u"template.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, m_template).exitCode, 0);
    for (const QString &name : {u"Ann Lee"_s, u"Bob Stone"_s})
        QCOMPARE(cli({u"users"_s, u"add"_s, u"--name"_s, name}, m_template).exitCode, 0);
    QByteArray csv =
        "First Name,Last Name,Email,Job Title,Industry,Number of Employees,Country\r\n";
    const char *titles[] = {"CEO", "Intern", "VP Sales", "Student", "Head of Operations"};
    for (int i = 0; i < 15000; ++i)
        csv += "F" + QByteArray::number(i) + ",L" + QByteArray::number(i) + ",p"
            + QByteArray::number(i) + "@firm" + QByteArray::number(i % 500) + ".com,"
            + titles[i % 5] + ",Software," + QByteArray::number(50 + (i % 9) * 100) + ",US\r\n";
    QFile file(m_dir.filePath(u"leads.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const Run imported =
        cli({u"import"_s, u"leads"_s, file.fileName(), u"--no-rescore"_s}, m_template);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Pay nothing owed yet: the loops start from the unscored state, as after a kill.
}

QString TestCliCrashLoops::copy(const QString &name) const
{
    const QString target = m_dir.filePath(name);
    QFile::remove(target);
    QFile::copy(m_template, target);
    return target;
}

qint64 TestCliCrashLoops::timed(const QStringList &arguments, const QString &db) const
{
    QElapsedTimer timer;
    timer.start();
    const Run run = cli(arguments, db);
    return run.exitCode == 0 ? timer.elapsed() : -1;
}

bool TestCliCrashLoops::killAfter(
    const QStringList &arguments, const QString &db, qint64 delay) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, db});
    if (!process.waitForStarted())
        return false;
    QThread::msleep(quint64(delay));
    if (process.state() != QProcess::Running) {
        process.waitForFinished();
        return false;
    }
    process.kill();
    process.waitForFinished();
    return true;
}

void TestCliCrashLoops::killDuringRescoreAndRouting()
{
    const QString baseline = copy(u"rescore-baseline.sqlite"_s);
    const qint64 duration = timed({u"rescore"_s, u"--all"_s}, baseline);
    QVERIFY(duration > 0);
    const QString expected = value(baseline, scoredState);
    QVERIFY(
        value(baseline, u"SELECT COUNT(*) FROM leads WHERE owner_id IS NOT NULL"_s).toInt() > 0);
    int killed = 0;
    for (int run = 0; run < 6; ++run) {
        const QString db = copy(u"rescore-%1.sqlite"_s.arg(run));
        if (killAfter({u"rescore"_s, u"--all"_s}, db, duration * (run + 1) / 7))
            ++killed;
        // Checked by the command itself, then all or nothing: unscored and unrouted with the
        // rescoring still owed, or exactly the uninterrupted result.
        QCOMPARE(value(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        const QString state = value(db, scoredState);
        const int owed = value(db, u"SELECT COUNT(*) FROM pending_work"_s).toInt();
        if (owed == 1) {
            QCOMPARE(value(db,
                         u"SELECT COUNT(*) FROM leads WHERE score > 0 OR owner_id IS NOT "
                         "NULL"_s),
                u"0"_s);
            QCOMPARE(value(db, u"SELECT COUNT(*) FROM assignments"_s), u"0"_s);
        } else {
            QCOMPARE(state, expected);
        }
        const Run check = cli({u"check"_s}, db);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QCOMPARE(cli({u"list"_s, u"--limit"_s, u"1"_s}, db).exitCode, 0);
        QCOMPARE(value(db, scoredState), expected);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM pending_work"_s), u"0"_s);
    }
    qInfo("rescore --all (%lld ms uninterrupted): %d of 6 runs killed midway", duration, killed);
    QVERIFY(killed >= 3);
}

void TestCliCrashLoops::killDuringUndoImport()
{
    const QString baseline = copy(u"undo-baseline.sqlite"_s);
    const qint64 duration = timed({u"undo-import"_s, u"1"_s}, baseline);
    QVERIFY(duration > 0);
    QCOMPARE(value(baseline, u"SELECT COUNT(*) FROM leads"_s), u"0"_s);
    int killed = 0;
    for (int run = 0; run < 6; ++run) {
        const QString db = copy(u"undo-%1.sqlite"_s.arg(run));
        if (killAfter({u"undo-import"_s, u"1"_s}, db, duration * (run + 1) / 7))
            ++killed;
        QCOMPARE(value(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        const QString leads = value(db, u"SELECT COUNT(*) FROM leads"_s);
        const QString status = value(db, u"SELECT status FROM import_batches WHERE id = 1"_s);
        QVERIFY2((leads == u"15000"_s && status != u"undone"_s)
                || (leads == u"0"_s && status == u"undone"_s),
            qPrintable(leads + u' ' + status));
        const Run check = cli({u"check"_s}, db);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }
    qInfo("undo-import (%lld ms uninterrupted): %d of 6 runs killed midway", duration, killed);
    QVERIFY(killed >= 3);
}

void TestCliCrashLoops::killDuringAutomationPass()
{
    // Routed on Monday at 08:00 (the import's owed work, by a pass); Ann's breaches escalate to
    // Maria. The pass under test runs two days later: a decay refresh of every lead and a breach
    // with its escalation task for every uncontacted lead, each step its own transaction.
    const QString routed = copy(u"automation-routed.sqlite"_s);
    // The first command on the copy is the pass, so the import's owed work is done at its --now.
    QCOMPARE(
        cli({u"automation"_s, u"run"_s, u"--now"_s, u"2026-03-02T08:00:00Z"_s}, routed).exitCode,
        0);
    QCOMPARE(
        cli({u"users"_s, u"add"_s, u"--name"_s, u"Maria Boss"_s, u"--role"_s, u"manager"_s}, routed)
            .exitCode,
        0);
    QCOMPARE(cli({u"users"_s, u"update"_s, u"Ann Lee"_s, u"--manager"_s, u"Maria Boss"_s}, routed)
                 .exitCode,
        0);
    const QString breaches = u"SELECT COUNT(*) FROM assignments WHERE breached_at IS NOT NULL"_s;
    const QString state = scoredState + u" || '|' || ("_s + breaches
        + u") || '|' || (SELECT COUNT(*) FROM tasks) || '|' || (SELECT COUNT(*) FROM tasks WHERE "
          "kind = 'escalation')"_s;
    QCOMPARE(value(routed, breaches), u"0"_s);
    const QStringList pass {u"automation"_s, u"run"_s, u"--now"_s, u"2026-03-04T10:00:00Z"_s};
    const QString baseline = m_dir.filePath(u"automation-baseline.sqlite"_s);
    QFile::remove(baseline);
    QVERIFY(QFile::copy(routed, baseline));
    const qint64 duration = timed(pass, baseline);
    QVERIFY(duration > 0);
    const QString expected = value(baseline, state);
    QVERIFY(value(baseline, breaches).toInt() > 1000);
    QVERIFY(
        value(baseline, u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation'"_s).toInt() > 500);
    int killed = 0;
    for (int run = 0; run < 6; ++run) {
        const QString db = m_dir.filePath(u"automation-%1.sqlite"_s.arg(run));
        QFile::remove(db);
        QVERIFY(QFile::copy(routed, db));
        if (killAfter(pass, db, duration * (run + 1) / 7))
            ++killed;
        QCOMPARE(value(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        // Each step is all or nothing: breaches recorded with their escalation or not at all.
        QCOMPARE(value(db,
                     u"SELECT COUNT(*) FROM assignments a JOIN users u ON u.id = a.user_id "
                     "WHERE a.breached_at IS NOT NULL AND u.name = 'Ann Lee'"_s),
            value(db, u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation'"_s));
        // The next pass at the same moment finishes the work: the uninterrupted result, no
        // escalation twice, and the killed pass stays in the log as unfinished.
        const Run again = cli(pass, db);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(value(db, state), expected);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM automation_lock"_s), u"0"_s);
        const Run check = cli({u"check"_s}, db);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }
    qInfo("automation run (%lld ms uninterrupted): %d of 6 runs killed midway", duration, killed);
    QVERIFY(killed >= 3);
}

QTEST_GUILESS_MAIN(TestCliCrashLoops)
#include "tst_cli_crashloops.moc"
