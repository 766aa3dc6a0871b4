#include "cli.h"

#include "routing/userservice.h"
#include "storage/databasehealth.h"
#include "workflow/pendingwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lf::cli {

int Context::error(const QString &message, int code)
{
    err << "leadflow-cli: " << message << '\n';
    err.flush();
    return code;
}

int Context::error(const Error &e)
{
    if (e.code == ErrorCode::Database && e.message.contains(u"database or disk is full"_s)) {
        const QString path = database ? database->path() : databasePath(parser);
        return error(tr("The disk is full: the database %1 cannot grow. Nothing was changed; free "
                        "some space and try again.")
                         .arg(QDir::toNativeSeparators(path)),
            Failure);
    }
    if (e.code == ErrorCode::Database && e.message.contains(u"database is locked"_s)) {
        const QString path = database ? database->path() : databasePath(parser);
        return error(tr("The database %1 is busy: another program has been writing to it for "
                        "longer than Leadflow waits. Nothing was changed; try again in a moment.")
                         .arg(QDir::toNativeSeparators(path)),
            Failure);
    }
    if (DatabaseHealth::isDamage(e)) {
        const QString path = database ? database->path() : databasePath(parser);
        return error(DatabaseHealth::explainDamage(e, path).toString(), Failure);
    }
    return error(e.toString(), e.code == ErrorCode::Invalid ? Usage : Failure);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("leadflow-cli", text);
}

const QCommandLineOption &dbOption()
{
    static const QCommandLineOption option(u"db"_s,
        tr("The database file (default: $LEADFLOW_DB, else %1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        tr("path"));
    return option;
}

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option(QStringList {u"h"_s, u"help"_s}, tr("Show this help."));
    return option;
}

const QCommandLineOption &formatOption()
{
    static const QCommandLineOption option(
        u"format"_s, tr("Output format: table, csv or json."), tr("format"), u"table"_s);
    return option;
}

QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(dbOption()))
        return parser.value(dbOption());
    const QString fromEnvironment = qEnvironmentVariable("LEADFLOW_DB");
    return fromEnvironment.isEmpty() ? Database::defaultPath() : fromEnvironment;
}

int openDatabase(Context &ctx, bool create, bool finishOwed)
{
    const QString path = databasePath(ctx.parser);
    Database::Options options;
    options.create = create;
    auto database = Database::open(path, options);
    if (!database) {
        Error error = database.error();
        if (error.code == ErrorCode::NotFound)
            error.message += u' '
                + tr("Create it with: leadflow-cli init --db %1")
                      .arg(QDir::toNativeSeparators(path));
        return ctx.error(error.toString());
    }
    ctx.database = std::move(*database);
    ctx.leads = std::make_unique<LeadService>(ctx.database->connection());
    return finishOwed ? finishOwedWork(ctx) : Success;
}

int finishOwedWork(Context &ctx)
{
    if (ctx.database->isReadOnly())
        return Success;
    QSqlDatabase db = ctx.database->connection();
    auto owed = PendingWork::owed(db);
    if (!owed || owed->isEmpty())
        return Success; // a database older than the record reads as owing nothing
    ctx.err << tr("leadflow-cli: finishing the rescoring and routing still owed after %1…")
                   .arg(owed->join(u", "_s))
            << '\n';
    ctx.err.flush();
    auto done = PendingWork::finish(db, qEnvironmentVariable("USER", u"local"_s));
    if (!done)
        return ctx.error(tr("The rescoring owed after %1 failed again; nothing else was done: %2")
                             .arg(owed->join(u", "_s), done.error().toString()));
    if (*done)
        ctx.err << tr("leadflow-cli: rescored %1 leads: %2 changed, %3 moved to MQL.")
                       .arg((*done)->totals.leads)
                       .arg((*done)->totals.changed)
                       .arg((*done)->totals.promoted)
                << '\n';
    return Success;
}

std::optional<Format> parseFormat(Context &ctx)
{
    const QString name = ctx.parser.value(formatOption()).toLower();
    if (name == u"table"_s)
        return Format::Table;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"json"_s)
        return Format::Json;
    ctx.error(tr("Unknown format \"%1\"; use table, csv or json.").arg(name), Usage);
    return std::nullopt;
}

Result<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            ErrorCode::Invalid, tr("\"%1\" is not a lead id (a positive number).").arg(text));
    return id;
}

/// "first_name=Ada" "email=ada@example.com" → changes; the field names as in `fields`.
Result<LeadChanges> parseAssignments(const QStringList &assignments)
{
    LeadChanges changes;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return fail(
                ErrorCode::Invalid, tr("\"%1\" is not of the form field=value.").arg(assignment));
        const QString name = assignment.left(equals);
        const auto field = fieldFromName(name);
        if (!field)
            return fail(ErrorCode::Invalid,
                tr("Unknown field \"%1\"; `leadflow-cli fields` lists them.").arg(name));
        if (!fieldInfo(*field).editable)
            return fail(ErrorCode::Invalid,
                tr("The field %1 is kept by Leadflow and cannot be set.").arg(fieldKey(*field)));
        changes.append({*field, assignment.mid(equals + 1)});
    }
    return changes;
}

QHash<qint64, QString> ownerNames(Context &ctx)
{
    QHash<qint64, QString> names;
    if (!ctx.database)
        return names;
    if (auto users = UserService(ctx.database->connection()).list()) {
        for (const User &user : std::as_const(*users))
            names.insert(user.id, user.name);
    }
    return names;
}

void printLead(Context &ctx, const Lead &lead, Format format)
{
    const QHash<qint64, QString> names = ownerNames(ctx);
    if (format == Format::Json) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(leadToJson(lead, names)).toJson(QJsonDocument::Indented));
        return;
    }
    QStringList headers {u"field"_s, u"value"_s};
    QList<QStringList> rows;
    for (const FieldInfo &info : allFields()) {
        if (lead.isNull(info.field))
            continue;
        QString value = lead.displayText(info.field);
        if (info.field == LeadField::OwnerId && names.contains(lead.integer(info.field)))
            value = u"%1 (%2)"_s.arg(names.value(lead.integer(info.field)), value);
        rows << QStringList {QString::fromLatin1(info.key), value};
    }
    if (format == Format::Csv) {
        printRows(ctx.out, format, headers, rows);
        return;
    }
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(rows))
        width = std::max(width, row[0].size());
    for (const QStringList &row : std::as_const(rows))
        ctx.out << row[0].leftJustified(width + 2) << terminalSafe(row[1]) << '\n';
}

// --- list --------------------------------------------------------------------------------------

const QCommandLineOption &stageOption()
{
    static const QCommandLineOption option(
        u"stage"_s, tr("Only these stages (comma-separated)."), tr("stages"));
    return option;
}

const QCommandLineOption &ownerOption()
{
    static const QCommandLineOption option(u"owner"_s,
        tr("Only leads of this owner id; \"none\" for "
           "unassigned."),
        tr("owner"));
    return option;
}

const QCommandLineOption &sourceOption()
{
    static const QCommandLineOption option(
        u"source"_s, tr("Only leads from this source."), tr("source"));
    return option;
}

const QCommandLineOption &searchOption()
{
    static const QCommandLineOption option(u"search"_s,
        tr("Only leads whose name, company or email contain every "
           "word."),
        tr("words"));
    return option;
}

const QCommandLineOption &minScoreOption()
{
    static const QCommandLineOption option(u"min-score"_s, tr("Score at least n."), tr("n"));
    return option;
}

const QCommandLineOption &maxScoreOption()
{
    static const QCommandLineOption option(u"max-score"_s, tr("Score at most n."), tr("n"));
    return option;
}

const QCommandLineOption &createdFromOption()
{
    static const QCommandLineOption option(
        u"created-from"_s, tr("Created on or after this date (ISO 8601)."), tr("date"));
    return option;
}

const QCommandLineOption &createdToOption()
{
    static const QCommandLineOption option(
        u"created-to"_s, tr("Created before this date (ISO 8601)."), tr("date"));
    return option;
}

const QCommandLineOption &sortOption()
{
    static const QCommandLineOption option(u"sort"_s,
        tr("Sort by a field; a leading - sorts descending "
           "(--sort -score)."),
        tr("field"), u"id"_s);
    return option;
}

const QCommandLineOption &limitOption()
{
    static const QCommandLineOption option(u"limit"_s, tr("At most n leads."), tr("n"));
    return option;
}

const QCommandLineOption &offsetOption()
{
    static const QCommandLineOption option(u"offset"_s, tr("Skip the first n leads."), tr("n"));
    return option;
}

const QCommandLineOption &deletedOption()
{
    static const QCommandLineOption option(u"deleted"_s,
        tr("Deleted leads: exclude (default), include or only."), tr("mode"), u"exclude"_s);
    return option;
}

Result<LeadQuery> parseQuery(const QCommandLineParser &parser)
{
    LeadQuery query;
    if (parser.isSet(stageOption())) {
        for (const QString &name : parser.value(stageOption()).split(u',', Qt::SkipEmptyParts)) {
            auto stage = LeadService::parseValue(LeadField::Stage, name);
            if (!stage)
                return fail(stage.error());
            query.stages << *stageFromString(stage->toString());
        }
    }
    if (parser.isSet(ownerOption())) {
        const QString owner = parser.value(ownerOption());
        bool ok = false;
        const qint64 id = owner.toLongLong(&ok);
        if (owner.compare(u"none"_s, Qt::CaseInsensitive) == 0)
            query.ownerId = 0;
        else if (ok && id > 0)
            query.ownerId = id;
        else
            return fail(ErrorCode::Invalid, tr("--owner needs a user id or \"none\"."));
    }
    query.source = parser.value(sourceOption());
    query.search = parser.value(searchOption());
    auto number = [&](const QCommandLineOption &option) -> Result<std::optional<qint64>> {
        if (!parser.isSet(option))
            return std::optional<qint64>();
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::Invalid,
                tr("--%1 needs a whole number.").arg(option.names().constFirst()));
        return std::optional<qint64>(value);
    };
    auto date = [&](const QCommandLineOption &option) -> Result<QDateTime> {
        if (!parser.isSet(option))
            return QDateTime();
        auto value = LeadService::parseValue(LeadField::CreatedAt, parser.value(option));
        if (!value)
            return fail(ErrorCode::Invalid,
                tr("--%1 needs a date such as 2026-11-23.").arg(option.names().constFirst()));
        return QDateTime::fromMSecsSinceEpoch(value->toLongLong(), QTimeZone::utc());
    };
    for (auto [option, target] : {std::pair {&minScoreOption(), &query.minScore},
             std::pair {&maxScoreOption(), &query.maxScore}}) {
        auto value = number(*option);
        if (!value)
            return fail(value.error());
        *target = *value;
    }
    auto from = date(createdFromOption());
    auto to = date(createdToOption());
    if (!from)
        return fail(from.error());
    if (!to)
        return fail(to.error());
    query.createdFrom = *from;
    query.createdTo = *to;

    QString sort = parser.value(sortOption());
    if (sort.startsWith(u'-')) {
        query.sortOrder = Qt::DescendingOrder;
        sort.remove(0, 1);
    }
    const auto sortField = fieldFromName(sort);
    if (!sortField || fieldInfo(*sortField).type == FieldType::Json)
        return fail(ErrorCode::Invalid,
            tr("Cannot sort by \"%1\"; `leadflow-cli fields` lists the fields.").arg(sort));
    query.sortField = *sortField;

    auto limit = number(limitOption());
    auto offset = number(offsetOption());
    if (!limit)
        return fail(limit.error());
    if (!offset)
        return fail(offset.error());
    query.limit = limit->value_or(-1);
    query.offset = offset->value_or(0);
    const QString deleted = parser.value(deletedOption()).toLower();
    if (deleted == u"include"_s)
        query.deleted = LeadQuery::Deleted::Include;
    else if (deleted == u"only"_s)
        query.deleted = LeadQuery::Deleted::Only;
    else if (deleted != u"exclude"_s)
        return fail(ErrorCode::Invalid, tr("--deleted takes exclude, include or only."));
    return query;
}

void addQueryOptions(QCommandLineParser &parser)
{
    parser.addOptions({stageOption(), ownerOption(), sourceOption(), searchOption(),
        minScoreOption(), maxScoreOption(), createdFromOption(), createdToOption(), sortOption(),
        limitOption(), offsetOption(), deletedOption(), formatOption()});
}

void noOptions(QCommandLineParser &)
{
}

void formatOnly(QCommandLineParser &parser)
{
    parser.addOption(formatOption());
}

} // namespace lf::cli
