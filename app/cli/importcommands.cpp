#include "cli.h"
#include "io/campaignimporter.h"
#include "io/csvreader.h"
#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "io/mappingprofiles.h"
#include "io/touchpointimporter.h"
#include "scoring/scorer.h"
#include "workflow/pendingwork.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

const QCommandLineOption &encodingOption()
{
    static const QCommandLineOption option(u"encoding"_s,
        tr("The file's encoding (UTF-8, UTF-16LE, windows-1252, "
           "ISO-8859-1, ...); detected when not given."),
        tr("name"));
    return option;
}

const QCommandLineOption &delimiterOption()
{
    static const QCommandLineOption option(u"delimiter"_s,
        tr("Field delimiter: , ; tab or |; detected when "
           "reading if not given, comma when writing."),
        tr("char"));
    return option;
}

Result<QChar> parseDelimiter(const QString &text)
{
    if (text.isEmpty())
        return QChar();
    if (text == u"tab"_s || text == u"\\t"_s)
        return QChar(u'\t');
    if (text.size() == 1 && text[0] != u'"' && text[0] != u'\r' && text[0] != u'\n')
        return text[0];
    return fail(ErrorCode::Invalid, tr("--delimiter takes one character, or \"tab\"."));
}

Result<CsvReader::Options> readerOptions(const QCommandLineParser &parser)
{
    CsvReader::Options options;
    options.encoding = parser.value(encodingOption());
    auto delimiter = parseDelimiter(parser.value(delimiterOption()));
    if (!delimiter)
        return fail(delimiter.error());
    options.delimiter = *delimiter;
    return options;
}

/// A progress line on stderr when it is a terminal; nothing otherwise (logs and pipes stay clean).
struct TerminalProgress
{
    Progress progress;
    bool active = isatty(fileno(stderr)) != 0;

    explicit TerminalProgress(const QString &what)
    {
        if (!active)
            return;
        progress.report = [what, last = QElapsedTimer()](qint64 done, qint64 total) mutable {
            if (last.isValid() && last.elapsed() < 200 && done != total)
                return;
            last.start();
            const QString line = total > 0
                ? tr("%1: %2% (%3 of %4)")
                      .arg(what)
                      .arg(done * 100 / total)
                      .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
                : tr("%1: %2").arg(what, QLocale().formattedDataSize(done));
            std::fprintf(stderr, "\r%s\033[K", qPrintable(line));
            std::fflush(stderr);
        };
    }
    ~TerminalProgress()
    {
        if (active) {
            std::fprintf(stderr, "\r\033[K");
            std::fflush(stderr);
        }
    }
    Progress *get() { return active ? &progress : nullptr; }
};

// --- preview -----------------------------------------------------------------------------------

const QCommandLineOption &rowsOption()
{
    static const QCommandLineOption option(
        u"rows"_s, tr("Show at most n records (default: all)."), tr("n"));
    return option;
}

int runPreview(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("preview needs one file."), Usage);
    auto options = readerOptions(ctx.parser);
    if (!options)
        return ctx.error(options.error());
    qint64 limit = -1;
    if (ctx.parser.isSet(rowsOption())) {
        bool ok = false;
        limit = ctx.parser.value(rowsOption()).toLongLong(&ok);
        if (!ok || limit < 0)
            return ctx.error(tr("--rows needs a whole number."), Usage);
    }
    CsvReader reader;
    if (auto opened = reader.open(ctx.arguments[0], *options); !opened)
        return ctx.error(opened.error());
    CsvRecord record;
    auto read = reader.readRecord(record);
    if (!read)
        return ctx.error(read.error());
    const QStringList headers = record.toStringList();
    QList<QStringList> rows;
    while (limit < 0 || rows.size() < limit) {
        read = reader.readRecord(record);
        if (!read)
            return ctx.error(read.error());
        if (!*read)
            break;
        rows << record.toStringList();
    }
    if (*format == Format::Json) {
        // Header → value, strings exactly as in the file.
        QJsonArray array;
        for (const QStringList &row : std::as_const(rows)) {
            QJsonObject object;
            for (qsizetype i = 0; i < headers.size(); ++i)
                object.insert(headers[i], row.value(i));
            array.append(object);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (*format == Format::Table)
        ctx.err << tr("%1: %2, delimiter %3, %4 columns")
                       .arg(QDir::toNativeSeparators(ctx.arguments[0]), reader.encoding(),
                           reader.delimiter() == u'\t' ? u"tab"_s : QString(reader.delimiter()))
                       .arg(headers.size())
                << '\n';
    printRows(ctx.out, *format, headers, rows);
    return Success;
}

// --- import ------------------------------------------------------------------------------------

const QCommandLineOption &mappingOption()
{
    static const QCommandLineOption option(
        u"mapping"_s, tr("Map columns with this saved mapping profile."), tr("name"));
    return option;
}
const QCommandLineOption &mapOption()
{
    static const QCommandLineOption option(u"map"_s,
        tr("Map one column: \"Header=field\" (a field key, full_name, custom or drop). Repeatable; "
           "overrides the profile and the suggestions."),
        tr("header=field"));
    return option;
}
const QCommandLineOption &saveMappingOption()
{
    static const QCommandLineOption option(
        u"save-mapping"_s, tr("Save the mapping used under this name."), tr("name"));
    return option;
}
const QCommandLineOption &dryRunOption()
{
    static const QCommandLineOption option(
        u"dry-run"_s, tr("Count what the import would do; write nothing."));
    return option;
}
const QCommandLineOption &noScoreOption()
{
    static const QCommandLineOption option(u"no-rescore"_s,
        tr("Leave the rescoring and routing the import owes to the next leadflow-cli command "
           "on the database (or `leadflow-cli rescore --all`)."));
    return option;
}

const QCommandLineOption &onDuplicateOption()
{
    static const QCommandLineOption option(u"on-duplicate"_s,
        tr("When a lead already exists: skip (default), update (overwrite with the file's "
           "values), fill (only empty fields) or create (another lead)."),
        tr("mode"), u"skip"_s);
    return option;
}
const QCommandLineOption &matchOption()
{
    static const QCommandLineOption option(u"match"_s,
        tr("Besides the email, also match duplicates on: phone, name (first + last name + "
           "company), or both (comma-separated)."),
        tr("keys"));
    return option;
}
const QCommandLineOption &errorsOption()
{
    static const QCommandLineOption option(u"errors"_s,
        tr("Write rejected rows, with the reason, to this CSV "
           "file."),
        tr("file"));
    return option;
}
const QCommandLineOption &dropUnmappedOption()
{
    static const QCommandLineOption option(u"drop-unmapped"_s,
        tr("Drop columns no field takes (default: keep them "
           "as custom fields)."));
    return option;
}
const QCommandLineOption &requireContactOption()
{
    static const QCommandLineOption option(
        u"require-contact"_s, tr("Reject rows without a valid email or phone."));
    return option;
}
const QCommandLineOption &rejectMalformedEmailOption()
{
    static const QCommandLineOption option(u"reject-malformed-email"_s,
        tr("Reject rows whose email is malformed (default: "
           "import them, flagged)."));
    return option;
}

void printReport(Context &ctx, const ImportReport &report, Format format)
{
    if (format == Format::Json) {
        QJsonObject object {{u"batch"_s, report.batchId}, {u"dry_run"_s, report.dryRun},
            {u"file"_s, report.fileName}, {u"encoding"_s, report.encoding},
            {u"delimiter"_s, QString(report.delimiter)}, {u"rows"_s, report.rows},
            {u"created"_s, report.created}, {u"updated"_s, report.updated},
            {u"skipped"_s, report.skipped}, {u"rejected"_s, report.rejected},
            {u"flagged"_s, report.flagged}};
        QJsonObject rejectReasons;
        for (auto it = report.rejectReasons.cbegin(); it != report.rejectReasons.cend(); ++it)
            rejectReasons.insert(it.key(), it.value());
        QJsonObject flagReasons;
        for (auto it = report.flagReasons.cbegin(); it != report.flagReasons.cend(); ++it)
            flagReasons.insert(it.key(), it.value());
        QJsonObject mapping;
        for (qsizetype i = 0; i < report.headers.size(); ++i)
            mapping.insert(report.headers[i], MappingProfiles::targetName(report.columns.value(i)));
        object.insert(u"reject_reasons"_s, rejectReasons);
        object.insert(u"flag_reasons"_s, flagReasons);
        object.insert(u"mapping"_s, mapping);
        object.insert(u"errors_file"_s, report.errorsPath);
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    const QLocale locale;
    ctx.out << (report.dryRun ? tr("Dry run of %1 (%2): nothing was written.")
                              : tr("Import #%3 of %1 (%2):"))
                   .arg(QDir::toNativeSeparators(report.fileName), report.encoding)
                   .arg(report.batchId)
            << '\n';
    auto line = [&](const QString &label, qint64 count) {
        ctx.out << u"  %1 %2"_s.arg(
            label.leftJustified(10), locale.toString(count).rightJustified(10))
                << '\n';
    };
    line(tr("rows"), report.rows);
    line(report.dryRun ? tr("would add") : tr("created"), report.created);
    line(report.dryRun ? tr("would update") : tr("updated"), report.updated);
    line(tr("skipped"), report.skipped);
    line(tr("rejected"), report.rejected);
    for (auto it = report.rejectReasons.cbegin(); it != report.rejectReasons.cend(); ++it)
        ctx.out << u"      %1  %2"_s.arg(locale.toString(it.value()).rightJustified(8), it.key())
                << '\n';
    line(tr("flagged"), report.flagged);
    for (auto it = report.flagReasons.cbegin(); it != report.flagReasons.cend(); ++it)
        ctx.out << u"      %1  %2"_s.arg(locale.toString(it.value()).rightJustified(8), it.key())
                << '\n';
    if (!report.errorsPath.isEmpty())
        ctx.out << tr("Rejected rows with their reasons: %1")
                       .arg(QDir::toNativeSeparators(report.errorsPath))
                << '\n';
    if (!report.dryRun)
        ctx.out << tr("Undo with: leadflow-cli undo-import %1").arg(report.batchId) << '\n';
}

int importLeads(Context &ctx, const QString &file, Format format)
{
    LeadImportOptions options;
    auto csv = readerOptions(ctx.parser);
    if (!csv)
        return ctx.error(csv.error());
    options.csv = *csv;
    options.dryRun = ctx.parser.isSet(dryRunOption());
    options.errorsPath = ctx.parser.value(errorsOption());
    options.keepUnmapped = !ctx.parser.isSet(dropUnmappedOption());
    options.filter.requireContact = ctx.parser.isSet(requireContactOption());
    options.filter.rejectMalformedEmail = ctx.parser.isSet(rejectMalformedEmailOption());
    options.actor = qEnvironmentVariable("USER", u"local"_s);
    const QString policy = ctx.parser.value(onDuplicateOption()).toLower();
    if (policy == u"skip"_s)
        options.onDuplicate = DuplicatePolicy::Skip;
    else if (policy == u"update"_s)
        options.onDuplicate = DuplicatePolicy::Update;
    else if (policy == u"fill"_s)
        options.onDuplicate = DuplicatePolicy::Fill;
    else if (policy == u"create"_s)
        options.onDuplicate = DuplicatePolicy::Create;
    else
        return ctx.error(tr("--on-duplicate takes skip, update, fill or create."), Usage);
    for (const QString &key : ctx.parser.value(matchOption()).split(u',', Qt::SkipEmptyParts)) {
        if (key.trimmed() == u"phone"_s)
            options.matchPhone = true;
        else if (key.trimmed() == u"name"_s)
            options.matchNameAndCompany = true;
        else
            return ctx.error(tr("--match takes phone and/or name."), Usage);
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;

    // The mapping: suggestions, then the profile, then --map for single columns.
    const bool customMapping = ctx.parser.isSet(mappingOption()) || ctx.parser.isSet(mapOption())
        || ctx.parser.isSet(saveMappingOption());
    QStringList headers;
    if (customMapping) {
        CsvReader reader;
        if (auto opened = reader.open(file, options.csv); !opened)
            return ctx.error(opened.error());
        CsvRecord record;
        auto read = reader.readRecord(record);
        if (!read)
            return ctx.error(read.error());
        headers = record.toStringList();
        options.columns = LeadImporter::suggestMapping(headers);
        MappingProfiles profiles(ctx.database->connection());
        if (ctx.parser.isSet(mappingOption())) {
            auto columns = profiles.apply(ctx.parser.value(mappingOption()), headers);
            if (!columns)
                return ctx.error(columns.error());
            options.columns = *columns;
        }
        for (const QString &map : ctx.parser.values(mapOption())) {
            const qsizetype equals = map.lastIndexOf(u'=');
            const qsizetype column = equals > 0 ? headers.indexOf(map.left(equals)) : -1;
            if (column < 0)
                return ctx.error(tr("--map \"%1\": the file has no column \"%2\".")
                                     .arg(map, map.left(std::max<qsizetype>(equals, 0))),
                    Usage);
            const auto target = MappingProfiles::fromTargetName(map.mid(equals + 1));
            if (!target)
                return ctx.error(tr("--map \"%1\": \"%2\" is not a field a column can fill (see "
                                    "`leadflow-cli fields`), full_name, custom or drop.")
                                     .arg(map, map.mid(equals + 1)),
                    Usage);
            for (ColumnMapping &other : options.columns) {
                if (target->kind == ColumnMapping::Kind::Field && other == *target)
                    other = ColumnMapping {ColumnMapping::Kind::Custom, LeadField::Id};
            }
            options.columns[column] = *target;
        }
    }

    TerminalProgress progress(tr("Importing %1").arg(QDir::toNativeSeparators(file)));
    LeadImporter importer(*ctx.database);
    auto report = importer.run(file, options, progress.get());
    if (!report)
        return ctx.error(report.error());
    if (ctx.parser.isSet(saveMappingOption()) && !report->dryRun) {
        MappingProfiles profiles(ctx.database->connection());
        if (auto saved =
                profiles.save(ctx.parser.value(saveMappingOption()), headers, report->columns);
            !saved)
            return ctx.error(saved.error());
    }
    printReport(ctx, *report, format);
    return Success;
}

/// Lead-only import options given to a touchpoints or campaigns import: a usage error, since
/// they would be ignored silently otherwise.
int refuseLeadOptions(Context &ctx, const QString &what)
{
    for (const QCommandLineOption *option :
        {&mappingOption(), &mapOption(), &saveMappingOption(), &onDuplicateOption(), &matchOption(),
            &dropUnmappedOption(), &requireContactOption(), &rejectMalformedEmailOption()}) {
        if (ctx.parser.isSet(*option))
            return ctx.error(tr("--%1 applies to lead imports only, not to %2.")
                                 .arg(option->names().constFirst(), what),
                Usage);
    }
    return Success;
}

QJsonObject countsObject(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

/// The table report's first line and counts, as printReport() writes them for leads.
struct ReportPrinter
{
    Context &ctx;
    QLocale locale;

    void title(bool dryRun, const QString &fileName, const QString &encoding, qint64 batchId)
    {
        ctx.out << (dryRun ? tr("Dry run of %1 (%2): nothing was written.")
                           : tr("Import #%3 of %1 (%2):"))
                       .arg(QDir::toNativeSeparators(fileName), encoding)
                       .arg(batchId)
                << '\n';
    }
    void line(const QString &label, qint64 count)
    {
        ctx.out << u"  %1 %2"_s.arg(
            label.leftJustified(10), locale.toString(count).rightJustified(10))
                << '\n';
    }
    void reasons(const QMap<QString, qint64> &counts)
    {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ctx.out << u"      %1  %2"_s.arg(
                locale.toString(it.value()).rightJustified(8), it.key())
                    << '\n';
    }
    void footer(
        bool dryRun, const QString &errorsPath, const QStringList &ignoredColumns, qint64 batchId)
    {
        if (!ignoredColumns.isEmpty())
            ctx.out << tr("Columns not imported: %1").arg(ignoredColumns.join(u", "_s)) << '\n';
        if (!errorsPath.isEmpty())
            ctx.out << tr("Rejected rows with their reasons: %1")
                           .arg(QDir::toNativeSeparators(errorsPath))
                    << '\n';
        if (!dryRun)
            ctx.out << tr("Undo with: leadflow-cli undo-import %1").arg(batchId) << '\n';
    }
};

void printTouchpointReport(Context &ctx, const TouchpointImportReport &report, Format format)
{
    if (format == Format::Json) {
        QJsonObject object {{u"batch"_s, report.batchId}, {u"dry_run"_s, report.dryRun},
            {u"file"_s, report.fileName}, {u"encoding"_s, report.encoding},
            {u"delimiter"_s, QString(report.delimiter)}, {u"rows"_s, report.rows},
            {u"created"_s, report.created}, {u"rejected"_s, report.rejected},
            {u"unknown_emails"_s, report.unknownEmails},
            {u"reject_reasons"_s, countsObject(report.rejectReasons)},
            {u"campaigns_created"_s, QJsonArray::fromStringList(report.campaignsCreated)},
            {u"ignored_columns"_s, QJsonArray::fromStringList(report.ignoredColumns)},
            {u"errors_file"_s, report.errorsPath}};
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    ReportPrinter printer {ctx, QLocale()};
    printer.title(report.dryRun, report.fileName, report.encoding, report.batchId);
    printer.line(tr("rows"), report.rows);
    printer.line(report.dryRun ? tr("would add") : tr("created"), report.created);
    printer.line(tr("rejected"), report.rejected);
    printer.reasons(report.rejectReasons);
    if (!report.campaignsCreated.isEmpty())
        ctx.out << (report.dryRun ? tr("Campaigns that would be created without cost: %1 (%2)")
                                  : tr("Campaigns created without cost: %1 (%2)"))
                       .arg(report.campaignsCreated.size())
                       .arg(report.campaignsCreated.join(u", "_s))
                << '\n'
                << tr("Give them their cost with: leadflow-cli import campaigns FILE") << '\n';
    printer.footer(report.dryRun, report.errorsPath, report.ignoredColumns, report.batchId);
}

void printCampaignReport(Context &ctx, const CampaignImportReport &report, Format format)
{
    if (format == Format::Json) {
        QJsonObject object {{u"batch"_s, report.batchId}, {u"dry_run"_s, report.dryRun},
            {u"file"_s, report.fileName}, {u"encoding"_s, report.encoding},
            {u"delimiter"_s, QString(report.delimiter)}, {u"rows"_s, report.rows},
            {u"created"_s, report.created}, {u"updated"_s, report.updated},
            {u"unchanged"_s, report.unchanged}, {u"rejected"_s, report.rejected},
            {u"reject_reasons"_s, countsObject(report.rejectReasons)},
            {u"ignored_columns"_s, QJsonArray::fromStringList(report.ignoredColumns)},
            {u"errors_file"_s, report.errorsPath}};
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    ReportPrinter printer {ctx, QLocale()};
    printer.title(report.dryRun, report.fileName, report.encoding, report.batchId);
    printer.line(tr("rows"), report.rows);
    printer.line(report.dryRun ? tr("would add") : tr("created"), report.created);
    printer.line(report.dryRun ? tr("would update") : tr("updated"), report.updated);
    printer.line(tr("unchanged"), report.unchanged);
    printer.line(tr("rejected"), report.rejected);
    printer.reasons(report.rejectReasons);
    printer.footer(report.dryRun, report.errorsPath, report.ignoredColumns, report.batchId);
}

/// import touchpoints|campaigns: the same options, each with its own importer and report.
template<typename Importer, typename Options, typename Report>
int importOther(Context &ctx, const QString &file, Format format, const QString &what,
    void (*print)(Context &, const Report &, Format))
{
    if (int code = refuseLeadOptions(ctx, what); code != Success)
        return code;
    Options options;
    auto csv = readerOptions(ctx.parser);
    if (!csv)
        return ctx.error(csv.error());
    options.csv = *csv;
    options.dryRun = ctx.parser.isSet(dryRunOption());
    options.errorsPath = ctx.parser.value(errorsOption());
    options.actor = qEnvironmentVariable("USER", u"local"_s);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    TerminalProgress progress(tr("Importing %1").arg(QDir::toNativeSeparators(file)));
    Importer importer(*ctx.database);
    auto report = importer.run(file, options, progress.get());
    if (!report)
        return ctx.error(report.error());
    print(ctx, *report, format);
    return Success;
}

int runImport(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 2)
        return ctx.error(
            tr("import needs what (leads, touchpoints or campaigns) and a file."), Usage);
    const QString what = ctx.arguments[0];
    int code = Success;
    if (what == u"leads"_s)
        code = importLeads(ctx, ctx.arguments[1], *format);
    else if (what == u"touchpoints"_s)
        code = importOther<TouchpointImporter, TouchpointImportOptions>(
            ctx, ctx.arguments[1], *format, tr("touchpoints"), printTouchpointReport);
    else if (what == u"campaigns"_s)
        code = importOther<CampaignImporter, CampaignImportOptions>(
            ctx, ctx.arguments[1], *format, tr("campaigns"), printCampaignReport);
    else
        return ctx.error(
            tr("Unknown import \"%1\"; use leads, touchpoints or campaigns.").arg(what), Usage);
    // New leads and touchpoints change scores: bring every score up to date in one pass (JSON
    // output stays one document, so the scoring line goes only to a table report).
    if (code != Success || ctx.parser.isSet(dryRunOption()) || ctx.parser.isSet(noScoreOption()))
        return code;
    // The import is committed, and so is the record that it owes a rescoring (PendingWork): a
    // failure from here on loses nothing, and the next command finishes the work.
    if (*format == Format::Table) {
        if (rescoreEveryLead(ctx) == Success)
            return Success;
    } else if (auto done = PendingWork::rescoreAll(
                   ctx.database->connection(), qEnvironmentVariable("USER", u"local"_s))) {
        return Success;
    } else {
        ctx.error(done.error());
    }
    ctx.err << tr("leadflow-cli: the import was committed (see above); only the rescoring and "
                  "routing of the leads did not finish. The next leadflow-cli command on this "
                  "database finishes them (or run `leadflow-cli rescore --all`). Do not import "
                  "the file again.")
            << '\n';
    return Success;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addOptions({mappingOption(), mapOption(), saveMappingOption(), dryRunOption(),
        noScoreOption(), onDuplicateOption(), matchOption(), errorsOption(), encodingOption(),
        delimiterOption(), dropUnmappedOption(), requireContactOption(),
        rejectMalformedEmailOption(), formatOption()});
}

// --- imports / undo-import ---------------------------------------------------------------------

int runImports(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto batches = listImports(*ctx.database);
    if (!batches)
        return ctx.error(batches.error());
    QList<QStringList> rows;
    for (const ImportBatch &batch : std::as_const(*batches))
        rows << QStringList {QString::number(batch.id), batch.kind, batch.fileName, batch.status,
            QString::number(batch.rows), QString::number(batch.created),
            QString::number(batch.updated), QString::number(batch.skipped),
            QString::number(batch.rejected), batch.actor, batch.startedAt.toString(Qt::ISODate)};
    printRows(ctx.out, *format,
        {u"id"_s, u"kind"_s, u"file"_s, u"status"_s, u"rows"_s, u"created"_s, u"updated"_s,
            u"skipped"_s, u"rejected"_s, u"by"_s, u"at"_s},
        rows);
    return Success;
}

int runUndoImport(Context &ctx)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("undo-import needs an import id (see `leadflow-cli imports`)."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    QString kind = u"records"_s;
    if (auto batches = listImports(*ctx.database)) {
        for (const ImportBatch &batch : std::as_const(*batches)) {
            if (batch.id == *id)
                kind = batch.kind; // leads, touchpoints, campaigns
        }
    }
    auto undone = undoImport(*ctx.database, *id, qEnvironmentVariable("USER", u"local"_s));
    if (!undone)
        return ctx.error(undone.error());
    ctx.out << tr("Undid import %1: %2 %3 removed or restored.").arg(*id).arg(*undone).arg(kind)
            << '\n';
    return rescoreEveryLead(ctx);
}

// --- export ------------------------------------------------------------------------------------

const QCommandLineOption &columnsOption()
{
    static const QCommandLineOption option(u"columns"_s,
        tr("Fields to export, comma-separated, in order "
           "(default: every field a person sets, and custom "
           "fields)."),
        tr("fields"));
    return option;
}
const QCommandLineOption &bomOption()
{
    static const QCommandLineOption option(u"bom"_s,
        tr("Start the file with a byte-order mark, which Excel "
           "needs to read UTF-8."));
    return option;
}
const QCommandLineOption &noGuardOption()
{
    static const QCommandLineOption option(u"no-formula-guard"_s,
        tr("Write cells starting with = + - @ as they are (by default they get a leading "
           "apostrophe so spreadsheets do not run them as formulas)."));
    return option;
}

int runExport(Context &ctx)
{
    if (ctx.arguments.size() != 2 || ctx.arguments[0] != u"leads"_s)
        return ctx.error(tr("export needs \"leads\" and a file: export leads FILE."), Usage);
    auto query = parseQuery(ctx.parser);
    if (!query)
        return ctx.error(query.error());
    LeadExportOptions options;
    options.query = *query;
    options.bom = ctx.parser.isSet(bomOption());
    options.formulaGuard = !ctx.parser.isSet(noGuardOption());
    auto delimiter = parseDelimiter(ctx.parser.value(delimiterOption()));
    if (!delimiter)
        return ctx.error(delimiter.error());
    if (!delimiter->isNull())
        options.delimiter = *delimiter;
    for (const QString &name : ctx.parser.value(columnsOption()).split(u',', Qt::SkipEmptyParts)) {
        const auto field = fieldFromName(name);
        if (!field)
            return ctx.error(tr("Unknown field \"%1\" in --columns; `leadflow-cli fields` lists "
                                "them.")
                                 .arg(name),
                Usage);
        options.columns << *field;
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    TerminalProgress progress(tr("Exporting"));
    LeadExporter exporter(*ctx.database);
    auto rows = exporter.run(ctx.arguments[1], options, progress.get());
    if (!rows)
        return ctx.error(rows.error());
    ctx.out << tr("Exported %1 leads to %2.")
                   .arg(QLocale().toString(*rows), QDir::toNativeSeparators(ctx.arguments[1]))
            << '\n';
    return Success;
}

void addExportOptions(QCommandLineParser &parser)
{
    addQueryOptions(parser);
    parser.addOptions({columnsOption(), bomOption(), delimiterOption(), noGuardOption()});
}

} // namespace

QList<Command> importCommands()
{
    return {
        {u"preview"_s, tr("FILE"),
            tr("Show a CSV file's records as read (encoding and delimiter detected), before "
               "mapping."),
            [](QCommandLineParser &parser) {
                parser.addOptions(
                    {rowsOption(), encodingOption(), delimiterOption(), formatOption()});
            },
            runPreview},
        {u"import"_s, tr("leads|touchpoints|campaigns FILE"),
            tr("Import leads, touchpoints or campaigns from a CSV file, in one step that "
               "undo-import "
               "reverses."),
            addImportOptions, runImport},
        {u"imports"_s, {}, tr("List past imports with their counts."), formatOnly, runImports},
        {u"undo-import"_s, tr("ID"),
            tr("Remove the leads an import created and restore those it updated."), noOptions,
            runUndoImport},
        {u"export"_s, tr("leads FILE"), tr("Export leads (all, or filtered as in list) to CSV."),
            addExportOptions, runExport},
    };
}

} // namespace lf::cli
