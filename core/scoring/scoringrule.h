#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace lf {

/// A scoring rule. Fit (explicit) rules look at the lead's own fields and describe the ideal
/// customer profile (positive points) and the un-ideal one (negative points). Engagement (implicit)
/// rules give points for each touchpoint of a type, channel or campaign, up to a cap, and let them
/// fade with a half-life.
struct ScoringRule
{
    enum class Kind { Fit, Engagement };
    enum class Operator {
        In, ///< the value is one of `values` (case-insensitive; countries by ISO code)
        Range, ///< a number between min and max, both inclusive, either may be open
        AtLeast, ///< a number of at least min
        Matches, ///< the text matches `pattern` (a case-insensitive regular expression)
        Present, ///< the field has a value
    };

    qint64 id = 0;
    int position = 0; ///< order in lists and explanations
    Kind kind = Kind::Fit;
    QString name;
    /// For fit rules a lead field key ("industry", "employee_count"); for engagement rules
    /// "type", "channel" or "campaign".
    QString attribute;
    Operator op = Operator::In;
    QStringList values;
    std::optional<double> min; ///< in the field's unit; money in whole currency units
    std::optional<double> max;
    QString pattern;
    int points = 0;
    /// Engagement only: the most this rule adds (or takes away) in total, after decay.
    std::optional<int> cap;
    /// Engagement only: points lose half their weight every this many days; none = no decay.
    std::optional<double> halfLifeDays;
    bool enabled = true;

    /// Rejects rules that cannot work, with a message naming the part that is wrong.
    Status validate() const;
    /// "employee_count between 51 and 1000", "type is one of demo_request".
    QString condition() const;

    QJsonObject toJson() const; ///< without id
    static Result<ScoringRule> fromJson(const QJsonObject &object);

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromString(QStringView text);
    static QString operatorKey(Operator op);
    static std::optional<Operator> operatorFromString(QStringView text);
    /// The lead field a fit rule reads.
    std::optional<LeadField> field() const;

    bool operator==(const ScoringRule &) const = default;
};

/// The scoring_rules table: list, add, update, remove, export and import (JSON).
class ScoringRuleStore
{
public:
    explicit ScoringRuleStore(QSqlDatabase db);

    Result<QList<ScoringRule>> list() const;
    Result<ScoringRule> get(qint64 id) const;
    /// Validates and appends the rule; returns it with its id.
    Result<ScoringRule> add(ScoringRule rule);
    Result<ScoringRule> update(const ScoringRule &rule);
    Status remove(qint64 id);

    /// {"format": "leadflow-scoring-rules", "version": 1, "rules": [...]}
    Result<QJsonObject> exportJson() const;
    /// Replaces every rule with those of an export; all or nothing. Returns how many were read.
    Result<int> importJson(const QJsonObject &document);

private:
    QSqlDatabase m_db;
};

} // namespace lf
