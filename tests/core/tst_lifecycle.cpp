#include "domain/lifecycle.h"
#include "domain/stage.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::Stage)

namespace {

using S = Stage;

/// The lifecycle as lifecycle.h draws it, written out by hand: for each stage, where a lead in it
/// may go. The funnel moves forward up to SQL without stopping at every step (a hot lead can be
/// accepted by sales straight away), but never past SQL's BANT gate; lost is for sales-accepted
/// leads (SQL, opportunity); every open stage can be recycled to nurturing or disqualified; won
/// is final; lost and disqualified reopen only to nurturing.
const QHash<Stage, QSet<Stage>> &expectedTable()
{
    static const QHash<Stage, QSet<Stage>> table {
        {S::New, {S::Contacted, S::Mql, S::Sql, S::Nurturing, S::Disqualified}},
        {S::Contacted, {S::Mql, S::Sql, S::Nurturing, S::Disqualified}},
        {S::Mql, {S::Sql, S::Nurturing, S::Disqualified}},
        {S::Sql, {S::Opportunity, S::Lost, S::Nurturing, S::Disqualified}},
        {S::Opportunity, {S::Won, S::Lost, S::Nurturing, S::Disqualified}},
        {S::Won, {}},
        {S::Lost, {S::Nurturing}},
        {S::Nurturing, {S::Contacted, S::Mql, S::Sql, S::Disqualified}},
        {S::Disqualified, {S::Nurturing}},
    };
    return table;
}

const QList<Stage> &everyStage()
{
    static const QList<Stage> stages {S::New, S::Contacted, S::Mql, S::Sql, S::Opportunity, S::Won,
        S::Lost, S::Nurturing, S::Disqualified};
    return stages;
}

QString key(Stage stage)
{
    static const char *const keys[] = {"new", "contacted", "mql", "sql", "opportunity", "won",
        "lost", "nurturing", "disqualified"};
    return QString::fromLatin1(keys[int(stage)]);
}

} // namespace

/// lf::lifecycle: the allowed stage moves, whether a move needs a reason, and the refusal text.
class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void allowedTargetsInFunnelOrder_data();
    void allowedTargetsInFunnelOrder();
    void shapeOfTheLifecycle();
    void requiresReason_data();
    void requiresReason();
    void refusalNamesStagesAndWayOut_data();
    void refusalNamesStagesAndWayOut();
};

void TestLifecycle::everyPair_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("allowed");
    QCOMPARE(everyStage().size() * everyStage().size(), 81);
    for (Stage from : everyStage()) {
        for (Stage to : everyStage()) {
            QTest::addRow("%s→%s", qPrintable(key(from)), qPrintable(key(to)))
                << from << to << expectedTable().value(from).contains(to);
        }
    }
}

void TestLifecycle::everyPair()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(bool, allowed);
    QCOMPARE(lifecycle::isAllowed(from, to), allowed);
    QCOMPARE(lifecycle::allowedTargets(from).contains(to), allowed);
    if (!allowed) {
        // Every refused move has a message naming both stages.
        const QString message = lifecycle::refusal(from, to);
        QVERIFY2(message.contains(stageLabel(from)), qPrintable(message));
        QVERIFY2(message.contains(stageLabel(to)), qPrintable(message));
    }
}

void TestLifecycle::allowedTargetsInFunnelOrder_data()
{
    QTest::addColumn<Stage>("from");
    for (Stage from : everyStage())
        QTest::addRow("%s", qPrintable(key(from))) << from;
}

void TestLifecycle::allowedTargetsInFunnelOrder()
{
    QFETCH(Stage, from);
    QList<Stage> expected;
    for (Stage to : everyStage()) {
        if (expectedTable().value(from).contains(to))
            expected << to;
    }
    // Exactly the table's targets, each once, in funnel order (as allStages lists them).
    QCOMPARE(lifecycle::allowedTargets(from), expected);
}

void TestLifecycle::shapeOfTheLifecycle()
{
    for (Stage stage : everyStage()) {
        // No move to the stage a lead is already in.
        QVERIFY2(!lifecycle::isAllowed(stage, stage), qPrintable(key(stage)));
        // Nothing goes back to new.
        QVERIFY2(!lifecycle::isAllowed(stage, S::New), qPrintable(key(stage)));
        // Every open stage can be recycled or disqualified.
        if (!isClosedStage(stage)) {
            if (stage != S::Nurturing)
                QVERIFY2(lifecycle::isAllowed(stage, S::Nurturing), qPrintable(key(stage)));
            QVERIFY2(lifecycle::isAllowed(stage, S::Disqualified), qPrintable(key(stage)));
        } else {
            // A closed stage only reopens to nurturing.
            for (Stage to : lifecycle::allowedTargets(stage))
                QCOMPARE(to, S::Nurturing);
        }
    }
    QVERIFY(lifecycle::allowedTargets(S::Won).isEmpty());
    // Won only from opportunity; lost only from SQL or opportunity.
    for (Stage from : everyStage()) {
        QCOMPARE(lifecycle::isAllowed(from, S::Won), from == S::Opportunity);
        QCOMPARE(lifecycle::isAllowed(from, S::Lost), from == S::Sql || from == S::Opportunity);
        QCOMPARE(lifecycle::isAllowed(from, S::Opportunity), from == S::Sql);
    }
}

void TestLifecycle::requiresReason_data()
{
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("required");
    for (Stage to : everyStage())
        QTest::addRow("%s", qPrintable(key(to))) << to << (to == S::Lost || to == S::Disqualified);
}

void TestLifecycle::requiresReason()
{
    QFETCH(Stage, to);
    QFETCH(bool, required);
    QCOMPARE(lifecycle::requiresReason(to), required);
}

void TestLifecycle::refusalNamesStagesAndWayOut_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QStringList>("ways");

    QTest::newRow("won is final") << S::Won << S::Contacted << QStringList();
    QTest::newRow("no skipping to opportunity")
        << S::New << S::Opportunity
        << QStringList {u"Contacted"_s, u"Marketing qualified"_s, u"Sales qualified"_s,
               u"Nurturing"_s, u"Disqualified"_s};
    QTest::newRow("lost only reopens") << S::Lost << S::Sql << QStringList {u"Nurturing"_s};
    QTest::newRow("mql cannot be lost")
        << S::Mql << S::Lost
        << QStringList {u"Sales qualified"_s, u"Nurturing"_s, u"Disqualified"_s};
    QTest::newRow("disqualified cannot be won")
        << S::Disqualified << S::Won << QStringList {u"Nurturing"_s};
}

void TestLifecycle::refusalNamesStagesAndWayOut()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QStringList, ways);
    const QString message = lifecycle::refusal(from, to);
    QVERIFY2(message.contains(stageLabel(from)), qPrintable(message));
    QVERIFY2(message.contains(stageLabel(to)), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    // The way out: the part after the last colon lists exactly the allowed targets.
    const QString tail = message.section(u':', -1);
    for (Stage stage : everyStage()) {
        const bool listed = tail.contains(stageLabel(stage));
        QVERIFY2(listed == ways.contains(stageLabel(stage)),
            qPrintable(u"%1 in \"%2\""_s.arg(stageLabel(stage), message)));
    }
    // The same list lifecycle gives, in its order.
    QStringList labels;
    for (Stage stage : lifecycle::allowedTargets(from))
        labels << stageLabel(stage);
    QCOMPARE(labels, ways);
    if (ways.isEmpty())
        QVERIFY2(!tail.trimmed().isEmpty() && tail.trimmed() != u"."_s, qPrintable(message));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
