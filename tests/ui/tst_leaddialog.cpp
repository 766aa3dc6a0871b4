#include "leadactions.h"
#include "leaddialog.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

class TestLeadDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newLeadStartsDisabled();
    void identityEnablesSave_data();
    void identityEnablesSave();
    void emailShapeDisablesSave();
    void createsLead();
    void showsServiceErrorBesideField();
    void editsOnlyChangedFields();
    void conflictAsksToReload();
    void conflictOnEditedField();
    void leadDeletedMeanwhile();
    void readOnlyShowsLead();
    void bantFieldsSaved();
    void inlineMessages_data();
    void inlineMessages();
    void savesThroughLeadActions();
    void screenshot();

private:
    QLineEdit *line(LeadDialog &dialog, LeadField field)
    {
        return qobject_cast<QLineEdit *>(dialog.editor(field));
    }
    Lead makeLead(const LeadChanges &changes)
    {
        Result<Lead> lead = m_service->create(changes);
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return *lead;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
};

void TestLeadDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"leads.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_service = std::make_unique<LeadService>(m_db->connection());
}

void TestLeadDialog::newLeadStartsDisabled()
{
    LeadDialog dialog(m_service.get());
    QVERIFY(dialog.isNewLead());
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->toolTip().isEmpty());
    // Nothing typed yet: no message shouts at the user.
    QVERIFY(dialog.messageFor(LeadField::Email).isEmpty());
    auto *stage = qobject_cast<QComboBox *>(dialog.editor(LeadField::Stage));
    QVERIFY(stage);
    QCOMPARE(stage->count(), allStages().size());
    QCOMPARE(stage->currentData().toString(), stageKey(Stage::New));
}

void TestLeadDialog::identityEnablesSave_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("first name") << LeadField::FirstName << u"Ada"_s;
    QTest::newRow("last name") << LeadField::LastName << u"Lovelace"_s;
    QTest::newRow("company") << LeadField::Company << u"Acme"_s;
    QTest::newRow("email") << LeadField::Email << u"ada@acme.com"_s;
    QTest::newRow("phone") << LeadField::Phone << u"+44 20 7946 0958"_s;
}

void TestLeadDialog::identityEnablesSave()
{
    QFETCH(LeadField, field);
    QFETCH(QString, text);
    LeadDialog dialog(m_service.get());
    QTest::keyClicks(line(dialog, field), text);
    QVERIFY(dialog.saveButton()->isEnabled());
    line(dialog, field)->setText(u"   "_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    line(dialog, field)->clear();
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestLeadDialog::emailShapeDisablesSave()
{
    LeadDialog dialog(m_service.get());
    QLineEdit *email = line(dialog, LeadField::Email);
    line(dialog, LeadField::FirstName)->setText(u"Ada"_s);
    QVERIFY(dialog.saveButton()->isEnabled());

    QTest::keyClicks(email, u"ada@"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    // The message waits until the user leaves the field.
    QVERIFY(dialog.messageFor(LeadField::Email).isEmpty());
    emit email->editingFinished();
    QVERIFY(!dialog.messageFor(LeadField::Email).isEmpty());

    QTest::keyClicks(email, u"acme.com"_s);
    QCOMPARE(email->text(), u"ada@acme.com"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageFor(LeadField::Email).isEmpty());

    email->setText(u"ada acme.com"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.messageFor(LeadField::Email).isEmpty());
    // An invalid email blocks saving even though the name alone would do.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.lead().id(), 0);
}

void TestLeadDialog::createsLead()
{
    LeadDialog dialog(m_service.get());
    QSignalSpy saved(&dialog, &LeadDialog::leadSaved);
    line(dialog, LeadField::FirstName)->setText(u"Grace"_s);
    line(dialog, LeadField::LastName)->setText(u"Hopper"_s);
    line(dialog, LeadField::Email)->setText(u"grace@navy.example"_s);
    line(dialog, LeadField::Company)->setText(u"US Navy"_s);
    line(dialog, LeadField::Country)->setText(u"United States"_s);
    line(dialog, LeadField::Employees)->setText(u"1000+"_s);
    auto *stage = qobject_cast<QComboBox *>(dialog.editor(LeadField::Stage));
    stage->setCurrentIndex(stage->findData(stageKey(Stage::Mql)));
    qobject_cast<QPlainTextEdit *>(dialog.editor(LeadField::Notes))
        ->setPlainText(u"Met at the conference.\nCall back in May."_s);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    const qint64 id = dialog.lead().id();
    QVERIFY(id > 0);

    Result<Lead> stored = m_service->get(id);
    QVERIFY(stored);
    QCOMPARE(stored->text(LeadField::FirstName), u"Grace"_s);
    QCOMPARE(stored->text(LeadField::Company), u"US Navy"_s);
    QCOMPARE(stored->text(LeadField::Country), u"US"_s);
    QCOMPARE(stored->stage(), Stage::Mql);
    QCOMPARE(stored->text(LeadField::Notes), u"Met at the conference.\nCall back in May."_s);
    QVERIFY(stored->isNull(LeadField::Title));
}

void TestLeadDialog::showsServiceErrorBesideField()
{
    LeadDialog dialog(m_service.get());
    line(dialog, LeadField::Company)->setText(u"Atlantis Trading"_s);
    line(dialog, LeadField::Country)->setText(u"Atlantis"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.lastError());
    QCOMPARE(dialog.lastError()->code, ErrorCode::Invalid);
    QVERIFY(!dialog.messageFor(LeadField::Country).isEmpty());
    QVERIFY(dialog.messageFor(LeadField::Company).isEmpty());

    // Editing the field takes the message away; a known country saves.
    line(dialog, LeadField::Country)->clear();
    QTest::keyClicks(line(dialog, LeadField::Country), u"Greece"_s);
    QVERIFY(dialog.messageFor(LeadField::Country).isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.lead().text(LeadField::Country), u"GR"_s);
}

void TestLeadDialog::editsOnlyChangedFields()
{
    const Lead lead = makeLead({{LeadField::FirstName, u"Alan"_s},
        {LeadField::LastName, u"Turing"_s}, {LeadField::Email, u"alan@bletchley.example"_s},
        {LeadField::Title, u"Cryptanalyst"_s}});
    LeadDialog dialog(m_service.get(), lead);
    QVERIFY(!dialog.isNewLead());
    QCOMPARE(line(dialog, LeadField::LastName)->text(), u"Turing"_s);
    QVERIFY(dialog.saveButton()->isEnabled());

    line(dialog, LeadField::Title)->setText(u"Head of Hut 8"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.lead().version(), lead.version() + 1);

    Result<QList<HistoryEntry>> history = m_service->history(lead.id());
    QVERIFY(history);
    QStringList changed;
    for (const HistoryEntry &entry : *history) {
        if (entry.kind == HistoryEntry::Kind::FieldChanged)
            changed << entry.field;
    }
    QCOMPARE(changed, QStringList {fieldKey(LeadField::Title)});
}

void TestLeadDialog::conflictAsksToReload()
{
    const Lead lead =
        makeLead({{LeadField::FirstName, u"Katherine"_s}, {LeadField::LastName, u"Johnson"_s},
            {LeadField::Email, u"kj@nasa.example"_s}, {LeadField::Company, u"NASA"_s}});
    LeadDialog dialog(m_service.get(), lead);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Someone else changes the email and the stage while the dialog is open.
    QVERIFY(m_service->update(lead.id(), lead.version(),
        {{LeadField::Email, u"katherine@nasa.example"_s},
            {LeadField::Stage, stageKey(Stage::Contacted)}}));

    line(dialog, LeadField::Title)->setText(u"Mathematician"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.lastError());
    QCOMPARE(dialog.lastError()->code, ErrorCode::Conflict);

    QMessageBox *prompt = dialog.conflictPrompt();
    QVERIFY(prompt);
    QVERIFY(prompt->isVisible());
    const QString said = prompt->text() + prompt->informativeText();
    QVERIFY2(said.contains(fieldLabel(LeadField::Email)), qPrintable(said));
    QVERIFY2(said.contains(fieldLabel(LeadField::Stage)), qPrintable(said));
    QVERIFY2(!said.contains(fieldLabel(LeadField::Title)), qPrintable(said));

    QPushButton *reload = nullptr;
    for (QAbstractButton *button : prompt->buttons()) {
        if (prompt->buttonRole(button) == QMessageBox::AcceptRole)
            reload = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(reload);
    reload->click();
    QTRY_VERIFY(!dialog.conflictPrompt());

    // Their changes are shown, the user's own edit is kept.
    QCOMPARE(line(dialog, LeadField::Email)->text(), u"katherine@nasa.example"_s);
    QCOMPARE(qobject_cast<QComboBox *>(dialog.editor(LeadField::Stage))->currentData().toString(),
        stageKey(Stage::Contacted));
    QCOMPARE(line(dialog, LeadField::Title)->text(), u"Mathematician"_s);
    QCOMPARE(dialog.lead().version(), lead.version() + 1);
    QVERIFY(!dialog.lastError());

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Result<Lead> stored = m_service->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->text(LeadField::Title), u"Mathematician"_s);
    QCOMPARE(stored->text(LeadField::Email), u"katherine@nasa.example"_s);
    QCOMPARE(stored->stage(), Stage::Contacted);
}

void TestLeadDialog::conflictOnEditedField()
{
    const Lead lead =
        makeLead({{LeadField::Company, u"Initech"_s}, {LeadField::Phone, u"+1 512 555 0100"_s}});
    LeadDialog dialog(m_service.get(), lead);
    QVERIFY(
        m_service->update(lead.id(), lead.version(), {{LeadField::Phone, u"+1 512 555 0199"_s}}));

    line(dialog, LeadField::Phone)->setText(u"+1 512 555 0142"_s);
    line(dialog, LeadField::Industry)->setText(u"Software"_s);
    dialog.accept();
    QVERIFY(dialog.conflictPrompt());
    QVERIFY(dialog.lastError()->details.contains(fieldKey(LeadField::Phone)));
    // Only what people edit is named, not the derived E.164 form.
    const QString said = dialog.conflictPrompt()->informativeText();
    QVERIFY2(said.contains(fieldLabel(LeadField::Phone) + u'.'), qPrintable(said));
    QVERIFY2(!said.contains(fieldLabel(LeadField::PhoneE164)), qPrintable(said));

    // Cancel keeps the form as typed and saves nothing.
    dialog.conflictPrompt()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.conflictPrompt());
    QCOMPARE(line(dialog, LeadField::Phone)->text(), u"+1 512 555 0142"_s);
    QCOMPARE(dialog.lead().version(), lead.version());

    // Reloading takes their phone (changed meanwhile) and keeps the industry.
    dialog.reloadLead();
    QCOMPARE(line(dialog, LeadField::Phone)->text(), u"+1 512 555 0199"_s);
    QCOMPARE(line(dialog, LeadField::Industry)->text(), u"Software"_s);
}

void TestLeadDialog::leadDeletedMeanwhile()
{
    const Lead lead = makeLead({{LeadField::Company, u"Gone Ltd"_s}});
    LeadDialog dialog(m_service.get(), lead);
    QVERIFY(m_service->remove(lead.id()));
    line(dialog, LeadField::Industry)->setText(u"Retail"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.conflictPrompt());
    QCOMPARE(dialog.lastError()->code, ErrorCode::NotFound);
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestLeadDialog::readOnlyShowsLead()
{
    const Lead lead =
        makeLead({{LeadField::FirstName, u"Hedy"_s}, {LeadField::LastName, u"Lamarr"_s}});
    LeadDialog dialog(m_service.get(), lead);
    dialog.setReadOnly(true);
    QVERIFY(line(dialog, LeadField::FirstName)->isReadOnly());
    QVERIFY(!dialog.editor(LeadField::Stage)->isEnabled());
    QVERIFY(dialog.saveButton()->isHidden());
    QVERIFY(dialog.windowTitle().contains(u"Hedy Lamarr"_s));
}

void TestLeadDialog::bantFieldsSaved()
{
    const Lead lead = makeLead({{LeadField::Company, u"Wayne Enterprises"_s}});
    LeadDialog dialog(m_service.get(), lead);
    line(dialog, LeadField::BantBudget)->setText(u"$ 120,000"_s);
    line(dialog, LeadField::BantAuthority)->setText(u"CFO signs"_s);
    line(dialog, LeadField::BantNeed)->setText(u"Fleet tracking"_s);
    line(dialog, LeadField::BantTimeline)->setText(u"Q3"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Result<Lead> stored = m_service->get(lead.id());
    QVERIFY(stored);
    QCOMPARE(stored->integer(LeadField::BantBudget), 12000000);
    QCOMPARE(stored->text(LeadField::BantAuthority), u"CFO signs"_s);
    QCOMPARE(stored->text(LeadField::BantNeed), u"Fleet tracking"_s);
    QCOMPARE(stored->text(LeadField::BantTimeline), u"Q3"_s);

    // Opened again, the budget reads in units, and saving unchanged writes nothing.
    LeadDialog again(m_service.get(), *stored);
    QCOMPARE(line(again, LeadField::BantBudget)->text(), u"120000.00"_s);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(m_service->get(lead.id())->version(), stored->version());
}

void TestLeadDialog::inlineMessages_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("budget in words") << LeadField::BantBudget << u"a lot"_s;
    QTest::newRow("budget with three decimals") << LeadField::BantBudget << u"1.234"_s;
    QTest::newRow("unknown country") << LeadField::Country << u"Atlantis"_s;
    QTest::newRow("email") << LeadField::Email << u"name at gmail.com"_s;
}

void TestLeadDialog::inlineMessages()
{
    QFETCH(LeadField, field);
    QFETCH(QString, text);
    LeadDialog dialog(m_service.get());
    line(dialog, LeadField::Company)->setText(u"Acme"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::keyClicks(line(dialog, field), text);
    // Save follows every keystroke; the message waits until the user leaves the field.
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->toolTip().isEmpty());
    QVERIFY(dialog.messageFor(field).isEmpty());
    emit line(dialog, field)->editingFinished();
    QVERIFY(!dialog.messageFor(field).isEmpty());
    // Named as the form names it, not by its storage key ("bant_budget").
    if (fieldKey(field).contains(u'_'))
        QVERIFY(!dialog.messageFor(field).contains(fieldKey(field)));
    QVERIFY(dialog.messageFor(LeadField::Company).isEmpty());
    line(dialog, field)->clear();
    QVERIFY(dialog.messageFor(field).isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestLeadDialog::savesThroughLeadActions()
{
    QUndoStack stack;
    LeadActions actions(*m_db, &stack);
    actions.setActor(u"tester"_s);

    LeadDialog dialog(&actions);
    QVERIFY(dialog.isNewLead());
    QSignalSpy changed(&actions, &LeadActions::leadChanged);
    line(dialog, LeadField::FirstName)->setText(u"Margaret"_s);
    line(dialog, LeadField::LastName)->setText(u"Hamilton"_s);
    line(dialog, LeadField::BantNeed)->setText(u"Flight software"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 id = dialog.lead().id();
    QVERIFY(id > 0);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->get(id)->text(LeadField::BantNeed), u"Flight software"_s);

    LeadDialog edit(&actions, dialog.lead());
    line(edit, LeadField::Title)->setText(u"Director"_s);
    edit.accept();
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(m_service->get(id)->text(LeadField::Title), u"Director"_s);
    // Both steps undo.
    stack.undo();
    QVERIFY(m_service->get(id)->isNull(LeadField::Title));
    stack.undo();
    QVERIFY(!m_service->get(id));
}

void TestLeadDialog::screenshot()
{
    const QString shots = qEnvironmentVariable("LEADFLOW_SHOTS");
    LeadDialog dialog(m_service.get());
    line(dialog, LeadField::FirstName)->setText(u"Margaret"_s);
    line(dialog, LeadField::LastName)->setText(u"Hamilton"_s);
    line(dialog, LeadField::Company)->setText(u"Draper Lab"_s);
    line(dialog, LeadField::Email)->setText(u"margaret@draper"_s);
    emit line(dialog, LeadField::Email)->editingFinished();
    line(dialog, LeadField::BantBudget)->setText(u"about 50k"_s);
    emit line(dialog, LeadField::BantBudget)->editingFinished();
    line(dialog, LeadField::BantNeed)->setText(u"Onboard guidance software"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(20);
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    if (!shots.isEmpty())
        QVERIFY(image.save(shots + u"/leaddialog.png"_s));
}

QTEST_MAIN(TestLeadDialog)
#include "tst_leaddialog.moc"
