// TimelineModel: a lead's touchpoints, stage changes, assignments and edits, newest first.

#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void noLead();
    void unknownLeadIsEmpty();
    void newestFirstWithEveryKind();
    void touchTypes_data();
    void touchTypes();
    void editsNameTheFieldByLabel();
    void reloadAddsTheNewTouchpoint();
    void clearEmpties();

private:
    Lead makeLead(const LeadChanges &changes)
    {
        Result<Lead> lead = LeadService(m_db->connection()).create(changes);
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return *lead;
    }
    Touchpoint touch(qint64 leadId, const QString &type, int minutesAgo,
        const QString &outcome = {}, const QString &detail = {})
    {
        Touchpoint t;
        t.leadId = leadId;
        t.type = type;
        t.outcome = outcome;
        t.detail = detail;
        t.at = QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo);
        Result<Touchpoint> logged = TouchpointService(m_db->connection()).log(t);
        if (!logged)
            qFatal("cannot log: %s", qPrintable(logged.error().toString()));
        return *logged;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTimelineModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTimelineModel::init()
{
    m_db.reset();
    auto db = Database::open(
        m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestTimelineModel::noLead()
{
    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.leadId(), 0);
    QVERIFY(model.setLeadId(0));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastError());
}

void TestTimelineModel::unknownLeadIsEmpty()
{
    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeadId(4242);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::newestFirstWithEveryKind()
{
    const Lead lead = makeLead({{LeadField::FirstName, u"Ada"_s}, {LeadField::Company, u"Acme"_s}});
    LeadService leads(m_db->connection());
    QVERIFY(leads.update(lead.id(), lead.version(), {{LeadField::Title, u"CTO"_s}}));
    QVERIFY(leads.changeStage(lead.id(), Stage::Contacted, {}));
    touch(lead.id(), u"call"_s, 90, u"connected"_s, u"Wants a demo"_s);
    touch(lead.id(), u"email"_s, 30, u"sent"_s);
    User user;
    user.name = u"Ann Lee"_s;
    user.email = u"ann@example.com"_s;
    Result<User> ann = UserService(m_db->connection()).add(user);
    QVERIFY2(ann, qPrintable(ann ? QString() : ann.error().toString()));
    QVERIFY(Router(m_db->connection()).assign(lead.id(), ann->id, u"territory"_s));

    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setLeadId(lead.id()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.leadId(), lead.id());
    QCOMPARE(model.rowCount(), 6);

    QSet<int> kinds;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QDateTime at = index.data(TimelineModel::AtRole).toDateTime();
        QVERIFY(at.isValid());
        if (previous.isValid())
            QVERIFY2(at <= previous, qPrintable(u"row %1 is newer than the row above"_s.arg(row)));
        previous = at;
        kinds.insert(index.data(TimelineModel::KindRole).toInt());
        QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    using K = TimelineEntry::Kind;
    QCOMPARE(kinds,
        (QSet<int> {int(K::Created), int(K::Edit), int(K::StageChange), int(K::Touchpoint),
            int(K::Assignment)}));

    // The touchpoints were logged in the past: they are the oldest rows, the call last of all.
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(TimelineModel::KindRole).toInt(), int(K::Touchpoint));
    QCOMPARE(last.data(TimelineModel::TouchTypeRole).toString(), u"call"_s);
    QVERIFY(last.data(TimelineModel::SummaryRole).toString().contains(u"connected"_s));
    QCOMPARE(last.data(TimelineModel::DetailRole).toString(), u"Wants a demo"_s);
    QCOMPARE(model.index(model.rowCount() - 2).data(TimelineModel::TouchTypeRole).toString(),
        u"email"_s);
    QCOMPARE(model.entry(model.rowCount() - 1).kind, K::Touchpoint);
    QVERIFY(model.roleNames().contains(TimelineModel::KindRole));
    // The owner's id changing is told by the assignment, not as an edit.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row).data().toString().contains(fieldLabel(LeadField::OwnerId)));
}

void TestTimelineModel::touchTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("call") << u"call"_s;
    QTest::newRow("email") << u"email"_s;
    QTest::newRow("meeting") << u"meeting"_s;
    QTest::newRow("note") << u"note"_s;
    QTest::newRow("imported type") << u"webinar_attended"_s;
}

void TestTimelineModel::touchTypes()
{
    QFETCH(QString, type);
    const Lead lead = makeLead({{LeadField::Company, u"Globex"_s}});
    touch(lead.id(), type, 5);
    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeadId(lead.id());
    QCOMPARE(model.rowCount(), 2);
    // Created just now, the touchpoint five minutes ago: the touchpoint is below.
    const QModelIndex row = model.index(1);
    QCOMPARE(row.data(TimelineModel::KindRole).toInt(), int(TimelineEntry::Kind::Touchpoint));
    QCOMPARE(row.data(TimelineModel::TouchTypeRole).toString(), type);
    QVERIFY(row.data(TimelineModel::SourceIdRole).toLongLong() > 0);
    QCOMPARE(model.index(0).data(TimelineModel::TouchTypeRole).toString(), QString());
    // Each kind of touchpoint has a badge of its own, unlike the creation's.
    const QImage badge = row.data(Qt::DecorationRole).value<QIcon>().pixmap(24).toImage();
    const QImage created =
        model.index(0).data(Qt::DecorationRole).value<QIcon>().pixmap(24).toImage();
    QVERIFY(badge != created);
}

void TestTimelineModel::editsNameTheFieldByLabel()
{
    const Lead lead = makeLead({{LeadField::Company, u"Initech"_s}});
    QVERIFY(LeadService(m_db->connection())
                .update(lead.id(), lead.version(), {{LeadField::BantNeed, u"Faster reports"_s}}));
    TimelineModel model(m_db->connection());
    model.setLeadId(lead.id());
    QCOMPARE(model.rowCount(), 2);
    const QString summary = model.index(0).data().toString();
    QVERIFY2(summary.contains(fieldLabel(LeadField::BantNeed)), qPrintable(summary));
    QVERIFY2(!summary.contains(fieldKey(LeadField::BantNeed)), qPrintable(summary));
    QVERIFY(
        model.index(0).data(TimelineModel::DetailRole).toString().contains(u"Faster reports"_s));
}

void TestTimelineModel::reloadAddsTheNewTouchpoint()
{
    const Lead lead = makeLead({{LeadField::LastName, u"Hopper"_s}});
    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeadId(lead.id());
    QCOMPARE(model.rowCount(), 1);
    touch(lead.id(), u"meeting"_s, 0, u"held"_s);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TimelineModel::TouchTypeRole).toString(), u"meeting"_s);
}

void TestTimelineModel::clearEmpties()
{
    const Lead lead = makeLead({{LeadField::LastName, u"Turing"_s}});
    TimelineModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeadId(lead.id());
    // The first stage is told by the creation's row, not by a row of its own.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0).data(TimelineModel::KindRole).toInt(), int(TimelineEntry::Kind::Created));
    QVERIFY(
        model.index(0).data(TimelineModel::DetailRole).toString().contains(stageLabel(Stage::New)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.leadId(), 0);
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
