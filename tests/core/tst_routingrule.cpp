#include "domain/lead.h"
#include "routing/routingrule.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// A lead built in memory from "field key" → value; values are given as stored (text, integer
/// minor units, stage keys), so the expectations do not depend on LeadService's parsing.
Lead leadWith(const QVariantMap &fields)
{
    Lead lead;
    lead.setValue(LeadField::Id, qint64(1));
    lead.setValue(LeadField::Stage, u"new"_s);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto field = fieldFromName(it.key());
        if (!field)
            qFatal("unknown field %s", qPrintable(it.key()));
        lead.setValue(*field, it.value());
    }
    return lead;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", text);
    return document.object();
}

Condition mustParse(const QString &text)
{
    auto condition = Condition::parse(text);
    if (!condition)
        qFatal("parse failed: %s", qPrintable(condition.error().message));
    return *condition;
}

} // namespace

/// lf::Condition (matching, validation, the JSON and short text forms), lf::RoutingRule and the
/// ordered lf::RoutingRuleStore.
class TestRoutingRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void conditionMatches_data();
    void conditionMatches();
    void invalidConditions_data();
    void invalidConditions();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void describe_data();
    void describe();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void operatorKeys();

    void ruleValidation_data();
    void ruleValidation();
    void ruleMatchesWhenEveryConditionHolds();

    void storeAppendsInOrder();
    void storeAddsAtPosition_data();
    void storeAddsAtPosition();
    void storeMoves_data();
    void storeMoves();
    void storeRemoveKeepsPositionsContiguous();
    void storeUpdateRoundTrip();
    void storeRefusesUnknownUsersAndInvalidRules();

private:
    qint64 addUser(const QString &name);
    RoutingRule rule(const QString &name) const;
    /// Rule names in list order, and checks positions are 1..n.
    QStringList order();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ann = 0;
    qint64 m_bob = 0;
};

void TestRoutingRule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRoutingRule::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"rules-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_ann = addUser(u"Ann Lee"_s);
    m_bob = addUser(u"Bob Stone"_s);
}

void TestRoutingRule::cleanup()
{
    m_db.reset();
}

qint64 TestRoutingRule::addUser(const QString &name)
{
    User user;
    user.name = name;
    auto added = UserService(m_db->connection()).add(user);
    if (!added)
        qFatal("add user failed: %s", qPrintable(added.error().message));
    return added->id;
}

RoutingRule TestRoutingRule::rule(const QString &name) const
{
    RoutingRule r;
    r.name = name;
    r.targetUserId = m_ann;
    return r;
}

QStringList TestRoutingRule::order()
{
    auto rules = RoutingRuleStore(m_db->connection()).list();
    if (!rules)
        qFatal("list failed: %s", qPrintable(rules.error().message));
    QStringList names;
    for (qsizetype i = 0; i < rules->size(); ++i) {
        names << rules->at(i).name;
        if (rules->at(i).position != int(i + 1))
            names << u"<position %1 at index %2>"_s.arg(rules->at(i).position).arg(i);
    }
    return names;
}

// --- Condition -----------------------------------------------------------------------------------

void TestRoutingRule::conditionMatches_data()
{
    QTest::addColumn<QJsonObject>("condition");
    QTest::addColumn<QVariantMap>("lead");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *condition, const QVariantMap &lead,
                         bool matches) {
        QTest::newRow(name) << json(condition) << lead << matches;
    };
    // in / not_in: case-insensitive, countries by code or name.
    row("country code", R"({"field":"country","operator":"in","values":["DE","AT"]})",
        {{u"country"_s, u"AT"_s}}, true);
    row("country lower-case code", R"({"field":"country","operator":"in","values":["de"]})",
        {{u"country"_s, u"DE"_s}}, true);
    row("country names", R"({"field":"country","operator":"in","values":["Germany","Österreich"]})",
        {{u"country"_s, u"AT"_s}}, true);
    row("country other name", R"({"field":"country","operator":"in","values":["Germany"]})",
        {{u"country"_s, u"FR"_s}}, false);
    row("country missing", R"({"field":"country","operator":"in","values":["DE"]})", {}, false);
    row("not_in country missing", R"({"field":"country","operator":"not_in","values":["DE"]})", {},
        true);
    row("not_in country by name",
        R"({"field":"country","operator":"not_in","values":["Deutschland"]})",
        {{u"country"_s, u"DE"_s}}, false);
    row("not_in other country", R"({"field":"country","operator":"not_in","values":["DE"]})",
        {{u"country"_s, u"GB"_s}}, true);
    row("industry case", R"({"field":"industry","operator":"in","values":["Software"]})",
        {{u"industry"_s, u"SOFTWARE"_s}}, true);
    row("industry other", R"({"field":"industry","operator":"in","values":["Software"]})",
        {{u"industry"_s, u"Software services"_s}}, false);
    row("industry not_in",
        R"({"field":"industry","operator":"not_in","values":["retail","Education"]})",
        {{u"industry"_s, u"Retail"_s}}, false);
    row("grade in", R"({"field":"grade","operator":"in","values":["a","B"]})",
        {{u"grade"_s, u"A"_s}}, true);
    // Stage values by key or label.
    row("stage key", R"({"field":"stage","operator":"in","values":["MQL"]})",
        {{u"stage"_s, u"mql"_s}}, true);
    row("stage label", R"({"field":"stage","operator":"in","values":["Sales qualified"]})",
        {{u"stage"_s, u"sql"_s}}, true);
    row("stage other", R"({"field":"stage","operator":"in","values":["mql","sql"]})",
        {{u"stage"_s, u"new"_s}}, false);
    row("stage not_in", R"({"field":"stage","operator":"not_in","values":["Nurturing"]})",
        {{u"stage"_s, u"nurturing"_s}}, false);
    // range / at_least, bounds inclusive.
    const char *employees = R"({"field":"employee_count","operator":"range","min":51,"max":1000})";
    row("range inside", employees, {{u"employee_count"_s, qint64(500)}}, true);
    row("range lower bound", employees, {{u"employee_count"_s, qint64(51)}}, true);
    row("range upper bound", employees, {{u"employee_count"_s, qint64(1000)}}, true);
    row("range below", employees, {{u"employee_count"_s, qint64(50)}}, false);
    row("range above", employees, {{u"employee_count"_s, qint64(1001)}}, false);
    row("range missing", employees, {}, false);
    row("range min only", R"({"field":"employee_count","operator":"range","min":1001})",
        {{u"employee_count"_s, qint64(50000)}}, true);
    row("range max only", R"({"field":"employee_count","operator":"range","max":50})",
        {{u"employee_count"_s, qint64(10)}}, true);
    row("range max only above", R"({"field":"employee_count","operator":"range","max":50})",
        {{u"employee_count"_s, qint64(51)}}, false);
    row("at_least equal", R"({"field":"score","operator":"at_least","min":60})",
        {{u"score"_s, qint64(60)}}, true);
    row("at_least below", R"({"field":"score","operator":"at_least","min":60})",
        {{u"score"_s, qint64(59)}}, false);
    row("at_least negative score", R"({"field":"score","operator":"at_least","min":-5})",
        {{u"score"_s, qint64(-5)}}, true);
    // Money is stored in minor units and compared in whole units.
    row("money at_least", R"({"field":"annual_revenue","operator":"at_least","min":10000000})",
        {{u"annual_revenue"_s, qint64(1'000'000'000)}}, true);
    row("money at_least a cent short",
        R"({"field":"annual_revenue","operator":"at_least","min":10000000})",
        {{u"annual_revenue"_s, qint64(999'999'999)}}, false);
    row("money range in units",
        R"({"field":"annual_revenue","operator":"range","min":1000,"max":2000})",
        {{u"annual_revenue"_s, qint64(150'000)}}, true);
    row("money range not in cents",
        R"({"field":"annual_revenue","operator":"range","min":100000,"max":200000})",
        {{u"annual_revenue"_s, qint64(150'000)}}, false);
    row("money with fraction", R"({"field":"bant_budget","operator":"at_least","min":99.5})",
        {{u"bant_budget"_s, qint64(9950)}}, true);
    // matches: case-insensitive regular expression anywhere in the text.
    row("matches", R"({"field":"title","operator":"matches","pattern":"director"})",
        {{u"title"_s, u"Sales Director EMEA"_s}}, true);
    row("matches anchored", R"({"field":"title","operator":"matches","pattern":"^vp\\b"})",
        {{u"title"_s, u"VP Sales"_s}}, true);
    row("matches anchored elsewhere",
        R"({"field":"title","operator":"matches","pattern":"^vp\\b"})",
        {{u"title"_s, u"Senior VP"_s}}, false);
    row("matches missing", R"({"field":"title","operator":"matches","pattern":".*"})", {}, false);
    // present / absent
    row("present", R"({"field":"phone_e164","operator":"present"})",
        {{u"phone_e164"_s, u"+4930123456"_s}}, true);
    row("present missing", R"({"field":"phone_e164","operator":"present"})", {}, false);
    row("present blank", R"({"field":"phone_e164","operator":"present"})",
        {{u"phone_e164"_s, u"   "_s}}, false);
    row("absent owner", R"({"field":"owner","operator":"absent"})", {}, true);
    row("absent owner set", R"({"field":"owner","operator":"absent"})", {{u"owner"_s, qint64(3)}},
        false);
}

void TestRoutingRule::conditionMatches()
{
    QFETCH(QJsonObject, condition);
    QFETCH(QVariantMap, lead);
    QFETCH(bool, matches);
    auto parsed = Condition::fromJson(condition);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->validate());
    QCOMPARE(parsed->matches(leadWith(lead)), matches);

    // A rule with this one condition matches exactly when the condition does; adding a condition
    // that always holds changes nothing, adding one that never holds makes it fail.
    RoutingRule r;
    r.name = u"r"_s;
    r.targetUserId = 1;
    r.conditions << *parsed;
    QCOMPARE(r.matches(leadWith(lead)), matches);
    r.conditions << mustParse(u"id present"_s);
    QCOMPARE(r.matches(leadWith(lead)), matches);
    r.conditions << mustParse(u"notes present"_s);
    QVERIFY(!r.matches(leadWith(lead)));
}

void TestRoutingRule::invalidConditions_data()
{
    QTest::addColumn<QJsonObject>("condition");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown field")
        << json(R"({"field":"shoe_size","operator":"in","values":["9"]})") << u"field"_s
        << u"\"shoe_size\" is not a lead field"_s;
    QTest::newRow("label, not key")
        << json(R"({"field":"Country","operator":"in","values":["DE"]})") << u"field"_s
        << u"\"Country\" is not a lead field"_s;
    QTest::newRow("no values") << json(R"({"field":"industry","operator":"in","values":[]})")
                               << u"values"_s << u"needs at least one value"_s;
    QTest::newRow("blank values") << json(
        R"({"field":"industry","operator":"not_in","values":[" "]})")
                                  << u"values"_s << u"needs at least one value"_s;
    QTest::newRow("bad stage") << json(
        R"({"field":"stage","operator":"in","values":["mql","hot"]})")
                               << u"values"_s << u"\"hot\" is not a stage."_s;
    QTest::newRow("bad country") << json(
        R"({"field":"country","operator":"in","values":["Atlantis"]})")
                                 << u"values"_s << u"\"Atlantis\" is not a country."_s;
    QTest::newRow("range on text") << json(R"({"field":"industry","operator":"range","min":1})")
                                   << u"operator"_s << u"industry is not a number field"_s;
    QTest::newRow("at_least on stage") << json(R"({"field":"stage","operator":"at_least","min":1})")
                                       << u"operator"_s << u"stage is not a number field"_s;
    QTest::newRow("range without bounds") << json(R"({"field":"score","operator":"range"})")
                                          << u"min"_s << u"needs a minimum or a maximum"_s;
    QTest::newRow("at_least with max only")
        << json(R"({"field":"score","operator":"at_least","max":5})") << u"min"_s
        << u"needs a minimum or a maximum"_s;
    QTest::newRow("min above max")
        << json(R"({"field":"score","operator":"range","min":9,"max":1})") << u"max"_s
        << u"minimum above its maximum"_s;
    QTest::newRow("empty pattern") << json(R"({"field":"title","operator":"matches","pattern":""})")
                                   << u"pattern"_s << u"is not a valid regular expression"_s;
    QTest::newRow("bad pattern") << json(
        R"({"field":"title","operator":"matches","pattern":"(vp"})")
                                 << u"pattern"_s << u"\"(vp\" is not a valid regular expression"_s;
    QTest::newRow("unknown operator") << json(R"({"field":"title","operator":"equals"})")
                                      << u"operator"_s << u"\"equals\" is not an operator"_s;
}

void TestRoutingRule::invalidConditions()
{
    QFETCH(QJsonObject, condition);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto parsed = Condition::fromJson(condition);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));

    // The same condition built by hand fails validate() alike, and inside a rule the message
    // names the rule.
    Condition byHand;
    byHand.field = condition.value(u"field"_s).toString();
    const auto op = Condition::operatorFromString(condition.value(u"operator"_s).toString());
    if (!op)
        return; // an unknown operator cannot be built by hand
    byHand.op = *op;
    for (const QJsonValue &value : condition.value(u"values"_s).toArray()) {
        if (!value.toString().trimmed().isEmpty())
            byHand.values << value.toString();
    }
    if (condition.contains(u"min"_s))
        byHand.min = condition.value(u"min"_s).toDouble();
    if (condition.contains(u"max"_s))
        byHand.max = condition.value(u"max"_s).toDouble();
    byHand.pattern = condition.value(u"pattern"_s).toString();
    const Status valid = byHand.validate();
    QVERIFY(!valid);
    QVERIFY2(valid.error().message.contains(message), qPrintable(valid.error().message));
    RoutingRule r;
    r.name = u"EMEA"_s;
    r.targetUserId = 1;
    r.conditions << byHand;
    const Status ruleValid = r.validate();
    QVERIFY(!ruleValid);
    QVERIFY2(ruleValid.error().message.startsWith(u"Routing rule \"EMEA\": "_s),
        qPrintable(ruleValid.error().message));
    QVERIFY(ruleValid.error().message.contains(message));
}

void TestRoutingRule::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("in") << u"country in DE,AT"_s
                        << json(R"({"field":"country","operator":"in","values":["DE","AT"]})");
    QTest::newRow("in with spaces and empty items")
        << u"  country in DE , AT ,, "_s
        << json(R"({"field":"country","operator":"in","values":["DE","AT"]})");
    QTest::newRow("in country names")
        << u"country in Germany,United Kingdom"_s << json(R"({"field":"country","operator":"in",
                                              "values":["Germany","United Kingdom"]})");
    QTest::newRow("not in") << u"industry not in Retail,Education"_s
                            << json(R"({"field":"industry","operator":"not_in",
                                    "values":["Retail","Education"]})");
    QTest::newRow("stage in") << u"stage in mql,Sales qualified"_s
                              << json(R"({"field":"stage","operator":"in",
                                      "values":["mql","Sales qualified"]})");
    QTest::newRow("at least") << u"score >= 60"_s
                              << json(R"({"field":"score","operator":"at_least","min":60})");
    QTest::newRow("at least money with cents")
        << u"annual_revenue >= 1000000.50"_s
        << json(R"({"field":"annual_revenue","operator":"at_least","min":1000000.5})");
    QTest::newRow("at least negative")
        << u"score >= -10"_s << json(R"({"field":"score","operator":"at_least","min":-10})");
    QTest::newRow("range")
        << u"employee_count 51..1000"_s
        << json(R"({"field":"employee_count","operator":"range","min":51,"max":1000})");
    QTest::newRow("range spaced")
        << u"employee_count 51 .. 1000"_s
        << json(R"({"field":"employee_count","operator":"range","min":51,"max":1000})");
    QTest::newRow("range decimals")
        << u"annual_revenue 1.5..2.25"_s
        << json(R"({"field":"annual_revenue","operator":"range","min":1.5,"max":2.25})");
    QTest::newRow("range open end")
        << u"employee_count 51.."_s
        << json(R"({"field":"employee_count","operator":"range","min":51})");
    QTest::newRow("range open start")
        << u"employee_count ..1000"_s
        << json(R"({"field":"employee_count","operator":"range","max":1000})");
    QTest::newRow("matches")
        << u"title ~ director|head of"_s
        << json(R"({"field":"title","operator":"matches","pattern":"director|head of"})");
    QTest::newRow("present") << u"phone_e164 present"_s
                             << json(R"({"field":"phone_e164","operator":"present"})");
    QTest::newRow("absent") << u"owner absent"_s
                            << json(R"({"field":"owner","operator":"absent"})");
}

void TestRoutingRule::parse()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, expected);
    auto parsed = Condition::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->toJson(), expected);
    // The parsed condition is the same as the one read from its JSON form.
    auto fromJson = Condition::fromJson(expected);
    QVERIFY(fromJson);
    QCOMPARE(fromJson->op, parsed->op);
    QCOMPARE(fromJson->values, parsed->values);
    QCOMPARE(fromJson->min, parsed->min);
    QCOMPARE(fromJson->max, parsed->max);
    QCOMPARE(fromJson->pattern, parsed->pattern);
}

void TestRoutingRule::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("no operator") << u"country"_s << u"is not a condition"_s;
    QTest::newRow("greater than") << u"score > 60"_s << u"is not a condition"_s;
    QTest::newRow("no space") << u"score>=60"_s << u"is not a condition"_s;
    QTest::newRow("empty") << u""_s << u"is not a condition"_s;
    QTest::newRow("not a number") << u"score >= lots"_s << u"\"lots\" is not a number"_s;
    QTest::newRow("nothing after >=") << u"score >= "_s << u"is not a number"_s;
    QTest::newRow("empty range") << u"employee_count .."_s << u"needs a minimum or a maximum"_s;
    QTest::newRow("range of words") << u"employee_count ..many"_s << u"is not a range"_s;
    QTest::newRow("range missing start") << u"employee_count x..5"_s << u"is not a"_s;
    QTest::newRow("reversed range")
        << u"employee_count 1000..51"_s << u"minimum above its maximum"_s;
    QTest::newRow("range on text") << u"industry 1..5"_s << u"not a number field"_s;
    QTest::newRow("in nothing") << u"industry in  "_s << u"needs at least one value"_s;
    QTest::newRow("unknown country")
        << u"country in DE,Narnia"_s << u"\"Narnia\" is not a country"_s;
    QTest::newRow("unknown stage") << u"stage in warm"_s << u"\"warm\" is not a stage"_s;
    QTest::newRow("unknown field") << u"hat in red"_s << u"\"hat\" is not a lead field"_s;
    QTest::newRow("empty pattern") << u"title ~ "_s << u"not a valid regular expression"_s;
    QTest::newRow("bad pattern") << u"title ~ [a-"_s << u"not a valid regular expression"_s;
}

void TestRoutingRule::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto parsed = Condition::parse(text);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->describe() : QString()));
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestRoutingRule::describe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::newRow("in") << u"country in DE,AT"_s << u"country is one of DE, AT"_s;
    QTest::newRow("not in") << u"industry not in Retail"_s << u"industry is none of Retail"_s;
    QTest::newRow("at least") << u"score >= 60"_s << u"score at least 60"_s;
    QTest::newRow("range") << u"employee_count 51..1000"_s
                           << u"employee_count between 51 and 1000"_s;
    QTest::newRow("range min") << u"employee_count 51.."_s << u"employee_count at least 51"_s;
    QTest::newRow("range max") << u"employee_count ..50"_s << u"employee_count at most 50"_s;
    QTest::newRow("money") << u"annual_revenue >= 2500.5"_s << u"annual_revenue at least 2500.5"_s;
    QTest::newRow("matches") << u"title ~ director"_s << u"title matches /director/"_s;
    QTest::newRow("present") << u"phone_e164 present"_s << u"phone_e164 is given"_s;
    QTest::newRow("absent") << u"owner absent"_s << u"owner is empty"_s;
}

void TestRoutingRule::describe()
{
    QFETCH(QString, text);
    QFETCH(QString, description);
    QCOMPARE(mustParse(text).describe(), description);
}

void TestRoutingRule::jsonRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("in") << json(R"({"field":"country","operator":"in","values":["DE","Austria"]})");
    QTest::newRow("not_in") << json(
        R"({"field":"industry","operator":"not_in","values":["Retail"]})");
    QTest::newRow("range") << json(
        R"({"field":"annual_revenue","operator":"range","min":0.5,"max":1e9})");
    QTest::newRow("at_least") << json(R"({"field":"score","operator":"at_least","min":60})");
    QTest::newRow("matches") << json(
        R"({"field":"title","operator":"matches","pattern":"\\bvp\\b"})");
    QTest::newRow("present") << json(R"({"field":"phone_e164","operator":"present"})");
    QTest::newRow("absent") << json(R"({"field":"owner","operator":"absent"})");
}

void TestRoutingRule::jsonRoundTrip()
{
    QFETCH(QJsonObject, object);
    auto condition = Condition::fromJson(object);
    QVERIFY2(condition, qPrintable(condition ? QString() : condition.error().message));
    QCOMPARE(condition->toJson(), object);
    auto again = Condition::fromJson(condition->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), object);
}

void TestRoutingRule::operatorKeys()
{
    const QList<std::pair<Condition::Operator, QString>> keys {{Condition::Operator::In, u"in"_s},
        {Condition::Operator::NotIn, u"not_in"_s}, {Condition::Operator::Range, u"range"_s},
        {Condition::Operator::AtLeast, u"at_least"_s}, {Condition::Operator::Matches, u"matches"_s},
        {Condition::Operator::Present, u"present"_s}, {Condition::Operator::Absent, u"absent"_s}};
    for (const auto &[op, key] : keys) {
        QCOMPARE(Condition::operatorKey(op), key);
        QCOMPARE(Condition::operatorFromString(key), op);
        QCOMPARE(Condition::operatorFromString(u" "_s + key.toUpper() + u" "_s), op);
    }
    QVERIFY(!Condition::operatorFromString(u"equals"_s));
    QVERIFY(!Condition::operatorFromString(u""_s));
    // A JSON condition without an operator is an "in".
    auto defaulted = Condition::fromJson(json(R"({"field":"industry","values":["Retail"]})"));
    QVERIFY(defaulted);
    QCOMPARE(defaulted->op, Condition::Operator::In);
    // Numbers in a values list are read as their text.
    auto numbers = Condition::fromJson(json(R"({"field":"employees","values":[35, "1000+"]})"));
    QVERIFY(numbers);
    QCOMPARE(numbers->values, QStringList({u"35"_s, u"1000+"_s}));
    QVERIFY(numbers->matches(leadWith({{u"employees"_s, u"35"_s}})));
}

// --- RoutingRule ---------------------------------------------------------------------------------

void TestRoutingRule::ruleValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<QList<qint64>>("pool");
    QTest::addColumn<double>("slaHours"); // 0 = unset
    QTest::addColumn<QString>("field"); // empty = valid

    QTest::newRow("user") << u"EMEA"_s << qint64(1) << QList<qint64> {} << 0.0 << QString();
    QTest::newRow("pool") << u"EMEA"_s << qint64(0) << QList<qint64> {1, 2} << 0.0 << QString();
    QTest::newRow("no name") << u"  "_s << qint64(1) << QList<qint64> {} << 0.0 << u"name"_s;
    QTest::newRow("nobody") << u"EMEA"_s << qint64(0) << QList<qint64> {} << 0.0 << u"target"_s;
    QTest::newRow("user and pool")
        << u"EMEA"_s << qint64(1) << QList<qint64> {2} << 0.0 << u"target"_s;
    QTest::newRow("sla negative") << u"EMEA"_s << qint64(1) << QList<qint64> {} << -1.0
                                  << u"sla_hours"_s;
    QTest::newRow("sla tiny") << u"EMEA"_s << qint64(1) << QList<qint64> {} << 0.01 << QString();
    QTest::newRow("sla 1000") << u"EMEA"_s << qint64(1) << QList<qint64> {} << 1000.0 << QString();
    QTest::newRow("sla 1000.5") << u"EMEA"_s << qint64(1) << QList<qint64> {} << 1000.5
                                << u"sla_hours"_s;
}

void TestRoutingRule::ruleValidation()
{
    QFETCH(QString, name);
    QFETCH(qint64, target);
    QFETCH(QList<qint64>, pool);
    QFETCH(double, slaHours);
    QFETCH(QString, field);
    RoutingRule r;
    r.name = name;
    r.targetUserId = target;
    r.pool = pool;
    if (slaHours != 0)
        r.slaHours = slaHours;
    const Status valid = r.validate();
    if (field.isEmpty()) {
        QVERIFY2(valid, qPrintable(valid ? QString() : valid.error().message));
        return;
    }
    QVERIFY(!valid);
    QCOMPARE(valid.error().code, ErrorCode::Invalid);
    QCOMPARE(valid.error().field, field);
    QVERIFY(!valid.error().message.isEmpty());

    // Zero hours is refused too (kept apart: 0 means "unset" in this table).
    RoutingRule zero;
    zero.name = u"z"_s;
    zero.targetUserId = 1;
    zero.slaHours = 0.0;
    QVERIFY(!zero.validate());
}

void TestRoutingRule::ruleMatchesWhenEveryConditionHolds()
{
    RoutingRule r;
    r.name = u"DACH software"_s;
    r.pool = {1, 2};
    QVERIFY(r.matches(leadWith({})));
    QCOMPARE(r.describe(), u"every lead"_s);
    r.conditions << mustParse(u"country in DE,AT,CH"_s) << mustParse(u"industry in Software"_s)
                 << mustParse(u"score >= 40"_s);
    QCOMPARE(r.describe(),
        u"country is one of DE, AT, CH and industry is one of Software and score at least 40"_s);
    const QVariantMap all {
        {u"country"_s, u"CH"_s}, {u"industry"_s, u"software"_s}, {u"score"_s, qint64(40)}};
    QVERIFY(r.matches(leadWith(all)));
    for (const QString &drop : all.keys()) {
        QVariantMap fields = all;
        fields.remove(drop);
        QVERIFY2(!r.matches(leadWith(fields)), qPrintable(drop));
    }
    QVariantMap low = all;
    low[u"score"_s] = qint64(39);
    QVERIFY(!r.matches(leadWith(low)));
}

// --- RoutingRuleStore ----------------------------------------------------------------------------

void TestRoutingRule::storeAppendsInOrder()
{
    RoutingRuleStore store(m_db->connection());
    auto empty = store.list();
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
        auto added = store.add(rule(name));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(added->id > 0);
    }
    QCOMPARE(order(), QStringList({u"A"_s, u"B"_s, u"C"_s}));
}

void TestRoutingRule::storeAddsAtPosition_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("storedAt");
    QTest::newRow("first") << 1 << QStringList {u"N"_s, u"A"_s, u"B"_s, u"C"_s} << 1;
    QTest::newRow("second") << 2 << QStringList {u"A"_s, u"N"_s, u"B"_s, u"C"_s} << 2;
    QTest::newRow("last") << 3 << QStringList {u"A"_s, u"B"_s, u"N"_s, u"C"_s} << 3;
    QTest::newRow("end") << 4 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"N"_s} << 4;
    QTest::newRow("beyond the end") << 99 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"N"_s} << 4;
    QTest::newRow("unset") << 0 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"N"_s} << 4;
    QTest::newRow("negative") << -2 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"N"_s} << 4;
}

void TestRoutingRule::storeAddsAtPosition()
{
    QFETCH(int, position);
    QFETCH(QStringList, expected);
    QFETCH(int, storedAt);
    RoutingRuleStore store(m_db->connection());
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        QVERIFY(store.add(rule(name)));
    RoutingRule n = rule(u"N"_s);
    n.position = position;
    auto added = store.add(n);
    QVERIFY(added);
    QCOMPARE(added->position, storedAt);
    QCOMPARE(order(), expected);
}

void TestRoutingRule::storeMoves_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("last to first") << u"D"_s << 1 << QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("first to last") << u"A"_s << 4 << QStringList {u"B"_s, u"C"_s, u"D"_s, u"A"_s};
    QTest::newRow("down one") << u"B"_s << 3 << QStringList {u"A"_s, u"C"_s, u"B"_s, u"D"_s};
    QTest::newRow("up one") << u"C"_s << 2 << QStringList {u"A"_s, u"C"_s, u"B"_s, u"D"_s};
    QTest::newRow("same place") << u"B"_s << 2 << QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    QTest::newRow("beyond the end") << u"A"_s << 40 << QStringList {u"B"_s, u"C"_s, u"D"_s, u"A"_s};
    QTest::newRow("zero clamps to first")
        << u"C"_s << 0 << QStringList {u"C"_s, u"A"_s, u"B"_s, u"D"_s};
}

void TestRoutingRule::storeMoves()
{
    QFETCH(QString, which);
    QFETCH(int, position);
    QFETCH(QStringList, expected);
    RoutingRuleStore store(m_db->connection());
    QHash<QString, qint64> ids;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
        ids.insert(name, store.add(rule(name))->id);
    const Status moved = store.move(ids.value(which), position);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(order(), expected);

    const Status unknown = store.move(999, 1);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(order(), expected);
}

void TestRoutingRule::storeRemoveKeepsPositionsContiguous()
{
    RoutingRuleStore store(m_db->connection());
    QHash<QString, qint64> ids;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s})
        ids.insert(name, store.add(rule(name))->id);
    QVERIFY(store.remove(ids.value(u"B"_s)));
    // Positions stay 1..n, so what `routing list` shows is what `routing move`/`--position` mean.
    QCOMPARE(order(), QStringList({u"A"_s, u"C"_s, u"D"_s}));

    RoutingRule n = rule(u"N"_s);
    n.position = 3;
    auto added = store.add(n);
    QVERIFY(added);
    QCOMPARE(added->position, 3);
    QCOMPARE(order(), QStringList({u"A"_s, u"C"_s, u"N"_s, u"D"_s}));

    const Status again = store.remove(ids.value(u"B"_s));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY(store.remove(ids.value(u"A"_s)));
    QCOMPARE(order(), QStringList({u"C"_s, u"N"_s, u"D"_s}));
}

void TestRoutingRule::storeUpdateRoundTrip()
{
    RoutingRuleStore store(m_db->connection());
    RoutingRule r;
    r.name = u"  DACH  "_s;
    r.conditions << mustParse(u"country in Germany,AT"_s)
                 << mustParse(u"employee_count 51..1000"_s);
    r.pool = {m_ann, m_bob};
    r.slaHours = 2.5;
    auto added = store.add(r);
    QVERIFY(added);
    auto listed = store.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const RoutingRule &stored = listed->constFirst();
    QCOMPARE(stored.id, added->id);
    QCOMPARE(stored.name, u"DACH"_s);
    QCOMPARE(stored.pool, QList<qint64>({m_ann, m_bob}));
    QCOMPARE(stored.targetUserId, qint64(0));
    QCOMPARE(stored.slaHours, std::optional<double>(2.5));
    QVERIFY(stored.enabled);
    QCOMPARE(stored.conditions.size(), 2);
    QCOMPARE(stored.conditions[0].toJson(), r.conditions[0].toJson());
    QCOMPARE(stored.conditions[1].toJson(), r.conditions[1].toJson());

    RoutingRule changed = stored;
    changed.pool.clear();
    changed.targetUserId = m_bob;
    changed.slaHours.reset();
    changed.enabled = false;
    changed.conditions = {mustParse(u"title ~ director"_s)};
    QVERIFY(store.update(changed));
    listed = store.list();
    QVERIFY(listed);
    QCOMPARE(listed->constFirst().targetUserId, m_bob);
    QVERIFY(listed->constFirst().pool.isEmpty());
    QVERIFY(!listed->constFirst().slaHours);
    QVERIFY(!listed->constFirst().enabled);
    QCOMPARE(listed->constFirst().conditions.size(), 1);
    QCOMPARE(listed->constFirst().conditions[0].pattern, u"director"_s);

    changed.id = 999;
    auto missing = store.update(changed);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestRoutingRule::storeRefusesUnknownUsersAndInvalidRules()
{
    RoutingRuleStore store(m_db->connection());
    RoutingRule ghost = rule(u"Ghost"_s);
    ghost.targetUserId = 4242;
    auto refused = store.add(ghost);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY(refused.error().message.contains(u"4242"_s));

    RoutingRule ghostPool = rule(u"Ghost pool"_s);
    ghostPool.targetUserId = 0;
    ghostPool.pool = {m_ann, 4343};
    refused = store.add(ghostPool);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"4343"_s));

    RoutingRule invalid = rule(u"Broken"_s);
    Condition bad;
    bad.field = u"country"_s;
    bad.values = {u"Narnia"_s};
    invalid.conditions << bad;
    refused = store.add(invalid);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);

    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM routing_rules"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRoutingRule)
#include "tst_routingrule.moc"
