#include "domain/lifecycle.h"
#include "leadactions.h"
#include "leads/leadservice.h"
#include "pipelineboard.h"
#include "routing/userservice.h"
#include "storage/database.h"
#include "testleads.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::Stage)

namespace {

constexpr int FixtureLeads = 160;

} // namespace

class TestPipelineBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void columnsInFunnelOrderClosedLast();
    void cardsMatchDatabaseCounts();
    void showMoreLoadsNextPage();
    void cardShowsLead();
    void dragMovesLead_data();
    void dragMovesLead();
    void columnsTakeOnlyAllowedDrags();
    void cancelledReasonLeavesCard();
    void sqlWithoutBantIsRefused();
    void foreignMimeIsRefused();
    void keyboardMovesCard_data();
    void keyboardMovesCard();
    void enterOpensLead();
    void ownerFilter();
    void refreshesOnUndo();

private:
    /// A lead in stage, with BANT filled (so SQL accepts it) unless bant is false.
    qint64 makeLead(Stage stage, bool bant = true, qint64 value = 250000)
    {
        LeadChanges changes {{LeadField::FirstName, u"Test"_s},
            {LeadField::LastName, u"Mover %1"_s.arg(++m_serial)},
            {LeadField::Company, u"Moving Co"_s}, {LeadField::Stage, stageKey(stage)},
            {LeadField::Value, value}, {LeadField::Currency, u"EUR"_s}};
        if (bant) {
            changes.append({LeadField::BantBudget, qint64(5000000)});
            changes.append({LeadField::BantAuthority, u"CFO signs"_s});
            changes.append({LeadField::BantNeed, u"Replace spreadsheets"_s});
            changes.append({LeadField::BantTimeline, u"Q3"_s});
        }
        Result<Lead> lead = m_service->create(changes);
        if (!lead)
            qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
        return lead->id();
    }
    qint64 count(Stage stage, std::optional<qint64> owner = std::nullopt)
    {
        LeadQuery query;
        query.stages = {stage};
        query.ownerId = owner;
        Result<qint64> n = m_service->count(query);
        if (!n)
            qFatal("cannot count: %s", qPrintable(n.error().toString()));
        return *n;
    }
    Stage stageOf(qint64 id)
    {
        Result<Lead> lead = m_service->get(id);
        if (!lead)
            qFatal("cannot read lead: %s", qPrintable(lead.error().toString()));
        return lead->stage();
    }
    /// The card of lead id in the board's column for stage, fetching pages until it shows.
    QModelIndex card(PipelineBoard &board, Stage stage, qint64 id)
    {
        PipelineColumnModel *model = board.columnModel(stage);
        while (model->rowOfLead(id) < 0 && model->canFetchMore({}))
            model->fetchMore({});
        const int row = model->rowOfLead(id);
        return row < 0 ? QModelIndex() : model->index(row);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadActions> m_actions;
    int m_serial = 0;
};

void TestPipelineBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"leads.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_service = std::make_unique<LeadService>(m_db->connection());
    const QString failed = test::createLeads(*m_service, test::makeLeadInputs(FixtureLeads));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // Deal values on every third lead, so column sums have something to add up.
    for (qint64 id = 1; id <= FixtureLeads; id += 3) {
        Result<Lead> lead = m_service->get(id);
        QVERIFY(lead);
        QVERIFY(m_service->update(
            id, lead->version(), {{LeadField::Value, id * 1000}, {LeadField::Currency, u"EUR"_s}}));
    }
    m_undo = std::make_unique<QUndoStack>();
    m_actions = std::make_unique<LeadActions>(*m_db, m_undo.get());
}

void TestPipelineBoard::init()
{
    // Closed columns start collapsed unless remembered otherwise; tests start from the default.
    QSettings().remove(u"pipeline"_s);
}

void TestPipelineBoard::columnsInFunnelOrderClosedLast()
{
    const QList<Stage> expected {Stage::New, Stage::Contacted, Stage::Mql, Stage::Sql,
        Stage::Opportunity, Stage::Nurturing, Stage::Won, Stage::Lost, Stage::Disqualified};
    QCOMPARE(PipelineBoard::boardStages(), expected);
    PipelineBoard board(*m_db, m_actions.get());
    for (Stage stage : expected) {
        QVERIFY(board.columnModel(stage));
        QVERIFY(board.columnWidget(stage));
        QVERIFY(!board.columnWidget(stage)->accessibleName().isEmpty());
        QVERIFY(!board.columnView(stage)->accessibleName().isEmpty());
    }
}

void TestPipelineBoard::cardsMatchDatabaseCounts()
{
    PipelineBoard board(*m_db, m_actions.get());
    for (Stage stage : PipelineBoard::boardStages()) {
        PipelineColumnModel *model = board.columnModel(stage);
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 inDb = count(stage);
        QVERIFY2(inDb > 0, qPrintable(stageKey(stage)));
        QCOMPARE(model->totalCount(), inDb);
        QCOMPARE(qint64(model->rowCount()), qMin<qint64>(inDb, model->pageSize()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            QCOMPARE(index.data(PipelineColumnModel::StageRole).toString(), stageKey(stage));
            QCOMPARE(stageOf(index.data(PipelineColumnModel::LeadIdRole).toLongLong()), stage);
        }
        // Best score first; unscored leads last.
        for (int row = 1; row < model->rowCount(); ++row) {
            const QVariant a = model->index(row - 1).data(PipelineColumnModel::ScoreRole);
            const QVariant b = model->index(row).data(PipelineColumnModel::ScoreRole);
            if (a.isNull())
                QVERIFY(b.isNull());
            else if (!b.isNull())
                QVERIFY(a.toLongLong() >= b.toLongLong());
        }
    }
}

void TestPipelineBoard::showMoreLoadsNextPage()
{
    PipelineBoard board(*m_db, m_actions.get());
    PipelineColumnModel *model = board.columnModel(Stage::New);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setPageSize(4);
    QVERIFY(model->reload(false));
    const qint64 inDb = count(Stage::New);
    QVERIFY(inDb > 8);
    QCOMPARE(model->rowCount(), 4);
    auto *more = board.columnWidget(Stage::New)->findChild<QPushButton *>(u"showMore"_s);
    QVERIFY(more);
    QVERIFY(!more->isHidden());
    more->click();
    QCOMPARE(model->rowCount(), 8);
    // A refresh keeps what "Show more" loaded.
    board.refresh();
    QCOMPARE(model->rowCount(), 8);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(qint64(model->rowCount()), inDb);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row).data(PipelineColumnModel::LeadIdRole).toLongLong());
    QCOMPARE(qint64(ids.size()), inDb);
    QVERIFY(more->isHidden());
}

void TestPipelineBoard::cardShowsLead()
{
    const qint64 id = makeLead(Stage::Opportunity, true, 1234500);
    PipelineBoard board(*m_db, m_actions.get());
    const QModelIndex index = card(board, Stage::Opportunity, id);
    QVERIFY(index.isValid());
    QCOMPARE(
        index.data(PipelineColumnModel::NameRole).toString(), u"Test Mover %1"_s.arg(m_serial));
    QCOMPARE(index.data(PipelineColumnModel::CompanyRole).toString(), u"Moving Co"_s);
    QCOMPARE(index.data(PipelineColumnModel::ValueMinorRole).toLongLong(), 1234500);
    QVERIFY(index.data(PipelineColumnModel::ValueRole).toString().contains(u"EUR"_s));
    QVERIFY(index.data(PipelineColumnModel::ValueRole).toString().contains(u"12"_s));
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"Moving Co"_s));
    QVERIFY(board.columnModel(Stage::Opportunity)->shownValue() >= 1234500);
}

void TestPipelineBoard::dragMovesLead_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("mql to sql") << Stage::Mql << Stage::Sql << true;
    QTest::newRow("new to contacted") << Stage::New << Stage::Contacted << true;
    QTest::newRow("sql to opportunity") << Stage::Sql << Stage::Opportunity << true;
    QTest::newRow("opportunity to won") << Stage::Opportunity << Stage::Won << true;
    QTest::newRow("sql to lost (reason)") << Stage::Sql << Stage::Lost << true;
    QTest::newRow("contacted to disqualified (reason)")
        << Stage::Contacted << Stage::Disqualified << true;
    QTest::newRow("lost to nurturing") << Stage::Lost << Stage::Nurturing << true;
    QTest::newRow("nurturing to mql") << Stage::Nurturing << Stage::Mql << true;
    QTest::newRow("mql to won: refused") << Stage::Mql << Stage::Won << false;
    QTest::newRow("won to new: refused") << Stage::Won << Stage::New << false;
    QTest::newRow("new to opportunity: refused") << Stage::New << Stage::Opportunity << false;
    QTest::newRow("mql to lost: refused") << Stage::Mql << Stage::Lost << false;
    QTest::newRow("disqualified to sql: refused") << Stage::Disqualified << Stage::Sql << false;
}

void TestPipelineBoard::dragMovesLead()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(bool, allowed);
    QCOMPARE(lifecycle::isAllowed(from, to), allowed);

    const qint64 id = makeLead(from);
    PipelineBoard board(*m_db, m_actions.get());
    QList<Stage> asked;
    board.setReasonProvider([&asked](Stage stage, const QStringList &choices) {
        asked.append(stage);
        return choices.isEmpty() ? std::optional<QString>() : std::optional(choices.first());
    });
    const qint64 fromBefore = count(from);
    const qint64 toBefore = count(to);
    QCOMPARE(board.columnModel(from)->totalCount(), fromBefore);

    const QModelIndex index = card(board, from, id);
    QVERIFY(index.isValid());
    std::unique_ptr<QMimeData> mime(board.columnModel(from)->mimeData({index}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(PipelineColumnModel::MimeType));

    QCOMPARE(board.canDrop(mime.get(), to), allowed);
    QCOMPARE(board.dropLeads(mime.get(), to), allowed);
    QCOMPARE(stageOf(id), allowed ? to : from);
    QCOMPARE(asked, allowed && lifecycle::requiresReason(to) ? QList<Stage> {to} : QList<Stage> {});
    if (allowed) {
        QVERIFY(board.message().isEmpty());
        QCOMPARE(board.columnModel(from)->totalCount(), fromBefore - 1);
        QCOMPARE(board.columnModel(to)->totalCount(), toBefore + 1);
        QVERIFY(!card(board, from, id).isValid());
        QVERIFY(card(board, to, id).isValid());
        if (lifecycle::requiresReason(to)) {
            Result<Lead> lead = m_service->get(id);
            QVERIFY(lead);
            if (to == Stage::Lost)
                QCOMPARE(lead->text(LeadField::LostReason), m_actions->reasonChoices(to).first());
        }
    } else {
        QVERIFY(!board.message().isEmpty());
        QCOMPARE(board.columnModel(from)->totalCount(), fromBefore);
        QCOMPARE(board.columnModel(to)->totalCount(), toBefore);
        QVERIFY(card(board, from, id).isValid());
    }
}

void TestPipelineBoard::columnsTakeOnlyAllowedDrags()
{
    // The drag and drop events as the window delivers them to the column under the pointer.
    const qint64 id = makeLead(Stage::Mql);
    PipelineBoard board(*m_db, m_actions.get());
    board.resize(2200, 800); // every column in view
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QWindow *window = board.windowHandle();
    QVERIFY(window);
    auto at = [&board](Stage stage) {
        QWidget *column = board.columnWidget(stage);
        return QPointF(column->mapTo(&board, QPoint(column->width() / 2, 30)));
    };
    const QModelIndex index = card(board, Stage::Mql, id);
    std::unique_ptr<QMimeData> mime(board.columnModel(Stage::Mql)->mimeData({index}));
    for (Stage stage : PipelineBoard::boardStages()) {
        QVERIFY(board.columnWidget(stage)->acceptDrops());
        QDragEnterEvent enter(
            at(stage).toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QCOMPARE(enter.isAccepted(), lifecycle::isAllowed(Stage::Mql, stage));
        QDragLeaveEvent leave;
        QApplication::sendEvent(window, &leave);
    }
    // Dropped on Disqualified: the reason is asked once the drag is over, then the card moves.
    QStringList offered;
    board.setReasonProvider([&offered](Stage, const QStringList &choices) {
        offered = choices;
        return std::optional(choices.value(0));
    });
    QDragEnterEvent enter(at(Stage::Disqualified).toPoint(), Qt::MoveAction, mime.get(),
        Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(
        at(Stage::Disqualified), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(stageOf(id), Stage::Mql);
    QTRY_COMPARE(stageOf(id), Stage::Disqualified);
    QCOMPARE(offered, m_actions->reasonChoices(Stage::Disqualified));
    QVERIFY(!offered.isEmpty());
    QVERIFY(card(board, Stage::Disqualified, id).isValid());
}

void TestPipelineBoard::cancelledReasonLeavesCard()
{
    const qint64 id = makeLead(Stage::Opportunity);
    PipelineBoard board(*m_db, m_actions.get());
    int asked = 0;
    board.setReasonProvider([&asked](Stage stage, const QStringList &choices) {
        ++asked;
        // Lost offers the qualification definition's reasons.
        return stage == Stage::Lost && !choices.isEmpty() ? std::optional<QString>()
                                                          : std::optional(u"wrong"_s);
    });
    const qint64 lostBefore = count(Stage::Lost);
    const QModelIndex index = card(board, Stage::Opportunity, id);
    std::unique_ptr<QMimeData> mime(board.columnModel(Stage::Opportunity)->mimeData({index}));
    QVERIFY(board.canDrop(mime.get(), Stage::Lost));
    QVERIFY(!board.dropLeads(mime.get(), Stage::Lost));
    QCOMPARE(asked, 1);
    QCOMPARE(stageOf(id), Stage::Opportunity);
    QVERIFY(card(board, Stage::Opportunity, id).isValid());
    QCOMPARE(board.columnModel(Stage::Lost)->totalCount(), lostBefore);
    // Cancelling is no error.
    QVERIFY(board.message().isEmpty());
}

void TestPipelineBoard::sqlWithoutBantIsRefused()
{
    const qint64 id = makeLead(Stage::Mql, false);
    PipelineBoard board(*m_db, m_actions.get());
    const QModelIndex index = card(board, Stage::Mql, id);
    std::unique_ptr<QMimeData> mime(board.columnModel(Stage::Mql)->mimeData({index}));
    // The lifecycle allows it, so the column takes the drag; the definition then refuses.
    QVERIFY(board.canDrop(mime.get(), Stage::Sql));
    QVERIFY(!board.dropLeads(mime.get(), Stage::Sql));
    QCOMPARE(stageOf(id), Stage::Mql);
    QVERIFY(card(board, Stage::Mql, id).isValid());
    QVERIFY(!board.message().isEmpty());
}

void TestPipelineBoard::foreignMimeIsRefused()
{
    PipelineBoard board(*m_db, m_actions.get());
    QMimeData text;
    text.setText(u"1"_s);
    QVERIFY(!board.canDrop(&text, Stage::Contacted));
    QVERIFY(!board.dropLeads(&text, Stage::Contacted));
    QMimeData broken;
    broken.setData(PipelineColumnModel::MimeType, "{\"from\":\"nowhere\",\"ids\":[1]}");
    QVERIFY(!board.canDrop(&broken, Stage::Contacted));
    QVERIFY(!PipelineColumnModel::decode(&broken));
}

void TestPipelineBoard::keyboardMovesCard_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<Stage>("expected");

    QTest::newRow("new, right") << Stage::New << int(Qt::Key_Right) << Stage::Contacted;
    QTest::newRow("mql, right") << Stage::Mql << int(Qt::Key_Right) << Stage::Sql;
    QTest::newRow("contacted, left: stays")
        << Stage::Contacted << int(Qt::Key_Left) << Stage::Contacted;
    QTest::newRow("nurturing, left") << Stage::Nurturing << int(Qt::Key_Left) << Stage::Sql;
    QTest::newRow("won, right: closed") << Stage::Won << int(Qt::Key_Right) << Stage::Won;
}

void TestPipelineBoard::keyboardMovesCard()
{
    QFETCH(Stage, from);
    QFETCH(int, key);
    QFETCH(Stage, expected);

    const qint64 id = makeLead(from);
    PipelineBoard board(*m_db, m_actions.get());
    board.resize(1280, 800);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QListView *view = board.columnView(from);
    if (!view->isVisible()) {
        auto *expand = board.columnWidget(from)->findChild<QAbstractButton *>(u"collapse"_s);
        QVERIFY(expand);
        expand->click();
    }
    const QModelIndex index = card(board, from, id);
    QVERIFY(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stageOf(id), expected);
    if (expected != from) {
        // The moved card stays current, in its new column.
        QListView *target = board.columnView(expected);
        QVERIFY(target->hasFocus());
        QCOMPARE(target->currentIndex().data(PipelineColumnModel::LeadIdRole).toLongLong(), id);
    } else {
        QVERIFY(!board.message().isEmpty());
    }
}

void TestPipelineBoard::enterOpensLead()
{
    PipelineBoard board(*m_db, m_actions.get());
    board.resize(1280, 800);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QSignalSpy opened(&board, &PipelineBoard::openLead);
    QListView *view = board.columnView(Stage::Contacted);
    const QModelIndex index = board.columnModel(Stage::Contacted)->index(0);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(),
        index.data(PipelineColumnModel::LeadIdRole).toLongLong());
}

void TestPipelineBoard::ownerFilter()
{
    UserService users(m_db->connection());
    User ann;
    ann.name = u"Ann Owner"_s;
    ann.email = u"ann.owner@example.com"_s;
    Result<User> added = users.add(ann);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    const qint64 first = makeLead(Stage::Contacted);
    const qint64 second = makeLead(Stage::Sql);
    for (qint64 id : {first, second}) {
        Result<Lead> lead = m_service->get(id);
        QVERIFY(m_service->update(id, lead->version(), {{LeadField::OwnerId, added->id}}));
    }
    PipelineBoard board(*m_db, m_actions.get());
    board.setOwnerFilter(added->id);
    for (Stage stage : PipelineBoard::boardStages())
        QCOMPARE(board.columnModel(stage)->totalCount(), count(stage, added->id));
    QCOMPARE(board.columnModel(Stage::Contacted)->rowCount(), 1);
    QCOMPARE(board.columnModel(Stage::Contacted)->index(0).data(PipelineColumnModel::OwnerRole),
        QVariant(u"Ann Owner"_s));
    board.setOwnerFilter(0);
    QCOMPARE(board.columnModel(Stage::Contacted)->totalCount(), count(Stage::Contacted));
}

void TestPipelineBoard::refreshesOnUndo()
{
    const qint64 id = makeLead(Stage::New);
    PipelineBoard board(*m_db, m_actions.get());
    const qint64 newBefore = board.columnModel(Stage::New)->totalCount();
    QVERIFY(board.moveLeads({id}, Stage::New, Stage::Contacted));
    QCOMPARE(board.columnModel(Stage::New)->totalCount(), newBefore - 1);
    m_undo->undo();
    QCOMPARE(stageOf(id), Stage::New);
    // leadChanged reaches the board; it reloads on the next turn of the event loop.
    QTRY_COMPARE(board.columnModel(Stage::New)->totalCount(), newBefore);
    QVERIFY(card(board, Stage::New, id).isValid());
}

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipelineboard.moc"
