#include "domain/lifecycle.h"
#include "leads/leadservice.h"
#include "scoring/qualification.h"
#include "scoring/scoringrule.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QRegularExpression>
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
    void pagingCoversEveryLeadOnce_data();
    void pagingCoversEveryLeadOnce();

    // Stage changes: lifecycle, qualification definition, what they record.
    void stageTransitions_data();
    void stageTransitions();
    void refusedStageChangeWritesNothing_data();
    void refusedStageChangeWritesNothing();
    void stageReasons_data();
    void stageReasons();
    void editedReasonListIsUsed();
    void sqlNeedsBant_data();
    void sqlNeedsBant();
    void stageTimestamps();
    void stageHistoryRecordsWhoWhenWhy();
    void staleStageChangeIsAConflict();
    void wonNeedsADealValue_data();
    void wonNeedsADealValue();
    void sameStageIsRefused();
    void lifecycleChecksOffRecordsAnyStage();
    void stageOnlyChangeDoesNotRescore_data();
    void stageOnlyChangeDoesNotRescore();

private:
    Lead mustCreate(const LeadChanges &fields);
    void seed();
    /// A lead with the BANT items filled in, put into `stage` the way an import would.
    Lead leadIn(Stage stage);
    qint64 scalar(const QString &sql);

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
    QTest::newRow("date then SQL")
        << int(LeadField::CreatedAt) << u"2026-01-01' OR 1=1 --"_s << QVariant();
    QTest::newRow("date then text")
        << int(LeadField::CreatedAt) << u"2026-01-01 tomorrow"_s << QVariant();
    QTest::newRow("two-digit year") << int(LeadField::CreatedAt) << u"26-01-01"_s << QVariant();
    QTest::newRow("no such day") << int(LeadField::CreatedAt) << u"2026-02-30"_s << QVariant();
    QTest::newRow("date time offset")
        << int(LeadField::CreatedAt) << u"2026-05-11T15:52:30+02:00"_s
        << QVariant(QDateTime(QDate(2026, 5, 11), QTime(13, 52, 30), QTimeZone::utc())
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
    QTest::newRow("all by first name desc") << QString() << int(LeadField::FirstName) << true;
    QTest::newRow("all by email desc") << QString() << int(LeadField::Email) << true;
    QTest::newRow("mql by company desc") << u"stage"_s << int(LeadField::Company) << true;
    QTest::newRow("mql by company") << u"stage"_s << int(LeadField::Company) << false;
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
    QCOMPARE(count(u"100%"_s), 0); // punctuation separates words: "100" begins no word
    QCOMPARE(count(u"_"_s), 0); // punctuation alone matches no lead (not every lead)
    QCOMPARE(count(u"%_"_s), 0);
    QCOMPARE(count(u"  "_s), 3); // a blank search is no search
    QCOMPARE(count(u"urgen"_s), 0); // words match from their start
    QCOMPARE(count(u"京商"_s), 1); // Japanese runs words together: found anywhere
}

void TestLeadService::pagingCoversEveryLeadOnce_data()
{
    QTest::addColumn<int>("sortField");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("reverse");
    // Company has empty values: descending text sorts read the leads with a company and those
    // without as two parts of one list; reverse reads the list from its end.
    for (const LeadField field : {LeadField::Company, LeadField::Score}) {
        for (const bool descending : {false, true}) {
            for (const bool reverse : {false, true}) {
                QTest::addRow("%s%s%s", fieldKey(field).toLatin1().constData(),
                    descending ? " desc" : "", reverse ? " from the end" : "")
                    << int(field) << descending << reverse;
            }
        }
    }
}

void TestLeadService::pagingCoversEveryLeadOnce()
{
    QFETCH(int, sortField);
    QFETCH(bool, descending);
    QFETCH(bool, reverse);
    seed();
    LeadQuery query;
    query.sortField = LeadField(sortField);
    query.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    auto whole = m_leads->list(query);
    QVERIFY(whole);
    QCOMPARE(whole->size(), m_seeded.size());
    query.reverse = reverse;
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
    if (reverse)
        std::reverse(seen.begin(), seen.end());
    // The pages, joined (and turned round when read from the end), are the whole list in order.
    QList<qint64> wholeIds;
    for (const Lead &lead : std::as_const(*whole))
        wholeIds << lead.id();
    QCOMPARE(seen, wholeIds);
}

// --- stage changes ------------------------------------------------------------------------------

namespace {

/// The lifecycle written out by hand (lifecycle.h): where a lead in each stage may go.
bool transitionAllowed(Stage from, Stage to)
{
    using S = Stage;
    static const QHash<Stage, QList<Stage>> table {
        {S::New, {S::Contacted, S::Mql, S::Sql, S::Nurturing, S::Disqualified}},
        {S::Contacted, {S::Mql, S::Sql, S::Nurturing, S::Disqualified}},
        {S::Mql, {S::Sql, S::Nurturing, S::Disqualified}},
        {S::Sql, {S::Opportunity, S::Lost, S::Nurturing, S::Disqualified}},
        {S::Opportunity, {S::Won, S::Lost, S::Nurturing, S::Disqualified}},
        {S::Won, {}},
        {S::Lost, {S::Nurturing}},
        {S::Nurturing, {S::Contacted, S::Mql, S::Sql, S::Disqualified}},
        {S::Disqualified, {S::Nurturing}},
    };
    return table.value(from).contains(to);
}

const QList<Stage> everyStage {Stage::New, Stage::Contacted, Stage::Mql, Stage::Sql,
    Stage::Opportunity, Stage::Won, Stage::Lost, Stage::Nurturing, Stage::Disqualified};

} // namespace

Lead TestLeadService::leadIn(Stage stage)
{
    const Lead lead = mustCreate({{LeadField::FirstName, u"Katherine"_s},
        {LeadField::LastName, u"Johnson"_s}, {LeadField::BantBudget, u"25000"_s},
        {LeadField::BantAuthority, u"Head of flight research"_s},
        {LeadField::BantNeed, u"Trajectory software"_s}, {LeadField::Value, u"48000"_s}});
    if (stage == Stage::New)
        return lead;
    m_leads->setLifecycleChecks(false);
    auto moved = m_leads->update(lead.id(), lead.version(), {{LeadField::Stage, stageKey(stage)}});
    m_leads->setLifecycleChecks(true);
    if (!moved)
        qFatal("cannot put a lead into a stage: %s", qPrintable(moved.error().toString()));
    return *moved;
}

qint64 TestLeadService::scalar(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestLeadService::stageTransitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    for (Stage from : everyStage) {
        for (Stage to : everyStage) {
            QTest::addRow("%s→%s", qPrintable(stageKey(from)), qPrintable(stageKey(to)))
                << int(from) << int(to) << transitionAllowed(from, to);
        }
    }
}

void TestLeadService::stageTransitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    const Stage source = Stage(from);
    const Stage target = Stage(to);
    const Lead lead = leadIn(source);
    QCOMPARE(lead.stage(), source);
    const qint64 historyRows = scalar(u"SELECT COUNT(*) FROM stage_history"_s);
    const qint64 auditRows = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    // Lost and disqualified get a listed reason, SQL its BANT items (leadIn): only the
    // lifecycle decides.
    const QString reason = target == Stage::Lost ? u"Went silent"_s
        : target == Stage::Disqualified          ? u"Outside target market"_s
                                                 : u"moving on"_s;

    auto moved = m_leads->changeStage(lead.id(), target, reason);
    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    if (allowed) {
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved->stage(), target);
        QCOMPARE(moved->version(), lead.version() + 1);
        QCOMPARE(stored->stage(), target);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), historyRows + 1);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"SELECT from_stage, to_stage, lead_version, reason FROM stage_history "
                           "ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), stageKey(source));
        QCOMPARE(query.value(1).toString(), stageKey(target));
        QCOMPARE(query.value(2).toLongLong(), lead.version() + 1);
        QCOMPARE(query.value(3).toString(), reason);
        return;
    }
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, ErrorCode::NotAllowed);
    QCOMPARE(moved.error().field, u"stage"_s);
    if (source != target) {
        QCOMPARE(moved.error().message, lifecycle::refusal(source, target));
        // update() with the stage among other fields is refused the same way.
        auto updated = m_leads->update(lead.id(), lead.version(),
            {{LeadField::Title, u"Mathematician"_s}, {LeadField::Stage, stageKey(target)}}, reason);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::NotAllowed);
        QCOMPARE(updated.error().message, lifecycle::refusal(source, target));
    }
    QCOMPARE(*stored, lead); // nothing written
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), historyRows);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
}

void TestLeadService::refusedStageChangeWritesNothing_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("reason");
    QTest::newRow("won is final") << int(Stage::Won) << int(Stage::Nurturing) << u"again"_s;
    QTest::newRow("no skipping the BANT gate")
        << int(Stage::Contacted) << int(Stage::Opportunity) << QString();
    QTest::newRow("an MQL is not lost, it is disqualified")
        << int(Stage::Mql) << int(Stage::Lost) << u"No budget"_s;
    QTest::newRow("lost reopens only to nurturing")
        << int(Stage::Lost) << int(Stage::Sql) << QString();
    QTest::newRow("nothing goes back to new")
        << int(Stage::Nurturing) << int(Stage::New) << QString();
}

void TestLeadService::refusedStageChangeWritesNothing()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, reason);
    const Lead lead = leadIn(Stage(from));
    const qint64 historyRows = scalar(u"SELECT COUNT(*) FROM stage_history"_s);
    const qint64 auditRows = scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    auto updated = m_leads->update(lead.id(), lead.version(),
        {{LeadField::Notes, u"a note that must not be saved"_s},
            {LeadField::Stage, stageKey(Stage(to))}},
        reason);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::NotAllowed);
    QCOMPARE(updated.error().field, u"stage"_s);
    const QString message = updated.error().message;
    QVERIFY2(message.contains(stageLabel(Stage(from))), qPrintable(message));
    QVERIFY2(message.contains(stageLabel(Stage(to))), qPrintable(message));
    for (Stage target : lifecycle::allowedTargets(Stage(from)))
        QVERIFY2(message.contains(stageLabel(target)), qPrintable(message));

    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(*stored, lead);
    QVERIFY(stored->isNull(LeadField::Notes));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), historyRows);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
}

void TestLeadService::stageReasons_data()
{
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("lost without a reason") << int(Stage::Lost) << QString() << QString();
    QTest::newRow("lost with a blank reason") << int(Stage::Lost) << u"   "_s << QString();
    QTest::newRow("lost, listed") << int(Stage::Lost) << u"No budget"_s << u"No budget"_s;
    QTest::newRow("lost, other case and padded")
        << int(Stage::Lost) << u"  no BUDGET "_s << u"No budget"_s;
    QTest::newRow("lost, not listed") << int(Stage::Lost) << u"Because"_s << QString();
    QTest::newRow("lost, part of a listed reason") << int(Stage::Lost) << u"budget"_s << QString();
    QTest::newRow("lost with a disqualification reason")
        << int(Stage::Lost) << u"Spam or fake"_s << QString();
    QTest::newRow("disqualified, listed")
        << int(Stage::Disqualified) << u"student OR job seeker"_s << u"Student or job seeker"_s;
    QTest::newRow("disqualified with a lost reason")
        << int(Stage::Disqualified) << u"Price"_s << QString();
    QTest::newRow("disqualified without a reason")
        << int(Stage::Disqualified) << QString() << QString();
}

void TestLeadService::stageReasons()
{
    QFETCH(int, to);
    QFETCH(QString, reason);
    QFETCH(QString, stored);
    QTest::failOnWarning(QRegularExpression(u".*"_s)); // e.g. a message's arguments not used
    const Stage target = Stage(to);
    const Lead lead = leadIn(target == Stage::Lost ? Stage::Opportunity : Stage::Contacted);
    const qint64 historyRows = scalar(u"SELECT COUNT(*) FROM stage_history"_s);
    const QStringList reasons = target == Stage::Lost
        ? QualificationDefinition::shipped().lostReasons
        : QualificationDefinition::shipped().disqualifyReasons;

    auto moved = m_leads->changeStage(lead.id(), target, reason);
    if (stored.isEmpty()) {
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Invalid);
        QCOMPARE(moved.error().field, u"reason"_s);
        // The message offers the definition's list.
        for (const QString &listed : reasons)
            QVERIFY2(moved.error().message.contains(listed), qPrintable(moved.error().message));
        QCOMPARE(*m_leads->get(lead.id()), lead);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), historyRows);
        return;
    }
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
    QCOMPARE(moved->stage(), target);
    // Stored as the definition spells it, on the lead and in the stage history.
    QCOMPARE(moved->text(LeadField::LostReason), stored);
    QCOMPARE(m_leads->get(lead.id())->text(LeadField::LostReason), stored);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT reason FROM stage_history ORDER BY id DESC LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), stored);
    auto history = m_leads->history(lead.id());
    QVERIFY(history);
    QCOMPARE(history->constLast().kind, HistoryEntry::Kind::StageChanged);
    QCOMPARE(history->constLast().reason, stored);
}

void TestLeadService::editedReasonListIsUsed()
{
    QualificationStore store(m_db->connection());
    auto current = store.current();
    QVERIFY(current);
    QCOMPARE(current->version, 1);
    QualificationDefinition edited = *current;
    edited.lostReasons = {u"Acquired by a customer"_s, u"Price"_s};
    edited.disqualifyReasons = {u"Bot sign-up"_s};
    auto saved = store.save(edited, u"manager"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->version, 2);

    const Lead lost = leadIn(Stage::Sql);
    // A reason the old list had is refused now; the message gives the new list.
    auto refused = m_leads->changeStage(lost.id(), Stage::Lost, u"No budget"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"Acquired by a customer"_s),
        qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u"Went silent"_s));
    auto accepted = m_leads->changeStage(lost.id(), Stage::Lost, u"acquired BY a customer"_s);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
    QCOMPARE(accepted->text(LeadField::LostReason), u"Acquired by a customer"_s);

    const Lead disqualified = leadIn(Stage::New);
    QVERIFY(!m_leads->changeStage(disqualified.id(), Stage::Disqualified, u"Spam or fake"_s));
    auto bot = m_leads->changeStage(disqualified.id(), Stage::Disqualified, u"bot sign-up"_s);
    QVERIFY2(bot, qPrintable(bot ? QString() : bot.error().toString()));
    QCOMPARE(bot->text(LeadField::LostReason), u"Bot sign-up"_s);
}

void TestLeadService::sqlNeedsBant_data()
{
    QTest::addColumn<QStringList>("before"); // BANT items the lead has
    QTest::addColumn<QStringList>("withMove"); // BANT items given in the update that moves it
    QTest::addColumn<QStringList>("required"); // the definition's sql_requires
    QTest::addColumn<QString>("missing"); // the first missing field; empty: accepted

    const QStringList shipped {u"budget"_s, u"authority"_s, u"need"_s};
    QTest::newRow("nothing") << QStringList() << QStringList() << shipped << u"bant_budget"_s;
    QTest::newRow("budget only") << QStringList {u"budget"_s} << QStringList() << shipped
                                 << u"bant_authority"_s;
    QTest::newRow("budget and authority")
        << QStringList {u"budget"_s, u"authority"_s} << QStringList() << shipped << u"bant_need"_s;
    QTest::newRow("all three") << shipped << QStringList() << shipped << QString();
    QTest::newRow("timeline is not asked for")
        << QStringList {u"budget"_s, u"authority"_s, u"timeline"_s} << QStringList() << shipped
        << u"bant_need"_s;
    QTest::newRow("given with the move") << QStringList() << shipped << shipped << QString();
    QTest::newRow("the last one given with the move")
        << QStringList {u"budget"_s, u"authority"_s} << QStringList {u"need"_s} << shipped
        << QString();
    QTest::newRow("definition asks for the timeline too")
        << shipped << QStringList() << (QStringList(shipped) << u"timeline"_s)
        << u"bant_timeline"_s;
    QTest::newRow("definition asks for need only")
        << QStringList {u"need"_s} << QStringList() << QStringList {u"need"_s} << QString();
    QTest::newRow("definition asks for nothing")
        << QStringList() << QStringList() << QStringList() << QString();
}

void TestLeadService::sqlNeedsBant()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, withMove);
    QFETCH(QStringList, required);
    QFETCH(QString, missing);

    if (required != QStringList {u"budget"_s, u"authority"_s, u"need"_s}) {
        QualificationStore store(m_db->connection());
        QualificationDefinition edited = *store.current();
        edited.sqlRequires.clear();
        for (const QString &item : std::as_const(required))
            edited.sqlRequires << *bantFromString(item);
        QVERIFY(store.save(edited, u"manager"_s));
    }
    const QHash<QString, std::pair<LeadField, QString>> values {
        {u"budget"_s, {LeadField::BantBudget, u"5000"_s}},
        {u"authority"_s, {LeadField::BantAuthority, u"CFO"_s}},
        {u"need"_s, {LeadField::BantNeed, u"A CRM"_s}},
        {u"timeline"_s, {LeadField::BantTimeline, u"Q3"_s}}};
    LeadChanges fields {{LeadField::LastName, u"Clarke"_s}, {LeadField::Stage, u"mql"_s}};
    for (const QString &item : std::as_const(before))
        fields.append({values[item].first, values[item].second});
    const Lead lead = mustCreate(fields);
    QCOMPARE(lead.stage(), Stage::Mql);
    const qint64 auditRows = scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    LeadChanges changes {{LeadField::Stage, u"sql"_s}};
    for (const QString &item : std::as_const(withMove))
        changes.append({values[item].first, values[item].second});
    auto moved = m_leads->update(lead.id(), lead.version(), changes, u"sales accepted"_s);
    if (missing.isEmpty()) {
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved->stage(), Stage::Sql);
        for (const QString &item : std::as_const(withMove))
            QCOMPARE(moved->text(values[item].first),
                values[item].first == LeadField::BantBudget ? u"500000"_s : values[item].second);
        return;
    }
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, ErrorCode::NotAllowed);
    QCOMPARE(moved.error().field, missing);
    const QString message = moved.error().message;
    // It names what the definition asks for and what the lead lacks.
    QVERIFY2(message.contains(required.join(u", "_s)), qPrintable(message));
    QStringList lacking;
    for (const QString &item : std::as_const(required)) {
        if (!before.contains(item) && !withMove.contains(item))
            lacking << item;
    }
    QVERIFY2(message.endsWith(
                 u"lacks "_s + lacking.join(u", "_s) + u". Fill in the BANT fields first."_s),
        qPrintable(message));
    // Nothing written, not even the BANT items given with the move.
    QCOMPARE(*m_leads->get(lead.id()), lead);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
}

void TestLeadService::stageTimestamps()
{
    const auto between = [](const Lead &lead, LeadField field, qint64 from, qint64 to) {
        const qint64 at = lead.integer(field);
        return !lead.isNull(field) && at >= from && at <= to;
    };
    const Lead lead = leadIn(Stage::Mql);
    QVERIFY(lead.isNull(LeadField::AcceptedAt));

    // Entering SQL: accepted.
    qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto sql = m_leads->changeStage(lead.id(), Stage::Sql, {});
    qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(sql);
    QVERIFY(between(*sql, LeadField::AcceptedAt, before, after));
    QVERIFY(sql->isNull(LeadField::ConvertedAt));
    QVERIFY(sql->isNull(LeadField::ClosedAt));
    const qint64 accepted = sql->integer(LeadField::AcceptedAt);

    // Opportunity: converted.
    QTest::qWait(5);
    before = QDateTime::currentMSecsSinceEpoch();
    auto opportunity = m_leads->changeStage(lead.id(), Stage::Opportunity, {});
    after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(opportunity);
    QVERIFY(between(*opportunity, LeadField::ConvertedAt, before, after));
    QCOMPARE(opportunity->integer(LeadField::AcceptedAt), accepted);
    QVERIFY(opportunity->isNull(LeadField::ClosedAt));

    // Won: closed, with no lost reason.
    before = QDateTime::currentMSecsSinceEpoch();
    auto won = m_leads->changeStage(lead.id(), Stage::Won, {});
    after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(won);
    QVERIFY(between(*won, LeadField::ClosedAt, before, after));
    QVERIFY(won->isNull(LeadField::LostReason));
    QCOMPARE(*m_leads->get(lead.id()), *won);

    // Lost: closed with the reason; recycled: open again, with the recycle reason.
    const Lead second = leadIn(Stage::Opportunity);
    before = QDateTime::currentMSecsSinceEpoch();
    auto lost = m_leads->changeStage(second.id(), Stage::Lost, u"price"_s);
    after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(lost);
    QVERIFY(between(*lost, LeadField::ClosedAt, before, after));
    QCOMPARE(lost->text(LeadField::LostReason), u"Price"_s);
    auto recycled = m_leads->changeStage(second.id(), Stage::Nurturing, u"  next budget year "_s);
    QVERIFY(recycled);
    QVERIFY(recycled->isNull(LeadField::ClosedAt));
    QCOMPARE(recycled->text(LeadField::RecycleReason), u"next budget year"_s);
    QCOMPARE(*m_leads->get(second.id()), *recycled);

    // Disqualified: closed; reopened without a reason: open, no recycle reason made up.
    const Lead third = leadIn(Stage::New);
    before = QDateTime::currentMSecsSinceEpoch();
    auto disqualified = m_leads->changeStage(third.id(), Stage::Disqualified, u"duplicate"_s);
    after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(disqualified);
    QVERIFY(between(*disqualified, LeadField::ClosedAt, before, after));
    QCOMPARE(disqualified->text(LeadField::LostReason), u"Duplicate"_s);
    QVERIFY(disqualified->isNull(LeadField::AcceptedAt));
    auto reopened = m_leads->changeStage(third.id(), Stage::Nurturing, {});
    QVERIFY(reopened);
    QVERIFY(reopened->isNull(LeadField::ClosedAt));
    QVERIFY(reopened->isNull(LeadField::RecycleReason));

    // Stages that record nothing: contacted, MQL.
    const Lead fourth = leadIn(Stage::New);
    auto contacted = m_leads->changeStage(fourth.id(), Stage::Contacted, {});
    QVERIFY(contacted);
    auto mql = m_leads->changeStage(fourth.id(), Stage::Mql, {});
    QVERIFY(mql);
    for (LeadField field : {LeadField::AcceptedAt, LeadField::ConvertedAt, LeadField::ClosedAt,
             LeadField::LostReason, LeadField::RecycleReason})
        QVERIFY2(mql->isNull(field), qPrintable(fieldKey(field)));

    // What a stage change records is audited at the stage change's version.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity_id = %1 AND field = 'closed_at' "
                    "AND entity_version = %2"_s.arg(lead.id())
                        .arg(won->version())),
        1);
}

void TestLeadService::stageHistoryRecordsWhoWhenWhy()
{
    const Lead lead = leadIn(Stage::New);
    m_leads->setActor(u"alice"_s);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_leads->changeStage(lead.id(), Stage::Contacted, u"  left a voicemail "_s));
    const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
    m_leads->setActor(u"bob"_s);
    QTest::qWait(5);
    QVERIFY(m_leads->update(lead.id(), lead.version() + 1, {{LeadField::Stage, u"mql"_s}},
        u"downloaded the white paper"_s));
    QVERIFY(m_leads->changeStage(lead.id(), Stage::Disqualified, u"competitor"_s));
    const qint64 t2 = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT from_stage, to_stage, actor, reason, lead_version, at, rule "
                       "FROM stage_history WHERE lead_id = %1 ORDER BY id"_s.arg(lead.id())));
    QStringList rows;
    QList<qint64> times;
    while (query.next()) {
        rows << QStringList {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(6).isNull() ? u"-"_s : query.value(6).toString()}
                    .join(u'|');
        times << query.value(5).toLongLong();
    }
    QCOMPARE(rows,
        (QStringList {u"|new|tester||1|-"_s, u"new|contacted|alice|left a voicemail|2|-"_s,
            u"contacted|mql|bob|downloaded the white paper|3|-"_s,
            u"mql|disqualified|bob|Competitor|4|-"_s}));
    QVERIFY(times[1] >= t0 && times[1] <= t1);
    QVERIFY(times[2] > t1 && times[2] <= t2);
    QVERIFY(times[3] >= times[2] && times[3] <= t2);

    // The lead's history tells the same, once per change.
    auto history = m_leads->history(lead.id());
    QVERIFY(history);
    QStringList stages;
    for (const HistoryEntry &entry : std::as_const(*history)) {
        if (entry.kind != HistoryEntry::Kind::StageChanged)
            continue;
        stages << u"%1→%2 by %3: %4 @%5"_s.arg(entry.oldValue, entry.newValue, entry.actor,
            entry.reason, QString::number(entry.at.toMSecsSinceEpoch()));
    }
    QCOMPARE(stages,
        (QStringList {u"→new by tester:  @%1"_s.arg(lead.integer(LeadField::CreatedAt)),
            u"new→contacted by alice: left a voicemail @%1"_s.arg(times[1]),
            u"contacted→mql by bob: downloaded the white paper @%1"_s.arg(times[2]),
            u"mql→disqualified by bob: Competitor @%1"_s.arg(times[3])}));
}

void TestLeadService::staleStageChangeIsAConflict()
{
    const Lead lead = leadIn(Stage::Contacted);
    // Someone else edits the lead meanwhile.
    auto theirs = m_leads->update(lead.id(), lead.version(), {{LeadField::Title, u"CIO"_s}});
    QVERIFY(theirs);
    const qint64 historyRows = scalar(u"SELECT COUNT(*) FROM stage_history"_s);

    auto mine = m_leads->changeStage(lead.id(), Stage::Mql, u"scored"_s, lead.version());
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, ErrorCode::Conflict);
    QCOMPARE(mine.error().details, QStringList {u"title"_s});
    auto viaUpdate =
        m_leads->update(lead.id(), lead.version(), {{LeadField::Stage, u"mql"_s}}, u"scored"_s);
    QVERIFY(!viaUpdate);
    QCOMPARE(viaUpdate.error().code, ErrorCode::Conflict);
    QCOMPARE(*m_leads->get(lead.id()), *theirs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), historyRows);

    // At the current version (given, or 0 for "whatever it is now") it goes through.
    auto current = m_leads->changeStage(lead.id(), Stage::Mql, u"scored"_s, theirs->version());
    QVERIFY(current);
    QCOMPARE(current->version(), theirs->version() + 1);
    auto latest = m_leads->changeStage(lead.id(), Stage::Sql, u"accepted"_s, 0);
    QVERIFY(latest);
    QCOMPARE(latest->stage(), Stage::Sql);
}

void TestLeadService::wonNeedsADealValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("none") << QVariant() << false;
    QTest::newRow("zero") << QVariant(0) << false;
    QTest::newRow("negative") << QVariant(-100) << false;
    QTest::newRow("one cent") << QVariant(1) << true;
    QTest::newRow("25,000.00") << QVariant(2500000) << true;
}

void TestLeadService::wonNeedsADealValue()
{
    QFETCH(QVariant, value);
    QFETCH(bool, allowed);
    const Lead lead = leadIn(Stage::Opportunity);
    m_leads->setLifecycleChecks(false);
    const Lead priced = *m_leads->update(lead.id(), lead.version(), {{LeadField::Value, value}});
    m_leads->setLifecycleChecks(true);
    const qint64 history = scalar(u"SELECT COUNT(*) FROM stage_history"_s);
    auto won = m_leads->changeStage(lead.id(), Stage::Won, u"Best offer"_s);
    QCOMPARE(bool(won), allowed);
    if (allowed) {
        QCOMPARE(won->stage(), Stage::Won);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history WHERE to_stage = 'won' AND "
                        "reason = 'Best offer'"_s),
            1);
        return;
    }
    QCOMPARE(won.error().code, ErrorCode::NotAllowed);
    QCOMPARE(won.error().field, u"value"_s);
    QVERIFY2(won.error().message.contains(u"Katherine Johnson cannot be marked won without a "
                                          "deal value"_s),
        qPrintable(won.error().message));
    QCOMPARE(m_leads->get(lead.id())->stage(), Stage::Opportunity);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s), history);
    // With the value given in the same edit, the move goes through.
    auto withValue = m_leads->update(
        lead.id(), priced.version(), {{LeadField::Stage, u"won"_s}, {LeadField::Value, 990000}});
    QVERIFY2(withValue, qPrintable(withValue ? QString() : withValue.error().toString()));
    QCOMPARE(withValue->integer(LeadField::Value), 990000);
}

void TestLeadService::sameStageIsRefused()
{
    const Lead lead = leadIn(Stage::Mql);
    auto same = m_leads->changeStage(lead.id(), Stage::Mql, u"again"_s);
    QVERIFY(!same);
    QCOMPARE(same.error().code, ErrorCode::NotAllowed);
    QVERIFY2(
        same.error().message.contains(stageLabel(Stage::Mql)), qPrintable(same.error().message));
    QCOMPARE(*m_leads->get(lead.id()), lead);
    auto missing = m_leads->changeStage(9999, Stage::Mql, {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestLeadService::lifecycleChecksOffRecordsAnyStage()
{
    // Imports and undo record stages as they were: no lifecycle, no reason list, no BANT, and
    // none of the stage's bookkeeping.
    const Lead lead = mustCreate({{LeadField::LastName, u"Hamilton"_s}});
    m_leads->setLifecycleChecks(false);
    auto won = m_leads->update(lead.id(), 1, {{LeadField::Stage, u"won"_s}});
    QVERIFY2(won, qPrintable(won ? QString() : won.error().toString()));
    QCOMPARE(won->stage(), Stage::Won);
    QVERIFY(won->isNull(LeadField::ClosedAt));
    auto back = m_leads->update(lead.id(), 2, {{LeadField::Stage, u"new"_s}});
    QVERIFY(back);
    auto lost = m_leads->update(lead.id(), 3, {{LeadField::Stage, u"lost"_s}}, u"as imported"_s);
    QVERIFY(lost);
    QVERIFY(lost->isNull(LeadField::LostReason));
    auto sql = m_leads->update(lead.id(), 4, {{LeadField::Stage, u"sql"_s}});
    QVERIFY(sql); // without BANT
    QVERIFY(sql->isNull(LeadField::AcceptedAt));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = %1"_s.arg(lead.id())), 5);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history WHERE reason = 'as imported'"_s), 1);

    // Back on: the same kind of move is refused again.
    m_leads->setLifecycleChecks(true);
    auto refused = m_leads->update(lead.id(), 5, {{LeadField::Stage, u"new"_s}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, lifecycle::refusal(Stage::Sql, Stage::New));
}

void TestLeadService::stageOnlyChangeDoesNotRescore_data()
{
    QTest::addColumn<QStringList>("changes"); // field=value
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("rescored");
    QTest::newRow("stage only") << QStringList {u"stage=contacted"_s} << QString() << false;
    QTest::newRow("stage with a reason")
        << QStringList {u"stage=nurturing"_s} << u"not now"_s << false;
    QTest::newRow("disqualified (lost_reason, closed_at)")
        << QStringList {u"stage=disqualified"_s} << u"No need"_s << false;
    QTest::newRow("title") << QStringList {u"title=Buyer"_s} << QString() << true;
    QTest::newRow("notes") << QStringList {u"notes=met at the fair"_s} << QString() << true;
    QTest::newRow("deal value") << QStringList {u"value=1200"_s} << QString() << true;
    QTest::newRow("nurture until")
        << QStringList {u"nurture_until=2030-01-01"_s} << QString() << true;
    QTest::newRow("stage and title")
        << QStringList {u"stage=contacted"_s, u"title=Buyer"_s} << QString() << true;
}

void TestLeadService::stageOnlyChangeDoesNotRescore()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, reason);
    QFETCH(bool, rescored);
    const Lead lead = mustCreate({{LeadField::LastName, u"Easley"_s},
        {LeadField::Industry, u"Retail"_s}, {LeadField::Value, u"900"_s}});
    QCOMPARE(lead.integer(LeadField::Score), 0);
    // A new rule, not applied yet: the stored score is now out of date (it would be 25).
    ScoringRule rule;
    rule.kind = ScoringRule::Kind::Fit;
    rule.name = u"Retail"_s;
    rule.attribute = u"industry"_s;
    rule.values = {u"Retail"_s};
    rule.points = 25;
    QVERIFY(ScoringRuleStore(m_db->connection()).add(rule));

    LeadChanges fields;
    for (const QString &change : std::as_const(changes))
        fields.append({*fieldFromName(change.section(u'=', 0, 0)), change.section(u'=', 1)});
    auto updated = m_leads->update(lead.id(), lead.version(), fields, reason);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
    QCOMPARE(updated->version(), lead.version() + 1);
    QCOMPARE(updated->integer(LeadField::Score), rescored ? 25 : 0);
    QCOMPARE(m_leads->get(lead.id())->integer(LeadField::Score), rescored ? 25 : 0);
    QCOMPARE(m_leads->get(lead.id())->text(LeadField::Grade), rescored ? u"C"_s : u"D"_s);
}

QTEST_GUILESS_MAIN(TestLeadService)
#include "tst_leadservice.moc"
