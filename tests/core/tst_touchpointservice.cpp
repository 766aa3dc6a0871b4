#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

/// lf::TouchpointService: logging touchpoints by hand (type and time checks, first contact,
/// rescoring), listing them, and a lead's timeline.
class TestTouchpointService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void manualTypesAndContacts();
    void logStoresEveryPart();
    void listIsInTimeOrder();
    void invalidTypes_data();
    void invalidTypes();
    void typesAreNormalized_data();
    void typesAreNormalized();
    void futureTimes_data();
    void futureTimes();
    void unknownLeadOrCampaign();
    void firstContact_data();
    void firstContact();
    void logRescoresWithoutNewVersion();
    void logCanMoveALeadToMql();
    void timelineInterleavesEverything();
    void timelineHidesWhatAStageChangeRecords();
    void timelineOfUnknownLead();

private:
    Lead mustCreate(const LeadChanges &fields);
    Touchpoint mustLog(const Touchpoint &touchpoint);
    qint64 count(const QString &sql);
    qint64 addUser(const QString &name);
    qint64 addAssignment(qint64 leadId, qint64 userId, qint64 at, const QString &by,
        const QString &reason, qint64 endedAt = 0, const QString &endReason = {});
    /// Moves the audit and stage history rows a lead version wrote to another moment.
    void setVersionTime(qint64 leadId, qint64 version, qint64 at);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<TouchpointService> m_touchpoints;
};

void TestTouchpointService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTouchpointService::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"touch-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_touchpoints = std::make_unique<TouchpointService>(m_db->connection());
    m_touchpoints->setActor(u"rita"_s);
}

void TestTouchpointService::cleanup()
{
    m_touchpoints.reset();
    m_leads.reset();
    m_db.reset();
}

Lead TestTouchpointService::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

Touchpoint TestTouchpointService::mustLog(const Touchpoint &touchpoint)
{
    auto logged = m_touchpoints->log(touchpoint);
    if (!logged)
        qFatal("log failed: %s", qPrintable(logged.error().toString()));
    return *logged;
}

qint64 TestTouchpointService::count(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestTouchpointService::addUser(const QString &name)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO users (name, created_at, updated_at) VALUES (?, 0, 0)"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add user");
    return query.lastInsertId().toLongLong();
}

qint64 TestTouchpointService::addAssignment(qint64 leadId, qint64 userId, qint64 at,
    const QString &by, const QString &reason, qint64 endedAt, const QString &endReason)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO assignments (lead_id, user_id, assigned_at, assigned_by, reason, "
                  "ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(leadId);
    query.addBindValue(userId);
    query.addBindValue(at);
    query.addBindValue(by);
    query.addBindValue(reason);
    query.addBindValue(endedAt > 0 ? QVariant(endedAt) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(
        endReason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(endReason));
    if (!query.exec())
        qFatal("cannot add assignment");
    return query.lastInsertId().toLongLong();
}

void TestTouchpointService::setVersionTime(qint64 leadId, qint64 version, qint64 at)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"UPDATE audit_log SET at = ? WHERE entity = 'lead' AND entity_id = ? AND "
                  "entity_version = ?"_s);
    query.addBindValue(at);
    query.addBindValue(leadId);
    query.addBindValue(version);
    QVERIFY(query.exec());
    query.prepare(u"UPDATE stage_history SET at = ? WHERE lead_id = ? AND lead_version = ?"_s);
    query.addBindValue(at);
    query.addBindValue(leadId);
    query.addBindValue(version);
    QVERIFY(query.exec());
    QVERIFY(query.numRowsAffected() >= 0);
}

void TestTouchpointService::manualTypesAndContacts()
{
    QCOMPARE(TouchpointService::manualTypes(),
        (QStringList {u"call"_s, u"email"_s, u"meeting"_s, u"note"_s}));
    QVERIFY(TouchpointService::isContact(u"call"_s));
    QVERIFY(TouchpointService::isContact(u"email"_s));
    QVERIFY(TouchpointService::isContact(u"meeting"_s));
    QVERIFY(!TouchpointService::isContact(u"note"_s));
    QVERIFY(!TouchpointService::isContact(u"demo_request"_s));
    QVERIFY(!TouchpointService::isContact(u"email_open"_s));
}

void TestTouchpointService::logStoresEveryPart()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Hopper"_s}});
    {
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.exec(u"INSERT INTO campaigns (name, channel, created_at) VALUES "
                            "('Spring webinar', 'Webinar', 0)"_s));
    }
    const qint64 campaign = count(u"SELECT id FROM campaigns WHERE name = 'Spring webinar'"_s);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-7200);

    Touchpoint touchpoint;
    touchpoint.leadId = lead.id();
    touchpoint.type = u" Call "_s;
    touchpoint.channel = u"Phone"_s;
    touchpoint.campaignId = campaign;
    touchpoint.at = at;
    touchpoint.detail = u"Intro call"_s;
    touchpoint.outcome = u"connected"_s;
    touchpoint.actor = u"someone else"_s; // the service's actor is recorded
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Touchpoint logged = mustLog(touchpoint);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(logged.id > 0);
    QCOMPARE(logged.type, u"call"_s);
    QCOMPARE(logged.campaign, u"Spring webinar"_s);
    QCOMPARE(logged.actor, u"rita"_s);

    auto listed = m_touchpoints->list(lead.id());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const Touchpoint &stored = listed->first();
    QCOMPARE(stored.id, logged.id);
    QCOMPARE(stored.leadId, lead.id());
    QCOMPARE(stored.type, u"call"_s);
    QCOMPARE(stored.channel, u"Phone"_s);
    QCOMPARE(stored.campaignId, campaign);
    QCOMPARE(stored.campaign, u"Spring webinar"_s);
    QCOMPARE(stored.at.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    QCOMPARE(stored.detail, u"Intro call"_s);
    QCOMPARE(stored.outcome, u"connected"_s);
    QCOMPARE(stored.actor, u"rita"_s);
    QCOMPARE(stored.importBatchId, 0);
    const qint64 createdAt =
        count(u"SELECT created_at FROM touchpoints WHERE id = %1"_s.arg(logged.id));
    QVERIFY(createdAt >= before && createdAt <= after);

    // No time given: now. Empty texts are stored as nothing.
    Touchpoint bare;
    bare.leadId = lead.id();
    bare.type = u"note"_s;
    bare.detail = u"   "_s;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const Touchpoint note = mustLog(bare);
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 noteAt =
        count(u"SELECT occurred_at FROM touchpoints WHERE id = %1"_s.arg(note.id));
    QVERIFY(noteAt >= start && noteAt <= end);
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints WHERE id = %1 AND detail IS NULL AND "
                   "channel IS NULL AND outcome IS NULL AND campaign_id IS NULL"_s.arg(note.id)),
        1);
}

void TestTouchpointService::listIsInTimeOrder()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Lamarr"_s}});
    const Lead other = mustCreate({{LeadField::LastName, u"Noether"_s}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Logged out of order; the same moment twice (then in the order logged).
    const QList<std::pair<QString, int>> steps {{u"meeting"_s, -1}, {u"call"_s, -5},
        {u"email"_s, -3}, {u"note"_s, -3}, {u"web_visit"_s, -10}};
    for (const auto &[type, days] : steps)
        mustLog({0, lead.id(), type, {}, 0, {}, now.addDays(days), {}, {}, {}, 0});
    mustLog({0, other.id(), u"call"_s, {}, 0, {}, now.addDays(-4), {}, {}, {}, 0});

    auto listed = m_touchpoints->list(lead.id());
    QVERIFY(listed);
    QStringList types;
    for (const Touchpoint &t : std::as_const(*listed))
        types << t.type;
    QCOMPARE(types, (QStringList {u"web_visit"_s, u"call"_s, u"email"_s, u"note"_s, u"meeting"_s}));
    auto none = m_touchpoints->list(999);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestTouchpointService::invalidTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("starts with a digit") << u"1call"_s;
    QTest::newRow("starts with _") << u"_call"_s;
    QTest::newRow("hyphen") << u"demo-request"_s;
    QTest::newRow("space inside") << u"demo request"_s;
    QTest::newRow("punctuation") << u"call;"_s;
    QTest::newRow("sql") << u"call'); DROP TABLE leads;--"_s;
    QTest::newRow("accent") << u"réunion"_s;
    QTest::newRow("41 characters") << QString(41, u'a');
}

void TestTouchpointService::invalidTypes()
{
    QFETCH(QString, type);
    const Lead lead = mustCreate({{LeadField::LastName, u"Liskov"_s}});
    auto logged = m_touchpoints->log({0, lead.id(), type, {}, 0, {}, {}, {}, {}, {}, 0});
    QVERIFY(!logged);
    QCOMPARE(logged.error().code, ErrorCode::Invalid);
    QCOMPARE(logged.error().field, u"type"_s);
    QVERIFY2(logged.error().message.contains(u"call, email, meeting, note"_s),
        qPrintable(logged.error().message));
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE first_contacted_at IS NOT NULL"_s), 0);
}

void TestTouchpointService::typesAreNormalized_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("stored");
    QTest::newRow("upper case") << u"CALL"_s << u"call"_s;
    QTest::newRow("padded") << u"  Demo_Request "_s << u"demo_request"_s;
    QTest::newRow("one letter") << u"x"_s << u"x"_s;
    QTest::newRow("digits after a letter") << u"webinar2026"_s << u"webinar2026"_s;
    QTest::newRow("40 characters") << QString(40, u'b') << QString(40, u'b');
}

void TestTouchpointService::typesAreNormalized()
{
    QFETCH(QString, type);
    QFETCH(QString, stored);
    const Lead lead = mustCreate({{LeadField::LastName, u"Liskov"_s}});
    const Touchpoint logged = mustLog({0, lead.id(), type, {}, 0, {}, {}, {}, {}, {}, 0});
    QCOMPARE(logged.type, stored);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT type FROM touchpoints WHERE id = %1"_s.arg(logged.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), stored);
}

void TestTouchpointService::futureTimes_data()
{
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a year ago") << qint64(-365) * 86400 << true;
    QTest::newRow("an hour ahead (clock skew)") << qint64(3600) << true;
    QTest::newRow("23 hours ahead") << qint64(23) * 3600 << true;
    QTest::newRow("a day and five minutes ahead") << qint64(86400 + 300) << false;
    QTest::newRow("a year ahead") << qint64(365) * 86400 << false;
}

void TestTouchpointService::futureTimes()
{
    QFETCH(qint64, offsetSeconds);
    QFETCH(bool, accepted);
    const Lead lead = mustCreate({{LeadField::LastName, u"Goldberg"_s}});
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
    auto logged = m_touchpoints->log({0, lead.id(), u"call"_s, {}, 0, {}, at, {}, {}, {}, 0});
    QCOMPARE(bool(logged), accepted);
    if (accepted) {
        QCOMPARE(count(u"SELECT occurred_at FROM touchpoints"_s), at.toMSecsSinceEpoch());
        return;
    }
    QCOMPARE(logged.error().code, ErrorCode::Invalid);
    QCOMPARE(logged.error().field, u"at"_s);
    QVERIFY2(logged.error().message.contains(u"future"_s), qPrintable(logged.error().message));
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE first_contacted_at IS NOT NULL"_s), 0);
}

void TestTouchpointService::unknownLeadOrCampaign()
{
    auto missing = m_touchpoints->log({0, 999, u"call"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    const Lead lead = mustCreate({{LeadField::LastName, u"Kare"_s}});
    auto noCampaign = m_touchpoints->log({0, lead.id(), u"email"_s, {}, 42, {}, {}, {}, {}, {}, 0});
    QVERIFY(!noCampaign);
    QCOMPARE(noCampaign.error().code, ErrorCode::NotFound);
    QCOMPARE(noCampaign.error().field, u"campaign"_s);

    QVERIFY(m_leads->remove(lead.id()));
    auto deleted = m_touchpoints->log({0, lead.id(), u"call"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, ErrorCode::NotFound);
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE first_contacted_at IS NOT NULL"_s), 0);
}

void TestTouchpointService::firstContact_data()
{
    // Steps "type@minutes ago", logged in this order; the expected first contact in minutes ago
    // (-1: none).
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("expected");
    QTest::newRow("a note is not a contact") << QStringList {u"note@60"_s} << -1;
    QTest::newRow("imported types are not") << QStringList {u"demo_request@60"_s,
        u"email_open@50"_s, u"web_visit@40"_s, u"form_submit@30"_s, u"meeting_booked@20"_s}
                                            << -1;
    QTest::newRow("call") << QStringList {u"note@90"_s, u"call@60"_s} << 60;
    QTest::newRow("email") << QStringList {u"email@30"_s} << 30;
    QTest::newRow("meeting") << QStringList {u"web_visit@20"_s, u"meeting@10"_s} << 10;
    QTest::newRow("upper-case type") << QStringList {u"CALL@45"_s} << 45;
    QTest::newRow("a later contact keeps the first")
        << QStringList {u"call@60"_s, u"email@30"_s, u"meeting@5"_s} << 60;
    QTest::newRow("an earlier contact logged late moves it back")
        << QStringList {u"meeting@30"_s, u"call@120"_s, u"email@90"_s} << 120;
    QTest::newRow("a note before the first call does not count")
        << QStringList {u"note@300"_s, u"email@200"_s} << 200;
}

void TestTouchpointService::firstContact()
{
    QFETCH(QStringList, steps);
    QFETCH(int, expected);
    const Lead lead = mustCreate({{LeadField::LastName, u"Allen"_s}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &step : std::as_const(steps)) {
        const QString type = step.section(u'@', 0, 0);
        const int minutes = step.section(u'@', 1).toInt();
        mustLog({0, lead.id(), type, {}, 0, {}, now.addSecs(-60 * minutes), {}, {}, {}, 0});
    }
    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    if (expected < 0) {
        QVERIFY(stored->isNull(LeadField::FirstContactedAt));
    } else {
        QCOMPARE(stored->integer(LeadField::FirstContactedAt),
            now.addSecs(-60 * expected).toMSecsSinceEpoch());
    }
    // The first-contact clock is bookkeeping: no new version, no audit rows.
    QCOMPARE(stored->version(), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update'"_s), 0);
}

void TestTouchpointService::logRescoresWithoutNewVersion()
{
    // Fit 15 (target industry) under the shipped rules.
    const Lead lead =
        mustCreate({{LeadField::LastName, u"Sammet"_s}, {LeadField::Industry, u"Software"_s}});
    QCOMPARE(lead.integer(LeadField::FitScore), 15);
    QCOMPARE(lead.integer(LeadField::Score), 15);
    const qint64 auditRows = count(u"SELECT COUNT(*) FROM audit_log"_s);
    const qint64 stageRows = count(u"SELECT COUNT(*) FROM stage_history"_s);

    mustLog({0, lead.id(), u"demo_request"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->integer(LeadField::EngagementScore), 30); // "Asked for a demo" +30
    QCOMPARE(stored->integer(LeadField::FitScore), 15);
    QCOMPARE(stored->integer(LeadField::Score), 45);
    QCOMPARE(stored->version(), lead.version());
    QCOMPARE(stored->integer(LeadField::UpdatedAt), lead.integer(LeadField::UpdatedAt));
    QCOMPARE(stored->stage(), Stage::New); // 45 is below the MQL threshold 60

    // A call adds "Spoke on the phone" (+5) and is the first contact.
    mustLog({0, lead.id(), u"call"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->integer(LeadField::EngagementScore), 35);
    QCOMPARE(stored->integer(LeadField::Score), 50);
    QVERIFY(!stored->isNull(LeadField::FirstContactedAt));
    QCOMPARE(stored->version(), lead.version());
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_s), auditRows);
    QCOMPARE(count(u"SELECT COUNT(*) FROM stage_history"_s), stageRows);

    // The score touches only that lead.
    const Lead bystander = mustCreate({{LeadField::LastName, u"Other"_s}});
    mustLog({0, lead.id(), u"demo_request"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    QCOMPARE(m_leads->get(bystander.id())->integer(LeadField::Score), 0);
}

void TestTouchpointService::logCanMoveALeadToMql()
{
    // Fit 35 (target industry 15, decision maker 20) + a demo request 30 = 65, over the MQL
    // threshold 60: the lead moves to MQL by itself, recorded as the scoring's stage change.
    const Lead lead = mustCreate({{LeadField::LastName, u"Bartik"_s},
        {LeadField::Industry, u"Software"_s}, {LeadField::Title, u"CTO"_s}});
    QCOMPARE(lead.integer(LeadField::Score), 35);
    mustLog({0, lead.id(), u"demo_request"_s, {}, 0, {}, {}, {}, {}, {}, 0});
    auto stored = m_leads->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->integer(LeadField::Score), 65);
    QCOMPARE(stored->stage(), Stage::Mql);
    QCOMPARE(count(u"SELECT COUNT(*) FROM stage_history WHERE to_stage = 'mql' AND "
                   "from_stage = 'new' AND rule = 'mql_threshold'"_s),
        1);
}

void TestTouchpointService::timelineInterleavesEverything()
{
    const qint64 hour = 3600 * 1000;
    const qint64 t0 = (QDateTime::currentMSecsSinceEpoch() - qint64(10) * 24 * hour) / 1000 * 1000;
    const auto at = [&](double hours) {
        return t0 + qint64(hours * double(hour));
    };
    const auto when = [&](double hours) {
        return QDateTime::fromMSecsSinceEpoch(at(hours), Qt::UTC);
    };

    // v1: created.
    const Lead lead = mustCreate({{LeadField::FirstName, u"Mary"_s},
        {LeadField::LastName, u"Jackson"_s}, {LeadField::Company, u"NACA"_s}});
    const qint64 id = lead.id();
    setVersionTime(id, 1, at(0));
    // A web visit imported from before the lead was created.
    const Touchpoint visit =
        mustLog({0, id, u"web_visit"_s, u"Website"_s, 0, {}, when(-1), {}, {}, {}, 0});
    const Touchpoint email =
        mustLog({0, id, u"email"_s, {}, 0, {}, when(1), u"Re: pricing"_s, u"replied"_s, {}, 0});
    const qint64 rita = addUser(u"Rita Rep"_s);
    const qint64 sam = addUser(u"Sam Seller"_s);
    const qint64 first =
        addAssignment(id, rita, at(2), u"router"_s, u"round robin"_s, at(6), u"reassigned"_s);
    // v2: an edit and a stage change in one update.
    QVERIFY(m_leads->update(
        id, 1, {{LeadField::Title, u"CTO"_s}, {LeadField::Stage, u"contacted"_s}}, u"replied"_s));
    setVersionTime(id, 2, at(3));
    const Touchpoint call =
        mustLog({0, id, u"call"_s, {}, 0, {}, when(4), {}, u"connected"_s, {}, 0});
    // v3: BANT given with the move to SQL (accepted_at is the stage change's, not an edit).
    QVERIFY(m_leads->update(id, 2,
        {{LeadField::BantBudget, u"50000"_s}, {LeadField::BantAuthority, u"VP Engineering"_s},
            {LeadField::BantNeed, u"Wind tunnel data"_s}, {LeadField::Stage, u"sql"_s}},
        u"budget confirmed"_s));
    setVersionTime(id, 3, at(5));
    const qint64 second = addAssignment(id, sam, at(6.5), u"Manager"_s, u"territory"_s);
    // v4: lost (closed_at and lost_reason are the stage change's).
    QVERIFY(m_leads->changeStage(id, Stage::Lost, u"no budget"_s));
    setVersionTime(id, 4, at(7));
    const Touchpoint note =
        mustLog({0, id, u"note"_s, {}, 0, {}, when(8), u"try again in Q3"_s, {}, {}, 0});
    // v5: recycled (closed_at cleared, recycle_reason set by the stage change).
    QVERIFY(m_leads->changeStage(id, Stage::Nurturing, u"Q3"_s));
    setVersionTime(id, 5, at(9));
    // v6: the recycle reason edited by hand is an edit of its own.
    QVERIFY(m_leads->update(id, 5, {{LeadField::RecycleReason, u"Budget next year"_s}}));
    setVersionTime(id, 6, at(10));
    // v7, v8: deleted and restored.
    QVERIFY(m_leads->remove(id));
    setVersionTime(id, 7, at(11));
    QVERIFY(m_leads->restore(id));
    setVersionTime(id, 8, at(12));

    auto timeline = m_touchpoints->timeline(id);
    QVERIFY2(timeline, qPrintable(timeline ? QString() : timeline.error().toString()));

    using K = TimelineEntry::Kind;
    struct Expected
    {
        double hours;
        K kind;
        QString summary;
        QString detail;
        QString actor;
        qint64 sourceId = 0;
    };
    const QList<Expected> expected {
        {-1, K::Touchpoint, u"Web visit"_s, u"Website"_s, u"rita"_s, visit.id},
        {0, K::Created, u"Lead created"_s, {}, u"tester"_s},
        {0, K::StageChange, u"Stage New"_s, {}, u"tester"_s},
        {1, K::Touchpoint, u"Email: replied"_s, u"Re: pricing"_s, u"rita"_s, email.id},
        {2, K::Assignment, u"Assigned to Rita Rep"_s, u"round robin"_s, u"router"_s, first},
        {3, K::Edit, u"title changed"_s, u"(empty) → CTO"_s, u"tester"_s},
        {3, K::StageChange, u"Stage New → Contacted"_s, u"replied"_s, u"tester"_s},
        {4, K::Touchpoint, u"Call: connected"_s, {}, u"rita"_s, call.id},
        {5, K::Edit, u"bant_budget changed"_s, u"(empty) → 50000.00"_s, u"tester"_s},
        {5, K::Edit, u"bant_authority changed"_s, u"(empty) → VP Engineering"_s, u"tester"_s},
        {5, K::Edit, u"bant_need changed"_s, u"(empty) → Wind tunnel data"_s, u"tester"_s},
        {5, K::StageChange, u"Stage Contacted → Sales qualified"_s, u"budget confirmed"_s,
            u"tester"_s},
        {6, K::Assignment, u"No longer with Rita Rep"_s, u"reassigned"_s, u"router"_s, first},
        {6.5, K::Assignment, u"Assigned to Sam Seller"_s, u"territory"_s, u"Manager"_s, second},
        {7, K::StageChange, u"Stage Sales qualified → Lost"_s, u"No budget"_s, u"tester"_s},
        {8, K::Touchpoint, u"Note"_s, u"try again in Q3"_s, u"rita"_s, note.id},
        {9, K::StageChange, u"Stage Lost → Nurturing"_s, u"Q3"_s, u"tester"_s},
        {10, K::Edit, u"recycle_reason changed"_s, u"Q3 → Budget next year"_s, u"tester"_s},
        {11, K::Deleted, u"Lead deleted"_s, {}, u"tester"_s},
        {12, K::Restored, u"Lead restored"_s, {}, u"tester"_s},
    };
    const auto describe = [](qint64 ms, K kind, const QString &summary, const QString &detail,
                              const QString &actor) {
        return u"%1 #%2 %3 | %4 | %5"_s
            .arg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
            .arg(int(kind))
            .arg(summary, detail, actor);
    };
    QStringList actual;
    for (const TimelineEntry &e : std::as_const(*timeline))
        actual << describe(e.at.toMSecsSinceEpoch(), e.kind, e.summary, e.detail, e.actor);
    QStringList wanted;
    for (const Expected &e : expected)
        wanted << describe(at(e.hours), e.kind, e.summary, e.detail, e.actor);
    QCOMPARE(actual, wanted);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i].kind == K::Touchpoint || expected[i].kind == K::Assignment)
            QCOMPARE(timeline->at(i).sourceId, expected[i].sourceId);
        QCOMPARE(timeline->at(i).at.timeSpec(), Qt::UTC);
    }
}

void TestTouchpointService::timelineHidesWhatAStageChangeRecords()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Vaughan"_s},
        {LeadField::BantBudget, u"1000"_s}, {LeadField::BantAuthority, u"Owner"_s},
        {LeadField::BantNeed, u"Payroll"_s}, {LeadField::Value, 1200000}});
    const qint64 id = lead.id();
    for (Stage stage : {Stage::Sql, Stage::Opportunity, Stage::Won})
        QVERIFY(m_leads->changeStage(id, stage, {}));
    const Lead other = mustCreate({{LeadField::LastName, u"Dorothy"_s}});
    QVERIFY(m_leads->changeStage(other.id(), Stage::Disqualified, u"duplicate"_s));
    QVERIFY(m_leads->changeStage(other.id(), Stage::Nurturing, u"not a duplicate after all"_s));

    // The stage changes wrote accepted_at, converted_at, closed_at, lost_reason, recycle_reason
    // to the audit log...
    QCOMPARE(count(u"SELECT COUNT(DISTINCT field) FROM audit_log WHERE field IN ('accepted_at', "
                   "'converted_at', 'closed_at', 'lost_reason', 'recycle_reason')"_s),
        5);
    // ...and the timelines tell them by the stage lines only.
    for (qint64 leadId : {id, other.id()}) {
        auto timeline = m_touchpoints->timeline(leadId);
        QVERIFY(timeline);
        QStringList summaries;
        for (const TimelineEntry &e : std::as_const(*timeline)) {
            QVERIFY2(e.kind != TimelineEntry::Kind::Edit, qPrintable(e.summary));
            summaries << e.summary;
        }
        if (leadId == id)
            QCOMPARE(summaries,
                (QStringList {u"Lead created"_s, u"Stage New"_s, u"Stage New → Sales qualified"_s,
                    u"Stage Sales qualified → Opportunity"_s, u"Stage Opportunity → Won"_s}));
        else
            QCOMPARE(summaries,
                (QStringList {u"Lead created"_s, u"Stage New"_s, u"Stage New → Disqualified"_s,
                    u"Stage Disqualified → Nurturing"_s}));
    }
    auto timeline = m_touchpoints->timeline(other.id());
    QCOMPARE(timeline->at(2).detail, u"Duplicate"_s);
    QCOMPARE(timeline->at(3).detail, u"not a duplicate after all"_s);
}

void TestTouchpointService::timelineOfUnknownLead()
{
    auto timeline = m_touchpoints->timeline(12345);
    QVERIFY(!timeline);
    QCOMPARE(timeline.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestTouchpointService)
#include "tst_touchpointservice.moc"
