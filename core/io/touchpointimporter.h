#pragma once

#include "io/csvreader.h"
#include "io/progress.h"
#include "util/result.h"

#include <QChar>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace lf {

class Database;
class Transaction;

struct TouchpointImportOptions
{
    CsvReader::Options csv;
    /// Count what would happen and write nothing to the database (the errors file is written).
    bool dryRun = false;
    /// Where to write rejected rows (the original row plus a reason and a line column); empty =
    /// nowhere.
    QString errorsPath;
    /// Who imports (recorded with the batch and on each touchpoint).
    QString actor;
};

/// What a touchpoint import did (or, for a dry run, would do).
struct TouchpointImportReport
{
    qint64 batchId = 0; ///< 0 for a dry run
    QString fileName;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QStringList ignoredColumns; ///< headers no touchpoint value is read from
    qint64 rows = 0; ///< data rows read
    qint64 created = 0; ///< touchpoints added
    qint64 rejected = 0;
    /// Rows rejected because no lead has their email (also counted in rejected and
    /// rejectReasons).
    qint64 unknownEmails = 0;
    QMap<QString, qint64> rejectReasons;
    /// Names of the campaigns the import created because no campaign had them (cost 0, no
    /// channel), in order of first use.
    QStringList campaignsCreated;
    QString errorsPath; ///< where rejected rows went, when any did
    bool dryRun = false;
};

/// Imports touchpoints (a lead's contacts with marketing and sales: visits, opens, calls...) from a
/// CSV file such as
///
///     Email,Type,Channel,Campaign,Occurred At,Detail
///     ada@example.com,web_visit,Website,Spring Webinar Series,2026-05-11T13:52:30Z,/pricing
///
/// Columns are found by header, ignoring case, spaces and punctuation (Normalizer::foldKey):
/// - email (required): Email, Email Address, E-Mail, Mail;
/// - type (required): Type, Touchpoint Type, Activity Type, Event Type, Activity, Event;
/// - occurred at (required): Occurred At, Occurred, Date, Date Time, Timestamp, Time,
///   Activity Date, Event Date — read by ValueParser::parseDateTime() (ISO 8601 with Z or an
///   offset; naive times are UTC; the order of slash dates is settled from the first 500 rows);
/// - channel: Channel, Source, Medium;
/// - campaign: Campaign, Campaign Name;
/// - detail: Detail, Details, Description, Note, Notes, URL, Page.
/// Other columns are ignored and listed in the report. Values are stored as the file has them
/// (control characters removed, trimmed); the points of every imported touchpoint are 0.
///
/// Each row attaches to the lead, not deleted, whose normalized email (Normalizer::email) is the
/// row's: "ADA@Example.com " finds ada@example.com. When several leads share the email, the
/// oldest (lowest id) gets it. A row whose email no lead has is **rejected with the reason "no
/// lead with this email"** (counted in unknownEmails and written to the errors file): import the
/// leads first, then the touchpoints again, or fix the addresses in the errors file and import
/// that.
///
/// A campaign name resolves to the campaign with that name (campaignKey(): case, outer and
/// repeated spaces ignored). An unknown name creates the campaign, with cost 0 and no channel,
/// rather than rejecting the row: the touchpoint is real engagement whatever its campaign's
/// spelling, and the report lists the new names so that a campaign import (which updates by name)
/// can give them their cost, or they can be renamed. Rows are also rejected, with their reason,
/// for an empty email, an empty type, an empty or unreadable date.
///
/// One transaction: all rows or, on an error, a malformed file, a cancel or a crash, none. Rows
/// are parsed on a worker thread while this thread writes; leads are looked up in memory (about
/// 60 bytes per lead). When the touchpoints table was empty, its secondary indexes are built once
/// at the end instead of row by row.
class TouchpointImporter
{
public:
    explicit TouchpointImporter(const Database &database);

    /// Opens its own connection: call it from any thread, one import at a time per Database.
    Result<TouchpointImportReport> run(
        const QString &path, const TouchpointImportOptions &options, Progress *progress = nullptr);

    enum class Column { Email, Type, OccurredAt, Channel, Campaign, Detail };
    /// The value a column with this header holds, or nullopt when the importer ignores it.
    static std::optional<Column> columnFor(QStringView header);

private:
    const Database &m_database;
};

/// Reverses touchpoint import batchId inside transaction, which the caller has begun on db (as
/// undoImport() does), and commits it: deletes the touchpoints of the batch, and the campaigns it
/// created that are still as created (cost 0, no channel) and used by no touchpoint or lead, then
/// marks the batch undone. ErrorCode::NotFound when there is no such import, Conflict when it was
/// undone already, Invalid when it is no touchpoint import; the transaction is then left
/// uncommitted. Returns the number of touchpoints plus campaigns removed.
Result<qint64> undoTouchpointImport(QSqlDatabase &db, Transaction &transaction, qint64 batchId);

} // namespace lf
