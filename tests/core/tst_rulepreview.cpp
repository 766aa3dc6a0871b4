#include "leads/leadservice.h"
#include "scoring/qualification.h"
#include "scoring/rulepreview.h"
#include "scoring/scorer.h"
#include "scoring/scoringrule.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

constexpr qint64 Day = 86'400'000;
/// The fixed clock: 2026-03-01T12:00:00Z.
const qint64 Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

ScoringRule fitRule(const QString &name, const QString &attribute, ScoringRule::Operator op,
    QStringList values, std::optional<double> min, std::optional<double> max, int points)
{
    ScoringRule rule;
    rule.kind = ScoringRule::Kind::Fit;
    rule.name = name;
    rule.attribute = attribute;
    rule.op = op;
    rule.values = std::move(values);
    rule.min = min;
    rule.max = max;
    rule.points = points;
    return rule;
}

ScoringRule engagementRule(const QString &name, const QString &type, int points,
    std::optional<int> cap = {}, std::optional<double> halfLife = {})
{
    ScoringRule rule;
    rule.kind = ScoringRule::Kind::Engagement;
    rule.name = name;
    rule.attribute = u"type"_s;
    rule.op = ScoringRule::Operator::In;
    rule.values = {type};
    rule.points = points;
    rule.cap = cap;
    rule.halfLifeDays = halfLife;
    return rule;
}

/// What a proposal does to the fixture's rules (looked up by name).
enum class Change { None, AddCountry, Industry5, RemoveDemo, WebinarCap20, DisableSize, DemoDecay };

} // namespace

Q_DECLARE_METATYPE(Change)

/// The fixture, worked out by hand. Qualification: MQL at 30, grades A >= 20, B >= 10, C >= 5.
/// Rules (current):
///   industry in Software +15; employee_count 50..500 +10 (fit)
///   type demo_request +20, no decay, no cap; type webinar +5 capped at 10 (engagement)
/// Leads:
///   L1 Software, 100 employees, demo 10 days ago       fit 25 A, eng 20, score 45 (MQL)
///   L2 Software, 10 employees, DE, 3 webinars          fit 15 B, eng 10 (cap), score 25
///   L3 Retail, 200 employees                           fit 10 B, eng 0, score 10
///   L4 no industry, DE, demo 10 days ago + 1 webinar   fit 0 D, eng 25, score 25
///   L5 Software, 100 employees, demo — deleted: never counted
class TestRulePreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void compare_data();
    void compare();
    void sameRulesMoveNothing();
    void withAndWithoutRule();
    void textSaysWhatMoves();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 addLead(const LeadChanges &changes);
    void addTouch(qint64 leadId, const QString &type, qint64 at);
    ScoringRule rule(const QString &name) const;
    /// Stored score and grade of every lead that is not deleted, by id.
    QMap<qint64, std::pair<int, QString>> storedScores() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<ScoringRule> m_rules;
};

void TestRulePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRulePreview::init()
{
    static int counter = 0;
    auto opened = Database::open(m_dir.filePath(u"preview-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(*opened);

    QualificationDefinition definition = QualificationDefinition::shipped();
    definition.mqlThreshold = 30;
    definition.autoMql = false;
    definition.gradeA = 20;
    definition.gradeB = 10;
    definition.gradeC = 5;
    QVERIFY(QualificationStore(db()).save(definition, u"tester"_s));

    const QList<ScoringRule> rules {
        fitRule(
            u"Software"_s, u"industry"_s, ScoringRule::Operator::In, {u"Software"_s}, {}, {}, 15),
        fitRule(u"Size"_s, u"employee_count"_s, ScoringRule::Operator::Range, {}, 50.0, 500.0, 10),
        engagementRule(u"Demo"_s, u"demo_request"_s, 20),
        engagementRule(u"Webinar"_s, u"webinar"_s, 5, 10),
    };
    QJsonArray array;
    for (const ScoringRule &r : rules)
        array.append(r.toJson());
    auto imported = ScoringRuleStore(db()).importJson(QJsonObject {
        {u"format"_s, u"leadflow-scoring-rules"_s}, {u"version"_s, 1}, {u"rules"_s, array}});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    auto listed = ScoringRuleStore(db()).list();
    QVERIFY(listed);
    m_rules = *listed;
    QCOMPARE(m_rules.size(), 4);

    const qint64 l1 = addLead({{LeadField::Company, u"One"_s}, {LeadField::Industry, u"Software"_s},
        {LeadField::Employees, u"100"_s}});
    const qint64 l2 = addLead({{LeadField::Company, u"Two"_s}, {LeadField::Industry, u"Software"_s},
        {LeadField::Employees, u"10"_s}, {LeadField::Country, u"DE"_s}});
    addLead({{LeadField::Company, u"Three"_s}, {LeadField::Industry, u"Retail"_s},
        {LeadField::Employees, u"200"_s}});
    const qint64 l4 = addLead({{LeadField::Company, u"Four"_s}, {LeadField::Country, u"DE"_s}});
    const qint64 l5 = addLead({{LeadField::Company, u"Five"_s},
        {LeadField::Industry, u"Software"_s}, {LeadField::Employees, u"100"_s}});
    addTouch(l1, u"demo_request"_s, Now - 10 * Day);
    for (int i = 1; i <= 3; ++i)
        addTouch(l2, u"webinar"_s, Now - i * Day);
    addTouch(l4, u"demo_request"_s, Now - 10 * Day);
    addTouch(l4, u"webinar"_s, Now - 2 * Day);
    addTouch(l5, u"demo_request"_s, Now - 1 * Day);
    LeadService leads(db());
    QVERIFY(leads.remove(l5));

    // The stored scores (used when engagement rules do not change) are current.
    ScoringService scoring(db());
    scoring.setNow(Now);
    ScoringService::distrustEngagementStates(db());
    QVERIFY(scoring.rescoreAll());
    QSqlQuery query(db());
    QVERIFY(query.exec(u"SELECT score FROM leads WHERE deleted_at IS NULL ORDER BY id"_s));
    QList<int> scores;
    while (query.next())
        scores << query.value(0).toInt();
    QCOMPARE(scores, (QList<int> {45, 25, 10, 25}));
}

void TestRulePreview::cleanup()
{
    m_db.reset();
}

qint64 TestRulePreview::addLead(const LeadChanges &changes)
{
    LeadService leads(db());
    auto lead = leads.create(changes);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return lead->id();
}

void TestRulePreview::addTouch(qint64 leadId, const QString &type, qint64 at)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO touchpoints (lead_id, type, occurred_at, created_at) "
                  "VALUES (?, ?, ?, 0)"_s);
    query.addBindValue(leadId);
    query.addBindValue(type);
    query.addBindValue(at);
    if (!query.exec())
        qFatal("touchpoint insert failed: %s", qPrintable(databaseError(query, {}).toString()));
}

ScoringRule TestRulePreview::rule(const QString &name) const
{
    for (const ScoringRule &r : m_rules) {
        if (r.name == name)
            return r;
    }
    qFatal("no rule %s", qPrintable(name));
}

void TestRulePreview::compare_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<qint64>("scoreChanged");
    QTest::addColumn<qint64>("gradeChanged");
    QTest::addColumn<qint64>("becomeMql");
    QTest::addColumn<qint64>("fallBelowMql");
    QTest::addColumn<qint64>("moved");
    QTest::addColumn<double>("mean");
    QTest::addColumn<bool>("readTouchpoints");

    // + country in DE +5: L2 fit 20 (B→A), score 30 (becomes MQL); L4 fit 5 (D→C), score 30
    // (becomes MQL). Mean (5 + 5) / 4.
    QTest::newRow("add fit rule") << Change::AddCountry << 2LL << 2LL << 2LL << 0LL << 2LL << 2.5
                                  << false;
    // Software 15 → 5: L1 fit 15 (A→B), score 35 (stays MQL); L2 fit 5 (B→C), score 15.
    // Mean (-10 - 10) / 4.
    QTest::newRow("change fit points")
        << Change::Industry5 << 2LL << 2LL << 0LL << 0LL << 2LL << -5.0 << false;
    // Without Demo: L1 score 25 (falls below MQL, grade is fit only so stays A); L4 score 5.
    // Mean (-20 - 20) / 4.
    QTest::newRow("remove engagement rule")
        << Change::RemoveDemo << 2LL << 0LL << 0LL << 1LL << 1LL << -10.0 << true;
    // Webinar cap 10 → 20: L2 eng 15, score 30 (becomes MQL); L4's one webinar is under either
    // cap. Mean 5 / 4.
    QTest::newRow("change cap") << Change::WebinarCap20 << 1LL << 0LL << 1LL << 0LL << 1LL << 1.25
                                << true;
    // Size disabled: L1 fit 15 (A→B), score 35 (stays MQL); L3 fit 0 (B→D), score 0; L2 has 10
    // employees, never matched. Mean (-10 - 10) / 4.
    QTest::newRow("disable fit rule")
        << Change::DisableSize << 2LL << 2LL << 0LL << 0LL << 2LL << -5.0 << false;
    // Demo with a 10-day half-life: both demos are 10 days old and count 10 instead of 20. L1 45 →
    // 35 (stays MQL), L4 25 → 15. Nothing crosses, grades are fit only. Mean (-10 - 10) / 4.
    QTest::newRow("add decay") << Change::DemoDecay << 2LL << 0LL << 0LL << 0LL << 0LL << -5.0
                               << true;
}

void TestRulePreview::compare()
{
    QFETCH(Change, change);
    QFETCH(qint64, scoreChanged);
    QFETCH(qint64, gradeChanged);
    QFETCH(qint64, becomeMql);
    QFETCH(qint64, fallBelowMql);
    QFETCH(qint64, moved);
    QFETCH(double, mean);
    QFETCH(bool, readTouchpoints);

    QList<ScoringRule> proposed;
    switch (change) {
    case Change::None:
        proposed = m_rules;
        break;
    case Change::AddCountry:
        proposed = RulePreview::withRule(m_rules,
            fitRule(u"Germany"_s, u"country"_s, ScoringRule::Operator::In, {u"DE"_s}, {}, {}, 5));
        break;
    case Change::Industry5: {
        ScoringRule r = rule(u"Software"_s);
        r.points = 5;
        proposed = RulePreview::withRule(m_rules, r);
        break;
    }
    case Change::RemoveDemo:
        proposed = RulePreview::withoutRule(m_rules, rule(u"Demo"_s).id);
        break;
    case Change::WebinarCap20: {
        ScoringRule r = rule(u"Webinar"_s);
        r.cap = 20;
        proposed = RulePreview::withRule(m_rules, r);
        break;
    }
    case Change::DisableSize: {
        ScoringRule r = rule(u"Size"_s);
        r.enabled = false;
        proposed = RulePreview::withRule(m_rules, r);
        break;
    }
    case Change::DemoDecay: {
        ScoringRule r = rule(u"Demo"_s);
        r.halfLifeDays = 10;
        proposed = RulePreview::withRule(m_rules, r);
        break;
    }
    }

    RulePreview preview(db());
    preview.setNow(Now);
    Progress progress;
    qint64 reported = 0;
    progress.report = [&reported](qint64 done, qint64) {
        reported = done;
    };
    auto impact = preview.compare(m_rules, proposed, &progress);
    QVERIFY2(impact, qPrintable(impact ? QString() : impact.error().toString()));
    QCOMPARE(impact->leads, 4); // the deleted lead is left out
    QCOMPARE(reported, 4);
    QCOMPARE(impact->scoreChanged, scoreChanged);
    QCOMPARE(impact->gradeChanged, gradeChanged);
    QCOMPARE(impact->becomeMql, becomeMql);
    QCOMPARE(impact->fallBelowMql, fallBelowMql);
    QCOMPARE(impact->moved, moved);
    QCOMPARE(impact->meanScoreChange, mean);
    QCOMPARE(impact->readTouchpoints, readTouchpoints);
    // Seven touchpoints in all, the deleted lead's one included (read, then matched to no lead).
    QCOMPARE(impact->touchpoints, readTouchpoints ? 7 : 0);

    // Nothing was written: the stored scores are as before.
    const QMap<qint64, std::pair<int, QString>> before = storedScores();
    int sumBefore = 0;
    for (const auto &[score, grade] : before)
        sumBefore += score;
    QCOMPARE(sumBefore, 45 + 25 + 10 + 25);

    // The preview agrees with what rescoring under the proposal then stores.
    QJsonArray array;
    for (const ScoringRule &r : std::as_const(proposed))
        array.append(r.toJson());
    QVERIFY(ScoringRuleStore(db()).importJson(QJsonObject {
        {u"format"_s, u"leadflow-scoring-rules"_s}, {u"version"_s, 1}, {u"rules"_s, array}}));
    ScoringService scoring(db());
    scoring.setNow(Now);
    QVERIFY(scoring.rescoreAll());
    const QMap<qint64, std::pair<int, QString>> after = storedScores();
    QCOMPARE(after.size(), before.size());
    qint64 grades = 0, up = 0, down = 0, changedScores = 0;
    int sumAfter = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto &[was, wasGrade] = it.value();
        const auto &[will, willGrade] = after.value(it.key());
        grades += wasGrade != willGrade ? 1 : 0;
        up += was < 30 && will >= 30 ? 1 : 0;
        down += was >= 30 && will < 30 ? 1 : 0;
        changedScores += was != will ? 1 : 0;
        sumAfter += will;
    }
    QCOMPARE(grades, impact->gradeChanged);
    QCOMPARE(up, impact->becomeMql);
    QCOMPARE(down, impact->fallBelowMql);
    QCOMPARE(changedScores, impact->scoreChanged);
    QCOMPARE(double(sumAfter - sumBefore) / double(before.size()), impact->meanScoreChange);
}

QMap<qint64, std::pair<int, QString>> TestRulePreview::storedScores() const
{
    QMap<qint64, std::pair<int, QString>> scores;
    QSqlQuery query(db());
    if (!query.exec(u"SELECT id, score, grade FROM leads WHERE deleted_at IS NULL"_s))
        qFatal("cannot read the scores");
    while (query.next())
        scores.insert(
            query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toString()});
    return scores;
}

void TestRulePreview::sameRulesMoveNothing()
{
    RulePreview preview(db());
    preview.setNow(Now);
    auto impact = preview.compare(m_rules, m_rules);
    QVERIFY(impact);
    QCOMPARE(impact->leads, 4);
    QCOMPARE(impact->moved, 0);
    QCOMPARE(impact->scoreChanged, 0);
    QCOMPARE(impact->meanScoreChange, 0.0);
    QVERIFY(!impact->readTouchpoints);

    // A renamed engagement rule counts the same touchpoints: no touchpoint is read.
    ScoringRule renamed = rule(u"Demo"_s);
    renamed.name = u"Demo requests"_s;
    auto again = preview.compare(m_rules, RulePreview::withRule(m_rules, renamed));
    QVERIFY(again);
    QVERIFY(!again->readTouchpoints);
    QCOMPARE(again->moved, 0);
}

void TestRulePreview::withAndWithoutRule()
{
    ScoringRule changed = rule(u"Size"_s);
    changed.points = 99;
    const QList<ScoringRule> replaced = RulePreview::withRule(m_rules, changed);
    QCOMPARE(replaced.size(), 4);
    QCOMPARE(replaced[1].points, 99);
    ScoringRule added = changed;
    added.id = 0;
    QCOMPARE(RulePreview::withRule(m_rules, added).size(), 5);
    const QList<ScoringRule> removed = RulePreview::withoutRule(m_rules, changed.id);
    QCOMPARE(removed.size(), 3);
    for (const ScoringRule &r : removed)
        QVERIFY(r.id != changed.id);
}

void TestRulePreview::textSaysWhatMoves()
{
    RuleImpact impact;
    impact.leads = 10;
    impact.moved = 3;
    impact.gradeChanged = 2;
    impact.becomeMql = 1;
    impact.fallBelowMql = 0;
    impact.meanScoreChange = 1.5;
    QCOMPARE(impact.toText(),
        u"This change would move 3 leads: 2 change grade, 1 become MQL, 0 fall below MQL. Mean "
        "score change +1.5 over 10 leads."_s);
    impact.moved = 1;
    impact.leads = 1;
    impact.meanScoreChange = -2;
    QCOMPARE(impact.toText(),
        u"This change would move 1 lead: 2 change grade, 1 become MQL, 0 fall below MQL. Mean "
        "score change -2.0 over 1 lead."_s);
}

QTEST_APPLESS_MAIN(TestRulePreview)
#include "tst_rulepreview.moc"
