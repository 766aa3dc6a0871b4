#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lf;

class TestLeadService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createNormalizes();
    void createRejects_data();
    void createRejects();
    void parseValue_data();
    void parseValue();
    void updateWritesAuditAndStageHistory();
    void unchangedUpdateKeepsVersion();
    void staleUpdateIsAConflict();
    void softDeleteAndRestore();
    void listFiltersAndSorts_data();
    void listFiltersAndSorts();
    void searchIgnoresCaseAcrossScripts();
    void pagingCoversEveryLeadOnce();

private:
    Lead mustCreate(const LeadChanges &fields);
    void seed();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    QList<Lead> m_seeded;
};

void TestLeadService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadService::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"leads-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(Settings(m_db->connection()).setValue(Settings::PhoneDefaultRegion, u"US"_s));
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_seeded.clear();
}

void TestLeadService::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

Lead TestLeadService::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

void TestLeadService::createNormalizes()
{
    const Lead lead =
        mustCreate({{LeadField::FirstName, u"  Ada "_s}, {LeadField::LastName, u"Lovelace"_s},
            {LeadField::Email, u" Ada.Lovelace@Analytical-Engines.CO.UK "_s},
            {LeadField::Phone, u"030 901820"_s}, {LeadField::Country, u"Deutschland"_s},
            {LeadField::Employees, u"201-500"_s}, {LeadField::AnnualRevenue, u"1,250,000.50"_s}});
    QVERIFY(lead.id() > 0);
    QCOMPARE(lead.version(), 1);
    QCOMPARE(lead.text(LeadField::FirstName), u"Ada"_s);
    QCOMPARE(lead.text(LeadField::EmailNormalized), u"ada.lovelace@analytical-engines.co.uk"_s);
    QCOMPARE(lead.integer(LeadField::EmailState), qint64(EmailState::Valid));
    QCOMPARE(lead.text(LeadField::Country), u"DE"_s);
    QCOMPARE(lead.text(LeadField::Phone), u"030 901820"_s); // the raw value is kept
    QCOMPARE(lead.text(LeadField::PhoneE164), u"+4930901820"_s); // the lead's country, not US
    QCOMPARE(lead.text(LeadField::CompanyDomain), u"analytical-engines.co.uk"_s);
    QCOMPARE(lead.integer(LeadField::EmployeeCount), 201);
    QCOMPARE(lead.integer(LeadField::AnnualRevenue), 125000050);
    QCOMPARE(lead.stage(), Stage::New);
    QVERIFY(!lead.isNull(LeadField::CreatedAt));

    // What was stored is what create returned.
    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(*stored, lead);

    // Free-mail addresses give no company domain; the website does.
    const Lead freeMail = mustCreate({{LeadField::Email, u"someone@gmail.com"_s},
        {LeadField::Website, u"https://www.acme-tools.com/about"_s},
        {LeadField::Phone, u"(415) 555-0132"_s}});
    QCOMPARE(freeMail.text(LeadField::CompanyDomain), u"acme-tools.com"_s);
    QCOMPARE(freeMail.text(LeadField::PhoneE164), u"+14155550132"_s); // default region US
}

void TestLeadService::createRejects_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");

    QTest::newRow("nothing to identify") << int(LeadField::Notes) << u"just a note"_s << QString();
    QTest::newRow("unknown stage") << int(LeadField::Stage) << u"hot"_s << u"stage"_s;
    QTest::newRow("unknown country") << int(LeadField::Country) << u"Atlantis"_s << u"country"_s;
    QTest::newRow("bad money") << int(LeadField::AnnualRevenue) << u"lots"_s << u"annual_revenue"_s;
    QTest::newRow("bad date") << int(LeadField::CreatedAt) << u"yesterday"_s << u"created_at"_s;
    QTest::newRow("derived field") << int(LeadField::Score) << u"99"_s << u"score"_s;
}

void TestLeadService::createRejects()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    LeadChanges fields {{LeadField(field), value}};
    if (LeadField(field) != LeadField::Notes)
        fields.append({LeadField::LastName, u"Hopper"_s});
    auto lead = m_leads->create(fields);
    QVERIFY(!lead);
    QCOMPARE(lead.error().code, ErrorCode::Invalid);
    QCOMPARE(lead.error().field, errorField);
    QVERIFY(!lead.error().message.isEmpty());
    auto count = m_leads->count({});
    QVERIFY(count);
    QCOMPARE(*count, 0);
}

void TestLeadService::parseValue_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected"); // invalid QVariant = error

    QTest::newRow("money plain") << int(LeadField::AnnualRevenue) << u"1234"_s
                                 << QVariant(123400LL);
    QTest::newRow("money grouped") << int(LeadField::Value) << u"1,234.5"_s << QVariant(123450LL);
    QTest::newRow("money symbol") << int(LeadField::Value) << u"$ 99.99"_s << QVariant(9999LL);
    QTest::newRow("money code") << int(LeadField::Value) << u"2500 EUR"_s << QVariant(250000LL);
    QTest::newRow("money negative") << int(LeadField::Value) << u"-20"_s << QVariant(-2000LL);
    QTest::newRow("money bad grouping") << int(LeadField::Value) << u"12,34"_s << QVariant();
    QTest::newRow("date")
        << int(LeadField::CreatedAt) << u"2026-03-01"_s
        << QVariant(
               QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QTest::newRow("date time utc")
        << int(LeadField::CreatedAt) << u"2026-05-11T13:52:30.710Z"_s
        << QVariant(QDateTime(QDate(2026, 5, 11), QTime(13, 52, 30, 710), QTimeZone::utc())
                        .toMSecsSinceEpoch());
    QTest::newRow("stage label") << int(LeadField::Stage) << u"Sales qualified"_s
                                 << QVariant(u"sql"_s);
    QTest::newRow("stage key upper") << int(LeadField::Stage) << u"MQL"_s << QVariant(u"mql"_s);
    QTest::newRow("integer") << int(LeadField::OwnerId) << u"7"_s << QVariant(7LL);
    QTest::newRow("integer bad") << int(LeadField::OwnerId) << u"seven"_s << QVariant();
}

void TestLeadService::parseValue()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    auto value = LeadService::parseValue(LeadField(field), text);
    if (!expected.isValid()) {
        QVERIFY(!value);
        QCOMPARE(value.error().field, fieldKey(LeadField(field)));
        return;
    }
    QVERIFY2(value, qPrintable(value ? QString() : value.error().toString()));
    QCOMPARE(*value, expected);
}

void TestLeadService::updateWritesAuditAndStageHistory()
{
    const Lead lead =
        mustCreate({{LeadField::FirstName, u"Grace"_s}, {LeadField::Email, u"grace@navy.mil"_s}});
    auto updated = m_leads->update(lead.id(), 1,
        {{LeadField::Email, u"Grace.Hopper@Navy.mil"_s}, {LeadField::Stage, u"contacted"_s}},
        u"called back"_s);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
    QCOMPARE(updated->version(), 2);
    QCOMPARE(updated->text(LeadField::EmailNormalized), u"grace.hopper@navy.mil"_s);

    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(u"SELECT field, old_value, new_value, actor, entity_version FROM audit_log "
                   "WHERE entity_id = %1 AND action = 'update' ORDER BY field"_s.arg(lead.id())));
    QStringList rows;
    while (query.next())
        rows << u"%1|%2|%3|%4|%5"_s.arg(query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
    QCOMPARE(rows,
        (QStringList {u"email|grace@navy.mil|Grace.Hopper@Navy.mil|tester|2"_s,
            u"email_normalized|grace@navy.mil|grace.hopper@navy.mil|tester|2"_s,
            u"stage|new|contacted|tester|2"_s}));

    QVERIFY(query.exec(u"SELECT from_stage, to_stage, reason, actor FROM stage_history "
                       "WHERE lead_id = %1 ORDER BY id"_s.arg(lead.id())));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull()); // created in "new"
    QCOMPARE(query.value(1).toString(), u"new"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"new"_s);
    QCOMPARE(query.value(1).toString(), u"contacted"_s);
    QCOMPARE(query.value(2).toString(), u"called back"_s);
    QCOMPARE(query.value(3).toString(), u"tester"_s);
    QVERIFY(!query.next());

    auto history = m_leads->history(lead.id());
    QVERIFY(history);
    QList<HistoryEntry::Kind> kinds;
    for (const HistoryEntry &entry : std::as_const(*history))
        kinds << entry.kind;
    // created, its first stage, then the edit: email, email_normalized, and the stage change
    // (told once, by the stage history with its reason)
    QCOMPARE(kinds,
        (QList<HistoryEntry::Kind> {HistoryEntry::Kind::Created, HistoryEntry::Kind::StageChanged,
            HistoryEntry::Kind::FieldChanged, HistoryEntry::Kind::FieldChanged,
            HistoryEntry::Kind::StageChanged}));
    QCOMPARE(history->constLast().reason, u"called back"_s);
}

void TestLeadService::unchangedUpdateKeepsVersion()
{
    const Lead lead = mustCreate({{LeadField::Company, u"Initech"_s}});
    auto same = m_leads->update(lead.id(), 1, {{LeadField::Company, u" Initech "_s}});
    QVERIFY(same);
    QCOMPARE(same->version(), 1);
}

void TestLeadService::staleUpdateIsAConflict()
{
    const Lead lead = mustCreate({{LeadField::FirstName, u"Linus"_s},
        {LeadField::Company, u"Transmeta"_s}, {LeadField::Title, u"Engineer"_s}});
    // Someone else changes the company and the title...
    auto theirs = m_leads->update(lead.id(), 1, {{LeadField::Company, u"OSDL"_s}});
    QVERIFY(theirs);
    theirs = m_leads->update(lead.id(), 2, {{LeadField::Title, u"Fellow"_s}});
    QVERIFY(theirs);
    // ...while we still edit version 1.
    auto mine = m_leads->update(lead.id(), 1, {{LeadField::FirstName, u"Linus B."_s}});
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, ErrorCode::Conflict);
    QCOMPARE(mine.error().details, (QStringList {u"company"_s, u"title"_s}));
    QVERIFY(mine.error().message.contains(u"company"_s));

    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->version(), 3);
    QCOMPARE(stored->text(LeadField::FirstName), u"Linus"_s); // nothing overwritten
    QCOMPARE(stored->text(LeadField::Company), u"OSDL"_s);
}

void TestLeadService::softDeleteAndRestore()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Turing"_s}});
    auto deleted = m_leads->remove(lead.id());
    QVERIFY(deleted);
    QVERIFY(deleted->isDeleted());
    auto missing = m_leads->get(lead.id());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(*m_leads->count({}), 0);
    LeadQuery onlyDeleted;
    onlyDeleted.deleted = LeadQuery::Deleted::Only;
    QCOMPARE(*m_leads->count(onlyDeleted), 1);
    // A deleted lead cannot be edited.
    QVERIFY(!m_leads->update(lead.id(), deleted->version(), {{LeadField::FirstName, u"Alan"_s}}));

    auto restored = m_leads->restore(lead.id());
    QVERIFY(restored);
    QVERIFY(!restored->isDeleted());
    QCOMPARE(*m_leads->count({}), 1);
    QVERIFY(!m_leads->restore(lead.id())); // not deleted any more

    auto history = m_leads->history(lead.id());
    QVERIFY(history);
    QCOMPARE(history->size(), 4); // created, first stage, deleted, restored
    QCOMPARE(history->at(2).kind, HistoryEntry::Kind::Deleted);
    QCOMPARE(history->at(3).kind, HistoryEntry::Kind::Restored);
}

void TestLeadService::seed()
{
    // 120 leads whose fields cycle with different periods, so filters and sorts have ties.
    const QStringList firstNames {
        u"ada"_s, u"Bob"_s, u"carol"_s, u"Dave"_s, u"Eve"_s, u"frank"_s, u"Gina"_s};
    const QStringList companies {u"Acme"_s, u"beta GmbH"_s, u"Cyberdyne"_s, u"delta"_s, QString()};
    const QStringList sources {u"Webinar"_s, u"Referral"_s, u"Trade show"_s};
    const QList<Stage> stages {Stage::New, Stage::Contacted, Stage::Mql, Stage::Sql};
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < 120; ++i) {
        LeadChanges fields {{LeadField::FirstName, firstNames[i % firstNames.size()]},
            {LeadField::LastName, u"Lead%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
            {LeadField::Email, u"lead%1@example%2.com"_s.arg(i).arg(i % 4)},
            {LeadField::Source, sources[i % sources.size()]},
            {LeadField::Stage, stageKey(stages[i % stages.size()])},
            {LeadField::CreatedAt, start.addDays((i * 7) % 90).toString(Qt::ISODate)}};
        if (!companies[i % companies.size()].isEmpty())
            fields.append({LeadField::Company, companies[i % companies.size()]});
        m_seeded << mustCreate(fields);
    }
    // Scores are kept by scoring, not typed in; set them directly for the test.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE leads SET score = (id * 37) % 101"_s));
    for (Lead &lead : m_seeded)
        lead.setValue(LeadField::Score, (lead.id() * 37) % 101);
}

void TestLeadService::listFiltersAndSorts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("sortField");
    QTest::addColumn<bool>("descending");

    QTest::newRow("all by id") << QString() << int(LeadField::Id) << false;
    QTest::newRow("all by first name") << QString() << int(LeadField::FirstName) << false;
    QTest::newRow("all by company desc") << QString() << int(LeadField::Company) << true;
    QTest::newRow("mql by score desc") << u"stage"_s << int(LeadField::Score) << true;
    QTest::newRow("referral by created") << u"source"_s << int(LeadField::CreatedAt) << false;
    QTest::newRow("score range by score") << u"score"_s << int(LeadField::Score) << false;
    QTest::newRow("february by email") << u"created"_s << int(LeadField::Email) << false;
    QTest::newRow("search cyber by last name") << u"search"_s << int(LeadField::LastName) << true;
}

void TestLeadService::listFiltersAndSorts()
{
    QFETCH(QString, filter);
    QFETCH(int, sortField);
    QFETCH(bool, descending);
    seed();

    LeadQuery query;
    query.sortField = LeadField(sortField);
    query.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    const QDateTime february(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime march(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    std::function<bool(const Lead &)> keep = [](const Lead &) {
        return true;
    };
    if (filter == u"stage"_s) {
        query.stages = {Stage::Mql};
        keep = [](const Lead &l) {
            return l.stage() == Stage::Mql;
        };
    } else if (filter == u"source"_s) {
        query.source = u"referral"_s;
        keep = [](const Lead &l) {
            return l.text(LeadField::Source) == u"Referral"_s;
        };
    } else if (filter == u"score"_s) {
        query.minScore = 20;
        query.maxScore = 60;
        keep = [](const Lead &l) {
            return l.integer(LeadField::Score) >= 20 && l.integer(LeadField::Score) <= 60;
        };
    } else if (filter == u"created"_s) {
        query.createdFrom = february;
        query.createdTo = march;
        keep = [&](const Lead &l) {
            return l.time(LeadField::CreatedAt) >= february && l.time(LeadField::CreatedAt) < march;
        };
    } else if (filter == u"search"_s) {
        query.search = u"CYBER"_s;
        keep = [](const Lead &l) {
            return l.text(LeadField::Company) == u"Cyberdyne"_s;
        };
    }

    // The expectation: filter and sort the created leads in memory. Text compares ASCII-case-
    // insensitively, empty values last, ties by id in the same direction.
    QList<Lead> expected;
    std::copy_if(m_seeded.cbegin(), m_seeded.cend(), std::back_inserter(expected), keep);
    const LeadField field = LeadField(sortField);
    std::sort(expected.begin(), expected.end(), [&](const Lead &a, const Lead &b) {
        if (a.isNull(field) != b.isNull(field))
            return b.isNull(field);
        int c = 0;
        if (fieldInfo(field).type == FieldType::Text)
            c = a.text(field).compare(b.text(field), Qt::CaseInsensitive);
        else
            c = a.integer(field) < b.integer(field) ? -1 : a.integer(field) > b.integer(field);
        if (c == 0)
            c = a.id() < b.id() ? -1 : 1;
        return descending ? c > 0 : c < 0;
    });
    QVERIFY(!expected.isEmpty());
    if (!filter.isEmpty())
        QVERIFY(expected.size() < m_seeded.size());

    auto listed = m_leads->list(query);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().toString()));
    QList<qint64> expectedIds;
    QList<qint64> listedIds;
    for (const Lead &lead : std::as_const(expected))
        expectedIds << lead.id();
    for (const Lead &lead : std::as_const(*listed))
        listedIds << lead.id();
    QCOMPARE(listedIds, expectedIds);
    QCOMPARE(*m_leads->count(query), qint64(expected.size()));
}

void TestLeadService::searchIgnoresCaseAcrossScripts()
{
    mustCreate({{LeadField::FirstName, u"Jürgen"_s}, {LeadField::Company, u"Straße AG"_s}});
    mustCreate({{LeadField::FirstName, u"Ōtani"_s}, {LeadField::Company, u"東京商事"_s}});
    mustCreate(
        {{LeadField::FirstName, u"Ingrid"_s}, {LeadField::Email, u"ingrid@jurgen.example"_s}});
    auto count = [&](const QString &search) {
        LeadQuery query;
        query.search = search;
        return *m_leads->count(query);
    };
    QCOMPARE(count(u"JÜRGEN"_s), 1);
    QCOMPARE(count(u"jurgen"_s), 1); // the email of the third
    QCOMPARE(count(u"東京"_s), 1);
    QCOMPARE(count(u"ōtani 商事"_s), 1); // every word must match
    QCOMPARE(count(u"ōtani straße"_s), 0);
    QCOMPARE(count(u"100%"_s), 0); // LIKE wildcards are taken literally
    QCOMPARE(count(u"_"_s), 0);
}

void TestLeadService::pagingCoversEveryLeadOnce()
{
    seed();
    LeadQuery query;
    query.sortField = LeadField::Company;
    query.limit = 25;
    QList<qint64> seen;
    for (query.offset = 0;; query.offset += query.limit) {
        auto page = m_leads->list(query);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const Lead &lead : std::as_const(*page))
            seen << lead.id();
    }
    QCOMPARE(seen.size(), m_seeded.size());
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), m_seeded.size());
}

QTEST_GUILESS_MAIN(TestLeadService)
#include "tst_leadservice.moc"
