#include "routingrule.h"

#include "domain/normalizer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Routing", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<LeadField> conditionField(const QString &key)
{
    const auto field = fieldFromName(key);
    if (!field || fieldKey(*field) != key)
        return std::nullopt;
    return field;
}

QString normalizedValue(LeadField field, const QString &value)
{
    if (field == LeadField::Country) {
        const QString code = Normalizer::countryCode(value);
        return code.isEmpty() ? value.trimmed().toCaseFolded() : code.toCaseFolded();
    }
    if (field == LeadField::Stage) {
        const auto stage = stageFromString(value);
        return stage ? stageKey(*stage) : value.trimmed().toCaseFolded();
    }
    return value.trimmed().toCaseFolded();
}

} // namespace

QString Condition::operatorKey(Operator op)
{
    switch (op) {
    case Operator::In:
        return u"in"_s;
    case Operator::NotIn:
        return u"not_in"_s;
    case Operator::Range:
        return u"range"_s;
    case Operator::AtLeast:
        return u"at_least"_s;
    case Operator::Matches:
        return u"matches"_s;
    case Operator::Present:
        return u"present"_s;
    case Operator::Absent:
        return u"absent"_s;
    }
    return {};
}

std::optional<Condition::Operator> Condition::operatorFromString(QStringView text)
{
    for (Operator op : {Operator::In, Operator::NotIn, Operator::Range, Operator::AtLeast,
             Operator::Matches, Operator::Present, Operator::Absent}) {
        if (text.trimmed().compare(operatorKey(op), Qt::CaseInsensitive) == 0)
            return op;
    }
    return std::nullopt;
}

Status Condition::validate() const
{
    const auto leadField = conditionField(field);
    if (!leadField)
        return fail(ErrorCode::Invalid,
            tr("\"%1\" is not a lead field (see `leadflow-cli fields`).").arg(field), u"field"_s);
    const FieldType type = fieldInfo(*leadField).type;
    const bool numeric = type == FieldType::Integer || type == FieldType::Money
        || type == FieldType::Timestamp || type == FieldType::Reference;
    switch (op) {
    case Operator::In:
    case Operator::NotIn:
        if (values.isEmpty())
            return fail(ErrorCode::Invalid,
                tr("The condition on %1 needs at least one value.").arg(field), u"values"_s);
        if (*leadField == LeadField::Stage) {
            for (const QString &value : values) {
                if (!stageFromString(value))
                    return fail(
                        ErrorCode::Invalid, tr("\"%1\" is not a stage.").arg(value), u"values"_s);
            }
        }
        if (*leadField == LeadField::Country) {
            for (const QString &value : values) {
                if (Normalizer::countryCode(value).isEmpty())
                    return fail(
                        ErrorCode::Invalid, tr("\"%1\" is not a country.").arg(value), u"values"_s);
            }
        }
        break;
    case Operator::Range:
    case Operator::AtLeast:
        if (!numeric)
            return fail(ErrorCode::Invalid,
                tr("%1 is not a number field; compare it with \"in\" or \"matches\".").arg(field),
                u"operator"_s);
        if (!min && (op == Operator::AtLeast || !max))
            return fail(ErrorCode::Invalid,
                tr("The condition on %1 needs a minimum or a maximum.").arg(field), u"min"_s);
        if (min && max && *min > *max)
            return fail(ErrorCode::Invalid,
                tr("The condition on %1 has its minimum above its maximum.").arg(field), u"max"_s);
        break;
    case Operator::Matches: {
        const QRegularExpression expression(pattern);
        if (pattern.isEmpty() || !expression.isValid())
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not a valid regular expression: %2.")
                    .arg(pattern, expression.errorString()),
                u"pattern"_s);
        break;
    }
    case Operator::Present:
    case Operator::Absent:
        break;
    }
    return {};
}

bool Condition::matches(const Lead &lead) const
{
    const auto leadField = conditionField(field);
    if (!leadField)
        return false;
    const QVariant value = lead.value(*leadField);
    const bool present = !value.isNull() && !value.toString().trimmed().isEmpty();
    switch (op) {
    case Operator::Present:
        return present;
    case Operator::Absent:
        return !present;
    case Operator::In:
    case Operator::NotIn: {
        const QString mine = present ? normalizedValue(*leadField, value.toString()) : QString();
        bool found = false;
        for (const QString &wanted : values) {
            if (present && normalizedValue(*leadField, wanted) == mine) {
                found = true;
                break;
            }
        }
        return op == Operator::In ? found : !found;
    }
    case Operator::Range:
    case Operator::AtLeast: {
        if (!present)
            return false;
        double number = value.toDouble();
        if (fieldInfo(*leadField).type == FieldType::Money)
            number /= 100.0;
        if (min && number < *min)
            return false;
        return !(op == Operator::Range && max && number > *max);
    }
    case Operator::Matches:
        return present
            && QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
                   .match(value.toString())
                   .hasMatch();
    }
    return false;
}

QString Condition::describe() const
{
    switch (op) {
    case Operator::In:
        return tr("%1 is one of %2").arg(field, values.join(u", "_s));
    case Operator::NotIn:
        return tr("%1 is none of %2").arg(field, values.join(u", "_s));
    case Operator::Range:
        if (min && max)
            return tr("%1 between %2 and %3").arg(field, number(*min), number(*max));
        return min ? tr("%1 at least %2").arg(field, number(*min))
                   : tr("%1 at most %2").arg(field, number(max.value_or(0)));
    case Operator::AtLeast:
        return tr("%1 at least %2").arg(field, number(min.value_or(0)));
    case Operator::Matches:
        return tr("%1 matches /%2/").arg(field, pattern);
    case Operator::Present:
        return tr("%1 is given").arg(field);
    case Operator::Absent:
        return tr("%1 is empty").arg(field);
    }
    return {};
}

QJsonObject Condition::toJson() const
{
    QJsonObject object {{u"field"_s, field}, {u"operator"_s, operatorKey(op)}};
    if (!values.isEmpty())
        object.insert(u"values"_s, QJsonArray::fromStringList(values));
    if (min)
        object.insert(u"min"_s, *min);
    if (max)
        object.insert(u"max"_s, *max);
    if (!pattern.isEmpty())
        object.insert(u"pattern"_s, pattern);
    return object;
}

Result<Condition> Condition::fromJson(const QJsonObject &object)
{
    Condition condition;
    condition.field = object.value(u"field"_s).toString().trimmed();
    const auto op = operatorFromString(object.value(u"operator"_s).toString(u"in"_s));
    if (!op)
        return fail(ErrorCode::Invalid,
            tr("\"%1\" is not an operator; use in, not_in, range, at_least, matches, present "
               "or absent.")
                .arg(object.value(u"operator"_s).toString()),
            u"operator"_s);
    condition.op = *op;
    for (const QJsonValue &value : object.value(u"values"_s).toArray()) {
        const QString text = value.isDouble() ? number(value.toDouble()) : value.toString();
        if (!text.trimmed().isEmpty())
            condition.values << text.trimmed();
    }
    condition.min = optionalNumber(object.value(u"min"_s));
    condition.max = optionalNumber(object.value(u"max"_s));
    condition.pattern = object.value(u"pattern"_s).toString();
    if (auto valid = condition.validate(); !valid)
        return fail(valid.error());
    return condition;
}

Result<Condition> Condition::parse(const QString &text)
{
    static const QRegularExpression form(
        uR"(^\s*([A-Za-z_0-9]+)\s+(not in|in|>=|\.\.|~|present|absent)\s*(.*)$)"_s);
    static const QRegularExpression range(
        uR"(^\s*([A-Za-z_0-9]+)\s+(-?[\d.]*)\s*\.\.\s*(-?[\d.]*)\s*$)"_s);
    Condition condition;
    const auto rangeMatch = range.match(text);
    if (rangeMatch.hasMatch()) {
        condition.field = rangeMatch.captured(1);
        condition.op = Condition::Operator::Range;
        bool ok = true;
        if (!rangeMatch.captured(2).isEmpty())
            condition.min = rangeMatch.captured(2).toDouble(&ok);
        if (ok && !rangeMatch.captured(3).isEmpty())
            condition.max = rangeMatch.captured(3).toDouble(&ok);
        if (!ok)
            return fail(
                ErrorCode::Invalid, tr("\"%1\" is not a range such as 51..1000.").arg(text));
    } else {
        const auto match = form.match(text);
        if (!match.hasMatch())
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not a condition; write e.g. \"country in DE,AT\", \"score >= 60\", "
                   "\"employee_count 51..1000\", \"title ~ director\", \"phone_e164 present\".")
                    .arg(text));
        condition.field = match.captured(1);
        const QString op = match.captured(2);
        const QString rest = match.captured(3).trimmed();
        // A ".." the range form above did not take has something other than numbers around it;
        // it must not fall through to "absent" below.
        if (op == u".."_s)
            return fail(
                ErrorCode::Invalid, tr("\"%1\" is not a range such as 51..1000.").arg(text));
        if (op == u"in"_s || op == u"not in"_s) {
            condition.op = op == u"in"_s ? Condition::Operator::In : Condition::Operator::NotIn;
            for (const QString &value : rest.split(u','))
                if (!value.trimmed().isEmpty())
                    condition.values << value.trimmed();
        } else if (op == u">="_s) {
            condition.op = Condition::Operator::AtLeast;
            bool ok = false;
            condition.min = rest.toDouble(&ok);
            if (!ok)
                return fail(ErrorCode::Invalid, tr("\"%1\" is not a number.").arg(rest));
        } else if (op == u"~"_s) {
            condition.op = Condition::Operator::Matches;
            condition.pattern = rest;
        } else {
            condition.op =
                op == u"present"_s ? Condition::Operator::Present : Condition::Operator::Absent;
        }
    }
    if (auto valid = condition.validate(); !valid)
        return fail(valid.error());
    return condition;
}

Status RoutingRule::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("A routing rule needs a name."), u"name"_s);
    if ((targetUserId > 0) == !pool.isEmpty())
        return fail(ErrorCode::Invalid,
            tr("Routing rule \"%1\" needs either one user or a pool of users.").arg(name),
            u"target"_s);
    if (slaHours && !(*slaHours > 0 && *slaHours <= 1000))
        return fail(ErrorCode::Invalid,
            tr("The first-contact deadline must be between 0 and 1000 business hours."),
            u"sla_hours"_s);
    for (const Condition &condition : conditions) {
        if (auto valid = condition.validate(); !valid) {
            Error error = valid.error();
            error.message = tr("Routing rule \"%1\": %2").arg(name, error.message);
            return fail(error);
        }
    }
    return {};
}

bool RoutingRule::matches(const Lead &lead) const
{
    return std::all_of(conditions.cbegin(), conditions.cend(),
        [&](const Condition &condition) { return condition.matches(lead); });
}

QString RoutingRule::describe() const
{
    if (conditions.isEmpty())
        return tr("every lead");
    QStringList parts;
    for (const Condition &condition : conditions)
        parts << condition.describe();
    return parts.join(tr(" and "));
}

// --- RoutingRuleStore ----------------------------------------------------------------------------

namespace {

const QString selectRules = u"SELECT id, position, name, conditions, target_user_id, pool, "
                            "sla_hours, enabled FROM routing_rules"_s;

RoutingRule readRule(const QSqlQuery &query)
{
    RoutingRule rule;
    rule.id = query.value(0).toLongLong();
    rule.position = query.value(1).toInt();
    rule.name = query.value(2).toString();
    for (const QJsonValue &value :
        QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array()) {
        if (auto condition = Condition::fromJson(value.toObject()))
            rule.conditions << *condition;
    }
    rule.targetUserId = query.value(4).toLongLong();
    for (const QJsonValue &value :
        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
        rule.pool << qint64(value.toDouble());
    if (!query.value(6).isNull())
        rule.slaHours = query.value(6).toDouble();
    rule.enabled = query.value(7).toBool();
    return rule;
}

void bindRule(QSqlQuery &query, const RoutingRule &rule)
{
    QJsonArray conditions;
    for (const Condition &condition : rule.conditions)
        conditions.append(condition.toJson());
    QJsonArray pool;
    for (qint64 id : rule.pool)
        pool.append(id);
    query.addBindValue(rule.position);
    query.addBindValue(rule.name.trimmed());
    query.addBindValue(QString::fromUtf8(QJsonDocument(conditions).toJson(QJsonDocument::Compact)));
    query.addBindValue(rule.targetUserId > 0 ? QVariant(rule.targetUserId)
                                             : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(rule.pool.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(QString::fromUtf8(QJsonDocument(pool).toJson(QJsonDocument::Compact))));
    query.addBindValue(
        rule.slaHours ? QVariant(*rule.slaHours) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(rule.enabled ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
}

Status checkUsers(QSqlDatabase &db, const RoutingRule &rule)
{
    QList<qint64> ids = rule.pool;
    if (rule.targetUserId > 0)
        ids << rule.targetUserId;
    for (qint64 id : std::as_const(ids)) {
        QSqlQuery query(db);
        query.prepare(u"SELECT 1 FROM users WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(databaseError(query, tr("Cannot read the users")));
        if (!query.next())
            return fail(ErrorCode::NotFound, tr("There is no user %1.").arg(id), u"target"_s);
    }
    return {};
}

} // namespace

RoutingRuleStore::RoutingRuleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<RoutingRule>> RoutingRuleStore::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(selectRules + u" ORDER BY position, id"_s))
        return fail(databaseError(query, tr("Cannot read the routing rules")));
    QList<RoutingRule> rules;
    while (query.next())
        rules << readRule(query);
    return rules;
}

Result<RoutingRule> RoutingRuleStore::add(RoutingRule rule)
{
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    if (auto users = checkUsers(m_db, rule); !users)
        return fail(users.error());
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery last(m_db);
    if (!last.exec(u"SELECT COALESCE(MAX(position), 0) FROM routing_rules"_s) || !last.next())
        return fail(databaseError(last, tr("Cannot add the routing rule")));
    const int end = last.value(0).toInt() + 1;
    const int position = rule.position <= 0 || rule.position > end ? end : rule.position;
    if (position < end) {
        QSqlQuery shift(m_db);
        shift.prepare(u"UPDATE routing_rules SET position = position + 1 WHERE position >= ?"_s);
        shift.addBindValue(position);
        if (!shift.exec())
            return fail(databaseError(shift, tr("Cannot add the routing rule")));
    }
    rule.position = position;
    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO routing_rules (position, name, conditions, target_user_id, pool, "
        "sla_hours, enabled, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRule(insert, rule);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return fail(databaseError(insert, tr("Cannot add the routing rule")));
    rule.id = insert.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return rule;
}

Result<RoutingRule> RoutingRuleStore::update(const RoutingRule &rule)
{
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    if (auto users = checkUsers(m_db, rule); !users)
        return fail(users.error());
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE routing_rules SET position = ?, name = ?, conditions = ?, "
                   "target_user_id = ?, pool = ?, sla_hours = ?, enabled = ?, updated_at = ? "
                   "WHERE id = ?"_s);
    bindRule(update, rule);
    update.addBindValue(rule.id);
    if (!update.exec())
        return fail(databaseError(update, tr("Cannot save routing rule %1").arg(rule.id)));
    if (update.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("There is no routing rule %1.").arg(rule.id));
    return rule;
}

Status RoutingRuleStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery find(m_db);
    find.prepare(u"SELECT position FROM routing_rules WHERE id = ?"_s);
    find.addBindValue(id);
    if (!find.exec())
        return fail(databaseError(find, tr("Cannot remove routing rule %1").arg(id)));
    if (!find.next())
        return fail(ErrorCode::NotFound, tr("There is no routing rule %1.").arg(id));
    const int position = find.value(0).toInt();
    find.finish();
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM routing_rules WHERE id = ?"_s);
    remove.addBindValue(id);
    if (!remove.exec())
        return fail(databaseError(remove, tr("Cannot remove routing rule %1").arg(id)));
    // Close the gap, so positions stay 1..n: what `routing list` shows is what `move` and
    // `add --position` mean.
    QSqlQuery shift(m_db);
    shift.prepare(u"UPDATE routing_rules SET position = position - 1 WHERE position > ?"_s);
    shift.addBindValue(position);
    if (!shift.exec())
        return fail(databaseError(shift, tr("Cannot remove routing rule %1").arg(id)));
    return transaction.commit();
}

Status RoutingRuleStore::move(qint64 id, int position)
{
    auto rules = list();
    if (!rules)
        return fail(rules.error());
    const auto it = std::find_if(
        rules->begin(), rules->end(), [id](const RoutingRule &r) { return r.id == id; });
    if (it == rules->end())
        return fail(ErrorCode::NotFound, tr("There is no routing rule %1.").arg(id));
    RoutingRule moved = *it;
    rules->erase(it);
    rules->insert(std::clamp<qsizetype>(position - 1, 0, rules->size()), moved);
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    for (qsizetype i = 0; i < rules->size(); ++i) {
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE routing_rules SET position = ? WHERE id = ?"_s);
        update.addBindValue(int(i + 1));
        update.addBindValue((*rules)[i].id);
        if (!update.exec())
            return fail(databaseError(update, tr("Cannot reorder the routing rules")));
    }
    return transaction.commit();
}

} // namespace lf
