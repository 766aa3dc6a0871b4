#include "campaignimporter.h"

#include "domain/normalizer.h"
#include "io/bulk.h"
#include "io/csvwriter.h"
#include "io/valueparser.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignImporter", text);
}

const QString defaultCurrency = u"USD"_s; ///< the schema's default for campaigns.currency

/// What an import sets on a campaign.
struct Values
{
    QString channel; ///< empty = none (NULL)
    qint64 cost = 0; ///< hundredths of the currency
    QString currency;

    bool operator==(const Values &other) const
    {
        return channel == other.channel && cost == other.cost && currency == other.currency;
    }

    QJsonObject toJson() const
    {
        return {{u"channel"_s, channel.isEmpty() ? QJsonValue() : QJsonValue(channel)},
            {u"cost"_s, cost}, {u"currency"_s, currency}};
    }
    static Values fromJson(const QJsonObject &object)
    {
        return {object.value(u"channel"_s).toString(), qint64(object.value(u"cost"_s).toDouble()),
            object.value(u"currency"_s).toString()};
    }
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    Values values;
};

/// A cell as the file has it, with the export formula guard undone and control characters gone.
QString cellText(QStringView raw)
{
    if (raw.startsWith(u'\''))
        return Normalizer::cleanText(CsvWriter::unguard(raw));
    return Normalizer::cleanText(raw);
}

/// Every campaign by campaignKey() of its name; of two names with one key the older one.
Result<QHash<QString, Campaign>> loadCampaigns(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, name, channel, cost, currency FROM campaigns ORDER BY id"_s))
        return fail(databaseError(query, tr("Cannot read the campaigns")));
    QHash<QString, Campaign> campaigns;
    while (query.next()) {
        Campaign campaign {query.value(0).toLongLong(), query.value(1).toString(),
            {query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString()}};
        const QString key = campaignKey(campaign.name);
        if (!campaigns.contains(key))
            campaigns.insert(key, campaign);
    }
    return campaigns;
}

QString targetName(CampaignImporter::Column column)
{
    switch (column) {
    case CampaignImporter::Column::Name:
        return u"name"_s;
    case CampaignImporter::Column::Channel:
        return u"channel"_s;
    case CampaignImporter::Column::Cost:
        return u"cost"_s;
    case CampaignImporter::Column::Currency:
        return u"currency"_s;
    }
    return {};
}

/// Three ASCII letters, upper-cased; empty when text is not that.
QString currencyCode(const QString &text)
{
    if (text.size() != 3)
        return {};
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
            return {};
    }
    return text.toUpper();
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

QString campaignKey(QStringView name)
{
    return Normalizer::cleanText(name).simplified().toCaseFolded();
}

CampaignImporter::CampaignImporter(const Database &database)
    : m_database(database)
{
}

std::optional<CampaignImporter::Column> CampaignImporter::columnFor(QStringView header)
{
    static const QHash<QString, Column> columns {
        {u"campaign"_s, Column::Name},
        {u"campaignname"_s, Column::Name},
        {u"name"_s, Column::Name},
        {u"channel"_s, Column::Channel},
        {u"campaignchannel"_s, Column::Channel},
        {u"source"_s, Column::Channel},
        {u"medium"_s, Column::Channel},
        {u"cost"_s, Column::Cost},
        {u"campaigncost"_s, Column::Cost},
        {u"actualcost"_s, Column::Cost},
        {u"spend"_s, Column::Cost},
        {u"budget"_s, Column::Cost},
        {u"amount"_s, Column::Cost},
        {u"currency"_s, Column::Currency},
        {u"currencycode"_s, Column::Currency},
        {u"currencyisocode"_s, Column::Currency},
    };
    const auto it = columns.constFind(Normalizer::foldKey(header));
    if (it == columns.cend())
        return std::nullopt;
    return *it;
}

Result<CampaignImportReport> CampaignImporter::run(
    const QString &path, const CampaignImportOptions &options, Progress *progress)
{
    CampaignImportReport report;
    report.fileName = path;
    report.dryRun = options.dryRun;
    CsvReader reader;
    CsvRecord record;
    if (auto opened = bulk::openImportFile(m_database, reader, record, path, options.csv); !opened)
        return fail(opened.error());
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.headers = record.toStringList();

    // Which column holds what: the first column of each kind; the others are ignored.
    std::array<qsizetype, 4> columnOf;
    columnOf.fill(-1);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < report.headers.size(); ++i) {
        const QString header = report.headers[i].trimmed();
        const QString key = header.toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            return fail(Error {ErrorCode::Parse,
                tr("The header row names \"%1\" twice (columns %2 and %3); rename one and "
                   "import again. Nothing was imported.")
                    .arg(header)
                    .arg(seen.value(key) + 1)
                    .arg(i + 1),
                path, record.line, i + 1, header, {}});
        seen.insert(key, i);
        const auto column = columnFor(header);
        if (column && columnOf[size_t(*column)] < 0)
            columnOf[size_t(*column)] = i;
        else
            report.ignoredColumns << (header.isEmpty() ? tr("Column %1").arg(i + 1) : header);
    }
    if (columnOf[size_t(Column::Name)] < 0)
        return fail(Error {ErrorCode::Parse,
            tr("The file has no column with campaign names (headed Campaign, Campaign Name or "
               "Name); nothing was imported."),
            path, record.line, 0, {}, {}});

    // Campaign files are small: read them whole, so a malformed file fails before any write and
    // the cost column's number style is settled from all its values.
    std::vector<QStringList> records;
    std::vector<qint64> lines;
    for (;;) {
        if (progress && progress->isCancelled())
            return fail(
                ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        auto read = reader.readRecord(record);
        if (!read)
            return fail(read.error());
        if (!*read)
            break;
        records.push_back(record.toStringList());
        lines.push_back(record.line);
        if (progress && records.size() % 1000 == 0)
            progress->update(reader.bytesRead(), reader.totalBytes());
    }
    if (records.empty())
        return fail(Error {ErrorCode::Parse,
            tr("The file has a header row but no campaigns; nothing was imported."), path,
            record.line, 0, {}, {}});

    auto field = [&](const QStringList &fields, Column column) -> QString {
        const qsizetype index = columnOf[size_t(column)];
        return index < 0 ? QString() : cellText(fields.value(index));
    };
    NumberStyle costStyle;
    if (columnOf[size_t(Column::Cost)] >= 0) {
        QList<QString> costs;
        for (const QStringList &fields : records)
            costs << field(fields, Column::Cost);
        costStyle = ValueParser::detectNumberStyle(costs);
    }

    auto connection = Connection::open(m_database, u"import-campaigns"_s);
    if (!connection)
        return fail(connection.error());
    QSqlDatabase &db = (*connection)->sql();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());

    QJsonObject mapping;
    for (qsizetype i = 0; i < report.headers.size(); ++i) {
        const auto column = std::find(columnOf.cbegin(), columnOf.cend(), i);
        mapping.insert(report.headers[i],
            column == columnOf.cend() ? u"drop"_s : targetName(Column(column - columnOf.cbegin())));
    }

    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(u"INSERT INTO import_batches (kind, file_name, file_size, status, actor, "
                  "started_at) VALUES ('campaigns', ?, ?, 'running', ?, ?)"_s);
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    query.addBindValue(QFileInfo(path).size());
    query.addBindValue(options.actor);
    query.addBindValue(now);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot record the import")));
    const qint64 batchId = query.lastInsertId().toLongLong();

    auto loaded = loadCampaigns(db);
    if (!loaded)
        return fail(loaded.error());
    QHash<QString, Campaign> campaigns = std::move(*loaded);

    bulk::RejectedRowsFile errors;
    if (!options.errorsPath.isEmpty()) {
        if (auto opened = errors.open(options.errorsPath, path, report.headers, reader.delimiter());
            !opened)
            return fail(opened.error());
    }

    QSqlQuery insert(db);
    QSqlQuery update(db);
    if (!insert.prepare(u"INSERT INTO campaigns (name, channel, cost, currency, created_at) "
                        "VALUES (?, ?, ?, ?, ?)"_s)
        || !update.prepare(
            u"UPDATE campaigns SET channel = ?, cost = ?, currency = ? WHERE id = ?"_s))
        return fail(databaseError(insert, tr("Cannot prepare the import")));

    QList<qint64> createdIds; ///< in order of creation
    QSet<qint64> created;
    struct Before
    {
        qint64 line;
        Values values;
    };
    QHash<qint64, Before> before; ///< campaigns that existed before the import and were changed
    qint64 dryRunIds = 0;

    for (size_t r = 0; r < records.size(); ++r) {
        if (progress && progress->isCancelled())
            return fail(
                ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        const QStringList &fields = records[r];
        ++report.rows;
        QString reject;
        const QString name = field(fields, Column::Name).simplified();
        const QString channel = field(fields, Column::Channel);
        const QString costText = field(fields, Column::Cost);
        const QString currencyText = field(fields, Column::Currency);
        std::optional<qint64> cost;
        QString currency;
        if (name.isEmpty()) {
            reject = tr("no campaign name");
        } else if (!costText.isEmpty()
            && !(cost = ValueParser::parseMoneyMinorUnits(costText, costStyle))) {
            reject = tr("unreadable cost");
        } else if (cost && *cost < 0) {
            reject = tr("negative cost");
        } else if (!currencyText.isEmpty() && (currency = currencyCode(currencyText)).isEmpty()) {
            reject = tr("currency is not a three-letter code");
        }
        if (!reject.isEmpty()) {
            ++report.rejected;
            ++report.rejectReasons[reject];
            if (!options.errorsPath.isEmpty())
                errors.write(fields, reject, lines[r]);
            continue;
        }

        const QString key = campaignKey(name);
        auto it = campaigns.find(key);
        if (it == campaigns.end()) {
            Campaign campaign {0, name,
                {channel, cost.value_or(0), currency.isEmpty() ? defaultCurrency : currency}};
            if (options.dryRun) {
                campaign.id = --dryRunIds;
            } else {
                insert.addBindValue(name);
                insert.addBindValue(channel.isEmpty() ? QVariant() : QVariant(channel));
                insert.addBindValue(campaign.values.cost);
                insert.addBindValue(campaign.values.currency);
                insert.addBindValue(now);
                if (!insert.exec())
                    return fail(
                        databaseError(insert, tr("Line %1 could not be saved").arg(lines[r])));
                campaign.id = insert.lastInsertId().toLongLong();
            }
            campaigns.insert(key, campaign);
            createdIds << campaign.id;
            created.insert(campaign.id);
            ++report.created;
            continue;
        }

        Values values = it->values;
        if (!channel.isEmpty())
            values.channel = channel;
        if (cost)
            values.cost = *cost;
        if (!currency.isEmpty())
            values.currency = currency;
        if (values == it->values) {
            ++report.unchanged;
            continue;
        }
        if (!options.dryRun) {
            update.addBindValue(values.channel.isEmpty() ? QVariant() : QVariant(values.channel));
            update.addBindValue(values.cost);
            update.addBindValue(values.currency);
            update.addBindValue(it->id);
            if (!update.exec())
                return fail(databaseError(update, tr("Line %1 could not be saved").arg(lines[r])));
        }
        if (!created.contains(it->id) && !before.contains(it->id))
            before.insert(it->id, {lines[r], it->values});
        it->values = values;
        ++report.updated;
    }

    // What undo needs: the campaigns created, as they are now, and each updated campaign's
    // values before and after the import.
    QHash<qint64, const Campaign *> byId;
    for (const Campaign &campaign : std::as_const(campaigns))
        byId.insert(campaign.id, &campaign);
    QJsonArray createdJson;
    for (qint64 id : std::as_const(createdIds)) {
        const Campaign *campaign = byId.value(id);
        QJsonObject object = campaign->values.toJson();
        object.insert(u"id"_s, id);
        object.insert(u"name"_s, campaign->name);
        createdJson.append(object);
    }
    QSqlQuery change(db);
    if (!change.prepare(u"INSERT INTO import_row_changes (batch_id, line, lead_id, action, "
                        "previous_values) VALUES (?, ?, NULL, 'updated', ?)"_s))
        return fail(databaseError(change, tr("Cannot record the import")));
    for (auto b = before.cbegin(); b != before.cend(); ++b) {
        const Campaign *campaign = byId.value(b.key());
        const QJsonObject object {{u"campaign_id"_s, b.key()}, {u"name"_s, campaign->name},
            {u"before"_s, b->values.toJson()}, {u"after"_s, campaign->values.toJson()}};
        change.addBindValue(batchId);
        change.addBindValue(b->line);
        change.addBindValue(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        if (!change.exec())
            return fail(databaseError(change, tr("Cannot record the import")));
    }
    const QJsonObject batchOptions {{u"columns"_s, mapping}, {u"created_campaigns"_s, createdJson}};
    if (auto finished = bulk::exec(db,
            u"UPDATE import_batches SET status = 'committed', options = ?, rows_read = ?, "
            "created = ?, updated = ?, skipped = ?, rejected = ?, finished_at = ? WHERE id = ?"_s,
            {QString::fromUtf8(QJsonDocument(batchOptions).toJson(QJsonDocument::Compact)),
                report.rows, report.created, report.updated, report.unchanged, report.rejected,
                QDateTime::currentMSecsSinceEpoch(), batchId},
            tr("Cannot record the import"));
        !finished)
        return fail(finished.error());

    if (!options.errorsPath.isEmpty()) {
        auto written = errors.finish();
        if (!written)
            return fail(written.error());
        if (*written)
            report.errorsPath = options.errorsPath;
    }
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    report.batchId = batchId;
    if (progress)
        progress->update(reader.totalBytes(), reader.totalBytes());
    return report;
}

Result<qint64> undoCampaignImport(QSqlDatabase &db, Transaction &transaction, qint64 batchId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT kind, status, options FROM import_batches WHERE id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read import %1").arg(batchId)));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no import %1.").arg(batchId));
    if (query.value(0).toString() != u"campaigns"_s)
        return fail(ErrorCode::Invalid,
            tr("Import %1 brought %2, not campaigns.").arg(batchId).arg(query.value(0).toString()));
    if (query.value(1).toString() == u"undone"_s)
        return fail(ErrorCode::Conflict, tr("Import %1 was already undone.").arg(batchId));
    if (query.value(1).toString() != u"committed"_s)
        return fail(ErrorCode::Invalid, tr("Import %1 never finished.").arg(batchId));
    const QJsonArray createdJson = QJsonDocument::fromJson(query.value(2).toString().toUtf8())
                                       .object()
                                       .value(u"created_campaigns"_s)
                                       .toArray();
    query.finish();

    struct Recorded
    {
        qint64 id;
        QString name;
        Values after; ///< the values the import left
        Values before; ///< for updated campaigns
    };
    QList<Recorded> createdList;
    for (const QJsonValue &value : createdJson) {
        const QJsonObject object = value.toObject();
        createdList << Recorded {qint64(object.value(u"id"_s).toDouble()),
            object.value(u"name"_s).toString(), Values::fromJson(object), {}};
    }
    QList<Recorded> updatedList;
    query.prepare(u"SELECT previous_values FROM import_row_changes WHERE batch_id = ? AND "
                  "action = 'updated' ORDER BY id"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read import %1").arg(batchId)));
    while (query.next()) {
        const QJsonObject object =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        updatedList << Recorded {qint64(object.value(u"campaign_id"_s).toDouble()),
            object.value(u"name"_s).toString(),
            Values::fromJson(object.value(u"after"_s).toObject()),
            Values::fromJson(object.value(u"before"_s).toObject())};
    }
    query.finish();

    // The campaigns as they are now (missing: deleted since).
    QList<qint64> ids;
    for (const Recorded &r : std::as_const(createdList))
        ids << r.id;
    for (const Recorded &r : std::as_const(updatedList))
        ids << r.id;
    QHash<qint64, Campaign> current;
    QSet<qint64> used;
    if (!ids.isEmpty()) {
        if (!query.exec(
                u"SELECT id, name, channel, cost, currency FROM campaigns WHERE id IN (%1)"_s.arg(
                    idList(ids))))
            return fail(databaseError(query, tr("Cannot read the campaigns")));
        while (query.next())
            current.insert(query.value(0).toLongLong(),
                {query.value(0).toLongLong(), query.value(1).toString(),
                    {query.value(2).toString(), query.value(3).toLongLong(),
                        query.value(4).toString()}});
        for (const QString &table : {u"touchpoints"_s, u"leads"_s}) {
            if (!query.exec(u"SELECT DISTINCT campaign_id FROM %1 WHERE campaign_id IN (%2)"_s.arg(
                    table, idList(ids))))
                return fail(databaseError(query, tr("Cannot read the campaigns")));
            while (query.next())
                used.insert(query.value(0).toLongLong());
        }
        query.finish();
    }

    QStringList inUse;
    QStringList changed;
    for (const Recorded &r : std::as_const(createdList)) {
        const auto it = current.constFind(r.id);
        if (it == current.cend())
            continue;
        if (used.contains(r.id))
            inUse << it->name;
        else if (!(it->values == r.after))
            changed << it->name;
    }
    for (const Recorded &r : std::as_const(updatedList)) {
        const auto it = current.constFind(r.id);
        if (it != current.cend() && !(it->values == r.after))
            changed << it->name;
    }
    if (!inUse.isEmpty())
        return fail(Error {ErrorCode::Conflict,
            tr("Import %1 cannot be undone: touchpoints or leads now use campaigns it created "
               "(%2). Undo the imports that brought them first. Nothing was undone.")
                .arg(batchId)
                .arg(inUse.join(u", "_s)),
            {}, 0, 0, {}, inUse});
    if (!changed.isEmpty())
        return fail(Error {ErrorCode::Conflict,
            tr("Import %1 cannot be undone: campaigns it created or updated were changed since "
               "(%2). Nothing was undone.")
                .arg(batchId)
                .arg(changed.join(u", "_s)),
            {}, 0, 0, {}, changed});

    qint64 count = 0;
    QSqlQuery restore(db);
    restore.prepare(u"UPDATE campaigns SET channel = ?, cost = ?, currency = ? WHERE id = ?"_s);
    for (const Recorded &r : std::as_const(updatedList)) {
        if (!current.contains(r.id))
            continue;
        restore.addBindValue(r.before.channel.isEmpty() ? QVariant() : QVariant(r.before.channel));
        restore.addBindValue(r.before.cost);
        restore.addBindValue(r.before.currency);
        restore.addBindValue(r.id);
        if (!restore.exec())
            return fail(databaseError(restore, tr("Cannot restore campaign %1").arg(r.name)));
        ++count;
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM campaigns WHERE id = ?"_s);
    for (const Recorded &r : std::as_const(createdList)) {
        if (!current.contains(r.id))
            continue;
        remove.addBindValue(r.id);
        if (!remove.exec())
            return fail(databaseError(remove, tr("Cannot remove campaign %1").arg(r.name)));
        ++count;
    }
    if (auto done = bulk::exec(db,
            u"UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"_s,
            {QDateTime::currentMSecsSinceEpoch(), batchId},
            tr("Cannot record the undo of import %1").arg(batchId));
        !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return count;
}

} // namespace lf
