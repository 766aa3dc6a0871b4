#pragma once

#include "domain/leadfield.h"
#include "domain/stage.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lf {

/// What to list: filters, sort and page. All of it runs in SQL.
struct LeadQuery
{
    QList<Stage> stages; ///< any of these; empty = all
    std::optional<qint64> ownerId; ///< 0 = unassigned
    QString source; ///< exact, case-insensitive
    std::optional<qint64> minScore;
    std::optional<qint64> maxScore;
    QDateTime createdFrom; ///< inclusive; invalid = open
    QDateTime createdTo; ///< exclusive; invalid = open
    QString search; ///< words, each found in a name, the company or the email
    QList<qint64> ids; ///< only these leads; empty = all
    enum class Deleted { Exclude, Include, Only } deleted = Deleted::Exclude;

    LeadField sortField = LeadField::Id;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    qint64 limit = -1; ///< -1 = all
    qint64 offset = 0;
};

/// SQL text with its bound values, in order.
struct LeadSql
{
    QString sql;
    QVariantList values;
};

/// " WHERE ..." (or empty) for the query's filters, with its values.
LeadSql leadWhere(const LeadQuery &query);
/// "SELECT columns FROM leads WHERE ... ORDER BY ... LIMIT ..." for the whole query.
Result<LeadSql> leadSelect(const LeadQuery &query, const QString &columns);

} // namespace lf
