#include "predictor.h"

#include "domain/stage.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Predictor", text);
}

/// Employee-count bands: a count up to `upTo` (and above the band before) falls in `label`.
struct Band
{
    qint64 upTo;
    QStringView label;
};
constexpr std::array<Band, 5> employeeBands {{
    {10, u"1-10"},
    {50, u"11-50"},
    {200, u"51-200"},
    {500, u"201-500"},
    {1000, u"501-1000"},
}};
constexpr QStringView topEmployeeBand = u"1001+";

QString employeeBand(qint64 count)
{
    for (const Band &band : employeeBands) {
        if (count <= band.upTo)
            return band.label.toString();
    }
    return topEmployeeBand.toString();
}

/// The SQL twin of employeeBand(), built from the same table so both give the same keys.
QString employeeBandSql(const QString &column)
{
    QString sql = u"CASE WHEN %1 IS NULL THEN ''"_s.arg(column);
    for (const Band &band : employeeBands)
        sql += u" WHEN %1 <= %2 THEN '%3'"_s.arg(column).arg(band.upTo).arg(band.label);
    sql += u" ELSE '%1' END"_s.arg(topEmployeeBand);
    return sql;
}

/// The key of a text value: trimmed and case-folded (full Unicode, unlike SQLite's lower()).
QString textKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString column(LeadField field)
{
    return QString::fromLatin1(fieldInfo(field).column);
}

/// The closed-history filter; binds won and lost (in that order) after any earlier bindings.
const QString &closedHistory()
{
    static const QString sql = u" FROM leads WHERE deleted_at IS NULL AND stage IN (?, ?)"_s;
    return sql;
}

/// "SUM(won), SUM(lost)" columns; binds won, lost.
const QString &classSums()
{
    static const QString sql = u"SUM(CASE WHEN stage = ? THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN stage = ? THEN 1 ELSE 0 END)"_s;
    return sql;
}

void bindClasses(QSqlQuery &query)
{
    query.addBindValue(stageKey(Stage::Won));
    query.addBindValue(stageKey(Stage::Lost));
}

Status checkOptions(const Predictor::Options &options)
{
    if (!std::isfinite(options.alpha) || !(options.alpha > 0))
        return fail(ErrorCode::Invalid,
            tr("The smoothing of the predictive score must be a number above 0, not %1.")
                .arg(options.alpha));
    for (qsizetype i = 0; i < options.fields.size(); ++i) {
        const LeadField field = options.fields.at(i);
        const QString key = fieldKey(field);
        if (field == LeadField::Stage)
            return fail(ErrorCode::Invalid,
                tr("The predictive score cannot use the stage, since the stage is what it "
                   "predicts; leave it out of the fields."),
                key);
        if (fieldInfo(field).type == FieldType::Json)
            return fail(ErrorCode::Invalid,
                tr("The predictive score cannot use %1; choose other fields.")
                    .arg(fieldLabel(field)),
                key);
        if (options.fields.indexOf(field) < i)
            return fail(ErrorCode::Invalid,
                tr("The field %1 is chosen twice for the predictive score; choose it once.")
                    .arg(fieldLabel(field)),
                key);
    }
    return {};
}

/// Logistic of x, without overflow for large |x|.
double logistic(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

} // namespace

QString Predictor::bucket(LeadField field, const Lead &lead)
{
    if (lead.isNull(field))
        return {};
    if (field == LeadField::EmployeeCount)
        return employeeBand(lead.integer(field));
    if (fieldInfo(field).type == FieldType::Text)
        return textKey(lead.text(field));
    return lead.displayText(field);
}

Result<Predictor> Predictor::train(QSqlDatabase db, const Options &options)
{
    if (auto checked = checkOptions(options); !checked)
        return fail(checked.error());

    Predictor predictor;
    predictor.m_options = options;

    QSqlQuery totals(db);
    totals.setForwardOnly(true);
    totals.prepare(u"SELECT "_s + classSums() + closedHistory());
    bindClasses(totals);
    bindClasses(totals);
    if (!totals.exec() || !totals.next())
        return fail(databaseError(totals, tr("Cannot count the won and lost leads")));
    predictor.m_won = totals.value(0).toLongLong(); // SUM of no rows is NULL: 0
    predictor.m_lost = totals.value(1).toLongLong();

    const qint64 closed = predictor.m_won + predictor.m_lost;
    const qint64 perClass = std::max<qint64>(1, options.minPerClass);
    if (closed < options.minClosed) {
        predictor.m_reason = tr("Too little history to predict: a prediction needs at least %1 "
                                "won or lost leads, and there are %2 (%3 won, %4 lost).")
                                 .arg(options.minClosed)
                                 .arg(closed)
                                 .arg(predictor.m_won)
                                 .arg(predictor.m_lost);
    } else if (predictor.m_won < perClass || predictor.m_lost < perClass) {
        predictor.m_reason = tr("Too little history to predict: a prediction needs at least %1 "
                                "won and %1 lost leads, and there are %2 won and %3 lost.")
                                 .arg(perClass)
                                 .arg(predictor.m_won)
                                 .arg(predictor.m_lost);
    }
    if (!predictor.isAvailable())
        return predictor; // the counts per value would not be used

    for (LeadField field : options.fields) {
        const FieldType type = fieldInfo(field).type;
        const QString value =
            field == LeadField::EmployeeCount ? employeeBandSql(column(field)) : column(field);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            u"SELECT %1, "_s.arg(value) + classSums() + closedHistory() + u" GROUP BY 1"_s);
        bindClasses(query);
        bindClasses(query);
        if (!query.exec())
            return fail(databaseError(
                query, tr("Cannot count the won and lost leads by %1").arg(fieldLabel(field))));

        // SQL groups the stored values (its lower() knows only ASCII); rows that bucket alike
        // (case, spaces) are merged here, through the same bucket() that predict() uses.
        QHash<QString, Counts> counts;
        while (query.next()) {
            const QVariant stored = query.value(0);
            QString key;
            if (field == LeadField::EmployeeCount) {
                key = stored.toString(); // banded by the SQL above
            } else if (stored.isNull()) {
                key = QString();
            } else if (type == FieldType::Text) {
                key = textKey(stored.toString());
            } else { // a number (checkOptions() let no stage or JSON field through)
                Lead lead;
                lead.setValue(field, stored.toLongLong());
                key = bucket(field, lead);
            }
            Counts &entry = counts[key];
            entry.won += query.value(1).toLongLong();
            entry.lost += query.value(2).toLongLong();
        }
        if (query.lastError().isValid())
            return fail(databaseError(
                query, tr("Cannot count the won and lost leads by %1").arg(fieldLabel(field))));
        predictor.m_counts.append(counts);
    }
    return predictor;
}

Prediction Predictor::predict(const Lead &lead) const
{
    Prediction prediction;
    const qint64 closed = m_won + m_lost;
    if (closed > 0)
        prediction.priorWon = double(m_won) / double(closed);
    if (!isAvailable()) {
        prediction.reason = m_reason;
        return prediction;
    }

    // Log space: a product of many small likelihoods would underflow.
    double logWon = std::log(double(m_won)) - std::log(double(closed));
    double logLost = std::log(double(m_lost)) - std::log(double(closed));
    const double alpha = m_options.alpha;
    for (qsizetype i = 0; i < m_options.fields.size(); ++i) {
        const QHash<QString, Counts> &counts = m_counts.at(i);
        FieldEvidence evidence;
        evidence.field = m_options.fields.at(i);
        evidence.value = bucket(evidence.field, lead);
        const Counts seen = counts.value(evidence.value);
        evidence.wonWithValue = seen.won;
        evidence.lostWithValue = seen.lost;
        const double values = double(counts.size() + 1); // + 1: values never seen
        evidence.likelihoodWon = (double(seen.won) + alpha) / (double(m_won) + alpha * values);
        evidence.likelihoodLost = (double(seen.lost) + alpha) / (double(m_lost) + alpha * values);
        evidence.ratio = evidence.likelihoodWon / evidence.likelihoodLost;
        logWon += std::log(evidence.likelihoodWon);
        logLost += std::log(evidence.likelihoodLost);
        prediction.evidence.append(evidence);
    }
    prediction.available = true;
    prediction.probabilityWon = logistic(logWon - logLost);
    return prediction;
}

} // namespace lf
