#include "leadquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

LeadSql leadWhere(const LeadQuery &query)
{
    QStringList conditions;
    QVariantList values;
    switch (query.deleted) {
    case LeadQuery::Deleted::Exclude:
        conditions << u"deleted_at IS NULL"_s;
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
    const QStringList words = query.search.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << u"search_text LIKE ? ESCAPE '\\'"_s;
        values << likePattern(word);
    }
    if (!query.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.ids)
            ids << QString::number(id);
        conditions << u"id IN (%1)"_s.arg(ids.join(u", "_s));
    }
    LeadSql where;
    if (!conditions.isEmpty())
        where.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    where.values = values;
    return where;
}

Result<LeadSql> leadSelect(const LeadQuery &query, const QString &columns)
{
    LeadSql select = leadWhere(query);
    const FieldInfo &sort = fieldInfo(query.sortField);
    if (sort.type == FieldType::Json)
        return fail(ErrorCode::Invalid,
            QCoreApplication::translate("LeadService", "Leads cannot be sorted by %1.")
                .arg(fieldKey(sort.field)));
    const QString column = QString::fromLatin1(sort.column);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
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
    // Columns that are never empty skip the empty-last term, so SQLite can walk their index (or
    // the table itself, for the id) instead of sorting every row.
    static const QList<LeadField> neverEmpty {LeadField::Id, LeadField::Stage, LeadField::CreatedAt,
        LeadField::UpdatedAt, LeadField::Score, LeadField::FitScore, LeadField::EngagementScore,
        LeadField::Version, LeadField::EmailState};
    QString order = neverEmpty.contains(sort.field)
        ? u"%1 %2"_s.arg(key, direction)
        : u"%1 IS NULL, %2 %3"_s.arg(column, key, direction);
    if (sort.field != LeadField::Id)
        order += u", id "_s + direction;
    select.sql = u"SELECT %1 FROM leads%2 ORDER BY %3"_s.arg(columns, select.sql, order);
    if (query.limit >= 0 || query.offset > 0)
        select.sql += u" LIMIT %1 OFFSET %2"_s.arg(query.limit).arg(query.offset);
    return select;
}

} // namespace lf
