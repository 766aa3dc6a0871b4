#include "leads/leadservice.h"
#include "must.h"
#include "routing/businesscalendar.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "workflow/leadworkflow.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

using test::must;

} // namespace

/// lf::LeadWorkflow: one rule for what follows an edit, whichever path makes it. A move to SQL by a
/// stage change counts as the owner's acceptance, as `accept` does; a move to nurturing hands the
/// lead back to marketing (no owner, no open clock), as `recycle` does; an owner set by an edit is
/// an assignment with its first-contact clock, as `assign` makes; an owner removed ends it.
/// Expected values are read back with SQL.
class TestLeadWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void planSplitsTheOwnerFromTheEdit_data();
    void planSplitsTheOwnerFromTheEdit();
    void stageToSqlCountsAsAcceptance();
    void nurturingByStageIsLikeRecycle_data();
    void nurturingByStageIsLikeRecycle();
    void ownerByEditIsAnAssignment();
    void ownerRemovedByEditEndsTheAssignment();
    void ownerByEditRefusesWhoCannotTakeIt();
    void ownerAndStageInOneEditIsOneAssignment_data();
    void ownerAndStageInOneEditIsOneAssignment();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;
    qint64 addUser(const QString &name);
    /// An MQL owned by `owner` through routing (an assignment with an open clock).
    Lead ownedMql(qint64 owner);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
};

void TestLeadWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadWorkflow::init()
{
    static int counter = 0;
    auto opened = Database::open(m_dir.filePath(u"flow-%1.sqlite"_s.arg(++counter)));
    QVERIFY(opened);
    m_db = std::move(*opened);
    m_leads = std::make_unique<LeadService>(db());
    m_leads->setActor(u"tester"_s);
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::Manual;
    must(settings.save(db()), "routing settings");
}

void TestLeadWorkflow::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestLeadWorkflow::count(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestLeadWorkflow::addUser(const QString &name)
{
    User user;
    user.name = name;
    return must(UserService(db()).add(user), "add user").id;
}

Lead TestLeadWorkflow::ownedMql(qint64 owner)
{
    const Lead lead =
        must(m_leads->create({{LeadField::FirstName, u"Lena"_s}, {LeadField::LastName, u"Lang"_s},
                 {LeadField::Stage, u"mql"_s}, {LeadField::BantBudget, u"5000"_s},
                 {LeadField::BantAuthority, u"CFO"_s}, {LeadField::BantNeed, u"Payroll"_s}}),
            "create");
    must(Router(db()).assign(lead.id(), owner, u"test"_s), "assign");
    return must(m_leads->get(lead.id()), "get");
}

void TestLeadWorkflow::planSplitsTheOwnerFromTheEdit_data()
{
    QTest::addColumn<QString>("stage"); // the lead's stage
    QTest::addColumn<qint64>("owner"); // the lead's owner, 0 = none
    QTest::addColumn<QString>("edit"); // field=value;... (owner= empty means none)
    QTest::addColumn<qint64>("plannedOwner"); // -1 = no owner change
    QTest::addColumn<int>("written"); // changes the lead service writes
    QTest::newRow("title only") << u"mql"_s << 3LL << u"title=CEO"_s << -1LL << 1;
    QTest::newRow("new owner") << u"mql"_s << 3LL << u"owner=4;title=CEO"_s << 4LL << 2;
    QTest::newRow("same owner") << u"mql"_s << 3LL << u"owner=3"_s << -1LL << 1;
    QTest::newRow("owner removed") << u"mql"_s << 3LL << u"owner="_s << 0LL << 1;
    QTest::newRow("to nurturing, owned") << u"mql"_s << 3LL << u"stage=nurturing"_s << 0LL << 2;
    QTest::newRow("to nurturing, unowned") << u"mql"_s << 0LL << u"stage=nurturing"_s << -1LL << 1;
    QTest::newRow("to nurturing with a new owner")
        << u"mql"_s << 3LL << u"stage=nurturing;owner=4"_s << 4LL << 2;
    QTest::newRow("already nurturing")
        << u"nurturing"_s << 3LL << u"stage=nurturing"_s << -1LL << 1;
}

void TestLeadWorkflow::planSplitsTheOwnerFromTheEdit()
{
    QFETCH(QString, stage);
    QFETCH(qint64, owner);
    QFETCH(QString, edit);
    QFETCH(qint64, plannedOwner);
    QFETCH(int, written);
    Lead lead;
    lead.setValue(LeadField::Stage, stage);
    if (owner > 0)
        lead.setValue(LeadField::OwnerId, owner);
    LeadChanges changes;
    for (const QString &pair : edit.split(u';')) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        const LeadField field = key == u"owner"_s ? LeadField::OwnerId
            : key == u"stage"_s                   ? LeadField::Stage
                                                  : LeadField::Title;
        changes.append({field,
            value.isEmpty()
                ? QVariant()
                : (field == LeadField::OwnerId ? QVariant(value.toLongLong()) : QVariant(value))});
    }
    const LeadWorkflow::Plan plan = LeadWorkflow::plan(lead, changes);
    QCOMPARE(plan.owner.has_value(), plannedOwner >= 0);
    if (plan.owner)
        QCOMPARE(*plan.owner, plannedOwner);
    QCOMPARE(plan.write.size(), written); // the owner is written with the edit, then recorded
}

void TestLeadWorkflow::stageToSqlCountsAsAcceptance()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const Lead lead = ownedMql(ann);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE accepted_at IS NOT NULL"_s), 0);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    must(m_leads->changeStage(lead.id(), Stage::Sql, {}), "to sql");
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND user_id = ? AND "
                   "ended_at IS NULL AND accepted_at >= ?"_s,
                 {lead.id(), ann, before}),
        1);
    // An unowned lead moved to SQL has nobody to count an acceptance for.
    const Lead unowned =
        must(m_leads->create({{LeadField::FirstName, u"Nils"_s}, {LeadField::Stage, u"mql"_s},
                 {LeadField::BantBudget, u"1"_s}, {LeadField::BantAuthority, u"CEO"_s},
                 {LeadField::BantNeed, u"CRM"_s}}),
            "create");
    must(m_leads->changeStage(unowned.id(), Stage::Sql, {}), "to sql");
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ?"_s, {unowned.id()}), 0);
}

void TestLeadWorkflow::nurturingByStageIsLikeRecycle_data()
{
    QTest::addColumn<bool>("byRecycle");
    QTest::newRow("stage N nurturing") << false;
    QTest::newRow("recycle N") << true;
}

void TestLeadWorkflow::nurturingByStageIsLikeRecycle()
{
    QFETCH(bool, byRecycle);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const Lead lead = ownedMql(ann);
    QVERIFY(!lead.isNull(LeadField::FirstContactDueAt));
    if (byRecycle) {
        Router router(db());
        router.setActor(u"tester"_s);
        must(router.recycle(lead.id(), u"Next quarter"_s, {}, false), "recycle");
    } else {
        must(m_leads->changeStage(lead.id(), Stage::Nurturing, u"Next quarter"_s), "nurture");
    }
    // Both paths: no owner, no first-contact deadline, no open assignment, no open clock.
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE id = ? AND stage = 'nurturing' AND "
                   "owner_id IS NULL AND first_contact_due_at IS NULL"_s,
                 {lead.id()}),
        1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND ended_at IS NULL"_s,
                 {lead.id()}),
        0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND end_reason IS NOT "
                   "NULL"_s,
                 {lead.id()}),
        1);
    // The owner's change is in the audit log like any other.
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND field = 'owner' AND "
                   "new_value IS NULL"_s,
                 {lead.id()}),
        1);
}

void TestLeadWorkflow::ownerByEditIsAnAssignment()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const Lead lead =
        must(m_leads->create({{LeadField::FirstName, u"Otto"_s}, {LeadField::Stage, u"mql"_s}}),
            "create");
    const Lead owned = must(m_leads->update(lead.id(), lead.version(),
                                {{LeadField::OwnerId, ann}, {LeadField::Title, u"CTO"_s}}),
        "owner by edit");
    QCOMPARE(owned.integer(LeadField::OwnerId), ann);
    QCOMPARE(owned.text(LeadField::Title), u"CTO"_s);
    QVERIFY(!owned.isNull(LeadField::FirstContactDueAt));
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND user_id = ? AND "
                   "rule = 'manual' AND ended_at IS NULL AND sla_due_at IS NOT NULL"_s,
                 {lead.id(), ann}),
        1);
    QCOMPARE(count(u"SELECT first_contact_due_at FROM leads WHERE id = ?"_s, {lead.id()}),
        count(u"SELECT sla_due_at FROM assignments WHERE lead_id = ?"_s, {lead.id()}));
}

void TestLeadWorkflow::ownerRemovedByEditEndsTheAssignment()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    const Lead lead = ownedMql(ann);
    const Lead released = must(
        m_leads->update(lead.id(), lead.version(), {{LeadField::OwnerId, QVariant()}}), "release");
    QVERIFY(released.isNull(LeadField::OwnerId));
    QVERIFY(released.isNull(LeadField::FirstContactDueAt));
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND ended_at IS NULL"_s,
                 {lead.id()}),
        0);
}

void TestLeadWorkflow::ownerByEditRefusesWhoCannotTakeIt()
{
    const qint64 ann = addUser(u"Ann Lee"_s);
    User user = must(UserService(db()).get(ann), "get");
    user.active = false;
    must(UserService(db()).update(user), "deactivate");
    const Lead lead =
        must(m_leads->create({{LeadField::FirstName, u"Ida"_s}, {LeadField::Stage, u"mql"_s}}),
            "create");
    auto refused = m_leads->update(
        lead.id(), lead.version(), {{LeadField::OwnerId, ann}, {LeadField::Title, u"CIO"_s}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY2(refused.error().message.contains(u"inactive"_s), qPrintable(refused.error().message));
    // All or nothing: the title was not saved either.
    QVERIFY(must(m_leads->get(lead.id()), "get").isNull(LeadField::Title));
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), 0);
}

void TestLeadWorkflow::ownerAndStageInOneEditIsOneAssignment_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("to MQL with an owner: not routed to someone else first") << u"mql"_s << false;
    QTest::newRow("to SQL with an owner: the new owner's acceptance") << u"sql"_s << true;
}

void TestLeadWorkflow::ownerAndStageInOneEditIsOneAssignment()
{
    QFETCH(QString, stage);
    QFETCH(bool, accepted);
    RoutingSettings settings;
    settings.trigger = RoutingSettings::Trigger::OnMql; // routing would pick Bob, the first rep
    must(settings.save(db()), "routing settings");
    addUser(u"Bob Stone"_s);
    const qint64 ann = addUser(u"Ann Lee"_s);
    const Lead lead =
        must(m_leads->create({{LeadField::FirstName, u"Eva"_s}, {LeadField::Stage, u"contacted"_s},
                 {LeadField::BantBudget, u"1"_s}, {LeadField::BantAuthority, u"CEO"_s},
                 {LeadField::BantNeed, u"CRM"_s}}),
            "create");
    const Lead after = must(m_leads->update(lead.id(), lead.version(),
                                {{LeadField::Stage, stage}, {LeadField::OwnerId, ann}}),
        "edit");
    QCOMPARE(after.integer(LeadField::OwnerId), ann);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ?"_s, {lead.id()}), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND user_id = ? AND "
                   "ended_at IS NULL AND sla_due_at IS NOT NULL"_s,
                 {lead.id(), ann}),
        1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments WHERE lead_id = ? AND accepted_at IS NOT "
                   "NULL"_s,
                 {lead.id()}),
        accepted ? 1 : 0);
    // One version for the edit, with the owner in its audit entry.
    QCOMPARE(after.version(), lead.version() + 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND field = 'owner' AND "
                   "new_value = ?"_s,
                 {lead.id(), QString::number(ann)}),
        1);
}

QTEST_GUILESS_MAIN(TestLeadWorkflow)
#include "tst_leadworkflow.moc"
