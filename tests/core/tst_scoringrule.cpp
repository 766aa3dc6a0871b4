#include "scoring/scoringrule.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!document.isObject())
        qFatal("bad JSON in test data: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

/// A rule built field by field, without going through fromJson (the route under test).
ScoringRule makeRule(ScoringRule::Kind kind, const QString &name, const QString &attribute,
    ScoringRule::Operator op, int points)
{
    ScoringRule rule;
    rule.kind = kind;
    rule.name = name;
    rule.attribute = attribute;
    rule.op = op;
    rule.points = points;
    return rule;
}

} // namespace

class TestScoringRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedRules();
    void keysRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void validateRejects_data();
    void validateRejects();
    void fromJsonAccepts_data();
    void fromJsonAccepts();
    void condition_data();
    void condition();
    void fieldIsByKeyOnly_data();
    void fieldIsByKeyOnly();
    void addGetUpdateRemove();
    void storeRejectsInvalidAndKeepsRules();
    void exportImportRoundTrip();
    void importReplacesEveryRule();
    void importRejectsMalformed_data();
    void importRejectsMalformed();

private:
    int ruleCount() const;
    QByteArray storedRows() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScoringRuleStore> m_store;
};

void TestScoringRule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestScoringRule::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"rules-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_store = std::make_unique<ScoringRuleStore>(m_db->connection());
}

void TestScoringRule::cleanup()
{
    m_store.reset();
    m_db.reset();
}

int TestScoringRule::ruleCount() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM scoring_rules"_s) || !query.next())
        qFatal("cannot count rules");
    return query.value(0).toInt();
}

/// Every stored column of every rule, as text, to compare before and after.
QByteArray TestScoringRule::storedRows() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT id, position, kind, name, attribute, operator, arguments, points, "
                    "cap, half_life_days, enabled, created_at, updated_at FROM scoring_rules "
                    "ORDER BY id"_s))
        qFatal("cannot read rules");
    QByteArray out;
    while (query.next()) {
        for (int i = 0; i < 13; ++i)
            out += (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString()).toUtf8() + '|';
        out += '\n';
    }
    return out;
}

void TestScoringRule::shippedRules()
{
    // Schema v2 ships 22 rules: 9 fit rules (positions 1-9), 13 engagement rules (10-22).
    auto rules = m_store->list();
    QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().toString()));
    QCOMPARE(rules->size(), 22);
    int fit = 0;
    int previousPosition = 0;
    for (qsizetype i = 0; i < rules->size(); ++i) {
        const ScoringRule &rule = rules->at(i);
        QVERIFY2(rule.validate(), qPrintable(rule.name));
        QVERIFY(rule.enabled);
        QVERIFY(rule.id > 0);
        // list(): fit rules first, then in position order.
        if (rule.kind == ScoringRule::Kind::Fit) {
            ++fit;
            QCOMPARE(i, qsizetype(fit - 1));
            QVERIFY(rule.field().has_value());
        } else {
            QVERIFY(rule.cap.has_value());
        }
        QVERIFY(rule.position > previousPosition);
        previousPosition = rule.position;
    }
    QCOMPARE(fit, 9);

    const auto find = [&](const QString &name) {
        for (const ScoringRule &rule : std::as_const(*rules)) {
            if (rule.name == name)
                return rule;
        }
        qFatal("no shipped rule %s", qPrintable(name));
    };
    const ScoringRule demo = find(u"Asked for a demo"_s);
    QCOMPARE(demo.kind, ScoringRule::Kind::Engagement);
    QCOMPARE(demo.attribute, u"type"_s);
    QCOMPARE(demo.values, QStringList {u"demo_request"_s});
    QCOMPARE(demo.points, 30);
    QCOMPARE(demo.cap, std::optional<int>(30));
    QCOMPARE(demo.halfLifeDays, std::optional<double>(60.0));

    const ScoringRule unsubscribed = find(u"Unsubscribed"_s);
    QCOMPARE(unsubscribed.points, -30);
    QCOMPARE(unsubscribed.cap, std::optional<int>(30));
    QVERIFY(!unsubscribed.halfLifeDays);

    const ScoringRule size = find(u"Company of 51 to 1,000 people"_s);
    QCOMPARE(size.op, ScoringRule::Operator::Range);
    QCOMPARE(size.min, std::optional<double>(51));
    QCOMPARE(size.max, std::optional<double>(1000));
    QCOMPARE(size.field(), std::optional<LeadField>(LeadField::EmployeeCount));

    const ScoringRule revenue = find(u"Revenue of 10 million or more"_s);
    QCOMPARE(revenue.op, ScoringRule::Operator::AtLeast);
    QCOMPARE(revenue.min, std::optional<double>(10'000'000));

    const ScoringRule title = find(u"Decision maker"_s);
    QCOMPARE(title.op, ScoringRule::Operator::Matches);
    QVERIFY(title.pattern.startsWith(u"\\b(ceo|"_s));
    QVERIFY(QRegularExpression(title.pattern).isValid());
}

void TestScoringRule::keysRoundTrip()
{
    for (auto kind : {ScoringRule::Kind::Fit, ScoringRule::Kind::Engagement}) {
        QCOMPARE(ScoringRule::kindFromString(ScoringRule::kindKey(kind)), kind);
        QCOMPARE(ScoringRule::kindFromString(ScoringRule::kindKey(kind).toUpper()), kind);
    }
    QCOMPARE(ScoringRule::kindKey(ScoringRule::Kind::Fit), u"fit"_s);
    QCOMPARE(ScoringRule::kindKey(ScoringRule::Kind::Engagement), u"engagement"_s);
    QVERIFY(!ScoringRule::kindFromString(u"implicit"));

    const QStringList keys {u"in"_s, u"range"_s, u"at_least"_s, u"matches"_s, u"present"_s};
    QSet<int> seen;
    for (const QString &key : keys) {
        const auto op = ScoringRule::operatorFromString(key);
        QVERIFY2(op, qPrintable(key));
        QCOMPARE(ScoringRule::operatorKey(*op), key);
        seen.insert(int(*op));
    }
    QCOMPARE(seen.size(), 5);
    QVERIFY(!ScoringRule::operatorFromString(u"between"));
    QVERIFY(!ScoringRule::operatorFromString(u""));
}

// --- invalid rules -------------------------------------------------------------------------------

void TestScoringRule::fromJsonRejects_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("field"); // Error::field: the part of the rule that is wrong
    QTest::addColumn<QString>("message"); // a fragment the message must contain

    // Problems only the JSON form can have.
    QTest::newRow("unknown kind") << parse(R"({"kind": "implicit", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5})")
                                  << u"kind"_s << u"kind must be"_s;
    QTest::newRow("no kind") << parse(R"({"name": "X", "attribute": "type", "values": ["call"],
        "points": 5})") << u"kind"_s
                             << u"kind must be"_s;
    QTest::newRow("unknown operator") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "between", "values": ["a"], "points": 5})")
                                      << u"operator"_s << u"operator must be one of"_s;
    QTest::newRow("fractional points") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["a"], "points": 2.5})")
                                       << u"points"_s << u"whole number"_s;
    QTest::newRow("points as text") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["a"], "points": "5"})")
                                    << u"points"_s << u"whole number"_s;
    QTest::newRow("no points") << parse(R"({"kind": "fit", "name": "X", "attribute": "industry",
        "values": ["a"]})") << u"points"_s
                               << u"whole number"_s;
    QTest::newRow("only blank values") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "in", "values": ["  ", ""], "points": 5})")
                                       << u"values"_s << u"at least one value"_s;
    QTest::newRow("huge points") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["a"], "points": 1e12})")
                                 << u"points"_s << u"between -1000 and 1000"_s;
    // A number given as text must not read as "none" (no cap, no decay, an open range).
    QTest::newRow("cap as text") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "cap": "30"})")
                                 << u"cap"_s << u"cap must be a number"_s;
    QTest::newRow("fractional cap") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "cap": 2.5})")
                                    << u"cap"_s << u"cap must be a whole number"_s;
    QTest::newRow("half-life as text") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "half_life_days": "30"})")
                                       << u"half_life_days"_s << u"must be a number"_s;
    QTest::newRow("min as text") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "min": "51", "max": 1000,
        "points": 5})") << u"min"_s
                                 << u"min must be a number"_s;
    QTest::newRow("enabled as text") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["a"], "points": 5, "enabled": "no"})")
                                     << u"enabled"_s << u"true or false"_s;
}

void TestScoringRule::fromJsonRejects()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto parsed = ScoringRule::fromJson(rule);
    QVERIFY2(!parsed, pretty(rule).constData());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"\"X\""_s), qPrintable(parsed.error().message));
}

void TestScoringRule::validateRejects_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    // Where a lead stands is not who it is; a stage change does not rescore.
    QTest::newRow("fit on the stage") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "stage", "operator": "in", "values": ["nurturing"], "points": -5})")
                                      << u"attribute"_s << u"not who it is"_s;
    QTest::newRow("fit on the closing time") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "closed_at", "operator": "present", "points": -5})")
                                             << u"attribute"_s << u"not who it is"_s;
    QTest::newRow("zero points") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "in", "values": ["Software"], "points": 0})")
                                 << u"points"_s << u"must not be 0"_s;
    QTest::newRow("1001 points") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "in", "values": ["Software"], "points": 1001})")
                                 << u"points"_s << u"between -1000 and 1000"_s;
    QTest::newRow("-1001 points") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "operator": "in", "values": ["call"], "points": -1001})")
                                  << u"points"_s << u"between -1000 and 1000"_s;
    QTest::newRow("blank name") << parse(R"({"kind": "fit", "name": "  ",
        "attribute": "industry", "operator": "in", "values": ["Software"], "points": 5})")
                                << u"name"_s << u"needs a name"_s;
    QTest::newRow("engagement rule on a lead field") << parse(R"({"kind": "engagement",
        "name": "X", "attribute": "industry", "operator": "in", "values": ["Software"],
        "points": 5})") << u"attribute"_s << u"type, channel or campaign"_s;
    QTest::newRow("engagement attribute in capitals") << parse(R"({"kind": "engagement",
        "name": "X", "attribute": "Type", "operator": "in", "values": ["call"], "points": 5})")
                                                      << u"attribute"_s << u"not \"Type\""_s;
    QTest::newRow("engagement rule without values") << parse(R"({"kind": "engagement",
        "name": "X", "attribute": "type", "operator": "in", "points": 5})")
                                                    << u"values"_s << u"list of type values"_s;
    QTest::newRow("engagement rule with a range") << parse(R"({"kind": "engagement",
        "name": "X", "attribute": "channel", "operator": "range", "values": ["Email"], "min": 1,
        "points": 5})") << u"values"_s << u"list of channel values"_s;
    QTest::newRow("engagement cap 0") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "cap": 0})")
                                      << u"cap"_s << u"between 1 and 1000"_s;
    QTest::newRow("engagement negative cap") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": -5, "cap": -10})")
                                             << u"cap"_s << u"between 1 and 1000"_s;
    QTest::newRow("engagement cap 1001") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "cap": 1001})")
                                         << u"cap"_s << u"between 1 and 1000"_s;
    QTest::newRow("half-life 0") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "half_life_days": 0})")
                                 << u"half_life_days"_s << u"half-life"_s;
    QTest::newRow("negative half-life") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "half_life_days": -3})")
                                        << u"half_life_days"_s << u"half-life"_s;
    QTest::newRow("half-life over ten years") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["call"], "points": 5, "half_life_days": 3651})")
                                              << u"half_life_days"_s << u"half-life"_s;
    QTest::newRow("fit rule with a cap") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["Software"], "points": 5, "cap": 10})")
                                         << u"cap"_s << u"belong to engagement rules"_s;
    QTest::newRow("fit rule with a half-life")
        << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "values": ["Software"], "points": 5, "half_life_days": 30})")
        << u"half_life_days"_s << u"belong to engagement rules"_s;
    QTest::newRow("unknown field") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "shoe_size", "operator": "present", "points": 5})")
                                   << u"attribute"_s << u"\"shoe_size\" is not a lead field"_s;
    QTest::newRow("field by label, not key") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "Job title", "operator": "present", "points": 5})")
                                             << u"attribute"_s << u"is not a lead field"_s;
    // The score must not depend on itself: each rescore would flip it.
    QTest::newRow("fit rule on the fit score") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "fit_score", "operator": "range", "max": 5, "points": 10})")
                                               << u"attribute"_s << u"comes from the rules"_s;
    QTest::newRow("fit rule on the score") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "score", "operator": "at_least", "min": 60, "points": 10})")
                                           << u"attribute"_s << u"comes from the rules"_s;
    QTest::newRow("fit rule on the engagement score")
        << parse(R"({"kind": "fit", "name": "X",
        "attribute": "engagement_score", "operator": "present", "points": 10})")
        << u"attribute"_s << u"comes from the rules"_s;
    QTest::newRow("fit rule on the grade") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "grade", "operator": "in", "values": ["A"], "points": 10})")
                                           << u"attribute"_s << u"comes from the rules"_s;
    QTest::newRow("fit rule on a touchpoint type") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "type", "operator": "in", "values": ["call"], "points": 5})")
                                                   << u"attribute"_s << u"is not a lead field"_s;
    QTest::newRow("range min > max") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "min": 1000, "max": 51,
        "points": 5})") << u"max"_s << u"minimum (1000) is above the maximum (51)"_s;
    QTest::newRow("range without bounds") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "points": 5})")
                                          << u"min"_s << u"a minimum, a maximum or both"_s;
    QTest::newRow("at_least without min") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "annual_revenue", "operator": "at_least", "max": 5, "points": 5})")
                                          << u"min"_s << u"needs a minimum"_s;
    QTest::newRow("range on a text field") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "range", "min": 1, "points": 5})")
                                           << u"operator"_s << u"needs a number field"_s;
    QTest::newRow("at_least on a time") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "created_at", "operator": "at_least", "min": 1, "points": 5})")
                                        << u"operator"_s << u"needs a number field"_s;
    QTest::newRow("in without values") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "industry", "operator": "in", "points": 5})")
                                       << u"values"_s << u"at least one value"_s;
    QTest::newRow("in on a number field") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "in", "values": ["50"], "points": 5})")
                                          << u"operator"_s << u"works on text fields"_s;
    QTest::newRow("country that is not a country")
        << parse(R"({"kind": "fit", "name": "X",
        "attribute": "country", "operator": "in", "values": ["DE", "Atlantis"], "points": 5})")
        << u"values"_s << u"\"Atlantis\" is not a country"_s;
    QTest::newRow("country code that is not a country")
        << parse(R"({"kind": "fit",
        "name": "X", "attribute": "country", "operator": "in", "values": ["XZ"], "points": 5})")
        << u"values"_s << u"\"XZ\" is not a country"_s;
    QTest::newRow("bad regex") << parse(R"({"kind": "fit", "name": "X", "attribute": "title",
        "operator": "matches", "pattern": "(ceo|cfo", "points": 5})")
                               << u"pattern"_s << u"not a valid regular expression"_s;
    QTest::newRow("empty pattern") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "title", "operator": "matches", "points": 5})")
                                   << u"pattern"_s << u"not a valid regular expression"_s;
    QTest::newRow("matches on a number field") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "annual_revenue", "operator": "matches", "pattern": "1", "points": 5})")
                                               << u"operator"_s << u"works on text fields"_s;
}

void TestScoringRule::validateRejects()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, field);
    QFETCH(QString, message);

    // 1. The JSON form is rejected with the message naming the part that is wrong.
    auto parsed = ScoringRule::fromJson(rule);
    QVERIFY2(!parsed, pretty(rule).constData());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    if (!rule.value(u"name"_s).toString().trimmed().isEmpty())
        QVERIFY2(
            parsed.error().message.contains(u"Rule \"X\""_s), qPrintable(parsed.error().message));

    // 2. The same rule built by hand: validate(), add() and update() reject it too, and the
    // stored rules stay as they were.
    ScoringRule built = makeRule(*ScoringRule::kindFromString(rule.value(u"kind"_s).toString()),
        rule.value(u"name"_s).toString(), rule.value(u"attribute"_s).toString(),
        *ScoringRule::operatorFromString(rule.value(u"operator"_s).toString(u"in"_s)),
        rule.value(u"points"_s).toInt());
    for (const QJsonValue &value : rule.value(u"values"_s).toArray())
        built.values << value.toString();
    if (rule.contains(u"min"_s))
        built.min = rule.value(u"min"_s).toDouble();
    if (rule.contains(u"max"_s))
        built.max = rule.value(u"max"_s).toDouble();
    built.pattern = rule.value(u"pattern"_s).toString();
    if (rule.contains(u"cap"_s))
        built.cap = rule.value(u"cap"_s).toInt();
    if (rule.contains(u"half_life_days"_s))
        built.halfLifeDays = rule.value(u"half_life_days"_s).toDouble();

    const auto valid = built.validate();
    QVERIFY(!valid);
    QCOMPARE(valid.error().code, ErrorCode::Invalid);
    QCOMPARE(valid.error().field, field);
    QVERIFY2(valid.error().message.contains(message), qPrintable(valid.error().message));

    const QByteArray before = storedRows();
    auto added = m_store->add(built);
    QVERIFY(!added);
    QCOMPARE(added.error().field, field);

    auto existing = m_store->list();
    QVERIFY(existing && !existing->isEmpty());
    built.id = existing->first().id;
    auto updated = m_store->update(built);
    QVERIFY(!updated);
    QCOMPARE(updated.error().field, field);
    QCOMPARE(storedRows(), before);
}

// --- valid rules ---------------------------------------------------------------------------------

void TestScoringRule::fromJsonAccepts_data()
{
    QTest::addColumn<QJsonObject>("rule");

    QTest::newRow("countries by name and code") << parse(R"({"kind": "fit", "name": "EU",
        "attribute": "country", "operator": "in", "values": ["Germany", "fr", "United Kingdom"],
        "points": 10})");
    QTest::newRow("range open at the top") << parse(R"({"kind": "fit", "name": "Big",
        "attribute": "employee_count", "operator": "range", "min": 500, "points": 10})");
    QTest::newRow("range open at the bottom") << parse(R"({"kind": "fit", "name": "Tiny",
        "attribute": "employee_count", "operator": "range", "max": 5, "points": -10})");
    QTest::newRow("range with equal bounds") << parse(R"({"kind": "fit", "name": "Exactly",
        "attribute": "employee_count", "operator": "range", "min": 5, "max": 5, "points": 1})");
    QTest::newRow("money at least") << parse(R"({"kind": "fit", "name": "Budget",
        "attribute": "bant_budget", "operator": "at_least", "min": 2500.5, "points": 10})");
    QTest::newRow("matches") << parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
        "operator": "matches", "pattern": "\\b(vp|chief)\\b", "points": 20})");
    QTest::newRow("present on a time") << parse(R"({"kind": "fit", "name": "Touched",
        "attribute": "first_contacted_at", "operator": "present", "points": 3})");
    QTest::newRow("disabled rule") << parse(R"({"kind": "fit", "name": "Off",
        "attribute": "industry", "operator": "in", "values": ["Retail"], "points": 5,
        "enabled": false})");
    QTest::newRow("engagement on type") << parse(R"({"kind": "engagement", "name": "Demo",
        "attribute": "type", "operator": "in", "values": ["demo_request"], "points": 30,
        "cap": 30, "half_life_days": 60})");
    QTest::newRow("engagement on channel, no cap") << parse(R"({"kind": "engagement",
        "name": "Fair", "attribute": "channel", "values": ["In person"], "points": 5})");
    QTest::newRow("engagement on campaign, fractional half-life") << parse(R"({"kind":
        "engagement", "name": "Spring", "attribute": "campaign", "values": ["Spring 2026"],
        "points": 4, "cap": 12, "half_life_days": 0.5})");
    QTest::newRow("negative engagement with a cap") << parse(R"({"kind": "engagement",
        "name": "Bounce", "attribute": "type", "values": ["email_bounce"], "points": -1000,
        "cap": 1000, "half_life_days": 3650})");
}

void TestScoringRule::fromJsonAccepts()
{
    QFETCH(QJsonObject, rule);
    auto parsed = ScoringRule::fromJson(rule);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QVERIFY(parsed->validate());

    // Every key given is kept: the rule's own JSON has the same content (operator "in" is the
    // default and "enabled" is always written).
    QJsonObject expected = rule;
    if (!expected.contains(u"operator"_s))
        expected.insert(u"operator"_s, u"in"_s);
    if (!expected.contains(u"enabled"_s))
        expected.insert(u"enabled"_s, true);
    QCOMPARE(parsed->toJson(), expected);

    // And the JSON round trip gives the same rule.
    auto again = ScoringRule::fromJson(parsed->toJson());
    QVERIFY(again);
    QCOMPARE(*again, *parsed);

    // It can be stored and read back unchanged.
    auto added = m_store->add(*parsed);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    QVERIFY(added->id > 0);
    auto stored = m_store->get(added->id);
    QVERIFY(stored);
    QCOMPARE(*stored, *added);
    QCOMPARE(stored->toJson(), expected);
}

void TestScoringRule::condition_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("condition");

    QTest::newRow("in") << parse(R"({"kind": "fit", "name": "X", "attribute": "industry",
        "values": ["Software", "Logistics"], "points": 1})")
                        << u"industry is one of Software, Logistics"_s;
    QTest::newRow("range") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "min": 51, "max": 1000,
        "points": 1})") << u"employee_count between 51 and 1000"_s;
    QTest::newRow("range min only") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "min": 51, "points": 1})")
                                    << u"employee_count at least 51"_s;
    QTest::newRow("range max only") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "employee_count", "operator": "range", "max": 10, "points": 1})")
                                    << u"employee_count at most 10"_s;
    QTest::newRow("at least") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "annual_revenue", "operator": "at_least", "min": 2500.5, "points": 1})")
                              << u"annual_revenue at least 2500.5"_s;
    QTest::newRow("matches") << parse(R"({"kind": "fit", "name": "X", "attribute": "title",
        "operator": "matches", "pattern": "^vp", "points": 1})")
                             << u"title matches /^vp/"_s;
    QTest::newRow("present") << parse(R"({"kind": "fit", "name": "X",
        "attribute": "phone_e164", "operator": "present", "points": 1})")
                             << u"phone_e164 is given"_s;
    QTest::newRow("engagement") << parse(R"({"kind": "engagement", "name": "X",
        "attribute": "type", "values": ["demo_request"], "points": 1})")
                                << u"type is one of demo_request"_s;
}

void TestScoringRule::condition()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, condition);
    auto parsed = ScoringRule::fromJson(rule);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->condition(), condition);
}

void TestScoringRule::fieldIsByKeyOnly_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("field"); // -1: none

    QTest::newRow("industry") << u"industry"_s << int(LeadField::Industry);
    QTest::newRow("employee_count") << u"employee_count"_s << int(LeadField::EmployeeCount);
    QTest::newRow("bant_budget") << u"bant_budget"_s << int(LeadField::BantBudget);
    QTest::newRow("label") << u"Annual revenue"_s << -1;
    QTest::newRow("capitals") << u"INDUSTRY"_s << -1;
    QTest::newRow("unknown") << u"shoe_size"_s << -1;
}

void TestScoringRule::fieldIsByKeyOnly()
{
    QFETCH(QString, attribute);
    QFETCH(int, field);
    ScoringRule rule =
        makeRule(ScoringRule::Kind::Fit, u"X"_s, attribute, ScoringRule::Operator::Present, 1);
    QCOMPARE(rule.field(),
        field < 0 ? std::optional<LeadField>() : std::optional<LeadField>(LeadField(field)));
    // An engagement rule never reads a lead field.
    rule.kind = ScoringRule::Kind::Engagement;
    QVERIFY(!rule.field());
}

// --- the store -----------------------------------------------------------------------------------

void TestScoringRule::addGetUpdateRemove()
{
    auto before = m_store->list();
    QVERIFY(before);
    int maxPosition = 0;
    for (const ScoringRule &rule : std::as_const(*before))
        maxPosition = std::max(maxPosition, rule.position);
    QCOMPARE(maxPosition, 22);

    ScoringRule rule = makeRule(ScoringRule::Kind::Engagement, u"  Webinar replay "_s, u"type"_s,
        ScoringRule::Operator::In, 4);
    rule.values = {u"webinar_replay"_s};
    rule.cap = 12;
    rule.halfLifeDays = 21.5;
    auto added = m_store->add(rule);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->position, maxPosition + 1); // appended

    auto got = m_store->get(added->id);
    QVERIFY(got);
    QCOMPARE(got->name, u"Webinar replay"_s); // stored trimmed
    QCOMPARE(got->values, rule.values);
    QCOMPARE(got->cap, std::optional<int>(12));
    QCOMPARE(got->halfLifeDays, std::optional<double>(21.5));
    QCOMPARE(got->position, maxPosition + 1);
    QVERIFY(got->enabled);
    auto listed = m_store->list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), before->size() + 1);
    QCOMPARE(listed->last().id, added->id); // last engagement rule

    // A rule given a position keeps it.
    ScoringRule placed = makeRule(
        ScoringRule::Kind::Fit, u"Any phone"_s, u"phone"_s, ScoringRule::Operator::Present, 2);
    placed.position = 3;
    auto addedPlaced = m_store->add(placed);
    QVERIFY(addedPlaced);
    QCOMPARE(addedPlaced->position, 3);

    // Update: every part changes, the cap goes away, the rule is disabled.
    ScoringRule changed = *got;
    changed.name = u"Replay watched"_s;
    changed.attribute = u"channel"_s;
    changed.values = {u"Webinar"_s, u"YouTube"_s};
    changed.points = -2;
    changed.cap.reset();
    changed.halfLifeDays = 7;
    changed.enabled = false;
    changed.position = 40;
    auto updated = m_store->update(changed);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
    auto reread = m_store->get(changed.id);
    QVERIFY(reread);
    QCOMPARE(*reread, changed);

    // Update and remove of a rule that does not exist.
    ScoringRule missing = changed;
    missing.id = 99'999;
    auto notUpdated = m_store->update(missing);
    QVERIFY(!notUpdated);
    QCOMPARE(notUpdated.error().code, ErrorCode::NotFound);
    QVERIFY(notUpdated.error().message.contains(u"99999"_s));

    QVERIFY(m_store->remove(changed.id));
    auto gone = m_store->get(changed.id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    auto removedAgain = m_store->remove(changed.id);
    QVERIFY(!removedAgain);
    QCOMPARE(removedAgain.error().code, ErrorCode::NotFound);
    QCOMPARE(ruleCount(), int(before->size()) + 1);
}

void TestScoringRule::storeRejectsInvalidAndKeepsRules()
{
    const QByteArray before = storedRows();
    // A rule that validates field by field but breaks the table's constraints cannot get there:
    // the store validates first.
    ScoringRule bad =
        makeRule(ScoringRule::Kind::Engagement, u"Bad"_s, u"type"_s, ScoringRule::Operator::In, 5);
    bad.values = {u"call"_s};
    bad.cap = 0;
    auto added = m_store->add(bad);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::Invalid);
    QCOMPARE(added.error().field, u"cap"_s);
    QCOMPARE(storedRows(), before);
}

void TestScoringRule::exportImportRoundTrip()
{
    // Add rules using every optional part, disable a shipped one, then export.
    auto listed = m_store->list();
    QVERIFY(listed);
    ScoringRule disabled = listed->first();
    disabled.enabled = false;
    QVERIFY(m_store->update(disabled));
    for (const char *json : {R"({"kind": "fit", "name": "Budget", "attribute": "bant_budget",
            "operator": "range", "min": 1000.25, "max": 50000, "points": 7})",
             R"({"kind": "fit", "name": "EU", "attribute": "country", "values": ["Germany",
            "fr"], "points": 3})",
             R"({"kind": "engagement", "name": "Spring", "attribute": "campaign", "values":
            ["Spring 2026"], "points": 4, "cap": 12, "half_life_days": 0.5})"}) {
        auto rule = ScoringRule::fromJson(parse(json));
        QVERIFY2(rule, json);
        QVERIFY(m_store->add(*rule));
    }
    auto exported = m_store->exportJson();
    QVERIFY(exported);
    QCOMPARE(exported->value(u"format"_s).toString(), u"leadflow-scoring-rules"_s);
    QCOMPARE(exported->value(u"version"_s).toInt(), 1);
    const QJsonArray array = exported->value(u"rules"_s).toArray();
    QCOMPARE(array.size(), 25);
    for (const QJsonValue &value : array) {
        QVERIFY(!value.toObject().contains(u"id"_s));
        QVERIFY(!value.toObject().contains(u"position"_s));
    }

    // Through text, as a file would carry it, into another database.
    const QByteArray file = QJsonDocument(*exported).toJson();
    auto other = Database::open(m_dir.filePath(
        u"rules-other-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(other);
    ScoringRuleStore otherStore((*other)->connection());
    auto imported = otherStore.importJson(QJsonDocument::fromJson(file).object());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(*imported, 25);
    auto reexported = otherStore.exportJson();
    QVERIFY(reexported);
    QCOMPARE(*reexported, *exported);

    // Rule by rule, everything but the id and position is equal.
    auto mine = m_store->list();
    auto theirs = otherStore.list();
    QVERIFY(mine && theirs);
    QCOMPARE(theirs->size(), mine->size());
    for (qsizetype i = 0; i < mine->size(); ++i) {
        ScoringRule a = mine->at(i);
        ScoringRule b = theirs->at(i);
        a.id = b.id = 0;
        a.position = b.position = 0;
        QCOMPARE(b, a);
    }
    QVERIFY(!theirs->first().enabled);

    // Importing the export into the same store changes nothing but ids and positions.
    auto same = m_store->importJson(*exported);
    QVERIFY(same);
    auto again = m_store->exportJson();
    QVERIFY(again);
    QCOMPARE(*again, *exported);
}

void TestScoringRule::importReplacesEveryRule()
{
    const QJsonObject document = parse(R"({"format": "leadflow-scoring-rules", "version": 1,
        "rules": [
          {"kind": "engagement", "name": "Call", "attribute": "type", "values": ["call"],
           "points": 5},
          {"kind": "fit", "name": "Software", "attribute": "industry", "values": ["Software"],
           "points": 10}
        ]})");
    auto imported = m_store->importJson(document);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(*imported, 2);
    QCOMPARE(ruleCount(), 2);
    auto rules = m_store->list();
    QVERIFY(rules);
    QCOMPARE(rules->size(), 2);
    // Fit rules list first; positions follow the file.
    QCOMPARE(rules->at(0).name, u"Software"_s);
    QCOMPARE(rules->at(0).position, 2);
    QCOMPARE(rules->at(1).name, u"Call"_s);
    QCOMPARE(rules->at(1).position, 1);

    // An empty list is a valid file: no rules at all.
    auto emptied = m_store->importJson(
        parse(R"({"format": "leadflow-scoring-rules", "version": 1, "rules": []})"));
    QVERIFY(emptied);
    QCOMPARE(*emptied, 0);
    QCOMPARE(ruleCount(), 0);
}

void TestScoringRule::importRejectsMalformed_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const int parseError = int(ErrorCode::Parse);
    const int invalid = int(ErrorCode::Invalid);
    QTest::newRow("empty object") << QJsonObject() << parseError
                                  << u"not a Leadflow scoring rules file"_s;
    QTest::newRow("other format") << parse(R"({"format": "leadflow-mapping", "version": 1,
        "rules": []})") << parseError
                                  << u"not a Leadflow scoring rules file"_s;
    QTest::newRow("rules not a list") << parse(R"({"format": "leadflow-scoring-rules",
        "version": 1, "rules": {"kind": "fit"}})")
                                      << parseError << u"not a Leadflow scoring rules file"_s;
    QTest::newRow("no rules") << parse(R"({"format": "leadflow-scoring-rules", "version": 1})")
                              << parseError << u"not a Leadflow scoring rules file"_s;
    QTest::newRow("newer version") << parse(R"({"format": "leadflow-scoring-rules",
        "version": 2, "rules": []})")
                                   << parseError << u"newer Leadflow (format version 2)"_s;
    QTest::newRow("second rule invalid") << parse(R"({"format": "leadflow-scoring-rules",
        "version": 1, "rules": [
          {"kind": "fit", "name": "Software", "attribute": "industry", "values": ["Software"],
           "points": 10},
          {"kind": "fit", "name": "Nowhere", "attribute": "country", "values": ["Atlantis"],
           "points": 10}]})") << invalid << u"Rule 2 of the file: Rule \"Nowhere\""_s;
    QTest::newRow("rule not an object") << parse(R"({"format": "leadflow-scoring-rules",
        "version": 1, "rules": [
          {"kind": "fit", "name": "Software", "attribute": "industry", "values": ["Software"],
           "points": 10}, "call"]})") << invalid
                                        << u"Rule 2 of the file"_s;
    QTest::newRow("last rule has no points") << parse(R"({"format": "leadflow-scoring-rules",
        "version": 1, "rules": [
          {"kind": "fit", "name": "A", "attribute": "industry", "values": ["Software"],
           "points": 10},
          {"kind": "fit", "name": "B", "attribute": "industry", "values": ["Retail"],
           "points": 10},
          {"kind": "engagement", "name": "C", "attribute": "type", "values": ["call"]}]})")
                                             << invalid << u"Rule 3 of the file"_s;
}

void TestScoringRule::importRejectsMalformed()
{
    QFETCH(QJsonObject, document);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QByteArray before = storedRows();
    auto exportedBefore = m_store->exportJson();
    QVERIFY(exportedBefore);

    auto imported = m_store->importJson(document);
    QVERIFY(!imported);
    QCOMPARE(int(imported.error().code), code);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));

    // The old rules are all still there, untouched.
    QCOMPARE(storedRows(), before);
    QCOMPARE(ruleCount(), 22);
    auto exportedAfter = m_store->exportJson();
    QVERIFY(exportedAfter);
    QCOMPARE(*exportedAfter, *exportedBefore);
}

QTEST_GUILESS_MAIN(TestScoringRule)
#include "tst_scoringrule.moc"
