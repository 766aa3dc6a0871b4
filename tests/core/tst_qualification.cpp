#include "scoring/qualification.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!document.isObject())
        qFatal("bad JSON in test data: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestQualification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedEqualsStoredVersion1();
    void shippedIsValid();
    void saveCreatesVersionAndKeepsOlder();
    void saveIdenticalCreatesNoVersion();
    void saveRejectsInvalid_data();
    void saveRejectsInvalid();
    void currentFallsBackToShipped();
    void unknownVersion();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void fromJsonFillsAndCleans();
    void jsonRoundTrip();
    void grade_data();
    void grade();
    void missingForSql_data();
    void missingForSql();
    void bantKeys_data();
    void bantKeys();
    void toText();

private:
    int storedVersions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QualificationStore> m_store;
};

void TestQualification::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestQualification::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"qualification-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_store = std::make_unique<QualificationStore>(m_db->connection());
}

void TestQualification::cleanup()
{
    m_store.reset();
    m_db.reset();
}

int TestQualification::storedVersions() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM qualification_definitions"_s) || !query.next())
        qFatal("cannot count definitions");
    return query.value(0).toInt();
}

void TestQualification::shippedEqualsStoredVersion1()
{
    // The migration writes version 1 as JSON text of its own; it must say what shipped() says.
    QCOMPARE(storedVersions(), 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT version, definition, actor, created_at FROM "
                       "qualification_definitions"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(2).toString(), u"Leadflow"_s);
    QVERIFY(query.value(3).toLongLong() > 0);
    const QJsonObject raw = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    const QualificationDefinition shipped = QualificationDefinition::shipped();
    QCOMPARE(raw, shipped.toJson());

    auto stored = m_store->version(1);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->actor, u"Leadflow"_s);
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(stored->createdAt.timeSpec(), Qt::UTC);
    QualificationDefinition expected = shipped;
    expected.version = 1;
    expected.createdAt = stored->createdAt;
    expected.actor = u"Leadflow"_s;
    QCOMPARE(*stored, expected);

    auto current = m_store->current();
    QVERIFY(current);
    QCOMPARE(*current, expected);

    // The shipped values spelled out (an independent check of shipped() itself).
    QCOMPARE(shipped.version, 0);
    QCOMPARE(shipped.mqlThreshold, 60);
    QVERIFY(shipped.autoMql);
    QCOMPARE(shipped.gradeA, 50);
    QCOMPARE(shipped.gradeB, 30);
    QCOMPARE(shipped.gradeC, 10);
    QCOMPARE(shipped.sqlRequires,
        (QList<BantItem> {BantItem::Budget, BantItem::Authority, BantItem::Need}));
    QCOMPARE(shipped.lostReasons.size(), 6);
    QCOMPARE(shipped.disqualifyReasons.size(), 6);
    QVERIFY(shipped.lostReasons.contains(u"No budget"_s));
    QVERIFY(shipped.disqualifyReasons.contains(u"Duplicate"_s));
}

void TestQualification::shippedIsValid()
{
    QVERIFY(QualificationDefinition::shipped().validate());
    auto parsed = QualificationDefinition::fromJson(QualificationDefinition::shipped().toJson());
    QVERIFY(parsed);
    QCOMPARE(*parsed, QualificationDefinition::shipped());
}

void TestQualification::saveCreatesVersionAndKeepsOlder()
{
    auto v1 = m_store->current();
    QVERIFY(v1);

    QualificationDefinition edited = *v1;
    edited.mqlThreshold = 75;
    edited.lostReasons << u"Merged with another company"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto v2 = m_store->save(edited, u"Grace"_s);
    QVERIFY2(v2, qPrintable(v2 ? QString() : v2.error().toString()));
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->actor, u"Grace"_s);
    QCOMPARE(v2->mqlThreshold, 75);
    QVERIFY(v2->createdAt >= before);
    QVERIFY(v2->createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(storedVersions(), 2);

    auto current = m_store->current();
    QVERIFY(current);
    QCOMPARE(*current, *v2);
    QCOMPARE(current->lostReasons.last(), u"Merged with another company"_s);

    // Version 1 stays readable as it was.
    auto old = m_store->version(1);
    QVERIFY(old);
    QCOMPARE(*old, *v1);
    QCOMPARE(old->mqlThreshold, 60);

    auto all = m_store->versions();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), *v2); // newest first
    QCOMPARE(all->at(1), *v1);

    // Another edit: version 3, from version 2's content.
    QualificationDefinition third = *v2;
    third.autoMql = false;
    auto v3 = m_store->save(third, u"Ada"_s);
    QVERIFY(v3);
    QCOMPARE(v3->version, 3);
    QVERIFY(!m_store->current()->autoMql);
    QCOMPARE(m_store->version(2)->mqlThreshold, 75);
    QVERIFY(m_store->version(2)->autoMql);
}

void TestQualification::saveIdenticalCreatesNoVersion()
{
    // The shipped definition equals version 1: saving it writes nothing.
    auto same = m_store->save(QualificationDefinition::shipped(), u"Grace"_s);
    QVERIFY(same);
    QCOMPARE(same->version, 1);
    QCOMPARE(same->actor, u"Leadflow"_s); // the stored one, not a new one by Grace
    QCOMPARE(storedVersions(), 1);

    // Saving what was read back (with its version, time and actor) is no change either.
    auto edited = QualificationDefinition::shipped();
    edited.notes = u"New note"_s;
    auto v2 = m_store->save(edited, u"Grace"_s);
    QVERIFY(v2);
    QCOMPARE(v2->version, 2);
    auto again = m_store->save(*m_store->current(), u"Ada"_s);
    QVERIFY(again);
    QCOMPARE(again->version, 2);
    QCOMPARE(again->actor, u"Grace"_s);
    QCOMPARE(storedVersions(), 2);

    // Going back to the old content is a change: version 3 equal in content to version 1.
    auto back = m_store->save(QualificationDefinition::shipped(), u"Ada"_s);
    QVERIFY(back);
    QCOMPARE(back->version, 3);
    QCOMPARE(back->toJson(), m_store->version(1)->toJson());
    QCOMPARE(storedVersions(), 3);
}

void TestQualification::saveRejectsInvalid_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("gradeA");
    QTest::addColumn<int>("gradeB");
    QTest::addColumn<int>("gradeC");
    QTest::addColumn<bool>("noLostReasons");
    QTest::addColumn<bool>("noDisqualifyReasons");
    QTest::addColumn<QString>("field");

    QTest::newRow("threshold 0") << 0 << 50 << 30 << 10 << false << false << u"mql_threshold"_s;
    QTest::newRow("threshold 1001")
        << 1001 << 50 << 30 << 10 << false << false << u"mql_threshold"_s;
    QTest::newRow("A equals B") << 60 << 30 << 30 << 10 << false << false << u"grades"_s;
    QTest::newRow("B equals C") << 60 << 50 << 10 << 10 << false << false << u"grades"_s;
    QTest::newRow("ascending") << 60 << 10 << 30 << 50 << false << false << u"grades"_s;
    QTest::newRow("no lost reasons") << 60 << 50 << 30 << 10 << true << false << u"lost_reasons"_s;
    QTest::newRow("no disqualify reasons")
        << 60 << 50 << 30 << 10 << false << true << u"disqualify_reasons"_s;
}

void TestQualification::saveRejectsInvalid()
{
    QFETCH(int, threshold);
    QFETCH(int, gradeA);
    QFETCH(int, gradeB);
    QFETCH(int, gradeC);
    QFETCH(bool, noLostReasons);
    QFETCH(bool, noDisqualifyReasons);
    QFETCH(QString, field);

    QualificationDefinition d = QualificationDefinition::shipped();
    d.mqlThreshold = threshold;
    d.gradeA = gradeA;
    d.gradeB = gradeB;
    d.gradeC = gradeC;
    if (noLostReasons)
        d.lostReasons.clear();
    if (noDisqualifyReasons)
        d.disqualifyReasons.clear();
    const auto valid = d.validate();
    QVERIFY(!valid);
    QCOMPARE(valid.error().field, field);

    auto saved = m_store->save(d, u"Grace"_s);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Invalid);
    QCOMPARE(saved.error().field, field);
    QVERIFY(!saved.error().message.isEmpty());
    QCOMPARE(storedVersions(), 1);
    QCOMPARE(m_store->current()->version, 1);
}

void TestQualification::currentFallsBackToShipped()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"DELETE FROM qualification_definitions"_s));
    auto current = m_store->current();
    QVERIFY(current);
    QCOMPARE(*current, QualificationDefinition::shipped());
    QCOMPARE(current->version, 0);
    auto versions = m_store->versions();
    QVERIFY(versions);
    QVERIFY(versions->isEmpty());

    // Saving into the empty table starts at version 1, even with the shipped content.
    auto saved = m_store->save(QualificationDefinition::shipped(), u"Grace"_s);
    QVERIFY(saved);
    QCOMPARE(saved->version, 1);
    QCOMPARE(storedVersions(), 1);
}

void TestQualification::unknownVersion()
{
    for (qint64 version : {qint64(0), qint64(2), qint64(-1)}) {
        auto missing = m_store->version(version);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QString::number(version)));
    }
}

void TestQualification::fromJsonRejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key") << parse(R"({"mql_treshold": 50})") << u"mql_treshold"_s
                                 << u"\"mql_treshold\" is not part of"_s;
    QTest::newRow("unknown key among known")
        << parse(R"({"mql_threshold": 50, "colour": 1})") << u"colour"_s << u"known keys"_s;
    QTest::newRow("bad BANT item") << parse(R"({"sql_requires": ["budget", "money"]})")
                                   << u"sql_requires"_s << u"\"money\" is not a BANT item"_s;
    QTest::newRow("BANT items not a list") << parse(R"({"sql_requires": "budget"})")
                                           << u"sql_requires"_s << u"must be a list of texts"_s;
    QTest::newRow("BANT item not text") << parse(R"({"sql_requires": ["budget", 2]})")
                                        << u"sql_requires"_s << u"must be a list of texts"_s;
    QTest::newRow("grades equal") << parse(R"({"grades": {"A": 30, "B": 30, "C": 10}})")
                                  << u"grades"_s << u"must fall from A to C"_s;
    QTest::newRow("grades ascending") << parse(R"({"grades": {"A": 10, "B": 30, "C": 50}})")
                                      << u"grades"_s << u"must fall from A to C"_s;
    QTest::newRow("C above shipped B")
        << parse(R"({"grades": {"C": 40}})") << u"grades"_s << u"must fall from A to C"_s;
    QTest::newRow("grade not a number")
        << parse(R"({"grades": {"A": "high"}})") << u"grades"_s << u"Grade A's threshold"_s;
    QTest::newRow("fractional grade")
        << parse(R"({"grades": {"B": 30.5}})") << u"grades"_s << u"Grade B's threshold"_s;
    QTest::newRow("empty lost reasons") << parse(R"({"lost_reasons": []})") << u"lost_reasons"_s
                                        << u"at least one reason a lead can be lost"_s;
    QTest::newRow("blank lost reasons")
        << parse(R"({"lost_reasons": ["  ", ""]})") << u"lost_reasons"_s
        << u"at least one reason a lead can be lost"_s;
    QTest::newRow("null lost reasons") << parse(R"({"lost_reasons": null})") << u"lost_reasons"_s
                                       << u"at least one reason a lead can be lost"_s;
    QTest::newRow("empty disqualify reasons") << parse(R"({"disqualify_reasons": []})")
                                              << u"disqualify_reasons"_s << u"disqualified for"_s;
    QTest::newRow("reasons not a list") << parse(R"({"disqualify_reasons": "Spam"})")
                                        << u"disqualify_reasons"_s << u"must be a list"_s;
    QTest::newRow("threshold 0") << parse(R"({"mql_threshold": 0})") << u"mql_threshold"_s
                                 << u"between 1 and 1000, not 0"_s;
    QTest::newRow("threshold 1001") << parse(R"({"mql_threshold": 1001})") << u"mql_threshold"_s
                                    << u"between 1 and 1000, not 1001"_s;
    QTest::newRow("fractional threshold")
        << parse(R"({"mql_threshold": 59.5})") << u"mql_threshold"_s << u"whole number"_s;
    QTest::newRow("threshold as text")
        << parse(R"({"mql_threshold": "60"})") << u"mql_threshold"_s << u"whole number"_s;
    QTest::newRow("threshold null")
        << parse(R"({"mql_threshold": null})") << u"mql_threshold"_s << u"whole number"_s;
    QTest::newRow("auto_mql as text")
        << parse(R"({"auto_mql": "false"})") << u"auto_mql"_s << u"true or false"_s;
    QTest::newRow("auto_mql as number")
        << parse(R"({"auto_mql": 0})") << u"auto_mql"_s << u"true or false"_s;
    QTest::newRow("grades not an object")
        << parse(R"({"grades": 50})") << u"grades"_s << u"thresholds of A, B and C"_s;
    QTest::newRow("unknown grade") << parse(R"({"grades": {"A": 60, "D": 0}})") << u"grades"_s
                                   << u"thresholds of A, B and C"_s;
    QTest::newRow("lower-case grade")
        << parse(R"({"grades": {"a": 70}})") << u"grades"_s << u"thresholds of A, B and C"_s;
    QTest::newRow("profile not text")
        << parse(R"({"ideal_profile": 5})") << u"ideal_profile"_s << u"must be a text"_s;
    QTest::newRow("notes not text")
        << parse(R"({"notes": ["a"]})") << u"notes"_s << u"must be a text"_s;
}

void TestQualification::fromJsonRejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto parsed = QualificationDefinition::fromJson(json);
    QVERIFY2(!parsed, QJsonDocument(json).toJson().constData());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestQualification::fromJsonFillsAndCleans()
{
    // Missing keys take the shipped values; texts are trimmed; duplicates dropped; BANT items
    // may carry the field prefix and any case.
    auto parsed = QualificationDefinition::fromJson(parse(R"({
        "ideal_profile": "  Mid-size software companies  ",
        "mql_threshold": 45,
        "auto_mql": false,
        "grades": {"A": 70},
        "sql_requires": ["BANT_Timeline", "need", "Need"],
        "lost_reasons": [" Price ", "price", "No budget"],
        "version": 9
    })"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    const QualificationDefinition shipped = QualificationDefinition::shipped();
    QCOMPARE(parsed->idealProfile, u"Mid-size software companies"_s);
    QCOMPARE(parsed->unidealProfile, shipped.unidealProfile);
    QCOMPARE(parsed->notes, shipped.notes);
    QCOMPARE(parsed->mqlThreshold, 45);
    QVERIFY(!parsed->autoMql);
    QCOMPARE(parsed->gradeA, 70);
    QCOMPARE(parsed->gradeB, 30);
    QCOMPARE(parsed->gradeC, 10);
    QCOMPARE(parsed->sqlRequires, (QList<BantItem> {BantItem::Timeline, BantItem::Need}));
    QCOMPARE(parsed->lostReasons, (QStringList {u"Price"_s, u"No budget"_s}));
    QCOMPARE(parsed->disqualifyReasons, shipped.disqualifyReasons);
    QCOMPARE(parsed->version, 0); // "version" is accepted but not taken from the file

    // An empty list of SQL requirements is allowed: nothing beyond sales accepting.
    auto nothing = QualificationDefinition::fromJson(parse(R"({"sql_requires": []})"));
    QVERIFY(nothing);
    QVERIFY(nothing->sqlRequires.isEmpty());
    // An empty object is the shipped definition.
    auto empty = QualificationDefinition::fromJson(QJsonObject());
    QVERIFY(empty);
    QCOMPARE(*empty, shipped);
}

void TestQualification::jsonRoundTrip()
{
    QualificationDefinition d = QualificationDefinition::shipped();
    d.idealProfile = u"Hospitals in Spain"_s;
    d.unidealProfile = u"Private practices"_s;
    d.mqlThreshold = 1000;
    d.autoMql = false;
    d.gradeA = 5;
    d.gradeB = 0;
    d.gradeC = -5;
    d.sqlRequires = {BantItem::Timeline};
    d.lostReasons = {u"Tender lost"_s};
    d.disqualifyReasons = {u"Not a hospital"_s};
    d.notes.clear();
    QVERIFY(d.validate());
    const QJsonObject json = d.toJson();
    QVERIFY(!json.contains(u"version"_s));
    QVERIFY(!json.contains(u"actor"_s));
    QCOMPARE(json.value(u"grades"_s).toObject().value(u"C"_s).toInt(), -5);
    QCOMPARE(json.value(u"sql_requires"_s).toArray(), QJsonArray {u"timeline"_s});
    auto parsed = QualificationDefinition::fromJson(json);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, d);
    // And through the store.
    auto saved = m_store->save(d, u"Grace"_s);
    QVERIFY(saved);
    auto read = m_store->version(saved->version);
    QVERIFY(read);
    QCOMPARE(read->toJson(), json);
}

void TestQualification::grade_data()
{
    QTest::addColumn<int>("gradeA");
    QTest::addColumn<int>("gradeB");
    QTest::addColumn<int>("gradeC");
    QTest::addColumn<int>("fit");
    QTest::addColumn<QChar>("grade");

    // Shipped thresholds 50 / 30 / 10, each at -1, 0 and +1.
    const struct
    {
        int fit;
        char grade;
    } shipped[] = {{51, 'A'}, {50, 'A'}, {49, 'B'}, {31, 'B'}, {30, 'B'}, {29, 'C'}, {11, 'C'},
        {10, 'C'}, {9, 'D'}, {0, 'D'}, {-30, 'D'}, {1000, 'A'}};
    for (const auto &row : shipped) {
        QTest::addRow("shipped, fit %d", row.fit)
            << 50 << 30 << 10 << row.fit << QChar(QLatin1Char(row.grade));
    }
    // Thresholds around zero, one point apart.
    const struct
    {
        int fit;
        char grade;
    } tight[] = {{2, 'A'}, {1, 'A'}, {0, 'B'}, {-1, 'C'}, {-2, 'D'}};
    for (const auto &row : tight) {
        QTest::addRow("1/0/-1, fit %d", row.fit)
            << 1 << 0 << -1 << row.fit << QChar(QLatin1Char(row.grade));
    }
}

void TestQualification::grade()
{
    QFETCH(int, gradeA);
    QFETCH(int, gradeB);
    QFETCH(int, gradeC);
    QFETCH(int, fit);
    QFETCH(QChar, grade);
    QualificationDefinition d = QualificationDefinition::shipped();
    d.gradeA = gradeA;
    d.gradeB = gradeB;
    d.gradeC = gradeC;
    QVERIFY(d.validate());
    QCOMPARE(d.grade(fit), grade);
}

void TestQualification::missingForSql_data()
{
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("given"); // BANT items the lead has
    QTest::addColumn<QStringList>("missing");

    const QStringList bna {u"budget"_s, u"authority"_s, u"need"_s};
    QTest::newRow("nothing given") << bna << QStringList() << bna;
    QTest::newRow("all given") << bna << bna << QStringList();
    QTest::newRow("timeline does not count") << bna << QStringList {u"timeline"_s} << bna;
    QTest::newRow("need missing") << bna << QStringList {u"budget"_s, u"authority"_s}
                                  << QStringList {u"need"_s};
    QTest::newRow("order of the definition") << QStringList {u"timeline"_s,
        u"budget"_s} << QStringList() << QStringList {u"timeline"_s, u"budget"_s};
    QTest::newRow("nothing required") << QStringList() << QStringList() << QStringList();
}

void TestQualification::missingForSql()
{
    QFETCH(QStringList, required);
    QFETCH(QStringList, given);
    QFETCH(QStringList, missing);

    QualificationDefinition d = QualificationDefinition::shipped();
    d.sqlRequires.clear();
    for (const QString &key : required)
        d.sqlRequires << *bantFromString(key);

    Lead lead;
    lead.setValue(LeadField::LastName, u"Hopper"_s);
    if (given.contains(u"budget"_s))
        lead.setValue(LeadField::BantBudget, qint64(500000));
    if (given.contains(u"authority"_s))
        lead.setValue(LeadField::BantAuthority, u"Signs off"_s);
    if (given.contains(u"need"_s))
        lead.setValue(LeadField::BantNeed, u"Replacing spreadsheets"_s);
    if (given.contains(u"timeline"_s))
        lead.setValue(LeadField::BantTimeline, u"Q3"_s);

    QStringList actual;
    for (BantItem item : d.missingForSql(lead))
        actual << bantKey(item);
    QCOMPARE(actual, missing);
}

void TestQualification::bantKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("item"); // -1: none
    QTest::addColumn<int>("field");

    QTest::newRow("budget") << u"budget"_s << int(BantItem::Budget) << int(LeadField::BantBudget);
    QTest::newRow("Authority") << u" Authority "_s << int(BantItem::Authority)
                               << int(LeadField::BantAuthority);
    QTest::newRow("bant_need") << u"bant_need"_s << int(BantItem::Need) << int(LeadField::BantNeed);
    QTest::newRow("BANT_TIMELINE")
        << u"BANT_TIMELINE"_s << int(BantItem::Timeline) << int(LeadField::BantTimeline);
    QTest::newRow("money") << u"money"_s << -1 << -1;
    QTest::newRow("empty") << QString() << -1 << -1;
}

void TestQualification::bantKeys()
{
    QFETCH(QString, text);
    QFETCH(int, item);
    QFETCH(int, field);
    const auto parsed = bantFromString(text);
    if (item < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), item);
    QCOMPARE(int(bantField(*parsed)), field);
    QCOMPARE(bantFromString(bantKey(*parsed)), parsed);
    QCOMPARE(fieldKey(bantField(*parsed)), u"bant_"_s + bantKey(*parsed));
}

void TestQualification::toText()
{
    QualificationDefinition d = QualificationDefinition::shipped();
    d.mqlThreshold = 73;
    d.gradeA = 44;
    d.gradeB = 22;
    d.gradeC = 11;
    d.idealProfile = u"Breweries with a taproom"_s;
    d.unidealProfile = u"Home brewers"_s;
    d.sqlRequires = {BantItem::Need, BantItem::Timeline};
    d.notes = u"Call within a day."_s;

    const QString unsaved = d.toText();
    QVERIFY(unsaved.contains(u"not stored yet"_s));
    QVERIFY(unsaved.contains(u"Breweries with a taproom"_s));
    QVERIFY(unsaved.contains(u"Home brewers"_s));
    QVERIFY(unsaved.contains(u"MQL: score of 73 or more (leads move to MQL by themselves)"_s));
    QVERIFY(unsaved.contains(u"A at 44 or more, B at 22, C at 11"_s));
    QVERIFY(unsaved.contains(u"SQL required: need, timeline."_s));
    QVERIFY(unsaved.contains(u"Lost reasons: Chose a competitor; No budget;"_s));
    QVERIFY(unsaved.contains(u"Disqualification reasons: Spam or fake;"_s));
    QVERIFY(unsaved.contains(u"Call within a day."_s));

    d.autoMql = false;
    d.sqlRequires.clear();
    const QString manual = d.toText();
    QVERIFY(manual.contains(u"set by hand; no automatic move"_s));
    QVERIFY(manual.contains(u"nothing beyond sales accepting it"_s));

    auto saved = m_store->save(d, u"Grace"_s);
    QVERIFY(saved);
    const QString stored = saved->toText();
    QVERIFY2(
        stored.contains(u"version 2, "_s + saved->createdAt.toString(Qt::ISODate) + u" by Grace"_s),
        qPrintable(stored));
    QVERIFY(stored.contains(u"score of 73 or more"_s));
}

QTEST_GUILESS_MAIN(TestQualification)
#include "tst_qualification.moc"
