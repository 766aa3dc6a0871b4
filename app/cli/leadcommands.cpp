#include "cli.h"
#include "io/sampledata.h"
#include "storage/databasehealth.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

// --- init --------------------------------------------------------------------------------------

const QCommandLineOption &sampleOption()
{
    static const QCommandLineOption option(u"sample"_s,
        tr("Also load the sample leads (an import that "
           "undo-import removes)."));
    return option;
}

int runInit(Context &ctx)
{
    if (int code = openDatabase(ctx, true); code != Success)
        return code;
    ctx.out << tr("Database ready: %1 (schema version %2)")
                   .arg(QDir::toNativeSeparators(ctx.database->path()))
                   .arg(ctx.database->schemaVersion())
            << '\n';
    if (ctx.parser.isSet(sampleOption())) {
        Progress progress;
        auto created = loadSampleLeads(*ctx.database, progress);
        if (!created)
            return ctx.error(created.error());
        ctx.out << tr("Loaded %1 sample leads.").arg(*created) << '\n';
    }
    return Success;
}

// --- fields ------------------------------------------------------------------------------------

int runFields(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    static const char *const typeNames[] = {
        "text", "integer", "money", "timestamp", "stage", "reference", "json"};
    QList<QStringList> rows;
    for (const FieldInfo &info : allFields())
        rows << QStringList {QString::fromLatin1(info.key),
            QString::fromLatin1(typeNames[int(info.type)]), info.editable ? tr("yes") : tr("no"),
            fieldLabel(info.field)};
    printRows(ctx.out, *format, {u"field"_s, u"type"_s, u"settable"_s, u"label"_s}, rows);
    return Success;
}

// --- add / show / update / delete / restore ------------------------------------------------------

int runAdd(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.isEmpty())
        return ctx.error(tr("add needs at least one field=value."), Usage);
    auto changes = parseAssignments(ctx.arguments);
    if (!changes)
        return ctx.error(changes.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    auto lead = ctx.leads->create(*changes);
    if (!lead)
        return ctx.error(lead.error());
    if (*format == Format::Table)
        ctx.out << tr("Created lead %1.").arg(lead->id()) << '\n';
    else
        printLead(ctx, *lead, *format);
    return Success;
}

int runShow(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("show needs one lead id."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto lead = ctx.leads->get(*id, true);
    if (!lead)
        return ctx.error(lead.error());
    printLead(ctx, *lead, *format);
    return Success;
}

const QCommandLineOption &ifVersionOption()
{
    static const QCommandLineOption option(u"if-version"_s,
        tr("Only change the lead if it is still at this version "
           "(as shown by `show`); report a conflict otherwise."),
        tr("n"));
    return option;
}

const QCommandLineOption &reasonOption()
{
    static const QCommandLineOption option(
        u"reason"_s, tr("Why (kept with stage changes)."), tr("text"));
    return option;
}

int runUpdate(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() < 2)
        return ctx.error(tr("update needs a lead id and at least one field=value."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    auto changes = parseAssignments(ctx.arguments.mid(1));
    if (!changes)
        return ctx.error(changes.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    Result<Lead> lead;
    if (ctx.parser.isSet(ifVersionOption())) {
        bool ok = false;
        const qint64 version = ctx.parser.value(ifVersionOption()).toLongLong(&ok);
        if (!ok)
            return ctx.error(tr("--if-version needs a number."), Usage);
        lead = ctx.leads->update(*id, version, *changes, ctx.parser.value(reasonOption()));
    } else {
        // Another writer's save between the read and the write is merged in when it touched
        // other fields (LeadService::updateCurrent).
        lead = ctx.leads->updateCurrent(*id, *changes, ctx.parser.value(reasonOption()));
    }
    if (!lead)
        return ctx.error(lead.error());
    if (*format == Format::Table)
        ctx.out << tr("Updated lead %1 (version %2).").arg(lead->id()).arg(lead->version()) << '\n';
    else
        printLead(ctx, *lead, *format);
    return Success;
}

int runDeleteOrRestore(Context &ctx, bool restore)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(
            tr("%1 needs one lead id.").arg(restore ? u"restore"_s : u"delete"_s), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    auto lead = restore ? ctx.leads->restore(*id) : ctx.leads->remove(*id);
    if (!lead)
        return ctx.error(lead.error());
    ctx.out << (restore ? tr("Restored lead %1.")
                        : tr("Deleted lead %1; `restore %1` brings it back."))
                   .arg(*id)
            << '\n';
    return Success;
}

int runDelete(Context &ctx)
{
    return runDeleteOrRestore(ctx, false);
}

int runRestore(Context &ctx)
{
    return runDeleteOrRestore(ctx, true);
}

// --- list ---

int runList(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (!ctx.arguments.isEmpty())
        return ctx.error(tr("list takes no arguments, only options (see --help)."), Usage);
    auto query = parseQuery(ctx.parser);
    if (!query)
        return ctx.error(query.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto leads = ctx.leads->list(*query);
    if (!leads)
        return ctx.error(leads.error());
    const QHash<qint64, QString> names = ownerNames(ctx);
    if (*format == Format::Json) {
        QJsonArray array;
        for (const Lead &lead : std::as_const(*leads))
            array.append(leadToJson(lead, names));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QList<LeadField> columns {LeadField::Id, LeadField::FirstName, LeadField::LastName,
        LeadField::Company, LeadField::Email, LeadField::Stage, LeadField::OwnerId,
        LeadField::Score, LeadField::CreatedAt};
    QStringList headers;
    for (LeadField field : columns)
        headers << fieldKey(field);
    QList<QStringList> rows;
    for (const Lead &lead : std::as_const(*leads)) {
        QStringList row;
        for (LeadField field : columns) {
            if (field == LeadField::OwnerId && *format == Format::Table && !lead.isNull(field))
                row << names.value(lead.integer(field), lead.displayText(field));
            else
                row << (field == LeadField::CreatedAt && *format == Format::Table
                        ? lead.time(field).toString(u"yyyy-MM-dd"_s)
                        : lead.displayText(field));
        }
        rows << row;
    }
    printRows(ctx.out, *format, headers, rows);
    return Success;
}

// --- history -----------------------------------------------------------------------------------

int runHistory(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("history needs one lead id."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto history = ctx.leads->history(*id);
    if (!history)
        return ctx.error(history.error());
    static const char *const kinds[] = {"created", "changed", "stage", "deleted", "restored"};
    QList<QStringList> rows;
    for (const HistoryEntry &entry : std::as_const(*history))
        rows << QStringList {entry.at.toString(Qt::ISODate), entry.actor,
            QString::fromLatin1(kinds[int(entry.kind)]), entry.field, entry.oldValue,
            entry.newValue, entry.reason};
    printRows(ctx.out, *format,
        {u"at"_s, u"by"_s, u"kind"_s, u"field"_s, u"old"_s, u"new"_s, u"reason"_s}, rows);
    return Success;
}

int runCheck(Context &ctx)
{
    if (!ctx.arguments.isEmpty())
        return ctx.error(tr("check takes no arguments."), Usage);
    const QString path = databasePath(ctx.parser);
    auto report = DatabaseHealth::check(path);
    if (!report)
        return ctx.error(report.error());
    if (report->ok()) {
        ctx.out << tr("%1 is sound: integrity, foreign keys and the search index check out.")
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
        return Success;
    }
    ctx.out << tr("%1 is damaged:").arg(QDir::toNativeSeparators(path)) << '\n';
    for (const QString &problem : std::as_const(report->problems))
        ctx.out << u"  "_s << terminalSafe(problem) << '\n';
    ctx.out << tr("Save what can be read into a new file with: leadflow-cli recover --db %1 "
                  "NEW-FILE")
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
    return Failure;
}

int runRecover(Context &ctx)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("recover needs the new file to write."), Usage);
    const QString path = databasePath(ctx.parser);
    auto recovered = DatabaseHealth::recover(path, ctx.arguments[0]);
    if (!recovered)
        return ctx.error(recovered.error());
    for (const QString &line : std::as_const(*recovered))
        ctx.out << tr("Lost with the damage: %1").arg(terminalSafe(line)) << '\n';
    ctx.out << tr("Recovered %1 into %2, which checks out. Look it over (leadflow-cli list --db "
                  "%2), then use it in place of the damaged file.")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(ctx.arguments[0]))
            << '\n';
    return Success;
}

} // namespace

QList<Command> leadCommands()
{
    return {
        {u"init"_s, {}, tr("Create the database (or upgrade it) and say where it is."),
            [](QCommandLineParser &parser) { parser.addOption(sampleOption()); }, runInit},
        {u"fields"_s, {}, tr("List the lead fields that add, update, list and export know."),
            formatOnly, runFields},
        {u"add"_s, tr("field=value..."), tr("Add a lead: add first_name=Ada email=ada@example.com"),
            formatOnly, runAdd},
        {u"show"_s, tr("ID"), tr("Show every field of a lead."), formatOnly, runShow},
        {u"list"_s, {}, tr("List leads, filtered and sorted in the database."), addQueryOptions,
            runList},
        {u"update"_s, tr("ID field=value..."),
            tr("Change fields of a lead; field= (empty) clears one."),
            [](QCommandLineParser &parser) {
                parser.addOptions({ifVersionOption(), reasonOption(), formatOption()});
            },
            runUpdate},
        {u"delete"_s, tr("ID"), tr("Delete a lead (it can be restored)."), noOptions, runDelete},
        {u"restore"_s, tr("ID"), tr("Restore a deleted lead."), noOptions, runRestore},
        {u"history"_s, tr("ID"), tr("A lead's changes: every edit and stage change, who and when."),
            formatOnly, runHistory},
        {u"check"_s, {}, tr("Check the database file: integrity, foreign keys, search index."),
            noOptions, runCheck},
        {u"recover"_s, tr("NEW-FILE"),
            tr("Save what can be read of a damaged database into a new file."), noOptions,
            runRecover},
    };
}

} // namespace lf::cli
