#include "storage/database.h"

#include <QDateTime>
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

/// leadflow-cli's routing commands end to end (users, routing, route, assign, why-owner, accept,
/// reject, recycle, sla) on the real executable and a temporary database per test.
class TestCliRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpListsTheCommands();
    void usageErrors_data();
    void usageErrors();
    void usersAddListUpdate();
    void routingRulesAddListMoveRemove();
    void routingSettings();
    void routeAssignWhyOwnerAndList();
    void routeBacklogAndAutomaticRouting();
    void acceptRejectRecycle();
    void slaOverdueAndCheck();
    void slaSettingsAndHolidays();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    /// Runs a command that must succeed and returns its output.
    QString ok(const QStringList &arguments) const;
    QJsonArray jsonArray(const QStringList &arguments) const;
    QVariant sql(const QString &statement) const;
    void addAnnAndBob() const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestCliRouting::Run TestCliRouting::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), QStringList(arguments) << u"--db"_s << m_db);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliRouting::ok(const QStringList &arguments) const
{
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s failed (%d): %s", qPrintable(arguments.join(u' ')), run.exitCode,
            qPrintable(run.err));
    return run.exitCode == 0 ? run.out : u"<failed>"_s;
}

QJsonArray TestCliRouting::jsonArray(const QStringList &arguments) const
{
    const Run run = cli(QStringList(arguments) << u"--format"_s << u"json"_s);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    if (!document.isArray())
        qWarning("not a JSON array: %s", qPrintable(run.out));
    return document.array();
}

QVariant TestCliRouting::sql(const QString &statement) const
{
    // Only to set up what the command line cannot (times in the past); the CLI is not running.
    auto database = lf::Database::open(m_db);
    if (!database)
        qFatal("cannot open %s", qPrintable(m_db));
    QSqlQuery query((*database)->connection());
    if (!query.exec(statement))
        qFatal("failed: %s", qPrintable(statement));
    return query.next() ? query.value(0) : QVariant();
}

void TestCliRouting::addAnnAndBob() const
{
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--email"_s, u"ann@acme.test"_s,
                 u"--capacity"_s, u"10"_s}),
        u"Added user 1: Ann Lee.\n"_s);
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Bob Stone"_s, u"--email"_s,
                 u"bob@acme.test"_s, u"--capacity"_s, u"10"_s}),
        u"Added user 2: Bob Stone.\n"_s);
}

void TestCliRouting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
}

void TestCliRouting::init()
{
    static int counter = 0;
    m_db = m_dir.filePath(u"routing-%1.sqlite"_s.arg(++counter));
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

void TestCliRouting::helpListsTheCommands()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
        {"users", "routing", "route", "assign", "why-owner", "accept", "reject", "recycle", "sla"})
        QVERIFY2(help.out.contains(u"  "_s + QLatin1StringView(command) + u' '), command);
    const QString users = cli({u"users"_s, u"--help"_s}).out;
    for (const char *option : {"--name", "--email", "--role", "--capacity", "--territory",
             "--manager", "--away", "--inactive", "--format"})
        QVERIFY2(users.contains(QLatin1StringView(option)), option);
    const QString routing = cli({u"routing"_s, u"--help"_s}).out;
    for (const char *option : {"--when", "--pool", "--to", "--sla-hours", "--position", "--trigger",
             "--account-based", "--reassign-on-breach"})
        QVERIFY2(routing.contains(QLatin1StringView(option)), option);
    QVERIFY(cli({u"route"_s, u"--help"_s}).out.contains(u"--backlog"_s));
    QVERIFY(cli({u"recycle"_s, u"--help"_s}).out.contains(u"--reset-score"_s));
    const QString sla = cli({u"sla"_s, u"--help"_s}).out;
    for (const char *option : {"--hours", "--days", "--time-zone", "--default-hours"})
        QVERIFY2(sla.contains(QLatin1StringView(option)), option);
}

void TestCliRouting::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QString &line, int code, const QString &message) {
        QTest::newRow(name) << line.split(u'|') << code << message;
    };
    row("route nothing", u"route"_s, 2, u"route needs lead ids or --backlog"_s);
    row("route ids and backlog", u"route|1|--backlog"_s, 2, u"route needs lead ids or --backlog"_s);
    row("route bad id", u"route|one"_s, 2, u"\"one\" is not a lead id"_s);
    row("route unknown lead", u"route|99"_s, 1, u"There is no lead 99"_s);
    row("assign one argument", u"assign|1"_s, 2, u"assign needs a lead id and a user"_s);
    row("assign unknown user", u"assign|1|Zed"_s, 1, u"There is no user \"Zed\""_s);
    row("assign ambiguous", u"assign|1|kim"_s, 2, u"Several users are called \"kim\""_s);
    row("why-owner nothing", u"why-owner"_s, 2, u"why-owner needs one lead id"_s);
    row("accept nothing", u"accept"_s, 2, u"accept needs one lead id"_s);
    row("accept unowned", u"accept|1"_s, 1, u"has no owner"_s); // a refusal, not a mistake
    row("reject without reason", u"reject|1"_s, 2, u"needs a reason"_s);
    row("reject nowhere", u"reject|1|--reason|x|--to|sales"_s, 2,
        u"--to must be routing or marketing"_s);
    row("recycle bad date", u"recycle|1|--reason|x|--until|soon"_s, 2, u"\"soon\""_s);
    row("recycle past date", u"recycle|1|--reason|x|--until|2001-01-01"_s, 2, u"future"_s);
    row("users unknown action", u"users|fire"_s, 2, u"Unknown users action \"fire\""_s);
    row("users add argument", u"users|add|Zed"_s, 2, u"options only"_s);
    row("users add no name", u"users|add|--email|z@acme.test"_s, 2, u"needs a name"_s);
    row("users bad role", u"users|add|--name|Zed|--role|boss"_s, 2,
        u"--role must be rep, manager or admin"_s);
    row("users bad capacity", u"users|add|--name|Zed|--capacity|lots"_s, 2,
        u"--capacity must be a whole number"_s);
    row("users bad territory kind", u"users|add|--name|Zed|--territory|planet:Mars"_s, 2,
        u"\"planet\" is not a territory kind"_s);
    row("users bad country", u"users|add|--name|Zed|--territory|DE,Atlantis"_s, 2, u"Atlantis"_s);
    row("users bad email", u"users|add|--name|Zed|--email|zed-at-acme"_s, 2,
        u"is not an email address"_s);
    row("users duplicate email", u"users|add|--name|Zed|--email|ANN@acme.test"_s, 1,
        u"already a user with the email"_s);
    row("users away without range", u"users|add|--name|Zed|--away|2030-01-01"_s, 2,
        u"--away needs FROM..TO"_s);
    row("users away backwards", u"users|add|--name|Zed|--away|2030-01-05..2030-01-01"_s, 2,
        u"start before its end"_s);
    row("users update nobody", u"users|update"_s, 2, u"users update needs the user"_s);
    row("users update unknown", u"users|update|Zed|--capacity|3"_s, 1, u"Zed"_s);
    row("users unknown manager", u"users|update|ann|--manager|Zed"_s, 1, u"Zed"_s);
    row("users own manager", u"users|update|ann|--manager|ann"_s, 2, u"own manager"_s);
    row("routing unknown action", u"routing|shuffle"_s, 2, u"Unknown routing action"_s);
    row("routing bad condition", u"routing|add|--name|X|--when|score > 5|--to|ann"_s, 2,
        u"is not a condition"_s);
    row("routing no target", u"routing|add|--name|X|--when|score >= 5"_s, 2,
        u"needs either one user or a pool"_s);
    row("routing user and pool", u"routing|add|--name|X|--to|ann|--pool|bob"_s, 2,
        u"needs either one user or a pool"_s);
    row("routing two users in --to", u"routing|add|--name|X|--to|ann,bob"_s, 2,
        u"--to names one user"_s);
    row("routing unknown pool user", u"routing|add|--name|X|--pool|ann,Zed"_s, 1, u"Zed"_s);
    row("routing bad sla", u"routing|add|--name|X|--to|ann|--sla-hours|soon"_s, 2,
        u"--sla-hours must be a number"_s);
    row("routing zero sla", u"routing|add|--name|X|--to|ann|--sla-hours|0"_s, 2,
        u"first-contact deadline"_s);
    row("routing bad position", u"routing|add|--name|X|--to|ann|--position|first"_s, 2,
        u"\"first\""_s);
    row("routing move without position", u"routing|move|1"_s, 2,
        u"routing move needs a rule id and a position"_s);
    row("routing move bad position", u"routing|move|1|top"_s, 2, u"\"top\""_s);
    row("routing move position 0", u"routing|move|1|0"_s, 2, u"\"0\""_s);
    row("routing move unknown", u"routing|move|99|1"_s, 1, u"no routing rule 99"_s);
    row("routing remove unknown", u"routing|remove|99"_s, 1, u"no routing rule 99"_s);
    row("routing bad trigger", u"routing|settings|--trigger|sometimes"_s, 2,
        u"--trigger must be mql or manual"_s);
    row("routing bad on/off", u"routing|settings|--account-based|maybe"_s, 2,
        u"--account-based must be on or off"_s);
    row("sla unknown action", u"sla|panic"_s, 2, u"Unknown sla action"_s);
    row("sla bad hours", u"sla|settings|--hours|9-5"_s, 2, u"--hours needs HH:mm-HH:mm"_s);
    row("sla hours backwards", u"sla|settings|--hours|17:00-09:00"_s, 2, u"must come after"_s);
    row("sla bad days", u"sla|settings|--days|1,x"_s, 2, u"--days needs ISO weekdays"_s);
    row("sla day 8", u"sla|settings|--days|1,8"_s, 2, u"8 is not a weekday"_s);
    row("sla bad zone", u"sla|settings|--time-zone|Mars/Olympus"_s, 2,
        u"\"Mars/Olympus\" is not a time zone"_s);
    row("sla bad default", u"sla|settings|--default-hours|-2"_s, 2,
        u"more than 0 business hours"_s);
    row("sla holiday bad date", u"sla|holiday|add|25.12.2030"_s, 2,
        u"\"25.12.2030\" is not a date"_s);
    row("sla holiday no date", u"sla|holiday|add"_s, 2, u"sla holiday list"_s);
    row("sla holiday remove unknown", u"sla|holiday|remove|2030-12-25"_s, 1, u"2030-12-25"_s);
}

void TestCliRouting::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addAnnAndBob();
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Kim Lee"_s}), u"Added user 3: Kim Lee.\n"_s);
    QCOMPARE(
        ok({u"users"_s, u"add"_s, u"--name"_s, u"Kim Park"_s}), u"Added user 4: Kim Park.\n"_s);
    QCOMPARE(ok({u"add"_s, u"first_name=Lena"_s, u"stage=mql"_s}), u"Created lead 1.\n"_s);
    QCOMPARE(ok({u"routing"_s, u"add"_s, u"--name"_s, u"All"_s, u"--to"_s, u"ann"_s}),
        u"Added routing rule 1 at position 1: All (every lead).\n"_s);
    const QString before = ok({u"users"_s, u"list"_s, u"--format"_s, u"json"_s})
        + ok({u"routing"_s, u"list"_s, u"--format"_s, u"json"_s})
        + ok({u"routing"_s, u"settings"_s}) + ok({u"sla"_s, u"settings"_s})
        + ok({u"sla"_s, u"holiday"_s, u"list"_s});

    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
    // Nothing changed.
    const QString after = ok({u"users"_s, u"list"_s, u"--format"_s, u"json"_s})
        + ok({u"routing"_s, u"list"_s, u"--format"_s, u"json"_s})
        + ok({u"routing"_s, u"settings"_s}) + ok({u"sla"_s, u"settings"_s})
        + ok({u"sla"_s, u"holiday"_s, u"list"_s});
    QCOMPARE(after, before);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM assignments"_s).toInt(), 0);
}

void TestCliRouting::usersAddListUpdate()
{
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Maria Boss"_s, u"--email"_s,
                 u"maria@acme.test"_s, u"--role"_s, u"manager"_s}),
        u"Added user 1: Maria Boss.\n"_s);
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--email"_s, u"Ann@Acme.test"_s,
                 u"--capacity"_s, u"20"_s, u"--territory"_s, u"DE,Austria"_s, u"--territory"_s,
                 u"industry:Software,Retail"_s, u"--manager"_s, u"maria"_s}),
        u"Added user 2: Ann Lee.\n"_s);
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Bob Stone"_s, u"--territory"_s,
                 u"product:Cloud"_s}),
        u"Added user 3: Bob Stone.\n"_s);

    QJsonArray users = jsonArray({u"users"_s, u"list"_s});
    QCOMPARE(users.size(), 3);
    QCOMPARE(users[0][u"name"_s].toString(), u"Ann Lee"_s); // by name
    const QJsonObject ann = users[0].toObject();
    QCOMPARE(ann[u"id"_s].toInt(), 2);
    QCOMPARE(ann[u"email"_s].toString(), u"ann@acme.test"_s);
    QCOMPARE(ann[u"role"_s].toString(), u"rep"_s);
    QCOMPARE(ann[u"active"_s].toBool(), true);
    QCOMPARE(ann[u"capacity"_s].toInt(), 20);
    QCOMPARE(ann[u"countries"_s].toArray(), QJsonArray({u"DE"_s, u"AT"_s}));
    QCOMPARE(ann[u"industries"_s].toArray(), QJsonArray({u"Software"_s, u"Retail"_s}));
    QCOMPARE(ann[u"products"_s].toArray(), QJsonArray());
    QCOMPARE(ann[u"manager"_s].toInt(), 1);
    QVERIFY(ann[u"away_until"_s].isNull());
    QCOMPARE(users[1][u"role"_s].toString(), u"rep"_s);
    QCOMPARE(users[1][u"products"_s].toArray(), QJsonArray({u"Cloud"_s}));
    QCOMPARE(users[2][u"role"_s].toString(), u"manager"_s);
    QVERIFY(users[2][u"manager"_s].isNull());

    // Away from yesterday to the day after tomorrow: away now, until that day (exclusive).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString range =
        today.addDays(-1).toString(Qt::ISODate) + u".."_s + today.addDays(2).toString(Qt::ISODate);
    QCOMPARE(ok({u"users"_s, u"update"_s, u"ann@acme.test"_s, u"--away"_s, range, u"--capacity"_s,
                 u"5"_s}),
        u"Updated user 2: Ann Lee.\n"_s);
    // An absence that has not begun is not "away" yet.
    const QString later =
        today.addDays(30).toString(Qt::ISODate) + u".."_s + today.addDays(40).toString(Qt::ISODate);
    QCOMPARE(ok({u"users"_s, u"update"_s, u"bob"_s, u"--away"_s, later, u"--inactive"_s}),
        u"Updated user 3: Bob Stone.\n"_s);
    users = jsonArray({u"users"_s, u"list"_s});
    QCOMPARE(users[0][u"away_until"_s].toString(),
        QDateTime(today.addDays(2), QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(users[0][u"capacity"_s].toInt(), 5);
    QCOMPARE(users[0][u"countries"_s].toArray(), QJsonArray({u"DE"_s, u"AT"_s})); // kept
    QVERIFY(users[1][u"away_until"_s].isNull());
    QCOMPARE(users[1][u"active"_s].toBool(), false);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM user_absences"_s).toInt(), 2);
    // --away none: Ann's running absence ends now (its start stays on record), Bob's later one
    // is removed.
    QCOMPARE(ok({u"users"_s, u"update"_s, u"ann"_s, u"--away"_s, u"none"_s}),
        u"Updated user 2: Ann Lee.\n"_s);
    QCOMPARE(ok({u"users"_s, u"update"_s, u"bob"_s, u"--away"_s, u"NONE"_s}),
        u"Updated user 3: Bob Stone.\n"_s);
    users = jsonArray({u"users"_s, u"list"_s});
    QVERIFY(users[0][u"away_until"_s].isNull());
    QCOMPARE(sql(u"SELECT COUNT(*) FROM user_absences"_s).toInt(), 1);
    QVERIFY(sql(u"SELECT ends_at FROM user_absences WHERE user_id = 2"_s).toLongLong()
        <= QDateTime::currentMSecsSinceEpoch());

    // Territory "none" clears them; --manager none removes the manager; --active brings Bob back.
    QVERIFY(cli({u"users"_s, u"update"_s, u"Ann Lee"_s, u"--territory"_s, u"none"_s, u"--manager"_s,
                    u"none"_s})
                .exitCode
        == 0);
    QVERIFY(cli({u"users"_s, u"update"_s, u"3"_s, u"--active"_s}).exitCode == 0);
    users = jsonArray({u"users"_s, u"list"_s});
    QCOMPARE(users[0][u"countries"_s].toArray(), QJsonArray());
    QCOMPARE(users[0][u"industries"_s].toArray(), QJsonArray());
    QVERIFY(users[0][u"manager"_s].isNull());
    QCOMPARE(users[1][u"active"_s].toBool(), true);

    // The table shows the same with a header line and a rule.
    const QStringList lines = ok({u"users"_s, u"list"_s}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const char *header :
        {"id", "name", "email", "role", "active", "capacity", "territory", "manager", "away_until"})
        QVERIFY2(lines[0].contains(QLatin1StringView(header)), header);
    QVERIFY(lines[1].startsWith(u"--"_s));
    QVERIFY(lines[2].contains(u"Ann Lee"_s));
    QVERIFY(lines[3].contains(u"product:Cloud"_s));
    QVERIFY(lines[4].contains(u"Maria Boss"_s) && lines[4].contains(u"manager"_s));
}

void TestCliRouting::routingRulesAddListMoveRemove()
{
    addAnnAndBob();
    QCOMPARE(
        ok({u"users"_s, u"add"_s, u"--name"_s, u"Cara Diaz"_s, u"--email"_s, u"cara@acme.test"_s}),
        u"Added user 3: Cara Diaz.\n"_s);
    QCOMPARE(
        ok({u"routing"_s, u"add"_s, u"--name"_s, u"DACH"_s, u"--when"_s, u"country in DE,Austria"_s,
            u"--when"_s, u"score >= 10"_s, u"--to"_s, u"ann"_s, u"--sla-hours"_s, u"2"_s}),
        u"Added routing rule 1 at position 1: DACH (country is one of DE, Austria and score at "
        "least 10).\n"_s);
    QCOMPARE(ok({u"routing"_s, u"add"_s, u"--name"_s, u"EMEA"_s, u"--when"_s,
                 u"country not in US,CA"_s, u"--pool"_s, u"bob, cara@acme.test"_s}),
        u"Added routing rule 2 at position 2: EMEA (country is none of US, CA).\n"_s);
    QCOMPARE(ok({u"routing"_s, u"add"_s, u"--name"_s, u"Enterprise"_s, u"--when"_s,
                 u"employee_count 1000.."_s, u"--to"_s, u"Cara Diaz"_s, u"--position"_s, u"1"_s}),
        u"Added routing rule 3 at position 1: Enterprise (employee_count at least 1000).\n"_s);

    QJsonArray rules = jsonArray({u"routing"_s, u"list"_s});
    QCOMPARE(rules.size(), 3);
    const auto names = [](const QJsonArray &array) {
        QStringList out;
        for (qsizetype i = 0; i < array.size(); ++i) {
            out << array[i][u"name"_s].toString();
            if (array[i][u"position"_s].toInt() != int(i + 1))
                out << u"<bad position>"_s;
        }
        return out;
    };
    QCOMPARE(names(rules), QStringList({u"Enterprise"_s, u"DACH"_s, u"EMEA"_s}));
    const QJsonObject dach = rules[1].toObject();
    QCOMPARE(dach[u"id"_s].toInt(), 1);
    QCOMPARE(dach[u"user"_s].toInt(), 1);
    QCOMPARE(dach[u"pool"_s].toArray(), QJsonArray());
    QCOMPARE(dach[u"sla_hours"_s].toDouble(), 2.0);
    QCOMPARE(dach[u"enabled"_s].toBool(), true);
    QCOMPARE(dach[u"conditions"_s].toArray().size(), 2);
    QCOMPARE(dach[u"conditions"_s][0][u"values"_s].toArray(), QJsonArray({u"DE"_s, u"Austria"_s}));
    QCOMPARE(dach[u"conditions"_s][1][u"operator"_s].toString(), u"at_least"_s);
    const QJsonObject emea = rules[2].toObject();
    QVERIFY(emea[u"user"_s].isNull());
    QCOMPARE(emea[u"pool"_s].toArray(), QJsonArray({2, 3}));
    QVERIFY(emea[u"sla_hours"_s].isNull());
    // The table names the people.
    const QString table = ok({u"routing"_s, u"list"_s});
    QVERIFY2(table.contains(u"pool: Bob Stone, Cara Diaz"_s), qPrintable(table));
    QVERIFY2(table.contains(u"default"_s), qPrintable(table));

    QCOMPARE(ok({u"routing"_s, u"move"_s, u"2"_s, u"1"_s}), u"Moved routing rule 2.\n"_s);
    QCOMPARE(names(jsonArray({u"routing"_s, u"list"_s})),
        QStringList({u"EMEA"_s, u"Enterprise"_s, u"DACH"_s}));
    QCOMPARE(ok({u"routing"_s, u"move"_s, u"2"_s, u"99"_s}), u"Moved routing rule 2.\n"_s);
    QCOMPARE(names(jsonArray({u"routing"_s, u"list"_s})),
        QStringList({u"Enterprise"_s, u"DACH"_s, u"EMEA"_s}));
    QCOMPARE(ok({u"routing"_s, u"remove"_s, u"3"_s}), u"Removed routing rule 3.\n"_s);
    rules = jsonArray({u"routing"_s, u"list"_s});
    QCOMPARE(names(rules), QStringList({u"DACH"_s, u"EMEA"_s}));
    // Positions as listed are what --position means.
    QCOMPARE(ok({u"routing"_s, u"add"_s, u"--name"_s, u"Between"_s, u"--to"_s, u"bob"_s,
                 u"--position"_s, u"2"_s}),
        u"Added routing rule 3 at position 2: Between (every lead).\n"_s);
    QCOMPARE(names(jsonArray({u"routing"_s, u"list"_s})),
        QStringList({u"DACH"_s, u"Between"_s, u"EMEA"_s}));
}

void TestCliRouting::routingSettings()
{
    QCOMPARE(ok({u"routing"_s, u"settings"_s}),
        u"Routing runs when a lead becomes MQL; account-based on; on an SLA breach leads stay "
        "with their owner; when every rep is full, leads wait unassigned.\n"_s);
    QCOMPARE(ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"manual"_s, u"--account-based"_s,
                 u"off"_s, u"--reassign-on-breach"_s, u"yes"_s}),
        u"Routing runs on demand only; account-based off; on an SLA breach leads go to the next "
        "rep; when every rep is full, leads wait unassigned.\n"_s);
    // Kept.
    QCOMPARE(ok({u"routing"_s, u"settings"_s}),
        u"Routing runs on demand only; account-based off; on an SLA breach leads go to the next "
        "rep; when every rep is full, leads wait unassigned.\n"_s);
    QCOMPARE(
        sql(u"SELECT value FROM settings WHERE key = 'routing.trigger'"_s).toString(), u"manual"_s);
    // One option at a time leaves the others.
    QCOMPARE(ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"mql"_s}),
        u"Routing runs when a lead becomes MQL; account-based off; on an SLA breach leads go to "
        "the next rep; when every rep is full, leads wait unassigned.\n"_s);
    // The overflow: a person by name, or none; an unknown person is refused and nothing changes.
    QVERIFY(ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--role"_s, u"manager"_s})
                .contains(u"Ann Lee"_s));
    QVERIFY(ok({u"routing"_s, u"settings"_s, u"--overflow"_s, u"Ann Lee"_s})
                .endsWith(u"when every rep is full, leads go to Ann Lee.\n"_s));
    const Run nobody = cli({u"routing"_s, u"settings"_s, u"--overflow"_s, u"Zed Nobody"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(ok({u"routing"_s, u"settings"_s}).endsWith(u"leads go to Ann Lee.\n"_s));
    QVERIFY(ok({u"routing"_s, u"settings"_s, u"--overflow"_s, u"none"_s})
                .endsWith(u"leads wait unassigned.\n"_s));
}

void TestCliRouting::routeAssignWhyOwnerAndList()
{
    addAnnAndBob();
    ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"manual"_s});
    QCOMPARE(ok({u"add"_s, u"first_name=Lena"_s, u"last_name=Lang"_s, u"stage=mql"_s}),
        u"Created lead 1.\n"_s);
    QCOMPARE(ok({u"add"_s, u"first_name=Felix"_s, u"stage=mql"_s}), u"Created lead 2.\n"_s);

    const QString routed = ok({u"route"_s, u"1"_s});
    QVERIFY2(routed.startsWith(u"Lead 1 → Ann Lee: no routing rule is set up, so all 2 active "
                               "reps share it, round robin weighted by capacity and load: Ann Lee "
                               "had 0 of 10 this week"_s),
        qPrintable(routed));
    QCOMPARE(sql(u"SELECT owner_id FROM leads WHERE id = 1"_s).toInt(), 1);
    // Routing an owned lead keeps the owner.
    QCOMPARE(ok({u"route"_s, u"1"_s}), u"Lead 1 → Ann Lee: it already belongs to Ann Lee.\n"_s);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM assignments"_s).toInt(), 1);

    const QString why = ok({u"why-owner"_s, u"1"_s});
    QVERIFY2(why.startsWith(u"Lead 1 belongs to Ann Lee since "_s), qPrintable(why));
    QVERIFY2(why.contains(u" First contact due "_s), qPrintable(why));
    QCOMPARE(why.count(u'\n'), 1);
    QCOMPARE(ok({u"why-owner"_s, u"2"_s}), u"Lead 2 has no owner; it has never been routed.\n"_s);

    QCOMPARE(ok({u"assign"_s, u"1"_s, u"bob@acme.test"_s, u"--reason"_s, u"Speaks German"_s}),
        u"Lead 1 → Bob Stone.\n"_s);
    QVERIFY(
        ok({u"why-owner"_s, u"1"_s}).contains(u"gave it to Bob Stone by hand: Speaks German"_s));
    const Run same = cli({u"assign"_s, u"1"_s, u"Bob"_s});
    QCOMPARE(same.exitCode, 1);
    QVERIFY(same.err.contains(u"already belongs to Bob Stone"_s));

    // list --format json names the owner.
    const QJsonArray leads = jsonArray({u"list"_s});
    QCOMPARE(leads.size(), 2);
    for (const QJsonValue &lead : leads) {
        if (lead[u"id"_s].toInt() == 1) {
            QCOMPARE(lead[u"owner"_s].toInt(), 2);
            QCOMPARE(lead[u"owner_name"_s].toString(), u"Bob Stone"_s);
        } else {
            QVERIFY(lead[u"owner"_s].isNull());
            QVERIFY(lead.toObject().contains(u"owner_name"_s));
            QVERIFY(lead[u"owner_name"_s].isNull());
        }
    }

    // Nobody active: the lead stays unowned and the exit code says so.
    QCOMPARE(cli({u"users"_s, u"update"_s, u"ann"_s, u"--inactive"_s}).exitCode, 0);
    QCOMPARE(cli({u"users"_s, u"update"_s, u"bob"_s, u"--inactive"_s}).exitCode, 0);
    const Run nobody = cli({u"route"_s, u"2"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.out.isEmpty());
    QVERIFY2(nobody.err.startsWith(u"Lead 2 stays without an owner: Nobody could take it"_s),
        qPrintable(nobody.err));
    QCOMPARE(sql(u"SELECT COUNT(*) FROM assignments WHERE lead_id = 2"_s).toInt(), 0);
}

void TestCliRouting::routeBacklogAndAutomaticRouting()
{
    addAnnAndBob();
    ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"manual"_s});
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(ok({u"add"_s, u"first_name=L%1"_s.arg(i), u"stage=mql"_s}),
            u"Created lead %1.\n"_s.arg(i));
    QCOMPARE(ok({u"add"_s, u"first_name=New"_s}), u"Created lead 6.\n"_s);
    const QString backlog = ok({u"route"_s, u"--backlog"_s});
    QVERIFY2(backlog.startsWith(u"Routed 5 of 5 leads in "_s), qPrintable(backlog));
    QVERIFY2(backlog.contains(u" s; 0 found nobody.\n"_s), qPrintable(backlog));
    QVERIFY2(backlog.contains(u"        3  Ann Lee\n"_s), qPrintable(backlog));
    QVERIFY2(backlog.contains(u"        2  Bob Stone\n"_s), qPrintable(backlog));
    QCOMPARE(sql(u"SELECT COUNT(*) FROM leads WHERE owner_id IS NOT NULL"_s).toInt(), 5);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM leads WHERE id = 6 AND owner_id IS NULL"_s).toInt(), 1);
    QVERIFY(ok({u"route"_s, u"--backlog"_s}).startsWith(u"Routed 0 of 0 leads"_s));

    // Manual trigger: a new MQL waits.
    QVERIFY(cli({u"stage"_s, u"6"_s, u"mql"_s}).exitCode == 0);
    QVERIFY(sql(u"SELECT owner_id FROM leads WHERE id = 6"_s).isNull());
    // MQL trigger: it is routed as it becomes MQL (to Bob, who has fewer this week).
    ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"mql"_s});
    QCOMPARE(ok({u"add"_s, u"first_name=Auto"_s}), u"Created lead 7.\n"_s);
    QVERIFY(cli({u"stage"_s, u"7"_s, u"mql"_s}).exitCode == 0);
    QCOMPARE(sql(u"SELECT owner_id FROM leads WHERE id = 7"_s).toInt(), 2);
    QCOMPARE(sql(u"SELECT rule FROM assignments WHERE lead_id = 7"_s).toString(), u"fallback"_s);
}

void TestCliRouting::acceptRejectRecycle()
{
    addAnnAndBob();
    ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"manual"_s});
    ok({u"routing"_s, u"add"_s, u"--name"_s, u"Ann first"_s, u"--to"_s, u"ann"_s});
    QCOMPARE(ok({u"add"_s, u"first_name=Lena"_s, u"stage=mql"_s, u"bant_budget=5000"_s,
                 u"bant_authority=CFO"_s, u"bant_need=CRM"_s}),
        u"Created lead 1.\n"_s);
    for (int i = 2; i <= 4; ++i)
        ok({u"add"_s, u"first_name=L%1"_s.arg(i), u"stage=mql"_s});
    QVERIFY(ok({u"route"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}).count(u"→ Ann Lee"_s) == 4);

    QCOMPARE(ok({u"accept"_s, u"1"_s, u"--note"_s, u"Good fit"_s}),
        u"Lead 1 is now Sales qualified, owner Ann Lee.\n"_s);
    QVERIFY(sql(u"SELECT accepted_at FROM assignments WHERE lead_id = 1"_s).toLongLong() > 0);
    // Without BANT the lead cannot be accepted.
    const Run early = cli({u"accept"_s, u"2"_s});
    QCOMPARE(early.exitCode, 1);
    QVERIFY(early.err.contains(u"cannot be SQL yet"_s));

    // Back to routing: the rule names Ann, who handed it back, so the fallback finds Bob.
    QCOMPARE(ok({u"reject"_s, u"2"_s, u"--reason"_s, u"Wrong region"_s}),
        u"Lead 2 is now Marketing qualified, owner Bob Stone.\n"_s);
    QCOMPARE(sql(u"SELECT rejection_reason FROM assignments WHERE lead_id = 2 AND user_id = 1"_s)
                 .toString(),
        u"Wrong region"_s);
    QCOMPARE(
        ok({u"reject"_s, u"3"_s, u"--reason"_s, u"Student project"_s, u"--to"_s, u"marketing"_s}),
        u"Lead 3 is now Nurturing, owner none.\n"_s);
    const QJsonArray history = jsonArray({u"history"_s, u"3"_s});
    bool found = false;
    for (const QJsonValue &entry : history)
        found = found
            || entry.toObject().value(u"reason"_s).toString()
                == u"rejected by Ann Lee: Student project"_s;
    QVERIFY2(found, QJsonDocument(history).toJson().constData());

    const QString until = QDateTime::currentDateTimeUtc().date().addDays(90).toString(Qt::ISODate);
    QCOMPARE(ok({u"recycle"_s, u"4"_s, u"--reason"_s, u"Next budget year"_s, u"--until"_s, until,
                 u"--reset-score"_s}),
        u"Lead 4 is now Nurturing, owner none.\n"_s);
    QCOMPARE(sql(u"SELECT end_reason FROM assignments WHERE lead_id = 4"_s).toString(),
        u"recycled: Next budget year"_s);
    const QJsonDocument shown =
        QJsonDocument::fromJson(ok({u"show"_s, u"4"_s, u"--format"_s, u"json"_s}).toUtf8());
    QCOMPARE(shown[u"nurture_until"_s].toString(),
        QDateTime(QDate::fromString(until, Qt::ISODate), QTime(0, 0), Qt::UTC)
            .toString(Qt::ISODateWithMs));
    QCOMPARE(shown[u"recycle_reason"_s].toString(), u"Next budget year"_s);
    QVERIFY(shown[u"owner"_s].isNull());
    QVERIFY(ok({u"why-owner"_s, u"4"_s}).contains(u"(recycled: Next budget year)"_s));
}

void TestCliRouting::slaOverdueAndCheck()
{
    // Business time around the clock (one minute short of it), so lateness is plain hours.
    QVERIFY(cli({u"sla"_s, u"settings"_s, u"--hours"_s, u"00:00-23:59"_s, u"--days"_s,
                    u"1,2,3,4,5,6,7"_s, u"--time-zone"_s, u"UTC"_s})
                .exitCode
        == 0);
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Maria Boss"_s, u"--role"_s, u"manager"_s}),
        u"Added user 1: Maria Boss.\n"_s);
    QCOMPARE(ok({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--manager"_s, u"Maria Boss"_s}),
        u"Added user 2: Ann Lee.\n"_s);
    ok({u"routing"_s, u"settings"_s, u"--trigger"_s, u"manual"_s});
    ok({u"add"_s, u"first_name=Lena"_s, u"last_name=Lang"_s, u"stage=mql"_s});
    ok({u"add"_s, u"first_name=Otto"_s, u"stage=mql"_s});
    QVERIFY(ok({u"route"_s, u"1"_s, u"2"_s}).count(u"Ann Lee"_s) >= 2);
    QCOMPARE(jsonArray({u"sla"_s, u"overdue"_s}).size(), 0);

    // Lead 1 was due three hours ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(
        (now.toMSecsSinceEpoch() - 3 * 3600 * 1000) / 1000 * 1000, Qt::UTC);
    sql(u"UPDATE assignments SET assigned_at = %1, sla_due_at = %2 WHERE lead_id = 1"_s
            .arg(due.toMSecsSinceEpoch() - 3600 * 1000)
            .arg(due.toMSecsSinceEpoch()));
    QJsonArray overdue = jsonArray({u"sla"_s, u"overdue"_s});
    QCOMPARE(overdue.size(), 1);
    QJsonObject late = overdue[0].toObject();
    QCOMPARE(late[u"lead"_s].toInt(), 1);
    QCOMPARE(late[u"name"_s].toString(), u"Lena Lang"_s);
    QCOMPARE(late[u"owner"_s].toInt(), 2);
    QCOMPARE(late[u"owner_name"_s].toString(), u"Ann Lee"_s);
    QCOMPARE(late[u"due_at"_s].toString(), due.toString(Qt::ISODate));
    const double hours = late[u"business_hours_late"_s].toDouble();
    QVERIFY2(hours > 2.95 && hours < 3.1, qPrintable(QString::number(hours)));
    QVERIFY(late[u"breached_at"_s].isNull());
    QVERIFY(late[u"escalated_to"_s].isNull());
    const QString table = ok({u"sla"_s, u"overdue"_s});
    QVERIFY(table.startsWith(u"lead"_s) && table.contains(u"Lena Lang"_s));

    QCOMPARE(ok({u"sla"_s, u"check"_s}),
        u"1 new breaches: 1 escalated to a manager, 0 handed to another rep.\n"_s);
    QCOMPARE(ok({u"sla"_s, u"check"_s}),
        u"0 new breaches: 0 escalated to a manager, 0 handed to another rep.\n"_s);
    overdue = jsonArray({u"sla"_s, u"overdue"_s});
    QCOMPARE(overdue.size(), 1);
    late = overdue[0].toObject();
    QVERIFY(!late[u"breached_at"_s].toString().isEmpty());
    QCOMPARE(late[u"escalated_to"_s].toInt(), 1);
    QCOMPARE(
        sql(u"SELECT user_id FROM tasks WHERE kind = 'escalation' AND lead_id = 1"_s).toInt(), 1);

    // With reassignment on, the next breach goes to another rep.
    QCOMPARE(
        ok({u"users"_s, u"add"_s, u"--name"_s, u"Bob Stone"_s}), u"Added user 3: Bob Stone.\n"_s);
    ok({u"routing"_s, u"settings"_s, u"--reassign-on-breach"_s, u"on"_s});
    sql(u"UPDATE assignments SET sla_due_at = %1 WHERE lead_id = 2"_s.arg(due.toMSecsSinceEpoch()));
    QCOMPARE(ok({u"sla"_s, u"check"_s}),
        u"1 new breaches: 1 escalated to a manager, 1 handed to another rep.\n"_s);
    QCOMPARE(sql(u"SELECT owner_id FROM leads WHERE id = 2"_s).toInt(), 3);
}

void TestCliRouting::slaSettingsAndHolidays()
{
    const QString defaults = ok({u"sla"_s, u"settings"_s});
    QVERIFY2(defaults.startsWith(u"First contact within 4 business hours; business time: "
                                 "Mon-Fri 09:00-17:00"_s),
        qPrintable(defaults));
    const QString changed =
        ok({u"sla"_s, u"settings"_s, u"--hours"_s, u"08:30-16:30"_s, u"--days"_s, u"1,2,3,4"_s,
            u"--time-zone"_s, u"Europe/Berlin"_s, u"--default-hours"_s, u"2.5"_s});
    QVERIFY2(changed.startsWith(u"First contact within 2.5 business hours; business time: "_s),
        qPrintable(changed));
    QVERIFY2(changed.contains(u"08:30-16:30"_s) && changed.contains(u"Europe/Berlin"_s),
        qPrintable(changed));
    QCOMPARE(ok({u"sla"_s, u"settings"_s}), changed); // kept
    QCOMPARE(sql(u"SELECT value FROM settings WHERE key = 'sla.business_days'"_s).toString(),
        u"1,2,3,4"_s);

    QCOMPARE(ok({u"sla"_s, u"holiday"_s, u"add"_s, u"2030-12-25"_s, u"Christmas"_s, u"Day"_s}),
        u"Added the holiday 2030-12-25.\n"_s);
    QCOMPARE(ok({u"sla"_s, u"holiday"_s, u"add"_s, u"2030-01-01"_s}),
        u"Added the holiday 2030-01-01.\n"_s);
    const QJsonArray days = jsonArray({u"sla"_s, u"holiday"_s, u"list"_s});
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[0][u"day"_s].toString(), u"2030-01-01"_s);
    QCOMPARE(days[1][u"day"_s].toString(), u"2030-12-25"_s);
    QCOMPARE(days[1][u"name"_s].toString(), u"Christmas Day"_s);
    QVERIFY(ok({u"sla"_s, u"settings"_s}).contains(u"2 holidays"_s));
    QCOMPARE(ok({u"sla"_s, u"holiday"_s, u"list"_s, u"--format"_s, u"csv"_s}),
        u"day,name\r\n2030-01-01,\r\n2030-12-25,Christmas Day\r\n"_s);
    QCOMPARE(ok({u"sla"_s, u"holiday"_s, u"remove"_s, u"2030-01-01"_s}),
        u"Removed the holiday 2030-01-01.\n"_s);
    QCOMPARE(jsonArray({u"sla"_s, u"holiday"_s, u"list"_s}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliRouting)
#include "tst_cli_routing.moc"
