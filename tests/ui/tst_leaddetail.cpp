// LeadDetail: one lead's header, stage moves, form with BANT and inline validation, timeline,
// logging touchpoints, score explanation, owner, and conflicts with edits made meanwhile.

#include "conflictdialog.h"
#include "domain/lifecycle.h"
#include "leadactions.h"
#include "leaddetail.h"
#include "leads/leadservice.h"
#include "logtouchdialog.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

class TestLeadDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyUntilALeadIsShown();
    void header();
    void stageButtonsFollowLifecycle_data();
    void stageButtonsFollowLifecycle();
    void stageButtonMovesTheLead();
    void readOnlyWithoutActions();
    void saveGoesThroughEdit();
    void inlineValidation_data();
    void inlineValidation();
    void revertThrowsEditsAway();
    void reloadsWhenActionsChangeTheLead();
    void editsSurviveAnUnrelatedChange();
    void conflictOpensTheDialog();
    void logTouchpointAddsRowAndRescores();
    void logDialogRefusesTheFuture();
    void scoreExplanation();
    void ownerWithReason();
    void sameCompanyLeadsOpen();
    void screenshots();

private:
    Lead makeLead(const LeadChanges &changes)
    {
        Result<Lead> lead = LeadService(m_db->connection()).create(changes);
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return *lead;
    }
    Lead stored(qint64 id) { return *LeadService(m_db->connection()).get(id); }
    QLineEdit *line(LeadDetail &detail, LeadField field)
    {
        return qobject_cast<QLineEdit *>(detail.editor(field));
    }
    QStringList treeTexts(QTreeWidget *tree)
    {
        QStringList texts;
        QTreeWidgetItemIterator it(tree);
        while (*it) {
            for (int column = 0; column < tree->columnCount(); ++column)
                texts << (*it)->text(column);
            ++it;
        }
        return texts;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LeadActions> m_actions;
};

void TestLeadDetail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadDetail::init()
{
    auto db = Database::open(
        m_dir.filePath(u"%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
            QString::fromLatin1(QTest::currentDataTag()).remove(u' '))));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_stack = std::make_unique<QUndoStack>();
    m_actions = std::make_unique<LeadActions>(*m_db, m_stack.get());
    m_actions->setActor(u"tester"_s);
}

void TestLeadDetail::cleanup()
{
    m_actions.reset();
    m_stack.reset();
    m_db.reset();
}

void TestLeadDetail::emptyUntilALeadIsShown()
{
    LeadDetail detail(*m_db, m_actions.get());
    QCOMPARE(detail.leadId(), 0);
    auto *empty = detail.findChild<QLabel *>(u"emptyState"_s);
    QVERIFY(empty);
    QVERIFY(!empty->isHidden());
    QVERIFY(detail.tabs()->isHidden() || !detail.tabs()->isVisibleTo(&detail));
    QVERIFY(!detail.saveButton()->isEnabled());

    const Lead lead = makeLead({{LeadField::LastName, u"Lovelace"_s}});
    detail.showLead(lead.id());
    QCOMPARE(detail.leadId(), lead.id());
    QVERIFY(detail.tabs()->isVisibleTo(&detail));
    detail.clear();
    QCOMPARE(detail.leadId(), 0);
    QCOMPARE(detail.timelineModel()->rowCount(), 0);

    // A lead that does not exist says so instead of showing an empty form.
    detail.showLead(9999);
    QCOMPARE(detail.leadId(), 0);
    QVERIFY(detail.lastError());
    QCOMPARE(detail.lastError()->code, ErrorCode::NotFound);
}

void TestLeadDetail::header()
{
    const Lead lead = makeLead({{LeadField::FirstName, u"Grace"_s},
        {LeadField::LastName, u"Hopper"_s}, {LeadField::Company, u"US Navy"_s},
        {LeadField::Title, u"Rear Admiral"_s}, {LeadField::Stage, stageKey(Stage::Contacted)}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QCOMPARE(detail.findChild<QLabel *>(u"leadName"_s)->text(), u"Grace Hopper"_s);
    const QString subtitle = detail.findChild<QLabel *>(u"leadSubtitle"_s)->text();
    QVERIFY(subtitle.contains(u"US Navy"_s));
    QVERIFY(subtitle.contains(u"Rear Admiral"_s));
    QCOMPARE(detail.findChild<QLabel *>(u"stageChip"_s)->text(), stageLabel(Stage::Contacted));
    const QString badge = detail.findChild<QLabel *>(u"scoreBadge"_s)->text();
    QVERIFY2(badge.contains(QString::number(detail.scoreCard()->score)), qPrintable(badge));
    QVERIFY2(badge.contains(detail.scoreCard()->grade), qPrintable(badge));
    QCOMPARE(detail.findChild<QLabel *>(u"ownerLine"_s)->text(), LeadDetail::tr("No owner"));
}

void TestLeadDetail::stageButtonsFollowLifecycle_data()
{
    QTest::addColumn<Stage>("stage");
    for (Stage stage : allStages())
        QTest::newRow(qPrintable(stageKey(stage))) << stage;
}

void TestLeadDetail::stageButtonsFollowLifecycle()
{
    QFETCH(Stage, stage);
    const Lead lead =
        makeLead({{LeadField::Company, u"Globex"_s}, {LeadField::Stage, stageKey(stage)}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QCOMPARE(detail.offeredStages(), lifecycle::allowedTargets(stage));
    for (Stage other : allStages()) {
        QPushButton *button = detail.stageButton(other);
        QVERIFY(button);
        const bool allowed = lifecycle::isAllowed(stage, other);
        QCOMPARE(!button->isHidden(), allowed);
        QCOMPARE(button->isEnabled(), allowed);
        QVERIFY(button->accessibleName().contains(stageLabel(other)));
    }
    // Won leads nowhere: the row of buttons goes away altogether.
    QCOMPARE(detail.findChild<QWidget *>(u"stageButtons"_s)->isHidden(),
        lifecycle::allowedTargets(stage).isEmpty());
}

void TestLeadDetail::stageButtonMovesTheLead()
{
    const Lead lead = makeLead({{LeadField::Company, u"Initech"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QSignalSpy changed(&detail, &LeadDetail::leadChanged);
    const int rows = detail.timelineModel()->rowCount();

    detail.stageButton(Stage::Contacted)->click();
    QCOMPARE(stored(lead.id()).stage(), Stage::Contacted);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), lead.id());
    QCOMPARE(detail.findChild<QLabel *>(u"stageChip"_s)->text(), stageLabel(Stage::Contacted));
    QCOMPARE(detail.offeredStages(), lifecycle::allowedTargets(Stage::Contacted));
    QCOMPARE(detail.timelineModel()->rowCount(), rows + 1);
    QCOMPARE(detail.timelineModel()->index(0).data(TimelineModel::KindRole).toInt(),
        int(TimelineEntry::Kind::StageChange));
    QCOMPARE(m_stack->count(), 1);

    // Undo (from the main window's Edit menu) reaches the detail through LeadActions.
    m_stack->undo();
    QCOMPARE(detail.findChild<QLabel *>(u"stageChip"_s)->text(), stageLabel(Stage::New));
    QCOMPARE(detail.offeredStages(), lifecycle::allowedTargets(Stage::New));
}

void TestLeadDetail::readOnlyWithoutActions()
{
    const Lead lead = makeLead({{LeadField::Company, u"Hooli"_s}});
    LeadDetail detail(*m_db, nullptr);
    detail.showLead(lead.id());
    QVERIFY(detail.isReadOnly());
    QVERIFY(detail.offeredStages().isEmpty());
    QVERIFY(line(detail, LeadField::Company)->isReadOnly());
    QVERIFY(detail.saveButton()->isHidden());
    QVERIFY(!detail.openLogDialog(u"call"_s));
    QCOMPARE(line(detail, LeadField::Company)->text(), u"Hooli"_s);
}

void TestLeadDetail::saveGoesThroughEdit()
{
    const Lead lead =
        makeLead({{LeadField::FirstName, u"Alan"_s}, {LeadField::LastName, u"Turing"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QSignalSpy changed(&detail, &LeadDetail::leadChanged);
    QVERIFY(!detail.isDirty());
    QVERIFY(!detail.saveButton()->isEnabled());

    QTest::keyClicks(line(detail, LeadField::Title), u"Head of Hut 8"_s);
    QTest::keyClicks(line(detail, LeadField::BantBudget), u"25,000.50"_s);
    QTest::keyClicks(line(detail, LeadField::BantAuthority), u"Signs alone"_s);
    QVERIFY(detail.isDirty());
    QVERIFY(detail.saveButton()->isEnabled());
    QVERIFY(detail.revertButton()->isEnabled());
    detail.saveButton()->click();

    const Lead now = stored(lead.id());
    QCOMPARE(now.version(), lead.version() + 1);
    QCOMPARE(now.text(LeadField::Title), u"Head of Hut 8"_s);
    QCOMPARE(now.integer(LeadField::BantBudget), 2500050);
    QCOMPARE(now.text(LeadField::BantAuthority), u"Signs alone"_s);
    QCOMPARE(detail.lead().version(), now.version());
    QVERIFY(!detail.isDirty());
    QVERIFY(!detail.saveButton()->isEnabled());
    // The budget shows in units as stored, not as cents.
    QCOMPARE(line(detail, LeadField::BantBudget)->text(), u"25000.50"_s);
    QCOMPARE(changed.size(), 1);
    // One undoable step, through LeadActions.
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->undoText().contains(u"Alan Turing"_s));

    m_stack->undo();
    QVERIFY(line(detail, LeadField::Title)->text().isEmpty());
    QVERIFY(line(detail, LeadField::BantBudget)->text().isEmpty());
}

void TestLeadDetail::inlineValidation_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::newRow("email without domain") << LeadField::Email << u"ada@"_s << u"ada@acme.com"_s;
    QTest::newRow("email with space") << LeadField::Email << u"ada acme.com"_s << u"ada@acme.io"_s;
    QTest::newRow("unknown country") << LeadField::Country << u"Atlantis"_s << u"Greece"_s;
    QTest::newRow("budget in words") << LeadField::BantBudget << u"lots"_s << u"12000"_s;
    QTest::newRow("budget with three decimals")
        << LeadField::BantBudget << u"12.345"_s << u"12.34"_s;
}

void TestLeadDetail::inlineValidation()
{
    QFETCH(LeadField, field);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    const Lead lead = makeLead({{LeadField::Company, u"Acme"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QLineEdit *editor = line(detail, field);

    QTest::keyClicks(editor, bad);
    QVERIFY(!detail.isInputValid());
    QVERIFY(!detail.saveButton()->isEnabled());
    QVERIFY(!detail.saveButton()->toolTip().isEmpty());
    // The message waits until the user leaves the field, then shows under it.
    QVERIFY(detail.messageFor(field).isEmpty());
    emit editor->editingFinished();
    QVERIFY(!detail.messageFor(field).isEmpty());
    QCOMPARE(editor->accessibleDescription(), detail.messageFor(field));
    // Other fields are not blamed.
    QVERIFY(detail.messageFor(LeadField::Company).isEmpty());

    // Saving anyway (Ctrl+S) writes nothing.
    detail.save();
    QCOMPARE(stored(lead.id()).version(), lead.version());

    editor->clear();
    QTest::keyClicks(editor, good);
    QVERIFY(detail.messageFor(field).isEmpty());
    QVERIFY(detail.saveButton()->isEnabled());
    detail.save();
    QCOMPARE(stored(lead.id()).version(), lead.version() + 1);
}

void TestLeadDetail::revertThrowsEditsAway()
{
    const Lead lead = makeLead({{LeadField::Company, u"Vandelay"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    line(detail, LeadField::Company)->setText(u"Vandelay Industries"_s);
    QVERIFY(detail.isDirty());
    detail.revertButton()->click();
    QVERIFY(!detail.isDirty());
    QCOMPARE(line(detail, LeadField::Company)->text(), u"Vandelay"_s);
    QCOMPARE(stored(lead.id()).version(), lead.version());
}

void TestLeadDetail::reloadsWhenActionsChangeTheLead()
{
    const Lead lead = makeLead({{LeadField::Company, u"Umbrella"_s}});
    const Lead other = makeLead({{LeadField::Company, u"Other"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QSignalSpy changed(&detail, &LeadDetail::leadChanged);

    // Another view (the lead table) edits the lead through the same actions.
    QVERIFY(m_actions->editLead(lead.id(), lead.version(), {{LeadField::Industry, u"Pharma"_s}}));
    QCOMPARE(line(detail, LeadField::Industry)->text(), u"Pharma"_s);
    QCOMPARE(detail.lead().version(), lead.version() + 1);
    // Not an edit of the detail's own.
    QCOMPARE(changed.size(), 0);

    // Another lead's change leaves the form alone.
    line(detail, LeadField::Title)->setText(u"CEO"_s);
    QVERIFY(m_actions->editLead(other.id(), other.version(), {{LeadField::Industry, u"X"_s}}));
    QCOMPARE(line(detail, LeadField::Title)->text(), u"CEO"_s);
}

void TestLeadDetail::editsSurviveAnUnrelatedChange()
{
    const Lead lead = makeLead({{LeadField::Company, u"Cyberdyne"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QTest::keyClicks(line(detail, LeadField::Title), u"CTO"_s);

    QVERIFY(m_actions->editLead(lead.id(), lead.version(), {{LeadField::Industry, u"Defense"_s}}));
    // Their field shows their value, the user's edit stays, and the form is based on their version.
    QCOMPARE(line(detail, LeadField::Industry)->text(), u"Defense"_s);
    QCOMPARE(line(detail, LeadField::Title)->text(), u"CTO"_s);
    QVERIFY(detail.findChild<QLabel *>(u"staleNotice"_s)->isHidden());
    detail.save();
    QVERIFY(!detail.conflictDialog());
    const Lead now = stored(lead.id());
    QCOMPARE(now.text(LeadField::Title), u"CTO"_s);
    QCOMPARE(now.text(LeadField::Industry), u"Defense"_s);
}

void TestLeadDetail::conflictOpensTheDialog()
{
    const Lead lead = makeLead({{LeadField::FirstName, u"Hedy"_s},
        {LeadField::LastName, u"Lamarr"_s}, {LeadField::Email, u"hedy@example.com"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showLead(lead.id());
    QSignalSpy changed(&detail, &LeadDetail::leadChanged);

    line(detail, LeadField::Email)->setText(u"hedy.lamarr@example.com"_s);
    line(detail, LeadField::BantNeed)->setText(u"Frequency hopping"_s);
    // Behind the widget's back (another program, another window on the same file).
    const Lead theirs =
        *LeadService(m_db->connection())
             .update(lead.id(), lead.version(), {{LeadField::Email, u"hedy@lamarr.example"_s}});

    detail.save();
    QCOMPARE(detail.lastError()->code, ErrorCode::Conflict);
    ConflictDialog *dialog = detail.conflictDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->conflictingFields(), QList<LeadField> {LeadField::Email});
    dialog->setChoice(LeadField::Email, ConflictDialog::Choice::Theirs);
    dialog->saveButton()->click();
    QTRY_VERIFY(!detail.conflictDialog());

    const Lead now = stored(lead.id());
    QCOMPARE(now.version(), theirs.version() + 1);
    QCOMPARE(now.text(LeadField::Email), u"hedy@lamarr.example"_s);
    QCOMPARE(now.text(LeadField::BantNeed), u"Frequency hopping"_s);
    QCOMPARE(detail.lead().version(), now.version());
    QCOMPARE(line(detail, LeadField::Email)->text(), u"hedy@lamarr.example"_s);
    QVERIFY(!detail.isDirty());
    QCOMPARE(changed.size(), 1);
}

void TestLeadDetail::logTouchpointAddsRowAndRescores()
{
    const Lead lead = makeLead({{LeadField::FirstName, u"Katherine"_s},
        {LeadField::Company, u"NASA"_s}, {LeadField::Industry, u"Software"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showLead(lead.id());
    QAbstractItemModelTester tester(
        detail.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&detail, &LeadDetail::leadChanged);
    const int rows = detail.timelineModel()->rowCount();
    const int before = detail.scoreCard()->score;

    LogTouchDialog *dialog = detail.openLogDialog(u"meeting"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->typeBox()->currentData().toString(), u"meeting"_s);
    QVERIFY(dialog->outcomeBox()->findText(LogTouchDialog::tr("held")) >= 0);
    dialog->outcomeBox()->setEditText(u"held"_s);
    QTest::keyClicks(dialog->noteEdit(), u"Wants a pilot in March"_s);
    dialog->logButton()->click();
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(detail.timelineModel()->rowCount(), rows + 1);
    const QModelIndex top = detail.timelineModel()->index(0);
    QCOMPARE(top.data(TimelineModel::TouchTypeRole).toString(), u"meeting"_s);
    QVERIFY(top.data().toString().contains(u"held"_s));
    QCOMPARE(top.data(TimelineModel::DetailRole).toString(), u"Wants a pilot in March"_s);
    QCOMPARE(top.data(TimelineModel::ActorRole).toString(), u"tester"_s);
    // The core rescored the lead; the detail shows the new score and why.
    QVERIFY2(detail.scoreCard()->score > before,
        qPrintable(u"%1 -> %2"_s.arg(before).arg(detail.scoreCard()->score)));
    QVERIFY(treeTexts(detail.scoreTree()).contains(u"Met us"_s));
    QCOMPARE(stored(lead.id()).integer(LeadField::Score), qint64(detail.scoreCard()->score));
    QVERIFY(!stored(lead.id()).isNull(LeadField::FirstContactedAt));
    QCOMPARE(changed.size(), 1);
}

void TestLeadDetail::logDialogRefusesTheFuture()
{
    const Lead lead = makeLead({{LeadField::Company, u"Tyrell"_s}});
    LogTouchDialog dialog(m_db->connection(), lead.id(), lead.displayName(), u"call"_s);
    // The editor itself does not go past now.
    QVERIFY(dialog.timeEdit()->maximumDateTime() <= QDateTime::currentDateTime().addSecs(120));
    QCOMPARE(dialog.typeBox()->count(), TouchpointService::manualTypes().size());
    // A note has no outcome.
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(u"note"_s));
    QVERIFY(!dialog.outcomeBox()->isEnabled());
    dialog.noteEdit()->setPlainText(u"Sent the brochure by post"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.touchpoint());
    QCOMPARE(dialog.touchpoint()->type, u"note"_s);
    QVERIFY(dialog.touchpoint()->outcome.isEmpty());
    // A note is no contact: the first-contact clock keeps running.
    QVERIFY(stored(lead.id()).isNull(LeadField::FirstContactedAt));
}

void TestLeadDetail::scoreExplanation()
{
    const Lead lead =
        makeLead({{LeadField::FirstName, u"Ada"_s}, {LeadField::Company, u"Analytical Engines"_s},
            {LeadField::Industry, u"Software"_s}, {LeadField::Title, u"CTO"_s},
            {LeadField::Country, u"GB"_s}, {LeadField::Employees, u"201-500"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QVERIFY(detail.scoreCard());
    const ScoreCard card = *detail.scoreCard();
    QVERIFY(card.fit > 0);
    const QStringList texts = treeTexts(detail.scoreTree());
    for (const RuleOutcome &rule : card.rules)
        QVERIFY2(texts.contains(rule.name), qPrintable(rule.name));
    QVERIFY(texts.contains(u"Target industry"_s));
    QVERIFY(texts.contains(u"Decision maker"_s));
    QVERIFY(texts.contains(u"+15"_s));
    const QString summary = detail.scoreSummary();
    QVERIFY2(summary.contains(QString::number(card.score)), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(card.fit)), qPrintable(summary));
    QVERIFY2(summary.contains(card.grade), qPrintable(summary));
    // Too few won and lost leads in this base: the prediction says why there is none.
    QVERIFY(!detail.predictionText().isEmpty());
    QVERIFY(detail.findChild<QLabel *>(u"scoreBadge"_s)->toolTip().contains(u"Decision maker"_s));
}

void TestLeadDetail::ownerWithReason()
{
    const Lead lead = makeLead({{LeadField::Company, u"Soylent"_s}});
    User user;
    user.name = u"Ann Lee"_s;
    user.email = u"ann@example.com"_s;
    Result<User> ann = UserService(m_db->connection()).add(user);
    QVERIFY2(ann, qPrintable(ann ? QString() : ann.error().toString()));

    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(lead.id());
    QVERIFY(detail.ownerText().contains(u"never been routed"_s));
    QCOMPARE(detail.assignmentTree()->topLevelItemCount(), 1);

    QVERIFY(m_actions->assign({lead.id()}, ann->id, u"Knows the food industry"_s));
    QVERIFY2(detail.ownerText().contains(u"Ann Lee"_s), qPrintable(detail.ownerText()));
    QVERIFY(detail.ownerText().contains(u"Knows the food industry"_s));
    QCOMPARE(detail.findChild<QLabel *>(u"ownerLine"_s)->text(),
        LeadDetail::tr("Owner: %1").arg(u"Ann Lee"_s));
    QCOMPARE(detail.assignmentTree()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = detail.assignmentTree()->topLevelItem(0);
    QCOMPARE(row->text(0), u"Ann Lee"_s);
    QVERIFY(row->text(5).contains(u"Knows the food industry"_s));
}

void TestLeadDetail::sameCompanyLeadsOpen()
{
    const Lead ada = makeLead({{LeadField::FirstName, u"Ada"_s}, {LeadField::Company, u"Soylent"_s},
        {LeadField::Email, u"ada@soylent.example"_s}});
    const Lead bob = makeLead({{LeadField::FirstName, u"Bob"_s}, {LeadField::Company, u"SOYLENT"_s},
        {LeadField::Email, u"bob@soylent.example"_s}});
    const Lead cy =
        makeLead({{LeadField::FirstName, u"Cy"_s}, {LeadField::Company, u"Soylent Green Labs"_s},
            {LeadField::Email, u"cy@soylentgreen.example"_s}});
    LeadDetail detail(*m_db, m_actions.get());
    detail.showLead(ada.id());
    QListWidget *list = detail.accountList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), bob.id());
    QVERIFY(list->item(0)->text().contains(u"Bob"_s));

    QSignalSpy open(&detail, &LeadDetail::openLeadRequested);
    emit list->itemActivated(list->item(0));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), bob.id());

    // Alone at its company: no list.
    detail.showLead(cy.id());
    QCOMPARE(detail.accountList()->count(), 0);
    QVERIFY(detail.accountList()->isHidden());
}

void TestLeadDetail::screenshots()
{
    const QString shots = qEnvironmentVariable("LEADFLOW_SHOTS");
    const Lead lead = makeLead({{LeadField::FirstName, u"Katherine"_s},
        {LeadField::LastName, u"Johnson"_s}, {LeadField::Email, u"kj@nasa.example"_s},
        {LeadField::Phone, u"+1 757 555 0142"_s}, {LeadField::Company, u"Langley Analytics"_s},
        {LeadField::Title, u"Head of Flight Research"_s}, {LeadField::Industry, u"Software"_s},
        {LeadField::Employees, u"201-500"_s}, {LeadField::Country, u"US"_s},
        {LeadField::Source, u"Referral"_s}, {LeadField::BantBudget, 4500000},
        {LeadField::BantNeed, u"Trajectory reports in hours, not weeks"_s},
        {LeadField::Notes, u"Met at the AIAA conference."_s}});
    makeLead({{LeadField::FirstName, u"Dorothy"_s}, {LeadField::LastName, u"Vaughan"_s},
        {LeadField::Email, u"dv@nasa.example"_s}, {LeadField::Company, u"Langley Analytics"_s}});
    User user;
    user.name = u"Ann Lee"_s;
    user.email = u"ann@example.com"_s;
    const Result<User> ann = UserService(m_db->connection()).add(user);
    QVERIFY(ann);
    QVERIFY(m_actions->assign({lead.id()}, ann->id, u"Owns aerospace accounts"_s));
    TouchpointService touchpoints(m_db->connection());
    touchpoints.setActor(u"ann"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[type, outcome, detail, hoursAgo] :
        {std::tuple {u"email"_s, u"sent"_s, u"Intro and case study"_s, 50},
            std::tuple {u"call"_s, u"connected"_s, u"Wants a demo for the team"_s, 26},
            std::tuple {u"meeting"_s, u"held"_s, u"Demo with three engineers"_s, 3}}) {
        Touchpoint t;
        t.leadId = lead.id();
        t.type = type;
        t.outcome = outcome;
        t.detail = detail;
        t.at = now.addSecs(-3600LL * hoursAgo);
        QVERIFY(touchpoints.log(t));
    }

    LeadDetail detail(*m_db, m_actions.get());
    detail.resize(540, 720);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showLead(lead.id());
    QVERIFY(detail.timelineModel()->rowCount() >= 6);
    line(detail, LeadField::Email)->setText(u"kj@nasa"_s);
    emit line(detail, LeadField::Email)->editingFinished();
    const QStringList names {u"details"_s, u"activity"_s, u"score"_s, u"owner"_s};
    for (int tab = 0; tab < detail.tabs()->count(); ++tab) {
        detail.tabs()->setCurrentIndex(tab);
        QTest::qWait(20); // let the layouts settle as they do between two paints
        const QImage image = detail.grab().toImage();
        QVERIFY(!image.isNull());
        if (!shots.isEmpty())
            QVERIFY(image.save(shots + u"/leaddetail-%1.png"_s.arg(names.at(tab))));
    }
    if (!shots.isEmpty()) {
        LogTouchDialog *dialog = detail.openLogDialog(u"call"_s);
        dialog->outcomeBox()->setEditText(u"left voicemail"_s);
        dialog->noteEdit()->setPlainText(u"Call back Thursday"_s);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(shots + u"/logtouchdialog.png"_s));
        dialog->reject();
    }
}

QTEST_MAIN(TestLeadDetail)
#include "tst_leaddetail.moc"
