#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// leadflow-cli's nurture commands end to end: sequences, enrol, tasks, mail, on the real
/// executable and a temporary database.
class TestCliNurture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands();
    void usageErrors_data();
    void usageErrors();
    void sequencesFromFile_data();
    void sequencesFromFile();
    void sequencesAddListShow();
    void enrolTasksMail();
    void callTaskDoneCompletesTheSequence();
    void stageChangeEndsTheEnrolment();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    QJsonArray jsonArray(const QStringList &arguments) const;
    void sql(const QString &statement) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestCliNurture::Run TestCliNurture::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), QStringList(arguments) << u"--db"_s << m_db);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray TestCliNurture::jsonArray(const QStringList &arguments) const
{
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (!document.isArray())
        qWarning("not a JSON array: %s", qPrintable(run.out));
    return document.array();
}

void TestCliNurture::sql(const QString &statement) const
{
    // Users are made by another service; here they go in with plain SQL.
    auto database = lf::Database::open(m_db);
    if (!database)
        qFatal("cannot open %s", qPrintable(m_db));
    QSqlQuery query((*database)->connection());
    if (!query.exec(statement))
        qFatal("failed: %s", qPrintable(statement));
}

QString TestCliNurture::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliNurture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
    m_db = m_dir.filePath(u"nurture.sqlite"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    sql(u"INSERT INTO users (name, email, created_at, updated_at) VALUES "
        "('Rita Rep', 'rita@acme.test', 0, 0), ('Sam Sé', 'sam@acme.test', 0, 0)"_s);
    const Run zoe = cli({u"add"_s, u"first_name=Zoë"_s, u"last_name=Ångström"_s,
        u"email=zoe@example.com"_s, u"company=Ü GmbH"_s, u"owner_id=1"_s});
    QCOMPARE(zoe.exitCode, 0);
    QCOMPARE(zoe.out.trimmed(), u"Created lead 1."_s);
    const Run ada = cli({u"add"_s, u"last_name=Lovelace"_s, u"email=ada@example.com"_s});
    QCOMPARE(ada.out.trimmed(), u"Created lead 2."_s);
    const Run grace = cli({u"add"_s, u"first_name=Grace"_s, u"company=Navy"_s, u"owner_id=2"_s});
    QCOMPARE(grace.out.trimmed(), u"Created lead 3."_s);
}

void TestCliNurture::helpListsTheCommands()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"sequences", "enrol", "tasks", "mail"})
        QVERIFY2(help.out.contains(u"  "_s + QLatin1StringView(command) + u' '), command);
    const Run sequences = cli({u"sequences"_s, u"--help"_s});
    QCOMPARE(sequences.exitCode, 0);
    for (const char *option : {"--name", "--step", "--on-nurturing", "--file", "--format"})
        QVERIFY2(sequences.out.contains(QLatin1StringView(option)), option);
    const Run tasks = cli({u"tasks"_s, u"--help"_s});
    for (const char *option : {"--user", "--due", "--format"})
        QVERIFY2(tasks.out.contains(QLatin1StringView(option)), option);
    QVERIFY(cli({u"mail"_s, u"--help"_s}).out.contains(u"--eml"_s));
}

void TestCliNurture::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto add = [](const QStringList &more) {
        return QStringList {u"sequences"_s, u"add"_s, u"--name"_s, u"Bad"_s} + more;
    };
    QTest::newRow("unknown action") << QStringList {u"sequences"_s, u"frob"_s} << 2 << u"frob"_s;
    QTest::newRow("add without name")
        << QStringList {u"sequences"_s, u"add"_s, u"--step"_s, u"wait:1"_s} << 2 << u"--name"_s;
    QTest::newRow("add without steps") << add({}) << 2 << u"--step"_s;
    QTest::newRow("unknown kind") << add({u"--step"_s, u"sms:hi"_s}) << 2 << u"sms:hi"_s;
    QTest::newRow("wait not a number")
        << add({u"--step"_s, u"wait:three"_s}) << 2 << u"whole number of days"_s;
    QTest::newRow("email without body")
        << add({u"--step"_s, u"email:Just a subject"_s}) << 2 << u"email:Subject|Body"_s;
    QTest::newRow("unknown placeholder")
        << add({u"--step"_s, u"email:Hi {{frist_name}}|B"_s}) << 2 << u"{{frist_name}}"_s;
    QTest::newRow("wait 0") << add({u"--step"_s, u"wait:0"_s, u"--step"_s, u"call:x"_s}) << 2
                            << u"not 0"_s;
    QTest::newRow("steps as arguments") << add({u"wait:1"_s}) << 2 << u"--step"_s;
    QTest::newRow("show without name")
        << QStringList {u"sequences"_s, u"show"_s} << 2 << u"name or id"_s;
    QTest::newRow("show unknown") << QStringList {u"sequences"_s, u"show"_s, u"Nope"_s} << 1
                                  << u"Nope"_s;
    QTest::newRow("enrol one argument") << QStringList {u"enrol"_s, u"1"_s} << 2 << u"enrol"_s;
    QTest::newRow("enrol bad id") << QStringList {u"enrol"_s, u"abc"_s, u"X"_s} << 2 << u"abc"_s;
    QTest::newRow("tasks bad due")
        << QStringList {u"tasks"_s, u"--due"_s, u"tomorrow"_s} << 2 << u"tomorrow"_s;
    QTest::newRow("tasks bad format")
        << QStringList {u"tasks"_s, u"--format"_s, u"xml"_s} << 2 << u"xml"_s;
    QTest::newRow("tasks unknown action") << QStringList {u"tasks"_s, u"frob"_s} << 2 << u"frob"_s;
    QTest::newRow("tasks done without id")
        << QStringList {u"tasks"_s, u"done"_s} << 2 << u"task id"_s;
    QTest::newRow("tasks done bad id")
        << QStringList {u"tasks"_s, u"done"_s, u"x1"_s} << 2 << u"x1"_s;
    QTest::newRow("tasks done unknown")
        << QStringList {u"tasks"_s, u"done"_s, u"999"_s} << 1 << u"no task 999"_s;
    QTest::newRow("tasks unknown user")
        << QStringList {u"tasks"_s, u"--user"_s, u"Nobody"_s} << 1 << u"Nobody"_s;
    QTest::newRow("mail without id") << QStringList {u"mail"_s} << 2 << u"task id"_s;
    QTest::newRow("mail bad id") << QStringList {u"mail"_s, u"-"_s} << 2 << u"\"-\""_s;
    QTest::newRow("mail unknown") << QStringList {u"mail"_s, u"999"_s} << 1 << u"no task 999"_s;
}

void TestCliNurture::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(cli({u"sequences"_s, u"show"_s, u"Bad"_s}).exitCode != 0); // nothing was created
}

void TestCliNurture::sequencesFromFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("[{") << 1 << u"not JSON"_s;
    QTest::newRow("bad kind") << QByteArray(R"([{"kind": "fax"}])") << 2 << u"fax"_s;
    QTest::newRow("bad wait") << QByteArray(R"([{"kind": "wait", "wait_days": "2"}])") << 2
                              << u"wait_days"_s;
    QTest::newRow("no steps") << QByteArray(R"({"name": "x"})") << 2 << u"steps"_s;
    QTest::newRow("missing file") << QByteArray() << 1 << u"Cannot read"_s;
}

void TestCliNurture::sequencesFromFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path =
        content.isEmpty() ? m_dir.filePath(u"absent.json"_s) : writeFile(u"bad.json"_s, content);
    const Run run =
        cli({u"sequences"_s, u"add"_s, u"--name"_s, u"From a bad file"_s, u"--file"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(cli({u"sequences"_s, u"show"_s, u"From a bad file"_s}).exitCode != 0);
}

void TestCliNurture::sequencesAddListShow()
{
    const Run add = cli({u"sequences"_s, u"add"_s, u"--name"_s, u"Welcome"_s, u"--description"_s,
        u"After the e-book"_s, u"--on-nurturing"_s, u"--step"_s,
        u"email:Hallo {{first_name}}|Hi {{first_name|there}},\\n\\nbye"_s, u"--step"_s, u"wait:2"_s,
        u"--step"_s, u"call:Call {{company}}|Ask about the e-book"_s});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(
        add.out.startsWith(u"Created sequence 1 \"Welcome\" with 3 steps."_s), qPrintable(add.out));
    QVERIFY(add.out.contains(u"Nurturing"_s));

    const Run again =
        cli({u"sequences"_s, u"add"_s, u"--name"_s, u"welcome"_s, u"--step"_s, u"call:x"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"already a sequence named \"Welcome\""_s));

    const QString file = writeFile(u"steps.json"_s,
        R"([{"kind": "call", "subject": "Ring {{last_name}}"}, {"kind": "wait", "wait_days": 7},
            {"kind": "email", "subject": "Still there?", "body": "Line 1\nLine 2"}])");
    const Run fromFile =
        cli({u"sequences"_s, u"add"_s, u"--name"_s, u"From file"_s, u"--file"_s, file});
    QCOMPARE(fromFile.exitCode, 0);
    QVERIFY(fromFile.out.contains(u"Created sequence 2"_s));

    const QJsonArray list = jsonArray({u"sequences"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject()[u"name"_s].toString(), u"From file"_s);
    QCOMPARE(list[0].toObject()[u"enrol_on_nurturing"_s].toBool(), false);
    const QJsonObject welcome = list[1].toObject();
    QCOMPARE(welcome[u"id"_s].toInt(), 1);
    QCOMPARE(welcome[u"description"_s].toString(), u"After the e-book"_s);
    QCOMPARE(welcome[u"enrol_on_nurturing"_s].toBool(), true);
    const QJsonArray steps = welcome[u"steps"_s].toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[0].toObject(),
        (QJsonObject {{u"kind"_s, u"email"_s}, {u"subject"_s, u"Hallo {{first_name}}"_s},
            {u"body"_s, u"Hi {{first_name|there}},\n\nbye"_s}}));
    QCOMPARE(steps[1].toObject(), (QJsonObject {{u"kind"_s, u"wait"_s}, {u"wait_days"_s, 2}}));
    QCOMPARE(steps[2].toObject()[u"body"_s].toString(), u"Ask about the e-book"_s);

    // show --format json writes what --file reads.
    const Run json = cli({u"sequences"_s, u"show"_s, u"2"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(shown[u"steps"_s].toArray().size(), 3);
    QCOMPARE(shown[u"steps"_s].toArray()[1].toObject()[u"wait_days"_s].toInt(), 7);
    const QString copy = writeFile(u"copy.json"_s, json.out.toUtf8());
    QCOMPARE(
        cli({u"sequences"_s, u"add"_s, u"--name"_s, u"Copy"_s, u"--file"_s, copy}).exitCode, 0);
    const Run copied = cli({u"sequences"_s, u"show"_s, u"copy"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(copied.out.toUtf8()).object()[u"steps"_s], shown[u"steps"_s]);

    const Run text = cli({u"sequences"_s, u"show"_s, u"welcome"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Sequence 1: Welcome"_s));
    QVERIFY(text.out.contains(u"1. email: Hallo {{first_name}}"_s));
    QVERIFY(text.out.contains(u"2. wait 2 day"_s));
    QVERIFY(text.out.contains(u"3. call: Call {{company}}"_s));

    const Run csv = cli({u"sequences"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY(csv.out.startsWith(u"id,name,steps,on_nurturing,active"_s));
}

void TestCliNurture::enrolTasksMail()
{
    // (needs the sequences of sequencesAddListShow)
    const Run enrol = cli({u"enrol"_s, u"1"_s, u"Welcome"_s});
    QCOMPARE(enrol.exitCode, 0);
    QVERIFY2(enrol.out.contains(u"Enrolled lead 1 in \"Welcome\""_s), qPrintable(enrol.out));
    const Run twice = cli({u"enrol"_s, u"1"_s, u"welcome"_s});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains(u"already in the sequence"_s));
    QCOMPARE(cli({u"enrol"_s, u"99"_s, u"Welcome"_s}).exitCode, 1);

    // tasks runs the due step first: the email is a task for the owner.
    QJsonArray tasks = jsonArray({u"tasks"_s, u"--format"_s, u"json"_s});
    QCOMPARE(tasks.size(), 1);
    const QJsonObject task = tasks[0].toObject();
    QCOMPARE(task[u"kind"_s].toString(), u"email"_s);
    QCOMPARE(task[u"lead_id"_s].toInt(), 1);
    QCOMPARE(task[u"lead"_s].toString(), u"Zoë Ångström"_s);
    QCOMPARE(task[u"user"_s].toString(), u"Rita Rep"_s);
    QCOMPARE(task[u"title"_s].toString(), u"Hallo Zoë"_s);
    QCOMPARE(task[u"sequence"_s].toString(), u"Welcome"_s);
    QCOMPARE(task[u"step"_s].toInt(), 1);
    const QDateTime due = QDateTime::fromString(task[u"due_at"_s].toString(), Qt::ISODate);
    QVERIFY(qAbs(due.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QString id = QString::number(task[u"id"_s].toInt());

    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"RITA@acme.test"_s, u"--due"_s, u"today"_s,
                           u"--format"_s, u"json"_s})
                 .size(),
        1);
    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"1"_s, u"--due"_s, u"overdue"_s, u"--format"_s,
                           u"json"_s})
                 .size(),
        0);
    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"Sam Sé"_s, u"--format"_s, u"json"_s}).size(), 0);
    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"none"_s, u"--format"_s, u"json"_s}).size(), 0);
    const Run table = cli({u"tasks"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"Hallo Zoë"_s));

    // mail: the URL on the first line, then the task is done and the email logged.
    const Run mail = cli({u"mail"_s, id});
    QCOMPARE(mail.exitCode, 0);
    QCOMPARE(mail.out.section(u'\n', 0, 0),
        u"mailto:zoe@example.com?subject=Hallo%20Zo%C3%AB&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0Abye"_s);
    QVERIFY(mail.out.contains(u"Task %1 done."_s.arg(id)));
    QVERIFY(mail.out.contains(u"step 3"_s)); // the wait is running
    QVERIFY(mail.err.isEmpty());
    const Run timeline = cli({u"timeline"_s, u"1"_s});
    QVERIFY(timeline.out.contains(u"Hallo Zoë"_s));
    const Run again = cli({u"mail"_s, id});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"already done"_s));
    QVERIFY(cli({u"tasks"_s}).out.contains(u"No tasks."_s)); // the wait of two days

    // An .eml file for a lead without first name: the fallback, a warning for what is missing.
    QCOMPARE(cli({u"enrol"_s, u"2"_s, u"1"_s}).exitCode, 0);
    tasks = jsonArray({u"tasks"_s, u"--user"_s, u"none"_s, u"--format"_s, u"json"_s});
    QCOMPARE(tasks.size(), 1);
    const QString second = QString::number(tasks[0].toObject()[u"id"_s].toInt());
    const QString eml = m_dir.filePath(u"mail.eml"_s);
    const Run written = cli({u"mail"_s, second, u"--eml"_s, eml});
    QCOMPARE(written.exitCode, 0);
    QVERIFY(written.out.contains(u"Wrote"_s));
    QVERIFY(written.err.contains(u"{{first_name}}"_s)); // subject Hallo {{first_name}}
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("To: Lovelace <ada@example.com>\r\n"));
    QVERIFY(content.contains("Subject: Hallo\r\n"));
    QVERIFY(content.contains("X-Unsent: 1\r\n"));
    QVERIFY(content.endsWith("\r\n\r\nHi there,\r\n\r\nbye\r\n"));
    QCOMPARE(content.count('\n'), content.count("\r\n"));
    QVERIFY(cli({u"tasks"_s, u"--format"_s, u"csv"_s}).out.count(u"\r\n"_s) == 1);

    // A call task cannot be mailed.
    QCOMPARE(cli({u"sequences"_s, u"add"_s, u"--name"_s, u"Ring"_s, u"--step"_s,
                     u"call:Ring {{company}}"_s})
                 .exitCode,
        0);
    QCOMPARE(cli({u"enrol"_s, u"3"_s, u"Ring"_s}).exitCode, 0);
    tasks = jsonArray({u"tasks"_s, u"--user"_s, u"sam@acme.test"_s, u"--format"_s, u"json"_s});
    QCOMPARE(tasks.size(), 1);
    const Run notMail = cli({u"mail"_s, QString::number(tasks[0].toObject()[u"id"_s].toInt())});
    QCOMPARE(notMail.exitCode, 2);
    QVERIFY(notMail.err.contains(u"not an email"_s));
}

void TestCliNurture::callTaskDoneCompletesTheSequence()
{
    // Lead 3 is in "Ring" (one call step) since enrolTasksMail.
    QJsonArray tasks =
        jsonArray({u"tasks"_s, u"--user"_s, u"sam@acme.test"_s, u"--format"_s, u"json"_s});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].toObject()[u"title"_s].toString(), u"Ring Navy"_s);
    const QString id = QString::number(tasks[0].toObject()[u"id"_s].toInt());
    const Run done = cli({u"tasks"_s, u"done"_s, id});
    QCOMPARE(done.exitCode, 0);
    QVERIFY(done.out.contains(u"Task %1 done."_s.arg(id)));
    QVERIFY(done.out.contains(u"completed \"Ring\""_s));
    QVERIFY(!done.out.contains(u"Logged"_s));
    const Run twice = cli({u"tasks"_s, u"done"_s, id});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains(u"already done"_s));
    const QJsonObject ring = QJsonDocument::fromJson(
        cli({u"sequences"_s, u"show"_s, u"Ring"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                                 .object();
    QCOMPARE(ring[u"enrolments"_s].toObject()[u"completed"_s].toInt(), 1);
}

void TestCliNurture::stageChangeEndsTheEnrolment()
{
    QCOMPARE(cli({u"enrol"_s, u"3"_s, u"Ring"_s}).exitCode, 0);
    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"2"_s, u"--format"_s, u"json"_s}).size(), 1);
    QCOMPARE(cli({u"stage"_s, u"3"_s, u"contacted"_s}).exitCode, 0);
    // Whether the stage change ended it at once or tasks notices it, the task is gone.
    QCOMPARE(jsonArray({u"tasks"_s, u"--user"_s, u"2"_s, u"--format"_s, u"json"_s}).size(), 0);
    const QJsonObject ring = QJsonDocument::fromJson(
        cli({u"sequences"_s, u"show"_s, u"Ring"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                                 .object();
    QCOMPARE(ring[u"enrolments"_s].toObject()[u"exited"_s].toInt(), 1);
    QCOMPARE(ring[u"enrolments"_s].toObject()[u"active"_s].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliNurture)
#include "tst_cli_nurture.moc"
