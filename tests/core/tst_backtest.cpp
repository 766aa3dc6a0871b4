#include "leads/leadservice.h"
#include "scoring/backtest.h"
#include "scoring/scoringrule.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

qint64 ms(int year, int month, int day, int hour = 0)
{
    return utc(year, month, day, hour).toMSecsSinceEpoch();
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!document.isObject())
        qFatal("bad JSON in test data: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void counts_data();
    void counts();
    void ratesAndText();
    void writesNothing();
    void sameInstantTouchpointsCountTogether_data();
    void sameInstantTouchpointsCountTogether();
    void periodInOtherTimeZone();
    void emptyPeriod();
    void invalidInput_data();
    void invalidInput();

private:
    qint64 addLead(const QString &name, qint64 createdAt, const QString &title = {});
    void setStage(qint64 id, const QString &stage);
    void addHistory(qint64 id, const QString &to, qint64 at);
    void addTouch(qint64 id, const QString &type, qint64 at);
    void exec(const QString &sql, const QVariantList &values = {});
    void buildFixture();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBacktest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBacktest::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"backtest-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestBacktest::cleanup()
{
    m_db.reset();
}

void TestBacktest::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(databaseError(query, {}).toString()));
}

qint64 TestBacktest::addLead(const QString &name, qint64 createdAt, const QString &title)
{
    LeadChanges fields {{LeadField::LastName, name},
        {LeadField::CreatedAt,
            QDateTime::fromMSecsSinceEpoch(createdAt, QTimeZone::utc())
                .toString(Qt::ISODateWithMs)}};
    if (!title.isEmpty())
        fields.append({LeadField::Title, title});
    auto lead = LeadService(m_db->connection()).create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    if (lead->integer(LeadField::CreatedAt) != createdAt)
        qFatal("created_at not kept");
    return lead->id();
}

void TestBacktest::setStage(qint64 id, const QString &stage)
{
    exec(u"UPDATE leads SET stage = ? WHERE id = ?"_s, {stage, id});
}

void TestBacktest::addHistory(qint64 id, const QString &to, qint64 at)
{
    exec(u"INSERT INTO stage_history (lead_id, to_stage, at) VALUES (?, ?, ?)"_s, {id, to, at});
}

void TestBacktest::addTouch(qint64 id, const QString &type, qint64 at)
{
    exec(u"INSERT INTO touchpoints (lead_id, type, occurred_at, created_at) VALUES (?, ?, ?, 0)"_s,
        {id, type, at});
}

/// Rules: "Boss" (title contains director) 40 fit points; "Demo" 30 points, "Visit" 10 points,
/// both with a 10-day half-life and no cap. The period is 2025-01-01 to 2025-04-01 (exclusive).
///
/// Each lead's peak score (fit at creation, then fit + engagement right after each touchpoint)
/// and how it ended, worked out by hand:
///   L1  director, demo                  40 → 70                     peak 70  won (stage)
///   L2  no fit, demo, demo 10 days on   30 → 30·½ + 30 = 45         peak 45  won (history only;
///                                                                             now nurturing)
///   L3  director, demo 4 days later     40 → 70 (only after it)     peak 70  lost (stage)
///   L4  director, visits 20 days apart  40 → 50 → 10·¼ + 10 = 12.5 → 13 → 53
///                                       → 12.5·¼ + 10 = 13.125 → 53       peak 53  disqualified
///       (without decay it would reach 40 + 30 = 70)                                (stage)
///   L5  no fit, no touchpoints          0                           peak 0   open (contacted)
///   L6  director, demo                  70                          peak 70  open (sql)
///   L7  director, two visits at once    40 → 50 → 60                peak 60  lost (history
///                                                                             only; nurturing)
///   L10 created exactly at the start    0                           peak 0   lost (stage)
///   L12 no fit                          0                           peak 0   won (stage; an
///                                                                             earlier loss in
///                                                                             history)
/// Outside the cohort: L8 created 1 ms before the start, L9 created exactly at the (exclusive)
/// end, L11 deleted; all three are directors with a demo (70) and won, so they would change every
/// count if they leaked in. The cohort has 9 leads.
void TestBacktest::buildFixture()
{
    QJsonArray rules {parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                          "operator": "matches", "pattern": "director", "points": 40})"),
        parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
            "values": ["demo_request"], "points": 30, "half_life_days": 10})"),
        parse(R"({"kind": "engagement", "name": "Visit", "attribute": "type",
            "values": ["web_visit"], "points": 10, "half_life_days": 10})")};
    auto imported = ScoringRuleStore(m_db->connection())
                        .importJson(QJsonObject {{u"format"_s, u"leadflow-scoring-rules"_s},
                            {u"version"_s, 1}, {u"rules"_s, rules}});
    QVERIFY(imported);

    const QString director = u"Director of IT"_s;
    const qint64 l1 = addLead(u"L1"_s, ms(2025, 1, 10), director);
    addTouch(l1, u"demo_request"_s, ms(2025, 1, 20));
    setStage(l1, u"won"_s);

    const qint64 l2 = addLead(u"L2"_s, ms(2025, 2, 1));
    addTouch(l2, u"demo_request"_s, ms(2025, 2, 2));
    addTouch(l2, u"demo_request"_s, ms(2025, 2, 12));
    addHistory(l2, u"won"_s, ms(2025, 3, 1));
    setStage(l2, u"nurturing"_s);

    const qint64 l3 = addLead(u"L3"_s, ms(2025, 3, 1), director);
    addTouch(l3, u"demo_request"_s, ms(2025, 3, 5));
    setStage(l3, u"lost"_s);

    const qint64 l4 = addLead(u"L4"_s, ms(2025, 1, 5), director);
    addTouch(l4, u"web_visit"_s, ms(2025, 1, 6));
    addTouch(l4, u"web_visit"_s, ms(2025, 1, 26));
    addTouch(l4, u"web_visit"_s, ms(2025, 2, 15));
    setStage(l4, u"disqualified"_s);

    const qint64 l5 = addLead(u"L5"_s, ms(2025, 2, 20));
    setStage(l5, u"contacted"_s);

    const qint64 l6 = addLead(u"L6"_s, ms(2025, 3, 31, 23), director);
    addTouch(l6, u"demo_request"_s, ms(2025, 4, 10)); // after the period: still counts
    setStage(l6, u"sql"_s);

    const qint64 l7 = addLead(u"L7"_s, ms(2025, 2, 10), director);
    addTouch(l7, u"web_visit"_s, ms(2025, 2, 11, 9));
    addTouch(l7, u"web_visit"_s, ms(2025, 2, 11, 9));
    addHistory(l7, u"lost"_s, ms(2025, 3, 1));
    setStage(l7, u"nurturing"_s);

    const qint64 l8 = addLead(u"L8"_s, ms(2025, 1, 1) - 1, director);
    addTouch(l8, u"demo_request"_s, ms(2025, 1, 2));
    setStage(l8, u"won"_s);

    const qint64 l9 = addLead(u"L9"_s, ms(2025, 4, 1), director);
    addTouch(l9, u"demo_request"_s, ms(2025, 4, 2));
    setStage(l9, u"won"_s);

    const qint64 l10 = addLead(u"L10"_s, ms(2025, 1, 1));
    setStage(l10, u"lost"_s);

    const qint64 l11 = addLead(u"L11"_s, ms(2025, 2, 1), director);
    addTouch(l11, u"demo_request"_s, ms(2025, 2, 2));
    setStage(l11, u"won"_s);
    QVERIFY(LeadService(m_db->connection()).remove(l11));

    const qint64 l12 = addLead(u"L12"_s, ms(2025, 3, 15));
    addHistory(l12, u"lost"_s, ms(2025, 3, 20));
    addHistory(l12, u"won"_s, ms(2025, 3, 25));
    setStage(l12, u"won"_s);

    // Touchpoints of the leads outside the cohort sit between the cohort's in id order.
    addTouch(l8, u"web_visit"_s, ms(2025, 1, 3));
    addTouch(l9, u"web_visit"_s, ms(2025, 4, 3));
    Q_UNUSED(l5);
    Q_UNUSED(l10);
}

void TestBacktest::counts_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<qint64>("mql");
    QTest::addColumn<qint64>("mqlWon");
    QTest::addColumn<qint64>("mqlLost");
    QTest::addColumn<qint64>("belowWon");
    QTest::addColumn<qint64>("belowLost");

    // Peaks: L1 70 won, L2 45 won, L3 70 lost, L4 53 lost, L5 0 open, L6 70 open, L7 60 lost,
    // L10 0 lost, L12 0 won.
    QTest::newRow("60: L1 L3 L6 L7")
        << 60 << qint64(4) << qint64(1) << qint64(2) << qint64(2) << qint64(2);
    QTest::newRow("61: L7 drops out")
        << 61 << qint64(3) << qint64(1) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("70: the demos only")
        << 70 << qint64(3) << qint64(1) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("71: nobody") << 71 << qint64(0) << qint64(0) << qint64(0) << qint64(3)
                                << qint64(4);
    QTest::newRow("54: decayed L4 stays below")
        << 54 << qint64(4) << qint64(1) << qint64(2) << qint64(2) << qint64(2);
    QTest::newRow("53: L4 reaches it")
        << 53 << qint64(5) << qint64(1) << qint64(3) << qint64(2) << qint64(1);
    QTest::newRow("46: L2 short by one")
        << 46 << qint64(5) << qint64(1) << qint64(3) << qint64(2) << qint64(1);
    QTest::newRow("45: L2 reaches it")
        << 45 << qint64(6) << qint64(2) << qint64(3) << qint64(1) << qint64(1);
    QTest::newRow("40: fit alone at creation")
        << 40 << qint64(6) << qint64(2) << qint64(3) << qint64(1) << qint64(1);
    QTest::newRow("1: everyone with a point")
        << 1 << qint64(6) << qint64(2) << qint64(3) << qint64(1) << qint64(1);
}

void TestBacktest::counts()
{
    QFETCH(int, threshold);
    QFETCH(qint64, mql);
    QFETCH(qint64, mqlWon);
    QFETCH(qint64, mqlLost);
    QFETCH(qint64, belowWon);
    QFETCH(qint64, belowLost);
    buildFixture();

    auto result = Backtest(m_db->connection()).run(threshold, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->threshold, threshold);
    QCOMPARE(result->from, utc(2025, 1, 1));
    QCOMPARE(result->to, utc(2025, 4, 1));
    QCOMPARE(result->leads, 9);
    QCOMPARE(result->mql, mql);
    QCOMPARE(result->mqlWon, mqlWon);
    QCOMPARE(result->mqlLost, mqlLost);
    QCOMPARE(result->belowWon, belowWon);
    QCOMPARE(result->belowLost, belowLost);
    // Open: L5 and L6 in every row; L6 (70) is MQL up to threshold 70.
    QCOMPARE(result->mqlOpen() + result->belowOpen(), 2);
    QCOMPARE(result->mqlOpen(), threshold <= 70 ? 1 : 0);
    QCOMPARE(result->below(), 9 - mql);
    // Won: L1, L2, L12 (three); lost or disqualified: L3, L4, L7, L10 (four).
    QCOMPARE(result->mqlWon + result->belowWon, 3);
    QCOMPARE(result->mqlLost + result->belowLost, 4);
}

void TestBacktest::ratesAndText()
{
    buildFixture();
    auto result = Backtest(m_db->connection()).run(60, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY(result);
    // MQLs: 1 won, 2 lost → 1/3; the rest: 2 won, 2 lost → 1/2; wins caught: 1 of 3.
    QCOMPARE(result->mqlWinRate(), 1.0 / 3.0);
    QCOMPARE(result->belowWinRate(), 0.5);
    QCOMPARE(result->wonCaught(), 1.0 / 3.0);

    const QString text = result->toText();
    QVERIFY2(text.contains(u"Threshold 60 on leads created 2025-01-01T00:00:00Z to "
                           "2025-04-01T00:00:00Z"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"leads in the period:      9"_s), qPrintable(text));
    QVERIFY2(text.contains(u"would have become MQL:    4 (won 1, lost 2, still open 1)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"stayed below:             5 (won 2, lost 2, still open 1)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"win rate of MQLs:         33.3 %"_s), qPrintable(text));
    QVERIFY2(text.contains(u"win rate of the rest:     50.0 %"_s), qPrintable(text));
    QVERIFY2(text.contains(u"wins the threshold caught: 33.3 %"_s), qPrintable(text));

    // Nothing closed among MQLs at 71: n/a rather than a division by zero.
    auto none = Backtest(m_db->connection()).run(71, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY(none);
    QCOMPARE(none->mqlWinRate(), -1.0);
    QCOMPARE(none->wonCaught(), 0.0);
    QVERIFY(none->toText().contains(u"win rate of MQLs:         n/a"_s));
}

void TestBacktest::writesNothing()
{
    buildFixture();
    const auto snapshot = [this] {
        QSqlQuery query(m_db->connection());
        QStringList rows;
        for (const QString &table :
            {u"leads"_s, u"stage_history"_s, u"audit_log"_s, u"touchpoints"_s, u"settings"_s}) {
            if (!query.exec(u"SELECT * FROM %1"_s.arg(table)))
                qFatal("cannot read %s", qPrintable(table));
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i).toString();
                rows << table + u':' + row.join(u'|');
            }
        }
        return rows;
    };
    const QStringList before = snapshot();
    QVERIFY(Backtest(m_db->connection()).run(30, utc(2025, 1, 1), utc(2025, 4, 1)));
    QCOMPARE(snapshot(), before);
}

void TestBacktest::sameInstantTouchpointsCountTogether_data()
{
    QTest::addColumn<bool>("demoFirst"); // storage order of the two touchpoints

    QTest::newRow("demo stored first") << true;
    QTest::newRow("unsubscribe stored first") << false;
}

void TestBacktest::sameInstantTouchpointsCountTogether()
{
    QFETCH(bool, demoFirst);
    // A demo request and an unsubscribe at the same moment (an import with dates only): at no
    // moment was the lead at 40 + 30 = 70; it went from 40 to 40 + 30 - 30 = 40.
    QJsonArray rules {parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                          "operator": "matches", "pattern": "director", "points": 40})"),
        parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
            "values": ["demo_request"], "points": 30})"),
        parse(R"({"kind": "engagement", "name": "Unsubscribed", "attribute": "type",
            "values": ["unsubscribe"], "points": -30})"),
        parse(R"({"kind": "engagement", "name": "Visit", "attribute": "type",
            "values": ["web_visit"], "points": 25})")};
    QVERIFY(ScoringRuleStore(m_db->connection())
                .importJson(QJsonObject {{u"format"_s, u"leadflow-scoring-rules"_s},
                    {u"version"_s, 1}, {u"rules"_s, rules}}));
    const qint64 lead = addLead(u"Same day"_s, ms(2025, 2, 1), u"Director"_s);
    for (const QString &type : demoFirst ? QStringList {u"demo_request"_s, u"unsubscribe"_s}
                                         : QStringList {u"unsubscribe"_s, u"demo_request"_s})
        addTouch(lead, type, ms(2025, 2, 3));
    auto result = Backtest(m_db->connection()).run(60, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY(result);
    QCOMPARE(result->leads, 1);
    QCOMPARE(result->mql, 0);

    // A visit on a later day does reach it: 40 + 0 + 25 = 65.
    addTouch(lead, u"web_visit"_s, ms(2025, 2, 4));
    result = Backtest(m_db->connection()).run(60, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY(result);
    QCOMPARE(result->mql, 1);
    result = Backtest(m_db->connection()).run(66, utc(2025, 1, 1), utc(2025, 4, 1));
    QVERIFY(result);
    QCOMPARE(result->mql, 0);
}

void TestBacktest::periodInOtherTimeZone()
{
    buildFixture();
    // 2025-01-01T02:00+02:00 is the same instant as midnight UTC.
    const QDateTime from(QDate(2025, 1, 1), QTime(2, 0), QTimeZone(7200));
    const QDateTime to(QDate(2025, 3, 31), QTime(19, 0), QTimeZone(-18000));
    auto result = Backtest(m_db->connection()).run(60, from, to);
    QVERIFY(result);
    QCOMPARE(result->from, utc(2025, 1, 1));
    QCOMPARE(result->from.timeSpec(), Qt::UTC);
    QCOMPARE(result->to, utc(2025, 4, 1));
    QCOMPARE(result->leads, 9);
    QCOMPARE(result->mql, 4);

    // One hour shorter at the end: L6 (created 23:00 on the last day) is out.
    auto shorter = Backtest(m_db->connection()).run(60, utc(2025, 1, 1), utc(2025, 3, 31, 23));
    QVERIFY(shorter);
    QCOMPARE(shorter->leads, 8);
    QCOMPARE(shorter->mql, 3);
    // One millisecond earlier at the start: L8 is in (a director with a demo, won).
    auto earlier =
        Backtest(m_db->connection()).run(60, utc(2025, 1, 1).addMSecs(-1), utc(2025, 4, 1));
    QVERIFY(earlier);
    QCOMPARE(earlier->leads, 10);
    QCOMPARE(earlier->mql, 5);
    QCOMPARE(earlier->mqlWon, 2);
}

void TestBacktest::emptyPeriod()
{
    buildFixture();
    auto result = Backtest(m_db->connection()).run(60, utc(2030, 1, 1), utc(2030, 2, 1));
    QVERIFY(result);
    QCOMPARE(result->leads, 0);
    QCOMPARE(result->mql, 0);
    QCOMPARE(result->below(), 0);
    QCOMPARE(result->mqlWinRate(), -1.0);
    QCOMPARE(result->belowWinRate(), -1.0);
    QCOMPARE(result->wonCaught(), -1.0);
}

void TestBacktest::invalidInput_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("message");

    QTest::newRow("end before start")
        << 60 << utc(2025, 4, 1) << utc(2025, 1, 1) << u"start before its end"_s;
    QTest::newRow("empty period") << 60 << utc(2025, 1, 1) << utc(2025, 1, 1)
                                  << u"start before its end"_s;
    QTest::newRow("no start") << 60 << QDateTime() << utc(2025, 1, 1) << u"start before its end"_s;
    QTest::newRow("no end") << 60 << utc(2025, 1, 1) << QDateTime() << u"start before its end"_s;
    QTest::newRow("threshold 0") << 0 << utc(2025, 1, 1) << utc(2025, 4, 1)
                                 << u"threshold must be at least 1"_s;
    QTest::newRow("negative threshold")
        << -5 << utc(2025, 1, 1) << utc(2025, 4, 1) << u"threshold must be at least 1"_s;
}

void TestBacktest::invalidInput()
{
    QFETCH(int, threshold);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, message);
    auto result = Backtest(m_db->connection()).run(threshold, from, to);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
