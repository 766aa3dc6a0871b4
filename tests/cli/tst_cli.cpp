#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

/// leadflow-cli end to end: the real executable on a temporary database.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void missingDatabaseSaysHowToCreateIt();
    void initAddListHistory();
    void listFiltersSortsAndFormats();
    void updateConflictAndDeleteRestore();
    void refusedFileIsLeftAlone();
    void hostileValuesInOutput_data();
    void hostileValuesInOutput();
    void searchForSymbolsFindsNothing();
    void emptyFileIsNotADatabase();
    void concurrentUpdatesLoseNothing();
    void damagedDatabaseIsNamedCheckedAndRecovered();
    void readOnlyFolderIsNamed();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &db = {}) const;
    QString m_db;
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::cli(const QStringList &arguments, const QString &db) const
{
    QProcess process;
    QStringList all = arguments;
    const QString file = db.isEmpty() ? m_db : db;
    if (!file.isEmpty())
        all << u"--db"_s << file;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), all);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
    m_db = m_dir.filePath(u"cli.sqlite"_s);
}

void TestCli::helpListsEveryCommand()
{
    const Run help = cli({u"--help"_s}, u"-"_s);
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
        {"init", "fields", "add", "show", "list", "update", "delete", "restore", "history"})
        QVERIFY2(help.out.contains(u"  "_s + QLatin1StringView(command) + u' '), command);

    const Run listHelp = cli({u"list"_s, u"--help"_s});
    QCOMPARE(listHelp.exitCode, 0);
    for (const char *option :
        {"--stage", "--owner", "--search", "--sort", "--limit", "--format", "--db"})
        QVERIFY2(listHelp.out.contains(QLatin1StringView(option)), option);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"Unknown command"_s;
    QTest::newRow("unknown option") << QStringList {u"list"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("bad format") << QStringList {u"list"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("bad sort") << QStringList {u"list"_s, u"--sort"_s, u"shoe_size"_s}
                              << u"shoe_size"_s;
    QTest::newRow("add nothing") << QStringList {u"add"_s} << u"field=value"_s;
    QTest::newRow("add unknown field") << QStringList {u"add"_s, u"hat=red"_s} << u"hat"_s;
    QTest::newRow("add kept field") << QStringList {u"add"_s, u"score=5"_s} << u"score"_s;
    QTest::newRow("show no id") << QStringList {u"show"_s, u"abc"_s} << u"abc"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::missingDatabaseSaysHowToCreateIt()
{
    const QString absent = m_dir.filePath(u"absent.sqlite"_s);
    const Run run = cli({u"list"_s}, absent);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"leadflow-cli init"_s), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY(!QFile::exists(absent));
}

void TestCli::initAddListHistory()
{
    const Run init = cli({u"init"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(QFile::exists(m_db));
    QVERIFY(init.out.contains(u"schema version"_s));

    const Run add = cli({u"add"_s, u"first_name=Ada"_s, u"last_name=Lovelace"_s,
        u"email=ADA@Example.com"_s, u"company=Analytical Engines"_s, u"phone=+44 20 7946 0018"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.out.trimmed(), u"Created lead 1."_s);

    const Run list = cli({u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray leads = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(leads.size(), 1);
    const QJsonObject lead = leads[0].toObject();
    QCOMPARE(lead[u"id"_s].toInt(), 1);
    QCOMPARE(lead[u"first_name"_s].toString(), u"Ada"_s);
    QCOMPARE(lead[u"last_name"_s].toString(), u"Lovelace"_s);
    QCOMPARE(lead[u"email"_s].toString(), u"ADA@Example.com"_s);
    QCOMPARE(lead[u"email_normalized"_s].toString(), u"ada@example.com"_s);
    QCOMPARE(lead[u"email_state"_s].toString(), u"valid"_s);
    QCOMPARE(lead[u"phone_e164"_s].toString(), u"+442079460018"_s);
    QCOMPARE(lead[u"company"_s].toString(), u"Analytical Engines"_s);
    QCOMPARE(lead[u"stage"_s].toString(), u"new"_s);
    QVERIFY(lead.contains(u"owner"_s) && lead[u"owner"_s].isNull());
    // Scored on creation under the shipped rules: reachable by phone (+5), nothing else applies.
    QCOMPARE(lead[u"score"_s].toInt(), 5);
    QCOMPARE(lead[u"grade"_s].toString(), u"D"_s);

    const Run update = cli({u"update"_s, u"1"_s, u"stage=contacted"_s, u"title=Countess"_s,
        u"--reason"_s, u"left a voicemail"_s});
    QCOMPARE(update.exitCode, 0);
    QVERIFY(update.out.contains(u"version 2"_s));

    const Run history = cli({u"history"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QStringList kinds;
    for (const QJsonValue &entry : entries)
        kinds << entry[u"kind"_s].toString() + u':' + entry[u"field"_s].toString();
    QCOMPARE(kinds,
        (QStringList {u"created:"_s, u"stage:stage"_s, u"changed:title"_s, u"stage:stage"_s}));
    QCOMPARE(entries.last()[u"old"_s].toString(), u"new"_s);
    QCOMPARE(entries.last()[u"new"_s].toString(), u"contacted"_s);
    QCOMPARE(entries.last()[u"reason"_s].toString(), u"left a voicemail"_s);

    const Run table = cli({u"history"_s, u"1"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"left a voicemail"_s));
}

void TestCli::listFiltersSortsAndFormats()
{
    const QString db = m_dir.filePath(u"list.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    const QStringList names {u"Cleo"_s, u"anna"_s, u"Bert"_s, u"dora"_s};
    for (const QString &name : names)
        QCOMPARE(cli({u"add"_s, u"first_name="_s + name, u"source=Webinar"_s,
                         u"stage="_s + (name.contains(u'e') ? u"mql"_s : u"new"_s)},
                     db)
                     .exitCode,
            0);

    const Run sorted = cli({u"list"_s, u"--sort"_s, u"-first_name"_s, u"--format"_s, u"csv"_s}, db);
    QCOMPARE(sorted.exitCode, 0);
    QStringList lines = sorted.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(u"id,first_name,last_name,company,email,stage,owner,score"_s));
    QStringList order;
    for (qsizetype i = 1; i < lines.size(); ++i)
        order << lines[i].section(u',', 1, 1);
    QCOMPARE(order, (QStringList {u"dora"_s, u"Cleo"_s, u"Bert"_s, u"anna"_s}));

    const Run mql = cli({u"list"_s, u"--stage"_s, u"MQL"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(QJsonDocument::fromJson(mql.out.toUtf8()).array().size(), 2); // Cleo, Bert

    // A search word begins a word of the lead: "A" finds anna, not dora.
    const Run limited = cli({u"list"_s, u"--limit"_s, u"2"_s, u"--search"_s, u"A"_s}, db);
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.out.count(u'\n'), 3); // header, rule, one row
    QVERIFY(limited.out.contains(u"anna"_s));
}

void TestCli::updateConflictAndDeleteRestore()
{
    const QString db = m_dir.filePath(u"conflict.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"company=Globex"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"update"_s, u"1"_s, u"industry=Energy"_s}, db).exitCode, 0);

    const Run stale =
        cli({u"update"_s, u"1"_s, u"company=Globex Corp"_s, u"--if-version"_s, u"1"_s}, db);
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains(u"industry"_s), qPrintable(stale.err));
    const Run show = cli({u"show"_s, u"1"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())[u"company"_s].toString(), u"Globex"_s);

    QCOMPARE(cli({u"delete"_s, u"1"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"list"_s, u"--format"_s, u"json"_s}, db).out.trimmed(), u"[\n]"_s);
    const Run gone = cli({u"update"_s, u"1"_s, u"industry=Oil"_s}, db);
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains(u"deleted"_s));
    QCOMPARE(cli({u"restore"_s, u"1"_s}, db).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--format"_s, u"json"_s}, db).out.toUtf8())
                 .array()
                 .size(),
        1);
    QCOMPARE(cli({u"show"_s, u"99"_s}, db).exitCode, 1);
}

void TestCli::refusedFileIsLeftAlone()
{
    const QString file = m_dir.filePath(u"notes.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database\n");
    f.close();
    for (const QStringList &arguments : {QStringList {u"init"_s}, QStringList {u"list"_s},
             QStringList {u"add"_s, u"company=X"_s}}) {
        const Run run = cli(arguments, file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a Leadflow database"_s), qPrintable(run.err));
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("these are my notes, not a database\n"));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TestCli::hostileValuesInOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::newRow("list csv") << QStringList {u"list"_s} << u"csv"_s;
    QTest::newRow("show csv") << QStringList {u"show"_s, u"@id"_s} << u"csv"_s;
    QTest::newRow("preview csv") << QStringList {u"preview"_s, u"@file"_s} << u"csv"_s;
    QTest::newRow("list table") << QStringList {u"list"_s} << u"table"_s;
    QTest::newRow("show table") << QStringList {u"show"_s, u"@id"_s} << u"table"_s;
    QTest::newRow("preview table") << QStringList {u"preview"_s, u"@file"_s} << u"table"_s;
}

void TestCli::hostileValuesInOutput()
{
    // A formula a spreadsheet would run, and a terminal escape that would retitle the window and
    // clear the screen, as a lead's company and in a CSV file.
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    const QString db = m_dir.filePath(
        u"hostile-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'-'));
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    const QString formula = u"=HYPERLINK(\"http://evil.example\",\"x\")"_s;
    const QString escape = u"Acme\x1b]0;pwned\x07\x1b[2J"_s;
    const Run added = cli(
        {u"add"_s, u"email=h@example.com"_s, u"company="_s + formula, u"first_name=Acme"_s}, db);
    QCOMPARE(added.exitCode, 0);
    {
        // Leadflow's own writes drop control characters; another program's may not.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery update(raw);
        QVERIFY(update.prepare(u"UPDATE leads SET first_name = ?"_s));
        update.addBindValue(escape);
        QVERIFY(update.exec());
        update.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QString file = m_dir.filePath(u"hostile.csv"_s);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write((u"company,first_name\r\n\"%1\",Acme\r\n"_s.arg(
                   QString(formula).replace(u"\""_s, u"\"\""_s)))
                  .toUtf8());
    csv.close();
    for (QString &argument : arguments) {
        if (argument == u"@id"_s)
            argument = u"1"_s;
        if (argument == u"@file"_s)
            argument = file;
    }
    const Run run = cli(arguments + QStringList {u"--format"_s, format}, db);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (format == u"csv"_s) {
        // Into a pipe the CSV is data: exact values, formulas guarded.
        QVERIFY2(run.out.contains(u"\"'=HYPERLINK("_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u",=HYPERLINK"_s) && !run.out.contains(u"\"=HYPERLINK"_s));
    } else if (arguments.first() != u"preview"_s) {
        QVERIFY2(
            !run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Acme\u241B]0;pwned\u2407\u241B[2J"_s), qPrintable(run.out));
    }
}

void TestCli::searchForSymbolsFindsNothing()
{
    const QString db = m_dir.filePath(u"symbols.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"email=a@example.com"_s, u"first_name=Ann"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"email=b@example.com"_s, u"first_name=Bob"_s}, db).exitCode, 0);
    for (const QString &search : {u"%_"_s, u"%"_s, u"_"_s, u"' OR 1=1 --"_s}) {
        const Run run = cli({u"list"_s, u"--search"_s, search, u"--format"_s, u"json"_s}, db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8()).array().isEmpty(), qPrintable(search));
    }
    const Run ann = cli({u"list"_s, u"--search"_s, u"an"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(QJsonDocument::fromJson(ann.out.toUtf8()).array().size(), 1);
    const Run refused =
        cli({u"add"_s, u"email=c@example.com"_s, u"created_at=2026-01-01' OR 1=1 --"_s}, db);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"created_at"_s), qPrintable(refused.err));
}

void TestCli::emptyFileIsNotADatabase()
{
    const QString db = m_dir.filePath(u"typo.sqlite"_s);
    QFile empty(db);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Run list = cli({u"list"_s}, db);
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(
        list.err.contains(u"empty file"_s) && list.err.contains(u"init"_s), qPrintable(list.err));
    QCOMPARE(QFileInfo(db).size(), 0);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"list"_s}, db).exitCode, 0);
}

void TestCli::concurrentUpdatesLoseNothing()
{
    // Two scripts update one lead at once, 150 times each: on other fields every update lands; on
    // the same field an update either lands or is refused as a conflict, never lost.
    const QString db = m_dir.filePath(u"concurrent.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"email=c@example.com"_s}, db).exitCode, 0);
    const auto loop = [&](const QString &field, const QString &prefix) {
        QString script;
        for (int i = 1; i <= 150; ++i)
            script +=
                u"'%1' update 1 %2=%3%4 --db '%5' >/dev/null 2>&1 && echo ok || echo failed\n"_s
                    .arg(QStringLiteral(LEADFLOW_CLI_PATH), field, prefix)
                    .arg(i)
                    .arg(db);
        auto *process = new QProcess(this);
        process->start(u"sh"_s, {u"-c"_s, script});
        return process;
    };
    const auto outcome = [](QProcess *process) {
        process->waitForFinished(300000);
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        return std::pair<int, int>(int(out.count(u"ok\n"_s)), int(out.count(u"failed\n"_s)));
    };
    const auto peek = [&](const QString &sql) {
        QVariant value;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            raw.setDatabaseName(db);
            raw.open();
            QSqlQuery query(sql, raw);
            if (query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return value.toLongLong();
    };

    QProcess *names = loop(u"first_name"_s, u"A"_s);
    QProcess *cities = loop(u"city"_s, u"B"_s);
    const auto [namesOk, namesFailed] = outcome(names);
    const auto [citiesOk, citiesFailed] = outcome(cities);
    QCOMPARE(namesFailed + citiesFailed, 0);
    QCOMPARE(namesOk + citiesOk, 300);
    QCOMPARE(peek(u"SELECT version FROM leads WHERE id = 1"_s), 301);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'lead' AND entity_id = 1 AND "
                  "field IN ('first_name', 'city')"_s),
        300);

    QProcess *first = loop(u"title"_s, u"X"_s);
    QProcess *second = loop(u"title"_s, u"Y"_s);
    const auto [firstOk, firstFailed] = outcome(first);
    const auto [secondOk, secondFailed] = outcome(second);
    QCOMPARE(firstOk + firstFailed + secondOk + secondFailed, 300);
    // Every update that said it landed is in the log, and nothing else is.
    QCOMPARE(peek(u"SELECT version FROM leads WHERE id = 1"_s), 301 + firstOk + secondOk);
    QCOMPARE(peek(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'lead' AND entity_id = 1 AND "
                  "field = 'title'"_s),
        firstOk + secondOk);
    qInfo("same field: %d + %d landed, %d + %d refused as conflicts", firstOk, secondOk,
        firstFailed, secondFailed);
}

void TestCli::damagedDatabaseIsNamedCheckedAndRecovered()
{
    const QString db = m_dir.filePath(u"damaged.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    QByteArray csv = "First Name,Last Name,Email\r\n";
    for (int i = 1; i <= 2000; ++i)
        csv += "First" + QByteArray::number(i) + ",Last" + QByteArray::number(i) + ",u"
            + QByteArray::number(i) + "@example.com\r\n";
    const QString file = m_dir.filePath(u"damage.csv"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    QCOMPARE(cli({u"import"_s, u"leads"_s, file}, db).exitCode, 0);
    QCOMPARE(cli({u"check"_s}, db).exitCode, 0);

    // Garbage over one leaf page of the leads table, in the middle (found with dbstat).
    qint64 page = 0;
    qint64 pageSize = 0;
    qint64 onPage = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dbstat"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(u"SELECT pageno, ncell FROM dbstat WHERE name = 'leads' AND pagetype = "
                        "'leaf' ORDER BY pageno LIMIT 1 OFFSET 3"_s,
            raw);
        QVERIFY(query.next());
        page = query.value(0).toLongLong();
        onPage = query.value(1).toLongLong();
        QSqlQuery size(u"PRAGMA page_size"_s, raw);
        QVERIFY(size.next());
        pageSize = size.value(0).toLongLong();
        QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"dbstat"_s);
    QFile damage(db);
    QVERIFY(damage.open(QIODevice::ReadWrite));
    QVERIFY(damage.seek((page - 1) * pageSize));
    damage.write(QByteArray(int(pageSize), '\xA5'));
    damage.close();

    const Run list = cli({u"list"_s, u"--limit"_s, u"5000"_s}, db);
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains(db) && list.err.contains(u"is damaged"_s)
            && list.err.contains(u"leadflow-cli check"_s) && list.err.contains(u"recover"_s),
        qPrintable(list.err));
    const Run check = cli({u"check"_s}, db);
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(u"is damaged"_s), qPrintable(check.out));

    const QString saved = m_dir.filePath(u"recovered.sqlite"_s);
    const Run recover = cli({u"recover"_s, saved}, db);
    QVERIFY2(recover.exitCode == 0, qPrintable(recover.err));
    QCOMPARE(cli({u"check"_s}, saved).exitCode, 0);
    const Run all = cli({u"list"_s, u"--limit"_s, u"5000"_s, u"--format"_s, u"json"_s}, saved);
    const QJsonArray leads = QJsonDocument::fromJson(all.out.toUtf8()).array();
    // Every lead but those of the damaged page, each exactly as imported.
    QCOMPARE(leads.size(), 2000 - onPage);
    for (const QJsonValue &value : leads) {
        const QJsonObject lead = value.toObject();
        const QString n = lead.value(u"email"_s).toString().section(u'@', 0, 0).mid(1);
        QCOMPARE(lead.value(u"first_name"_s).toString(), u"First"_s + n);
        QCOMPARE(lead.value(u"last_name"_s).toString(), u"Last"_s + n);
    }
    const Run found =
        cli({u"list"_s, u"--search"_s, u"first1999"_s, u"--format"_s, u"json"_s}, saved);
    QCOMPARE(QJsonDocument::fromJson(found.out.toUtf8()).array().size(), 1);
    QCOMPARE(cli({u"recover"_s, saved}, db).exitCode, 1); // never over an existing file
}

void TestCli::readOnlyFolderIsNamed()
{
    // A database in a folder the user cannot write to: SQLite can only say "attempt to write a
    // readonly database"; the message names the folder and the way out. Root may write anywhere,
    // so as root the command runs as the user nobody, for whom the folder is read-only.
    QTemporaryDir dir(QDir::tempPath() + u"/lf-readonly-XXXXXX"_s);
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"team.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    const bool root = ::geteuid() == 0;
    QProcess process;
    if (root) {
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(db,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther
                | QFile::ReadGroup | QFile::WriteGroup));
        process.start(u"runuser"_s,
            {u"-u"_s, u"nobody"_s, u"--"_s, QStringLiteral(LEADFLOW_CLI_PATH), u"list"_s, u"--db"_s,
                db});
    } else {
        QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
        process.start(QStringLiteral(LEADFLOW_CLI_PATH), {u"list"_s, u"--db"_s, db});
    }
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (!root)
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"The folder %1 is read-only"_s.arg(dir.path()))
            && err.contains(u"writable folder"_s),
        qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
