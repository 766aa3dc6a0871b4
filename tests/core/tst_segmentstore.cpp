#include "leads/segmentstore.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::LeadQuery)

class TestSegmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveGetList();
    void saveReplacesSameNameAnyCase();
    void getByIdAndNotFound();
    void remove();
    void emptyNameRefused_data();
    void emptyNameRefused();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRefusesBadValues_data();
    void jsonRefusesBadValues();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;
};

void TestSegmentStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSegmentStore::init()
{
    m_db.reset();
    auto db = Database::open(m_dir.filePath(u"segments%1.sqlite"_s.arg(++m_file)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestSegmentStore::saveGetList()
{
    SegmentStore store(m_db->connection());
    LeadQuery hot;
    hot.stages = {Stage::Mql, Stage::Sql};
    hot.minScore = 60;
    hot.grades = {u"A"_s};
    Result<Segment> saved = store.save(u"  Hot   leads "_s, hot);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->name, u"Hot leads"_s);
    QVERIFY(saved->id > 0);
    QVERIFY(saved->createdAt.isValid());
    QVERIFY(sameFilters(saved->query, hot));

    LeadQuery overdue;
    overdue.sla = LeadQuery::Sla::Overdue;
    QVERIFY(store.save(u"overdue"_s, overdue));
    QVERIFY(store.save(u"Ärger"_s, LeadQuery()));

    Result<QList<Segment>> all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    // By name, without regard to case.
    QCOMPARE(all->at(0).name, u"Hot leads"_s);
    QCOMPARE(all->at(1).name, u"overdue"_s);
    QCOMPARE(all->at(1).query.sla, LeadQuery::Sla::Overdue);

    Result<Segment> got = store.get(u"HOT LEADS"_s);
    QVERIFY(got);
    QCOMPARE(got->id, saved->id);
    QCOMPARE(got->query.stages, hot.stages);
    QCOMPARE(got->query.minScore, hot.minScore);
}

void TestSegmentStore::saveReplacesSameNameAnyCase()
{
    SegmentStore store(m_db->connection());
    LeadQuery first;
    first.source = u"Webinar"_s;
    Result<Segment> a = store.save(u"Webinars"_s, first);
    QVERIFY(a);
    LeadQuery second;
    second.source = u"Trade show"_s;
    Result<Segment> b = store.save(u"WEBINARS"_s, second);
    QVERIFY(b);
    QCOMPARE(b->id, a->id); // replaced, not added
    QCOMPARE(b->name, u"WEBINARS"_s);
    QCOMPARE(b->query.source, u"Trade show"_s);
    QCOMPARE(b->createdAt, a->createdAt);
    QCOMPARE(store.list()->size(), 1);
}

void TestSegmentStore::getByIdAndNotFound()
{
    SegmentStore store(m_db->connection());
    Result<Segment> saved = store.save(u"Mine"_s, LeadQuery());
    QVERIFY(saved);
    Result<Segment> byId = store.get(QString::number(saved->id));
    QVERIFY(byId);
    QCOMPARE(byId->name, u"Mine"_s);
    Result<Segment> missing = store.get(u"Nope"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"Nope"_s));
}

void TestSegmentStore::remove()
{
    SegmentStore store(m_db->connection());
    QVERIFY(store.save(u"One"_s, LeadQuery()));
    QVERIFY(store.save(u"Two"_s, LeadQuery()));
    QVERIFY(store.remove(u"one"_s));
    QCOMPARE(store.list()->size(), 1);
    QCOMPARE(store.list()->at(0).name, u"Two"_s);
    Status again = store.remove(u"One"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void TestSegmentStore::emptyNameRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void TestSegmentStore::emptyNameRefused()
{
    QFETCH(QString, name);
    SegmentStore store(m_db->connection());
    Result<Segment> saved = store.save(name, LeadQuery());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Invalid);
    QCOMPARE(store.list()->size(), 0);
}

void TestSegmentStore::jsonRoundTrip_data()
{
    QTest::addColumn<LeadQuery>("query");
    auto with = [](auto set) {
        LeadQuery query;
        set(query);
        return query;
    };
    QTest::newRow("nothing") << LeadQuery();
    QTest::newRow("stages") << with([](LeadQuery &q) { q.stages = {Stage::New, Stage::Won}; });
    QTest::newRow("owner") << with([](LeadQuery &q) { q.ownerId = 7; });
    QTest::newRow("unassigned") << with([](LeadQuery &q) { q.ownerId = 0; });
    QTest::newRow("source") << with([](LeadQuery &q) { q.source = u"Trade show"_s; });
    QTest::newRow("min score, negative") << with([](LeadQuery &q) { q.minScore = -5; });
    QTest::newRow("max score") << with([](LeadQuery &q) { q.maxScore = 90; });
    QTest::newRow("created range") << with([](LeadQuery &q) {
        q.createdFrom = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());
        q.createdTo = QDateTime(QDate(2025, 4, 1), QTime(12, 30, 15, 250), QTimeZone::utc());
    });
    QTest::newRow("search, accents") << with([](LeadQuery &q) { q.search = u"zoë acme"_s; });
    QTest::newRow("ids") << with([](LeadQuery &q) { q.ids = {3, 1, 2}; });
    QTest::newRow("deleted only") << with(
        [](LeadQuery &q) { q.deleted = LeadQuery::Deleted::Only; });
    QTest::newRow("deleted included")
        << with([](LeadQuery &q) { q.deleted = LeadQuery::Deleted::Include; });
    QTest::newRow("grades with none") << with([](LeadQuery &q) { q.grades = {u"A"_s, QString()}; });
    for (auto sla : {LeadQuery::Sla::Overdue, LeadQuery::Sla::DueToday, LeadQuery::Sla::Met,
             LeadQuery::Sla::None}) {
        QTest::addRow("sla %s", qPrintable(slaKey(sla)))
            << with([sla](LeadQuery &q) { q.sla = sla; });
    }
    QTest::newRow("everything") << with([](LeadQuery &q) {
        q.stages = {Stage::Mql};
        q.ownerId = 2;
        q.source = u"Referral"_s;
        q.minScore = 10;
        q.maxScore = 20;
        q.createdFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        q.search = u"ada"_s;
        q.grades = {u"B"_s};
        q.sla = LeadQuery::Sla::Met;
    });
}

void TestSegmentStore::jsonRoundTrip()
{
    QFETCH(LeadQuery, query);
    // Through text, as the segments table keeps it, and through the store.
    const QByteArray text = QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact);
    Result<LeadQuery> back = leadQueryFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->stages, query.stages);
    QCOMPARE(back->ownerId, query.ownerId);
    QCOMPARE(back->source, query.source);
    QCOMPARE(back->minScore, query.minScore);
    QCOMPARE(back->maxScore, query.maxScore);
    QCOMPARE(back->createdFrom, query.createdFrom);
    QCOMPARE(back->createdTo, query.createdTo);
    QCOMPARE(back->search, query.search);
    QCOMPARE(back->ids, query.ids);
    QCOMPARE(back->deleted, query.deleted);
    QCOMPARE(back->grades, query.grades);
    QCOMPARE(back->sla, query.sla);
    QVERIFY(sameFilters(*back, query));

    SegmentStore store(m_db->connection());
    QVERIFY(store.save(u"round trip"_s, query));
    Result<Segment> stored = store.get(u"round trip"_s);
    QVERIFY(stored);
    QVERIFY(sameFilters(stored->query, query));
    // Sort and page are not part of a segment.
    LeadQuery sorted = query;
    sorted.sortField = LeadField::Company;
    sorted.limit = 5;
    QCOMPARE(toJson(sorted), toJson(query));
}

void TestSegmentStore::jsonRefusesBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown stage") << QByteArray(R"({"stages":["maybe"]})") << u"stages"_s;
    QTest::newRow("stages not a list") << QByteArray(R"({"stages":"new"})") << u"stages"_s;
    QTest::newRow("owner as text") << QByteArray(R"({"owner_id":"7"})") << u"owner_id"_s;
    QTest::newRow("fractional score") << QByteArray(R"({"min_score":1.5})") << u"min_score"_s;
    QTest::newRow("bad time") << QByteArray(R"({"created_from":"yesterday"})") << u"created_from"_s;
    QTest::newRow("unknown sla") << QByteArray(R"({"sla":"soon"})") << u"sla"_s;
    QTest::newRow("bad deleted") << QByteArray(R"({"deleted":"maybe"})") << u"deleted"_s;
    QTest::newRow("id zero") << QByteArray(R"({"ids":[0]})") << u"ids"_s;
}

void TestSegmentStore::jsonRefusesBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    Result<LeadQuery> query = leadQueryFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!query);
    QCOMPARE(query.error().code, ErrorCode::Invalid);
    QCOMPARE(query.error().field, key);
}

QTEST_APPLESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"
