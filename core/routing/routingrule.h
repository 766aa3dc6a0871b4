#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <optional>

namespace lf {

/// A test on one lead field, as routing rules (and saved segments) use them. Fields are named by
/// their keys (`leadflow-cli fields`), score, grade and stage included.
struct Condition
{
    enum class Operator { In, NotIn, Range, AtLeast, Matches, Present, Absent };

    QString field;
    Operator op = Operator::In;
    QStringList values; ///< In / NotIn; case-insensitive, countries as ISO codes or names
    std::optional<double> min; ///< money in whole currency units
    std::optional<double> max;
    QString pattern; ///< Matches: a case-insensitive regular expression

    Status validate() const;
    bool matches(const Lead &lead) const;
    QString describe() const; ///< "country is one of DE, AT"

    QJsonObject toJson() const;
    static Result<Condition> fromJson(const QJsonObject &object);
    /// "country in DE,AT", "score >= 60", "employee_count 51..1000", "title ~ director",
    /// "phone_e164 present", "owner absent", "industry not in Retail" — the CLI's short form.
    static Result<Condition> parse(const QString &text);

    static QString operatorKey(Operator op);
    static std::optional<Operator> operatorFromString(QStringView text);
};

/// An ordered routing rule: when every condition holds, the lead goes to a user, or to a pool
/// served round robin weighted by capacity and load. The first enabled rule that matches wins.
struct RoutingRule
{
    qint64 id = 0;
    int position = 0;
    QString name;
    QList<Condition> conditions; ///< all must hold; none = every lead
    qint64 targetUserId = 0; ///< a fixed owner, or
    QList<qint64> pool; ///< users served round robin
    std::optional<double> slaHours; ///< first-contact deadline; none = the default
    bool enabled = true;

    Status validate() const;
    bool matches(const Lead &lead) const;
    QString describe() const; ///< "country is one of DE, AT and score at least 60"
};

class RoutingRuleStore
{
public:
    explicit RoutingRuleStore(QSqlDatabase db);

    Result<QList<RoutingRule>> list() const; ///< in order
    Result<RoutingRule> add(RoutingRule rule); ///< appended unless position is set
    Result<RoutingRule> update(const RoutingRule &rule);
    Status remove(qint64 id);
    /// Moves a rule to a 1-based position, shifting the others.
    Status move(qint64 id, int position);

private:
    QSqlDatabase m_db;
};

} // namespace lf
