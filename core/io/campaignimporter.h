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

struct CampaignImportOptions
{
    CsvReader::Options csv;
    /// Count what would happen and write nothing to the database (the errors file is written).
    bool dryRun = false;
    /// Where to write rejected rows (the original row plus a reason and a line column); empty =
    /// nowhere.
    QString errorsPath;
    /// Who imports (recorded with the batch).
    QString actor;
};

/// What a campaign import did (or, for a dry run, would do).
struct CampaignImportReport
{
    qint64 batchId = 0; ///< 0 for a dry run
    QString fileName;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QStringList ignoredColumns; ///< headers no campaign value is read from
    qint64 rows = 0; ///< data rows read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; ///< rows naming an existing campaign with the same values
    qint64 rejected = 0;
    QMap<QString, qint64> rejectReasons;
    QString errorsPath; ///< where rejected rows went, when any did
    bool dryRun = false;
};

/// Imports campaigns (name, channel, cost, currency) from a CSV file such as
///
///     Campaign,Channel,Cost,Currency
///     Spring Webinar Series,Webinar,12000,USD
///
/// Columns are found by header, ignoring case, spaces and punctuation (Normalizer::foldKey):
/// - name (required): Campaign, Campaign Name, Name;
/// - channel: Channel, Source, Medium;
/// - cost: Cost, Spend, Budget, Amount — money in whole units of the currency ("12000", "$12,000",
///   "1.234,50" in a column written the German way), stored in hundredths (12000 → 1200000). The
///   column's decimal separator is settled from all its values (ValueParser::detectNumberStyle);
/// - currency: Currency, Currency Code — an ISO 4217 code such as USD or eur (stored upper-case).
/// Other columns are ignored and listed in the report.
///
/// Upsert by name: names compare trimmed, with inner white space collapsed and case-folded
/// (campaignKey()), so "spring  webinar series" updates "Spring Webinar Series". A new name
/// creates a campaign (cost 0 and USD when the row gives none). An existing one gets the row's
/// non-empty channel, cost and currency; its name is kept as it was. When a name occurs on
/// several rows the last one wins.
///
/// Rejected rows (counted with their reason, and written to the errors file): empty name,
/// unreadable or negative cost, a currency that is not three letters.
///
/// One transaction: all rows or, on an error, a malformed file or a cancel, none. The batch
/// records the campaigns it created and each update's previous values, for undoCampaignImport().
class CampaignImporter
{
public:
    explicit CampaignImporter(const Database &database);

    /// Opens its own connection: call it from any thread, one import at a time per Database.
    Result<CampaignImportReport> run(
        const QString &path, const CampaignImportOptions &options, Progress *progress = nullptr);

    enum class Column { Name, Channel, Cost, Currency };
    /// The value a column with this header holds, or nullopt when the importer ignores it.
    static std::optional<Column> columnFor(QStringView header);

private:
    const Database &m_database;
};

/// The key campaign names are matched by, in imports of campaigns and of touchpoints: control
/// characters removed, trimmed, inner runs of white space made one space, case-folded.
QString campaignKey(QStringView name);

/// Reverses campaign import batchId inside transaction, which the caller has begun on db (as
/// undoImport() does), and commits it: deletes the campaigns the import created and gives those
/// it updated their previous channel, cost and currency back, then marks the batch undone.
///
/// Refuses with ErrorCode::Conflict, undoing nothing and leaving the transaction uncommitted, when
/// a campaign the import created is now used by touchpoints or leads (undo those imports first)
/// or a campaign it created or updated was changed since; the campaigns are named in the message
/// and listed in Error::details; also Conflict when it was undone already. ErrorCode::NotFound
/// when there is no such import, Invalid when it is no campaign import. Returns the number of
/// campaigns removed plus restored.
Result<qint64> undoCampaignImport(QSqlDatabase &db, Transaction &transaction, qint64 batchId);

} // namespace lf
