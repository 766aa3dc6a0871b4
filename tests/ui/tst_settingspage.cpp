#include "io/sampledata.h"
#include "nurture/nurtureservice.h"
#include "routing/businesscalendar.h"
#include "routing/router.h"
#include "routing/routingrule.h"
#include "routing/userservice.h"
#include "routingsettings.h"
#include "scoring/qualification.h"
#include "scoring/scoringrule.h"
#include "scoringruleseditor.h"
#include "settingspage.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// Runs fill on the next modal dialog of type D as soon as it is shown.
template<typename D>
void onNextDialog(std::function<void(D *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no modal dialog of the expected type is open");
        fill(dialog);
    });
}

QPushButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->accessibleName() == accessibleName)
            return button;
    qFatal("no button %s", qPrintable(accessibleName));
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savingTheThresholdCreatesAVersion();
    void invalidDefinitionCannotBeSaved();
    void invalidRuleShowsTheCoresMessage_data();
    void invalidRuleShowsTheCoresMessage();
    void ruleChangeIsPreviewedThenApplied();
    void refusedProposalWritesNothing();
    void importAndExportRules();
    void addUserThroughTheWidgets();
    void invalidUserIsNotStored();
    void addRoutingRuleThroughTheWidgets();
    void conditionParseErrorShownInline_data();
    void conditionParseErrorShownInline();
    void moveAndRemoveRoutingRules();
    void routingSettingsAreSaved();
    void slaHoursAreSaved();
    void sequenceTemplatesAreChecked();
    void modelsPassTheTester();
    void everyControlHasAnAccessibleName();
    void screenshots();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 addUser(const QString &name, const QString &email);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSettingsPage::initTestCase()
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettingsPage::init()
{
    static int counter = 0;
    auto opened = Database::open(m_dir.filePath(u"settings-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(*opened);
}

void TestSettingsPage::cleanup()
{
    m_db.reset();
}

qint64 TestSettingsPage::addUser(const QString &name, const QString &email)
{
    User user;
    user.name = name;
    user.email = email;
    user.capacityPerWeek = 25;
    auto added = UserService(db()).add(user);
    if (!added)
        qFatal("cannot add a user: %s", qPrintable(added.error().toString()));
    return added->id;
}

void TestSettingsPage::savingTheThresholdCreatesAVersion()
{
    auto before = QualificationStore(db()).current();
    QVERIFY(before);
    SettingsPage page(*m_db);
    page.setActor(u"tester"_s);
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);
    QualificationEditor *editor = page.qualificationEditor();
    const int versionsBefore = editor->historyList()->count();
    QVERIFY(!editor->saveButton()->isEnabled()); // nothing changed yet

    editor->mqlThresholdBox()->setValue(before->mqlThreshold + 15);
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    auto after = QualificationStore(db()).current();
    QVERIFY(after);
    QCOMPARE(after->version, before->version + 1);
    QCOMPARE(after->mqlThreshold, before->mqlThreshold + 15);
    QCOMPARE(after->actor, u"tester"_s);
    QCOMPARE(after->gradeA, before->gradeA); // the rest as it was
    QCOMPARE(after->lostReasons, before->lostReasons);
    QCOMPARE(editor->historyList()->count(), versionsBefore + 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(editor->statusText().contains(u"version %1"_s.arg(after->version)));
    QVERIFY(!editor->saveButton()->isEnabled());
    // The threshold changed, so every lead is rescored off the GUI thread.
    QTRY_VERIFY(editor->statusText().contains(u"Rescored"_s));
}

void TestSettingsPage::invalidDefinitionCannotBeSaved()
{
    SettingsPage page(*m_db);
    QualificationEditor *editor = page.qualificationEditor();
    const qint64 version = QualificationStore(db()).current()->version;
    editor->gradeBox(1)->setValue(editor->gradeBox(0)->value() + 5); // B above A
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY2(editor->statusText().startsWith(u"Grade thresholds must fall from A to C"_s),
        qPrintable(editor->statusText()));
    auto saved = editor->save();
    QVERIFY(!saved);
    QCOMPARE(QualificationStore(db()).current()->version, version);

    editor->gradeBox(1)->setValue(editor->gradeBox(0)->value() - 5);
    editor->lostReasonsEdit()->clear();
    QVERIFY(!editor->saveButton()->isEnabled());
    QCOMPARE(editor->statusText(), u"Give at least one reason a lead can be lost for."_s);
}

void TestSettingsPage::invalidRuleShowsTheCoresMessage_data()
{
    QTest::addColumn<QString>("kind"); // "fit" or "engagement"
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("message");

    const int in = int(ScoringRule::Operator::In);
    const int range = int(ScoringRule::Operator::Range);
    const int matches = int(ScoringRule::Operator::Matches);
    QTest::newRow("no name") << u"fit"_s << QString() << u"industry"_s << in << u"Software"_s
                             << QString() << QString() << QString() << 10
                             << u"A scoring rule needs a name."_s;
    QTest::newRow("zero points") << u"fit"_s << u"Zero"_s << u"industry"_s << in << u"Software"_s
                                 << QString() << QString() << QString() << 0
                                 << u"Rule \"Zero\": points must not be 0."_s;
    QTest::newRow("no values") << u"fit"_s << u"Empty"_s << u"industry"_s << in << u" , "_s
                               << QString() << QString() << QString() << 5
                               << u"Rule \"Empty\": \"is one of\" needs at least one value."_s;
    QTest::newRow("min above max")
        << u"fit"_s << u"Size"_s << u"employee_count"_s << range << QString() << u"500"_s << u"50"_s
        << QString() << 5 << u"Rule \"Size\": the minimum (500) is above the maximum (50)."_s;
    QTest::newRow("bad pattern") << u"fit"_s << u"Title"_s << u"title"_s << matches << QString()
                                 << QString() << QString() << u"(director"_s << 5
                                 << u"Rule \"Title\": the pattern \"(director\" is not a valid"_s;
    QTest::newRow("not a number") << u"fit"_s << u"Size"_s << u"employee_count"_s << range
                                  << QString() << u"many"_s << QString() << QString() << 5
                                  << u"The minimum must be a number."_s;
    QTest::newRow("engagement without values")
        << u"engagement"_s << u"Demo"_s << u"type"_s << in << QString() << QString() << QString()
        << QString() << 20
        << u"Rule \"Demo\": an engagement rule needs the list of type values it counts."_s;
}

void TestSettingsPage::invalidRuleShowsTheCoresMessage()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, attribute);
    QFETCH(int, op);
    QFETCH(QString, values);
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(QString, pattern);
    QFETCH(int, points);
    QFETCH(QString, message);

    const auto rulesBefore = ScoringRuleStore(db()).list();
    QVERIFY(rulesBefore);
    ScoringRulesEditor editor(*m_db);
    const int rows = editor.model()->rowCount();

    ScoringRuleDialog dialog(ScoringRule {}, &editor);
    dialog.kindBox()->setCurrentIndex(
        dialog.kindBox()->findData(int(*ScoringRule::kindFromString(kind))));
    dialog.nameEdit()->setText(name);
    const int attributeIndex = dialog.attributeBox()->findData(attribute);
    QVERIFY(attributeIndex >= 0);
    dialog.attributeBox()->setCurrentIndex(attributeIndex);
    dialog.operatorBox()->setCurrentIndex(dialog.operatorBox()->findData(op));
    dialog.valuesEdit()->setText(values);
    dialog.minEdit()->setText(min);
    dialog.maxEdit()->setText(max);
    dialog.patternEdit()->setText(pattern);
    dialog.pointsBox()->setValue(points);

    QVERIFY2(dialog.message().startsWith(message), qPrintable(dialog.message()));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.rule());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // stays open
    QVERIFY(!editor.hasProposal());
    QCOMPARE(editor.model()->rowCount(), rows);
    QCOMPARE(*ScoringRuleStore(db()).list(), *rulesBefore); // nothing written

    // Fixing the part named makes the rule acceptable.
    if (message.startsWith(u"A scoring rule needs"_s)) {
        dialog.nameEdit()->setText(u"Named"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.message().isEmpty());
    }
}

void TestSettingsPage::ruleChangeIsPreviewedThenApplied()
{
    Progress progress;
    auto loaded = loadSampleLeads(*m_db, progress);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(*loaded > 100);

    SettingsPage page(*m_db);
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);
    ScoringRulesEditor *editor = page.scoringRulesEditor();
    const int rows = editor->model()->rowCount();
    QVERIFY(rows > 0);

    ScoringRule rule;
    rule.kind = ScoringRule::Kind::Fit;
    rule.name = u"Everyone with an email"_s;
    rule.attribute = u"email"_s;
    rule.op = ScoringRule::Operator::Present;
    rule.points = 40;
    editor->proposeAdd(rule);
    QVERIFY(editor->hasProposal());
    QVERIFY(editor->previewText().startsWith(u"Computing"_s));
    QVERIFY(!editor->applyButton()->isEnabled()); // not before the preview is known
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewText().startsWith(u"This change would move"_s), 20000);
    QVERIFY(editor->applyButton()->isEnabled());

    // The preview says what the core computes for the same change.
    auto current = ScoringRuleStore(db()).list();
    QVERIFY(current);
    auto expected = RulePreview(db()).compare(*current, RulePreview::withRule(*current, rule));
    QVERIFY(expected);
    QVERIFY(expected->moved > 0);
    QCOMPARE(editor->previewText(), expected->toText());
    QCOMPARE(ScoringRuleStore(db()).list()->size(), rows); // nothing written yet

    QVERIFY(editor->applyButton()->isEnabled());
    editor->applyButton()->click();
    QVERIFY2(!editor->hasProposal(), qPrintable(editor->statusText()));
    QCOMPARE(editor->model()->rowCount(), rows + 1);
    QCOMPARE(ScoringRuleStore(db()).list()->size(), rows + 1);
    const auto stored = ScoringRuleStore(db()).list();
    QVERIFY(std::any_of(stored->cbegin(), stored->cend(),
        [&rule](const ScoringRule &r) { return r.name == rule.name && r.points == 40; }));
    QVERIFY(changed.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(u"Rescored"_s), 20000);
    QVERIFY(!editor->isBusy());

    // Disabling a rule is a proposal too; discarding it writes nothing.
    editor->view()->selectRow(0);
    const ScoringRule first = *editor->model()->ruleAt(0);
    editor->proposeUpdate([&] {
        ScoringRule r = first;
        r.enabled = !r.enabled;
        return r;
    }());
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewText().startsWith(u"This change would move"_s), 20000);
    editor->discardProposal();
    QCOMPARE(ScoringRuleStore(db()).get(first.id)->enabled, first.enabled);
}

void TestSettingsPage::refusedProposalWritesNothing()
{
    ScoringRulesEditor editor(*m_db);
    const auto before = ScoringRuleStore(db()).list();
    QVERIFY(before);
    // A rule removed meanwhile (by the CLI, say): the store refuses the update.
    ScoringRule gone = before->constFirst();
    QVERIFY(ScoringRuleStore(db()).remove(gone.id));
    gone.points += 1;
    editor.proposeUpdate(gone);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);
    auto applied = editor.applyProposal();
    QVERIFY(!applied);
    QCOMPARE(editor.statusText(), applied.error().message);
    QVERIFY(editor.hasProposal()); // kept, so the user sees what was refused
    QCOMPARE(ScoringRuleStore(db()).list()->size(), before->size() - 1);
    QVERIFY(!ScoringRuleStore(db()).get(gone.id));
}

void TestSettingsPage::importAndExportRules()
{
    ScoringRulesEditor editor(*m_db);
    const QString path = m_dir.filePath(u"rules.json"_s);
    QVERIFY(editor.exportTo(path));
    QVERIFY(editor.statusText().startsWith(u"Wrote "_s));
    const auto before = ScoringRuleStore(db()).list();
    QVERIFY(ScoringRuleStore(db()).remove(before->constFirst().id));
    editor.refresh();
    QCOMPARE(editor.model()->rowCount(), before->size() - 1);

    editor.proposeImport(path);
    QVERIFY(editor.hasProposal());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);
    QVERIFY(editor.applyProposal());
    QCOMPARE(editor.model()->rowCount(), before->size());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);

    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    editor.proposeImport(broken);
    QVERIFY(!editor.hasProposal());
    QVERIFY(editor.statusText().contains(u"is not a Leadflow scoring rules export"_s));
}

void TestSettingsPage::addUserThroughTheWidgets()
{
    SettingsPage page(*m_db);
    RoutingSettingsWidget *routing = page.routingSettings();
    QCOMPARE(routing->userModel()->rowCount(), 0);
    const QDateTime from(QDate(2031, 5, 1), QTime(0, 0), QTimeZone::utc());
    onNextDialog<UserDialog>([from](UserDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"Maria Schmidt"_s);
        QTest::keyClicks(dialog->emailEdit(), u"maria@example.com"_s);
        dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(User::Role::Manager)));
        dialog->capacityBox()->setValue(30);
        dialog->countriesEdit()->setText(u"de, at"_s);
        dialog->industriesEdit()->setText(u"Software, Logistics"_s);
        dialog->awayBox()->setChecked(true);
        dialog->awayFromEdit()->setDateTime(from.toLocalTime());
        dialog->awayToEdit()->setDateTime(from.addDays(14).toLocalTime());
        dialog->accept();
    });
    QTest::mouseClick(buttonNamed(routing, u"Add user"_s), Qt::LeftButton);

    auto users = UserService(db()).list();
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    const User &maria = users->constFirst();
    QCOMPARE(maria.name, u"Maria Schmidt"_s);
    QCOMPARE(maria.email, u"maria@example.com"_s);
    QCOMPARE(maria.role, User::Role::Manager);
    QCOMPARE(maria.capacityPerWeek, 30);
    QCOMPARE(maria.countries, (QStringList {u"DE"_s, u"AT"_s}));
    QCOMPARE(maria.industries, (QStringList {u"Software"_s, u"Logistics"_s}));
    auto absences = UserService(db()).absences(maria.id);
    QVERIFY(absences);
    QCOMPARE(absences->size(), 1);
    QCOMPARE(absences->constFirst().from, from);
    QCOMPARE(absences->constFirst().to, from.addDays(14));
    QCOMPARE(routing->userModel()->rowCount(), 1);
    QVERIFY(!routing->userModel()
                 ->index(0, UserModel::Away)
                 .data()
                 .toString()
                 .isEmpty()); // the coming absence shows
}

void TestSettingsPage::invalidUserIsNotStored()
{
    UserService service(db());
    UserDialog dialog(&service, User {}, {});
    dialog.nameEdit()->setText(u"Sam"_s);
    dialog.emailEdit()->setText(u"sam-at-example"_s);
    QCOMPARE(dialog.message(), u"\"sam-at-example\" is not an email address."_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.emailEdit()->setText(u"sam@example.com"_s);
    dialog.countriesEdit()->setText(u"Germany"_s);
    QCOMPARE(dialog.message(), u"\"GERMANY\" is not a two-letter ISO country code."_s);
    dialog.accept();
    QCOMPARE(service.list()->size(), 0);
}

void TestSettingsPage::addRoutingRuleThroughTheWidgets()
{
    const qint64 ana = addUser(u"Ana"_s, u"ana@example.com"_s);
    const qint64 ben = addUser(u"Ben"_s, u"ben@example.com"_s);
    SettingsPage page(*m_db);
    RoutingSettingsWidget *routing = page.routingSettings();
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);

    onNextDialog<RoutingRuleDialog>([](RoutingRuleDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"DACH big"_s);
        dialog->conditionsEdit()->setPlainText(u"country in DE,AT\nemployee_count 51..1000"_s);
        dialog->poolButton()->setChecked(true);
        for (int i = 0; i < dialog->poolList()->count(); ++i)
            dialog->poolList()->item(i)->setCheckState(Qt::Checked);
        dialog->slaBox()->setChecked(true);
        dialog->slaHoursBox()->setValue(2);
        QVERIFY(dialog->message().isEmpty());
        dialog->accept();
    });
    QTest::mouseClick(buttonNamed(routing, u"Add routing rule"_s), Qt::LeftButton);

    auto rules = RoutingRuleStore(db()).list();
    QVERIFY(rules);
    QCOMPARE(rules->size(), 1);
    const RoutingRule &rule = rules->constFirst();
    QCOMPARE(rule.name, u"DACH big"_s);
    QCOMPARE(rule.conditions.size(), 2);
    QCOMPARE(rule.conditions[0].field, u"country"_s);
    QCOMPARE(rule.conditions[0].values, (QStringList {u"DE"_s, u"AT"_s}));
    QCOMPARE(rule.conditions[1].op, Condition::Operator::Range);
    QCOMPARE(rule.conditions[1].min, 51.0);
    QCOMPARE(rule.conditions[1].max, 1000.0);
    QCOMPARE(rule.pool, (QList<qint64> {ana, ben}));
    QCOMPARE(rule.targetUserId, 0);
    QCOMPARE(rule.slaHours, 2.0);
    QCOMPARE(routing->ruleModel()->rowCount(), 1);
    QCOMPARE(routing->ruleModel()->index(0, RoutingRuleModel::Target).data().toString(),
        u"pool: Ana, Ben"_s);
    QCOMPARE(changed.count(), 1);

    // Editing reads the conditions back in the short form and saves them unchanged.
    RoutingRuleDialog edit(rule, *UserService(db()).list());
    auto typed = edit.rule();
    QVERIFY2(typed, qPrintable(typed ? QString() : typed.error().message));
    QCOMPARE(typed->conditions[0].values, rule.conditions[0].values);
    QCOMPARE(typed->conditions[1].min, rule.conditions[1].min);
    edit.userButton()->setChecked(true);
    edit.userBox()->setCurrentIndex(edit.userBox()->findData(ben));
    QVERIFY(routing->saveRule(*edit.rule()));
    QCOMPARE(RoutingRuleStore(db()).list()->constFirst().targetUserId, ben);
    QVERIFY(RoutingRuleStore(db()).list()->constFirst().pool.isEmpty());
}

void TestSettingsPage::conditionParseErrorShownInline_data()
{
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a condition")
        << u"country sideways DE"_s << u"Line 1: \"country sideways DE\" is not a condition"_s;
    QTest::newRow("second line bad range")
        << u"country in DE\nemployee_count 5..x"_s << u"Line 2: "_s;
    QTest::newRow("no target") << QString() << u"Routing rule \"R\" needs either one user"_s;
}

void TestSettingsPage::conditionParseErrorShownInline()
{
    QFETCH(QString, conditions);
    QFETCH(QString, message);
    const qint64 ana = addUser(u"Ana"_s, u"ana@example.com"_s);
    RoutingRuleDialog dialog(RoutingRule {}, *UserService(db()).list());
    dialog.nameEdit()->setText(u"R"_s);
    if (conditions.isEmpty())
        dialog.poolButton()->setChecked(true); // and no member checked
    else
        QCOMPARE(dialog.userBox()->currentData().toLongLong(), ana);
    dialog.conditionsEdit()->setPlainText(conditions);
    QVERIFY2(dialog.message().startsWith(message), qPrintable(dialog.message()));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(RoutingRuleStore(db()).list()->size(), 0);
}

void TestSettingsPage::moveAndRemoveRoutingRules()
{
    const qint64 ana = addUser(u"Ana"_s, u"ana@example.com"_s);
    RoutingRuleStore store(db());
    for (const QString &name : {u"First"_s, u"Second"_s, u"Third"_s}) {
        RoutingRule rule;
        rule.name = name;
        rule.targetUserId = ana;
        QVERIFY(store.add(rule));
    }
    RoutingSettingsWidget routing(*m_db);
    QVERIFY(routing.moveRule(2, -1));
    const auto moved = store.list();
    QVERIFY(moved);
    QStringList names;
    for (const RoutingRule &rule : *moved)
        names << rule.name;
    QCOMPARE(names, (QStringList {u"First"_s, u"Third"_s, u"Second"_s}));
    QCOMPARE(routing.ruleView()->currentIndex().row(), 1); // the moved rule stays selected
    QVERIFY(!routing.moveRule(0, -1)); // nowhere to go
    QVERIFY(routing.removeRule(0));
    QCOMPARE(store.list()->size(), 2);
    QCOMPARE(routing.ruleModel()->index(0, RoutingRuleModel::Name).data().toString(), u"Third"_s);
    QCOMPARE(routing.ruleModel()->index(0, RoutingRuleModel::Position).data().toInt(), 1);
}

void TestSettingsPage::routingSettingsAreSaved()
{
    RoutingSettingsWidget routing(*m_db);
    routing.triggerBox()->setCurrentIndex(
        routing.triggerBox()->findData(int(RoutingSettings::Trigger::Manual)));
    routing.accountBasedBox()->setChecked(false);
    routing.reassignBox()->setChecked(true);
    QTest::mouseClick(routing.saveSettingsButton(), Qt::LeftButton);
    auto settings = RoutingSettings::load(db());
    QVERIFY(settings);
    QCOMPARE(settings->trigger, RoutingSettings::Trigger::Manual);
    QCOMPARE(settings->accountBased, false);
    QCOMPARE(settings->reassignOnBreach, true);
    QCOMPARE(routing.statusText(), u"Saved the routing settings."_s);
}

void TestSettingsPage::slaHoursAreSaved()
{
    SlaHoursEditor editor(*m_db);
    editor.timeZoneBox()->setCurrentIndex(editor.timeZoneBox()->findData(u"Europe/Berlin"_s));
    editor.dayBox(5)->setChecked(false); // no Fridays
    editor.dayBox(6)->setChecked(true); // Saturdays
    editor.startEdit()->setTime(QTime(8, 30));
    editor.endEdit()->setTime(QTime(16, 0));
    editor.defaultHoursBox()->setValue(6);
    QVERIFY(editor.save());
    auto calendar = BusinessCalendar::load(db());
    QVERIFY(calendar);
    QCOMPARE(calendar->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(calendar->businessDays(), (QList<int> {1, 2, 3, 4, 6}));
    QCOMPARE(calendar->start(), QTime(8, 30));
    QCOMPARE(calendar->end(), QTime(16, 0));
    QCOMPARE(calendar->defaultSlaHours(), 6.0);

    // Closing before opening: the calendar's message, nothing written.
    editor.endEdit()->setTime(QTime(7, 0));
    QVERIFY(!editor.save());
    QVERIFY(!editor.statusText().isEmpty());
    QCOMPARE(BusinessCalendar::load(db())->end(), QTime(16, 0));

    QVERIFY(editor.addHoliday(QDate(2031, 12, 25), u"Christmas"_s));
    QCOMPARE(editor.holidayList()->count(), 1);
    QVERIFY(!editor.addHoliday(QDate(2031, 12, 26), QString()));
    QCOMPARE(BusinessCalendar::listHolidays(db())->size(), 1);
    QVERIFY(editor.removeHoliday(QDate(2031, 12, 25)));
    QCOMPARE(editor.holidayList()->count(), 0);
}

void TestSettingsPage::sequenceTemplatesAreChecked()
{
    SequencesEditor editor(*m_db);
    const int before = editor.sequenceTree()->topLevelItemCount();
    editor.stepKindBox()->setCurrentIndex(
        editor.stepKindBox()->findData(int(SequenceStep::Kind::Email)));
    editor.subjectEdit()->setText(u"Hello {{frist_name}}"_s);
    editor.bodyEdit()->setPlainText(u"Your e-book"_s);
    QVERIFY2(editor.stepMessage().startsWith(
                 u"Step 1's subject uses the placeholder {{frist_name}}, which Leadflow does not "
                 "know"_s),
        qPrintable(editor.stepMessage()));
    QVERIFY(!editor.addStep());
    QCOMPARE(editor.stepList()->count(), 0);

    editor.subjectEdit()->setText(u"Your e-book, {{first_name|there}}"_s);
    QVERIFY(editor.stepMessage().isEmpty());
    QVERIFY(editor.addStep());
    editor.stepKindBox()->setCurrentIndex(
        editor.stepKindBox()->findData(int(SequenceStep::Kind::Wait)));
    editor.waitDaysBox()->setValue(3);
    QVERIFY(editor.addStep());
    editor.stepKindBox()->setCurrentIndex(
        editor.stepKindBox()->findData(int(SequenceStep::Kind::Call)));
    editor.subjectEdit()->setText(u"Call about the e-book"_s);
    QVERIFY(editor.addStep());
    QCOMPARE(editor.stepList()->count(), 3);

    editor.nameEdit()->setText(u"E-book follow-up"_s);
    auto created = editor.create();
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    auto stored = NurtureService(db()).sequence(u"E-book follow-up"_s);
    QVERIFY(stored);
    QCOMPARE(stored->steps.size(), 3);
    QCOMPARE(stored->steps[0].kind, SequenceStep::Kind::Email);
    QCOMPARE(stored->steps[1].waitDays, 3);
    QCOMPARE(stored->steps[2].subject, u"Call about the e-book"_s);
    QCOMPARE(editor.sequenceTree()->topLevelItemCount(), before + 1);
    QCOMPARE(editor.stepList()->count(), 0);

    // The same name again: the service refuses, its message shows.
    editor.nameEdit()->setText(u"e-book FOLLOW-up"_s);
    editor.stepKindBox()->setCurrentIndex(
        editor.stepKindBox()->findData(int(SequenceStep::Kind::Call)));
    editor.subjectEdit()->setText(u"Call"_s);
    QVERIFY(editor.addStep());
    QVERIFY(!editor.create());
    QVERIFY(!editor.statusText().isEmpty());
    QCOMPARE(editor.sequenceTree()->topLevelItemCount(), before + 1);
}

void TestSettingsPage::modelsPassTheTester()
{
    const qint64 ana = addUser(u"Ana"_s, u"ana@example.com"_s);
    addUser(u"Ben"_s, QString());
    RoutingRule rule;
    rule.name = u"All"_s;
    rule.targetUserId = ana;
    QVERIFY(RoutingRuleStore(db()).add(rule));

    ScoringRulesEditor scoring(*m_db);
    RoutingSettingsWidget routing(*m_db);
    QAbstractItemModelTester scoringTester(
        scoring.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester userTester(
        routing.userModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ruleTester(
        routing.ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(scoring.model()->rowCount() > 0);
    QCOMPARE(routing.userModel()->rowCount(), 2);
    QCOMPARE(routing.ruleModel()->rowCount(), 1);
    // Every cell answers every role the views ask for.
    for (const QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(scoring.model()),
             static_cast<QAbstractItemModel *>(routing.userModel()),
             static_cast<QAbstractItemModel *>(routing.ruleModel())}) {
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::CheckStateRole),
                         int(Qt::ToolTipRole), int(Qt::AccessibleTextRole), Qt::UserRole + 1})
                    model->index(r, c).data(role);
    }
    QCOMPARE(scoring.model()
                 ->index(0, ScoringRuleModel::IdRole - Qt::UserRole - 1)
                 .data(ScoringRuleModel::IdRole),
        QVariant(scoring.model()->ruleAt(0)->id));
    // Resets keep the testers happy.
    scoring.refresh();
    routing.refresh();
    QVERIFY(ScoringRuleStore(db()).remove(scoring.model()->ruleAt(0)->id));
    scoring.refresh();
}

void TestSettingsPage::everyControlHasAnAccessibleName()
{
    addUser(u"Ana"_s, u"ana@example.com"_s);
    SettingsPage page(*m_db);
    const auto insideCompound = [](const QWidget *widget) {
        for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
            if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
                return true;
        return false;
    };
    int checked = 0;
    const auto widgets = page.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget)
            || qobject_cast<QRadioButton *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget)
            || (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget));
        if (!control || insideCompound(widget))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(),
            qPrintable(u"%1 \"%2\" has no accessible name"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        QVERIFY2(widget->focusPolicy() != Qt::NoFocus,
            qPrintable(u"%1 cannot take keyboard focus"_s.arg(widget->accessibleName())));
    }
    QVERIFY(checked > 60);
}

void TestSettingsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("LEADFLOW_SHOTS");
    Progress progress;
    QVERIFY(loadSampleLeads(*m_db, progress));
    const qint64 ana = addUser(u"Ana Pereira"_s, u"ana@example.com"_s);
    const qint64 ben = addUser(u"Ben Okafor"_s, u"ben@example.com"_s);
    User lea;
    lea.name = u"Lea Vogel"_s;
    lea.email = u"lea@example.com"_s;
    lea.role = User::Role::Manager;
    lea.countries = {u"DE"_s, u"AT"_s, u"CH"_s};
    QVERIFY(UserService(db()).add(lea));
    QVERIFY(UserService(db()).addAbsence(ben, QDateTime::currentDateTimeUtc().addDays(3),
        QDateTime::currentDateTimeUtc().addDays(10), u"holiday"_s));
    RoutingRule dach;
    dach.name = u"DACH"_s;
    dach.conditions << *Condition::parse(u"country in DE,AT,CH"_s);
    dach.pool = {ana, ben};
    dach.slaHours = 2;
    QVERIFY(RoutingRuleStore(db()).add(dach));
    RoutingRule hot;
    hot.name = u"Hot leads"_s;
    hot.conditions << *Condition::parse(u"score >= 80"_s);
    hot.targetUserId = ana;
    QVERIFY(RoutingRuleStore(db()).add(hot));
    QVERIFY(BusinessCalendar::addHoliday(db(), QDate(2026, 12, 25), u"Christmas Day"_s));
    QVERIFY(BusinessCalendar::addHoliday(db(), QDate(2027, 1, 1), u"New Year"_s));

    Sequence ebook;
    ebook.name = u"E-book follow-up"_s;
    ebook.description = u"After a content download"_s;
    ebook.enrolOnNurturing = true;
    SequenceStep mail;
    mail.kind = SequenceStep::Kind::Email;
    mail.subject = u"Your e-book, {{first_name|there}}"_s;
    mail.body = u"Hi {{first_name}}, here is the e-book you asked for."_s;
    SequenceStep wait;
    wait.kind = SequenceStep::Kind::Wait;
    wait.waitDays = 3;
    SequenceStep call;
    call.kind = SequenceStep::Kind::Call;
    call.subject = u"Call about the e-book"_s;
    ebook.steps = {mail, wait, call};
    QVERIFY(NurtureService(db()).createSequence(ebook));

    SettingsPage page(*m_db);
    page.resize(1100, 720);
    page.show();
    ScoringRulesEditor *scoring = page.scoringRulesEditor();
    ScoringRule rule;
    rule.kind = ScoringRule::Kind::Fit;
    rule.name = u"Director titles"_s;
    rule.attribute = u"title"_s;
    rule.op = ScoringRule::Operator::Matches;
    rule.pattern = u"director|head of"_s;
    rule.points = 15;
    scoring->proposeAdd(rule);
    QTRY_VERIFY_WITH_TIMEOUT(!scoring->isBusy(), 20000);
    QVERIFY(scoring->previewText().startsWith(u"This change would move"_s));

    SequencesEditor *sequences = page.sequencesEditor();
    sequences->nameEdit()->setText(u"Webinar follow-up"_s);
    sequences->stepKindBox()->setCurrentIndex(
        sequences->stepKindBox()->findData(int(SequenceStep::Kind::Email)));
    sequences->subjectEdit()->setText(u"Slides from today, {{first_name|there}}"_s);
    sequences->bodyEdit()->setPlainText(u"Hi {{first_name}}, here are the slides."_s);
    QVERIFY(sequences->addStep());
    sequences->subjectEdit()->setText(u"Hello {{frist_name}}"_s);

    const QStringList names {
        u"qualification"_s, u"scoring-rules"_s, u"routing"_s, u"sla-hours"_s, u"sequences"_s};
    for (int i = 0; i < page.tabs()->count(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        const QPixmap shot = page.grab();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(u"settings-%1.png"_s.arg(names[i]))));
    }
    if (!dir.isEmpty()) {
        ScoringRuleDialog dialog(rule, &page);
        dialog.patternEdit()->setText(u"(director"_s);
        dialog.show();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"settings-rule-dialog.png"_s)));
        RoutingRuleDialog routingDialog(dach, *UserService(db()).list(), &page);
        routingDialog.conditionsEdit()->setPlainText(u"country in DE,AT\nscore >> 60"_s);
        routingDialog.show();
        QVERIFY(routingDialog.grab().save(QDir(dir).filePath(u"settings-routing-dialog.png"_s)));
        UserService service(db());
        UserDialog userDialog(&service, *service.get(ben), *service.list(), &page);
        userDialog.show();
        QVERIFY(userDialog.grab().save(QDir(dir).filePath(u"settings-user-dialog.png"_s)));
    }
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
