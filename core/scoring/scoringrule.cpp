#include "scoringrule.h"

#include "domain/normalizer.h"
#include "scorer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScoringRule", text);
}

const QStringList &engagementAttributes()
{
    static const QStringList list {u"type"_s, u"channel"_s, u"campaign"_s};
    return list;
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Money;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

} // namespace

QString ScoringRule::kindKey(Kind kind)
{
    return kind == Kind::Fit ? u"fit"_s : u"engagement"_s;
}

std::optional<ScoringRule::Kind> ScoringRule::kindFromString(QStringView text)
{
    if (text.compare(u"fit", Qt::CaseInsensitive) == 0)
        return Kind::Fit;
    if (text.compare(u"engagement", Qt::CaseInsensitive) == 0)
        return Kind::Engagement;
    return std::nullopt;
}

QString ScoringRule::operatorKey(Operator op)
{
    switch (op) {
    case Operator::In:
        return u"in"_s;
    case Operator::Range:
        return u"range"_s;
    case Operator::AtLeast:
        return u"at_least"_s;
    case Operator::Matches:
        return u"matches"_s;
    case Operator::Present:
        return u"present"_s;
    }
    return {};
}

std::optional<ScoringRule::Operator> ScoringRule::operatorFromString(QStringView text)
{
    for (Operator op :
        {Operator::In, Operator::Range, Operator::AtLeast, Operator::Matches, Operator::Present}) {
        if (text.compare(operatorKey(op), Qt::CaseInsensitive) == 0)
            return op;
    }
    return std::nullopt;
}

std::optional<LeadField> ScoringRule::field() const
{
    if (kind != Kind::Fit)
        return std::nullopt;
    const auto found = fieldFromName(attribute);
    // fieldFromName is loose ("Job title" → title); a rule names the field by its key.
    if (!found || fieldKey(*found) != attribute)
        return std::nullopt;
    return found;
}

Status ScoringRule::validate() const
{
    const auto invalid = [this](const QString &message, const QString &part) {
        return fail(ErrorCode::Invalid,
            name.isEmpty() ? message : tr("Rule \"%1\": %2").arg(name, message), part);
    };
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("A scoring rule needs a name."), u"name"_s);
    if (points == 0)
        return invalid(tr("points must not be 0."), u"points"_s);
    if (std::abs(points) > 1000)
        return invalid(tr("points must be between -1000 and 1000."), u"points"_s);

    if (kind == Kind::Engagement) {
        if (!engagementAttributes().contains(attribute))
            return invalid(tr("an engagement rule looks at a touchpoint's type, channel or "
                              "campaign, not \"%1\".")
                               .arg(attribute),
                u"attribute"_s);
        if (op != Operator::In || values.isEmpty())
            return invalid(
                tr("an engagement rule needs the list of %1 values it counts.").arg(attribute),
                u"values"_s);
        if (cap && (*cap <= 0 || *cap > 1000))
            return invalid(tr("the cap must be between 1 and 1000 points."), u"cap"_s);
        if (halfLifeDays && !(*halfLifeDays > 0 && *halfLifeDays <= 3650))
            return invalid(tr("the half-life must be between 0 and 3650 days (greater than 0)."),
                u"half_life_days"_s);
        return {};
    }

    if (cap || halfLifeDays)
        return invalid(tr("cap and half-life belong to engagement rules; a fit rule scores the "
                          "lead's fields once."),
            cap ? u"cap"_s : u"half_life_days"_s);
    const auto leadField = field();
    if (!leadField)
        return invalid(tr("\"%1\" is not a lead field (see `leadflow-cli fields`).").arg(attribute),
            u"attribute"_s);
    // A rule on the scores would make the score depend on itself and change at every rescore.
    if (*leadField == LeadField::Score || *leadField == LeadField::FitScore
        || *leadField == LeadField::EngagementScore || *leadField == LeadField::Grade)
        return invalid(
            tr("%1 comes from the rules themselves; a rule cannot score it.").arg(attribute),
            u"attribute"_s);
    // Fit describes who the lead is, not where it stands: a stage change does not rescore (so
    // recycling a lead cannot bounce it straight back to MQL), and neither may a rule read it.
    switch (*leadField) {
    case LeadField::Stage:
    case LeadField::AcceptedAt:
    case LeadField::ConvertedAt:
    case LeadField::ClosedAt:
    case LeadField::LostReason:
    case LeadField::RecycleReason:
        return invalid(tr("%1 tells where the lead stands in the funnel, not who it is; fit rules "
                          "cannot use it.")
                           .arg(attribute),
            u"attribute"_s);
    default:
        break;
    }
    const FieldType type = fieldInfo(*leadField).type;
    switch (op) {
    case Operator::In:
        if (values.isEmpty())
            return invalid(tr("\"is one of\" needs at least one value."), u"values"_s);
        if (type != FieldType::Text && type != FieldType::Stage)
            return invalid(tr("\"is one of\" works on text fields; %1 is a number.").arg(attribute),
                u"operator"_s);
        if (*leadField == LeadField::Country) {
            for (const QString &value : values) {
                if (Normalizer::countryCode(value).isEmpty())
                    return invalid(tr("\"%1\" is not a country.").arg(value), u"values"_s);
            }
        }
        break;
    case Operator::Range:
    case Operator::AtLeast:
        if (!isNumeric(type))
            return invalid(
                tr("a range needs a number field; %1 is text.").arg(attribute), u"operator"_s);
        if (!min && (op == Operator::AtLeast || !max))
            return invalid(op == Operator::AtLeast
                    ? tr("\"at least\" needs a minimum.")
                    : tr("a range needs a minimum, a maximum or both."),
                u"min"_s);
        if (min && max && *min > *max)
            return invalid(
                tr("the minimum (%1) is above the maximum (%2).").arg(number(*min), number(*max)),
                u"max"_s);
        break;
    case Operator::Matches: {
        if (type != FieldType::Text)
            return invalid(tr("\"matches\" works on text fields."), u"operator"_s);
        const QRegularExpression expression(pattern);
        if (pattern.isEmpty() || !expression.isValid())
            return invalid(tr("the pattern \"%1\" is not a valid regular expression: %2.")
                               .arg(pattern, expression.errorString()),
                u"pattern"_s);
        break;
    }
    case Operator::Present:
        break;
    }
    return {};
}

QString ScoringRule::condition() const
{
    switch (op) {
    case Operator::In:
        return tr("%1 is one of %2").arg(attribute, values.join(u", "_s));
    case Operator::Range:
        if (min && max)
            return tr("%1 between %2 and %3").arg(attribute, number(*min), number(*max));
        if (min)
            return tr("%1 at least %2").arg(attribute, number(*min));
        return tr("%1 at most %2").arg(attribute, number(max.value_or(0)));
    case Operator::AtLeast:
        return tr("%1 at least %2").arg(attribute, number(min.value_or(0)));
    case Operator::Matches:
        return tr("%1 matches /%2/").arg(attribute, pattern);
    case Operator::Present:
        return tr("%1 is given").arg(attribute);
    }
    return {};
}

QJsonObject ScoringRule::toJson() const
{
    QJsonObject object {
        {u"kind"_s, kindKey(kind)},
        {u"name"_s, name},
        {u"attribute"_s, attribute},
        {u"operator"_s, operatorKey(op)},
        {u"points"_s, points},
        {u"enabled"_s, enabled},
    };
    if (!values.isEmpty())
        object.insert(u"values"_s, QJsonArray::fromStringList(values));
    if (min)
        object.insert(u"min"_s, *min);
    if (max)
        object.insert(u"max"_s, *max);
    if (!pattern.isEmpty())
        object.insert(u"pattern"_s, pattern);
    if (cap)
        object.insert(u"cap"_s, *cap);
    if (halfLifeDays)
        object.insert(u"half_life_days"_s, *halfLifeDays);
    return object;
}

Result<ScoringRule> ScoringRule::fromJson(const QJsonObject &object)
{
    ScoringRule rule;
    rule.name = object.value(u"name"_s).toString().trimmed();
    const auto kind = kindFromString(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(ErrorCode::Invalid,
            tr("Rule \"%1\": kind must be \"fit\" or \"engagement\".").arg(rule.name), u"kind"_s);
    rule.kind = *kind;
    rule.attribute = object.value(u"attribute"_s).toString().trimmed();
    const auto op = operatorFromString(object.value(u"operator"_s).toString(u"in"_s));
    if (!op)
        return fail(ErrorCode::Invalid,
            tr("Rule \"%1\": operator must be one of in, range, at_least, matches, present.")
                .arg(rule.name),
            u"operator"_s);
    rule.op = *op;
    for (const QJsonValue &value : object.value(u"values"_s).toArray()) {
        const QString text = value.isDouble() ? number(value.toDouble()) : value.toString();
        if (!text.trimmed().isEmpty())
            rule.values << text.trimmed();
    }
    // A value of the wrong type must not read as "none": "cap": "30" would lift the cap.
    for (const QString &key : {u"min"_s, u"max"_s, u"cap"_s, u"half_life_days"_s}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isDouble())
            return fail(ErrorCode::Invalid,
                tr("Rule \"%1\": %2 must be a number.").arg(rule.name, key), key);
    }
    if (const QJsonValue cap = object.value(u"cap"_s);
        cap.isDouble() && cap.toDouble() != std::floor(cap.toDouble()))
        return fail(ErrorCode::Invalid,
            tr("Rule \"%1\": cap must be a whole number.").arg(rule.name), u"cap"_s);
    if (const QJsonValue enabled = object.value(u"enabled"_s);
        !enabled.isUndefined() && !enabled.isBool())
        return fail(ErrorCode::Invalid,
            tr("Rule \"%1\": enabled must be true or false.").arg(rule.name), u"enabled"_s);
    rule.min = optionalNumber(object.value(u"min"_s));
    rule.max = optionalNumber(object.value(u"max"_s));
    rule.pattern = object.value(u"pattern"_s).toString();
    const QJsonValue points = object.value(u"points"_s);
    if (!points.isDouble() || points.toDouble() != std::floor(points.toDouble()))
        return fail(ErrorCode::Invalid,
            tr("Rule \"%1\": points must be a whole number.").arg(rule.name), u"points"_s);
    rule.points = int(std::clamp(points.toDouble(), -1e6, 1e6));
    if (const auto cap = optionalNumber(object.value(u"cap"_s)))
        rule.cap = int(std::clamp(*cap, -1e6, 1e6));
    rule.halfLifeDays = optionalNumber(object.value(u"half_life_days"_s));
    rule.enabled = object.value(u"enabled"_s).toBool(true);
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    return rule;
}

// --- ScoringRuleStore ----------------------------------------------------------------------------

namespace {

const QString selectRules = u"SELECT id, position, kind, name, attribute, operator, arguments, "
                            "points, cap, half_life_days, enabled FROM scoring_rules"_s;

ScoringRule readRule(const QSqlQuery &query)
{
    ScoringRule rule;
    rule.id = query.value(0).toLongLong();
    rule.position = query.value(1).toInt();
    rule.kind =
        ScoringRule::kindFromString(query.value(2).toString()).value_or(ScoringRule::Kind::Fit);
    rule.name = query.value(3).toString();
    rule.attribute = query.value(4).toString();
    rule.op = ScoringRule::operatorFromString(query.value(5).toString())
                  .value_or(ScoringRule::Operator::In);
    const QJsonObject arguments =
        QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    for (const QJsonValue &value : arguments.value(u"values"_s).toArray())
        rule.values << value.toString();
    rule.min = optionalNumber(arguments.value(u"min"_s));
    rule.max = optionalNumber(arguments.value(u"max"_s));
    rule.pattern = arguments.value(u"pattern"_s).toString();
    rule.points = query.value(7).toInt();
    if (!query.value(8).isNull())
        rule.cap = query.value(8).toInt();
    if (!query.value(9).isNull())
        rule.halfLifeDays = query.value(9).toDouble();
    rule.enabled = query.value(10).toBool();
    return rule;
}

QString argumentsJson(const ScoringRule &rule)
{
    QJsonObject arguments;
    if (!rule.values.isEmpty())
        arguments.insert(u"values"_s, QJsonArray::fromStringList(rule.values));
    if (rule.min)
        arguments.insert(u"min"_s, *rule.min);
    if (rule.max)
        arguments.insert(u"max"_s, *rule.max);
    if (!rule.pattern.isEmpty())
        arguments.insert(u"pattern"_s, rule.pattern);
    return QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
}

void bindRule(QSqlQuery &query, const ScoringRule &rule)
{
    query.addBindValue(rule.position);
    query.addBindValue(ScoringRule::kindKey(rule.kind));
    query.addBindValue(rule.name.trimmed());
    query.addBindValue(rule.attribute);
    query.addBindValue(ScoringRule::operatorKey(rule.op));
    query.addBindValue(argumentsJson(rule));
    query.addBindValue(rule.points);
    query.addBindValue(rule.cap ? QVariant(*rule.cap) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(
        rule.halfLifeDays ? QVariant(*rule.halfLifeDays) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(rule.enabled ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

ScoringRuleStore::ScoringRuleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<ScoringRule>> ScoringRuleStore::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(selectRules + u" ORDER BY kind DESC, position, id"_s))
        return fail(databaseError(query, tr("Cannot read the scoring rules")));
    QList<ScoringRule> rules;
    while (query.next())
        rules << readRule(query);
    return rules;
}

Result<ScoringRule> ScoringRuleStore::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectRules + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the scoring rules")));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no scoring rule %1.").arg(id));
    return readRule(query);
}

Result<ScoringRule> ScoringRuleStore::add(ScoringRule rule)
{
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    QSqlQuery position(m_db);
    if (!position.exec(u"SELECT COALESCE(MAX(position), 0) + 1 FROM scoring_rules"_s)
        || !position.next())
        return fail(databaseError(position, tr("Cannot add the scoring rule")));
    if (rule.position <= 0)
        rule.position = position.value(0).toInt();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO scoring_rules (position, kind, name, attribute, operator, "
                   "arguments, points, cap, half_life_days, enabled, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRule(insert, rule);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return fail(databaseError(insert, tr("Cannot add the scoring rule")));
    rule.id = insert.lastInsertId().toLongLong();
    if (auto distrusted = ScoringService::distrustEngagementStates(m_db); !distrusted)
        return fail(distrusted.error());
    return rule;
}

Result<ScoringRule> ScoringRuleStore::update(const ScoringRule &rule)
{
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE scoring_rules SET position = ?, kind = ?, name = ?, attribute = ?, "
                   "operator = ?, arguments = ?, points = ?, cap = ?, half_life_days = ?, "
                   "enabled = ?, updated_at = ? WHERE id = ?"_s);
    bindRule(update, rule);
    update.addBindValue(rule.id);
    if (!update.exec())
        return fail(databaseError(update, tr("Cannot save scoring rule %1").arg(rule.id)));
    if (update.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("There is no scoring rule %1.").arg(rule.id));
    if (auto distrusted = ScoringService::distrustEngagementStates(m_db); !distrusted)
        return fail(distrusted.error());
    return rule;
}

Status ScoringRuleStore::remove(qint64 id)
{
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM scoring_rules WHERE id = ?"_s);
    remove.addBindValue(id);
    if (!remove.exec())
        return fail(databaseError(remove, tr("Cannot remove scoring rule %1").arg(id)));
    if (remove.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("There is no scoring rule %1.").arg(id));
    return ScoringService::distrustEngagementStates(m_db);
}

Result<QJsonObject> ScoringRuleStore::exportJson() const
{
    auto rules = list();
    if (!rules)
        return fail(rules.error());
    QJsonArray array;
    for (const ScoringRule &rule : std::as_const(*rules))
        array.append(rule.toJson());
    return QJsonObject {
        {u"format"_s, u"leadflow-scoring-rules"_s}, {u"version"_s, 1}, {u"rules"_s, array}};
}

Result<int> ScoringRuleStore::importJson(const QJsonObject &document)
{
    if (document.value(u"format"_s).toString() != u"leadflow-scoring-rules"_s
        || !document.value(u"rules"_s).isArray())
        return fail(ErrorCode::Parse,
            tr("This is not a Leadflow scoring rules file (it needs \"format\": "
               "\"leadflow-scoring-rules\" and a \"rules\" list)."));
    if (document.value(u"version"_s).toInt() > 1)
        return fail(ErrorCode::Parse,
            tr("These scoring rules were written by a newer Leadflow (format version %1).")
                .arg(document.value(u"version"_s).toInt()));
    QList<ScoringRule> rules;
    const QJsonArray array = document.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto rule = ScoringRule::fromJson(array.at(i).toObject());
        if (!rule) {
            Error error = rule.error();
            error.message = tr("Rule %1 of the file: %2").arg(i + 1).arg(error.message);
            return fail(error);
        }
        rule->position = int(i + 1);
        rules << *rule;
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery clear(m_db);
    if (!clear.exec(u"DELETE FROM scoring_rules"_s))
        return fail(databaseError(clear, tr("Cannot replace the scoring rules")));
    for (const ScoringRule &rule : std::as_const(rules)) {
        if (auto added = add(rule); !added)
            return fail(added.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return int(rules.size());
}

} // namespace lf
