#include "leadquery.h"

#include "leadsearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadQuery", text);
}

/// How the deleted rows are left out: a test on each row (fits any statement), or by id through
/// the partial index leads_deleted (lets an index on the sort column answer alone).
enum class DeletedBy { Column, Index };

LeadSql buildWhere(const LeadQuery &query, DeletedBy deletedBy)
{
    QStringList conditions;
    QVariantList values;
    switch (query.deleted) {
    case LeadQuery::Deleted::Exclude:
        conditions << (deletedBy == DeletedBy::Column
                ? u"deleted_at IS NULL"_s
                : u"id NOT IN (SELECT id FROM leads WHERE deleted_at IS NOT NULL)"_s);
        break;
    case LeadQuery::Deleted::Only:
        conditions << u"deleted_at IS NOT NULL"_s;
        break;
    case LeadQuery::Deleted::Include:
        break;
    }
    if (!query.stages.isEmpty()) {
        QStringList marks;
        for (Stage stage : query.stages) {
            marks << u"?"_s;
            values << stageKey(stage);
        }
        conditions << u"stage IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (query.ownerId) {
        if (*query.ownerId == 0) {
            conditions << u"owner_id IS NULL"_s;
        } else {
            conditions << u"owner_id = ?"_s;
            values << *query.ownerId;
        }
    }
    if (!query.source.isEmpty()) {
        conditions << u"source = ? COLLATE NOCASE"_s;
        values << query.source;
    }
    if (query.minScore) {
        conditions << u"score >= ?"_s;
        values << *query.minScore;
    }
    if (query.maxScore) {
        conditions << u"score <= ?"_s;
        values << *query.maxScore;
    }
    if (query.createdFrom.isValid()) {
        conditions << u"created_at >= ?"_s;
        values << query.createdFrom.toMSecsSinceEpoch();
    }
    if (query.createdTo.isValid()) {
        conditions << u"created_at < ?"_s;
        values << query.createdTo.toMSecsSinceEpoch();
    }
    if (!query.search.isEmpty()) {
        const LeadSearch search(query.search);
        if (const QString match = search.matchExpression(); !match.isEmpty()) {
            conditions << u"id IN (SELECT rowid FROM lead_search WHERE lead_search MATCH ?)"_s;
            values << match;
        }
        for (const QString &substring : search.substrings()) {
            conditions << u"search_text LIKE ? ESCAPE '\\'"_s;
            values << likePattern(substring);
        }
        if (search.matchesNothing())
            conditions << u"0"_s;
    }
    if (!query.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.ids)
            ids << QString::number(id);
        conditions << u"id IN (%1)"_s.arg(ids.join(u", "_s));
    }
    if (!query.grades.isEmpty()) {
        QStringList marks;
        bool ungraded = false;
        for (const QString &grade : query.grades) {
            if (grade.isEmpty()) {
                ungraded = true;
                continue;
            }
            marks << u"?"_s;
            values << grade.toUpper();
        }
        QStringList either;
        if (!marks.isEmpty())
            either << u"grade IN (%1)"_s.arg(marks.join(u", "_s));
        if (ungraded)
            either << u"grade IS NULL"_s;
        conditions << (either.size() == 1 ? either.first() : u"(%1)"_s.arg(either.join(u" OR "_s)));
    }
    if (query.sla != LeadQuery::Sla::Any) {
        const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
        switch (query.sla) {
        case LeadQuery::Sla::Overdue:
            conditions << u"first_contact_due_at < ? AND first_contacted_at IS NULL"_s;
            values << now.toMSecsSinceEpoch();
            break;
        case LeadQuery::Sla::DueToday: {
            // The end of the day where the user is, not in UTC.
            const QDateTime local = now.toLocalTime();
            const QDateTime endOfDay = local.date().addDays(1).startOfDay(local.timeZone());
            conditions << u"first_contact_due_at >= ? AND first_contact_due_at < ? AND "
                          "first_contacted_at IS NULL"_s;
            values << now.toMSecsSinceEpoch() << endOfDay.toMSecsSinceEpoch();
            break;
        }
        case LeadQuery::Sla::Met:
            conditions << u"first_contact_due_at IS NOT NULL AND first_contacted_at IS NOT NULL"_s;
            break;
        case LeadQuery::Sla::None:
            conditions << u"first_contact_due_at IS NULL"_s;
            break;
        case LeadQuery::Sla::Any:
            break;
        }
    }
    LeadSql where;
    if (!conditions.isEmpty())
        where.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    where.values = values;
    return where;
}

Result<LeadSql> buildSelect(const LeadQuery &query, const QString &columns, DeletedBy deletedBy)
{
    LeadSql select = buildWhere(query, deletedBy);
    const FieldInfo &sort = fieldInfo(query.sortField);
    if (sort.type == FieldType::Json)
        return fail(ErrorCode::Invalid,
            QCoreApplication::translate("LeadService", "Leads cannot be sorted by %1.")
                .arg(fieldKey(sort.field)));
    const QString column = QString::fromLatin1(sort.column);
    const bool ascending = (query.sortOrder == Qt::AscendingOrder) != query.reverse;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    // Empty values sort last either way; text compares without regard to ASCII case; stages in
    // funnel order; ties by id.
    QString key = column;
    if (sort.type == FieldType::Text) {
        key += u" COLLATE NOCASE"_s;
    } else if (sort.type == FieldType::Stage) {
        QStringList cases;
        const QList<Stage> stages = allStages();
        for (qsizetype i = 0; i < stages.size(); ++i)
            cases << u"WHEN '%1' THEN %2"_s.arg(stageKey(stages[i])).arg(i);
        key = u"CASE %1 %2 END"_s.arg(column, cases.join(u' '));
    }
    // A search walking an index in sort order reads the table row of every lead it passes, in
    // index order: for a rare word, the whole table at random. Sorting the matches the search
    // index gives is faster then; the common words are served by leadWindowSelect().
    if (!query.search.isEmpty() && sort.field != LeadField::Id)
        key = u"+"_s + key;
    // Columns that are never empty skip the empty-last term, so SQLite can walk their index (or
    // the table itself, for the id) instead of sorting every row.
    static const QList<LeadField> neverEmpty {LeadField::Id, LeadField::Stage, LeadField::CreatedAt,
        LeadField::UpdatedAt, LeadField::Score, LeadField::FitScore, LeadField::EngagementScore,
        LeadField::Version, LeadField::EmailState};
    QString order = neverEmpty.contains(sort.field)
        ? u"%1 %2"_s.arg(key, direction)
        : u"%1 IS NULL%2, %3 %4"_s.arg(
            column, query.reverse ? u" DESC"_s : QString(), key, direction);
    if (sort.field != LeadField::Id)
        order += u", id "_s + direction;
    const QString page = query.limit >= 0 || query.offset > 0
        ? u" LIMIT %1 OFFSET %2"_s.arg(query.limit).arg(query.offset)
        : QString();
    // The text columns with a sort index on (column IS NULL, column COLLATE NOCASE) (schema 10).
    // Ascending (or its exact reverse) walks it as it is. Descending wants the empty values last
    // but the others from Z to A: no single walk gives that, so the list is the leads that have a
    // value, walked backwards, then those that have none, each part read from the index.
    static const QList<LeadField> sortIndexed {
        LeadField::FirstName, LeadField::Company, LeadField::Email};
    const bool emptiesAgainstValues = query.reverse == ascending;
    if (sortIndexed.contains(sort.field) && query.search.isEmpty() && emptiesAgainstValues) {
        const QString where = select.sql.isEmpty() ? u" WHERE "_s : select.sql + u" AND "_s;
        // (The emptiness test is fixed in each part; naming it in the ORDER BY too would make
        // SQLite sort instead of walking the index.)
        const QString armOrder = u"%1 %2, id %2"_s.arg(key, direction);
        // Each part is at most the whole page long; its LIMIT also keeps its ORDER BY its own.
        const QString armLimit =
            query.limit >= 0 ? u" LIMIT %1"_s.arg(query.limit + query.offset) : u" LIMIT -1"_s;
        auto arm = [&](bool empty) {
            return u"SELECT * FROM (SELECT %1 FROM leads%2(%3 IS NULL) = %4 ORDER BY %5%6)"_s.arg(
                columns, where, column, empty ? u"1"_s : u"0"_s, armOrder, armLimit);
        };
        const bool emptiesFirst = query.reverse;
        select.sql = arm(emptiesFirst) + u" UNION ALL "_s + arm(!emptiesFirst) + page;
        select.values = select.values + select.values;
        return select;
    }
    select.sql = u"SELECT %1 FROM leads%2 ORDER BY %3"_s.arg(columns, select.sql, order) + page;
    return select;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

LeadSql leadWhere(const LeadQuery &query)
{
    return buildWhere(query, DeletedBy::Column);
}

Result<LeadSql> leadSelect(const LeadQuery &query, const QString &columns)
{
    return buildSelect(query, columns, DeletedBy::Column);
}

Result<LeadSql> leadIdSelect(const LeadQuery &query)
{
    return buildSelect(query, u"id"_s, DeletedBy::Index);
}

Result<LeadSql> leadWindowSelect(const LeadQuery &query, qint64 window)
{
    LeadQuery unsearched = query;
    unsearched.search.clear();
    unsearched.limit = window;
    unsearched.offset = 0;
    return buildSelect(unsearched, u"id, search_text"_s, DeletedBy::Index);
}

LeadSql leadCount(const LeadQuery &query)
{
    LeadSql count = buildWhere(query, DeletedBy::Index);
    count.sql = u"SELECT COUNT(*) FROM leads"_s + count.sql;
    return count;
}

QString slaKey(LeadQuery::Sla sla)
{
    switch (sla) {
    case LeadQuery::Sla::Overdue:
        return u"overdue"_s;
    case LeadQuery::Sla::DueToday:
        return u"due_today"_s;
    case LeadQuery::Sla::Met:
        return u"met"_s;
    case LeadQuery::Sla::None:
        return u"none"_s;
    case LeadQuery::Sla::Any:
        break;
    }
    return {};
}

std::optional<LeadQuery::Sla> slaFromKey(QStringView key)
{
    for (auto sla : {LeadQuery::Sla::Any, LeadQuery::Sla::Overdue, LeadQuery::Sla::DueToday,
             LeadQuery::Sla::Met, LeadQuery::Sla::None}) {
        if (key.compare(slaKey(sla), Qt::CaseInsensitive) == 0)
            return sla;
    }
    return std::nullopt;
}

QJsonObject toJson(const LeadQuery &query)
{
    QJsonObject object;
    if (!query.stages.isEmpty()) {
        QStringList keys;
        for (Stage stage : query.stages)
            keys << stageKey(stage);
        object.insert(u"stages"_s, stringArray(keys));
    }
    if (query.ownerId)
        object.insert(u"owner_id"_s, *query.ownerId);
    if (!query.source.isEmpty())
        object.insert(u"source"_s, query.source);
    if (query.minScore)
        object.insert(u"min_score"_s, *query.minScore);
    if (query.maxScore)
        object.insert(u"max_score"_s, *query.maxScore);
    if (query.createdFrom.isValid())
        object.insert(u"created_from"_s, isoTime(query.createdFrom));
    if (query.createdTo.isValid())
        object.insert(u"created_to"_s, isoTime(query.createdTo));
    if (!query.search.isEmpty())
        object.insert(u"search"_s, query.search);
    if (!query.ids.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : query.ids)
            ids.append(id);
        object.insert(u"ids"_s, ids);
    }
    if (query.deleted == LeadQuery::Deleted::Include)
        object.insert(u"deleted"_s, u"include"_s);
    else if (query.deleted == LeadQuery::Deleted::Only)
        object.insert(u"deleted"_s, u"only"_s);
    if (!query.grades.isEmpty())
        object.insert(u"grades"_s, stringArray(query.grades));
    if (query.sla != LeadQuery::Sla::Any)
        object.insert(u"sla"_s, slaKey(query.sla));
    return object;
}

Result<LeadQuery> leadQueryFromJson(const QJsonObject &object)
{
    LeadQuery query;
    auto invalid = [](const QString &key) {
        return fail(ErrorCode::Invalid,
            tr("The saved filter \"%1\" has a value Leadflow cannot read.").arg(key), key);
    };
    auto integer = [&object](const QString &key) -> std::optional<qint64> {
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (number != double(qint64(number)))
            return std::nullopt;
        return qint64(number);
    };
    auto time = [&object](const QString &key) {
        return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    };
    if (object.contains(u"stages"_s)) {
        if (!object.value(u"stages"_s).isArray())
            return invalid(u"stages"_s);
        for (const QJsonValue &value : object.value(u"stages"_s).toArray()) {
            const auto stage = stageFromString(value.toString());
            if (!stage)
                return invalid(u"stages"_s);
            query.stages << *stage;
        }
    }
    for (const auto &[key, target] :
        {std::pair {u"owner_id"_s, &query.ownerId}, std::pair {u"min_score"_s, &query.minScore},
            std::pair {u"max_score"_s, &query.maxScore}}) {
        if (!object.contains(key))
            continue;
        const auto value = integer(key);
        if (!value)
            return invalid(key);
        *target = *value;
    }
    for (const auto &[key, target] : {std::pair {u"created_from"_s, &query.createdFrom},
             std::pair {u"created_to"_s, &query.createdTo}}) {
        if (!object.contains(key))
            continue;
        *target = time(key);
        if (!target->isValid())
            return invalid(key);
    }
    for (const auto &[key, target] :
        {std::pair {u"source"_s, &query.source}, std::pair {u"search"_s, &query.search}}) {
        if (!object.contains(key))
            continue;
        if (!object.value(key).isString())
            return invalid(key);
        *target = object.value(key).toString();
    }
    if (object.contains(u"ids"_s)) {
        if (!object.value(u"ids"_s).isArray())
            return invalid(u"ids"_s);
        for (const QJsonValue &value : object.value(u"ids"_s).toArray()) {
            if (!value.isDouble() || value.toDouble() < 1)
                return invalid(u"ids"_s);
            query.ids << qint64(value.toDouble());
        }
    }
    if (object.contains(u"deleted"_s)) {
        const QString deleted = object.value(u"deleted"_s).toString();
        if (deleted == u"include"_s)
            query.deleted = LeadQuery::Deleted::Include;
        else if (deleted == u"only"_s)
            query.deleted = LeadQuery::Deleted::Only;
        else if (deleted != u"exclude"_s)
            return invalid(u"deleted"_s);
    }
    if (object.contains(u"grades"_s)) {
        if (!object.value(u"grades"_s).isArray())
            return invalid(u"grades"_s);
        for (const QJsonValue &value : object.value(u"grades"_s).toArray()) {
            if (!value.isString())
                return invalid(u"grades"_s);
            query.grades << value.toString();
        }
    }
    if (object.contains(u"sla"_s)) {
        const auto sla = slaFromKey(object.value(u"sla"_s).toString());
        if (!sla)
            return invalid(u"sla"_s);
        query.sla = *sla;
    }
    return query;
}

bool sameFilters(const LeadQuery &a, const LeadQuery &b)
{
    return toJson(a) == toJson(b);
}

} // namespace lf
