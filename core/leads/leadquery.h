#pragma once

#include "domain/leadfield.h"
#include "domain/stage.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
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
    /// Words, each beginning a word of a name, the company or the email (LeadSearch).
    QString search;
    QList<qint64> ids; ///< only these leads; empty = all
    enum class Deleted { Exclude, Include, Only } deleted = Deleted::Exclude;
    QStringList grades; ///< any of these fit grades ("A".."D"); "" = not graded; empty = all
    /// The first-contact SLA of a lead (first_contact_due_at, first_contacted_at):
    /// Overdue: due and not contacted, the due time passed; DueToday: not contacted, due between
    /// now and the end of the local day; Met: contacted while a due time was set; None: no SLA.
    enum class Sla { Any, Overdue, DueToday, Met, None } sla = Sla::Any;
    /// The time the SLA filter compares with; invalid = the current time (tests fix it).
    QDateTime now;

    LeadField sortField = LeadField::Id;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    qint64 limit = -1; ///< -1 = all
    qint64 offset = 0;
    /// Read in the exact reverse of the order above (limit and offset count from the end): the
    /// last page of a long list sorted without an index costs as little as the first.
    bool reverse = false;
};

/// SQL text with its bound values, in order.
struct LeadSql
{
    QString sql;
    QVariantList values;
};

/// " WHERE ..." (or empty) for the query's filters, with its values. The columns are not
/// qualified, so it fits a statement over leads alone or a join whose other tables do not have
/// them.
LeadSql leadWhere(const LeadQuery &query);
/// "SELECT columns FROM leads WHERE ... ORDER BY ... LIMIT ..." for the whole query.
Result<LeadSql> leadSelect(const LeadQuery &query, const QString &columns);
/// "SELECT id FROM leads WHERE ... ORDER BY ... LIMIT ..." for a page deep in a big list: the
/// deleted rows are left out through their small partial index instead of a test on each row, so
/// an OFFSET over an indexed sort skips rows in the index without reading the table. For a
/// statement over leads alone (columns are not qualified, "id" is).
Result<LeadSql> leadIdSelect(const LeadQuery &query);
/// The first `window` leads of the query's list without its search, with their search text:
/// "SELECT id, search_text FROM leads WHERE ... ORDER BY ... LIMIT window". The first page of a
/// search for common words is among them (LeadSearch::matches picks it out) and costs a walk of a
/// few hundred index entries, where the search index would hand over every match to be sorted.
Result<LeadSql> leadWindowSelect(const LeadQuery &query, qint64 window);
/// COUNT(*) of the query's leads, counted from the smallest index where the filters allow.
LeadSql leadCount(const LeadQuery &query);

/// Stable keys of the SLA states ("overdue", "due_today", "met", "none"; "" for Any).
QString slaKey(LeadQuery::Sla sla);
std::optional<LeadQuery::Sla> slaFromKey(QStringView key);

/// The filters of a query as JSON (sort and page left out); keys are the lead field keys where
/// one fits ("stage", "owner_id", "source", "grade", "created_at"), times ISO 8601 UTC.
QJsonObject toJson(const LeadQuery &query);
/// Reads what toJson() wrote; unknown keys are ignored, wrong values refused with a message.
Result<LeadQuery> leadQueryFromJson(const QJsonObject &object);
/// Whether the two queries select the same leads (filters equal; sort and page ignored).
bool sameFilters(const LeadQuery &a, const LeadQuery &b);

} // namespace lf
