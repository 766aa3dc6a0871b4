#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// leadflow-cli's qualification commands end to end (stage, touch, timeline, rules, rescore,
/// explain, backtest, qualification, list --sort score): the real executable on temporary
/// databases.
class TestCliScoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void stageMovesAndRefuses();
    void touchAndTimeline();
    void touchFailures_data();
    void touchFailures();
    void rulesListHasTheShippedRules();
    void rulesAddRejectsBadDefinitions_data();
    void rulesAddRejectsBadDefinitions();
    void rulesAddDisableRemove();
    void rulesExportImportRoundTrip();
    void rescoreOutput();
    void explainJson();
    void backtestCounts_data();
    void backtestCounts();
    void qualificationShowEditHistory();
    void qualificationRejectsBadEdits_data();
    void qualificationRejectsBadEdits();
    void qualificationEditChangesTheRules();
    void listSortsByScore();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &db) const;
    /// A new initialized database file in the temporary folder.
    QString freshDb(const QString &name);
    static QJsonDocument json(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()); }
    QJsonObject show(qint64 id, const QString &db) const;
    QJsonArray rules(const QString &db) const;
    /// What a failed command must leave alone: the lead, its history and its timeline.
    QString snapshot(qint64 id, const QString &db) const;
    void buildBacktestFixture();

    QTemporaryDir m_dir;
    QString m_usageDb;
    QString m_backtestDb;
    QString m_qualificationDb;
    QDate m_today;
};

namespace {

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

TestCliScoring::Run TestCliScoring::cli(const QStringList &arguments, const QString &db) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"USER"_s, u"tester"_s);
    environment.remove(u"LEADFLOW_DB"_s);
    process.setProcessEnvironment(environment);
    QStringList all = arguments;
    if (!db.isEmpty())
        all << u"--db"_s << db;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), all);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliScoring::freshDb(const QString &name)
{
    const QString path = m_dir.filePath(name + u".sqlite"_s);
    const Run init = cli({u"init"_s}, path);
    if (init.exitCode != 0)
        qFatal("init failed: %s", qPrintable(init.err));
    return path;
}

QJsonObject TestCliScoring::show(qint64 id, const QString &db) const
{
    return json(cli({u"show"_s, QString::number(id), u"--format"_s, u"json"_s}, db)).object();
}

QJsonArray TestCliScoring::rules(const QString &db) const
{
    return json(cli({u"rules"_s, u"list"_s, u"--format"_s, u"json"_s}, db)).array();
}

QString TestCliScoring::snapshot(qint64 id, const QString &db) const
{
    const QString lead = QString::number(id);
    return cli({u"show"_s, lead, u"--format"_s, u"json"_s}, db).out
        + cli({u"history"_s, lead, u"--format"_s, u"json"_s}, db).out
        + cli({u"timeline"_s, lead, u"--format"_s, u"json"_s}, db).out;
}

void TestCliScoring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
    m_today = QDateTime::currentDateTimeUtc().date();
    m_usageDb = freshDb(u"usage"_s);
    QCOMPARE(
        cli({u"add"_s, u"first_name=Ada"_s, u"company=Analytical Engines"_s}, m_usageDb).exitCode,
        0);
}

void TestCliScoring::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString year = QString::number(m_today.year());
    QTest::newRow("stage without arguments") << QStringList {u"stage"_s} << u"stage needs"_s;
    QTest::newRow("stage without a stage") << QStringList {u"stage"_s, u"1"_s} << u"stage needs"_s;
    QTest::newRow("stage to an unknown stage")
        << QStringList {u"stage"_s, u"1"_s, u"hot"_s} << u"\"hot\" is not a stage"_s;
    QTest::newRow("stage of no id") << QStringList {u"stage"_s, u"abc"_s, u"mql"_s} << u"abc"_s;
    QTest::newRow("stage with a bad --if-version") << QStringList {u"stage"_s, u"1"_s, u"mql"_s,
        u"--if-version"_s, u"x"_s} << u"--if-version"_s;
    QTest::newRow("stage with an unknown option")
        << QStringList {u"stage"_s, u"1"_s, u"mql"_s, u"--why"_s, u"x"_s} << u"why"_s;
    QTest::newRow("touch without a type") << QStringList {u"touch"_s, u"1"_s} << u"touch needs"_s;
    QTest::newRow("touch with a bad type")
        << QStringList {u"touch"_s, u"1"_s, u"demo request"_s} << u"not a touchpoint type"_s;
    QTest::newRow("touch with a bad time")
        << QStringList {u"touch"_s, u"1"_s, u"call"_s, u"--at"_s, u"yesterday"_s} << u"--at"_s;
    QTest::newRow("touch in the future") << QStringList {u"touch"_s, u"1"_s, u"call"_s, u"--at"_s,
        day(m_today.addDays(3))} << u"future"_s;
    QTest::newRow("touch with a bad campaign")
        << QStringList {u"touch"_s, u"1"_s, u"call"_s, u"--campaign"_s, u"first"_s}
        << u"--campaign needs a campaign id (a positive number), not \"first\"."_s;
    QTest::newRow("timeline without an id") << QStringList {u"timeline"_s} << u"timeline needs"_s;
    QTest::newRow("timeline in xml")
        << QStringList {u"timeline"_s, u"1"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("rescore nothing") << QStringList {u"rescore"_s} << u"rescore needs"_s;
    QTest::newRow("rescore ids and all")
        << QStringList {u"rescore"_s, u"1"_s, u"--all"_s} << u"rescore needs"_s;
    QTest::newRow("explain without an id") << QStringList {u"explain"_s} << u"explain needs"_s;
    QTest::newRow("backtest without options") << QStringList {u"backtest"_s} << u"--threshold"_s;
    QTest::newRow("backtest with a word for threshold") << QStringList {u"backtest"_s,
        u"--threshold"_s, u"high"_s, u"--from"_s, year + u"-01-01"_s, u"--to"_s, year + u"-02-01"_s}
                                                        << u"--threshold"_s;
    QTest::newRow("backtest with a bad date") << QStringList {u"backtest"_s, u"--threshold"_s,
        u"60"_s, u"--from"_s, u"soon"_s, u"--to"_s, year + u"-02-01"_s}
                                              << u"--from"_s;
    QTest::newRow("backtest with an empty period") << QStringList {u"backtest"_s, u"--threshold"_s,
        u"60"_s, u"--from"_s, year + u"-02-01"_s, u"--to"_s, year + u"-01-01"_s}
                                                   << u"start before its end"_s;
    QTest::newRow("backtest with threshold 0") << QStringList {u"backtest"_s, u"--threshold"_s,
        u"0"_s, u"--from"_s, year + u"-01-01"_s, u"--to"_s, year + u"-02-01"_s}
                                               << u"at least 1"_s;
    QTest::newRow("rules frobnicate")
        << QStringList {u"rules"_s, u"frobnicate"_s} << u"Unknown rules action"_s;
    QTest::newRow("rules remove without an id")
        << QStringList {u"rules"_s, u"remove"_s} << u"needs a rule id"_s;
    QTest::newRow("rules export without a file")
        << QStringList {u"rules"_s, u"export"_s} << u"needs a file"_s;
    QTest::newRow("qualification show of no version") << QStringList {u"qualification"_s, u"show"_s,
        u"--version"_s, u"latest"_s} << u"--version needs a version number, not \"latest\"."_s;
    QTest::newRow("qualification delete")
        << QStringList {u"qualification"_s, u"delete"_s} << u"Unknown qualification action"_s;
}

void TestCliScoring::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString before = snapshot(1, m_usageDb);
    const QJsonArray rulesBefore = rules(m_usageDb);
    const Run run = cli(arguments, m_usageDb);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(snapshot(1, m_usageDb), before);
    QCOMPARE(rules(m_usageDb), rulesBefore);
}

void TestCliScoring::stageMovesAndRefuses()
{
    const QString db = freshDb(u"stage"_s);
    QCOMPARE(cli({u"add"_s, u"first_name=Ada"_s, u"company=Analytical Engines"_s}, db).exitCode, 0);

    const Run contacted =
        cli({u"stage"_s, u"1"_s, u"contacted"_s, u"--reason"_s, u"left a voicemail"_s}, db);
    QCOMPARE(contacted.exitCode, 0);
    QCOMPARE(contacted.out, u"Lead 1: New → Contacted (version 2).\n"_s);
    QVERIFY(contacted.err.isEmpty());

    // Refused moves: exit 2 (the input breaks a rule), the reason on stderr, nothing written.
    struct Refusal
    {
        QStringList arguments;
        int exitCode;
        QStringList message;
    };
    const QList<Refusal> refusals {
        // Refusals of the lead process exit 1; mistakes in the command line, 2.
        {{u"stage"_s, u"1"_s, u"won"_s}, 1,
            {u"Contacted"_s, u"Won"_s,
                u"Marketing qualified, Sales qualified, Nurturing, Disqualified."_s}},
        {{u"stage"_s, u"1"_s, u"new"_s}, 1, {u"from Contacted to New"_s}},
        {{u"stage"_s, u"1"_s, u"contacted"_s}, 1, {u"already in Contacted"_s}},
        {{u"stage"_s, u"1"_s, u"sql"_s}, 1, {u"lacks budget, authority, need"_s}},
        {{u"stage"_s, u"1"_s, u"mql"_s, u"--value"_s, u"lots"_s}, 2, {u"value"_s}},
        {{u"stage"_s, u"1"_s, u"disqualified"_s}, 2, {u"needs a reason"_s, u"Spam or fake"_s}},
        {{u"stage"_s, u"1"_s, u"disqualified"_s, u"--reason"_s, u"No budget"_s}, 2,
            {u"\"No budget\" is not a reason"_s, u"Outside target market"_s}},
        {{u"stage"_s, u"1"_s, u"mql"_s, u"--if-version"_s, u"1"_s}, 1,
            {u"changed by someone else"_s}},
        {{u"stage"_s, u"99"_s, u"mql"_s}, 1, {u"no lead 99"_s}},
    };
    const QString before = snapshot(1, db);
    QVERIFY(before.contains(u"left a voicemail"_s));
    for (const Refusal &refusal : refusals) {
        const Run run = cli(refusal.arguments, db);
        const QString what = refusal.arguments.join(u' ') + u": "_s + run.err;
        QVERIFY2(run.exitCode == refusal.exitCode, qPrintable(what));
        QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(what));
        QCOMPARE(run.err.count(u'\n'), 1);
        for (const QString &part : refusal.message)
            QVERIFY2(run.err.contains(part), qPrintable(what));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshot(1, db), before);
    }

    // With the BANT items, SQL (by any spelling of the stage); then lost with a listed reason.
    QCOMPARE(cli({u"update"_s, u"1"_s, u"bant_budget=5000"_s, u"bant_authority=CFO"_s,
                     u"bant_need=A CRM"_s},
                 db)
                 .exitCode,
        0);
    const Run sql = cli({u"stage"_s, u"1"_s, u"Sales qualified"_s}, db);
    QCOMPARE(sql.exitCode, 0);
    QCOMPARE(sql.out, u"Lead 1: Contacted → Sales qualified (version 4).\n"_s);
    QVERIFY(!show(1, db)[u"accepted_at"_s].isNull());

    const Run lost = cli(
        {u"stage"_s, u"1"_s, u"lost"_s, u"--reason"_s, u"  no BUDGET"_s, u"--if-version"_s, u"4"_s},
        db);
    QCOMPARE(lost.exitCode, 0);
    QCOMPARE(lost.out, u"Lead 1: Sales qualified → Lost (version 5).\n"_s);
    const QJsonObject lead = show(1, db);
    QCOMPARE(lead[u"stage"_s].toString(), u"lost"_s);
    QCOMPARE(lead[u"lost_reason"_s].toString(), u"No budget"_s);
    QVERIFY(lead[u"closed_at"_s].isString());
    QCOMPARE(lead[u"version"_s].toInt(), 5);

    const QJsonArray history =
        json(cli({u"history"_s, u"1"_s, u"--format"_s, u"json"_s}, db)).array();
    QJsonArray stages;
    for (const QJsonValue &entry : history) {
        if (entry[u"kind"_s].toString() == u"stage"_s)
            stages.append(entry);
    }
    QCOMPARE(stages.size(), 4); // new, contacted, sql, lost
    QCOMPARE(stages[1][u"reason"_s].toString(), u"left a voicemail"_s);
    QCOMPARE(stages[3][u"old"_s].toString(), u"sql"_s);
    QCOMPARE(stages[3][u"new"_s].toString(), u"lost"_s);
    QCOMPARE(stages[3][u"reason"_s].toString(), u"No budget"_s);

    // Closed: only back to nurturing.
    const Run won = cli({u"stage"_s, u"1"_s, u"won"_s}, db);
    QCOMPARE(won.exitCode, 1);
    QVERIFY2(won.err.contains(u"it can go to: Nurturing."_s), qPrintable(won.err));
    const Run recycled =
        cli({u"stage"_s, u"1"_s, u"recycled"_s, u"--reason"_s, u"next budget year"_s}, db);
    QCOMPARE(recycled.exitCode, 0);
    QCOMPARE(show(1, db)[u"recycle_reason"_s].toString(), u"next budget year"_s);
    QVERIFY(show(1, db)[u"closed_at"_s].isNull());
}

void TestCliScoring::touchAndTimeline()
{
    const QString db = freshDb(u"touch"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=Hopper"_s, u"industry=Software"_s}, db).exitCode, 0);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 15); // target industry

    const QString twoHoursAgo =
        QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate);
    const Run call =
        cli({u"touch"_s, u"1"_s, u"call"_s, u"--outcome"_s, u"connected"_s, u"--note"_s, u"Intro"_s,
                u"--channel"_s, u"Phone"_s, u"--at"_s, twoHoursAgo},
            db);
    QCOMPARE(call.exitCode, 0);
    // "Spoke on the phone" +5 (two hours of a 30-day half-life leave 4.99).
    QCOMPARE(call.out,
        u"Logged call #1 on lead 1 at %1. Score 20 (engagement 5), stage New.\n"_s.arg(
            twoHoursAgo));
    const Run demo = cli({u"touch"_s, u"1"_s, u"Demo_Request"_s}, db);
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.startsWith(u"Logged demo_request #2 on lead 1 at "_s), qPrintable(demo.out));
    QVERIFY2(
        demo.out.endsWith(u". Score 50 (engagement 35), stage New.\n"_s), qPrintable(demo.out));
    QCOMPARE(cli({u"stage"_s, u"1"_s, u"contacted"_s, u"--reason"_s, u"spoke"_s}, db).exitCode, 0);
    const Run note = cli({u"touch"_s, u"1"_s, u"note"_s, u"--note"_s, u"send the deck"_s}, db);
    QCOMPARE(note.exitCode, 0);
    QVERIFY2(
        note.out.endsWith(u"Score 50 (engagement 35), stage Contacted.\n"_s), qPrintable(note.out));

    const QJsonObject lead = show(1, db);
    QCOMPARE(QDateTime::fromString(lead[u"first_contacted_at"_s].toString(), Qt::ISODateWithMs),
        QDateTime::fromString(twoHoursAgo, Qt::ISODate));
    QCOMPARE(lead[u"version"_s].toInt(), 2); // touchpoints do not make versions

    const Run timeline = cli({u"timeline"_s, u"1"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(timeline.exitCode, 0);
    const QJsonArray entries = json(timeline).array();
    QStringList lines;
    QString previous;
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        QCOMPARE(
            object.keys(), (QStringList {u"at"_s, u"by"_s, u"detail"_s, u"kind"_s, u"what"_s}));
        lines << QStringList {object[u"kind"_s].toString(), object[u"what"_s].toString(),
            object[u"detail"_s].toString(), object[u"by"_s].toString()}
                     .join(u" | "_s);
        const QString at = object[u"at"_s].toString();
        QVERIFY2(QDateTime::fromString(at, Qt::ISODate).isValid(), qPrintable(at));
        QVERIFY2(previous <= at, qPrintable(previous + u" > "_s + at));
        previous = at;
    }
    QCOMPARE(lines,
        (QStringList {u"touchpoint | Call: connected | Phone; Intro | tester"_s,
            u"created | Lead created |  | tester"_s, u"stage | Stage New |  | tester"_s,
            u"touchpoint | Demo request |  | tester"_s,
            u"stage | Stage New → Contacted | spoke | tester"_s,
            u"touchpoint | Note | send the deck | tester"_s}));
    QCOMPARE(entries[0][u"at"_s].toString(), twoHoursAgo);

    const Run table = cli({u"timeline"_s, u"1"_s}, db);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(u"at"_s));
    QVERIFY(table.out.contains(u"Demo request"_s));
    QCOMPARE(table.out.count(u'\n'), 2 + 6);
}

void TestCliScoring::touchFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown lead") << QStringList {u"touch"_s, u"99"_s, u"call"_s} << 1
                                  << u"no lead 99"_s;
    QTest::newRow("unknown campaign") << QStringList {u"touch"_s, u"1"_s, u"call"_s,
        u"--campaign"_s, u"7"_s} << 1 << u"no campaign 7"_s;
    QTest::newRow("timeline of an unknown lead")
        << QStringList {u"timeline"_s, u"99"_s} << 1 << u"no lead 99"_s;
    QTest::newRow("type with a hyphen")
        << QStringList {u"touch"_s, u"1"_s, u"demo-request"_s} << 2 << u"demo-request"_s;
    QTest::newRow("tomorrow and a half") << QStringList {u"touch"_s, u"1"_s, u"meeting"_s,
        u"--at"_s, QDateTime::currentDateTimeUtc().addSecs(36 * 3600).toString(Qt::ISODate)}
                                         << 2 << u"future"_s;
}

void TestCliScoring::touchFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString before = snapshot(1, m_usageDb);
    const Run run = cli(arguments, m_usageDb);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(snapshot(1, m_usageDb), before);
    QVERIFY(show(1, m_usageDb)[u"first_contacted_at"_s].isNull());
}

void TestCliScoring::rulesListHasTheShippedRules()
{
    const QJsonArray list = rules(m_usageDb);
    QCOMPARE(list.size(), 22);
    QHash<QString, QJsonObject> byName;
    QStringList kinds;
    QSet<int> ids;
    for (const QJsonValue &value : list) {
        const QJsonObject rule = value.toObject();
        byName.insert(rule[u"name"_s].toString(), rule);
        kinds << rule[u"kind"_s].toString();
        ids.insert(rule[u"id"_s].toInt());
        QVERIFY(rule[u"enabled"_s].toBool());
    }
    QCOMPARE(ids.size(), 22);
    // Fit rules first, then engagement.
    QCOMPARE(kinds.count(u"fit"_s), 9);
    QCOMPARE(kinds.lastIndexOf(u"fit"_s), 8);

    const QJsonObject industry = byName.value(u"Target industry"_s);
    QCOMPARE(industry[u"attribute"_s].toString(), u"industry"_s);
    QCOMPARE(industry[u"operator"_s].toString(), u"in"_s);
    QCOMPARE(industry[u"points"_s].toInt(), 15);
    QCOMPARE(industry[u"values"_s].toArray().size(), 5);
    QCOMPARE(industry[u"values"_s][0].toString(), u"Software"_s);

    const QJsonObject size = byName.value(u"Company of 51 to 1,000 people"_s);
    QCOMPARE(size[u"operator"_s].toString(), u"range"_s);
    QCOMPARE(size[u"min"_s].toInt(), 51);
    QCOMPARE(size[u"max"_s].toInt(), 1000);

    const QJsonObject student = byName.value(u"Un-ideal: students, interns, job seekers"_s);
    QCOMPARE(student[u"operator"_s].toString(), u"matches"_s);
    QCOMPARE(student[u"points"_s].toInt(), -30);

    const QJsonObject demo = byName.value(u"Asked for a demo"_s);
    QCOMPARE(demo[u"kind"_s].toString(), u"engagement"_s);
    QCOMPARE(demo[u"attribute"_s].toString(), u"type"_s);
    QCOMPARE(demo[u"values"_s].toArray(), QJsonArray {u"demo_request"_s});
    QCOMPARE(demo[u"points"_s].toInt(), 30);
    QCOMPARE(demo[u"cap"_s].toInt(), 30);
    QCOMPARE(demo[u"half_life_days"_s].toDouble(), 60.0);

    const QJsonObject unsubscribed = byName.value(u"Unsubscribed"_s);
    QCOMPARE(unsubscribed[u"points"_s].toInt(), -30);
    QVERIFY(!unsubscribed.contains(u"half_life_days"_s)); // never fades

    const QJsonObject tradeShow = byName.value(u"Met at a trade show"_s);
    QCOMPARE(tradeShow[u"attribute"_s].toString(), u"channel"_s);

    const Run table = cli({u"rules"_s}, m_usageDb); // list is the default
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), 2 + 22);
    QVERIFY(table.out.contains(u"type is one of demo_request"_s));
}

void TestCliScoring::rulesAddRejectsBadDefinitions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const auto fit = [](const QStringList &more) {
        return QStringList {u"--kind"_s, u"fit"_s, u"--name"_s, u"Bad"_s, u"--points"_s, u"5"_s}
        + more;
    };
    QTest::newRow("no name") << QStringList {u"--kind"_s, u"fit"_s, u"--attribute"_s, u"industry"_s,
        u"--values"_s, u"Retail"_s, u"--points"_s, u"5"_s}
                             << u"needs a name"_s;
    QTest::newRow("no points") << QStringList {u"--kind"_s, u"fit"_s, u"--name"_s, u"Bad"_s,
        u"--attribute"_s, u"industry"_s, u"--values"_s, u"Retail"_s}
                               << u"--points"_s;
    QTest::newRow("zero points") << QStringList {u"--kind"_s, u"fit"_s, u"--name"_s, u"Bad"_s,
        u"--attribute"_s, u"industry"_s, u"--values"_s, u"Retail"_s, u"--points"_s, u"0"_s}
                                 << u"points must not be 0"_s;
    QTest::newRow("points out of range") << fit(
        {u"--attribute"_s, u"industry"_s, u"--values"_s, u"Retail"_s, u"--points"_s, u"5000"_s})
                                         << u"between -1000 and 1000"_s;
    QTest::newRow("unknown kind") << QStringList {u"--kind"_s, u"vibe"_s, u"--name"_s, u"Bad"_s,
        u"--attribute"_s, u"industry"_s, u"--values"_s, u"x"_s, u"--points"_s, u"5"_s}
                                  << u"--kind"_s;
    QTest::newRow("unknown operator")
        << fit({u"--attribute"_s, u"industry"_s, u"--operator"_s, u"like"_s}) << u"--operator"_s;
    QTest::newRow("unknown field")
        << fit({u"--attribute"_s, u"shoe_size"_s, u"--values"_s, u"42"_s}) << u"shoe_size"_s;
    QTest::newRow("is one of without values")
        << fit({u"--attribute"_s, u"industry"_s}) << u"at least one value"_s;
    QTest::newRow("is one of on a number")
        << fit({u"--attribute"_s, u"employee_count"_s, u"--values"_s, u"10"_s})
        << u"employee_count is a number"_s;
    QTest::newRow("range on text")
        << fit({u"--attribute"_s, u"industry"_s, u"--operator"_s, u"range"_s, u"--min"_s, u"1"_s})
        << u"industry is text"_s;
    QTest::newRow("minimum above maximum") << fit({u"--attribute"_s, u"employee_count"_s,
        u"--operator"_s, u"range"_s, u"--min"_s, u"500"_s, u"--max"_s, u"10"_s})
                                           << u"minimum (500) is above the maximum (10)"_s;
    QTest::newRow("at least without a minimum")
        << fit({u"--attribute"_s, u"employee_count"_s, u"--operator"_s, u"at_least"_s})
        << u"needs a minimum"_s;
    QTest::newRow("minimum not a number") << fit({u"--attribute"_s, u"employee_count"_s,
        u"--operator"_s, u"at_least"_s, u"--min"_s, u"lots"_s})
                                          << u"--min"_s;
    QTest::newRow("broken pattern") << fit(
        {u"--attribute"_s, u"title"_s, u"--operator"_s, u"matches"_s, u"--pattern"_s, u"(ceo"_s})
                                    << u"not a valid regular expression"_s;
    QTest::newRow("unknown country")
        << fit({u"--attribute"_s, u"country"_s, u"--values"_s, u"Atlantis"_s})
        << u"\"Atlantis\" is not a country"_s;
    QTest::newRow("cap on a fit rule")
        << fit({u"--attribute"_s, u"industry"_s, u"--values"_s, u"Retail"_s, u"--cap"_s, u"10"_s})
        << u"cap and half-life belong to engagement rules"_s;
    QTest::newRow("engagement on a lead field") << QStringList {u"--kind"_s, u"engagement"_s,
        u"--name"_s, u"Bad"_s, u"--attribute"_s, u"industry"_s, u"--values"_s, u"x"_s,
        u"--points"_s, u"5"_s} << u"type, channel or campaign, not \"industry\""_s;
    QTest::newRow("engagement without values") << QStringList {u"--kind"_s, u"engagement"_s,
        u"--name"_s, u"Bad"_s, u"--attribute"_s, u"type"_s, u"--points"_s, u"5"_s}
                                               << u"list of type values"_s;
    QTest::newRow("engagement half-life 0") << QStringList {u"--kind"_s, u"engagement"_s,
        u"--name"_s, u"Bad"_s, u"--attribute"_s, u"type"_s, u"--values"_s, u"webinar"_s,
        u"--points"_s, u"5"_s, u"--half-life"_s, u"0"_s}
                                            << u"half-life"_s;
    QTest::newRow("engagement cap not a number") << QStringList {u"--kind"_s, u"engagement"_s,
        u"--name"_s, u"Bad"_s, u"--attribute"_s, u"type"_s, u"--values"_s, u"webinar"_s,
        u"--points"_s, u"5"_s, u"--cap"_s, u"plenty"_s}
                                                 << u"--cap"_s;
    QTest::newRow("positional argument")
        << fit({u"--attribute"_s, u"industry"_s, u"--values"_s, u"Retail"_s, u"extra"_s})
        << u"options only"_s;
}

void TestCliScoring::rulesAddRejectsBadDefinitions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QJsonArray before = rules(m_usageDb);
    QCOMPARE(before.size(), 22);
    const Run run = cli(QStringList {u"rules"_s, u"add"_s} + options, m_usageDb);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(rules(m_usageDb), before);
}

void TestCliScoring::rulesAddDisableRemove()
{
    const QString db = freshDb(u"rules"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=Borg"_s, u"industry=Retail"_s}, db).exitCode, 0);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 0);

    const Run add = cli(
        {u"rules"_s, u"add"_s, u"--kind"_s, u"fit"_s, u"--name"_s, u"Retail"_s, u"--attribute"_s,
            u"industry"_s, u"--values"_s, u"Retail, Grocery"_s, u"--points"_s, u"25"_s},
        db);
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.startsWith(
                 u"Added rule 23: Retail (industry is one of Retail, Grocery, 25 points).\n"
                 "Rescored 1 leads from all 0 touchpoints in "_s),
        qPrintable(add.out));
    QVERIFY2(add.out.endsWith(u" s: 1 changed, 0 moved to MQL.\n"_s), qPrintable(add.out));
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 25);
    QJsonArray list = rules(db);
    QCOMPARE(list.size(), 23);
    QCOMPARE(list[8][u"name"_s].toString(), u"Un-ideal: schools and non-profits"_s);
    QCOMPARE(list[9][u"name"_s].toString(), u"Retail"_s); // with the fit rules
    QCOMPARE(list[9][u"id"_s].toInt(), 23);
    QCOMPARE(list[9][u"values"_s].toArray(), (QJsonArray {u"Retail"_s, u"Grocery"_s}));

    const Run disable = cli({u"rules"_s, u"disable"_s, u"23"_s}, db);
    QCOMPARE(disable.exitCode, 0);
    QVERIFY(disable.out.startsWith(u"Disabled rule 23.\n"_s));
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 0);
    QVERIFY(!rules(db)[9][u"enabled"_s].toBool());
    QCOMPARE(cli({u"rules"_s, u"enable"_s, u"23"_s}, db).exitCode, 0);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 25);

    const Run remove = cli({u"rules"_s, u"remove"_s, u"23"_s}, db);
    QCOMPARE(remove.exitCode, 0);
    QVERIFY(remove.out.startsWith(u"Removed rule 23.\n"_s));
    QCOMPARE(rules(db).size(), 22);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 0);
    const Run again = cli({u"rules"_s, u"remove"_s, u"23"_s}, db);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"no scoring rule 23"_s), qPrintable(again.err));
}

void TestCliScoring::rulesExportImportRoundTrip()
{
    const QString db = freshDb(u"roundtrip"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=Knuth"_s, u"industry=Software"_s}, db).exitCode, 0);
    const QString file = m_dir.filePath(u"rules.json"_s);
    const Run exported = cli({u"rules"_s, u"export"_s, file}, db);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(u"Wrote 22 rule"_s), qPrintable(exported.out));
    QVERIFY2(exported.out.endsWith(u" to %1.\n"_s.arg(file)), qPrintable(exported.out));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray original = saved.readAll();
    saved.close();
    const QJsonObject document = QJsonDocument::fromJson(original).object();
    QCOMPARE(document[u"format"_s].toString(), u"leadflow-scoring-rules"_s);
    QCOMPARE(document[u"version"_s].toInt(), 1);
    QCOMPARE(document[u"rules"_s].toArray().size(), 22);
    QVERIFY(!document[u"rules"_s][0].toObject().contains(u"id"_s));
    // Standard output gives the same.
    const Run toStdout = cli({u"rules"_s, u"export"_s, u"-"_s}, db);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out.toUtf8(), original);

    // Change the rules: remove the industry rule, disable the demo rule, add one.
    QCOMPARE(cli({u"rules"_s, u"remove"_s, u"1"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"rules"_s, u"disable"_s, u"10"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"rules"_s, u"add"_s, u"--kind"_s, u"engagement"_s, u"--name"_s, u"Podcast"_s,
                     u"--attribute"_s, u"channel"_s, u"--values"_s, u"Podcast"_s, u"--points"_s,
                     u"4"_s, u"--cap"_s, u"8"_s, u"--half-life"_s, u"10.5"_s},
                 db)
                 .exitCode,
        0);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 0);
    const QByteArray changed = cli({u"rules"_s, u"export"_s, u"-"_s}, db).out.toUtf8();
    QVERIFY(changed != original);

    // Files that cannot be imported leave the rules as they are.
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    struct BadFile
    {
        QString path;
        int exitCode;
        QString message;
    };
    const QList<BadFile> badFiles {
        {m_dir.filePath(u"absent.json"_s), 1, u"Cannot read"_s},
        {write(u"text.json"_s, "rules: all of them"), 1, u"not a JSON object"_s},
        {write(u"other.json"_s, R"({"format": "something else", "rules": []})"), 1,
            u"not a Leadflow scoring rules file"_s},
        {write(
             u"newer.json"_s, R"({"format": "leadflow-scoring-rules", "version": 9, "rules": []})"),
            1, u"newer Leadflow"_s},
        {write(u"zero.json"_s,
             R"({"format": "leadflow-scoring-rules", "version": 1, "rules": [{"kind": "fit", "name": "A", "attribute": "industry", "operator": "in", "values": ["x"], "points": 5}, {"kind": "fit", "name": "Zero", "attribute": "industry", "operator": "in", "values": ["x"], "points": 0}]})"),
            2, u"Rule 2 of the file"_s},
    };
    for (const BadFile &bad : badFiles) {
        const Run run = cli({u"rules"_s, u"import"_s, bad.path}, db);
        QVERIFY2(run.exitCode == bad.exitCode, qPrintable(bad.path + u": "_s + run.err));
        QVERIFY2(run.err.contains(bad.message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(cli({u"rules"_s, u"export"_s, u"-"_s}, db).out.toUtf8(), changed);
    }

    // The export brings back every rule as it was, and rescores.
    const Run imported = cli({u"rules"_s, u"import"_s, file}, db);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.startsWith(u"Replaced the scoring rules with 22 rule"_s),
        qPrintable(imported.out));
    QVERIFY2(imported.out.contains(u" from %1.\nRescored 1 leads"_s.arg(file)),
        qPrintable(imported.out));
    QCOMPARE(cli({u"rules"_s, u"export"_s, u"-"_s}, db).out.toUtf8(), original);
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 15);
}

void TestCliScoring::rescoreOutput()
{
    const QString db = freshDb(u"rescore"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=One"_s, u"industry=Software"_s}, db).exitCode, 0); // 15
    QCOMPARE(cli({u"add"_s, u"last_name=Two"_s, u"title=CEO"_s}, db).exitCode, 0); // 20
    QCOMPARE(cli({u"add"_s, u"last_name=Three"_s}, db).exitCode, 0); // 0
    QCOMPARE(cli({u"touch"_s, u"3"_s, u"web_visit"_s}, db).exitCode, 0); // +1
    QCOMPARE(show(3, db)[u"score"_s].toInt(), 1);

    const Run add = cli(
        {u"rules"_s, u"add"_s, u"--kind"_s, u"fit"_s, u"--name"_s, u"Big fish"_s, u"--attribute"_s,
            u"industry"_s, u"--values"_s, u"software"_s, u"--points"_s, u"50"_s, u"--no-rescore"_s},
        db);
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.contains(u"Scores were left as they were"_s), qPrintable(add.out));
    QCOMPARE(show(1, db)[u"score"_s].toInt(), 15);

    // The first pass reads every touchpoint; later ones start from each lead's engagement state
    // and read only touchpoints added since.
    const QRegularExpression totals(u"^Rescored 3 leads from (all 1 touchpoints|their engagement "
                                    "and 0 new touchpoints) in \\d+\\.\\d\\d s: "
                                    "(\\d+) changed, (\\d+) moved to MQL\\.\\n$"_s);
    const Run all = cli({u"rescore"_s, u"--all"_s}, db);
    QCOMPARE(all.exitCode, 0);
    QRegularExpressionMatch match = totals.match(all.out);
    QVERIFY2(match.hasMatch(), qPrintable(all.out));
    QCOMPARE(match.captured(1), u"all 1 touchpoints"_s);
    QCOMPARE(match.captured(2), u"1"_s);
    QCOMPARE(match.captured(3), u"1"_s);
    const QJsonObject one = show(1, db);
    QCOMPARE(one[u"score"_s].toInt(), 65);
    QCOMPARE(one[u"grade"_s].toString(), u"A"_s);
    QCOMPARE(one[u"stage"_s].toString(), u"mql"_s); // 65 reaches the MQL threshold 60
    const QJsonArray history =
        json(cli({u"history"_s, u"1"_s, u"--format"_s, u"json"_s}, db)).array();
    QVERIFY2(history.last()[u"reason"_s].toString().contains(u"reached the MQL threshold 60"_s),
        qPrintable(history.last()[u"reason"_s].toString()));

    // Nothing left to change.
    const Run again = cli({u"rescore"_s, u"--all"_s}, db);
    match = totals.match(again.out);
    QVERIFY2(match.hasMatch(), qPrintable(again.out));
    QCOMPARE(match.captured(1), u"their engagement and 0 new touchpoints"_s);
    QCOMPARE(match.captured(2), u"0"_s);
    QCOMPARE(match.captured(3), u"0"_s);

    const Run some = cli({u"rescore"_s, u"2"_s, u"3"_s}, db);
    QCOMPARE(some.exitCode, 0);
    QCOMPARE(some.out,
        u"Lead 2: score 20 (fit 20, engagement 0), grade C.\n"
        "Lead 3: score 1 (fit 0, engagement 1), grade D.\n"_s);
    const Run missing = cli({u"rescore"_s, u"99"_s}, db);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no lead 99"_s));
}

void TestCliScoring::explainJson()
{
    const QString db = freshDb(u"explain"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=Lovelace"_s, u"industry=Software"_s, u"title=CEO"_s,
                     u"country=US"_s, u"phone=+1 415 555 0132"_s},
                 db)
                 .exitCode,
        0);
    QCOMPARE(cli({u"touch"_s, u"1"_s, u"demo_request"_s}, db).exitCode, 0);

    const Run run = cli({u"explain"_s, u"1"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject card = json(run).object();
    QCOMPARE(card[u"lead"_s].toInt(), 1);
    QCOMPARE(card[u"fit"_s].toInt(), 50); // 15 + 20 + 10 + 5
    QCOMPARE(card[u"engagement"_s].toInt(), 30);
    QCOMPARE(card[u"score"_s].toInt(), 80);
    QCOMPARE(card[u"stored_score"_s].toInt(), 80);
    QCOMPARE(card[u"grade"_s].toString(), u"A"_s);
    QVERIFY(QDateTime::fromString(card[u"at"_s].toString(), Qt::ISODate).isValid());

    QStringList fit;
    QJsonObject demo;
    for (const QJsonValue &value : card[u"rules"_s].toArray()) {
        const QJsonObject rule = value.toObject();
        if (rule[u"kind"_s].toString() == u"fit"_s) {
            fit << u"%1 +%2"_s.arg(rule[u"name"_s].toString()).arg(rule[u"counted"_s].toDouble());
        } else {
            QVERIFY(demo.isEmpty());
            demo = rule;
        }
    }
    QCOMPARE(fit,
        (QStringList {u"Target industry +15"_s, u"Decision maker +20"_s, u"Core market +10"_s,
            u"Reachable by phone +5"_s}));
    QCOMPARE(demo[u"name"_s].toString(), u"Asked for a demo"_s);
    QCOMPARE(demo[u"rule"_s].toInt(), 10);
    QCOMPARE(demo[u"condition"_s].toString(), u"type is one of demo_request"_s);
    QCOMPARE(demo[u"matches"_s].toInt(), 1);
    QCOMPARE(demo[u"points"_s].toDouble(), 30.0);
    QVERIFY(demo[u"counted"_s].toDouble() > 29.99 && demo[u"counted"_s].toDouble() <= 30.0);
    QCOMPARE(demo[u"cap"_s].toInt(), 30);
    QCOMPARE(demo[u"half_life_days"_s].toDouble(), 60.0);

    // A fresh base has no won or lost history: no prediction, and why.
    const QJsonObject predictive = card[u"predictive"_s].toObject();
    QCOMPARE(predictive[u"available"_s].toBool(true), false);
    QCOMPARE(predictive[u"won"_s].toInt(-1), 0);
    QCOMPARE(predictive[u"lost"_s].toInt(-1), 0);
    const QString reason = predictive[u"reason"_s].toString();
    QVERIFY2(
        reason.contains(u"Too little history"_s) && reason.contains(u"20"_s), qPrintable(reason));
    QVERIFY(!predictive.contains(u"probability_won"_s));

    const Run text = cli({u"explain"_s, u"1"_s}, db);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains(u"Score 80 = fit 50 + engagement 30; grade A."_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Decision maker"_s));
    QVERIFY(text.out.contains(reason));

    QCOMPARE(cli({u"explain"_s, u"99"_s}, db).exitCode, 1);
}

void TestCliScoring::buildBacktestFixture()
{
    if (!m_backtestDb.isEmpty())
        return;
    const QString db = freshDb(u"backtest"_s);
    const QString inPeriod = u"created_at="_s + day(m_today.addDays(-50));
    const QString touchDay = day(m_today.addDays(-45));
    const QStringList goodFit {
        u"industry=Software"_s, u"title=CEO"_s, u"phone=+1 415 555 0132"_s}; // fit 40
    struct Fixture
    {
        QStringList fields;
        bool demo;
    };
    const QList<Fixture> leads {
        {QStringList {u"last_name=A"_s, u"stage=won"_s, inPeriod} + goodFit, true}, // MQL, won
        {QStringList {u"last_name=B"_s, u"stage=lost"_s, inPeriod} + goodFit, false}, // 50, lost
        {QStringList {u"last_name=C"_s, u"stage=won"_s, inPeriod}, false}, // 0, won
        {QStringList {u"last_name=D"_s, u"stage=disqualified"_s, inPeriod} + goodFit,
            true}, // MQL, lost
        {QStringList {u"last_name=E"_s, inPeriod} + goodFit, true}, // MQL, open
        {QStringList {
             u"last_name=F"_s, u"stage=won"_s, u"created_at="_s + day(m_today.addDays(-10))}
                + goodFit,
            true}, // after the period
        {QStringList {u"last_name=G"_s, u"stage=won"_s, inPeriod} + goodFit, true}, // deleted
        {QStringList {u"last_name=H"_s, u"title=CEO"_s, u"stage=contacted"_s, inPeriod},
            false}, // 20, open
        {QStringList {
             u"last_name=I"_s, u"stage=won"_s, u"created_at="_s + day(m_today.addDays(-60))},
            false}, // the first day counts: 0, won
    };
    qint64 id = 0;
    for (const Fixture &lead : leads) {
        ++id;
        const Run add = cli(QStringList {u"add"_s} + lead.fields, db);
        if (add.exitCode != 0)
            qFatal("add failed: %s", qPrintable(add.err));
        if (lead.demo
            && cli({u"touch"_s, QString::number(id), u"demo_request"_s, u"--at"_s, touchDay}, db)
                    .exitCode
                != 0)
            qFatal("touch failed");
    }
    if (cli({u"delete"_s, u"7"_s}, db).exitCode != 0)
        qFatal("delete failed");
    m_backtestDb = db;
}

void TestCliScoring::backtestCounts_data()
{
    QTest::addColumn<int>("threshold");
    // leads, mql, mql_won, mql_lost, mql_open, below, below_won, below_lost, below_open
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<double>("mqlWinRate");
    QTest::addColumn<double>("belowWinRate");
    QTest::addColumn<double>("wonCaught");
    // A, D, E reach 70 with their demo request; B stays at its fit of 40, H at 20, C and I at 0.
    QTest::newRow("60") << 60 << QList<int> {7, 3, 1, 1, 1, 4, 2, 1, 1} << 0.5 << 2.0 / 3.0
                        << 1.0 / 3.0;
    QTest::newRow("40: B counts") << 40 << QList<int> {7, 4, 1, 2, 1, 3, 2, 0, 1} << 1.0 / 3.0
                                  << 1.0 << 1.0 / 3.0;
    QTest::newRow("70: exactly the peak")
        << 70 << QList<int> {7, 3, 1, 1, 1, 4, 2, 1, 1} << 0.5 << 2.0 / 3.0 << 1.0 / 3.0;
    QTest::newRow("71: nobody") << 71 << QList<int> {7, 0, 0, 0, 0, 7, 3, 2, 2} << -1.0 << 0.6
                                << 0.0;
}

void TestCliScoring::backtestCounts()
{
    QFETCH(int, threshold);
    QFETCH(QList<int>, counts);
    QFETCH(double, mqlWinRate);
    QFETCH(double, belowWinRate);
    QFETCH(double, wonCaught);
    buildBacktestFixture();
    const QString from = day(m_today.addDays(-60));
    const QString to = day(m_today.addDays(-30));
    const Run run = cli({u"backtest"_s, u"--threshold"_s, QString::number(threshold), u"--from"_s,
                            from, u"--to"_s, to, u"--format"_s, u"json"_s},
        m_backtestDb);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = json(run).object();
    QCOMPARE(result[u"threshold"_s].toInt(), threshold);
    QCOMPARE(result[u"from"_s].toString(), from + u"T00:00:00Z"_s);
    QCOMPARE(result[u"to"_s].toString(), to + u"T00:00:00Z"_s);
    const QStringList keys {u"leads"_s, u"mql"_s, u"mql_won"_s, u"mql_lost"_s, u"mql_open"_s,
        u"below"_s, u"below_won"_s, u"below_lost"_s, u"below_open"_s};
    QList<int> actual;
    for (const QString &key : keys)
        actual << result[key].toInt(-1);
    QCOMPARE(actual, counts);
    QVERIFY(qAbs(result[u"mql_win_rate"_s].toDouble() - mqlWinRate) < 1e-9);
    QVERIFY(qAbs(result[u"below_win_rate"_s].toDouble() - belowWinRate) < 1e-9);
    QVERIFY(qAbs(result[u"won_caught"_s].toDouble() - wonCaught) < 1e-9);

    const Run text = cli({u"backtest"_s, u"--threshold"_s, QString::number(threshold), u"--from"_s,
                             from, u"--to"_s, to},
        m_backtestDb);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Threshold %1 on leads created"_s.arg(threshold)),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(
                 u"would have become MQL:    %1 (won %2, lost %3, still open %4)"_s.arg(counts[1])
                     .arg(counts[2])
                     .arg(counts[3])
                     .arg(counts[4])),
        qPrintable(text.out));
}

void TestCliScoring::qualificationShowEditHistory()
{
    const QString db = freshDb(u"qualification"_s);
    const Run shown = cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject v1 = json(shown).object();
    QCOMPARE(v1[u"version"_s].toInt(), 1);
    QCOMPARE(v1[u"mql_threshold"_s].toInt(), 60);
    QCOMPARE(v1[u"auto_mql"_s].toBool(), true);
    QCOMPARE(
        v1[u"sql_requires"_s].toArray(), (QJsonArray {u"budget"_s, u"authority"_s, u"need"_s}));
    QCOMPARE(v1[u"grades"_s].toObject(), (QJsonObject {{u"A"_s, 50}, {u"B"_s, 30}, {u"C"_s, 10}}));
    QCOMPARE(v1[u"lost_reasons"_s].toArray(),
        (QJsonArray {u"Chose a competitor"_s, u"No budget"_s, u"No decision"_s, u"Bad timing"_s,
            u"Price"_s, u"Went silent"_s}));
    QCOMPARE(v1[u"disqualify_reasons"_s].toArray().size(), 6);
    QVERIFY(v1[u"ideal_profile"_s].toString().contains(u"51 to 1,000 employees"_s));

    const Run text = cli({u"qualification"_s}, db); // show is the default
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"MQL: score of 60 or more"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"SQL required: budget, authority, need."_s));

    const auto history = [&] {
        return json(cli({u"qualification"_s, u"history"_s, u"--format"_s, u"json"_s}, db)).array();
    };
    QJsonArray versions = history();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0][u"version"_s].toString(), u"1"_s);
    QCOMPARE(versions[0][u"by"_s].toString(), u"Leadflow"_s);
    QCOMPARE(versions[0][u"mql_threshold"_s].toString(), u"60"_s);

    QCOMPARE(cli({u"add"_s, u"last_name=Lamarr"_s, u"stage=contacted"_s}, db).exitCode, 0);
    const Run edit = cli({u"qualification"_s, u"edit"_s, u"--mql-threshold"_s, u"70"_s}, db);
    QCOMPARE(edit.exitCode, 0);
    QVERIFY2(edit.out.startsWith(u"Saved the qualification definition as version 2.\n"
                                 "Rescored 1 leads"_s),
        qPrintable(edit.out));
    versions = history();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0][u"version"_s].toString(), u"2"_s); // newest first
    QCOMPARE(versions[0][u"mql_threshold"_s].toString(), u"70"_s);
    QCOMPARE(versions[0][u"by"_s].toString(), u"tester"_s);
    QVERIFY(QDateTime::fromString(versions[0][u"at"_s].toString(), Qt::ISODate).isValid());
    QCOMPARE(versions[1][u"version"_s].toString(), u"1"_s);

    QJsonObject v2 =
        json(cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, db)).object();
    QCOMPARE(v2[u"version"_s].toInt(), 2);
    QCOMPARE(v2[u"mql_threshold"_s].toInt(), 70);
    // Everything else as it was.
    v2.remove(u"version"_s);
    v2.remove(u"mql_threshold"_s);
    QJsonObject rest = v1;
    rest.remove(u"version"_s);
    rest.remove(u"mql_threshold"_s);
    QCOMPARE(v2, rest);
    const QJsonObject old = json(
        cli({u"qualification"_s, u"show"_s, u"--version"_s, u"1"_s, u"--format"_s, u"json"_s}, db))
                                .object();
    QCOMPARE(old[u"mql_threshold"_s].toInt(), 60);
    QCOMPARE(cli({u"qualification"_s, u"show"_s, u"--version"_s, u"9"_s}, db).exitCode, 1);

    // The same value again is no new version.
    const Run same = cli({u"qualification"_s, u"edit"_s, u"--mql-threshold"_s, u"70"_s}, db);
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(same.out, u"Nothing changed; the definition stays at version 2.\n"_s);
    QCOMPARE(history().size(), 2);

    // A whole definition from a file, as show writes it.
    const QString file = m_dir.filePath(u"definition.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QJsonObject edited = v1;
    edited.insert(u"notes"_s, u"Reviewed in the quarterly meeting."_s);
    out.write(QJsonDocument(edited).toJson());
    out.close();
    const Run fromFile = cli({u"qualification"_s, u"edit"_s, u"--file"_s, file}, db);
    QCOMPARE(fromFile.exitCode, 0);
    QVERIFY(fromFile.out.startsWith(u"Saved the qualification definition as version 3.\n"_s));
    const QJsonObject v3 =
        json(cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, db)).object();
    QCOMPARE(v3[u"notes"_s].toString(), u"Reviewed in the quarterly meeting."_s);
    QCOMPARE(v3[u"mql_threshold"_s].toInt(), 60); // the file's
}

void TestCliScoring::qualificationRejectsBadEdits_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("threshold 0") << QStringList {u"--mql-threshold"_s, u"0"_s} << 2
                                 << u"between 1 and 1000, not 0"_s;
    QTest::newRow("threshold not a number")
        << QStringList {u"--mql-threshold"_s, u"sixty"_s} << 2 << u"--mql-threshold"_s;
    QTest::newRow("grades upside down")
        << QStringList {u"--grades"_s, u"10,30,50"_s} << 2 << u"fall from A to C"_s;
    QTest::newRow("two grades") << QStringList {u"--grades"_s, u"50,30"_s} << 2 << u"--grades"_s;
    QTest::newRow("auto-mql maybe")
        << QStringList {u"--auto-mql"_s, u"maybe"_s} << 2 << u"--auto-mql"_s;
    QTest::newRow("unknown BANT item") << QStringList {u"--sql-requires"_s, u"budget,money"_s} << 2
                                       << u"\"money\" is not a BANT item"_s;
    QTest::newRow("no lost reasons")
        << QStringList {u"--lost-reasons"_s, u" ; "_s} << 2 << u"at least one reason"_s;
    QTest::newRow("no disqualification reasons")
        << QStringList {u"--disqualify-reasons"_s, u""_s} << 2 << u"disqualified for"_s;
    QTest::newRow("missing file") << QStringList {u"--file"_s, u"/nonexistent/definition.json"_s}
                                  << 1 << u"Cannot read"_s;
    QTest::newRow("file is not JSON")
        << QStringList {u"--file"_s, u"@text"_s} << 1 << u"not a JSON object"_s;
    QTest::newRow("file with an unknown key")
        << QStringList {u"--file"_s, u"@colour"_s} << 2 << u"\"colour\" is not part of"_s;
}

void TestCliScoring::qualificationRejectsBadEdits()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (m_qualificationDb.isEmpty())
        m_qualificationDb = freshDb(u"bad-edits"_s);
    for (QString &option : options) {
        if (option == u"@text"_s || option == u"@colour"_s) {
            const QString path = m_dir.filePath(option.mid(1) + u".json"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(option == u"@text"_s ? "mql_threshold = 70" : R"({"colour": "red"})");
            option = path;
        }
    }
    const QString before =
        cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, m_qualificationDb).out;
    QVERIFY(before.contains(u"\"version\": 1"_s));
    const Run run = cli(QStringList {u"qualification"_s, u"edit"_s} + options, m_qualificationDb);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // No new version.
    QCOMPARE(
        json(cli({u"qualification"_s, u"history"_s, u"--format"_s, u"json"_s}, m_qualificationDb))
            .array()
            .size(),
        1);
    QCOMPARE(cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, m_qualificationDb).out,
        before);
}

void TestCliScoring::qualificationEditChangesTheRules()
{
    const QString db = freshDb(u"reasons"_s);
    QCOMPARE(cli({u"add"_s, u"last_name=Lin"_s, u"stage=opportunity"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"add"_s, u"last_name=Wu"_s}, db).exitCode, 0);
    const Run edit = cli({u"qualification"_s, u"edit"_s, u"--lost-reasons"_s,
                             u"Acquired; Price ;price"_s, u"--sql-requires"_s, u""_s},
        db);
    QCOMPARE(edit.exitCode, 0);
    const QJsonObject v2 =
        json(cli({u"qualification"_s, u"show"_s, u"--format"_s, u"json"_s}, db)).object();
    QCOMPARE(v2[u"version"_s].toInt(), 2);
    QCOMPARE(v2[u"lost_reasons"_s].toArray(), (QJsonArray {u"Acquired"_s, u"Price"_s}));
    QCOMPARE(v2[u"sql_requires"_s].toArray(), QJsonArray());

    // The new list decides.
    const Run old = cli({u"stage"_s, u"1"_s, u"lost"_s, u"--reason"_s, u"No budget"_s}, db);
    QCOMPARE(old.exitCode, 2);
    QVERIFY2(old.err.contains(u"Acquired; Price"_s), qPrintable(old.err));
    QCOMPARE(cli({u"stage"_s, u"1"_s, u"lost"_s, u"--reason"_s, u"ACQUIRED"_s}, db).exitCode, 0);
    QCOMPARE(show(1, db)[u"lost_reason"_s].toString(), u"Acquired"_s);
    // SQL needs no BANT item now.
    const Run sql = cli({u"stage"_s, u"2"_s, u"sql"_s}, db);
    QCOMPARE(sql.exitCode, 0);
    QCOMPARE(show(2, db)[u"stage"_s].toString(), u"sql"_s);
}

void TestCliScoring::listSortsByScore()
{
    const QString db = freshDb(u"sort"_s);
    const QList<QStringList> leads {
        {u"last_name=Software"_s, u"industry=Software"_s}, // 15
        {u"last_name=Chief"_s, u"title=CEO"_s}, // 20
        {u"last_name=Plain"_s}, // 0
        {u"last_name=Both"_s, u"industry=Software"_s, u"title=CEO"_s}, // 35
        {u"last_name=Student"_s, u"title=Student"_s}, // -30
    };
    for (const QStringList &fields : leads)
        QCOMPARE(cli(QStringList {u"add"_s} + fields, db).exitCode, 0);
    QCOMPARE(cli({u"touch"_s, u"3"_s, u"pricing_page_visit"_s}, db).exitCode, 0); // 10

    const auto order = [&](const QString &sort) {
        const Run run = cli({u"list"_s, u"--sort"_s, sort, u"--format"_s, u"json"_s}, db);
        QStringList out;
        for (const QJsonValue &lead : json(run).array())
            out << u"%1:%2"_s.arg(lead[u"last_name"_s].toString()).arg(lead[u"score"_s].toInt());
        return out;
    };
    QCOMPARE(order(u"-score"_s),
        (QStringList {
            u"Both:35"_s, u"Chief:20"_s, u"Software:15"_s, u"Plain:10"_s, u"Student:-30"_s}));
    QCOMPARE(order(u"score"_s),
        (QStringList {
            u"Student:-30"_s, u"Plain:10"_s, u"Software:15"_s, u"Chief:20"_s, u"Both:35"_s}));
}

QTEST_GUILESS_MAIN(TestCliScoring)
#include "tst_cli_scoring.moc"
