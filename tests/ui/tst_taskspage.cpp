#include "leadactions.h"
#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "logtouchdialog.h"
#include "nurture/nurtureservice.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "taskspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::TasksPage::Filter)

class TestTasksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultUserFromLogin();
    void remembersUser();
    void tasksPerFilter_data();
    void tasksPerFilter();
    void overdueShownRed();
    void otherUsersTasksNotShown();
    void enterOpensLead();
    void overdueFirstContacts();
    void completeRemovesFromToday();
    void composeOpensMailAndLogs();
    void composeOnlyForEmail();

    // Last: it recycles a lead of the shared fixture.
    void leadMenuLogsAndGivesFeedback();

private:
    qint64 countCalls(qint64 leadId) const;
    qint64 makeLead(const QString &first, qint64 owner)
    {
        LeadChanges changes {{LeadField::FirstName, first}, {LeadField::LastName, u"Tasker"_s},
            {LeadField::Company, u"Taskworks"_s},
            {LeadField::Email, u"%1.tasker@example.com"_s.arg(first.toLower())}};
        if (owner > 0)
            changes.append({LeadField::OwnerId, owner});
        Result<Lead> lead = m_service->create(changes);
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return lead->id();
    }
    qint64 makeUser(const QString &name, const QString &email)
    {
        UserService users(m_db->connection());
        User user;
        user.name = name;
        user.email = email;
        Result<User> added = users.add(user);
        if (!added)
            qFatal("cannot add a user: %s", qPrintable(added.error().toString()));
        return added->id;
    }
    QSet<qint64> leadIds(const TaskTableModel *model)
    {
        QSet<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->index(row, 0).data(TaskTableModel::LeadIdRole).toLongLong());
        return ids;
    }
    std::unique_ptr<TasksPage> makePage(TasksPage::Filter filter)
    {
        auto page = std::make_unique<TasksPage>(*m_db, m_actions.get());
        page->setNow(m_now);
        page->setUserId(m_ann);
        page->setFilter(filter);
        page->refresh();
        return page;
    }
    void select(TasksPage &page, qint64 leadId)
    {
        const TaskTableModel *model = page.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TaskTableModel::LeadIdRole).toLongLong() == leadId) {
                page.table()->setCurrentIndex(model->index(row, 0));
                return;
            }
        }
        QFAIL("lead not listed");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadActions> m_actions;
    const QDateTime m_now {QDate(2026, 6, 10), QTime(12, 0), QTimeZone::utc()};
    qint64 m_ann = 0;
    qint64 m_bob = 0;
    qint64 m_overdueLead = 0; ///< Ann's email task due three days ago
    qint64 m_callToday = 0; ///< Ann's call task due today
    qint64 m_emailToday = 0; ///< Ann's email task due today
    qint64 m_upcoming = 0; ///< Ann's call task due in two days
    qint64 m_bobsLead = 0;
    qint64 m_uncontacted = 0; ///< assigned to Ann ten days ago, never contacted
};

void TestTasksPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"leads.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_service = std::make_unique<LeadService>(m_db->connection());
    m_undo = std::make_unique<QUndoStack>();
    m_actions = std::make_unique<LeadActions>(*m_db, m_undo.get());
    m_actions->setActor(u"tester"_s);

    m_ann = makeUser(u"Ann Lee"_s, u"ann@example.com"_s);
    m_bob = makeUser(u"Bob Stone"_s, u"bob@example.com"_s);

    NurtureService nurture(m_db->connection());
    Sequence mail;
    mail.name = u"Welcome mail"_s;
    SequenceStep email;
    email.kind = SequenceStep::Kind::Email;
    email.subject = u"Hello {{first_name}}"_s;
    email.body = u"Thanks for your interest, {{first_name}}.\nRegards, {{owner_name}}"_s;
    mail.steps = {email};
    QVERIFY(nurture.createSequence(mail));
    Sequence call;
    call.name = u"Call back"_s;
    SequenceStep phone;
    phone.kind = SequenceStep::Kind::Call;
    phone.subject = u"Call {{first_name}} about the demo"_s;
    call.steps = {phone};
    QVERIFY(nurture.createSequence(call));

    m_overdueLead = makeLead(u"Olga"_s, m_ann);
    m_callToday = makeLead(u"Carl"_s, m_ann);
    m_emailToday = makeLead(u"Emma"_s, m_ann);
    m_upcoming = makeLead(u"Uma"_s, m_ann);
    m_bobsLead = makeLead(u"Berta"_s, m_bob);
    const struct
    {
        qint64 lead;
        QString sequence;
        QDateTime at;
    } enrolments[] {
        {m_overdueLead, mail.name, m_now.addDays(-3)},
        {m_callToday, call.name, m_now.addSecs(-2 * 3600)},
        {m_emailToday, mail.name, m_now.addSecs(-3600)},
        {m_upcoming, call.name, m_now.addDays(2)},
        {m_bobsLead, call.name, m_now.addSecs(-3600)},
    };
    for (const auto &e : enrolments) {
        auto enrolled = nurture.enrol(e.lead, e.sequence, u"tester"_s, e.at);
        QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().toString()));
    }
    // Steps become tasks when due: run them all, the upcoming one included.
    auto advanced = nurture.advance(m_now.addDays(2).addSecs(60));
    QVERIFY2(advanced, qPrintable(advanced ? QString() : advanced.error().toString()));
    QCOMPARE(advanced->tasksCreated, 5);

    // A lead given to Ann ten days ago that nobody has contacted since.
    m_uncontacted = makeLead(u"Nadia"_s, 0);
    Router router(m_db->connection());
    router.setNow(m_now.addDays(-10).toMSecsSinceEpoch());
    auto assigned = router.assign(m_uncontacted, m_ann, u"test"_s);
    QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().toString()));
}

void TestTasksPage::init()
{
    QSettings().remove(u"tasks"_s);
}

void TestTasksPage::defaultUserFromLogin()
{
    const QByteArray previous = qgetenv("USER");
    qputenv("USER", "bob");
    {
        TasksPage page(*m_db, m_actions.get());
        QCOMPARE(page.userId(), m_bob);
    }
    qputenv("USER", "nobody-we-know");
    {
        TasksPage page(*m_db, m_actions.get());
        QCOMPARE(page.userId(), m_ann); // the first user, by name
    }
    qputenv("USER", previous);
}

void TestTasksPage::remembersUser()
{
    {
        TasksPage page(*m_db, m_actions.get());
        page.setUserId(m_bob);
        QCOMPARE(QSettings().value(u"tasks/user"_s).toLongLong(), m_bob);
    }
    TasksPage page(*m_db, m_actions.get());
    QCOMPARE(page.userId(), m_bob);
    auto *combo = page.findChild<QComboBox *>(u"userCombo"_s);
    QVERIFY(combo);
    QVERIFY(combo->currentText().contains(u"Bob Stone"_s));
}

void TestTasksPage::tasksPerFilter_data()
{
    QTest::addColumn<TasksPage::Filter>("filter");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("today") << TasksPage::Filter::Today << QList<qint64> {m_callToday, m_emailToday};
    QTest::newRow("overdue") << TasksPage::Filter::Overdue << QList<qint64> {m_overdueLead};
    QTest::newRow("upcoming") << TasksPage::Filter::Upcoming << QList<qint64> {m_upcoming};
    QTest::newRow("all") << TasksPage::Filter::All
                         << QList<qint64> {m_overdueLead, m_callToday, m_emailToday, m_upcoming};
}

void TestTasksPage::tasksPerFilter()
{
    QFETCH(TasksPage::Filter, filter);
    QFETCH(QList<qint64>, expected);

    TasksPage page(*m_db, m_actions.get());
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setNow(m_now);
    page.setUserId(m_ann);
    page.setFilter(filter);
    page.refresh();
    QCOMPARE(page.filter(), filter);
    QCOMPARE(leadIds(page.model()), QSet<qint64>(expected.cbegin(), expected.cend()));
    // In due order, as the core lists them.
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->taskAt(row).leadId, expected.at(row));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const Task task = page.model()->taskAt(row);
        QCOMPARE(
            page.model()->index(row, TaskTableModel::LeadColumn).data().toString(), task.leadName);
        QCOMPARE(page.model()->index(row, TaskTableModel::KindColumn).data().toString(),
            TaskTableModel::kindLabel(task.kind));
        QVERIFY(page.model()
                    ->index(row, TaskTableModel::StepColumn)
                    .data()
                    .toString()
                    .contains(task.sequenceName));
    }
}

void TestTasksPage::overdueShownRed()
{
    auto page = makePage(TasksPage::Filter::All);
    const TaskTableModel *model = page->model();
    int overdueRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex due = model->index(row, TaskTableModel::DueColumn);
        const bool overdue = model->taskAt(row).leadId == m_overdueLead;
        QCOMPARE(due.data(TaskTableModel::OverdueRole).toBool(), overdue);
        if (overdue) {
            ++overdueRows;
            const QColor color = due.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(color.isValid());
            QVERIFY(color.red() > 150 && color.green() < 80 && color.blue() < 80);
            QVERIFY(due.data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(due.data(Qt::AccessibleTextRole).toString().contains(u"Overdue"_s));
        } else {
            QVERIFY(!due.data(Qt::ForegroundRole).isValid());
        }
    }
    QCOMPARE(overdueRows, 1);
    QCOMPARE(model->overdueCount(), 1);
    // Today's tasks say so.
    select(*page, m_callToday);
    QVERIFY(
        page->table()->currentIndex().siblingAtColumn(0).data().toString().startsWith(u"Today"_s));
}

void TestTasksPage::otherUsersTasksNotShown()
{
    auto page = makePage(TasksPage::Filter::All);
    QVERIFY(!leadIds(page->model()).contains(m_bobsLead));
    page->setUserId(m_bob);
    QCOMPARE(leadIds(page->model()), QSet<qint64> {m_bobsLead});
}

void TestTasksPage::enterOpensLead()
{
    auto page = makePage(TasksPage::Filter::Today);
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QSignalSpy opened(page.get(), &TasksPage::openLead);
    select(*page, m_emailToday);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_emailToday);
}

void TestTasksPage::overdueFirstContacts()
{
    auto page = makePage(TasksPage::Filter::Today);
    QListWidget *list = page->overdueList();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_uncontacted);
    QVERIFY(list->item(0)->text().contains(u"Nadia Tasker"_s));
    QSignalSpy opened(page.get(), &TasksPage::openLead);
    emit list->itemActivated(list->item(0));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_uncontacted);
    // Not Bob's.
    page->setUserId(m_bob);
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
}

qint64 TestTasksPage::countCalls(qint64 leadId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT COUNT(*) FROM touchpoints WHERE lead_id = ? AND type = 'call'"_s);
    query.addBindValue(leadId);
    if (!query.exec() || !query.next())
        qFatal("cannot count the calls");
    return query.value(0).toLongLong();
}

void TestTasksPage::leadMenuLogsAndGivesFeedback()
{
    auto page = makePage(TasksPage::Filter::All);
    select(*page, m_upcoming);
    auto *button = page->findChild<QPushButton *>(u"leadButton"_s);
    QVERIFY(button->isEnabled());
    QVERIFY(button->menu());
    // Log a meeting with the task's lead.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<LogTouchDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->typeBox()->currentData().toString(), u"meeting"_s);
        dialog->noteEdit()->setPlainText(u"Demo at their office"_s);
        dialog->logButton()->click();
    });
    QSignalSpy changed(page.get(), &TasksPage::leadChanged);
    button->menu()->findChild<QAction *>(u"log_meeting"_s)->trigger();
    QCOMPARE(changed.count(), 1);
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT COUNT(*) FROM touchpoints WHERE lead_id = ? AND type = 'meeting' AND "
                  "detail = 'Demo at their office'"_s);
    query.addBindValue(m_upcoming);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Recycle it from the same menu.
    select(*page, m_upcoming);
    QTimer::singleShot(0, this, [] {
        auto *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        dialog->findChild<QComboBox *>(u"reason"_s)->setEditText(u"Bad timing"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    button->menu()->findChild<QAction *>(u"recycleAction"_s)->trigger();
    QVERIFY2(page->message().contains(u"back with marketing"_s), qPrintable(page->message()));
    LeadService leads(m_db->connection());
    QCOMPARE(leads.get(m_upcoming)->stage(), Stage::Nurturing);
}

void TestTasksPage::completeRemovesFromToday()
{
    auto page = makePage(TasksPage::Filter::Today);
    QCOMPARE(page->model()->rowCount(), 2);
    select(*page, m_callToday);
    const qint64 taskId = page->model()->taskAt(page->table()->currentIndex().row()).id;
    auto *complete = page->findChild<QPushButton *>(u"completeButton"_s);
    QVERIFY(complete->isEnabled());
    // A call task asks how the call went and logs it; cancelled, the task stays open.
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<LogTouchDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    complete->click();
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->message().contains(u"stays open"_s));
    const qint64 callsBefore = countCalls(m_callToday);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<LogTouchDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->outcomeBox()->setEditText(u"connected"_s);
        dialog->logButton()->click();
    });
    QSignalSpy changed(page.get(), &TasksPage::leadChanged);
    complete->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(countCalls(m_callToday), callsBefore + 1);
    QVERIFY2(
        page->message().contains(u"the call (connected) is logged"_s), qPrintable(page->message()));
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(!leadIds(page->model()).contains(m_callToday));
    QVERIFY(!page->message().isEmpty());
    NurtureService nurture(m_db->connection());
    Result<Task> task = nurture.task(taskId);
    QVERIFY(task);
    QVERIFY(task->doneAt.isValid());
}

void TestTasksPage::composeOpensMailAndLogs()
{
    auto page = makePage(TasksPage::Filter::Today);
    QList<QUrl> opened;
    page->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    select(*page, m_emailToday);
    const qint64 taskId = page->model()->taskAt(page->table()->currentIndex().row()).id;
    auto *compose = page->findChild<QPushButton *>(u"composeButton"_s);
    QVERIFY(compose->isEnabled());
    compose->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().scheme(), u"mailto"_s);
    QCOMPARE(opened.first().path(), u"emma.tasker@example.com"_s);
    QCOMPARE(QUrlQuery(opened.first()).queryItemValue(u"subject"_s, QUrl::FullyDecoded),
        u"Hello Emma"_s);
    QVERIFY(!leadIds(page->model()).contains(m_emailToday));

    NurtureService nurture(m_db->connection());
    QVERIFY(nurture.task(taskId)->doneAt.isValid());
    TouchpointService touchpoints(m_db->connection());
    Result<QList<Touchpoint>> logged = touchpoints.list(m_emailToday);
    QVERIFY(logged);
    QVERIFY(std::any_of(logged->cbegin(), logged->cend(),
        [](const Touchpoint &t) { return t.type == u"email"_s; }));
}

void TestTasksPage::composeOnlyForEmail()
{
    auto page = makePage(TasksPage::Filter::All);
    bool called = false;
    page->setUrlOpener([&called](const QUrl &) {
        called = true;
        return true;
    });
    select(*page, m_upcoming); // a call
    auto *compose = page->findChild<QPushButton *>(u"composeButton"_s);
    QVERIFY(!compose->isEnabled());
    QVERIFY(!page->composeCurrent());
    QVERIFY(!called);
    // A mail client that does not open leaves the email task open.
    select(*page, m_overdueLead);
    QVERIFY(compose->isEnabled());
    page->setUrlOpener([](const QUrl &) { return false; });
    QVERIFY(!page->composeCurrent());
    QVERIFY(leadIds(page->model()).contains(m_overdueLead));
    QVERIFY(!page->message().isEmpty());
}

QTEST_MAIN(TestTasksPage)
#include "tst_taskspage.moc"
