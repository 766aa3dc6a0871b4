#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "must.h"
#include "nurture/nurtureservice.h"
#include "routing/businesscalendar.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "scoring/qualification.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "workflow/automationlock.h"
#include "workflow/automationpass.h"
#include "workflow/pendingwork.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

/// Monday 3 March 2025, 10:00 UTC.
const QDateTime monday10 = utc(2025, 3, 3, 10);

using test::must;

} // namespace

/// lf::AutomationPass: each time-driven step at a replayed clock (SLA breaches and their
/// escalation, recycled leads coming back, nurture steps on their days, stale tasks closed,
/// reminders), that a second pass at the same moment changes nothing, and the lease that keeps two
/// runners apart. Expected values are read back with SQL.
class TestAutomationPass : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyBaseRefreshesDecayOncePerDay();
    void owedWorkIsFinishedAtTheReplayedTime();
    void breachEscalatesOnceAndTheEscalationClosesOnContact();
    void escalationStaysOpenAfterAReassignmentUntilContact();
    void recycledLeadsComeBackWhenTheirDateHasPassed();
    void nurtureStepsComeDueOnTheirDays();
    void waitingMqlsAreOfferedAgainEveryHour();
    void tasksOfClosedLeadsAreClosed_data();
    void tasksOfClosedLeadsAreClosed();
    void remindersAreCountedAndTheFirstFiftyListed();
    void aTaskMadeLateIsRemindedOnce();
    void secondPassAtTheSameMomentChangesNothing();
    void leaseKeepsRunnersApart_data();
    void leaseKeepsRunnersApart();
    void lastRunIsLogged();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    AutomationReport pass(const QDateTime &at)
    {
        AutomationPass automation(db());
        return must(automation.run(at), "automation pass");
    }
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;
    QString dump() const;
    qint64 addUser(const QString &name, qint64 manager = 0, User::Role role = User::Role::Rep);
    qint64 addLead(const LeadChanges &fields);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
};

void TestAutomationPass::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("TZ", "UTC"); // local days are UTC days here
}

void TestAutomationPass::init()
{
    static int counter = 0;
    auto opened = Database::open(m_dir.filePath(u"auto-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(*opened);
    m_leads = std::make_unique<LeadService>(db());
    m_leads->setActor(u"tester"_s);
    BusinessCalendar calendar;
    calendar.setTimeZone(QTimeZone("UTC"));
    must(calendar.setBusinessDays({1, 2, 3, 4, 5}), "business days");
    must(calendar.setHours(QTime(9, 0), QTime(17, 0)), "business hours");
    must(calendar.setDefaultSlaHours(4), "default hours");
    must(calendar.save(db()), "save calendar");
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::Manual;
    must(settings.save(db()), "routing settings");
}

void TestAutomationPass::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestAutomationPass::count(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

QString TestAutomationPass::dump() const
{
    // Everything the lead process keeps, row by row (the run log and the lease aside).
    QString out;
    for (const QString &table :
        {u"leads"_s, u"assignments"_s, u"tasks"_s, u"enrolments"_s, u"stage_history"_s,
            u"audit_log"_s, u"touchpoints"_s, u"settings"_s, u"pending_work"_s}) {
        QSqlQuery query(db());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            qFatal("dump failed: %s", qPrintable(table));
        while (query.next()) {
            out += table + u':';
            for (int i = 0; i < query.record().count(); ++i)
                out += query.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

qint64 TestAutomationPass::addUser(const QString &name, qint64 manager, User::Role role)
{
    User user;
    user.name = name;
    user.email = name.section(u' ', 0, 0).toLower() + u"@acme.test"_s;
    user.role = role;
    user.managerId = manager;
    return must(UserService(db()).add(user), "add user").id;
}

qint64 TestAutomationPass::addLead(const LeadChanges &fields)
{
    return must(m_leads->create(fields), "create lead").id();
}

void TestAutomationPass::emptyBaseRefreshesDecayOncePerDay()
{
    const AutomationReport first = pass(monday10);
    QVERIFY(first.decayRefreshed); // never refreshed before
    QVERIFY(first.runId > 0);
    QCOMPARE(first.clock, monday10);
    QVERIFY(!pass(monday10.addSecs(6 * 3600)).decayRefreshed); // same day
    QVERIFY(pass(utc(2025, 3, 4, 0, 1)).decayRefreshed); // the next day
    QCOMPARE(count(u"SELECT value FROM settings WHERE key = ?"_s, {PendingWork::DecayRefreshedKey}),
        utc(2025, 3, 4, 0, 1).toMSecsSinceEpoch());
    QCOMPARE(pass(utc(2025, 3, 4, 12)).summary(), u"Nothing was due."_s);
}

void TestAutomationPass::owedWorkIsFinishedAtTheReplayedTime()
{
    addUser(u"Ann Lee"_s);
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::OnMql;
    must(settings.save(db()), "routing settings");
    QualificationDefinition definition = must(QualificationStore(db()).current(), "definition");
    definition.mqlThreshold = 1;
    must(QualificationStore(db()).save(definition, u"tester"_s), "save definition");
    addLead({{LeadField::FirstName, u"Lena"_s}, {LeadField::Title, u"CEO"_s},
        {LeadField::Industry, u"Software"_s}, {LeadField::Employees, 500}});
    // Scores as if an import had written the lead and then been killed before its rescoring.
    QSqlQuery reset(db());
    QVERIFY(reset.exec(u"UPDATE leads SET score = 0, fit_score = 0, engagement_score = 0, "
                       "stage = 'new', engagement_state = NULL"_s));
    QVERIFY(reset.exec(u"DELETE FROM stage_history WHERE to_stage = 'mql'"_s));
    QVERIFY(reset.exec(u"DELETE FROM assignments"_s));
    QVERIFY(reset.exec(u"UPDATE leads SET owner_id = NULL"_s));
    Transaction transaction(db());
    must(transaction.begin(), "begin");
    must(PendingWork::markRescore(db(), u"import 7"_s), "mark");
    must(transaction.commit(), "commit");

    const AutomationReport report = pass(monday10);
    QCOMPARE(report.owedFor, QStringList {u"import 7"_s});
    QCOMPARE(count(u"SELECT COUNT(*) FROM pending_work"_s), 0);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND owner_id IS NOT NULL"_s), 1);
    // The first-contact clock started at the pass's moment, not the machine's.
    QCOMPARE(count(u"SELECT assigned_at FROM assignments"_s), monday10.toMSecsSinceEpoch());
    QCOMPARE(
        count(u"SELECT sla_due_at FROM assignments"_s), utc(2025, 3, 3, 14).toMSecsSinceEpoch());
}

void TestAutomationPass::breachEscalatesOnceAndTheEscalationClosesOnContact()
{
    const qint64 maria = addUser(u"Maria Boss"_s, 0, User::Role::Manager);
    const qint64 ann = addUser(u"Ann Lee"_s, maria);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}, {LeadField::LastName, u"Lang"_s},
        {LeadField::Stage, u"mql"_s}});
    Router router(db());
    router.setNow(monday10.toMSecsSinceEpoch());
    QVERIFY(must(router.assign(id, ann, u"test"_s), "assign").assigned);

    pass(monday10); // first pass: decay refresh only
    const AutomationReport early = pass(utc(2025, 3, 3, 13, 59));
    QCOMPARE(early.breached, 0);
    const AutomationReport late = pass(utc(2025, 3, 3, 14, 30));
    QCOMPARE(late.breached, 1);
    QCOMPARE(late.escalated, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation' AND user_id = ? AND "
                   "done_at IS NULL"_s,
                 {maria}),
        1);
    QCOMPARE(count(u"SELECT breached_at FROM assignments WHERE lead_id = ?"_s, {id}),
        utc(2025, 3, 3, 14, 30).toMSecsSinceEpoch());
    // The escalation task came due at once: it is a reminder of the same pass.
    QCOMPARE(late.reminders.size(), 1);
    QCOMPARE(late.reminders[0].leadName, u"Lena Lang"_s);
    QCOMPARE(late.reminders[0].userName, u"Maria Boss"_s);
    QCOMPARE(pass(utc(2025, 3, 3, 15)).breached, 0); // recorded once

    Touchpoint call;
    call.leadId = id;
    call.type = u"call"_s;
    call.at = utc(2025, 3, 3, 15, 10);
    call.actor = u"Ann Lee"_s;
    must(TouchpointService(db()).log(call), "log call");
    const AutomationReport after = pass(utc(2025, 3, 3, 15, 30));
    QCOMPARE(after.tasksClosed, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE closed_reason = ? AND done_at = ?"_s,
                 {AutomationPass::ClosedReasonEscalationResolved,
                     utc(2025, 3, 3, 15, 30).toMSecsSinceEpoch()}),
        1);
}

void TestAutomationPass::escalationStaysOpenAfterAReassignmentUntilContact()
{
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::Manual;
    settings.reassignOnBreach = true;
    must(settings.save(db()), "routing settings");
    const qint64 maria = addUser(u"Maria Boss"_s, 0, User::Role::Manager);
    const qint64 ann = addUser(u"Ann Lee"_s, maria);
    const qint64 bob = addUser(u"Bob Stone"_s, maria);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}, {LeadField::Stage, u"mql"_s}});
    Router router(db());
    router.setNow(monday10.toMSecsSinceEpoch());
    QVERIFY(must(router.assign(id, ann, u"test"_s), "assign").assigned);
    pass(monday10);
    const AutomationReport late = pass(utc(2025, 3, 3, 14, 30));
    QCOMPARE(late.breached, 1);
    QCOMPARE(late.reassigned, 1);
    // Handed to Bob, who has not called yet: Maria's escalation is still hers to follow up.
    QCOMPARE(count(u"SELECT owner_id FROM leads WHERE id = ?"_s, {id}), bob);
    QCOMPARE(late.tasksClosed, 0);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM tasks WHERE kind = 'escalation' AND done_at IS NULL"_s), 1);
    QCOMPARE(late.remindersDue, 1);
    Touchpoint call;
    call.leadId = id;
    call.type = u"call"_s;
    call.at = utc(2025, 3, 3, 15);
    must(TouchpointService(db()).log(call), "log call");
    QCOMPARE(pass(utc(2025, 3, 3, 15, 30)).tasksClosed, 1);
}

void TestAutomationPass::recycledLeadsComeBackWhenTheirDateHasPassed()
{
    const qint64 rich = addLead({{LeadField::FirstName, u"Rich"_s}, {LeadField::Title, u"CEO"_s},
        {LeadField::Industry, u"Software"_s}, {LeadField::Employees, 500}});
    const qint64 poor = addLead({{LeadField::FirstName, u"Poor"_s}});
    ScoringService scoring(db());
    const int richScore = must(scoring.explain(rich), "explain").score;
    const int poorScore = must(scoring.explain(poor), "explain").score;
    QVERIFY2(richScore > poorScore, "the shipped rules score a software CEO above a bare name");
    QualificationDefinition definition = must(QualificationStore(db()).current(), "definition");
    definition.mqlThreshold = richScore;
    must(QualificationStore(db()).save(definition, u"tester"_s), "save definition");
    const QDateTime until = utc(2025, 3, 10, 0);
    for (qint64 id : {rich, poor}) {
        QSqlQuery query(db());
        query.prepare(u"UPDATE leads SET stage = 'nurturing', nurture_until = ? WHERE id = ?"_s);
        query.addBindValue(until.toMSecsSinceEpoch());
        query.addBindValue(id);
        QVERIFY(query.exec());
    }
    pass(monday10); // decay refresh: neither date has passed, neither moves
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE stage = 'nurturing'"_s), 2);
    QCOMPARE(pass(utc(2025, 3, 9, 23, 59)).nurtureReturned, 0);
    // The day's decay refresh of 10 March would bring them back too; the pass at 00:00 is the
    // one that sees the date pass, whichever step does it.
    const AutomationReport due = pass(until);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE id = ? AND stage = 'mql'"_s, {rich}), 1);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM leads WHERE id = ? AND stage = 'nurturing'"_s, {poor}), 1);
    QCOMPARE(due.promoted + due.nurturePromoted, 1);
    QCOMPARE(pass(until.addSecs(60)).nurtureReturned, 0); // looked at once
}

void TestAutomationPass::nurtureStepsComeDueOnTheirDays()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Nora"_s}, {LeadField::OwnerId, ann}});
    NurtureService nurture(db());
    Sequence sequence;
    sequence.name = u"Warm up"_s;
    SequenceStep wait;
    wait.kind = SequenceStep::Kind::Wait;
    wait.waitDays = 2;
    SequenceStep call;
    call.kind = SequenceStep::Kind::Call;
    call.subject = u"Call {{first_name}} about the e-book"_s;
    sequence.steps = {wait, call};
    must(nurture.createSequence(sequence), "sequence");
    must(nurture.enrol(id, u"Warm up"_s, u"tester"_s, monday10), "enrol");

    QCOMPARE(pass(monday10).nurtureTasks, 0); // the wait starts
    QCOMPARE(pass(utc(2025, 3, 4, 10)).nurtureTasks, 0);
    const AutomationReport due = pass(utc(2025, 3, 5, 10));
    QCOMPARE(due.nurtureTasks, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE kind = 'call' AND user_id = ? AND title = "
                   "'Call Nora about the e-book' AND done_at IS NULL"_s,
                 {ann}),
        1);
    QCOMPARE(due.reminders.size(), 1);
    QCOMPARE(pass(utc(2025, 3, 5, 10)).nurtureTasks, 0);
}

void TestAutomationPass::waitingMqlsAreOfferedAgainEveryHour()
{
    User ann;
    ann.name = u"Ann Lee"_s;
    ann.capacityPerWeek = 2;
    ann.id = must(UserService(db()).add(ann), "add").id;
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::OnMql;
    must(settings.save(db()), "routing settings");
    Router router(db());
    router.setNow(monday10.toMSecsSinceEpoch());
    for (int i = 0; i < 3; ++i) {
        const qint64 id =
            addLead({{LeadField::FirstName, u"M%1"_s.arg(i)}, {LeadField::Stage, u"mql"_s}});
        router.route(id);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND owner_id IS NULL"_s), 1);
    QCOMPARE(pass(monday10).routed, 0); // still full this week
    QCOMPARE(pass(monday10.addSecs(1800)).routed, 0); // not offered again within the hour
    // Eight days on, Ann's week has room again: the waiting MQL is hers.
    const AutomationReport later = pass(monday10.addDays(8));
    QCOMPARE(later.routed, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND owner_id IS NULL"_s), 0);
    QVERIFY2(later.summary().contains(u"1 waiting MQL routed"_s), qPrintable(later.summary()));
}

void TestAutomationPass::tasksOfClosedLeadsAreClosed_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<bool>("closed");
    QTest::newRow("won") << u"won"_s << false << true;
    QTest::newRow("lost") << u"lost"_s << false << true;
    QTest::newRow("disqualified") << u"disqualified"_s << false << true;
    QTest::newRow("deleted") << u"mql"_s << true << true;
    QTest::newRow("still open") << u"sql"_s << false << false;
    QTest::newRow("nurturing") << u"nurturing"_s << false << false;
}

void TestAutomationPass::tasksOfClosedLeadsAreClosed()
{
    QFETCH(QString, stage);
    QFETCH(bool, deleted);
    QFETCH(bool, closed);
    const qint64 id = addLead({{LeadField::FirstName, u"Tom"_s}});
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO tasks (lead_id, kind, title, due_at, created_at) "
                  "VALUES (?, 'follow_up', 'Follow up', ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(utc(2025, 3, 5, 9).toMSecsSinceEpoch());
    query.addBindValue(monday10.toMSecsSinceEpoch());
    QVERIFY(query.exec());
    query.prepare(u"UPDATE leads SET stage = ?, deleted_at = ? WHERE id = ?"_s);
    query.addBindValue(stage);
    query.addBindValue(deleted ? QVariant(monday10.toMSecsSinceEpoch()) : QVariant());
    query.addBindValue(id);
    QVERIFY(query.exec());

    const AutomationReport report = pass(monday10);
    QCOMPARE(report.tasksClosed, closed ? 1 : 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE done_at IS NULL"_s), closed ? 0 : 1);
    if (closed)
        QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE closed_reason = ?"_s,
                     {AutomationPass::ClosedReasonLeadClosed}),
            1);
}

void TestAutomationPass::remindersAreCountedAndTheFirstFiftyListed()
{
    const qint64 id = addLead({{LeadField::FirstName, u"Tom"_s}});
    pass(monday10); // the first pass: reminders start from here
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO tasks (lead_id, kind, title, due_at, created_at) "
                  "VALUES (?, 'follow_up', ?, ?, ?)"_s);
    for (int i = 0; i < 60; ++i) {
        query.addBindValue(id);
        query.addBindValue(u"Follow up %1"_s.arg(i));
        query.addBindValue(monday10.addSecs(60 + i).toMSecsSinceEpoch());
        query.addBindValue(monday10.toMSecsSinceEpoch());
        QVERIFY(query.exec());
    }
    const AutomationReport report = pass(monday10.addSecs(3600));
    QCOMPARE(report.remindersDue, 60);
    QCOMPARE(report.reminders.size(), AutomationReport::MaxReminders);
    QCOMPARE(report.reminders.first().title, u"Follow up 0"_s); // the earliest first
    QVERIFY2(report.summary().contains(u"60 tasks came due"_s), qPrintable(report.summary()));
    const auto logged = must(AutomationPass::lastRun(db()), "last run");
    QCOMPARE(logged->report.remindersDue, 60);
    QCOMPARE(logged->report.reminders.size(), AutomationReport::MaxReminders);
}

void TestAutomationPass::aTaskMadeLateIsRemindedOnce()
{
    const qint64 id = addLead({{LeadField::FirstName, u"Tom"_s}});
    pass(monday10);
    // At 10:20 someone records a follow-up that was due at 10:05, before the 10:10 pass.
    pass(monday10.addSecs(600));
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO tasks (lead_id, kind, title, due_at, created_at) "
                  "VALUES (?, 'follow_up', 'Call back', ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(monday10.addSecs(300).toMSecsSinceEpoch());
    query.addBindValue(monday10.addSecs(1200).toMSecsSinceEpoch());
    QVERIFY(query.exec());
    const AutomationReport next = pass(monday10.addSecs(1800));
    QCOMPARE(next.remindersDue, 1);
    QCOMPARE(next.reminders.first().title, u"Call back"_s);
    QCOMPARE(pass(monday10.addSecs(2400)).remindersDue, 0);
}

void TestAutomationPass::secondPassAtTheSameMomentChangesNothing()
{
    const qint64 maria = addUser(u"Maria Boss"_s, 0, User::Role::Manager);
    const qint64 ann = addUser(u"Ann Lee"_s, maria);
    Router router(db());
    router.setNow(monday10.toMSecsSinceEpoch());
    for (int i = 0; i < 5; ++i) {
        const qint64 id =
            addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}, {LeadField::Stage, u"mql"_s}});
        QVERIFY(must(router.assign(id, ann, u"test"_s), "assign").assigned);
    }
    const QDateTime wednesday = utc(2025, 3, 5, 11);
    const AutomationReport first = pass(wednesday);
    QCOMPARE(first.breached, 5);
    const QString before = dump();
    const AutomationReport second = pass(wednesday);
    QVERIFY2(!second.changedData(), qPrintable(second.summary()));
    QVERIFY(second.reminders.isEmpty());
    QCOMPARE(dump(), before);
}

void TestAutomationPass::leaseKeepsRunnersApart_data()
{
    QTest::addColumn<QString>("runner");
    QTest::addColumn<qint64>("expiresIn"); // seconds from now
    QTest::addColumn<bool>("skipped");
    const QString host = QSysInfo::machineHostName();
    const QString me = QString::number(QCoreApplication::applicationPid());
    QTest::newRow("live runner of this process")
        << host + u':' + me + u":999"_s << qint64(600) << true;
    QTest::newRow("gone process of this machine")
        << host + u":999999999:1"_s << qint64(600) << false;
    QTest::newRow("another machine, lease running") << u"other-host:42:1"_s << qint64(600) << true;
    QTest::newRow("another machine, lease expired") << u"other-host:42:1"_s << qint64(-1) << false;
}

void TestAutomationPass::leaseKeepsRunnersApart()
{
    QFETCH(QString, runner);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, skipped);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO automation_lock (id, runner, acquired_at, expires_at) "
                  "VALUES (1, ?, ?, ?)"_s);
    query.addBindValue(runner);
    query.addBindValue(now - 1000);
    query.addBindValue(now + expiresIn * 1000);
    QVERIFY(query.exec());

    const AutomationReport report = pass(monday10);
    QCOMPARE(report.skipped(), skipped);
    QCOMPARE(count(u"SELECT COUNT(*) FROM automation_runs"_s), skipped ? 0 : 1);
    // A pass that ran gave the lease up; one that was skipped left the holder's alone.
    QCOMPARE(count(u"SELECT COUNT(*) FROM automation_lock"_s), skipped ? 1 : 0);
    if (skipped)
        QCOMPARE(report.heldBy, runner);
}

void TestAutomationPass::lastRunIsLogged()
{
    QVERIFY(!must(AutomationPass::lastRun(db()), "last run").has_value());
    AutomationPass automation(db());
    automation.setRunner(u"test-runner"_s);
    const AutomationReport report = must(automation.run(monday10), "pass");
    const auto last = must(AutomationPass::lastRun(db()), "last run");
    QVERIFY(last.has_value());
    QCOMPARE(last->id, report.runId);
    QCOMPARE(last->runner, u"test-runner"_s);
    QVERIFY(last->finishedAt.isValid());
    QCOMPARE(last->report.clock, monday10);
    QCOMPARE(last->report.decayRefreshed, true);
    QCOMPARE(last->report.summary(), report.summary());
}

QTEST_GUILESS_MAIN(TestAutomationPass)
#include "tst_automationpass.moc"
