#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "must.h"
#include "routing/businesscalendar.h"
#include "routing/router.h"
#include "routing/routingrule.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

/// Monday 3 March 2025, 10:00 UTC: the fixed clock most tests run at.
const QDateTime monday10 = utc(2025, 3, 3, 10);

/// "2025-03-03 14:00 UTC", as the router's sentences write times.
QString sentenceTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

using test::must;

} // namespace

/// lf::Router: routing decisions (account ownership, ordered rules, pools and the fallback served
/// round robin by capacity and load), what every assignment writes, the backlog, manual
/// assignment, why-owner, sales feedback (accept, reject, recycle) and the first-contact SLA with
/// its breaches, escalations and reassignment.
class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void assignmentWritesRowOwnerVersionAndAudit();
    void firstMatchingRuleWins_data();
    void firstMatchingRuleWins();
    void ruleOrderFollowsMovesAndSkipsUnavailableTargets();
    void roundRobinFollowsCapacity();
    void equalRepsSplitEvenly_data();
    void equalRepsSplitEvenly();
    void loadCountsTheLastSevenDays();
    void tieGoesToWhoeverWaitedLongest_data();
    void tieGoesToWhoeverWaitedLongest();
    void zeroCapacityCountsAsOne();
    void outOfOfficeIsSkipped_data();
    void outOfOfficeIsSkipped();
    void inactiveAndNonRepsAreSkipped();
    void territoryCoverage_data();
    void territoryCoverage();
    void accountOwnership_data();
    void accountOwnership();
    void slaDeadlines_data();
    void slaDeadlines();
    void keepsOwnerUnlessReassignedAndRefusesClosedLeads();
    void manualAssignment();
    void whyOwnerSentences();
    void backlogTotalsAndOrder();
    void backlogIsOneTransaction();
    void routesAutomaticallyOnMql_data();
    void routesAutomaticallyOnMql();
    void routesWhenTheScoreMakesAnMql();
    void acceptNeedsBantAndRecordsIt();
    void rejectBackToRouting();
    void rejectWhenNobodyElseCanTakeIt();
    void rejectingRepIsNeverRoutedTheLeadAgain();
    void fullRepsOverflow_data();
    void fullRepsOverflow();
    void rejectToMarketing();
    void rejectAndRecycleRefusals();
    void recycle_data();
    void recycle();
    void overdueAndBreaches();
    void escalationGoesPastAbsentManagers_data();
    void escalationGoesPastAbsentManagers();
    void reassignOnBreach_data();
    void reassignOnBreach();
    void firstContactStopsTheClock();
    void loggedCallStopsTheClock();
    void settingsRoundTripAndRefuseNonsense();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 addUser(const QString &name, int capacity = 0, const QStringList &countries = {},
        User::Role role = User::Role::Rep, qint64 manager = 0);
    void setActive(qint64 userId, bool active);
    void setCalendar(const QByteArray &zone = "UTC", double defaultHours = 4);
    void setSettings(RoutingSettings::Trigger trigger, bool accountBased, bool reassign);
    qint64 addRule(const QString &name, const QStringList &when, qint64 target,
        const QList<qint64> &pool = {}, std::optional<double> slaHours = std::nullopt);
    /// A lead in `stage` (MQL unless said otherwise) without an owner; created directly, so no
    /// automatic routing takes place.
    qint64 addLead(LeadChanges fields, const QString &stage = u"mql"_s);
    QVariant value(const QString &sql, const QVariantList &binds = {}) const;
    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        return value(sql, binds).toLongLong();
    }
    QString ownerName(qint64 leadId) const;
    Lead lead(qint64 id) const { return must(m_leads->get(id, true), "get lead"); }
    RoutingOutcome route(qint64 leadId) { return must(m_router->route(leadId), "route"); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<Router> m_router;
};

void TestRouter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRouter::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"router-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_router = std::make_unique<Router>(m_db->connection());
    m_router->setActor(u"tester"_s);
    m_router->setNow(monday10.toMSecsSinceEpoch());
    // Most tests route by hand; automatic routing on MQL has tests of its own.
    setSettings(RoutingSettings::Trigger::Manual, true, false);
    setCalendar();
}

void TestRouter::cleanup()
{
    m_router.reset();
    m_leads.reset();
    m_db.reset();
}

qint64 TestRouter::addUser(const QString &name, int capacity, const QStringList &countries,
    User::Role role, qint64 manager)
{
    User user;
    user.name = name;
    user.email = name.section(u' ', 0, 0).toLower() + u"@acme.test"_s;
    user.capacityPerWeek = capacity;
    user.countries = countries;
    user.role = role;
    user.managerId = manager;
    return must(UserService(db()).add(user), "add user").id;
}

void TestRouter::setActive(qint64 userId, bool active)
{
    UserService users(db());
    User user = must(users.get(userId), "get user");
    user.active = active;
    must(users.update(user), "update user");
}

void TestRouter::setCalendar(const QByteArray &zone, double defaultHours)
{
    BusinessCalendar calendar;
    calendar.setTimeZone(QTimeZone(zone));
    must(calendar.setBusinessDays({1, 2, 3, 4, 5}), "business days");
    must(calendar.setHours(QTime(9, 0), QTime(17, 0)), "business hours");
    must(calendar.setDefaultSlaHours(defaultHours), "default hours");
    must(calendar.save(db()), "save calendar");
}

void TestRouter::setSettings(RoutingSettings::Trigger trigger, bool accountBased, bool reassign)
{
    RoutingSettings settings;
    settings.trigger = trigger;
    settings.accountBased = accountBased;
    settings.reassignOnBreach = reassign;
    must(settings.save(db()), "save routing settings");
}

qint64 TestRouter::addRule(const QString &name, const QStringList &when, qint64 target,
    const QList<qint64> &pool, std::optional<double> slaHours)
{
    RoutingRule rule;
    rule.name = name;
    for (const QString &text : when)
        rule.conditions << must(Condition::parse(text), "parse condition");
    rule.targetUserId = target;
    rule.pool = pool;
    rule.slaHours = slaHours;
    return must(RoutingRuleStore(db()).add(rule), "add rule").id;
}

qint64 TestRouter::addLead(LeadChanges fields, const QString &stage)
{
    const bool named = std::any_of(fields.cbegin(), fields.cend(), [](const auto &change) {
        return change.first == LeadField::FirstName || change.first == LeadField::Email
            || change.first == LeadField::Company;
    });
    if (!named)
        fields.append({LeadField::Company, u"Lead Co"_s});
    fields.append({LeadField::Stage, stage});
    return must(m_leads->create(fields), "create lead").id();
}

QVariant TestRouter::value(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        qFatal("query failed: %s", qPrintable(sql));
    return query.next() ? query.value(0) : QVariant();
}

QString TestRouter::ownerName(qint64 leadId) const
{
    return value(u"SELECT u.name FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
                 "WHERE l.id = ?"_s,
        {leadId})
        .toString();
}

// --- what an assignment writes -------------------------------------------------------------------

void TestRouter::assignmentWritesRowOwnerVersionAndAudit()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    const qint64 before = lead(id).version();

    const RoutingOutcome outcome = route(id);
    QVERIFY(outcome.assigned);
    QCOMPARE(outcome.leadId, id);
    QCOMPARE(outcome.userId, ann);
    QCOMPARE(outcome.userName, u"Ann Lee"_s);
    QCOMPARE(outcome.rule, u"fallback"_s);
    QCOMPARE(outcome.slaDueAt, utc(2025, 3, 3, 14));

    const Lead routed = lead(id);
    QCOMPARE(routed.integer(LeadField::OwnerId), ann);
    QCOMPARE(routed.version(), before + 1);
    QCOMPARE(routed.time(LeadField::FirstContactDueAt), utc(2025, 3, 3, 14));
    QCOMPARE(routed.time(LeadField::UpdatedAt), monday10);
    QCOMPARE(routed.stage(), Stage::Mql); // routing does not change the stage

    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 1);
    const Assignment &a = all.constFirst();
    QCOMPARE(a.leadId, id);
    QCOMPARE(a.userId, ann);
    QCOMPARE(a.userName, u"Ann Lee"_s);
    QCOMPARE(a.assignedAt, monday10);
    QCOMPARE(a.assignedBy, u"tester"_s);
    QCOMPARE(a.rule, u"fallback"_s);
    QCOMPARE(a.reason, outcome.reason);
    QVERIFY(!a.reason.isEmpty());
    QCOMPARE(a.slaDueAt, utc(2025, 3, 3, 14));
    QVERIFY(!a.endedAt.isValid() && !a.firstContactAt.isValid() && !a.breachedAt.isValid());

    QSqlQuery audit(db());
    QVERIFY(audit.exec(
        u"SELECT entity_version, old_value, new_value, actor, at FROM audit_log "
        "WHERE entity = 'lead' AND entity_id = %1 AND field = 'owner' ORDER BY id"_s.arg(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toLongLong(), before + 1);
    QVERIFY(audit.value(1).isNull());
    QCOMPARE(audit.value(2).toString(), QString::number(ann));
    QCOMPARE(audit.value(3).toString(), u"tester"_s);
    QCOMPARE(audit.value(4).toLongLong(), monday10.toMSecsSinceEpoch());
    QVERIFY(!audit.next());

    // Routed again by hand: the old assignment ends, the audit log has old → new.
    m_router->setNow(monday10.addSecs(600).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(id, bob, u"Speaks German"_s));
    QCOMPARE(lead(id).version(), before + 2);
    QVERIFY(audit.exec(u"SELECT old_value, new_value FROM audit_log WHERE entity_id = %1 AND "
                       "field = 'owner' ORDER BY id DESC LIMIT 1"_s.arg(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QString::number(ann));
    QCOMPARE(audit.value(1).toString(), QString::number(bob));
    const QList<Assignment> both = must(m_router->assignments(id), "assignments");
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].endedAt, monday10.addSecs(600));
    QCOMPARE(both[0].endReason, u"reassigned by hand"_s);
    QVERIFY(!both[1].endedAt.isValid());
    QCOMPARE(both[1].userId, bob);
}

// --- rules ---------------------------------------------------------------------------------------

void TestRouter::firstMatchingRuleWins_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("employees");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("rule");

    QTest::newRow("first rule") << u"DE"_s << u"5000"_s << QString() << u"Ann Lee"_s
                                << u"DACH enterprise"_s;
    QTest::newRow("second rule, first fails one condition")
        << u"Austria"_s << u"10"_s << QString() << u"Bob Stone"_s << u"DACH"_s;
    QTest::newRow("second before third")
        << u"CH"_s << QString() << u"Software"_s << u"Bob Stone"_s << u"DACH"_s;
    QTest::newRow("third") << u"France"_s << u"5000"_s << u"software"_s << u"Cara Diaz"_s
                           << u"Software"_s;
    QTest::newRow("no rule; the disabled one is skipped")
        << u"FR"_s << QString() << u"Retail"_s << u"Eve Ward"_s << u"fallback"_s;
}

void TestRouter::firstMatchingRuleWins()
{
    QFETCH(QString, country);
    QFETCH(QString, employees);
    QFETCH(QString, industry);
    QFETCH(QString, owner);
    QFETCH(QString, rule);
    // Eve has the lowest id, so the fallback (all loads 0) gives her the lead.
    addUser(u"Eve Ward"_s);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 cara = addUser(u"Cara Diaz"_s);
    const qint64 dan = addUser(u"Dan Roe"_s);
    addRule(u"DACH enterprise"_s, {u"country in DE,AT,CH"_s, u"employee_count >= 1000"_s}, ann);
    addRule(u"DACH"_s, {u"country in Germany,Austria,Switzerland"_s}, bob);
    addRule(u"Software"_s, {u"industry in Software"_s}, cara);
    const qint64 everything = addRule(u"Everything"_s, {}, dan);
    RoutingRuleStore store(db());
    RoutingRule off = must(store.list(), "list").constLast();
    QCOMPARE(off.id, everything);
    off.enabled = false;
    must(store.update(off), "disable");

    LeadChanges fields {{LeadField::Country, country}};
    if (!employees.isEmpty())
        fields.append({LeadField::Employees, employees});
    if (!industry.isEmpty())
        fields.append({LeadField::Industry, industry});
    const qint64 id = addLead(fields);
    const RoutingOutcome outcome = route(id);
    QVERIFY(outcome.assigned);
    QCOMPARE(outcome.userName, owner);
    QCOMPARE(outcome.rule, rule);
    QCOMPARE(ownerName(id), owner);
    QCOMPARE(value(u"SELECT rule FROM assignments WHERE lead_id = ?"_s, {id}).toString(), rule);
    if (rule != u"fallback"_s)
        QVERIFY2(
            outcome.reason.startsWith(u"rule \"%1\" ("_s.arg(rule)), qPrintable(outcome.reason));
    else
        QVERIFY2(
            outcome.reason.startsWith(u"no routing rule placed it"_s), qPrintable(outcome.reason));
}

void TestRouter::ruleOrderFollowsMovesAndSkipsUnavailableTargets()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 cara = addUser(u"Cara Diaz"_s);
    addRule(u"Austria"_s, {u"country in AT"_s}, ann);
    addRule(u"Software"_s, {u"industry in Software"_s}, bob);
    const qint64 austrianSoftware =
        addRule(u"Austrian software"_s, {u"country in AT"_s, u"industry in Software"_s}, cara);
    const LeadChanges fields {{LeadField::Country, u"AT"_s}, {LeadField::Industry, u"Software"_s}};

    QCOMPARE(route(addLead(fields)).userId, ann);
    must(RoutingRuleStore(db()).move(austrianSoftware, 1), "move");
    QCOMPARE(route(addLead(fields)).userId, cara);

    // Cara inactive: her rule is passed over, the next matching rule places the lead, and the
    // reason says why.
    setActive(cara, false);
    const RoutingOutcome outcome = route(addLead(fields));
    QCOMPARE(outcome.userId, ann);
    QCOMPARE(outcome.rule, u"Austria"_s);
    QVERIFY2(outcome.reason.contains(u"Cara Diaz is inactive"_s), qPrintable(outcome.reason));
    QVERIFY2(outcome.reason.contains(u"rule \"Austrian software\""_s), qPrintable(outcome.reason));

    // Nothing for a French retailer: the fallback among active reps (Cara is inactive).
    const RoutingOutcome fallback =
        route(addLead({{LeadField::Country, u"FR"_s}, {LeadField::Industry, u"Retail"_s}}));
    QCOMPARE(fallback.rule, u"fallback"_s);
    QCOMPARE(fallback.userId, bob); // Ann has 2 leads, Bob none
}

// --- round robin ---------------------------------------------------------------------------------

void TestRouter::roundRobinFollowsCapacity()
{
    const QList<int> capacity {200, 400, 600}; // 1:2:3, room for every lead of the week
    QList<qint64> reps;
    for (int i = 0; i < 3; ++i)
        reps << addUser(u"Rep%1 Pool"_s.arg(i), capacity[i]);
    addUser(u"Mia Manager"_s, 100, {}, User::Role::Manager);
    addRule(u"Everyone"_s, {}, 0, reps);

    constexpr int leads = 1000;
    QList<qint64> ids;
    {
        Transaction batch(db());
        must(batch.begin(), "begin");
        for (int i = 0; i < leads; ++i)
            ids << addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}});
        must(batch.commit(), "commit");
    }
    // Tolerance: the rep with the lowest (load + 1) / capacity wins, which is the D'Hondt
    // (Jefferson) divisor method. It never lets a rep fall below the lower quota
    // floor(n * capacity / total), and as the counts add up to n, no rep can then exceed its
    // exact share by reps - 1 = 2 or more. So after every single lead each count is within 2 of
    // n * capacity / 1200 -- for 1,000 leads within 0.2 % of 1/6, 2/6 and 3/6 -- and a rule that
    // ignored capacity, or load, or only balanced in the long run, fails this.
    QHash<qint64, int> counts;
    for (int i = 0; i < leads; ++i) {
        m_router->setNow(monday10.addSecs(60LL * i).toMSecsSinceEpoch()); // a lead a minute
        const RoutingOutcome outcome = route(ids[i]);
        QCOMPARE(outcome.rule, u"Everyone"_s);
        counts[outcome.userId] += 1;
        for (int r = 0; r < 3; ++r) {
            const double exact = double(i + 1) * capacity[r] / 1200.0;
            QVERIFY2(std::abs(counts.value(reps[r]) - exact) < 2.0,
                qPrintable(u"after %1 leads rep %2 has %3, exact share %4"_s.arg(i + 1)
                               .arg(r)
                               .arg(counts.value(reps[r]))
                               .arg(exact)));
        }
    }
    // Read back from the database, independently of the outcomes.
    QSqlQuery query(db());
    QVERIFY(query.exec(u"SELECT user_id, COUNT(*) FROM assignments GROUP BY user_id"_s));
    QHash<qint64, int> stored;
    while (query.next())
        stored.insert(query.value(0).toLongLong(), query.value(1).toInt());
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored, counts);
    QVERIFY(std::abs(stored.value(reps[0]) - 1000.0 / 6) < 2);
    QVERIFY(std::abs(stored.value(reps[1]) - 2000.0 / 6) < 2);
    QVERIFY(std::abs(stored.value(reps[2]) - 3000.0 / 6) < 2);
}

void TestRouter::equalRepsSplitEvenly_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("tickMs"); // 0 = every lead in the same millisecond
    QTest::addColumn<bool>("backlog");
    QTest::newRow("clock ticking, no capacity") << 0 << 1000 << false;
    QTest::newRow("same millisecond") << 500 << 0 << false;
    QTest::newRow("same millisecond, no capacity") << 0 << 0 << false;
    QTest::newRow("backlog in one go") << 700 << 0 << true;
}

void TestRouter::equalRepsSplitEvenly()
{
    QFETCH(int, capacity);
    QFETCH(int, tickMs);
    QFETCH(bool, backlog);
    QList<qint64> reps;
    for (const QString &name : {u"Ann Lee"_s, u"Bob Stone"_s, u"Cara Diaz"_s})
        reps << addUser(name, capacity);
    constexpr int leads = 999;
    QList<qint64> ids;
    {
        Transaction batch(db());
        must(batch.begin(), "begin");
        for (int i = 0; i < leads; ++i)
            ids << addLead({{LeadField::FirstName, u"L%1"_s.arg(i)},
                {LeadField::CreatedAt, monday10.toMSecsSinceEpoch() - 1000 * (leads - i)}});
        must(batch.commit(), "commit");
    }
    if (backlog) {
        const auto totals = must(m_router->routeBacklog(), "backlog");
        QCOMPARE(totals.leads, qint64(leads));
        QCOMPARE(totals.assigned, qint64(leads));
        QCOMPARE(totals.unassigned, qint64(0));
        for (qint64 rep : std::as_const(reps))
            QCOMPARE(totals.perUser.value(rep), qint64(333));
    } else {
        QHash<qint64, int> counts;
        for (int i = 0; i < leads; ++i) {
            m_router->setNow(monday10.toMSecsSinceEpoch() + qint64(tickMs) * i);
            counts[route(ids[i]).userId] += 1;
            // No tie bias: nobody is ever more than one lead ahead, and after every third lead
            // all three have the same.
            int low = leads;
            int high = 0;
            for (qint64 rep : std::as_const(reps)) {
                low = std::min(low, counts.value(rep));
                high = std::max(high, counts.value(rep));
            }
            QVERIFY2(high - low <= ((i + 1) % 3 == 0 ? 0 : 1),
                qPrintable(u"after %1 leads: %2..%3"_s.arg(i + 1).arg(low).arg(high)));
        }
    }
    for (qint64 rep : std::as_const(reps))
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE owner_id = ?"_s, {rep}), qint64(333));
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), qint64(leads));
}

void TestRouter::loadCountsTheLastSevenDays()
{
    const qint64 ann = addUser(u"Ann Lee"_s, 1);
    const qint64 bob = addUser(u"Bob Stone"_s, 1);
    // Ann took three leads eight days ago, Bob one lead six days ago.
    for (int i = 0; i < 3; ++i) {
        m_router->setNow(monday10.addDays(-8).addSecs(i).toMSecsSinceEpoch());
        QVERIFY(m_router->assign(addLead({{LeadField::FirstName, u"Old"_s}}), ann, {}));
    }
    m_router->setNow(monday10.addDays(-6).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(addLead({{LeadField::FirstName, u"Recent"_s}}), bob, {}));
    m_router->setNow(monday10.toMSecsSinceEpoch());
    // Only the last seven days count: Ann has 0, Bob 1.
    const RoutingOutcome outcome = route(addLead({{LeadField::FirstName, u"New"_s}}));
    QCOMPARE(outcome.userId, ann);
    QVERIFY2(
        outcome.reason.contains(u"Ann Lee had 0 of 1 this week"_s), qPrintable(outcome.reason));
}

void TestRouter::tieGoesToWhoeverWaitedLongest_data()
{
    QTest::addColumn<bool>("backlog");
    QTest::newRow("one by one") << false;
    QTest::newRow("backlog, all in one millisecond") << true;
}

void TestRouter::tieGoesToWhoeverWaitedLongest()
{
    QFETCH(bool, backlog);
    const qint64 ann = addUser(u"Ann Lee"_s, 4);
    const qint64 bob = addUser(u"Bob Stone"_s, 4);
    const qint64 cara = addUser(u"Cara Diaz"_s, 4);
    // One lead each (equal load), Cara's first, then Bob's, Ann's last.
    m_router->setNow(utc(2025, 3, 3, 8).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(addLead({{LeadField::FirstName, u"C"_s}}), cara, {}));
    m_router->setNow(utc(2025, 3, 3, 9).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(addLead({{LeadField::FirstName, u"B"_s}}), bob, {}));
    m_router->setNow(utc(2025, 3, 3, 9, 30).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(addLead({{LeadField::FirstName, u"A"_s}}), ann, {}));
    m_router->setNow(monday10.toMSecsSinceEpoch());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << addLead({{LeadField::FirstName, u"New"_s},
            {LeadField::CreatedAt, monday10.toMSecsSinceEpoch() + i}});
    // Equal (load + 1) / capacity: the one who waited longest goes first, not the lowest id.
    if (backlog) {
        QCOMPARE(must(m_router->routeBacklog(), "backlog").assigned, qint64(3));
    } else {
        for (qint64 id : std::as_const(ids))
            route(id);
    }
    QCOMPARE(ownerName(ids[0]), u"Cara Diaz"_s);
    QCOMPARE(ownerName(ids[1]), u"Bob Stone"_s);
    QCOMPARE(ownerName(ids[2]), u"Ann Lee"_s);
    // Now all three were assigned in the same millisecond: the lower id goes first.
    const qint64 next = addLead({{LeadField::FirstName, u"Next"_s}});
    m_router->setNow(monday10.addSecs(60).toMSecsSinceEpoch());
    QCOMPARE(route(next).userId, ann);
}

void TestRouter::zeroCapacityCountsAsOne()
{
    // Capacity 0 is "no set capacity": a weight of one and no limit. A set capacity is a weight
    // and a limit per week: Bob, at 2, takes two of every three leads until he has 2 this week,
    // then Ann takes the rest, and the reason says why.
    const qint64 ann = addUser(u"Ann Lee"_s, 0);
    const qint64 bob = addUser(u"Bob Stone"_s, 2);
    QHash<qint64, int> counts;
    QString lastReason;
    for (int i = 0; i < 30; ++i) {
        m_router->setNow(monday10.addSecs(i).toMSecsSinceEpoch());
        const RoutingOutcome outcome = route(addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}}));
        counts[outcome.userId] += 1;
        lastReason = outcome.reason;
    }
    QCOMPARE(counts.value(bob), 2);
    QCOMPARE(counts.value(ann), 28);
    QVERIFY2(lastReason.contains(u"Bob Stone is at capacity (2 of 2 this week)"_s),
        qPrintable(lastReason));
}

// --- who can take a lead -------------------------------------------------------------------------

void TestRouter::outOfOfficeIsSkipped_data()
{
    QTest::addColumn<qint64>("fromOffsetMs"); // relative to now
    QTest::addColumn<qint64>("toOffsetMs");
    QTest::addColumn<bool>("skipped");
    constexpr qint64 hour = 3600 * 1000;
    QTest::newRow("covers now") << -hour << hour << true;
    QTest::newRow("starts now (inclusive)") << qint64(0) << hour << true;
    QTest::newRow("ends one ms after now") << -hour << qint64(1) << true;
    QTest::newRow("ends now (exclusive)") << -hour << qint64(0) << false;
    QTest::newRow("starts one ms later") << qint64(1) << hour << false;
    QTest::newRow("long past") << -48 * hour << -24 * hour << false;
}

void TestRouter::outOfOfficeIsSkipped()
{
    QFETCH(qint64, fromOffsetMs);
    QFETCH(qint64, toOffsetMs);
    QFETCH(bool, skipped);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const QDateTime to = monday10.addMSecs(toOffsetMs);
    must(UserService(db()).addAbsence(ann, monday10.addMSecs(fromOffsetMs), to, u"Dentist"_s),
        "absence");
    addRule(u"Ann first"_s, {u"country in DE"_s}, ann);
    addRule(u"Pool"_s, {}, 0, {ann, bob});

    // A rule naming Ann passes her by while she is away.
    const RoutingOutcome named = route(addLead({{LeadField::Country, u"DE"_s}}));
    QCOMPARE(named.userId, skipped ? bob : ann);
    QCOMPARE(named.rule, skipped ? u"Pool"_s : u"Ann first"_s);
    if (skipped) {
        QVERIFY2(named.reason.contains(u"Ann Lee is away until %1"_s.arg(sentenceTime(to))),
            qPrintable(named.reason));
    }
    // In the pool: while away Ann is passed over even with the lighter load (Bob has the first
    // lead); otherwise the load decides (Ann has it).
    QCOMPARE(route(addLead({{LeadField::Country, u"FR"_s}})).userId, bob);
    // Given by hand: refused while away.
    auto byHand = m_router->assign(addLead({{LeadField::FirstName, u"Hand"_s}}), ann, {});
    QCOMPARE(bool(byHand), !skipped);
    if (skipped) {
        QCOMPARE(byHand.error().code, ErrorCode::NotAllowed);
        QVERIFY(byHand.error().message.contains(u"away"_s));
    }
    // Once the absence is over, she is back in turn.
    m_router->setNow(monday10.addMSecs(std::max<qint64>(toOffsetMs, 0) + 1).toMSecsSinceEpoch());
    QCOMPARE(route(addLead({{LeadField::Country, u"DE"_s}})).userId, ann);
}

void TestRouter::inactiveAndNonRepsAreSkipped()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s, 10);
    addUser(u"Mia Manager"_s, 100, {}, User::Role::Manager);
    addUser(u"Ada Admin"_s, 100, {}, User::Role::Admin);
    setActive(ann, false);
    // The fallback is every active rep: only Bob, however loaded.
    for (int i = 0; i < 4; ++i) {
        const RoutingOutcome outcome = route(addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}}));
        QCOMPARE(outcome.userId, bob);
        QVERIFY2(
            outcome.reason.contains(u"all 1 active reps share it"_s), qPrintable(outcome.reason));
    }
    // An inactive rep in a pool is skipped; given by hand is refused.
    addRule(u"Pool"_s, {}, 0, {ann, bob});
    QCOMPARE(route(addLead({{LeadField::FirstName, u"P"_s}})).userId, bob);
    auto byHand = m_router->assign(addLead({{LeadField::FirstName, u"H"_s}}), ann, {});
    QVERIFY(!byHand);
    QVERIFY(byHand.error().message.contains(u"Ann Lee is inactive"_s));

    // Nobody active: the lead stays without an owner, nothing is written, the reason says why.
    setActive(bob, false);
    const qint64 orphan = addLead({{LeadField::FirstName, u"Orphan"_s}});
    const qint64 version = lead(orphan).version();
    const RoutingOutcome none = route(orphan);
    QVERIFY(!none.assigned);
    QCOMPARE(none.userId, qint64(0));
    QVERIFY2(none.reason.startsWith(u"Nobody could take it: "_s), qPrintable(none.reason));
    QVERIFY2(none.reason.contains(u"Bob Stone is inactive"_s), qPrintable(none.reason));
    QVERIFY(lead(orphan).isNull(LeadField::OwnerId));
    QCOMPARE(lead(orphan).version(), version);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ?"_s, {orphan}), qint64(0));
}

void TestRouter::territoryCoverage_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("product"); // custom field
    QTest::addColumn<QString>("owner"); // empty = nobody

    QTest::newRow("country") << u"Germany"_s << QString() << QString() << u"Ann Lee"_s;
    QTest::newRow("country and industry") << u"FR"_s << u"retail"_s << QString() << u"Bob Stone"_s;
    QTest::newRow("country without the industry")
        << u"FR"_s << u"Software"_s << QString() << u"Cara Diaz"_s;
    QTest::newRow("product covered") << u"IT"_s << QString() << u"cloud"_s << u"Cara Diaz"_s;
    QTest::newRow("product not covered") << u"IT"_s << QString() << u"Edge"_s << QString();
    QTest::newRow("nothing known") << QString() << QString() << QString() << u"Cara Diaz"_s;
    QTest::newRow("Austria goes to Ann, not Cara")
        << u"AT"_s << u"Software"_s << u"Cloud"_s << u"Ann Lee"_s;
}

void TestRouter::territoryCoverage()
{
    QFETCH(QString, country);
    QFETCH(QString, industry);
    QFETCH(QString, product);
    QFETCH(QString, owner);
    UserService users(db());
    const qint64 ann = addUser(u"Ann Lee"_s, 0, {u"DE"_s, u"AT"_s});
    User bob = must(users.get(addUser(u"Bob Stone"_s, 0, {u"FR"_s})), "bob");
    bob.industries = {u"Retail"_s};
    must(users.update(bob), "bob territory");
    User cara = must(users.get(addUser(u"Cara Diaz"_s)), "cara");
    cara.products = {u"Cloud"_s};
    must(users.update(cara), "cara territory");
    addRule(u"Pool"_s, {}, 0, {ann, bob.id, cara.id});

    LeadChanges fields {{LeadField::FirstName, u"Lena"_s}};
    if (!country.isEmpty())
        fields.append({LeadField::Country, country});
    if (!industry.isEmpty())
        fields.append({LeadField::Industry, industry});
    const qint64 id = addLead(fields);
    if (!product.isEmpty()) {
        QSqlQuery set(db());
        set.prepare(u"UPDATE leads SET custom_fields = ? WHERE id = ?"_s);
        set.addBindValue(u"{\"product\":\"%1\"}"_s.arg(product));
        set.addBindValue(id);
        QVERIFY(set.exec());
    }
    const RoutingOutcome outcome = route(id);
    QCOMPARE(outcome.assigned, !owner.isEmpty());
    QCOMPARE(ownerName(id), owner);
    if (owner.isEmpty()) {
        QVERIFY2(
            outcome.reason.contains(u"Cara Diaz does not cover"_s), qPrintable(outcome.reason));
        QVERIFY2(outcome.reason.contains(u"Ann Lee does not cover"_s), qPrintable(outcome.reason));
        QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), qint64(0));
    }
}

void TestRouter::accountOwnership_data()
{
    QTest::addColumn<bool>("accountBased");
    QTest::addColumn<bool>("ownerAway");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("rule");
    QTest::newRow("on") << true << false << u"kim@globex.com"_s << u"Cara Diaz"_s << u"account"_s;
    QTest::newRow("on, domain from the website")
        << true << false << QString() << u"Cara Diaz"_s << u"account"_s;
    QTest::newRow("off") << false << false << u"kim@globex.com"_s << u"Ann Lee"_s << u"fallback"_s;
    QTest::newRow("on, owner away")
        << true << true << u"kim@globex.com"_s << u"Ann Lee"_s << u"fallback"_s;
    QTest::newRow("on, other domain")
        << true << false << u"kim@initech.com"_s << u"Ann Lee"_s << u"fallback"_s;
    QTest::newRow("on, free mail is no account")
        << true << false << u"kim@gmail.com"_s << u"Ann Lee"_s << u"fallback"_s;
}

void TestRouter::accountOwnership()
{
    QFETCH(bool, accountBased);
    QFETCH(bool, ownerAway);
    QFETCH(QString, email);
    QFETCH(QString, owner);
    QFETCH(QString, rule);
    setSettings(RoutingSettings::Trigger::Manual, accountBased, false);
    addUser(u"Ann Lee"_s);
    const qint64 cara = addUser(u"Cara Diaz"_s);
    // Cara already owns a Globex lead (and one at Gmail, which says nothing about an account).
    m_router->setNow(monday10.addSecs(-3600).toMSecsSinceEpoch());
    QVERIFY(m_router->assign(
        addLead({{LeadField::Email, u"jo@globex.com"_s}, {LeadField::FirstName, u"Jo"_s}}), cara,
        {}));
    QVERIFY(m_router->assign(addLead({{LeadField::Email, u"max@gmail.com"_s}}), cara, {}));
    m_router->setNow(monday10.toMSecsSinceEpoch());
    if (ownerAway)
        must(UserService(db()).addAbsence(cara, monday10.addDays(-1), monday10.addDays(1)),
            "absence");

    LeadChanges fields {{LeadField::FirstName, u"Kim"_s}};
    if (email.isEmpty())
        fields.append({LeadField::Website, u"https://www.globex.com/about"_s});
    else
        fields.append({LeadField::Email, email});
    const qint64 id = addLead(fields);
    const RoutingOutcome outcome = route(id);
    QCOMPARE(outcome.userName, owner);
    QCOMPARE(outcome.rule, rule);
    if (rule == u"account"_s)
        QCOMPARE(outcome.reason, u"the account globex.com already belongs to Cara Diaz"_s);
    if (ownerAway)
        QVERIFY2(outcome.reason.contains(
                     u"the account globex.com belongs to Cara Diaz, but Cara Diaz is away"_s),
            qPrintable(outcome.reason));
}

// --- SLA deadlines -------------------------------------------------------------------------------

void TestRouter::slaDeadlines_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<double>("defaultHours");
    QTest::addColumn<double>("ruleHours"); // 0 = the rule sets none
    QTest::addColumn<QDate>("holiday");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("due");

    const QDate none;
    // 2025-03-03 is a Monday; business hours Mon-Fri 09:00-17:00.
    QTest::newRow("same day") << QByteArray("UTC") << 4.0 << 0.0 << none << utc(2025, 3, 3, 10)
                              << utc(2025, 3, 3, 14);
    QTest::newRow("ends at closing time")
        << QByteArray("UTC") << 4.0 << 0.0 << none << utc(2025, 3, 3, 13) << utc(2025, 3, 3, 17);
    QTest::newRow("overnight") << QByteArray("UTC") << 4.0 << 0.0 << none << utc(2025, 3, 3, 15)
                               << utc(2025, 3, 4, 11);
    QTest::newRow("over the weekend")
        << QByteArray("UTC") << 4.0 << 0.0 << none << utc(2025, 3, 7, 15) << utc(2025, 3, 10, 11);
    QTest::newRow("weekend and a Monday holiday")
        << QByteArray("UTC") << 4.0 << 0.0 << QDate(2025, 3, 10) << utc(2025, 3, 7, 15)
        << utc(2025, 3, 11, 11);
    QTest::newRow("arrives on Saturday")
        << QByteArray("UTC") << 4.0 << 0.0 << none << utc(2025, 3, 8, 12) << utc(2025, 3, 10, 13);
    QTest::newRow("arrives on a holiday") << QByteArray("UTC") << 4.0 << 0.0 << QDate(2025, 3, 5)
                                          << utc(2025, 3, 5, 10) << utc(2025, 3, 6, 13);
    QTest::newRow("before opening, rule 2 h")
        << QByteArray("UTC") << 4.0 << 2.0 << none << utc(2025, 3, 4, 7, 30) << utc(2025, 3, 4, 11);
    QTest::newRow("after closing, rule 1 h")
        << QByteArray("UTC") << 4.0 << 1.0 << none << utc(2025, 3, 4, 18) << utc(2025, 3, 5, 10);
    QTest::newRow("rule 16 h over two nights")
        << QByteArray("UTC") << 4.0 << 16.0 << none << utc(2025, 3, 3, 12) << utc(2025, 3, 5, 12);
    QTest::newRow("rule 0.75 h at 16:30") << QByteArray("UTC") << 4.0 << 0.75 << none
                                          << utc(2025, 3, 3, 16, 30) << utc(2025, 3, 4, 9, 15);
    QTest::newRow("default 8 h from the settings")
        << QByteArray("UTC") << 8.0 << 0.0 << none << utc(2025, 3, 3, 10) << utc(2025, 3, 4, 10);
    // 15:00 UTC is 16:00 in Berlin (CET): one hour on Monday, three on Tuesday from 09:00 CET.
    QTest::newRow("Berlin business hours") << QByteArray("Europe/Berlin") << 4.0 << 0.0 << none
                                           << utc(2025, 3, 3, 15) << utc(2025, 3, 4, 11);
    // Friday 28 March 2025 16:00 CET; clocks go forward on Sunday; Monday 31 March 09:00 CEST is
    // 07:00 UTC, so three more hours end at 10:00 UTC.
    QTest::newRow("Berlin across the clock change")
        << QByteArray("Europe/Berlin") << 4.0 << 0.0 << none << utc(2025, 3, 28, 15)
        << utc(2025, 3, 31, 10);
}

void TestRouter::slaDeadlines()
{
    QFETCH(QByteArray, zone);
    QFETCH(double, defaultHours);
    QFETCH(double, ruleHours);
    QFETCH(QDate, holiday);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, due);
    setCalendar(zone, defaultHours);
    if (holiday.isValid())
        must(BusinessCalendar::addHoliday(db(), holiday, u"Holiday"_s), "holiday");
    const qint64 ann = addUser(u"Ann Lee"_s);
    if (ruleHours > 0)
        addRule(u"Fast lane"_s, {}, ann, {}, ruleHours);
    m_router->setNow(now.toMSecsSinceEpoch());
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    const RoutingOutcome outcome = route(id);
    QCOMPARE(outcome.rule, ruleHours > 0 ? u"Fast lane"_s : u"fallback"_s);
    QCOMPARE(outcome.slaDueAt, due);
    QCOMPARE(lead(id).time(LeadField::FirstContactDueAt), due);
    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().slaDueAt, due);
    const QString why = must(m_router->whyOwner(id), "why");
    QVERIFY2(why.endsWith(u"First contact due %1."_s.arg(sentenceTime(due))), qPrintable(why));

    // A lead given by hand at the same moment gets the default deadline.
    const qint64 other = addLead({{LeadField::FirstName, u"Hand"_s}});
    const RoutingOutcome byHand = must(m_router->assign(other, ann, {}), "assign");
    BusinessCalendar reference = must(BusinessCalendar::load(db()), "calendar");
    QCOMPARE(byHand.slaDueAt, reference.addBusinessHours(now, defaultHours));
    if (ruleHours == 0)
        QCOMPARE(byHand.slaDueAt, due);
}

// --- route / assign ------------------------------------------------------------------------------

void TestRouter::keepsOwnerUnlessReassignedAndRefusesClosedLeads()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    const qint64 version = lead(id).version();

    const RoutingOutcome kept = route(id);
    QVERIFY(kept.assigned);
    QCOMPARE(kept.rule, u"kept"_s);
    QCOMPARE(kept.userId, ann);
    QCOMPARE(kept.reason, u"it already belongs to Ann Lee"_s);
    QCOMPARE(lead(id).version(), version);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ?"_s, {id}), qint64(1));

    m_router->setNow(monday10.addSecs(60).toMSecsSinceEpoch());
    const RoutingOutcome again = must(m_router->route(id, true), "reassign");
    QCOMPARE(again.userId, bob); // Ann has the load
    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].endReason, u"routed again"_s);
    QCOMPARE(all[0].endedAt, monday10.addSecs(60));
    QVERIFY(!all[1].endedAt.isValid());

    // Excluding Bob (as a rejection does) leaves Ann.
    QCOMPARE(must(m_router->route(id, true, bob), "exclude").userId, ann);

    // Closed and deleted leads are not routed.
    const qint64 dq = addLead({{LeadField::FirstName, u"Spam"_s}});
    must(m_leads->changeStage(dq, Stage::Disqualified, u"Spam or fake"_s), "disqualify");
    auto closed = m_router->route(dq);
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, ErrorCode::NotAllowed);
    QVERIFY(closed.error().message.contains(u"closed leads are not routed"_s));
    const qint64 gone = addLead({{LeadField::FirstName, u"Gone"_s}});
    must(m_leads->remove(gone), "delete");
    QVERIFY(!m_router->route(gone));
    auto unknown = m_router->route(9999);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id IN (?, ?)"_s, {dq, gone}),
        qint64(0));
}

void TestRouter::manualAssignment()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}}, u"new"_s);
    // Friday 16:00: the default four hours run to Monday 12:00.
    m_router->setNow(utc(2025, 3, 7, 16).toMSecsSinceEpoch());
    const RoutingOutcome outcome = must(m_router->assign(id, bob, u"  Key account "_s), "assign");
    QCOMPARE(outcome.rule, u"manual"_s);
    QCOMPARE(outcome.userId, bob);
    QCOMPARE(outcome.reason, u"tester gave it to Bob Stone by hand: Key account"_s);
    QCOMPARE(outcome.slaDueAt, utc(2025, 3, 10, 12));
    QCOMPARE(ownerName(id), u"Bob Stone"_s);
    const Assignment a = must(m_router->assignments(id), "assignments").constFirst();
    QCOMPARE(a.assignedBy, u"tester"_s);
    QCOMPARE(a.rule, u"manual"_s);
    QCOMPARE(lead(id).stage(), Stage::New); // any stage may be given by hand

    auto same = m_router->assign(id, bob, {});
    QVERIFY(!same);
    QCOMPARE(same.error().code, ErrorCode::NotAllowed);
    QVERIFY(same.error().message.contains(u"already belongs to Bob Stone"_s));
    auto ghost = m_router->assign(id, 999, {});
    QVERIFY(!ghost);
    QVERIFY(ghost.error().message.contains(u"999"_s));

    const RoutingOutcome plain = must(m_router->assign(id, ann, {}), "assign");
    QCOMPARE(plain.reason, u"tester gave it to Ann Lee by hand"_s);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND ended_at IS NULL"_s, {id}),
        qint64(1));
}

void TestRouter::whyOwnerSentences()
{
    const qint64 ann = addUser(u"Ann Lee"_s, 5);
    const qint64 bob = addUser(u"Bob Stone"_s, 5);
    addRule(u"DACH"_s, {u"country in DE,AT"_s}, ann);
    addRule(u"Nordics"_s, {u"country in SE,NO"_s}, 0, {ann, bob});

    const qint64 named = addLead({{LeadField::Country, u"DE"_s}});
    route(named);
    QCOMPARE(must(m_router->whyOwner(named), "why"),
        u"Lead %1 belongs to Ann Lee since 2025-03-03 10:00 UTC: rule \"DACH\" (country is one "
        "of DE, AT) names Ann Lee. First contact due 2025-03-03 14:00 UTC."_s.arg(named));

    const qint64 pooled = addLead({{LeadField::Country, u"SE"_s}});
    route(pooled);
    const QString pool = must(m_router->whyOwner(pooled), "why");
    QVERIFY2(pool.startsWith(u"Lead %1 belongs to Bob Stone since 2025-03-03 10:00 UTC: rule "
                             "\"Nordics\" (country is one of SE, NO) sends it to a pool of 2, "
                             "round robin weighted by capacity and load: Bob Stone had 0 of 5 "
                             "this week, the lightest load"_s.arg(pooled)),
        qPrintable(pool));

    const qint64 fallback = addLead({{LeadField::Country, u"FR"_s}});
    route(fallback);
    const QString rest = must(m_router->whyOwner(fallback), "why");
    QVERIFY2(rest.contains(u"no routing rule placed it, so all 2 active reps share it"_s),
        qPrintable(rest));

    const qint64 manual = addLead({{LeadField::Country, u"FR"_s}});
    QVERIFY(m_router->assign(manual, bob, u"Met at the fair"_s));
    QCOMPARE(must(m_router->whyOwner(manual), "why"),
        u"Lead %1 belongs to Bob Stone since 2025-03-03 10:00 UTC: tester gave it to Bob Stone "
        "by hand: Met at the fair. First contact due 2025-03-03 14:00 UTC."_s.arg(manual));

    const qint64 never = addLead({{LeadField::Country, u"FR"_s}});
    QCOMPARE(must(m_router->whyOwner(never), "why"),
        u"Lead %1 has no owner; it has never been routed."_s.arg(never));

    m_router->setNow(monday10.addSecs(3600).toMSecsSinceEpoch());
    QVERIFY(m_router->recycle(named, u"Next budget year"_s, {}, false));
    QCOMPARE(must(m_router->whyOwner(named), "why"),
        u"Lead %1 has no owner now; it last belonged to Ann Lee until 2025-03-03 11:00 UTC "
        "(recycled: Next budget year)."_s.arg(named));

    // An owner set by editing the lead, not by routing, is not passed off as "no owner".
    const Lead edited = lead(never);
    must(m_leads->update(never, edited.version(), {{LeadField::OwnerId, QVariant(bob)}}), "edit");
    const QString byEdit = must(m_router->whyOwner(never), "why");
    QVERIFY2(byEdit.startsWith(u"Lead %1 belongs to Bob Stone"_s.arg(never)), qPrintable(byEdit));
    QVERIFY2(!byEdit.contains(u"no owner"_s), qPrintable(byEdit));
    // Nor is a routed owner cleared by an edit described as still there, or with an empty date.
    must(m_leads->update(fallback, lead(fallback).version(), {{LeadField::OwnerId, QVariant()}}),
        "clear");
    const QString cleared = must(m_router->whyOwner(fallback), "why");
    QVERIFY2(cleared.startsWith(u"Lead %1 has no owner now"_s.arg(fallback)), qPrintable(cleared));
    QVERIFY2(cleared.contains(u"Ann Lee"_s) && !cleared.contains(u"()"_s), qPrintable(cleared));

    auto unknown = m_router->whyOwner(9999);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

// --- backlog -------------------------------------------------------------------------------------

void TestRouter::backlogTotalsAndOrder()
{
    const qint64 ann = addUser(u"Ann Lee"_s, 0, {u"DE"_s});
    const qint64 dan = addUser(u"Dan Roe"_s, 0, {u"DE"_s});
    const qint64 bob = addUser(u"Bob Stone"_s, 0, {u"FR"_s});
    const qint64 cara = addUser(u"Cara Diaz"_s, 0, {u"US"_s});
    const qint64 base = monday10.addDays(-1).toMSecsSinceEpoch();
    // Two German leads, the newer id created first: the older one is routed first (to Ann,
    // who wins the tie on id), the other to Dan.
    const qint64 germanLater =
        addLead({{LeadField::Country, u"DE"_s}, {LeadField::CreatedAt, base + 2000}});
    const qint64 germanEarlier =
        addLead({{LeadField::Country, u"DE"_s}, {LeadField::CreatedAt, base + 1000}});
    QList<qint64> french;
    for (int i = 0; i < 3; ++i)
        french << addLead({{LeadField::Country, u"FR"_s}, {LeadField::CreatedAt, base + 3000 + i}});
    QList<qint64> american;
    for (int i = 0; i < 2; ++i)
        american << addLead(
            {{LeadField::Country, u"US"_s}, {LeadField::CreatedAt, base + 4000 + i}});
    const qint64 japanese =
        addLead({{LeadField::Country, u"JP"_s}, {LeadField::CreatedAt, base + 5000}});
    // Not in the backlog: a new lead, an owned MQL, a deleted MQL.
    const qint64 fresh = addLead({{LeadField::Country, u"DE"_s}}, u"new"_s);
    const qint64 owned = addLead({{LeadField::Country, u"FR"_s}});
    QVERIFY(m_router->assign(owned, cara, {}));
    const qint64 ownedVersion = lead(owned).version();
    const qint64 deleted = addLead({{LeadField::Country, u"DE"_s}});
    must(m_leads->remove(deleted), "delete");

    QList<std::pair<qint64, qint64>> reports;
    Progress progress;
    progress.report = [&](qint64 done, qint64 total) {
        reports.append({done, total});
    };
    const Router::BacklogTotals totals = must(m_router->routeBacklog(&progress), "backlog");
    QCOMPARE(totals.leads, qint64(8));
    QCOMPARE(totals.assigned, qint64(7));
    QCOMPARE(totals.unassigned, qint64(1));
    QCOMPARE(totals.perUser.value(ann), qint64(1));
    QCOMPARE(totals.perUser.value(dan), qint64(1));
    QCOMPARE(totals.perUser.value(bob), qint64(3));
    QCOMPARE(totals.perUser.value(cara), qint64(2));
    QCOMPARE(totals.perUser.size(), 4);
    QVERIFY(totals.elapsedMs >= 0);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.constLast(), std::make_pair(qint64(8), qint64(8)));

    QCOMPARE(ownerName(germanEarlier), u"Ann Lee"_s);
    QCOMPARE(ownerName(germanLater), u"Dan Roe"_s);
    for (qint64 id : std::as_const(french))
        QCOMPARE(ownerName(id), u"Bob Stone"_s);
    for (qint64 id : std::as_const(american))
        QCOMPARE(ownerName(id), u"Cara Diaz"_s);
    QVERIFY(lead(japanese).isNull(LeadField::OwnerId));
    QVERIFY(lead(fresh).isNull(LeadField::OwnerId));
    QVERIFY(lead(deleted).isNull(LeadField::OwnerId));
    QCOMPARE(lead(owned).version(), ownedVersion);
    // What the totals say matches the database.
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE assigned_by = 'tester' AND rule = "
                   "'fallback'"_s),
        qint64(7));

    // A second run finds only the lead nobody can take.
    const Router::BacklogTotals again = must(m_router->routeBacklog(), "backlog");
    QCOMPARE(again.leads, qint64(1));
    QCOMPARE(again.assigned, qint64(0));
    QCOMPARE(again.unassigned, qint64(1));
}

void TestRouter::backlogIsOneTransaction()
{
    addUser(u"Ann Lee"_s);
    addUser(u"Bob Stone"_s);
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids << addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}});
    QHash<qint64, qint64> versions;
    for (qint64 id : std::as_const(ids))
        versions.insert(id, lead(id).version());

    Progress progress;
    progress.cancelled = true;
    auto cancelled = m_router->routeBacklog(&progress);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE owner_id IS NOT NULL"_s), qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE field = 'owner'"_s), qint64(0));
    for (qint64 id : std::as_const(ids))
        QCOMPARE(lead(id).version(), versions.value(id));

    // Not cancelled, everything is assigned at once.
    const Router::BacklogTotals totals = must(m_router->routeBacklog(), "backlog");
    QCOMPARE(totals.assigned, qint64(25));
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE owner_id IS NOT NULL"_s), qint64(25));
}

// --- automatic routing ---------------------------------------------------------------------------

void TestRouter::routesAutomaticallyOnMql_data()
{
    QTest::addColumn<bool>("onMql");
    QTest::newRow("trigger mql") << true;
    QTest::newRow("trigger manual") << false;
}

void TestRouter::routesAutomaticallyOnMql()
{
    QFETCH(bool, onMql);
    setSettings(
        onMql ? RoutingSettings::Trigger::OnMql : RoutingSettings::Trigger::Manual, true, false);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 bob = addUser(u"Bob Stone"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}}, u"new"_s);
    QVERIFY(lead(id).isNull(LeadField::OwnerId)); // creating a lead does not route it

    const Lead moved = must(m_leads->changeStage(id, Stage::Mql, u"Asked for a demo"_s), "mql");
    QCOMPARE(moved.stage(), Stage::Mql);
    if (onMql) {
        // The returned lead already carries its owner.
        QCOMPARE(moved.integer(LeadField::OwnerId), ann);
        const QList<Assignment> all = must(m_router->assignments(id), "assignments");
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().userId, ann);
        QCOMPARE(all.constFirst().rule, u"fallback"_s);
        QVERIFY(all.constFirst().slaDueAt.isValid());
        QVERIFY(!lead(id).isNull(LeadField::FirstContactDueAt));
    } else {
        QVERIFY(moved.isNull(LeadField::OwnerId));
        QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), qint64(0));
    }

    // A lead that already has an owner keeps it.
    const qint64 owned = addLead({{LeadField::FirstName, u"Owned"_s}}, u"new"_s);
    QVERIFY(m_router->assign(owned, bob, {}));
    QCOMPARE(
        must(m_leads->changeStage(owned, Stage::Mql, {}), "mql").integer(LeadField::OwnerId), bob);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ?"_s, {owned}), qint64(1));
}

void TestRouter::routesWhenTheScoreMakesAnMql()
{
    // The default trigger: a lead that becomes MQL is routed, however it got there.
    setSettings(RoutingSettings::Trigger::OnMql, true, false);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}}, u"new"_s);
    TouchpointService touchpoints(db());
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QString &type : {u"demo_request"_s, u"pricing_page_visit"_s, u"pricing_page_visit"_s,
             u"form_submit"_s, u"form_submit"_s, u"webinar_attended"_s, u"webinar_attended"_s}) {
        Touchpoint t;
        t.leadId = id;
        t.type = type;
        t.at = recent;
        must(touchpoints.log(t), "touchpoint");
    }
    const Lead scored = lead(id);
    QVERIFY2(scored.integer(LeadField::Score) >= 60,
        qPrintable(QString::number(scored.integer(LeadField::Score))));
    QCOMPARE(scored.stage(), Stage::Mql);
    QCOMPARE(scored.integer(LeadField::OwnerId), ann);
}

// --- sales feedback ------------------------------------------------------------------------------

void TestRouter::acceptNeedsBantAndRecordsIt()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    m_router->setNow(monday10.addSecs(1800).toMSecsSinceEpoch());

    auto early = m_router->accept(id, u"Looks good"_s);
    QVERIFY(!early);
    QCOMPARE(early.error().code, ErrorCode::NotAllowed);
    QVERIFY2(early.error().message.contains(u"budget, authority, need"_s),
        qPrintable(early.error().message));
    QCOMPARE(lead(id).stage(), Stage::Mql);
    QVERIFY(!must(m_router->assignments(id), "a").constFirst().acceptedAt.isValid());

    must(m_leads->update(id, lead(id).version(),
             {{LeadField::BantBudget, u"50000"_s}, {LeadField::BantAuthority, u"CFO signs"_s},
                 {LeadField::BantNeed, u"Replace spreadsheets"_s}}),
        "bant");
    const Lead accepted = must(m_router->accept(id, u"Looks good"_s), "accept");
    QCOMPARE(accepted.stage(), Stage::Sql);
    QVERIFY(!accepted.isNull(LeadField::AcceptedAt));
    QCOMPARE(accepted.integer(LeadField::OwnerId), ann);
    const Assignment a = must(m_router->assignments(id), "a").constFirst();
    QCOMPARE(a.acceptedAt, monday10.addSecs(1800));
    QVERIFY(!a.endedAt.isValid());
    QCOMPARE(
        value(u"SELECT reason FROM stage_history WHERE lead_id = ? AND to_stage = 'sql'"_s, {id})
            .toString(),
        u"accepted by Ann Lee: Looks good"_s);

    // Accepting twice changes nothing.
    m_router->setNow(monday10.addSecs(3600).toMSecsSinceEpoch());
    QVERIFY(m_router->accept(id));
    QCOMPARE(must(m_router->assignments(id), "a").constFirst().acceptedAt, monday10.addSecs(1800));
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = ? AND to_stage = 'sql'"_s, {id}),
        qint64(1));

    const qint64 unowned = addLead({{LeadField::FirstName, u"Nobody's"_s}});
    auto refused = m_router->accept(unowned);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"has no owner"_s));
}

void TestRouter::rejectingRepIsNeverRoutedTheLeadAgain()
{
    // Ann rejects to marketing; the lead comes back as an unowned MQL and the backlog is routed:
    // it must go to Bob, never back to Ann, though Ann has the lighter load.
    const qint64 ann = addUser(u"Ann Lee"_s, 10);
    const qint64 bob = addUser(u"Bob Stone"_s, 10);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    for (int i = 0; i < 3; ++i) // Bob is busier
        QVERIFY(must(
            m_router->assign(addLead({{LeadField::FirstName, u"B%1"_s.arg(i)}}), bob, u"load"_s),
            "load")
                    .assigned);
    m_router->setNow(monday10.addSecs(600).toMSecsSinceEpoch());
    must(m_router->reject(id, u"Not my region"_s, Router::RejectTo::Marketing), "reject");
    QVERIFY(lead(id).isNull(LeadField::OwnerId));
    QSqlQuery back(db());
    back.prepare(u"UPDATE leads SET stage = 'mql' WHERE id = ?"_s);
    back.addBindValue(id);
    QVERIFY(back.exec());
    m_router->setNow(monday10.addSecs(1200).toMSecsSinceEpoch());
    const Router::BacklogTotals totals = must(m_router->routeBacklog(), "backlog");
    QCOMPARE(totals.assigned, 1);
    QCOMPARE(lead(id).integer(LeadField::OwnerId), bob);
    QVERIFY2(value(u"SELECT reason FROM assignments WHERE lead_id = ? AND ended_at IS NULL"_s, {id})
                 .toString()
                 .contains(u"Ann Lee handed it back"_s),
        "the reason names the exclusion");
    // A manager may still give it to Ann by hand: that is a person's decision.
    QVERIFY(m_router->assign(id, ann, u"She knows them after all"_s));
}

void TestRouter::fullRepsOverflow_data()
{
    QTest::addColumn<bool>("overflow");
    QTest::newRow("no overflow: unassigned queue") << false;
    QTest::newRow("overflow person") << true;
}

void TestRouter::fullRepsOverflow()
{
    QFETCH(bool, overflow);
    const qint64 ann = addUser(u"Ann Lee"_s, 2);
    const qint64 bob = addUser(u"Bob Stone"_s, 1);
    const qint64 maria = addUser(u"Maria Boss"_s, 0, {}, User::Role::Manager);
    if (overflow) {
        RoutingSettings settings = must(RoutingSettings::load(db()), "settings");
        settings.overflowUserId = maria;
        must(settings.save(db()), "save");
    }
    QHash<qint64, int> counts;
    RoutingOutcome last;
    for (int i = 0; i < 5; ++i) {
        m_router->setNow(monday10.addSecs(60 * i).toMSecsSinceEpoch());
        last = route(addLead({{LeadField::FirstName, u"L%1"_s.arg(i)}}));
        counts[last.userId] += 1;
    }
    QCOMPARE(counts.value(ann), 2); // their week's capacity, no more
    QCOMPARE(counts.value(bob), 1);
    QVERIFY2(last.reason.contains(u"Ann Lee is at capacity (2 of 2 this week)"_s),
        qPrintable(last.reason));
    QVERIFY2(last.reason.contains(u"Bob Stone is at capacity (1 of 1 this week)"_s),
        qPrintable(last.reason));
    if (overflow) {
        QCOMPARE(counts.value(maria), 2);
        QCOMPARE(last.rule, u"overflow"_s);
        QVERIFY2(last.reason.contains(u"so it goes to the overflow, Maria Boss"_s),
            qPrintable(last.reason));
        QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE user_id = ? AND rule = "
                       "'overflow' AND sla_due_at IS NOT NULL"_s,
                     {maria}),
            qint64(2));
    } else {
        QCOMPARE(counts.value(0), 2);
        QVERIFY(!last.assigned);
        QVERIFY2(last.reason.contains(u"It waits unassigned"_s), qPrintable(last.reason));
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE owner_id IS NULL"_s), qint64(2));
    }
    // A week later the load has gone: Ann takes leads again.
    m_router->setNow(monday10.addDays(8).toMSecsSinceEpoch());
    QCOMPARE(route(addLead({{LeadField::FirstName, u"Next week"_s}})).userId, ann);
}

void TestRouter::rejectBackToRouting()
{
    // Ann has room for ten, Bob for one: without the exclusion Ann would win again.
    const qint64 ann = addUser(u"Ann Lee"_s, 10);
    const qint64 bob = addUser(u"Bob Stone"_s, 1);
    addRule(u"Team"_s, {}, 0, {ann, bob});
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    const qint64 historyRows =
        count(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = ?"_s, {id});

    const QDateTime at = monday10.addSecs(900);
    m_router->setNow(at.toMSecsSinceEpoch());
    const Lead rejected =
        must(m_router->reject(id, u"  Wrong territory "_s, Router::RejectTo::Routing), "reject");
    QCOMPARE(rejected.integer(LeadField::OwnerId), bob);
    QCOMPARE(rejected.stage(), Stage::Mql);
    QCOMPARE(rejected.time(LeadField::FirstContactDueAt), utc(2025, 3, 3, 14, 15)); // Bob's clock

    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].userId, ann);
    QCOMPARE(all[0].rejectedAt, at);
    QCOMPARE(all[0].rejectionReason, u"Wrong territory"_s);
    QCOMPARE(all[0].endedAt, at);
    QCOMPARE(all[0].endReason, u"rejected"_s);
    QCOMPARE(all[1].userId, bob);
    QCOMPARE(all[1].assignedAt, at);
    QVERIFY(!all[1].endedAt.isValid());
    QVERIFY2(all[1].reason.contains(u"Ann Lee handed it back"_s), qPrintable(all[1].reason));
    // The stage did not change, so the stage history did not either; the audit log has the owner.
    QCOMPARE(count(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = ?"_s, {id}), historyRows);
    QCOMPARE(value(u"SELECT old_value || '>' || new_value FROM audit_log WHERE entity_id = ? AND "
                   "field = 'owner' ORDER BY id DESC LIMIT 1"_s,
                 {id})
                 .toString(),
        u"%1>%2"_s.arg(ann).arg(bob));
    QVERIFY(
        must(m_router->whyOwner(id), "why").startsWith(u"Lead %1 belongs to Bob Stone"_s.arg(id)));
}

void TestRouter::rejectWhenNobodyElseCanTakeIt()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    const Lead rejected =
        must(m_router->reject(id, u"Not for me"_s, Router::RejectTo::Routing), "reject");
    QVERIFY(rejected.isNull(LeadField::OwnerId));
    QVERIFY(rejected.isNull(LeadField::FirstContactDueAt));
    QCOMPARE(rejected.stage(), Stage::Mql);
    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].rejectionReason, u"Not for me"_s);
    QVERIFY(all[0].endedAt.isValid());
    // It waits in the backlog, where Ann is the only one left to take it.
    const Router::BacklogTotals totals = must(m_router->routeBacklog(), "backlog");
    QCOMPARE(totals.leads, qint64(1));
}

void TestRouter::rejectToMarketing()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    addUser(u"Bob Stone"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    const QDateTime at = monday10.addSecs(1200);
    m_router->setNow(at.toMSecsSinceEpoch());
    const Lead rejected =
        must(m_router->reject(id, u"Student project"_s, Router::RejectTo::Marketing), "reject");
    QCOMPARE(rejected.stage(), Stage::Nurturing);
    QVERIFY(rejected.isNull(LeadField::OwnerId));
    QVERIFY(rejected.isNull(LeadField::FirstContactDueAt));

    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 1); // not routed to Bob
    QCOMPARE(all[0].rejectedAt, at);
    QCOMPARE(all[0].rejectionReason, u"Student project"_s);
    QCOMPARE(all[0].endedAt, at);

    QSqlQuery history(db());
    QVERIFY(history.exec(u"SELECT from_stage, to_stage, reason, actor FROM stage_history WHERE "
                         "lead_id = %1 ORDER BY id DESC LIMIT 1"_s.arg(id)));
    QVERIFY(history.next());
    QCOMPARE(history.value(0).toString(), u"mql"_s);
    QCOMPARE(history.value(1).toString(), u"nurturing"_s);
    QCOMPARE(history.value(2).toString(), u"rejected by Ann Lee: Student project"_s);
    QCOMPARE(history.value(3).toString(), u"tester"_s);
    QCOMPARE(must(m_router->whyOwner(id), "why"),
        u"Lead %1 has no owner now; it last belonged to Ann Lee until 2025-03-03 10:20 UTC "
        "(rejected)."_s.arg(id));
    // Nothing left to accept or reject.
    QVERIFY(!m_router->reject(id, u"Again"_s, Router::RejectTo::Marketing));
}

void TestRouter::rejectAndRecycleRefusals()
{
    addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    route(id);
    const qint64 version = lead(id).version();
    for (const QString &reason : {QString(), u"   "_s}) {
        auto rejected = m_router->reject(id, reason, Router::RejectTo::Routing);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code, ErrorCode::Invalid);
        QCOMPARE(rejected.error().field, u"reason"_s);
        auto recycled = m_router->recycle(id, reason, {}, false);
        QVERIFY(!recycled);
        QCOMPARE(recycled.error().field, u"reason"_s);
    }
    auto past = m_router->recycle(id, u"Later"_s, monday10.addDays(-1), false);
    QVERIFY(!past);
    QCOMPARE(past.error().field, u"until"_s);
    auto nowIsNotLater = m_router->recycle(id, u"Later"_s, monday10, false);
    QVERIFY(!nowIsNotLater);
    QCOMPARE(lead(id).version(), version);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE ended_at IS NOT NULL"_s), qint64(0));

    const qint64 unowned = addLead({{LeadField::FirstName, u"Nobody's"_s}});
    auto noOwner = m_router->reject(unowned, u"Why"_s, Router::RejectTo::Routing);
    QVERIFY(!noOwner);
    QVERIFY(noOwner.error().message.contains(u"has no owner"_s));

    // A won lead cannot be recycled; nothing is ended.
    const qint64 won = addLead({{LeadField::FirstName, u"Won"_s}}, u"opportunity"_s);
    QVERIFY(m_router->assign(won, 1, {}));
    must(m_leads->update(
             won, lead(won).version(), {{LeadField::Stage, u"won"_s}, {LeadField::Value, 2500000}}),
        "won");
    QVERIFY(!m_router->recycle(won, u"Upsell later"_s, {}, false));
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND ended_at IS NULL"_s, {won}),
        qint64(1));
}

void TestRouter::recycle_data()
{
    QTest::addColumn<bool>("resetScore");
    QTest::newRow("keep the score") << false;
    QTest::newRow("reset the score") << true;
}

void TestRouter::recycle()
{
    QFETCH(bool, resetScore);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    TouchpointService touchpoints(db());
    for (const QString &type : {u"demo_request"_s, u"form_submit"_s}) {
        Touchpoint t;
        t.leadId = id;
        t.type = type;
        t.at = QDateTime::currentDateTimeUtc().addSecs(-7200);
        must(touchpoints.log(t), "touchpoint");
    }
    const qint64 engagement = lead(id).integer(LeadField::EngagementScore);
    QVERIFY2(engagement >= 30 && lead(id).integer(LeadField::Score) < 60,
        qPrintable(QString::number(engagement)));
    QCOMPARE(route(id).userId, ann);

    const QDateTime at = monday10.addSecs(3600);
    m_router->setNow(at.toMSecsSinceEpoch());
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(90);
    const Lead recycled =
        must(m_router->recycle(id, u" Next budget year "_s, until, resetScore), "recycle");
    QCOMPARE(recycled.stage(), Stage::Nurturing);
    QVERIFY(recycled.isNull(LeadField::OwnerId));
    QCOMPARE(recycled.integer(LeadField::NurtureUntil), until.toMSecsSinceEpoch());
    QCOMPARE(recycled.text(LeadField::RecycleReason), u"Next budget year"_s);
    // Without an owner there is no first-contact deadline either.
    QVERIFY(recycled.isNull(LeadField::FirstContactDueAt));
    QVERIFY(lead(id).isNull(LeadField::FirstContactDueAt));

    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].endedAt, at);
    QCOMPARE(all[0].endReason, u"recycled: Next budget year"_s);
    QVERIFY(!all[0].rejectedAt.isValid());
    QCOMPARE(value(u"SELECT reason FROM stage_history WHERE lead_id = ? AND to_stage = "
                   "'nurturing'"_s,
                 {id})
                 .toString(),
        u"Next budget year"_s);

    const qint64 scored = count(u"SELECT COUNT(*) FROM touchpoints WHERE lead_id = ? AND "
                                "scored = 1"_s,
        {id});
    if (resetScore) {
        QCOMPARE(scored, qint64(0));
        QCOMPARE(recycled.integer(LeadField::EngagementScore), qint64(0));
        QCOMPARE(lead(id).integer(LeadField::EngagementScore), qint64(0));
    } else {
        QCOMPARE(scored, qint64(2));
        QCOMPARE(lead(id).integer(LeadField::EngagementScore), engagement);
    }
    // No open assignment, so no SLA runs for it.
    m_router->setNow(monday10.addDays(2).toMSecsSinceEpoch());
    QVERIFY(must(m_router->overdue(), "overdue").isEmpty());
}

// --- SLA: overdue, breaches, first contact -------------------------------------------------------

void TestRouter::overdueAndBreaches()
{
    const qint64 maria = addUser(u"Maria Boss"_s, 0, {}, User::Role::Manager);
    const qint64 ann = addUser(u"Ann Lee"_s, 0, {}, User::Role::Rep, maria);
    const qint64 bob = addUser(u"Bob Stone"_s);
    addRule(u"Germany"_s, {u"country in DE"_s}, ann);
    addRule(u"France"_s, {u"country in FR"_s}, bob);
    const qint64 lena = addLead({{LeadField::FirstName, u"Lena"_s},
        {LeadField::LastName, u"Lang"_s}, {LeadField::Country, u"DE"_s}});
    const qint64 felix = addLead({{LeadField::FirstName, u"Felix"_s},
        {LeadField::LastName, u"Faure"_s}, {LeadField::Country, u"FR"_s}});
    const qint64 late = addLead({{LeadField::FirstName, u"Lars"_s}, {LeadField::Country, u"DE"_s}});
    route(lena); // due 14:00
    m_router->setNow(utc(2025, 3, 3, 10, 5).toMSecsSinceEpoch());
    route(felix); // due 14:05
    m_router->setNow(utc(2025, 3, 3, 11).toMSecsSinceEpoch());
    route(late); // due 15:00

    for (const QDateTime &t : {utc(2025, 3, 3, 13, 59), utc(2025, 3, 3, 14)}) {
        m_router->setNow(t.toMSecsSinceEpoch());
        QVERIFY(must(m_router->overdue(), "overdue").isEmpty());
    }
    m_router->setNow(utc(2025, 3, 3, 14, 30).toMSecsSinceEpoch());
    QList<OverdueLead> overdue = must(m_router->overdue(), "overdue");
    QCOMPARE(overdue.size(), 2);
    QCOMPARE(overdue[0].leadId, lena); // most overdue first
    QCOMPARE(overdue[0].leadName, u"Lena Lang"_s);
    QCOMPARE(overdue[0].userId, ann);
    QCOMPARE(overdue[0].userName, u"Ann Lee"_s);
    QCOMPARE(overdue[0].assignedAt, monday10);
    QCOMPARE(overdue[0].dueAt, utc(2025, 3, 3, 14));
    QCOMPARE(overdue[0].businessHoursLate, 0.5);
    QVERIFY(!overdue[0].breachedAt.isValid());
    QCOMPARE(overdue[1].leadId, felix);
    QVERIFY(std::abs(overdue[1].businessHoursLate - 25.0 / 60) < 1e-9);

    const Router::BreachTotals first = must(m_router->processBreaches(), "breaches");
    QCOMPARE(first.breached, qint64(2));
    QCOMPARE(first.escalated, qint64(1)); // Bob has no manager
    QCOMPARE(first.reassigned, qint64(0));
    QSqlQuery tasks(db());
    QVERIFY(tasks.exec(u"SELECT lead_id, user_id, kind, title, detail, due_at, created_by "
                       "FROM tasks ORDER BY id"_s));
    QVERIFY(tasks.next());
    QCOMPARE(tasks.value(0).toLongLong(), lena);
    QCOMPARE(tasks.value(1).toLongLong(), maria);
    QCOMPARE(tasks.value(2).toString(), u"escalation"_s);
    QCOMPARE(tasks.value(3).toString(), u"First contact overdue: Lena Lang (Ann Lee)"_s);
    QCOMPARE(tasks.value(4).toString(),
        u"Ann Lee had until 2025-03-03 14:00 UTC to make first "
        "contact."_s);
    QCOMPARE(tasks.value(5).toLongLong(), utc(2025, 3, 3, 14, 30).toMSecsSinceEpoch());
    QCOMPARE(tasks.value(6).toString(), u"tester"_s);
    QVERIFY(!tasks.next());

    const Assignment lenaA = must(m_router->assignments(lena), "a").constFirst();
    QCOMPARE(lenaA.breachedAt, utc(2025, 3, 3, 14, 30));
    QCOMPARE(lenaA.escalatedTo, maria);
    QVERIFY(!lenaA.endedAt.isValid()); // no reassignment by default
    QCOMPARE(ownerName(lena), u"Ann Lee"_s);
    const Assignment felixA = must(m_router->assignments(felix), "a").constFirst();
    QCOMPARE(felixA.breachedAt, utc(2025, 3, 3, 14, 30));
    QCOMPARE(felixA.escalatedTo, qint64(0));
    overdue = must(m_router->overdue(), "overdue");
    QCOMPARE(overdue.size(), 2);
    QCOMPARE(overdue[0].breachedAt, utc(2025, 3, 3, 14, 30));
    QCOMPARE(overdue[0].escalatedTo, maria);

    // A breach is recorded once.
    m_router->setNow(utc(2025, 3, 3, 14, 45).toMSecsSinceEpoch());
    const Router::BreachTotals again = must(m_router->processBreaches(), "breaches");
    QCOMPARE(again.breached, qint64(0));
    QCOMPARE(again.escalated, qint64(0));
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks"_s), qint64(1));
    m_router->setNow(utc(2025, 3, 3, 15, 30).toMSecsSinceEpoch());
    const Router::BreachTotals third = must(m_router->processBreaches(), "breaches");
    QCOMPARE(third.breached, qint64(1));
    QCOMPARE(third.escalated, qint64(1));
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE lead_id = ?"_s, {late}), qint64(1));

    // Lateness counts business hours only: 14:00-17:00 Monday and 09:00-10:00 Tuesday.
    m_router->setNow(utc(2025, 3, 4, 10).toMSecsSinceEpoch());
    overdue = must(m_router->overdue(), "overdue");
    QCOMPARE(overdue.size(), 3);
    QCOMPARE(overdue[0].businessHoursLate, 4.0);
    // Closed and deleted leads drop out.
    must(m_leads->changeStage(felix, Stage::Disqualified, u"Spam or fake"_s), "dq");
    must(m_leads->remove(late), "delete");
    overdue = must(m_router->overdue(), "overdue");
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue[0].leadId, lena);
}

void TestRouter::escalationGoesPastAbsentManagers_data()
{
    QTest::addColumn<QString>("kim"); // Kim is Ann's manager; Maria is Kim's
    QTest::addColumn<QString>("escalatedTo"); // empty = nobody
    QTest::newRow("manager there") << u"active"_s << u"Kim Lead"_s;
    QTest::newRow("manager away") << u"away"_s << u"Maria Boss"_s;
    QTest::newRow("manager inactive") << u"inactive"_s << u"Maria Boss"_s;
    QTest::newRow("manager inactive, nobody above") << u"alone"_s << QString();
}

void TestRouter::escalationGoesPastAbsentManagers()
{
    QFETCH(QString, kim);
    QFETCH(QString, escalatedTo);
    const qint64 maria = addUser(u"Maria Boss"_s, 0, {}, User::Role::Manager);
    const qint64 kimId =
        addUser(u"Kim Lead"_s, 0, {}, User::Role::Manager, kim == u"alone"_s ? 0 : maria);
    const qint64 ann = addUser(u"Ann Lee"_s, 0, {}, User::Role::Rep, kimId);
    if (kim == u"away"_s)
        must(UserService(db()).addAbsence(kimId, monday10, monday10.addDays(7)), "absence");
    if (kim == u"inactive"_s || kim == u"alone"_s)
        setActive(kimId, false);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    m_router->setNow(utc(2025, 3, 3, 15).toMSecsSinceEpoch());
    const Router::BreachTotals totals = must(m_router->processBreaches(), "breaches");
    QCOMPARE(totals.breached, qint64(1));
    QCOMPARE(totals.escalated, qint64(escalatedTo.isEmpty() ? 0 : 1));
    QCOMPARE(value(u"SELECT u.name FROM tasks t JOIN users u ON u.id = t.user_id"_s).toString(),
        escalatedTo);
    QCOMPARE(value(u"SELECT u.name FROM assignments a LEFT JOIN users u ON u.id = a.escalated_to"_s)
                 .toString(),
        escalatedTo);
}

void TestRouter::reassignOnBreach_data()
{
    QTest::addColumn<bool>("bobActive");
    QTest::newRow("to the next rep") << true;
    QTest::newRow("nobody else") << false;
}

void TestRouter::reassignOnBreach()
{
    QFETCH(bool, bobActive);
    setSettings(RoutingSettings::Trigger::Manual, true, true);
    const qint64 ann = addUser(u"Ann Lee"_s, 10);
    const qint64 bob = addUser(u"Bob Stone"_s, 1);
    addRule(u"Team"_s, {}, 0, {ann, bob});
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    QCOMPARE(route(id).userId, ann);
    if (!bobActive)
        setActive(bob, false);

    const QDateTime breach = utc(2025, 3, 3, 14, 30);
    m_router->setNow(breach.toMSecsSinceEpoch());
    const Router::BreachTotals totals = must(m_router->processBreaches(), "breaches");
    QCOMPARE(totals.breached, qint64(1));
    QCOMPARE(totals.reassigned, qint64(bobActive ? 1 : 0));
    const QList<Assignment> all = must(m_router->assignments(id), "assignments");
    QCOMPARE(all[0].breachedAt, breach);
    if (!bobActive) {
        QCOMPARE(all.size(), 1);
        QCOMPARE(ownerName(id), u"Ann Lee"_s);
        return;
    }
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].endedAt, breach);
    QCOMPARE(all[1].userId, bob);
    QCOMPARE(all[1].assignedAt, breach);
    QCOMPARE(all[1].slaDueAt, utc(2025, 3, 4, 10, 30)); // 2.5 h today, 1.5 h tomorrow
    QVERIFY2(all[1].reason.contains(u"Ann Lee handed it back"_s), qPrintable(all[1].reason));
    QCOMPARE(ownerName(id), u"Bob Stone"_s);
    QCOMPARE(lead(id).time(LeadField::FirstContactDueAt), utc(2025, 3, 4, 10, 30));
    // Bob's clock runs afresh.
    m_router->setNow(utc(2025, 3, 4, 10).toMSecsSinceEpoch());
    QVERIFY(must(m_router->overdue(), "overdue").isEmpty());
}

void TestRouter::firstContactStopsTheClock()
{
    addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    route(id); // due 14:00
    QSqlDatabase connection = db();
    // A contact before the assignment does not count.
    QVERIFY(Router::recordFirstContact(connection, id, utc(2025, 3, 3, 9).toMSecsSinceEpoch()));
    QVERIFY(!must(m_router->assignments(id), "a").constFirst().firstContactAt.isValid());
    QVERIFY(Router::recordFirstContact(connection, id, utc(2025, 3, 3, 13).toMSecsSinceEpoch()));
    // The first contact stays the first.
    QVERIFY(
        Router::recordFirstContact(connection, id, utc(2025, 3, 3, 13, 30).toMSecsSinceEpoch()));
    QCOMPARE(must(m_router->assignments(id), "a").constFirst().firstContactAt, utc(2025, 3, 3, 13));
    m_router->setNow(utc(2025, 3, 4, 12).toMSecsSinceEpoch());
    QVERIFY(must(m_router->overdue(), "overdue").isEmpty());
    QCOMPARE(must(m_router->processBreaches(), "breaches").breached, qint64(0));
    QVERIFY(must(m_router->whyOwner(id), "why")
                .endsWith(u"First contact made 2025-03-03 13:00 UTC."_s));

    // Without a contact the same lead would be overdue.
    const qint64 other = addLead({{LeadField::FirstName, u"Other"_s}});
    m_router->setNow(monday10.toMSecsSinceEpoch());
    route(other);
    m_router->setNow(utc(2025, 3, 4, 12).toMSecsSinceEpoch());
    const QList<OverdueLead> overdue = must(m_router->overdue(), "overdue");
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue[0].leadId, other);
}

void TestRouter::loggedCallStopsTheClock()
{
    addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    route(id); // Monday 10:00, due 14:00
    TouchpointService touchpoints(db());
    Touchpoint note;
    note.leadId = id;
    note.type = u"note"_s;
    note.at = utc(2025, 3, 3, 11);
    must(touchpoints.log(note), "note");
    QVERIFY(!must(m_router->assignments(id), "a").constFirst().firstContactAt.isValid());
    Touchpoint call;
    call.leadId = id;
    call.type = u"call"_s;
    call.outcome = u"connected"_s;
    call.at = utc(2025, 3, 3, 12);
    must(touchpoints.log(call), "call");
    QCOMPARE(lead(id).time(LeadField::FirstContactedAt), utc(2025, 3, 3, 12));
    m_router->setNow(utc(2025, 3, 3, 15).toMSecsSinceEpoch());
    QCOMPARE(must(m_router->assignments(id), "a").constFirst().firstContactAt, utc(2025, 3, 3, 12));
    QVERIFY(must(m_router->overdue(), "overdue").isEmpty());
}

void TestRouter::settingsRoundTripAndRefuseNonsense()
{
    RoutingSettings defaults = must(RoutingSettings::load(db()), "load");
    QCOMPARE(defaults.trigger, RoutingSettings::Trigger::Manual); // set in init()
    QVERIFY(defaults.accountBased);
    QVERIFY(!defaults.reassignOnBreach);
    RoutingSettings changed;
    changed.trigger = RoutingSettings::Trigger::OnMql;
    changed.accountBased = false;
    changed.reassignOnBreach = true;
    must(changed.save(db()), "save");
    const RoutingSettings read = must(RoutingSettings::load(db()), "load");
    QCOMPARE(read.trigger, RoutingSettings::Trigger::OnMql);
    QVERIFY(!read.accountBased);
    QVERIFY(read.reassignOnBreach);
    QCOMPARE(Settings(db()).value(RoutingSettings::TriggerKey), u"mql"_s);

    must(Settings(db()).setValue(RoutingSettings::TriggerKey, u"sometimes"_s), "set");
    auto bad = RoutingSettings::load(db());
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Invalid);
    QCOMPARE(bad.error().field, RoutingSettings::TriggerKey);
    QVERIFY(bad.error().message.contains(u"sometimes"_s));
    // Routing refuses to guess rather than route by a setting it cannot read.
    addUser(u"Ann Lee"_s);
    const qint64 id = addLead({{LeadField::FirstName, u"Lena"_s}});
    auto refused = m_router->route(id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, RoutingSettings::TriggerKey);
    QVERIFY(lead(id).isNull(LeadField::OwnerId));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
