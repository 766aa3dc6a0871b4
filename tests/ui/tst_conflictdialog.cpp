// ConflictDialog: an edit that clashed with someone else's is resolved field by field and saved
// on top of the latest version.

#include "conflictdialog.h"
#include "leadactions.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

const QList<LeadField> formFields {LeadField::FirstName, LeadField::LastName, LeadField::Email,
    LeadField::Phone, LeadField::Title, LeadField::Company, LeadField::Industry, LeadField::Country,
    LeadField::BantBudget, LeadField::BantNeed};

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void conflictIsDetected();
    void rowsAndDefaults();
    void choicesApplied_data();
    void choicesApplied();
    void changedAgainAsksAgain();
    void undoTakesTheResolutionBack();
    void onlyOtherFieldsChanged();
    void keyboardAndNames();

private:
    Lead makeLead()
    {
        Result<Lead> lead =
            LeadService(m_db->connection())
                .create(
                    {{LeadField::FirstName, u"Katherine"_s}, {LeadField::LastName, u"Johnson"_s},
                        {LeadField::Email, u"kj@nasa.example"_s}, {LeadField::Company, u"NASA"_s},
                        {LeadField::Industry, u"Aerospace"_s}, {LeadField::BantBudget, 500000}});
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return *lead;
    }
    /// Someone else changes the email, the industry and the budget behind the user's back.
    Lead theirChange(const Lead &lead)
    {
        Result<Lead> changed =
            LeadService(m_db->connection())
                .update(lead.id(), lead.version(),
                    {{LeadField::Email, u"katherine@nasa.example"_s},
                        {LeadField::Industry, u"Space"_s}, {LeadField::BantBudget, 750000}});
        if (!changed)
            qFatal("cannot update: %s", qPrintable(changed.error().toString()));
        return *changed;
    }
    Lead stored(qint64 id) { return *LeadService(m_db->connection()).get(id); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LeadActions> m_actions;
};

void TestConflictDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConflictDialog::init()
{
    m_actions.reset();
    m_db.reset();
    auto db = Database::open(
        m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
            + QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_stack = std::make_unique<QUndoStack>();
    m_actions = std::make_unique<LeadActions>(*m_db, m_stack.get());
    m_actions->setActor(u"tester"_s);
}

void TestConflictDialog::conflictIsDetected()
{
    const Lead base = makeLead();
    theirChange(base);
    Result<Lead> saved =
        m_actions->editLead(base.id(), base.version(), {{LeadField::Title, u"Mathematician"_s}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Conflict);
    QVERIFY(saved.error().details.contains(fieldKey(LeadField::Email)));
}

void TestConflictDialog::rowsAndDefaults()
{
    const Lead base = makeLead();
    const Lead theirs = theirChange(base);
    const LeadChanges yours {
        {LeadField::Email, u"k.johnson@nasa.example"_s}, {LeadField::Title, u"Mathematician"_s}};
    ConflictDialog dialog(m_actions.get(), base, yours, formFields);
    QCOMPARE(dialog.theirs().version(), theirs.version());
    // Rows for every field changed meanwhile; not for the title, which only the user changed.
    QCOMPARE(dialog.conflictingFields(),
        (QList<LeadField> {LeadField::Email, LeadField::Industry, LeadField::BantBudget}));
    // The field both changed starts on the user's side, the others on theirs.
    QCOMPARE(dialog.choice(LeadField::Email), ConflictDialog::Choice::Mine);
    QCOMPARE(dialog.choice(LeadField::Industry), ConflictDialog::Choice::Theirs);
    QVERIFY(dialog.choiceButton(LeadField::Email, ConflictDialog::Choice::Mine)->isChecked());
    QCOMPARE(dialog.choiceButton(LeadField::Email, ConflictDialog::Choice::Mine)->text(),
        u"k.johnson@nasa.example"_s);
    QCOMPARE(dialog.choiceButton(LeadField::Email, ConflictDialog::Choice::Theirs)->text(),
        u"katherine@nasa.example"_s);
    // Money in units, not cents.
    QCOMPARE(dialog.choiceButton(LeadField::BantBudget, ConflictDialog::Choice::Theirs)->text(),
        u"7500.00"_s);
    QVERIFY(dialog.choiceButton(LeadField::Industry, ConflictDialog::Choice::Mine)
                ->text()
                .contains(u"Aerospace"_s));
    QVERIFY(!dialog.choiceButton(LeadField::Title, ConflictDialog::Choice::Mine));
    auto *others = dialog.findChild<QLabel *>(u"otherChanges"_s);
    QVERIFY(others);
    QVERIFY(others->text().contains(fieldLabel(LeadField::Title)));
}

void TestConflictDialog::choicesApplied_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<qint64>("budget");
    // Defaults: the user's email, their industry and budget.
    QTest::newRow("defaults") << u"defaults"_s << u"k.johnson@nasa.example"_s << u"Space"_s
                              << qint64(750000);
    QTest::newRow("all mine") << u"mine"_s << u"k.johnson@nasa.example"_s << u"Aerospace"_s
                              << qint64(500000);
    QTest::newRow("all theirs") << u"theirs"_s << u"katherine@nasa.example"_s << u"Space"_s
                                << qint64(750000);
    QTest::newRow("mixed") << u"mixed"_s << u"katherine@nasa.example"_s << u"Aerospace"_s
                           << qint64(750000);
}

void TestConflictDialog::choicesApplied()
{
    QFETCH(QString, how);
    QFETCH(QString, email);
    QFETCH(QString, industry);
    QFETCH(qint64, budget);

    const Lead base = makeLead();
    const Lead theirs = theirChange(base);
    const LeadChanges yours {
        {LeadField::Email, u"k.johnson@nasa.example"_s}, {LeadField::Title, u"Mathematician"_s}};
    ConflictDialog dialog(m_actions.get(), base, yours, formFields);
    QSignalSpy saved(&dialog, &ConflictDialog::leadSaved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (how == u"mine"_s) {
        dialog.findChild<QPushButton *>(u"allMine"_s)->click();
    } else if (how == u"theirs"_s) {
        dialog.findChild<QPushButton *>(u"allTheirs"_s)->click();
    } else if (how == u"mixed"_s) {
        // Clicking the radio buttons, as a person would.
        QTest::mouseClick(
            dialog.choiceButton(LeadField::Email, ConflictDialog::Choice::Theirs), Qt::LeftButton);
        QTest::mouseClick(
            dialog.choiceButton(LeadField::Industry, ConflictDialog::Choice::Mine), Qt::LeftButton);
    }

    dialog.saveButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    QVERIFY(dialog.savedLead());
    const Lead now = stored(base.id());
    QCOMPARE(now.version(), theirs.version() + 1);
    QCOMPARE(dialog.savedLead()->version(), now.version());
    QCOMPARE(now.text(LeadField::Email), email);
    QCOMPARE(now.text(LeadField::Industry), industry);
    QCOMPARE(now.integer(LeadField::BantBudget), budget);
    // The user's change nobody else touched is saved whatever was picked.
    QCOMPARE(now.text(LeadField::Title), u"Mathematician"_s);
    QCOMPARE(m_stack->count(), 1);
}

void TestConflictDialog::changedAgainAsksAgain()
{
    const Lead base = makeLead();
    const Lead theirs = theirChange(base);
    ConflictDialog dialog(
        m_actions.get(), base, {{LeadField::Email, u"k.johnson@nasa.example"_s}}, formFields);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setChoice(LeadField::Industry, ConflictDialog::Choice::Mine);

    // A third person changes the phone while the dialog is open.
    QVERIFY(LeadService(m_db->connection())
                .update(base.id(), theirs.version(), {{LeadField::Phone, u"+1 757 555 0100"_s}}));
    dialog.saveButton()->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.lastError()->code, ErrorCode::Conflict);
    QCOMPARE(dialog.theirs().version(), theirs.version() + 1);
    QVERIFY(dialog.conflictingFields().contains(LeadField::Phone));
    // The picks made before are kept.
    QCOMPARE(dialog.choice(LeadField::Industry), ConflictDialog::Choice::Mine);
    auto *message = dialog.findChild<QLabel *>(u"message"_s);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());

    dialog.saveButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Lead now = stored(base.id());
    QCOMPARE(now.version(), theirs.version() + 2);
    QCOMPARE(now.text(LeadField::Phone), u"+1 757 555 0100"_s);
    QCOMPARE(now.text(LeadField::Industry), u"Aerospace"_s);
    QCOMPARE(now.text(LeadField::Email), u"k.johnson@nasa.example"_s);
}

void TestConflictDialog::undoTakesTheResolutionBack()
{
    const Lead base = makeLead();
    const Lead theirs = theirChange(base);
    ConflictDialog dialog(
        m_actions.get(), base, {{LeadField::Title, u"Mathematician"_s}}, formFields);
    dialog.accept();
    QCOMPARE(stored(base.id()).text(LeadField::Title), u"Mathematician"_s);
    m_stack->undo();
    const Lead undone = stored(base.id());
    QVERIFY(undone.isNull(LeadField::Title));
    QCOMPARE(undone.text(LeadField::Email), theirs.text(LeadField::Email));
}

void TestConflictDialog::onlyOtherFieldsChanged()
{
    const Lead base = makeLead();
    // Someone changed a field the form does not show.
    QVERIFY(LeadService(m_db->connection())
                .update(base.id(), base.version(), {{LeadField::Website, u"nasa.gov"_s}}));
    ConflictDialog dialog(
        m_actions.get(), base, {{LeadField::Title, u"Mathematician"_s}}, formFields);
    QVERIFY(dialog.conflictingFields().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(u"intro"_s)->text().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Lead now = stored(base.id());
    QCOMPARE(now.text(LeadField::Website), u"nasa.gov"_s);
    QCOMPARE(now.text(LeadField::Title), u"Mathematician"_s);
}

void TestConflictDialog::keyboardAndNames()
{
    const Lead base = makeLead();
    theirChange(base);
    ConflictDialog dialog(
        m_actions.get(), base, {{LeadField::Email, u"k.johnson@nasa.example"_s}}, formFields);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (LeadField field : dialog.conflictingFields()) {
        for (auto side : {ConflictDialog::Choice::Mine, ConflictDialog::Choice::Theirs}) {
            QAbstractButton *button = dialog.choiceButton(field, side);
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(button->accessibleName().contains(fieldLabel(field)));
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
    }
    // Space on a focused radio button picks it.
    QAbstractButton *theirs = dialog.choiceButton(LeadField::Email, ConflictDialog::Choice::Theirs);
    theirs->setFocus();
    QTest::keyClick(theirs, Qt::Key_Space);
    QCOMPARE(dialog.choice(LeadField::Email), ConflictDialog::Choice::Theirs);

    const QString shots = qEnvironmentVariable("LEADFLOW_SHOTS");
    if (!shots.isEmpty()) {
        dialog.resize(760, 340);
        QVERIFY(dialog.grab().save(shots + u"/conflictdialog.png"_s));
    }
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
