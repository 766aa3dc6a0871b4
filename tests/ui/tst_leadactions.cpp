// LeadActions: every GUI change to leads goes through the core and onto one undo stack. Undo and
// redo restore what was there, refuse to overwrite a change made meanwhile, and say so.

#include "leadactions.h"
#include "leads/leadservice.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "salesfeedbackdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lf;

class TestLeadActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editUndoRedo();
    void undoRefusesToOverwriteALaterChange();
    void stageChange_data();
    void stageChange();
    void lostNeedsAReason();
    void multiLeadStageChangeIsOneStep();
    void refusedLeadsAreSkippedInOneStep();
    void assignUndoGivesBackOrUnassigns();
    void deleteUndoRestores();
    void createUndoDeletesRedoRestores();
    void readOnlyDatabaseRefuses();
    void acceptRecordsAndRefusesWithoutBant();
    void rejectAndRecycleThroughTheirDialogs_data();
    void rejectAndRecycleThroughTheirDialogs();

private:
    Lead makeLead(const QString &name, Stage stage = Stage::New);
    Lead reload(qint64 id) { return *LeadService(m_db->connection()).get(id, true); }
    qint64 addUser(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LeadActions> m_actions;
};

void TestLeadActions::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto db = Database::open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
    m_stack = std::make_unique<QUndoStack>();
    m_actions = std::make_unique<LeadActions>(*m_db, m_stack.get());
    m_actions->setActor(u"tester"_s);
}

void TestLeadActions::cleanup()
{
    m_actions.reset();
    m_stack.reset();
    m_db.reset();
}

Lead TestLeadActions::makeLead(const QString &name, Stage stage)
{
    LeadService leads(m_db->connection());
    leads.setLifecycleChecks(false);
    auto lead = leads.create({{LeadField::FirstName, name}, {LeadField::Company, u"Acme"_s},
        {LeadField::Email, name.toLower() + u"@example.com"_s}, {LeadField::Stage, stageKey(stage)},
        {LeadField::Value, 1500000}});
    if (!lead)
        qFatal("%s", qPrintable(lead.error().toString()));
    return *lead;
}

qint64 TestLeadActions::addUser(const QString &name)
{
    User user;
    user.name = name;
    user.email = name.toLower() + u"@team.example"_s;
    auto added = UserService(m_db->connection()).add(user);
    if (!added)
        qFatal("%s", qPrintable(added.error().toString()));
    return added->id;
}

void TestLeadActions::editUndoRedo()
{
    const Lead lead = makeLead(u"Ada"_s);
    QSignalSpy changed(m_actions.get(), &LeadActions::leadChanged);

    auto edited = m_actions->editLead(lead.id(), lead.version(),
        {{LeadField::Title, u"CTO"_s}, {LeadField::Company, u"Globex"_s}});
    QVERIFY2(edited.has_value(), edited ? "" : qPrintable(edited.error().toString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), lead.id());
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->undoText().contains(u"Ada"_s));

    m_stack->undo();
    QCOMPARE(reload(lead.id()).text(LeadField::Company), u"Acme"_s);
    QVERIFY(reload(lead.id()).isNull(LeadField::Title));
    QCOMPARE(changed.count(), 2);

    m_stack->redo();
    QCOMPARE(reload(lead.id()).text(LeadField::Company), u"Globex"_s);
    QCOMPARE(reload(lead.id()).text(LeadField::Title), u"CTO"_s);

    // Undo twice over the same command works against the state redo wrote.
    m_stack->undo();
    QCOMPARE(reload(lead.id()).text(LeadField::Company), u"Acme"_s);
    QCOMPARE(m_stack->count(), 1);
}

void TestLeadActions::undoRefusesToOverwriteALaterChange()
{
    const Lead lead = makeLead(u"Grace"_s);
    QVERIFY(m_actions->editLead(lead.id(), lead.version(), {{LeadField::Title, u"VP"_s}}));
    // Someone else edits the lead after us.
    LeadService other(m_db->connection());
    const Lead now = reload(lead.id());
    QVERIFY(other.update(lead.id(), now.version(), {{LeadField::Title, u"CEO"_s}}));

    QSignalSpy failed(m_actions.get(), &LeadActions::actionFailed);
    m_stack->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"changed since"_s));
    QCOMPARE(reload(lead.id()).text(LeadField::Title), u"CEO"_s); // their change stays
    QCOMPARE(m_stack->count(), 0); // the failed step is dropped, not left to redo
}

void TestLeadActions::stageChange_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("new → contacted") << Stage::New << Stage::Contacted << true;
    QTest::newRow("contacted → mql") << Stage::Contacted << Stage::Mql << true;
    QTest::newRow("mql → nurturing") << Stage::Mql << Stage::Nurturing << true;
    QTest::newRow("opportunity → won") << Stage::Opportunity << Stage::Won << true;
    QTest::newRow("won → contacted refused") << Stage::Won << Stage::Contacted << false;
    QTest::newRow("new → won refused") << Stage::New << Stage::Won << false;
}

void TestLeadActions::stageChange()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(bool, allowed);
    QCOMPARE(LeadActions::canMove(from, to), allowed);

    const Lead lead = makeLead(u"Alan"_s, from);
    const qsizetype historyBefore = LeadService(m_db->connection()).history(lead.id())->size();
    auto moved = m_actions->changeStageQuiet({lead.id()}, to, {});
    QCOMPARE(moved.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(reload(lead.id()).stage(), from);
        QCOMPARE(m_stack->count(), 0);
        return;
    }
    QCOMPARE(reload(lead.id()).stage(), to);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(reload(lead.id()).stage(), from);
    // The undo is itself a recorded stage change, not a rewrite of history.
    QVERIFY(LeadService(m_db->connection()).history(lead.id())->size() >= historyBefore + 2);
    m_stack->redo();
    QCOMPARE(reload(lead.id()).stage(), to);
}

void TestLeadActions::lostNeedsAReason()
{
    QVERIFY(LeadActions::needsReason(Stage::Lost));
    QVERIFY(!LeadActions::needsReason(Stage::Contacted));
    QVERIFY(!m_actions->reasonChoices(Stage::Lost).isEmpty());
    QVERIFY(!m_actions->reasonChoices(Stage::Disqualified).isEmpty());

    const Lead lead = makeLead(u"Zoe"_s, Stage::Opportunity);
    QVERIFY(!m_actions->changeStageQuiet({lead.id()}, Stage::Lost, {}));
    QCOMPARE(reload(lead.id()).stage(), Stage::Opportunity);
    const QString reason = m_actions->reasonChoices(Stage::Lost).first();
    QVERIFY(m_actions->changeStageQuiet({lead.id()}, Stage::Lost, reason));
    QCOMPARE(reload(lead.id()).stage(), Stage::Lost);
    QCOMPARE(reload(lead.id()).text(LeadField::LostReason), reason);
    m_stack->undo();
    QCOMPARE(reload(lead.id()).stage(), Stage::Opportunity);
    QVERIFY(reload(lead.id()).isNull(LeadField::LostReason));
}

void TestLeadActions::multiLeadStageChangeIsOneStep()
{
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i)
        ids.append(makeLead(u"Lead%1"_s.arg(i)).id());
    QSignalSpy many(m_actions.get(), &LeadActions::leadsChanged);
    auto moved = m_actions->changeStageQuiet(ids, Stage::Contacted, {});
    QVERIFY(moved);
    QCOMPARE(moved->size(), 60);
    QCOMPARE(many.count(), 1); // one reload signal, not 60
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    for (qint64 id : ids)
        QCOMPARE(reload(id).stage(), Stage::New);

    // One refusal moves none of them.
    const Lead won = makeLead(u"Closed"_s, Stage::Won);
    QVERIFY(!m_actions->changeStageQuiet({ids.first(), won.id()}, Stage::Contacted, {}));
    QCOMPARE(reload(ids.first()).stage(), Stage::New);
}

void TestLeadActions::refusedLeadsAreSkippedInOneStep()
{
    // SQL needs the BANT items of the qualification definition: only the lead that has them moves.
    const Lead ready = makeLead(u"Ready"_s, Stage::Mql);
    const Lead bare = makeLead(u"Bare"_s, Stage::Mql);
    const Lead won = makeLead(u"Won"_s, Stage::Won); // refused by the lifecycle itself
    QVERIFY(LeadService(m_db->connection())
                .update(ready.id(), ready.version(),
                    {{LeadField::BantBudget, u"5000"_s}, {LeadField::BantAuthority, u"CFO"_s},
                        {LeadField::BantNeed, u"Faster follow-up"_s},
                        {LeadField::BantTimeline, u"Q3"_s}}));
    auto moved = m_actions->changeStage({ready.id(), bare.id(), won.id()}, Stage::Sql, nullptr);
    QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error().toString()));
    QCOMPARE(moved->size(), 1);
    QCOMPARE(moved->first().id(), ready.id());
    QCOMPARE(reload(ready.id()).stage(), Stage::Sql);
    QCOMPARE(reload(bare.id()).stage(), Stage::Mql);
    QCOMPARE(reload(won.id()).stage(), Stage::Won);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(reload(ready.id()).stage(), Stage::Mql);
}

void TestLeadActions::assignUndoGivesBackOrUnassigns()
{
    const qint64 ann = addUser(u"Ann"_s);
    const qint64 bob = addUser(u"Bob"_s);
    const Lead unowned = makeLead(u"Ida"_s, Stage::Mql);
    const Lead owned = makeLead(u"Ian"_s, Stage::Mql);
    Router router(m_db->connection());
    QVERIFY(router.assign(owned.id(), ann, u"set-up"_s));

    auto given = m_actions->assign({unowned.id(), owned.id()}, bob, u"territory"_s);
    QVERIFY2(given.has_value(), given ? "" : qPrintable(given.error().toString()));
    QCOMPARE(*given, 2);
    QCOMPARE(reload(unowned.id()).integer(LeadField::OwnerId), bob);
    QCOMPARE(reload(owned.id()).integer(LeadField::OwnerId), bob);

    m_stack->undo();
    QVERIFY(reload(unowned.id()).isNull(LeadField::OwnerId));
    QCOMPARE(reload(owned.id()).integer(LeadField::OwnerId), ann);
    // The unassigned lead has no open assignment left behind.
    const auto history = router.assignments(unowned.id());
    QVERIFY(history);
    QVERIFY(!history->isEmpty());
    QVERIFY(history->last().endedAt.isValid());

    m_stack->redo();
    QCOMPARE(reload(unowned.id()).integer(LeadField::OwnerId), bob);
    QVERIFY(!m_actions->assign({unowned.id()}, 0, {}));
}

void TestLeadActions::deleteUndoRestores()
{
    const Lead a = makeLead(u"Ann"_s);
    const Lead b = makeLead(u"Ben"_s);
    QCOMPARE(*m_actions->remove({a.id(), b.id()}), 2);
    QVERIFY(reload(a.id()).isDeleted());
    QVERIFY(reload(b.id()).isDeleted());
    m_stack->undo();
    QVERIFY(!reload(a.id()).isDeleted());
    QVERIFY(!reload(b.id()).isDeleted());
    m_stack->redo();
    QVERIFY(reload(a.id()).isDeleted());
}

void TestLeadActions::createUndoDeletesRedoRestores()
{
    auto created = m_actions->create({{LeadField::FirstName, u"Nina"_s}});
    QVERIFY(created);
    QCOMPARE(LeadService(m_db->connection()).count({}).value(), 1);
    m_stack->undo();
    QCOMPARE(LeadService(m_db->connection()).count({}).value(), 0);
    m_stack->redo();
    QCOMPARE(LeadService(m_db->connection()).count({}).value(), 1);
    QVERIFY(!m_actions->create({}).has_value()); // a lead needs something to go by
    QCOMPARE(m_stack->count(), 1);
}

void TestLeadActions::readOnlyDatabaseRefuses()
{
    const Lead lead = makeLead(u"Olga"_s);
    const QString path = m_db->path();
    m_actions.reset();
    m_db.reset();
    auto readOnly = Database::open(path, {.readOnly = true, .create = false});
    QVERIFY(readOnly);
    LeadActions actions(**readOnly, m_stack.get());
    QVERIFY(actions.isReadOnly());
    auto edited = actions.editLead(lead.id(), lead.version(), {{LeadField::Title, u"x"_s}});
    QVERIFY(!edited);
    QVERIFY(edited.error().message.contains(u"read-only"_s));
    QVERIFY(!actions.changeStageQuiet({lead.id()}, Stage::Contacted, {}));
    QCOMPARE(m_stack->count(), 0);
}

void TestLeadActions::acceptRecordsAndRefusesWithoutBant()
{
    const qint64 ann = addUser(u"Ann"_s);
    const Lead bare = makeLead(u"Bare"_s, Stage::Mql);
    const Lead ready = makeLead(u"Ready"_s, Stage::Mql);
    LeadService leads(m_db->connection());
    QVERIFY(leads.update(ready.id(), ready.version(),
        {{LeadField::BantBudget, u"5000"_s}, {LeadField::BantAuthority, u"CEO"_s},
            {LeadField::BantNeed, u"CRM"_s}}));
    QVERIFY(m_actions->assign({bare.id(), ready.id()}, ann, {}));
    QSignalSpy changed(m_actions.get(), &LeadActions::leadChanged);
    QStringList refusals;
    auto accepted = m_actions->accept({bare.id(), ready.id()}, &refusals);
    QVERIFY(accepted);
    QCOMPARE(accepted->size(), 1);
    QCOMPARE(accepted->first().id(), ready.id());
    QCOMPARE(reload(ready.id()).stage(), Stage::Sql);
    QCOMPARE(reload(bare.id()).stage(), Stage::Mql);
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().contains(u"cannot be SQL yet"_s), qPrintable(refusals.first()));
    QCOMPARE(changed.count(), 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT lead_id FROM assignments WHERE accepted_at IS NOT NULL"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), ready.id());
    QVERIFY(!query.next());
    // Only refusals: an error naming them.
    auto none = m_actions->accept({bare.id()});
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotAllowed);
}

void TestLeadActions::rejectAndRecycleThroughTheirDialogs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("cancel");
    QTest::newRow("reject to another rep") << u"reject"_s << false;
    QTest::newRow("reject to marketing") << u"reject-marketing"_s << false;
    QTest::newRow("recycle until a date") << u"recycle"_s << false;
    QTest::newRow("reject cancelled") << u"reject"_s << true;
    QTest::newRow("recycle cancelled") << u"recycle"_s << true;
}

void TestLeadActions::rejectAndRecycleThroughTheirDialogs()
{
    QFETCH(QString, kind);
    QFETCH(bool, cancel);
    static int round = 0;
    ++round;
    const qint64 ann = addUser(u"Ann%1"_s.arg(round));
    const qint64 bob = addUser(u"Bob%1"_s.arg(round));
    const Lead lead = makeLead(u"Lena"_s, Stage::Mql);
    QVERIFY(m_actions->assign({lead.id()}, ann, {}));
    const QDate until = QDate::currentDate().addDays(40);
    bool sawDialog = false;
    bool okWasDisabled = false;
    // Fills in the dialog once it is open (it runs modal inside the action).
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SalesFeedbackDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled(); // no reason yet
        if (cancel) {
            dialog->reject();
            return;
        }
        dialog->reasonBox()->setEditText(u"  Wrong territory "_s);
        if (kind == u"reject-marketing"_s)
            dialog->marketingButton()->setChecked(true);
        if (kind == u"recycle"_s) {
            dialog->untilBox()->setChecked(true);
            dialog->untilEdit()->setDate(until);
        }
        ok->click();
    });
    QWidget parent;
    const Result<Lead> result = kind == u"recycle"_s ? m_actions->askRecycle(lead.id(), &parent)
                                                     : m_actions->askReject(lead.id(), &parent);
    QVERIFY(sawDialog);
    QVERIFY(okWasDisabled);
    const Lead after = reload(lead.id());
    if (cancel) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(after.integer(LeadField::OwnerId), ann);
        QCOMPARE(after.version(), reload(lead.id()).version());
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QSqlQuery query(m_db->connection());
    if (kind == u"recycle"_s) {
        QCOMPARE(after.stage(), Stage::Nurturing);
        QVERIFY(after.isNull(LeadField::OwnerId));
        QCOMPARE(after.integer(LeadField::NurtureUntil),
            QDateTime(until, QTime(0, 0)).toMSecsSinceEpoch());
        QCOMPARE(after.text(LeadField::RecycleReason), u"Wrong territory"_s);
        return;
    }
    QVERIFY(
        query.exec(u"SELECT rejection_reason FROM assignments WHERE rejected_at IS NOT NULL"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Wrong territory"_s);
    if (kind == u"reject-marketing"_s) {
        QCOMPARE(after.stage(), Stage::Nurturing);
        QVERIFY(after.isNull(LeadField::OwnerId));
    } else {
        QCOMPARE(after.stage(), Stage::Mql);
        QCOMPARE(after.integer(LeadField::OwnerId), bob); // never back to Ann
    }
}

QTEST_MAIN(TestLeadActions)
#include "tst_leadactions.moc"
